package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCommaParticipleModality (commaParticiple in clauseModality): an
// accusation in a participle clause after a verb of suspension,
// rejection or refusal is asserted, not undone with that verb; an
// infinitive after such a verb stays undone.
func TestCommaParticipleModality(t *testing.T) {
	runModalCases(t, []modalCase{
		{"suspended, accusing it of",
			"Zambia suspended the permit of Kafue Mining on Friday, accusing it of polluting the river.",
			map[string]graph.Modality{"Zambia SANCTION Kafue Mining": graph.Asserted, "Zambia ACCUSE Kafue Mining": graph.Asserted}, nil, nil},
		{"rejected, accusing it of",
			"The Tanzanian Football Federation rejected the appeal of Simba United, accusing it of forging documents.",
			map[string]graph.Modality{"Tanzanian Football Federation ACCUSE Simba United": graph.Asserted}, nil, nil},
		{"refused, accusing it of",
			"Kenya refused the extradition request of Uganda, accusing it of persecuting journalists.",
			map[string]graph.Modality{"Kenya ACCUSE Uganda": graph.Asserted}, nil, nil},
		{"an infinitive stays undone",
			"Hungary refused to meet Austria on Monday.",
			map[string]graph.Modality{"Hungary CONSULT Austria": graph.Negated}, nil, nil},
	})
}
