package extract

import "github.com/newsgraph/newsgraph/graph"

// deadlineRule names the reading of a deadline as a demand.
const deadlineRule = "deadline to act"

// deadlineArgs (rule "parse: deadline to act"): a verb of giving a span
// of time (give, grant) to an actor, with a "to" clause of what
// the actor must do in it, is a demand of the giver on the actor:
// "gave the junta one week to restore order", "giving him 48 hours to
// leave", "gave Google until Friday to respond". A span given with
// nothing to do in it ("gave the team two days off") demands nothing.
func deadlineArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !deadlineVerbs[ds.lemma(v)] || ds.hasChild(v, "nsubj:pass") {
		return depArgs{}, false
	}
	span := deadlineSpan(ds, v)
	if span < 0 || !toClauseOn(ds, v, span) {
		return depArgs{}, false
	}
	var dst []int
	for _, o := range ds.children(v, "iobj", "obj") {
		if o != span {
			dst = append(dst, ds.withConjuncts(o)...)
		}
	}
	subj := authorOf(ds, verbSubject(ds, v))
	if subj < 0 || len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(subj), dst: dst, class: graph.Request}, true
}

// deadlineVerbs give a span of time to act in.
var deadlineVerbs = set("give", "grant")

// timeSpanNouns are spans a deadline is counted in.
var timeSpanNouns = set("minute", "hour", "day", "week", "month", "year", "deadline")

// deadlineSpan returns verb v's span of time: an object or bare oblique
// whose noun counts time ("one week", "48 hours", "a deadline"), or a
// phrase after "until" ("until Friday"); -1 when none.
func deadlineSpan(ds *depSent, v int) int {
	for _, c := range ds.children(v, "obj", "obl") {
		if ds.caseOf(c) == "until" {
			return c
		}
		if ds.caseOf(c) == "" && (timeSpanNouns[ds.lemma(c)] || timeSpanNouns[ds.form(c)]) {
			return c
		}
	}
	return -1
}

// toClauseOn reports whether a "to" clause of what must be done hangs
// on verb v or on its span of time ("one week to restore", "48 hours to
// leave").
func toClauseOn(ds *depSent, v, span int) bool {
	for _, h := range []int{v, span} {
		for _, c := range ds.children(h, "advcl", "xcomp", "acl") {
			if c > span && ds.hasMark(c, "to") {
				return true
			}
		}
	}
	return false
}
