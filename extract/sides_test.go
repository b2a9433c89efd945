package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedSides: descriptions as relation ends. Two bodies that
// are together a sentence's subject are the last pair of sides, whatever
// their verb (rememberSubjectSides), so "the two sides" after them is
// that pair and not an older one; "talks between the two sides" reads
// the description (rel.noun-between); "A and B exchanged fire" leaves
// its sides; "the cabinet", like "the government", is the country, also
// before a charge's "of" + -ing (ofGerund). Negated and planned twins.
func TestDescribedSides(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"newer pair of subjects", "Armenia and Azerbaijan signed a truce on Monday. Peru and Chile ended a long dispute in May. Talks between the two sides had broken down in March.",
			"Peru CONSULT Chile", graph.Asserted, "Armenia CONSULT Azerbaijan"},
		{"sides of an exchange of fire", "Indian and Pakistani troops exchanged fire on Tuesday. China urged the two sides to show restraint.",
			"China REQUEST Pakistan", graph.Asserted, ""},
		{"the cabinet accused", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund accused the cabinet of hiding the report.",
			"Erik Lund ACCUSE Norway", graph.Asserted, ""},
		{"negated twin", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund did not criticise the cabinet.",
			"Erik Lund ACCUSE Norway", graph.Negated, ""},
		{"planned twin", "Peru and Chile ended a long dispute in May. Brazil will meet the two sides in June.",
			"Brazil CONSULT Chile", graph.Planned, ""},
		{"a government of a named country is no description", "Sweden faced criticism. Erik Lund praised the government of Norway.",
			"", "", "Erik Lund SUPPORT Sweden"},
	})
}
