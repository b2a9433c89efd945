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
