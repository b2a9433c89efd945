package extract

import _ "embed"

// Material help sent to someone: "sent tents and blankets to X",
// "shipped 20 tonnes of rice to X", "sent a rescue team to X", "sent
// planes carrying medicine to X" (rule gift to a recipient, material.go).

//go:embed lexicon/aid_goods.txt
var aidGoodsTxt string

// aidGoods are the relief goods and workers of lexicon/aid_goods.txt,
// which a trigger's objects column includes by writing @goods.
var aidGoods = wordList(aidGoodsTxt)

// goodsToken in a trigger's objects column stands for every word of
// aidGoods (parseTriggers).
const goodsToken = "@goods"

// teamNouns are the aid goods that are relief only when qualified
// (reliefTeam): a team of investigators, or a bomber, is none; a rescue
// team or a water bomber is.
var teamNouns = set("team", "unit", "crew", "contingent", "bomber")

// reliefWork are the qualifiers that make a team a relief team.
var reliefWork = set("rescue", "search-and-rescue", "medical", "relief", "humanitarian", "disaster",
	"emergency", "firefighting", "aid", "health", "response", "water")

// reliefTeam reports whether word w, a team noun, is qualified as relief
// work by a modifier before it ("a rescue team", "a 60-member disaster
// response team", "medical teams"); an unqualified team may have been
// sent to investigate, negotiate or play.
func reliefTeam(ds *depSent, w int) bool {
	for _, m := range ds.subtree(w, 2) {
		if m < w && reliefWork[ds.lemma(m)] {
			return true
		}
	}
	return false
}

// carrierVerbs carry goods: "planes carrying tents", "trucks loaded
// with food".
var carrierVerbs = set("carry", "load", "pack", "fill", "bring", "transport", "ferry")

// carriedGoods returns what a vehicle w carries, by a participle hung on
// it ("planes carrying tents", "trucks loaded with food"), with the
// participle: the goods, and the participle whose "to" phrase may name
// the recipient; -1 when none.
func carriedGoods(ds *depSent, w int) (goods []int, carrier int) {
	for _, a := range ds.children(w, "acl") {
		if !carrierVerbs[ds.lemma(a)] {
			continue
		}
		for _, g := range append(ds.children(a, "obj"), ds.modifiersWith(a, "obl", "with")...) {
			goods = append(goods, ds.withConjuncts(g)...)
		}
		if len(goods) > 0 {
			return goods, a
		}
	}
	return nil, -1
}

// thingFits reports whether word w is one of the things objects lists,
// by lemma or form; a team noun only as a relief team (reliefTeam).
func thingFits(ds *depSent, w int, objects map[string]bool) bool {
	if !objects[ds.lemma(w)] && !objects[ds.form(w)] {
		return false
	}
	return !teamNouns[ds.lemma(w)] || reliefTeam(ds, w)
}

// splitCompound returns the nouns the parser hung on noun w as its
// objects: a compound it split in two ("sent two air force transport
// planes": "planes" an object of "force"). A noun takes no object, so
// the last part is the head of w's phrase.
func splitCompound(ds *depSent, w int) []int {
	if ds.words[w].UPOS != "NOUN" {
		return nil
	}
	var out []int
	for _, c := range ds.children(w, "obj") {
		if ds.words[c].UPOS == "NOUN" && c > w {
			out = append(out, c)
		}
	}
	return out
}
