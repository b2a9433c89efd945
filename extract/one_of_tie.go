package extract

import "strings"

// oneOfTieArgs (rule "parse: tie noun", tieArgs) reads a tie noun said
// of a body through "one of" or with its other end after "to": "X, one
// of Y's largest aid donors,", "X is one of Y's closest allies" (the
// plural noun hangs on "one", which is X's apposition or predicate, and
// Y is its possessor), and "X, a major donor to Y," (the noun's "to"
// phrase). describedNounArgs reads the noun said of X directly, with Y
// after "of" or as its possessor.
func oneOfTieArgs(ds *depSent, n int) (depArgs, bool) {
	said, of := n, []int(nil)
	if h := ds.head(n); h >= 0 && strings.EqualFold(ds.form(h), "one") && strings.HasPrefix(ds.words[n].Deprel, "nmod") && ds.caseOf(n) == "of" {
		said = h
		if p := ds.children(n, "nmod:poss"); len(p) > 0 && ds.words[p[0]].UPOS == "PROPN" {
			of = ds.withConjuncts(p[0])
		}
	} else if ds.words[n].Deprel == "appos" && ds.hasChild(n, "det") {
		for _, c := range ds.modifiersWith(n, "nmod", "to") {
			if ds.words[c].UPOS == "PROPN" {
				of = ds.withConjuncts(c)
			}
			break
		}
	}
	if len(of) == 0 {
		return depArgs{}, false
	}
	var who []int
	switch {
	case ds.hasChild(said, "cop") && ds.hasChild(said, "nsubj"):
		who = ds.withConjuncts(ds.children(said, "nsubj")[0])
	case ds.words[said].Deprel == "appos":
		who = []int{ds.head(said)}
	}
	if len(who) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: who, dst: of}, true
}
