package extract

// fundedObjects (material rule "funded in a place", fundedInArgs) are
// the things verb v pays for: its objects with their conjuncts, and
// nouns the parse hangs on the verb as its conjuncts when the object is
// a list ("China has financed roads, a wharf and the parliament
// building in Vanuatu" parsed with "wharf" a conjunct of "financed").
func fundedObjects(ds *depSent, v int) []int {
	var out []int
	for _, o := range ds.children(v, "obj") {
		out = append(out, ds.withConjuncts(o)...)
	}
	if len(out) == 0 {
		return nil
	}
	for _, c := range ds.children(v, "conj") {
		if ds.words[c].UPOS == "NOUN" && !ds.hasChild(c, "nsubj") {
			out = append(out, ds.withConjuncts(c)...)
		}
	}
	return out
}

// fundedOwner reports whether word w, inside what verb v pays for, is
// the country whose thing is paid for ("Australia funds most of
// Vanuatu's maritime patrols"): a proper noun as the possessor.
func fundedOwner(ds *depSent, w int) bool {
	return ds.words[w].Deprel == "nmod:poss" && ds.words[w].UPOS == "PROPN"
}
