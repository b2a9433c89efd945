package extract

import "strings"

// reducedPassiveRule names reducedPassiveArgs in explain's output.
const reducedPassiveRule = "reduced passive by-agent"

// reducedPassiveArgs (rule "reduced passive by-agent"): a trigger verb
// that is a participle on a noun with an agent after "by" — "the
// sanctions imposed by the United States on Cuba", "tariffs imposed on
// Canada by Washington", "the aid sent to Haiti by Mexico", "the convoy
// attacked by rebels" — is the agent's act: the agent is the source; the
// target is read from the verb's slots after a preposition, or is the
// noun itself for a verb whose target is its object. A light trigger
// (impose, send) counts only when the noun is a thing it lists.
func reducedPassiveArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || t.adj || ds.words[v].Deprel != "acl" || ds.hasChild(v, "nsubj", "nsubj:pass") {
		return depArgs{}, false
	}
	h := ds.head(v)
	if h < 0 || h > v {
		return depArgs{}, false
	}
	var agent []int
	for _, c := range ds.children(v, "obl") {
		if ds.caseOf(c) == "by" {
			agent = ds.withConjuncts(c)
			break
		}
	}
	if len(agent) == 0 || t.objects != nil && !thingFits(ds, h, t.objects) {
		return depArgs{}, false
	}
	var dst []int
	for _, slot := range t.targets {
		switch rel, prep, _ := strings.Cut(slot, ":"); {
		case slot == "obj":
			dst = append(dst, ds.withConjuncts(h)...)
		case rel == "obl" && prep != "by":
			for _, c := range ds.modifiersWith(v, "obl", prep) {
				dst = append(dst, ds.withConjuncts(c)...)
			}
		case slot == "recipient":
			for _, c := range ds.modifiersWith(v, "obl", "to") {
				dst = append(dst, ds.withConjuncts(c)...)
			}
		}
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: agent, dst: dst}, true
}
