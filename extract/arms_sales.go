package extract

import (
	_ "embed"
	"strings"
)

// Arms sold to a state arm it: a sale or export of arms is material
// military help from the seller to the buyer, AID in docs/ONTOLOGY.md
// (PLOVER's AID covers military aid; CAMEO 072 "provide military aid"):
// "Washington approved the sale of anti-ship missiles to Taiwan",
// "French weapons sales to Armenia", "Brazil sold 12 fighter jets to
// Argentina". Any other sale ("sold two office buildings to Norway's
// fund") is trade and none.

//go:embed lexicon/arms_goods.txt
var armsGoodsTxt string

// armsGoods are the words of lexicon/arms_goods.txt.
var armsGoods = wordList(armsGoodsTxt)

// armsSaleRule names armsSaleArgs in explain's output.
const armsSaleRule = "arms sale to a buyer"

// saleApprovers carry a sale noun from its seller: "approved the sale of
// X to Y", "announced the sale", "completed the sale".
var saleApprovers = set("approve", "authorize", "authorise", "clear", "announce", "complete",
	"finalize", "finalise", "sign", "make", "conclude", "greenlight", "notify", "agree")

// armsSaleArgs (rule "arms sale to a buyer"): a trigger with the slot
// "arms" (lexicon/material.tsv: sell, export, sale) whose sold thing is
// arms (armsGoods) gives AID from the seller to the buyer after "to" (or
// the indirect object of a verb: "sold Ukraine missiles").
func armsSaleArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if !hasSlot(t, "arms") {
		return depArgs{}, false
	}
	if t.noun {
		return armsSaleNounArgs(ds, v)
	}
	goods := ds.children(v, "obj", "nsubj:pass")
	if len(goods) == 0 || !armsThing(ds, goods[len(goods)-1]) {
		return depArgs{}, false
	}
	gift := goods[len(goods)-1]
	src, passive := giverOf(ds, v) // material.go
	dst := append(buyersAfterTo(ds, v, gift), ds.children(v, "iobj")...)
	if !passive {
		dst = append(dst, firstObjects(ds, v, gift)...) // "sold Ukraine missiles"
	}
	if len(src) == 0 || len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// armsSaleNounArgs: "X's arms sales to Y", "the sale of missiles to Y by
// X", "French weapons sales to Y" (the nationality before the noun),
// "X approved the sale of missiles to Y" (the subject of a verb of
// approving that takes the noun as object).
func armsSaleNounArgs(ds *depSent, n int) (depArgs, bool) {
	if !armsSale(ds, n) {
		return depArgs{}, false
	}
	h := ds.head(n)
	dst := buyersAfterTo(ds, n, n)
	carried := h >= 0 && ds.words[n].Deprel == "obj" && saleApprovers[ds.lemma(h)]
	if carried {
		dst = append(dst, buyersAfterTo(ds, h, -1)...)
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	var src []int
	owners := ds.children(n, "nmod:poss")
	if q := armsQualifier(ds, n); len(owners) == 0 && q >= 0 {
		owners = ds.children(q, "nmod:poss") // "Sweden's arms sales", owner hung on "arms"
	}
	if len(owners) > 0 {
		src = ds.withConjuncts(owners[0])
	} else if by := ds.modifiersWith(n, "nmod", "by"); len(by) > 0 {
		src = ds.withConjuncts(by[0])
	} else if carried {
		if s := authorOf(ds, verbSubject(ds, h)); s >= 0 {
			src = ds.withConjuncts(s)
		}
	}
	if len(src) == 0 {
		src = sellerNationality(ds, n)
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// armsSale reports whether sale noun n sells arms: an arms word before
// it ("arms sales", "weapons sales") or in what it is of ("the sale of
// $1.4 billion of anti-ship missiles").
func armsSale(ds *depSent, n int) bool {
	if armsQualifier(ds, n) >= 0 {
		return true
	}
	for _, o := range ds.modifiersWith(n, "nmod", "of") {
		if armsThing(ds, o) {
			return true
		}
	}
	return false
}

// armsQualifier returns the arms word that qualifies sale noun n ("arms
// sales", "weapons sales"): a compound or adjective of n, or the word
// right before n, which the parser may make n's sibling ("Sweden's arms
// sales to Y rose", with "arms" a second subject); -1 when none.
func armsQualifier(ds *depSent, n int) int {
	for _, c := range ds.children(n, "compound", "amod") {
		if armsWord(ds, c) {
			return c
		}
	}
	if p := n - 1; p >= 0 && armsWord(ds, p) && ds.head(p) == ds.head(n) {
		return p
	}
	return -1
}

// armsWord reports whether word w is one of armsGoods, by lemma or form.
func armsWord(ds *depSent, w int) bool {
	return armsGoods[ds.lemma(w)] || armsGoods[strings.ToLower(ds.form(w))]
}

// armsThing reports whether word w or a word of its phrase (three levels
// down: "$1.4 billion of anti-ship missiles and radar systems") is arms.
func armsThing(ds *depSent, w int) bool {
	for _, x := range append([]int{w}, ds.subtree(w, 3)...) {
		if armsWord(ds, x) {
			return true
		}
	}
	return false
}

// buyersAfterTo returns the buyers after "to" on word w and, when gift
// is a word, under the sold thing's phrase ("the sale of missiles to
// Taiwan" with "to Taiwan" hung on "missiles", or on the last of
// several things sold, four levels down).
func buyersAfterTo(ds *depSent, w, gift int) []int {
	var out []int
	for _, rel := range []string{"obl", "nmod"} {
		for _, c := range ds.modifiersWith(w, rel, "to") {
			out = append(out, ds.withConjuncts(c)...)
		}
	}
	if gift < 0 {
		return out
	}
	for _, x := range ds.subtree(gift, 4) {
		if ds.words[x].Deprel == "nmod" && ds.caseOf(x) == "to" && ds.head(x) != w {
			out = append(out, ds.withConjuncts(x)...)
		}
	}
	return out
}

// sellerNationality returns the nationality adjective or name before
// sale noun n ("French weapons sales", "U.S. arms sales"), which names
// the seller; the actor lookup keeps only words that name one.
func sellerNationality(ds *depSent, n int) []int {
	var out []int
	for _, c := range ds.children(n, "amod", "compound") {
		if c < n && !armsWord(ds, c) && capitalised(ds.form(c)) {
			out = append(out, c)
		}
	}
	return out
}
