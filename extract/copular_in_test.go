package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCopularInSubject: a consultation noun that is the predicate of a
// copula after "in" is its subject's ("A was in contact with B"),
// reported or not; negated and hypothetical keep their modality.
func TestCopularInSubject(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"was in contact with",
			"Spain was in contact with Morocco on Monday.",
			"Morocco CONSULT Spain", graph.Asserted, ""},
		{"reported: said it was in contact with, two partners",
			"Greece said it was in contact with Turkey and Bulgaria.",
			"Bulgaria CONSULT Greece", graph.Asserted, ""},
		{"negated",
			"Spain was not in contact with Morocco on Monday.",
			"Morocco CONSULT Spain", graph.Negated, ""},
		{"a place after in is no consultation",
			"Iran was in Paris with Italy on Monday.",
			"", "", "Iran CONSULT Italy"},
	})
}
