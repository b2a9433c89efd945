package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMissionProxy (proxyNouns "mission", "observers", "monitors"): a
// body's mission or observers act for it, as its officials do.
func TestMissionProxy(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a body's mission urged",
			"Ghana opened talks with its creditors. The IMF's mission urged Ghana to raise taxes.",
			map[string]graph.Modality{"International Monetary Fund REQUEST Ghana": graph.Asserted}, nil, nil},
		{"a body's observers",
			"Zambia held its vote on Thursday. The African Union's observers urged Zambia to publish every tally.",
			map[string]graph.Modality{"African Union REQUEST Zambia": graph.Asserted}, nil, nil},
	})
}
