package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

//go:embed lexicon/ministry_portfolios.txt
var ministryPortfoliosTxt string

// ministryPortfolios are the portfolio words of a ministry written in
// lower case (lexicon/ministry_portfolios.txt).
var ministryPortfolios = wordList(ministryPortfoliosTxt)
var ministryPortfoliosClass = classOf(ministryPortfolios)

// ministryEnd returns the end of "<portfolio …> ministry" written in
// lower case from token n ("foreign ministry", "emergency situations
// ministry"), or -1: one to three portfolio words, then "ministry". A
// bare "ministry" names no portfolio ("the Turkish ministry" may be any
// of them) and is left to the descriptions, and so is a ministry that
// only qualifies a title ("the foreign ministry spokesman X").
func (d *doc) ministryEnd(n int, s sentence) int {
	k := n
	for k < s.b && k-n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].is(ministryPortfoliosClass) {
		k++
	}
	if k == n || k >= s.b || d.toks[k].kind != tWord || d.toks[k].cap || d.toks[k].low != "ministry" {
		return -1
	}
	if k+1 < s.b && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && (d.toks[k+1].is(titleWordsClass) || proxyPeople[d.toks[k+1].low]) {
		return -1 // "Iran's foreign ministry spokesman X": a modifier of the person's title, left to the roles
	}
	return k + 1
}

// guardEnd (rule mention.organisation, nationalGuard) returns the end of
// "coast guard", "border guard" or "coastguard" written in lower case
// from token n, or -1: after a nationality or a country's possessive it
// names that country's service as a ministry is named ("the Italian
// coast guard", "Libya's coast guard" are the Italian and Libyan Coast
// Guards); one that only qualifies a title ("the coast guard spokesman
// X") is left to the roles.
func (d *doc) guardEnd(n int, s sentence) int {
	t := d.toks
	e := -1
	switch {
	case n < s.b && t[n].kind == tWord && !t[n].cap && t[n].low == "coastguard":
		e = n + 1
	case n+1 < s.b && t[n].kind == tWord && !t[n].cap && (t[n].low == "coast" || t[n].low == "border") && t[n+1].kind == tWord && !t[n+1].cap && t[n+1].low == "guard":
		e = n + 2
	default:
		return -1
	}
	if e < s.b && t[e].kind == tWord && !t[e].cap && (t[e].is(titleWordsClass) || proxyPeople[t[e].low]) {
		return -1
	}
	return e
}

// nationalMinistry returns the organisation segment of a country's
// ministry written in lower case after its nationality or its
// possessive ("the Kyrgyz foreign ministry", "Tajikistan's foreign
// ministry"), named "<Demonym> <Portfolio> Ministry" as the
// capitalised form would be ("Kyrgyz Foreign Ministry"), and the number
// of segments it takes from segs[i]; 0 when there is none. The
// ministry is an organisation of its own, as "the Kyrgyz Foreign
// Ministry" is: the country is no actor of what the ministry does.
func (d *doc) nationalMinistry(segs []segment, i int, s sentence) (segment, int) {
	sg := segs[i]
	if sg.kind != sGaz || sg.form.typ != graph.Country {
		return segment{}, 0
	}
	demonym, n, used := "", sg.b, 1
	switch {
	case sg.form.kind == gDemonym:
		demonym = d.span(sg.a, sg.b) // "Kyrgyz"
	case i+1 < len(segs) && segs[i+1].kind == sPoss && segs[i+1].a == sg.b:
		demonym = d.x.gaz.demonymOf[sg.form.canon] // "Tajikistan's" is Tajik
		n, used = segs[i+1].b, 2
	case strings.Contains(d.span(sg.a, sg.b), "."):
		demonym = d.span(sg.a, sg.b) // "U.S.", "U.K.": a name that is its own demonym
	}
	if demonym == "" {
		return segment{}, 0
	}
	e := -1
	if !strings.Contains(demonym, ".") {
		// "U.S." names no ministry ("the U.S. foreign ministry" is the
		// State Department) but does name a mission ("the U.S. embassy in
		// Colombo" is the U.S. Embassy, dottedMission, session 22).
		e = d.ministryEnd(n, s)
		if e < 0 {
			e = d.guardEnd(n, s)
		}
	}
	if e < 0 && d.subjectPosition(sg.a, s) {
		e = d.missionEnd(n, s)
	}
	if e < 0 {
		return segment{}, 0
	}
	words := []string{demonym}
	for k := n; k < e; k++ {
		words = append(words, capitalise(d.toks[k].low))
	}
	return segment{kind: sOrg, a: sg.a, b: e, canon: strings.Join(words, " ")}, used
}

// diplomaticMissions are a country's missions abroad, written in lower
// case after its nationality ("the Russian embassy").
var diplomaticMissions = set("embassy", "consulate")

// missionEnd (rule mention.organisation, nationalMission) returns the
// end of "embassy" or "consulate" written in lower case at token n, or
// -1: after a nationality or a country's possessive it names that
// country's mission as a ministry is named ("the Russian embassy in The
// Hague", "Iran's embassy" are the Russian and Iranian Embassies, an
// organisation of their own, as the capitalised "Russian Embassy" is).
// One that only qualifies a title or a building ("the Russian embassy
// spokesman X", "the embassy compound") is left to the roles.
func (d *doc) missionEnd(n int, s sentence) int {
	t := d.toks
	if n >= s.b || t[n].kind != tWord || t[n].cap || !diplomaticMissions[t[n].low] {
		return -1
	}
	if e := n + 1; e < s.b && t[e].kind == tWord && !t[e].cap && (t[e].is(titleWordsClass) || proxyPeople[t[e].low] || t[e].is(lowerThingHeadsClass)) {
		return -1
	}
	return n + 1
}

// subjectPosition reports whether the phrase opening at token a, after
// its "the", stands where a subject does: at the sentence's start, or
// after a comma, a conjunction or an opening quote. An embassy written
// in lower case after a verb or a preposition ("attacked Israel's
// embassy", "outside the Russian embassy") is a building and its
// country's asset, no body that acts.
func (d *doc) subjectPosition(a int, s sentence) bool {
	k := a - 1
	if k >= s.a && d.toks[k].low == "the" {
		k--
	}
	if k < d.skipDateline(s) {
		return true
	}
	t := d.toks[k]
	return t.text == "," || t.text == ";" || t.kind == tOpenQ || t.low == "and" || t.low == "but" || t.low == "while"
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// itActsAdverbs may stand between an acting "it" and its verb ("It
// also thanked X", "It later summoned …").
// Auxiliaries and negators may too, so that the edge keeps its
// modality ("It did not thank X", "It will summon …").
var itActsAdverbs = set("also", "later", "then", "separately", "previously", "again", "immediately",
	"formally", "repeatedly", "has", "had", "have", "did", "does", "will", "would", "could", "may",
	"might", "not", "never", "n't", "already")
var itActsAdverbsClass = classOf(itActsAdverbs)

// itActs reports whether token i is an "it" opening its sentence as the
// subject of a verb of the interaction lexicon ("It thanked the UAE",
// "It also summoned the ambassador"): the body the sentence before had
// as its subject acting again (resolveIt; with no such body it stays
// unresolved). A verb not in the lexicon ("It rained", "It is …") makes
// no mention.
func (d *doc) itActs(i int, s sentence) bool {
	if d.toks[i].low != "it" || i != s.a && !d.openingPhraseBefore(i, s) { // "it" first: chunk asks at every word
		return false
	}
	return d.verbAfterIt(i, s)
}

// verbAfterIt reports whether the "it" at token i of sentence s is the
// subject of a verb of the interaction lexicon right after it, past at
// most three adverbs, auxiliaries or negators ("it thanked", "it also
// summoned", "it is asking"): itActs at a sentence's opening,
// itOpensClause after "and" (it_clause.go).
func (d *doc) verbAfterIt(i int, s sentence) bool {
	k := i + 1
	for k < s.b && k-i <= 3 && d.toks[k].is(itActsAdverbsClass) {
		k++
	}
	if k < s.b && d.toks[k].is(beFormsClass) && d.progressiveTrigger(k+1, s) {
		return true // "It is asking the court to …" (nationalities.go)
	}
	if k >= s.b || d.toks[k].kind != tWord || d.toks[k].cap || d.toks[k].is(beFormsClass) {
		return false
	}
	return d.toks[k].is(lexVerbWordsClass) || pastTrigger(d.toks[k].low)
}

// openingPhraseBefore (rule pronoun:it-after-opening) reports whether
// the tokens of sentence s before token i are a short phrase of time,
// place or manner opened by a preposition or an adverb and closed by a
// comma ("In a statement, it …", "On Monday, it …", "Later, it …"):
// the "it" after it still opens the sentence's main clause.
func (d *doc) openingPhraseBefore(i int, s sentence) bool {
	a := d.skipDateline(s)
	if i-a < 2 || i-a > 6 || d.toks[i-1].text != "," {
		return false
	}
	first := d.toks[a]
	if !first.cap || !(first.is(prepositionsClass) || first.is(itActsAdverbsClass) || adverbs[first.low]) {
		return false
	}
	for k := a + 1; k < i-1; k++ {
		if t := d.toks[k]; t.kind != tWord || t.is(lexVerbWordsClass) || t.is(speechVerbsClass) {
			return false
		}
	}
	return true
}

// pastTrigger reports whether w is the past tense of a verb the parse
// reads as a trigger (lexicon/interactions.tsv, cameo.tsv: "summoned").
func pastTrigger(w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	t, ok := triggerVerbs[strings.ToLower(nlp.Lemma(w, "VERB", "VBD"))]
	return ok && !t.noun
}
