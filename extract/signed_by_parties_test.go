package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSignedByParties (rel.signed-by-parties): an agreement "signed by A
// and B" is AGREE between them; a letter or a petition signed by two
// bodies is no agreement between them, and one signer gives none.
func TestSignedByParties(t *testing.T) {
	runModalCases(t, []modalCase{
		{"an agreement signed by two bodies",
			"The strike ended in March with a wage agreement, signed by the Dockers Union and Portline Terminals in the presence of the mayor.",
			map[string]graph.Modality{"Dockers Union AGREE Portline Terminals": graph.Asserted}, nil, nil},
		{"a treaty signed by three countries",
			"The 1998 treaty, signed by Laos, Cambodia and Thailand, shares the river's water.",
			map[string]graph.Modality{"Laos AGREE Cambodia": graph.Asserted, "Cambodia AGREE Thailand": graph.Asserted}, nil, nil},
		{"a letter signed by two bodies",
			"A letter signed by the Dockers Union and Portline Terminals asked the mayor to act.",
			nil, []string{"Dockers Union AGREE Portline Terminals"}, nil},
	})
}
