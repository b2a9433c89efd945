package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDismissedFromOffice (rel.dismissed-from-office): dismissing a
// person from office is no rejection; dismissing a person's claims, or
// a person as something, is.
func TestDismissedFromOffice(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a minister sacked",
			"Prime Minister Lena Varga dismissed Tomas Kiss on Friday after the raids.",
			nil, []string{"Lena Varga REJECT Tomas Kiss"}, nil},
		{"a person's claims dismissed",
			"Lena Varga dismissed Tomas Kiss's claims on Friday.",
			map[string]graph.Modality{"Lena Varga REJECT Tomas Kiss": graph.Asserted}, nil, nil},
		{"a person dismissed as something",
			"Lena Varga dismissed Tomas Kiss as a sore loser.",
			map[string]graph.Modality{"Lena Varga REJECT Tomas Kiss": graph.Asserted}, nil, nil},
		{"an organisation's proposal dismissed",
			"The Harbour Union dismissed the proposal of the Port Authority on Monday.",
			map[string]graph.Modality{"Harbour Union REJECT Port Authority": graph.Asserted}, nil, nil},
	})
}
