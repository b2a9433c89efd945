package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMembersDescription (description:organisation, membersDescription):
// "the insurers' association" and "the pilots' union" refer back to the
// association or union named before; "the workers' demands" names no
// body.
func TestMembersDescription(t *testing.T) {
	runModalCases(t, []modalCase{
		{"the insurers' association rejected",
			"Norvik Pharma accused the Association of Regional Health Insurance Funds of delaying payments. The insurers' association rejected the accusation.",
			map[string]graph.Modality{"Association of Regional Health Insurance Funds REJECT Norvik Pharma": graph.Asserted}, nil, nil},
		{"asked the pilots' union",
			"The Andean Pilots Union began a strike on Monday. Labour Minister Rosa Vidal asked the pilots' union to return to talks.",
			map[string]graph.Modality{"Rosa Vidal REQUEST Andean Pilots Union": graph.Asserted}, nil, nil},
	})
}
