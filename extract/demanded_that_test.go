package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDemandedThatSubject: "he"/"she" after "demanded that" is asked
// to act by the subject, so it is the last other person of its gender
// named before it (resolveDemandedSubject).
func TestDemandedThatSubject(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"accused and demanded that she", "Opposition leader Marta Ruiz accused Ana Kovac of lying and demanded that she resign.",
			"Marta Ruiz REQUEST Ana Kovac", graph.Asserted, ""},
		{"criticised and urged that he", "Senator Laura Diaz criticised Pedro Alvarez and urged that he appear before the committee.",
			"Laura Diaz REQUEST Pedro Alvarez", graph.Asserted, ""},
		{"negated twin", "Opposition leader Marta Ruiz accused Ana Kovac of lying but did not demand that she resign.",
			"", "", "Marta Ruiz REQUEST Ana Kovac"},
		{"no other person: none", "Opposition leader Marta Ruiz said she had demanded that she be heard.",
			"", "", "Marta Ruiz REQUEST Marta Ruiz"},
	})
}
