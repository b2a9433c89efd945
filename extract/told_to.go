package extract

import "github.com/newsgraph/newsgraph/graph"

// Readings of actor-to-actor relations (issue 12): the
// classes of miss that the held-out and Wikinews sets showed, each read
// by a small named function below.

// toldToRule names toldToArgs in the trace ("parse: told to do").
const toldToRule = "told to do"

// toldToArgs (slot to-do of lexicon/interactions.tsv): "the court
// ordered the ministry to hold talks", "X told the provincial
// government to hear their grievances", "X instructed Y to prepare a
// plan" is X's REQUEST to Y: a verb of command whose object is told to
// do something, with an infinitive after it. The object is the
// addressee; without an infinitive ("ordered the recall of X", "told
// reporters that …", "directed the film") the verb asks nothing of
// anyone and no edge is read. The infinitive may hang on the verb
// (xcomp, advcl) or on the object (acl); a passive ("Y was ordered by X
// to …") is X's request to Y, as frameArgs reads passives.
func toldToArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "to-do") {
		return depArgs{}, false
	}
	objs := ds.children(v, "obj", "iobj") // "told" often takes an iobj
	if len(objs) == 0 {
		objs = ds.children(v, "nsubj:pass") // "Y was ordered by X to …" (frameArgs turns it around)
	}
	if len(objs) == 0 {
		return depArgs{}, false
	}
	if !toInfinitiveAfter(ds, v, objs[0]) {
		return depArgs{}, false
	}
	args, ok := frameArgs(ds, v, func(o int) []int {
		return append([]int{o}, ds.children(o, "appos")...) // "the two operators, A and B,"
	})
	args.class = graph.Request // "ordered X to …" is no expulsion
	return args, ok
}

// toInfinitiveAfter reports whether a verb with "to" follows object o
// of verb v, hung on v (xcomp, advcl) or on o (acl): "ordered X to
// end", "told X to hear".
func toInfinitiveAfter(ds *depSent, v, o int) bool {
	for _, c := range append(ds.children(v, "xcomp", "advcl"), ds.children(o, "acl")...) {
		if c > o && ds.words[c].UPOS == "VERB" && ds.hasMark(c, "to") {
			return true
		}
	}
	return false
}

// twoCountries (rule description:sides, resolveSides) reports whether
// pair p is two countries: "both governments", "the two countries" are
// states, so two ministers who spoke by phone are no such sides ("the
// UN called on both governments to resolve their dispute through
// dialogue" after "Nazarov phoned Asanov" is Kyrgyzstan and Tajikistan,
// not the two men).
func twoCountries(p []*actor) bool {
	return len(p) == 2 && p[0].typ == graph.Country && p[1].typ == graph.Country
}

// giftFromRule names giftFromArgs in the trace ("parse: gift from a
// giver, used").
const giftFromRule = "gift from a giver, used"

// giftFromArgs: "Mozambique upgraded the port with loans from the World
// Bank and the African Development Bank", "Kenya built the railway
// with a $3 billion loan from China", "Ghana took loans from China to
// build the road": a gift noun (lexicon/material.tsv, slot recipient)
// with its giver after "from" is that giver's AID to the one who uses
// it, the subject of the verb that the gift is the instrument ("with")
// or the object of a verb of taking (takeVerbs). Gifts only received
// ("received a loan from X") are read by "gift received from"; a gift
// with its own recipient ("a loan from X to Y") by "gift noun to a
// recipient". No edge when the verb criticises, refuses or blocks the
// gift ("rejected loans from China"): only the instrument and the
// verbs of taking say it was used.
func giftFromArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || t.class != graph.Aid || !hasSlot(t, "recipient") {
		return depArgs{}, false
	}
	h := ds.head(n)
	if h < 0 {
		return depArgs{}, false
	}
	var v int
	switch rel := ds.words[n].Deprel; {
	case ds.caseOf(n) == "with" && rel == "obl" && ds.words[h].UPOS == "VERB":
		v = h // "built the railway with a loan from China"
	case ds.caseOf(n) == "with" && rel == "nmod" && (ds.words[h].Deprel == "obj" || ds.words[h].Deprel == "obl"):
		v = ds.head(h) // "upgraded the port (over five years) with loans": hung on the verb's object or oblique
	case rel == "obj" && takeVerbs[ds.lemma(h)]:
		v = h // "took loans from China"
	default:
		return depArgs{}, false
	}
	if v < 0 || ds.words[v].UPOS != "VERB" {
		return depArgs{}, false
	}
	from := ds.modifiersWith(n, "nmod", "from")
	if len(from) == 0 && ds.words[n].Deprel == "obj" {
		from = ds.modifiersWith(v, "obl", "from") // "took loans from China", hung on the verb
	}
	if len(from) == 0 {
		return depArgs{}, false
	}
	subj := verbSubject(ds, v)
	if subj < 0 || len(ds.children(v, "nsubj:pass")) > 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(from[0]), dst: ds.withConjuncts(subj)}, true
}

// takeVerbs take a gift from its giver: the subject receives it ("took
// loans from China", "used grants from Norway", "borrowed funds from
// the IMF").
var takeVerbs = set("take", "use", "borrow", "tap", "draw")

// secondObject (rule parse: gift to a recipient, giftOf): of a verb of
// giving that lists no gifts ("lend", "loan") and has two objects, the
// second is the gift and the first the recipient: "UNICEF would lend
// the Philippines 500,000 doses", "Thailand lent Laos $300 million",
// which the parser reads as two objects rather than an indirect one.
func secondObject(ds *depSent, v int) int {
	return ds.children(v, "obj")[1]
}
