package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOriginDescription (description:organisation, originDescription):
// "the Oslo-based company" and "the state-owned airline" refer back to
// the organisation named before, as "the company" does; an origin word
// before a name ("Oslo-based Kestrel Bank") is no description.
func TestOriginDescription(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a city-based company",
			"Norwegian drugmaker Fjordlab Pharma raised its prices on Monday. The Oslo-based company accused Kestrel Insurance of delaying payments.",
			map[string]graph.Modality{"Fjordlab Pharma ACCUSE Kestrel Insurance": graph.Asserted}, nil, nil},
		{"a state-owned airline",
			"Andes Air cancelled its flights to Quito. The state-owned airline blamed Ecuador for the fuel shortage.",
			map[string]graph.Modality{"Andes Air ACCUSE Ecuador": graph.Asserted}, nil, nil},
		{"an origin word before a name",
			"Andes Air cancelled its flights to Quito. Oslo-based Kestrel Bank blamed Ecuador for the delay.",
			map[string]graph.Modality{"Kestrel Bank ACCUSE Ecuador": graph.Asserted}, []string{"Andes Air ACCUSE Ecuador"}, nil},
	})
}
