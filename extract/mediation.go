package extract

// mediationArgs (rule "parse: mediation"): a verb of mediating (slot
// mediated in lexicon/material.tsv: broker, mediate) puts the mediator
// in talks with each side it mediated between: "X brokered a truce
// between A and B", "X mediated between A and B", "the deal between A
// and B was brokered by X", and "A and B exchanged prisoners in a swap
// brokered by X", where the sides are the subject of the clause the
// mediated thing belongs to.
func mediationArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "mediated") || charged(ds, v) {
		return depArgs{}, false
	}
	mediator := mediatorOf(ds, v)
	sides := mediatedSides(ds, v)
	if len(mediator) == 0 || len(sides) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: mediator, dst: sides}, true
}

// mediatorOf is who mediates: the agent after "by" of a passive or a
// participle on a noun ("a swap brokered by X"), else the subject.
func mediatorOf(ds *depSent, v int) []int {
	if len(ds.children(v, "nsubj:pass")) > 0 || ds.words[v].Deprel == "acl" {
		for _, c := range ds.modifiersWith(v, "obl", "by") {
			return ds.withConjuncts(c)
		}
		return nil
	}
	if s := verbSubject(ds, v); s >= 0 {
		return ds.withConjuncts(s)
	}
	return nil
}

// mediatedSides are the sides a mediation is between: "between A and
// B" on the verb or on the thing mediated (its object, its passive
// subject, or the noun its participle modifies), else, for that noun,
// the subject and the "with" partners of the verb it belongs to ("A
// and B exchanged prisoners in a swap brokered by X").
func mediatedSides(ds *depSent, v int) []int {
	var sides []int
	between := func(w int, rel string) {
		for _, c := range ds.modifiersWith(w, rel, "between") {
			sides = append(sides, ds.withConjuncts(c)...)
		}
	}
	between(v, "obl")
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		between(o, "nmod")
	}
	if ds.words[v].Deprel != "acl" {
		return sides
	}
	n := ds.head(v)
	if n < 0 {
		return sides
	}
	between(n, "nmod")
	if len(sides) > 0 {
		return sides
	}
	if h := ds.head(n); h >= 0 && ds.words[h].UPOS == "VERB" {
		if s := verbSubject(ds, h); s >= 0 {
			sides = append(sides, ds.withConjuncts(s)...)
		}
		for _, c := range ds.modifiersWith(h, "obl", "with") {
			sides = append(sides, ds.withConjuncts(c)...)
		}
	}
	return sides
}
