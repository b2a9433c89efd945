package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFisheryCompanyHeads (companyHeads, orgHeads "fishery",
// "fisheries", "seafood"): a fishing company's name is an organisation,
// which "the company" then refers to; a ministry of fisheries keeps its
// own head.
func TestFisheryCompanyHeads(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a fishery company asked its government",
			"The owner, Ningbo Ocean Fishery, denied fishing illegally. The company said it had asked the Chinese government for help.",
			map[string]graph.Modality{"Ningbo Ocean Fishery REQUEST China": graph.Asserted}, nil, nil},
	})
	names := actorNames(t, "Fiji's Ministry of Fisheries said on Monday that Pacific Seafood had no licence.")
	for _, w := range []string{"Pacific Seafood (organization)"} {
		found := false
		for _, n := range names {
			found = found || n == w
		}
		if !found {
			t.Errorf("actors %v, want %s", names, w)
		}
	}
	if hasActor(names, "Fisheries") {
		t.Errorf("actors %v: no actor Fisheries", names)
	}
}
