package extract

import "github.com/newsgraph/newsgraph/graph"

// A sentence that opens with "It" and an action goes on with the
// organisation or country the sentence before was about: "Brazil
// denies that. It filed a complaint against …", "The ministry
// confirmed the exchange. It thanked the UAE …". Only the sentence's
// first word counts: inside a sentence "it" is far more often a thing
// ("said it was a mistake").

// itActs (rule pronoun:it-acts) reports whether token i is a
// sentence-initial "It" whose verb, past auxiliaries, negation and
// adverbs ("It has also", "It did not"), is a trigger of an
// interaction: "It thanked", "It did not accuse". "It was", "It is
// unclear" are no actor.
func (d *doc) itActs(i int, s sentence) bool {
	if i != s.a || d.toks[i].low != "it" {
		return false
	}
	k := i + 1
	for k < s.b && (d.toks[k].is(auxiliariesClass) && !d.toks[k].is(beFormsClass) || d.toks[k].low == "not" || adverbs[d.toks[k].low]) {
		k++
	}
	if k >= s.b || d.toks[k].kind != tWord || d.toks[k].is(beFormsClass) {
		return false
	}
	t := d.toks[k]
	if t.is(triggerFormsClass) {
		return true
	}
	for _, pi := range lexFirst(&t, lexVerbFirst, lex.byFirst) {
		if d.matchAt(lex.verbs[pi], k, s.b) > k {
			return true
		}
	}
	return false
}

// itActor (rule pronoun:it-acts) is the single organisation, country
// or group that was the subject of the sentence before an acting "It",
// when that sentence opens with it; nobody else (no guess from the
// text around, unlike a speaking "it").
func (d *doc) itActor(r *reader, m *mention) []*actor {
	if m.sent == 0 || m.sent-1 >= len(r.subject) {
		return nil
	}
	sp := r.subject[m.sent-1]
	if len(sp) != 1 || sp[0].typ == graph.Person || !d.opensWith(r, m.sent-1, sp[0]) {
		return nil
	}
	return sp
}

// opensWith reports whether sentence si opens with a mention of actor a
// (after "The"): "The ministry confirmed …", not "A memo about the
// ministry appeared …".
func (d *doc) opensWith(r *reader, si int, a *actor) bool {
	s := d.sents[si]
	hs := d.heads(r, si, false)
	if len(hs) == 0 || hs[0].a != d.skipDet(s.a, s) {
		return false
	}
	for _, got := range d.refs(r, hs[0]) {
		if got == a {
			return true
		}
	}
	return false
}
