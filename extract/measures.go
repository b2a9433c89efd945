package extract

import "github.com/newsgraph/newsgraph/graph"

// Measures named by a noun. "U.S. duties on Brazilian steel", "the
// tariffs on X imposed by Y", "new tariffs against X", "X faces EU
// sanctions": the noun is the sanction of whoever owns the measure on
// whomever it is on, with the modality of the words around it
// ("threatened tariffs", "plans sanctions" are not done).

// measureOwnerVerbs are verbs whose subject owns the measure they take
// as object: it imposes, plans or threatens it ("Japan threatened new
// tariffs against China").
var measureOwnerVerbs = set("impose", "slap", "levy", "threaten", "plan", "announce", "introduce",
	"propose", "approve", "adopt", "extend", "raise", "hike", "double", "expand", "prepare",
	"consider", "unveil", "reimpose", "tighten", "broaden")

// deliberationVerbs take as object a measure that is only talked about
// ("EU ministers would discuss new sanctions on Belarus", "debated
// tariffs on X"): nobody imposes it by them, and the measure has no
// owner to read from the sentences before (sanctionNounArgs).
var deliberationVerbs = set("discuss", "debate", "review", "study", "examine", "mull")

// measureTargetVerbs are verbs whose subject is the target of the
// measure they take as object ("the EU, which faces similar U.S.
// duties").
var measureTargetVerbs = set("face", "suffer", "endure")

// sanctionNounRule names sanctionNounArgs; like a threat, a measure is
// read beside a stance on it in the same sentence ("Chile protested
// against U.S. duties on Chilean copper": Chile protests, the United
// States sanctions Chile).
const sanctionNounRule = "sanction noun"

// sanctionNounArgs (rule "parse: sanction noun"): a SANCTION noun
// (lexicon/material.tsv: tariff, duty, sanction, embargo, …) whose
// owner the parse shows: a possessor, an agent after "by" on the noun
// or on a participle it carries ("the tariffs on X imposed by Y"), a
// name or nationality before it ("U.S. duties", "American tariffs"),
// the subject of a verb that imposes, plans or threatens it, or, for a
// bare "the tariffs on X", whoever an earlier sentence said imposed a
// measure (measureOwners). The target is after "on" or "against", on
// the noun or on the verb it is an argument of (where the parser may
// hang the phrase), or the subject of "faces"; goods ("Brazilian
// steel") stand for their country (goodsOrigin).
func sanctionNounArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || t.class != graph.Sanction {
		return depArgs{}, false
	}
	h := ds.head(n)
	headVerb := h >= 0 && ds.words[h].UPOS == "VERB" && (ds.words[n].Deprel == "obj" || ds.words[n].Deprel == "obl")
	if headVerb && ds.words[n].Deprel == "obj" && deliberationVerbs[ds.lemma(h)] {
		return depArgs{}, false // "would discuss new sanctions on X": none imposed yet
	}
	dst := measureTargets(ds, n, h, headVerb)
	if len(dst) == 0 {
		return depArgs{}, false
	}
	if headVerb && ds.words[n].Deprel == "obj" && measureOwnerVerbs[ds.lemma(h)] && !ownedMeasure(ds, n) {
		if s := verbSubject(ds, h); s >= 0 && !ds.hasChild(h, "nsubj:pass") {
			return depArgs{src: ds.withConjuncts(s), dst: dst}, true
		}
		return depArgs{}, false
	}
	return depArgs{src: []int{n}, dst: dst, measure: true}, true
}

// measureTargets are the targets of measure noun n (head h, a verb
// taking it as argument when headVerb): "on" or "against" phrases on
// the noun, else on the verb, or the subject of a verb of facing.
func measureTargets(ds *depSent, n, h int, headVerb bool) []int {
	var dst []int
	for _, prep := range []string{"on", "against"} {
		for _, f := range ds.modifiersWith(n, "nmod", prep) {
			dst = append(dst, ds.withConjuncts(f)...)
		}
		dst = append(dst, quantityModifiers(ds, n, prep)...)
	}
	if len(dst) > 0 || !headVerb {
		return dst
	}
	if ds.words[n].Deprel == "obj" && measureTargetVerbs[ds.lemma(h)] {
		if s := verbSubject(ds, h); s >= 0 {
			return ds.withConjuncts(s)
		}
	}
	for _, prep := range []string{"on", "against"} {
		for _, f := range ds.modifiersWith(h, "obl", prep) {
			if f > n {
				dst = append(dst, ds.withConjuncts(f)...)
			}
		}
	}
	return dst
}

// ownedMeasure reports whether measure noun n names its owner itself:
// a possessor, a name compounded with it or a nationality before it.
func ownedMeasure(ds *depSent, n int) bool {
	if ds.hasChild(n, "nmod:poss") {
		return true
	}
	for _, c := range ds.children(n, "compound", "amod") {
		if c < n && (ds.words[c].UPOS == "PROPN" || ds.words[c].UPOS == "ADJ" && capitalised(ds.form(c))) {
			return true
		}
	}
	return false
}

// namedOwners are the actors measure noun w of sentence si names
// before it: a name compounded with it ("U.S. duties", "EU
// sanctions") or a nationality adjective ("American tariffs").
func (d *doc) namedOwners(r *reader, si int, ds *depSent, w int) []*actor {
	var out []*actor
	for _, c := range ds.children(w, "compound", "amod") {
		if c > w {
			continue
		}
		switch {
		case ds.words[c].UPOS == "PROPN":
			out = appendUnique(out, d.wordActors(r, si, ds, []int{c})...)
		case capitalised(ds.form(c)):
			if a := d.demonymActor(ds.form(c)); a != nil {
				out = appendUnique(out, a)
			}
		}
	}
	return out
}

// stanceClasses are the classes of a verb that takes a stance on what
// it governs rather than doing it.
var stanceClasses = map[graph.EdgeClass]bool{graph.Accuse: true, graph.Support: true,
	graph.Reject: true, graph.Request: true, graph.Protest: true}

// stanceOnMeasure (rule rel.stance-on-measure) reports whether the
// nominal measure at token i of sentence s is the object of a verb
// taking a stance on it, within five words before it ("criticised the
// sanctions on X", "welcomed new U.S. tariffs on X"): the clause's
// subject then judges the measure and did not impose it.
func (d *doc) stanceOnMeasure(i int, s sentence) bool {
	for j := i - 1; j >= s.a && j >= i-5; j-- {
		t := &d.toks[j]
		if t.kind == tPunct || d.clauseBreak(j) {
			return false
		}
		for _, k := range lexFirst(t, lexVerbFirst, lex.byFirst) {
			if stanceClasses[lex.verbs[k].class] {
				return true
			}
		}
	}
	return false
}
