package extract

import "github.com/newsgraph/newsgraph/graph"

// Rules for classes of error that blind held-out articles
// showed (testdata/heldout/README.md), each with invented sentences in
// funded_places_test.go.

// subnationalWords qualify a government below the state: a regional,
// provincial or city government is an organisation of its own, not its
// country's government.
var subnationalWords = set("regional", "provincial", "state", "territorial", "autonomous",
	"municipal", "city", "local", "county", "cantonal", "devolved", "prefectural")

// subnationalGovernment (actor.subnational-government) reports whether
// the words before "Government" in an organisation's name qualify it as
// a government below the state ("Kurdistan Regional Government",
// "Punjab Provincial Government", "Catalan Autonomous Government"):
// governedCountry then gives it no country, so it is not folded into
// the country the article is about.
func (d *doc) subnationalGovernment(qualifier []string) bool {
	for _, w := range qualifier {
		if subnationalWords[d.fold(w)] {
			return true
		}
	}
	return false
}

// fundedInArgs (material rule "funded in a place", slot funded-in):
// "Norway funded clinics in Malawi", "the World Bank, which is funding
// the repair of canals in southern Iraq": paying for work done in a
// country is aid to that country (a city there stands for it as a
// metonym). The place is an oblique "in" on the verb or a modifier "in"
// of what is funded (two levels down, "the repair of canals in Iraq").
func fundedInArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "funded-in") || ds.hasChild(v, "nsubj:pass") {
		return depArgs{}, false
	}
	s := authorOf(ds, verbSubject(ds, v))
	if s < 0 {
		return depArgs{}, false
	}
	var dst []int
	for _, w := range ds.modifiersWith(v, "obl", "in") {
		dst = append(dst, ds.withConjuncts(w)...)
	}
	for _, o := range fundedObjects(ds, v) { // funded_objects.go
		for _, w := range ds.subtree(o, 3) {
			if ds.words[w].Deprel == "nmod" && ds.caseOf(w) == "in" || fundedOwner(ds, w) {
				dst = append(dst, ds.withConjuncts(w)...)
			}
		}
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(s), dst: dst}, true
}

// fundedPlaces (rule "parse: country funded in"): the countries named
// at the words ws of a funded-in slot ("funded clinics in Malawi"),
// when the article has the country as an actor; the mention rules read
// a name after "in" as a place, so the words carry no actor of their
// own.
func (d *doc) fundedPlaces(ds *depSent, ws []int) []*actor {
	var out []*actor
	for _, w := range ws {
		if a := d.gazetteerActorAt(ds.tok[w]); a != nil && a.typ == graph.Country {
			out = appendUnique(out, a)
		}
	}
	return out
}
