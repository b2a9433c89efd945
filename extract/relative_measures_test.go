package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMeasureInARelativeClause: a measure a relative clause says its
// subject imposed or placed on a target is that subject's sanction on
// it (relativeMeasure, namedRelativeSubject), with a negated and a
// planned twin.
func TestMeasureInARelativeClause(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a fine of an amount that X imposed on", "The German charity Sea Lifeline rescued 60 people. Sea Lifeline said it would sail again despite a fine of 10,000 euros that Italy imposed on the charity in June.",
			"Italy SANCTION Sea Lifeline", graph.Asserted, ""},
		{"the tariffs that X imposed on goods", "China criticised the tariffs that the United States imposed on Chinese steel.",
			"United States SANCTION China", graph.Asserted, ""},
		{"the sanctions X placed on", "Iran condemned the sanctions Washington placed on Venezuela.",
			"United States SANCTION Venezuela", graph.Asserted, ""},
		{"which X imposed on", "The fine, which Italy imposed on Spain in June, was upheld.",
			"Italy SANCTION Spain", graph.Asserted, ""},
		{"negated twin", "Greece criticised the fine that Italy did not impose on Malta.",
			"Italy SANCTION Malta", graph.Negated, ""},
		{"planned twin, not read from the parse", "Greece criticised the fine that Italy will impose on Malta.",
			"", "", "Italy SANCTION Malta"},
		{"the relative's noun is its subject", "Greece criticised the minister who imposed order on Malta.",
			"", "", "Greece SANCTION Malta"},
	})
}
