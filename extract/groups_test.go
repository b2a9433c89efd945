package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSeparateGroups (separateGroups, rule noun of members): the plural
// of a collective noun after which several origins are coordinated is
// several groups, each from its own side, and no cooperation; a single
// team, joint teams and a group of people from several sides are.
func TestSeparateGroups(t *testing.T) {
	runModalCases(t, []modalCase{
		{"rescue teams from two countries",
			"Rescue teams from India and China reached the villages on Thursday. India praised China.",
			nil, []string{"India COOPERATE China"}, nil},
		{"medical teams from two organisations",
			"Medical teams from the Red Cross and Oxfam arrived on Monday.",
			nil, []string{"Red Cross COOPERATE Oxfam"}, nil},
		{"one team from two institutions",
			"A research team from Harvard University and Stanford University studied rice.",
			map[string]graph.Modality{"Harvard University COOPERATE Stanford University": graph.Asserted}, nil, nil},
		{"joint teams",
			"Joint teams from Harvard University and Stanford University studied rice.",
			map[string]graph.Modality{"Harvard University COOPERATE Stanford University": graph.Asserted}, nil, nil},
	})
}
