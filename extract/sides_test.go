package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedSides: descriptions as relation ends. "Talks between the
// two sides" reads the description (rel.noun-between) as the last pair
// of sides, here those of an exchange of prisoners, not an older pair;
// "A and B exchanged fire" leaves its sides; "the cabinet", like "the
// government", is the country, also before a charge's "of" + -ing
// (ofGerund); a country's ministry facing another country is its
// country's side (ministryCountry). Two bodies that are only together a subject ("Egypt and
// Saudi Arabia welcomed the talks") are no pair of sides. Negated and
// planned twins.
func TestDescribedSides(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"newer pair of an exchange", "Armenia and Azerbaijan signed a truce on Monday. Peru and Chile exchanged prisoners in May. Talks between the two sides had broken down in March.",
			"Peru CONSULT Chile", graph.Asserted, ""},
		{"bystanders together are no sides", "Armenia and Azerbaijan held talks on Monday. Peru and Chile welcomed the talks. China urged both sides to sign a truce.",
			"China REQUEST Azerbaijan", graph.Asserted, "China REQUEST Peru"},
		{"sides of an exchange of fire", "Indian and Pakistani troops exchanged fire on Tuesday. China urged the two sides to show restraint.",
			"China REQUEST Pakistan", graph.Asserted, ""},
		{"a ministry facing a country is its country's side", "Armenian and Azerbaijani troops exchanged fire on Monday. The Armenian foreign ministry summoned Azerbaijan's ambassador. China urged the two sides to show restraint.",
			"China REQUEST Armenia", graph.Asserted, "China REQUEST Armenian Foreign Ministry"},
		{"the cabinet accused", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund accused the cabinet of hiding the report.",
			"Erik Lund ACCUSE Norway", graph.Asserted, ""},
		{"negated twin", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund did not criticise the cabinet.",
			"Erik Lund ACCUSE Norway", graph.Negated, ""},
		{"planned twin", "Peru and Chile exchanged prisoners in May. Brazil will meet the two sides in June.",
			"Brazil CONSULT Chile", graph.Planned, ""},
		{"a government of a named country is no description", "Sweden faced criticism. Erik Lund praised the government of Norway.",
			"", "", "Erik Lund SUPPORT Sweden"},
	})
}
