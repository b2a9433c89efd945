package extract

import "github.com/newsgraph/newsgraph/graph"

// purchaseAgreedArgs (rule "purchase agreed"): "X agreed to buy Y", "X
// has agreed to acquire smaller rival Y", "X agreed to merge with Y": a
// purchase or merger agreed is an agreement between buyer and bought
// (AGREE); the purchase itself is only planned, so the agreement, not
// the purchase, is the edge. The object may carry descriptions before
// its name ("smaller German rival Y"), which the parse hangs on the
// name.
func purchaseAgreedArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || t.class != graph.Agree || ds.lemma(v) != "agree" {
		return depArgs{}, false
	}
	subj := verbSubject(ds, v)
	if subj < 0 {
		return depArgs{}, false
	}
	for _, c := range ds.children(v, "xcomp") {
		var dst []int
		switch {
		case purchaseVerbs[ds.lemma(c)]:
			for _, o := range ds.children(c, "obj") {
				dst = append(dst, ds.withConjuncts(o)...)
				dst = append(dst, stakeOwners(ds, c, o)...)
			}
		case mergerVerbs[ds.lemma(c)]:
			for _, o := range ds.modifiersWith(c, "obl", "with") {
				dst = append(dst, ds.withConjuncts(o)...)
			}
		}
		if len(dst) > 0 {
			return depArgs{src: ds.withConjuncts(subj), dst: dst}, true
		}
	}
	return depArgs{}, false
}

// purchaseVerbs take what is bought as their object.
var purchaseVerbs = set("buy", "acquire", "purchase", "take over", "takeover", "absorb")

// mergerVerbs take their partner after "with".
var mergerVerbs = set("merge", "combine", "join")

// stakeOwners: "a stake in Y", "Y's mobile unit", "the network business
// of Y": a part of a company bought is bought from that company, the
// owner after "in" or "of", or its possessor; the parser may hang "in
// Y" on the buying verb c.
func stakeOwners(ds *depSent, c, o int) []int {
	if !stakeNouns[ds.lemma(o)] {
		return nil
	}
	var out []int
	owners := append(ds.modifiersWith(o, "nmod", "in"), ds.modifiersWith(o, "nmod", "of")...)
	owners = append(owners, ds.children(o, "nmod:poss")...)
	for _, m := range append(owners, ds.modifiersWith(c, "obl", "in")...) {
		out = append(out, ds.withConjuncts(m)...)
	}
	return out
}

// stakeNouns are parts of a company that can be bought.
var stakeNouns = set("stake", "share", "holding", "unit", "division", "business", "subsidiary", "arm", "majority", "control")
