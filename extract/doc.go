// Package extract turns the text of a news article into a graph.Batch:
// the article node, the actors it names (people, organisations,
// countries, groups), the statements they make, their interactions
// classified by the ontology (CONSULT … AID, ROLE, FAMILY), events and
// discussed objects.
//
// The pipeline is rule based, deterministic and pure (no clock, store,
// network or model; standard library and graph only):
//
//  1. Page clean-up (clean.go) classifies each line as title, heading,
//     list item or table row, running text or boilerplate (navigation
//     bars, "Skip to Content", share buttons, repeated headlines and
//     captions, tables of contents, "Recommended/Related" lists and
//     everything after them, bylines, timestamps, view counts, mastheads)
//     and detects title, publication date ("2025-12-26 04:52",
//     "December 22, 2025", "12 May 2026", "Published: 2025‑12‑26" with
//     typographic hyphens) and source. Offsets always index the original
//     text; markdown markers are stepped over, never removed.
//  2. Tokens and sentences (text.go) carry byte offsets; abbreviations
//     (U.S., Mr., Sen., initials) do not end sentences; closing quotes
//     stay with their sentence; lines always end sentences.
//  3. Mentions (mentions.go, actors.go): gazetteer forms (countries with
//     demonyms, plural demonyms and capitals used as metonyms, regions,
//     organisations, well-known office holders), capitalised names typed
//     by titles, head nouns ("… Party", "… Pharma") and cue nouns
//     ("corporation Rosatom"), acronyms, one-word names that speak or act
//     ("Lufthansa said"), nationality + group nouns ("Japanese
//     protesters"; "U.S. officials" stands for the country), descriptions
//     ("the Ukrainian president", "a protester", "the two envoys", "the
//     union", "its director") and pronouns. Only running text and the
//     title create actors; headings, lists and tables only point to
//     actors already known, so link lists and listicles add no noise.
//     Capitals after "in", countries only "in" somewhere, places after
//     "near"/"in", and datelines are not actors. The gazetteer also knows
//     media and news agencies ("told Reuters" names an actor but is no
//     consultation; a trailing "— Euronews" credit is no actor), central
//     banks and named armed groups written with lower-case particles
//     ("al-Shabaab"); "<Name> militants/rebels/fighters" name a group.
//     Titles take modifiers and sector words ("Acting Deputy Finance
//     Minister", "Greek Shipping Minister", "Secretary-General") and are
//     never organisations themselves; an organisation, demonym or party
//     adjective before a title gives ROLE ("Bank of England Governor X",
//     "European Trade Commissioner Y" → European Union, "Labour MP Z").
//     Company and club suffixes (plc, ASA, CP, United), acronyms spelling
//     a named organisation's initials ("ODM") and one-word heads or short
//     forms ("Commission", "Newcastle") join that organisation. Title constructions
//     ("Kremlin spokesman X", "Trump's son-in-law Y", "Ukraine's chief
//     negotiator Z, Foreign Minister W"), appositives ("X, head of the
//     Fund,"), "whose Party" and "his Party" give ROLE and FAMILY.
//  4. Reading (statements.go, relations.go) walks the sentences in order,
//     resolving pronouns, descriptions, plural mentions ("the pair",
//     "both sides", "the government") and metonyms (lexicon/metonyms.tsv)
//     through one resolver (resolve.go: resolve and resolveAt, a table of
//     named rules, each answer recording its rule and antecedent; a
//     pronoun agrees in gender with its person, lexicon/name_gender.tsv), and
//     reads quotations (straight
//     or curly, speaker before or after, split, continued in the next
//     sentence or paragraph), reported speech ("X said (that) …", "…, X
//     said", "adding that …", "expressed the hope that …") and quoted
//     phrases after verbs of describing ("called the talks "useful""),
//     and interactions from a verb lexicon with coordination, passives
//     ("agreed on by A and B"), light verbs ("held a phone conversation
//     with"), nominalisations ("talks between A and B", "Russia's war on
//     Ukraine"), relative clauses, participles and subjects carried into
//     reported clauses. Negated, planned, demanded and hypothetical
//     uses are kept with their modality (modality.go, cues in
//     lexicon/modality.tsv): "did not meet", "will meet", "called for
//     talks with", "would meet … if", "urged X to meet Y" (X would).
//     Headlines and leads in the present tense ("imposes sanctions on",
//     "hosts", "slams") count, except forms that are also plural nouns.
//     "The two sides", "both sides", "both countries" are the last pair
//     of actors that dealt with each other or were mediated between (a
//     person facing an organisation stands for the organisation or
//     country they hold a role in). What a third party reports in a
//     said-clause about force or blame between others ("the attack
//     answered Israeli strikes on Yemen", "accused Y of attacking Z") is
//     a claim, not a fact; a party's own report and meetings in reported
//     clauses are kept, as the seed annotations do. A person "attacking"
//     a person accuses; "condemned an attack on X" does not accuse X;
//     "an attack by A on B" reads agent and target; "as <Name> <verb>"
//     starts a clause with its own subject, and a verb after "X said
//     <clause> and" is X's. Demonyms and capitals before sport and
//     business nouns ("Portuguese striker", "the Lisbon side", "a German
//     startup") make no country actor. "The group" is the movement or
//     company just named (never an army or ministry), "the company"
//     never one the text calls a union or party, "the alliance" NATO.
//  5. Events and objects (events.go): calls, meetings, talks, summits,
//     attacks, protests, press conferences, strikes and rulings with
//     participants (only agents: those who hold, join, stage or attend
//     the event, its possessor or "by" phrase, never its critics), the
//     modality of its trigger, a date (when.go: the sentence's time
//     words nearest the trigger, normalised against the publication
//     date) and a place; plans with their point counts.
//
// Single names resolve within the article to the one person whose last
// word, or else first word (names written surname first: "Wang Wentao …
// Wang said"), they are; a short list of unambiguous office holders maps
// a surname alone to a full name across articles.
//
// IDs: actors are graph.ActorID of the canonical name, the fullest name
// the article uses with middle initials dropped, or the gazetteer's full
// name for a surname alone ("Putin"), so that articles agree without a
// store. Unqualified groups ("protesters") belong to their article: their
// ID hashes the article and the name and their label names the article,
// so neither IDs nor the name index merge protesters of different
// articles; descriptions ("the bloc", "a protester") are never stored as
// aliases. Statement IDs hash the article, the byte span and the speaker
// (one node per speaker of a joint statement); event IDs hash the
// article and the trigger offset. Plan objects use their folded label
// ("peace plan") so the same plan merges across articles, and their
// values ("20 points") are keyed by plan and value; REVISED_TO edges
// list a plan's versions in the order the article gives them.
//
// Evidence: every edge's evidence is the sentence (or, for a quotation
// over several sentences, the sentences) it was read from, with byte
// offsets such that Text[Start:End] == Sentence, the raw verb phrase,
// the publication date and, for interactions and events, the modality
// and the day the action happened when the sentence gives one (When:
// "on Friday" in Sunday's paper is the Friday before; a planned action
// counts forward; a month or year alone gives "2026-03" or "2026"; the
// dateline's date, bounds such as "since July" and dates of a verb of
// speech, "said on Saturday", are not the action's). MENTIONS evidence
// is the first mention.
//
// Explain (explain.go, explain_items.go) runs the same extraction with a
// tracer (trace.go) and says why each item exists: its evidence and
// offsets, the rule that read it (each rule names itself on the
// candidates it makes; docs/EXPLAIN.md lists the names), the cue and rule
// of its modality, the words that dated it and the dependency arcs of
// its words, and the candidates the rules turned down. Extract runs
// without the tracer and pays nothing for it.
//
// Word classes (wordclass.go): a lexicon set that rules ask about a
// token's lower-case form is registered once, next to its declaration,
//
//	var titleWords = set("president", …)
//	var titleWordsClass = classOf(titleWords)
//
// and a rule asks t.is(titleWordsClass) (or d.tokIs(i, titleWordsClass))
// instead of titleWords[t.low]: the same answer, a bit test instead of a
// string hash and a map probe. tokenize interns each token's lower-case
// form once (token.wid, its number among the registered sets' words) and
// each number carries one bit per class. keysClass registers the keys of
// a map whose values a rule reads (t.is(eventNounsKeys) && eventNouns[t.low]
// != ""). Lookups of other strings (lemmas, folded names, joined keys)
// stay map lookups. A new set used with tokens: declare it with set(…),
// add its classOf line, and write t.is(…); the sets must not change
// after init, and TestWordClassesMatchTheirSets checks every class
// against its set.
package extract
