package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFundedObjects (material rule "funded in a place", fundedObjects,
// fundedOwner): paying for a list of works "in X" or for X's own
// patrols is AID of X; a list with no country, or a company's own
// works, gives none.
func TestFundedObjects(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a list of works in a country",
			"Tonga closed its port on Monday. Japan has financed roads, a hospital and the new airport terminal in Tonga.",
			map[string]graph.Modality{"Japan AID Tonga": graph.Asserted}, nil, nil},
		{"a country's own patrols",
			"Tuvalu seized a trawler on Monday. Australia funds most of Tuvalu's maritime patrols.",
			map[string]graph.Modality{"Australia AID Tuvalu": graph.Asserted}, nil, nil},
		{"its own patrols",
			"Tuvalu seized a trawler on Monday. Australia funds most of its own maritime patrols.",
			nil, []string{"Australia AID Tuvalu"}, nil},
	})
}
