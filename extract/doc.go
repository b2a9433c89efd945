// Package extract turns the text of a news article into a graph.Batch:
// the article node, the actors it names (people, organisations,
// countries, groups), the statements they make, their interactions
// classified by the ontology (CONSULT … AID, ROLE, FAMILY), events and
// discussed objects.
//
// The pipeline is rule based, deterministic and pure (no clock, store,
// network or model):
//
//  1. Page clean-up (clean.go) classifies each line as title, heading,
//     list or table row, running text or boilerplate (navigation,
//     share buttons, repeated headlines, "Recommended" lists, bylines,
//     dates), and detects title, publication date and source. Offsets
//     always index the original text.
//  2. Tokens and sentences (text.go) carry byte offsets; abbreviations
//     (U.S., Mr., initials) do not end sentences.
//  3. Mentions (mentions.go, actors.go): gazetteer forms (countries with
//     demonyms and capitals used as metonyms, organisations, well-known
//     office holders), capitalised names typed by titles and head nouns,
//     nationality + group nouns ("Japanese protesters"), descriptions
//     ("the Ukrainian president", "a protester", "the two envoys") and
//     pronouns. Only running text creates actors; headings, lists and
//     tables only point to actors already known. Title constructions and
//     appositives give ROLE and FAMILY.
//  4. Reading (statements.go, relations.go) walks the sentences in order,
//     resolving pronouns and descriptions, and reads quotations and
//     reported speech with their speakers, and interactions from a verb
//     lexicon with coordination, passives and nominalisations.
//  5. Events and objects (events.go): calls, meetings, talks, attacks and
//     protests with participants, date (weekdays resolved against the
//     publication date) and place; plans with their point counts.
//
// Actor IDs are graph.ActorID of the canonical name, the fullest name
// the article uses (or the gazetteer's). Statement and event IDs are
// per article (article ID and byte offsets). Plan objects use their
// folded label ("peace plan") so the same plan merges across articles;
// value objects ("20 points") are keyed by plan and value.
package extract
