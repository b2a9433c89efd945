package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/transcript_roles.txt
var transcriptRolesTxt string

// transcriptRoles are labels that name a part in a transcript ("HOST",
// "MODERATOR"), not a person (lexicon/transcript_roles.txt).
var transcriptRoles = wordList(transcriptRolesTxt)

// transcriptMinLines is how many lines must open with a speaker label,
// under at least two different labels, before the article counts as a
// transcript.
const transcriptMinLines = 3

// transcriptLabel returns the mention's word when m is a speaker label
// opening a line of a transcript: one word in capitals, alone before a
// colon at the start of its line (an opening quotation mark may come
// first: ""WALLACE: …"), and "" otherwise.
func (d *doc) transcriptLabel(m *mention) string {
	if m.ha+1 != m.hb || m.a != m.ha || m.b != m.hb || m.hb >= len(d.toks) {
		return ""
	}
	t := d.toks[m.ha]
	if t.kind != tWord || !t.upper || len(t.text) < 3 || d.toks[m.hb].text != ":" {
		return ""
	}
	s := d.sents[m.sent]
	a := s.a
	if a < s.b && d.toks[a].kind == tOpenQ {
		a++
	}
	if m.ha != a || m.sent > 0 && d.sents[m.sent-1].line == s.line {
		return ""
	}
	return t.low
}

// transcriptLabelPersons (rule transcriptLabelPersons) makes a person of
// a transcript's speaker label that names nobody the article names in
// full: in ""WALLACE: Let's start with …" … "PENCE: Well, …"", PENCE is
// Mike Pence of the text, and WALLACE, never named otherwise, is a
// person called Wallace whose lines are his statements (lineSpeaker).
// Only in a transcript: at least transcriptMinLines labelled lines under
// two labels or more, one of them a person the article names, and the
// label heading two lines or more itself. A label of a part ("HOST",
// lexicon/transcript_roles.txt), a word the article also writes in lower
// case, a title or a place of the gazetteer names no one.
func (d *doc) transcriptLabelPersons() {
	lines := map[string]int{}
	for _, m := range d.ments {
		if l := d.transcriptLabel(m); l != "" {
			lines[l]++
		}
	}
	surnames := map[string]bool{}
	for _, a := range d.actors {
		if f := d.fieldsOf(d.fold(a.canon)); a.typ == graph.Person && len(f) > 1 {
			surnames[f[len(f)-1]] = true
		}
	}
	total, named := 0, false
	for l, n := range lines {
		total += n
		named = named || surnames[d.fold(l)]
	}
	if !named || len(lines) < 2 || total < transcriptMinLines {
		return
	}
	lower := d.lowerWords()
	for _, m := range d.ments {
		l := d.transcriptLabel(m)
		if m.act != nil || l == "" || lines[l] < 2 || surnames[d.fold(l)] || !d.personLabelWord(l, lower) {
			continue
		}
		name := strings.ToUpper(l[:1]) + l[1:]
		m.act = d.registry(candidate{canon: name, typ: graph.Person, alias: name}, true, d.toks[m.ha].s)
		m.act.addAlias(d.toks[m.ha].text)
	}
}

// personLabelWord reports whether a transcript label (lower case) may
// be a person's name: no part, title or place, and never written in
// lower case in the article.
func (d *doc) personLabelWord(l string, lower map[string]bool) bool {
	if transcriptRoles[l] || titleWords[l] || stopCaps[l] || lower[l] {
		return false
	}
	_, place := d.x.gaz.forms[l]
	return !place
}
