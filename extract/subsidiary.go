package extract

import "github.com/newsgraph/newsgraph/graph"

// companyCountryUnit (rule mention.gazetteer, insideLongerName) reports
// whether the one-word name opening sentence s at token a, run together
// with the country's name after it, is a company's national unit
// ("Nestle India said …", "Vodafone Egypt raised prices") rather than a
// capitalised opening word ("Tonight Portugal chose"): the article
// writes the word elsewhere as a name, capitalised inside a sentence,
// (not in a headline's capitals) and never in lower case.
func (d *doc) companyCountryUnit(a int, s sentence) bool {
	w := d.toks[a]
	if w.kind != tWord || !w.cap || w.upper && len(w.text) < 2 || d.lowerWords()[w.low] {
		return false
	}
	for _, o := range d.sents {
		if d.titleCase(o) {
			continue // a headline capitalises every word
		}
		for j := d.firstWord(o) + 1; j < o.b; j++ {
			if t := d.toks[j]; t.kind == tWord && t.cap && t.low == w.low {
				return true
			}
		}
	}
	return false
}

// unitSpeakerEnd (rule stmt.speech-verb, companyCountryUnit) returns
// where the name of a company's national unit before a verb of speech
// ends its company's mention ("Nestle India said": after "Nestle"),
// when the country's name at the end of [.., e) made no mention of its
// own, or e.
func (d *doc) unitSpeakerEnd(r *reader, si, e int) int {
	for a := e - 1; a >= 0 && a >= e-3; a-- {
		f, end, ok := d.gazAt(a, e)
		if !ok || end != e || f.typ != graph.Country {
			continue
		}
		for _, m := range r.mentsBy[si] {
			if m.a <= a && m.b > a {
				return e // the country is a mention: "Egypt said"
			}
		}
		if d.groupEndingAt(r, si, a) != nil {
			return a
		}
	}
	return e
}

// pastCountryUnit returns the token after the country's name at token i
// of sentence si when that name made no mention of its own, the
// unit's country of "Nestle India said" (companyCountryUnit), else i:
// the company's name before it speaks or acts through it.
func (d *doc) pastCountryUnit(si, i int, s sentence) int {
	f, e, ok := d.gazAt(i, s.b)
	if !ok || f.typ != graph.Country {
		return i
	}
	for _, m := range d.ments {
		if m.sent == si && m.a <= i && m.b > i {
			return i
		}
	}
	return e
}
