package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGappedPartners: a partner after "and" whose verb the text leaves
// out, hung by the parser on the first phrase of time, is the verb's
// partner too (gappedPartners), with negated and planned twins; a
// second day is no partner.
func TestGappedPartners(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"object on two days", "Chile met Peru on Monday and Bolivia on Friday.",
			"Chile CONSULT Bolivia", graph.Asserted, ""},
		{"light verb, second with", "Morocco held talks with Tunisia on Monday and with Algeria on Wednesday.",
			"Morocco CONSULT Algeria", graph.Asserted, ""},
		{"verb with with", "Slovenia's foreign minister spoke with Croatia on Tuesday and with Austria on Thursday.",
			"Slovenia CONSULT Austria", graph.Asserted, ""},
		{"sanction object", "Canada sanctioned Belarus on Monday and Iran on Thursday.",
			"Canada SANCTION Iran", graph.Asserted, ""},
		{"negated twin", "Chile did not meet Peru on Monday and Bolivia on Friday.",
			"Chile CONSULT Bolivia", graph.Negated, ""},
		{"two days, one partner", "Chile met Peru on Monday and Tuesday.",
			"Chile CONSULT Peru", graph.Asserted, "Chile CONSULT Tuesday"},
	})
}

// TestGappedSubjects: "A sent two planes to B and C one" is C's gift
// to B, not A's to C; "A met B and C D" is C meeting D
// (gappedSubjects, rule "parse: gapped subject").
func TestGappedSubjects(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"and C one: C gave", "Spain sent three firefighting planes to Portugal and France one, the European Commission said.",
			"France AID Portugal", graph.Asserted, "Spain AID France"},
		{"the first giver keeps its recipient", "Spain sent three firefighting planes to Portugal and France one, the European Commission said.",
			"Spain AID Portugal", graph.Asserted, ""},
		{"A met B and C D", "Sweden's foreign minister met her Finnish counterpart and Denmark's defence minister his Estonian counterpart.",
			"Denmark CONSULT Estonia", graph.Asserted, "Sweden CONSULT Denmark"},
		{"an amount of a thing is no gapping", "Germany gave Poland and Lithuania two patrol boats.",
			"", "", "Lithuania AID Poland"},
	})
}
