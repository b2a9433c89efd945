package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOverrideRejects: "override" rejects the owner of the decision it
// overrides (lexicon/interactions.tsv: override, its objects), as
// "overrule" and "veto" reject theirs; what is no decision gives none.
func TestOverrideRejects(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a court overrides a ministry's decision",
			"The Constitutional Court overrode the Health Ministry's decision on Monday.",
			"Constitutional Court REJECT Health Ministry", graph.Asserted, ""},
		{"negated",
			"The Constitutional Court did not override the Health Ministry's decision.",
			"Constitutional Court REJECT Health Ministry", graph.Negated, ""},
		{"overrule, another verb",
			"The Supreme Court overruled the Labour Ministry on Friday.",
			"Supreme Court REJECT Labour Ministry", graph.Asserted, ""},
		{"a machine overridden is no one rejected",
			"Engineers at Boeing overrode the autopilot of the Lufthansa jet.",
			"", "", "Boeing REJECT Lufthansa"},
	})
}
