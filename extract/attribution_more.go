package extract

import "github.com/newsgraph/newsgraph/graph"

// Attribution rules of session 21 (issue 12, PolNeAR's in-ontology
// misses): who the source of "according to <organisation> <title>
// <name>" is, a place set off by commas between a reporting verb and
// its "that", and a reporting participle in an aside between a subject
// and its verb.

// titledPersonAfter returns the person named right after title words
// that follow token k ("Ohio AFL-CIO President Dana Wirth", "Acme
// Chief Executive Lena Holm"), within tokens [k, end), or nil. The name
// before the title is whose office it is, even when it was taken for a
// person: the source is the office holder.
func (d *doc) titledPersonAfter(r *reader, si, k, end int) *mention {
	j := k
	for j < end && d.toks[j].kind == tWord && (d.toks[j].is(titleWordsClass) || d.toks[j].is(titleModsClass)) {
		j++
	}
	if j == k || j >= end {
		return nil
	}
	for _, m := range d.heads(r, si, false) {
		if m.a > j || m.b <= j || m.b > end || m.kind == sPron || m.kind == sDesc {
			continue
		}
		if as := d.refs(r, m); len(as) == 1 && as[0].typ == graph.Person {
			return m
		}
	}
	return nil
}

// placeAppositionEnd returns the comma that closes a place's region set
// off by commas inside a prepositional phrase after a reporting verb
// ("said at a rally in Burnie, Tasmania, that …": the comma at k opens
// ", Tasmania,"), or -1. The words between are one to three capitalised
// words after a capitalised place, and a preposition opens the phrase
// between the verb's end v and k.
func (d *doc) placeAppositionEnd(v, k int) int {
	toks := d.toks
	if toks[k].text != "," || k-1 < v || !toks[k-1].cap || !d.prepositionIn(v, k-1) {
		return -1
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].kind == tWord && toks[j].cap {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != "," {
		return -1
	}
	return j
}

// participleAsideEnd ends the clause of a reporting participle that
// stands in an aside between a subject and its verb ("Marlow, despite
// admitting that he had doubts, said the port needed money"): the
// clause stops at the comma before the verb, which is the sentence's
// own. cs and ce bound the clause read so far; i is the participle,
// after a preposition after a comma.
func (d *doc) participleAsideEnd(si, i, cs, ce int) int {
	s := d.sents[si]
	if i-2 <= s.a || d.toks[i-2].text != "," || !d.toks[i-1].is(prepositionsClass) {
		return ce
	}
	for k := cs + 1; k+1 < ce; k++ {
		if d.toks[k].text == "," && !d.inQuote[k] && (d.toks[k+1].is(speechVerbsClass) || d.verbAt(si, k+1)) {
			return k
		}
	}
	return ce
}
