package extract

import "strings"

// mediationArgs (rule "parse: mediation"): a verb of mediating (slot
// mediated in lexicon/material.tsv: broker, mediate) puts the mediator
// in talks with each side it mediated between: "X brokered a truce
// between A and B", "X mediated between A and B", "the deal between A
// and B was brokered by X", and "A and B exchanged prisoners in a swap
// brokered by X", where the sides are the subject of the clause the
// mediated thing belongs to. A verb of hosting (slot hosted: host) is
// read the same way when what it hosts is a consultation: "X hosted
// talks between A and B", "a new round of negotiations between A and B
// hosted by X".
func mediationArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	hosted := hasSlot(t, "hosted")
	if t.noun || !hosted && !hasSlot(t, "mediated") || charged(ds, v) {
		return depArgs{}, false
	}
	mediator := mediatorOf(ds, v)
	if len(mediator) == 0 {
		return depArgs{}, false
	}
	fits := anyThing
	if hosted {
		fits = consultationNoun
	}
	sides := mediatedSides(ds, v, fits)
	if len(sides) == 0 && !hosted {
		sides = unnamedSides(ds, v) // mediated_sides.go
	}
	if len(sides) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: mediator, dst: sides}, true
}

// anyThing lets a mediator mediate whatever it is said to: a truce, a
// deal, a swap.
func anyThing(*depSent, int) bool { return true }

// consultationNoun reports whether word w names a consultation a host
// holds for others (talks, negotiations, a meeting, a summit): a host
// of a match or a festival between two sides mediates nothing.
func consultationNoun(ds *depSent, w int) bool {
	return talkNouns[strings.ToLower(ds.form(w))] || talkNouns[ds.lemma(w)]
}

// mediatorOf is who mediates: the agent after "by" of a passive or a
// participle on a noun ("a swap brokered by X"), else the subject.
func mediatorOf(ds *depSent, v int) []int {
	if ds.hasChild(v, "nsubj:pass") || ds.words[v].Deprel == "acl" {
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
// B" on the verb, when any thing fits, or on the thing mediated (its
// object, its passive subject, or the noun its participle modifies, or
// what that thing is a round or series of: "a new round of talks
// between A and B") when it fits; else, for the noun a participle
// modifies, the subject and the "with" partners of the verb it belongs
// to ("A and B exchanged prisoners in a swap brokered by X").
func mediatedSides(ds *depSent, v int, fits func(*depSent, int) bool) []int {
	var sides []int
	between := func(w int, rel string) {
		for _, c := range ds.modifiersWith(w, rel, "between") {
			sides = append(sides, ds.withConjuncts(c)...)
		}
	}
	thing := func(w int) {
		for _, c := range append([]int{w}, ds.modifiersWith(w, "nmod", "of")...) {
			if fits(ds, c) {
				between(c, "nmod")
			}
		}
	}
	if fits(ds, v) {
		between(v, "obl")
	}
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		thing(o)
	}
	if ds.words[v].Deprel != "acl" {
		return sides
	}
	n := ds.head(v)
	if n < 0 || !fits(ds, n) {
		return sides
	}
	thing(n)
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
