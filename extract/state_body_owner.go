package extract

import "strings"

// speakingStateBody (rule mention.gazetteer, speakingStateBody) reports
// whether the organisation's segment org, written right after a
// country's possessive, names a body of that country's state — a word
// of stateBodyWords in its name, none of privateOrgHeads, no court —
// that speaks right after its name, past a parenthesised acronym and a
// "which" clause: "Indonesia's National Transportation Safety Committee
// (KNKT) said", "Norway's Financial Supervisory Authority said". The
// state speaks through its body, as "Norway's police said" makes Norway
// an actor, so the country is one too; a body that only rules, works or
// is worked with ("Britain's Competition Appeal Tribunal upheld …",
// "worked with Britain's Competition and Markets Authority") leaves the
// country a place.
func (d *doc) speakingStateBody(org segment, s sentence) bool {
	if !stateBodyName(d.span(org.a, org.b)) {
		return false
	}
	j := d.skipParenAcronym(org.b, s)
	j = d.afterWhichAside(j, s)
	for j < s.b && d.toks[j].kind == tWord && (d.toks[j].low == "also" || d.toks[j].low == "has" || d.toks[j].low == "had") {
		j++
	}
	return j < s.b && d.toks[j].kind == tWord && (d.toks[j].is(coreSpeechClass) || d.toks[j].is(personSpeechClass))
}

// stateBodyName reports whether an organisation's name has a word of a
// state's bodies (stateBodyWords) and none of a private body's heads
// (privateOrgHeads) or of the courts (judicialWords), which speak for no
// government.
func stateBodyName(name string) bool {
	body := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if privateOrgHeads[w] || judicialWords[w] {
			return false
		}
		body = body || stateBodyWords[w]
	}
	return body
}

// judicialWords head the names of courts, which judge and speak for no
// government ("Britain's Supreme Court said").
var judicialWords = set("court", "tribunal", "jury", "judiciary")

// skipParenAcronym returns the token after a parenthesised acronym that
// opens at j ("(KNKT)"), or j when none does.
func (d *doc) skipParenAcronym(j int, s sentence) int {
	if j+2 < s.b && d.toks[j].text == "(" && d.toks[j+2].text == ")" && d.toks[j+1].upper {
		return j + 3
	}
	return j
}
