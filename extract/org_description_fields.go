package extract

import (
	_ "embed"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/description_fields.txt
var descriptionFieldsTxt string

// descriptionFields are the field words that may come between "the"
// and an organisation's description noun (lexicon/description_fields.txt
// and lexicon/agency_fields.txt).
var descriptionFields = union(wordList(descriptionFieldsTxt), agencyFields)

// fieldDescription (rule description:organisation, fieldDescription)
// reads a description of an organisation whose noun at token i (one of
// orgDescNouns) follows field words, and before them at most one
// organisation the gazetteer knows by one word, after "the": "the U.N.
// nuclear watchdog", "the EU competition regulator", "the aviation
// authority". It returns the token of the "the", or -1.
func (d *doc) fieldDescription(segs []segment, i int, s sentence) int {
	j := i - 1
	fields := 0
	for j > s.a && fields < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && descriptionFields[d.toks[j].low] {
		j--
		fields++
	}
	if fields == 0 || !d.phraseEndsAt(i+1, s) {
		return -1 // "the electoral commission chairman": a modifier
	}
	for _, g := range segs {
		if g.kind == sGaz && g.b == j+1 && g.b-g.a == 1 && g.form.typ == graph.Organization {
			j = g.a - 1
		}
	}
	if j < s.a || d.toks[j].low != "the" {
		return -1
	}
	return j
}

// prepositionObjectAfterVerb (rule stmt.reported-clause,
// prepositionObjectAfterVerb) reports whether the words at cs, where a
// reported clause after a verb of speech would open once the adverbs
// after the verb (from verbEnd) are skipped, are the object of a
// preposition among them: a determiner right after "in", "at", "to",
// "during" or "on" and no auxiliary in the eight words after it. "X
// said in a confidential report to member states on Thursday" reports
// nothing after the verb (the clause before it is X's); "X said on
// Monday the talks had failed" still reports.
func (d *doc) prepositionObjectAfterVerb(verbEnd, cs int, s sentence) bool {
	if cs <= verbEnd || cs >= s.b || !prepositionsBeforeObject[d.toks[cs-1].low] {
		return false
	}
	return (d.toks[cs].is(objectDeterminersClass) || d.addresseeAfterTo(cs)) && !d.finiteVerbNear(cs, s)
}

// addresseeAfterTo reports whether token cs opens a name right after
// "to" ("wrote to Balingit last week offering …", session 22): the one
// written to, not the start of what was written.
func (d *doc) addresseeAfterTo(cs int) bool {
	return cs > 0 && d.toks[cs-1].low == "to" && d.toks[cs].kind == tWord && d.toks[cs].cap
}

// prepositionsBeforeObject are the prepositions the adverbs after a
// verb of speech may end with ("said in a report …").
var prepositionsBeforeObject = set("in", "at", "to", "during", "on")

// objectDeterminers open a preposition's object.
var objectDeterminers = set("a", "an", "the", "its", "their", "his", "her")
var objectDeterminersClass = classOf(objectDeterminers)

// fieldKindBefore (rule description:echo, fieldKindBefore) is, for a
// description whose words echo no name of the article but are field
// words and a noun of orgDescNouns ("the maritime watchdog", "the
// aviation regulator"), the organisation of that noun's kind named last
// before mention m (orgOfKindBefore: a name ending in one of its heads
// of lexicon/description_heads.tsv), else nil.
func (d *doc) fieldKindBefore(m *mention, words []string) *actor {
	if len(words) < 2 {
		return nil
	}
	head := words[len(words)-1]
	if !orgDescNouns[head] {
		return nil
	}
	for _, w := range words[:len(words)-1] {
		if !descriptionFields[w] {
			return nil
		}
	}
	return d.orgOfKindBefore(m, head)
}
