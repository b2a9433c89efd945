package extract

import "strings"

// membersDescription (rule description:organisation, membersDescription)
// reads "the", a lower-case plural possessive naming whom a body gathers
// and an organisation's description noun at token i as a description of
// that body: "The insurers' association rejected …", "asked the
// pilots' union to …", "the employers' federation". It returns the
// token of the "the", or -1. "the workers' demands" has no body noun and
// is none.
func (d *doc) membersDescription(i int, s sentence) int {
	if !d.phraseEndsAt(i+1, s) {
		return -1
	}
	j := i - 1
	if j > s.a && d.toks[j].kind == tPoss {
		j-- // "insurers" "'"
	}
	t := d.toks[j]
	if j-1 < s.a || t.kind != tWord || t.cap || !strings.HasSuffix(strings.TrimRight(t.low, "'\u2019"), "s") {
		return -1
	}
	if j == i-1 && !strings.HasSuffix(t.low, "'") && !strings.HasSuffix(t.low, "\u2019") {
		return -1 // no possessive mark
	}
	if d.toks[j-1].low != "the" {
		return -1
	}
	return j - 1
}
