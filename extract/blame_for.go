package extract

import (
	_ "embed"
)

// Blame for a harm. "Y was responsible for the attack", "Y was behind
// the bombing" in words a speaker is reported to say blame Y as "Y
// lied" does (rule "parse: accusation in reported speech", stance.go);
// "X held Y responsible for the violence" blames Y in X's own act (rule
// "held responsible"). Being responsible for anything else ("for
// security", "for the budget") blames no one.

//go:embed lexicon/harm_nouns.txt
var harmNounsTxt string

// harmNouns are the harms of lexicon/harm_nouns.txt.
var harmNouns = wordList(harmNounsTxt)

// harmToken in lexicon/blame.tsv's objects column stands for every word
// of harmNouns (parseBlame).
const harmToken = "@harm"

// blamedFor reports whether adjective v is said of a harm: its "for"
// phrase (or the parser's "of" for it) is one of objects ("responsible
// for the attack on the convoy").
func blamedFor(ds *depSent, v int, objects map[string]bool) bool {
	for _, c := range ds.children(v, "obl", "nmod") {
		if p := ds.caseOf(c); (p == "for" || p == "of") && objects[ds.lemma(c)] {
			return true
		}
	}
	return false
}

// harmBehind reports whether noun v is a harm said to have someone
// behind it: "Y was behind the bombing" (v the predicate, with "be" and
// "behind"; lexicon/blame.tsv's prep entries).
func harmBehind(ds *depSent, v int) bool {
	if !ds.hasChild(v, "cop") || !ds.hasChild(v, "nsubj") {
		return false
	}
	for _, c := range ds.children(v, "case") {
		if w, ok := blameWords["p:"+ds.lemma(c)]; ok && (w.objects == nil || w.objects[ds.lemma(v)]) {
			return true
		}
	}
	return false
}

// heldResponsibleRule names heldResponsibleArgs in explain's output.
const heldResponsibleRule = "held responsible"

// heldResponsibleArgs (rule "held responsible"): a trigger with the slot
// held-responsible (lexicon/interactions.tsv: hold) whose object is
// complemented by an adjective of blame said of a harm ("X held Y
// responsible for the violence", "X holds Y accountable for the
// deaths"): the subject accuses the object.
func heldResponsibleArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "held-responsible") {
		return depArgs{}, false
	}
	held := -1
	if obj := ds.children(v, "obj"); len(obj) > 0 && heldBlamed(ds, v, obj[0]) {
		held = obj[0]
	} else if len(obj) == 0 {
		held = heldOnAdjective(ds, v)
	}
	src := activeSource(ds, v) // designations.go
	if held < 0 || src < 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(src), dst: ds.withConjuncts(held)}, true
}

// heldOnAdjective: in "X holds Y accountable for the crash" the parser
// may hang Y on the adjective, as its compound or subject, leaving the
// verb no object; the name before an adjective of blame said of a harm
// is the one held; -1 when none.
func heldOnAdjective(ds *depSent, v int) int {
	for _, c := range ds.children(v, "xcomp") {
		if !heldBlamed(ds, v, -1) {
			continue
		}
		for _, o := range ds.children(c, "compound", "nsubj") {
			if o < c && ds.words[o].UPOS == "PROPN" {
				return o
			}
		}
	}
	return -1
}

// heldAdjectives are the words that make "held" a trigger (frameTrigger):
// mayInteract's cheap test counts them, not "held".
var heldAdjectives = set("responsible", "accountable")

// heldBlamed reports whether object o of verb v is complemented by an
// adjective of blame (lexicon/blame.tsv) said of a harm: on v or, as
// the parser may hang it, on o (none when o is -1).
func heldBlamed(ds *depSent, v, o int) bool {
	cs := ds.children(v, "xcomp", "obl", "advmod")
	if o >= 0 {
		cs = append(cs, ds.children(o, "amod", "acl")...)
	}
	for _, c := range cs {
		if ds.words[c].UPOS != "ADJ" {
			continue
		}
		if w, ok := blameWords["a:"+ds.lemma(c)]; ok && w.objects != nil && blamedFor(ds, c, w.objects) {
			return true
		}
	}
	return false
}
