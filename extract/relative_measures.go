package extract

// relativeMeasure (rule "parse: verb subject and object",
// `relativeMeasure`): "a fine that Italy imposed on X", "the sanctions
// Washington placed on X", "the tariffs the United States imposed on
// X": a light verb (one whose object must be of its trigger's objects)
// in a relative clause has for object the noun the clause modifies,
// when the clause has no object of its own but its relative pronoun;
// the parser may hang the clause on the measure's amount ("a fine of
// 10,000 euros that …").
func relativeMeasure(ds *depSent, v int, t trigger) bool {
	if d := ds.words[v].Deprel; d != "acl:relcl" && d != "acl" {
		return false
	}
	for _, o := range ds.children(v, "obj") {
		if !isRelativePronoun(ds.lemma(o)) {
			return false
		}
	}
	h := ds.head(v)
	if h < 0 {
		return false
	}
	if t.objects[ds.lemma(h)] {
		return true
	}
	if g := ds.head(h); g >= 0 && amountWord(ds, h) && ds.words[h].Deprel == "nmod" && ds.caseOf(h) == "of" {
		return t.objects[ds.lemma(g)]
	}
	return false
}

// namedRelativeSubject: "a fine that Italy imposed": the parser may read
// the relative pronoun as the subject and the name after it, tagged an
// adverb, as the verb's modifier. A capitalised word right between a
// relative pronoun read as subject and relative clause v is the
// subject, the pronoun the object; -1 when there is none.
func namedRelativeSubject(ds *depSent, v int) int {
	if ds.words[v].Deprel != "acl:relcl" {
		return -1
	}
	s := ds.children(v, "nsubj")
	if len(s) != 1 || !isRelativePronoun(ds.lemma(s[0])) || s[0]+2 != v {
		return -1
	}
	n := s[0] + 1
	if ds.head(n) != v || ds.words[n].Deprel != "advmod" || !capitalised(ds.words[n].Form) {
		return -1
	}
	return n
}
