package extract

import "github.com/newsgraph/newsgraph/graph"

// spokespersonPronoun (rule stmt.speech-verb, spokespersonPronoun)
// returns the body an unnamed spokesperson spoke for, for "he" or "she"
// at token p that resolved to no one: the single organisation or country
// whose statement, in the same sentence or one of the two before, an
// unnamed spokesperson made ("A Novartis spokeswoman said the company
// would defend itself. "We believe …," she said." is Novartis's). Nil
// when a person is named in that statement's sentence (the pronoun may
// be theirs).
func (d *doc) spokespersonPronoun(r *reader, si, p int) []*actor {
	if p < 0 || p >= len(d.toks) || d.toks[p].low != "he" && d.toks[p].low != "she" || d.inQuote[p] {
		return nil
	}
	for k := len(d.stmts) - 1; k >= 0; k-- {
		st := d.stmts[k]
		if st.sb > si || st.sb < si-2 {
			continue
		}
		if len(st.speakers) != 1 || st.speakers[0].typ == graph.Person || !d.spokespersonSentence(r, st.sa) {
			return nil
		}
		return st.speakers
	}
	return nil
}

// spokespersonSentence reports whether sentence si has a spokesperson's
// noun outside quotations and names no person.
func (d *doc) spokespersonSentence(r *reader, si int) bool {
	s := d.sents[si]
	found := false
	for j := s.a; j < s.b; j++ {
		if t := d.toks[j]; t.kind == tWord && t.is(spokesNounsClass) && !d.inQuote[j] {
			found = true
		}
	}
	if !found || si >= len(r.mentsBy) {
		return found
	}
	for _, m := range r.mentsBy[si] {
		if m.act != nil && m.act.typ == graph.Person {
			return false
		}
	}
	return true
}
