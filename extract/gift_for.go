package extract

// Money given "for" someone. "The IMF approved a $1.2 billion loan for
// Egypt", "the World Bank approved $500 million in financing for
// Kenya", "Canada pledged $20 million for UNICEF": a gift of money or
// aid whose recipient comes after "for" rather than "to" (rule "gift to
// a recipient" and "gift noun to a recipient", material.go). Only a
// proper name counts ("a loan for the new railway" has no recipient),
// and the actor lookup keeps only actors.

// moneyForRecipients returns the names after "for" on gift verb v or
// under its gift (three levels down: "$500 million in financing for
// Kenya"), when the gift is money or aid (moneyIn, aidWords).
func moneyForRecipients(ds *depSent, v, gift int) []int {
	if !moneyIn(ds, gift) && !aidWords[ds.lemma(gift)] && !aidWordUnder(ds, gift) {
		return nil
	}
	var out []int
	for _, c := range ds.modifiersWith(v, "obl", "for") {
		if ds.words[c].UPOS == "PROPN" {
			out = append(out, ds.withConjuncts(c)...)
		}
	}
	for _, x := range append([]int{gift}, ds.subtree(gift, 3)...) {
		if ds.words[x].Deprel == "nmod" && ds.caseOf(x) == "for" && ds.words[x].UPOS == "PROPN" {
			out = append(out, ds.withConjuncts(x)...)
		}
	}
	return out
}

// aidWordUnder reports whether the thing an amount w is "in" or "of" is
// aid ("$500 million in financing").
func aidWordUnder(ds *depSent, w int) bool {
	for _, c := range ds.children(w, "nmod") {
		if p := ds.caseOf(c); (p == "in" || p == "of") && aidWords[ds.lemma(c)] {
			return true
		}
	}
	return false
}

// qualifiedGoods (rule gift to a recipient, giftOf): a thing named by a
// qualifier the trigger gives, "10,000 artillery rounds", "air defence
// systems" with "artillery", is that thing; the qualifier is a compound
// before it.
func qualifiedGoods(ds *depSent, w int, objects map[string]bool) bool {
	for _, c := range ds.children(w, "compound") {
		if c < w && ds.words[c].UPOS == "NOUN" && objects[ds.lemma(c)] {
			return true
		}
	}
	return false
}
