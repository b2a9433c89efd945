package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSecondInteraction (parse: second interaction, secondInteraction):
// two sides a sentence relates by two words in two classes get both
// relations; one word is still read once, and a second interaction
// only announced or denied is no fact.
func TestSecondInteraction(t *testing.T) {
	runModalCases(t, []modalCase{
		{"urged, then in contact with",
			"The European Commission urged Portugal and Spain to end the dispute and said it was in contact with Lisbon and Madrid.",
			map[string]graph.Modality{
				"European Commission REQUEST Portugal": graph.Asserted, "European Commission REQUEST Spain": graph.Asserted,
				"European Commission CONSULT Portugal": graph.Asserted, "European Commission CONSULT Spain": graph.Asserted},
			nil, nil},
		{"sanctioned, then summoned the envoy",
			"Vietnam imposed sanctions on two Philippine shipping firms on Monday and summoned the Philippine ambassador.",
			map[string]graph.Modality{"Vietnam ACCUSE Philippines": graph.Asserted},
			nil, nil},
		{"the second only planned",
			"Kenya criticised Uganda's decision to close the border and said it would hold talks with Kampala next week.",
			map[string]graph.Modality{"Kenya CONSULT Uganda": graph.Planned},
			nil, []string{"Kenya CONSULT Uganda"}},
		{"the second denied",
			"Kenya criticised Uganda's decision to close the border but said it had not spoken with Kampala.",
			nil, nil, []string{"Kenya CONSULT Uganda"}},
	})
}
