package extract

// objectNamedFirst reports whether the
// first actor sentenceSubject found before a verb of speech after
// "and"/"but" at token j is, in the parse, the object of a verb: the
// subject before it was a description nobody resolved ("The Zurich
// bakery accused the pricing office of … and said …"), and the object
// said nothing. The statement then has no speaker from the sentence.
// sp is what sentenceSubject returned.
func (d *doc) objectNamedFirst(r *reader, si, j int, sp []*actor) bool {
	if len(sp) == 0 {
		return false
	}
	var m *mention
	for _, o := range d.heads(r, si, false) {
		if o.a >= j {
			break
		}
		if o.act == sp[0] {
			m = o
			break
		}
	}
	if m == nil {
		return false
	}
	for _, ds := range d.parsed(si) {
		for w := range ds.words {
			k := ds.tok[w]
			if k < m.ha || k >= m.hb {
				continue
			}
			if rel := ds.words[w].Deprel; rel == "obj" || rel == "iobj" {
				if h := ds.head(w); h >= 0 && (ds.tok[h] < m.a || ds.tok[h] >= m.b) {
					return true
				}
			}
		}
	}
	return false
}
