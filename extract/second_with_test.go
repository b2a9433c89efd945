package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSecondWith: a second "with" partner after "and", the parser
// hanging both on the verb's object, is the verb's partner too
// (objectPartners), with a planned twin read by the surface.
func TestSecondWith(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"coordinated its plan with A and with B", "Kenya's energy minister said Nairobi had coordinated its plan with Kampala and with the African Development Bank.",
			"Kenya COOPERATE African Development Bank", graph.Asserted, ""},
		{"discussed the matter with A and with B", "Portugal discussed the dispute with Spain and with the European Commission on Friday.",
			"Portugal CONSULT European Commission", graph.Asserted, ""},
		{"with on a place is no partner", "Portugal discussed the dispute in Madrid with Spain.",
			"Portugal CONSULT Spain", graph.Asserted, "Portugal CONSULT Madrid"},
	})
}
