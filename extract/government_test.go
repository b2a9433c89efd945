package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGovernmentAtDateline (description:government): with several
// countries named and none with its own "government", "the government"
// of a story filed from a capital is the dateline's country; without a
// dateline it stays unresolved.
func TestGovernmentAtDateline(t *testing.T) {
	const lead = "LIMA, March 4 (Wire) - Shining Path rebels freed two Bolivian engineers near the border with Bolivia on Tuesday, Peru's army said. "
	runModalCases(t, []modalCase{
		{"a demand on the government",
			lead + "Shining Path demanded that the government release 40 prisoners.",
			map[string]graph.Modality{"Shining Path REQUEST Peru": graph.Asserted},
			[]string{"Shining Path REQUEST Bolivia"}, nil},
		{"criticism of the government",
			lead + "Senator Ana Ruiz criticised the government for negotiating with the rebels.",
			map[string]graph.Modality{"Ana Ruiz ACCUSE Peru": graph.Asserted},
			[]string{"Ana Ruiz ACCUSE Bolivia"}, nil},
		{"no dateline: nobody",
			"Shining Path rebels freed two Bolivian engineers near the border with Bolivia on Tuesday, Peru's army said. Shining Path demanded that the government release 40 prisoners.",
			nil, []string{"Shining Path REQUEST Peru", "Shining Path REQUEST Bolivia"}, nil},
		{"a country's own government first",
			lead + "The Bolivian government protested. Senator Ana Ruiz criticised the government for its silence.",
			map[string]graph.Modality{"Ana Ruiz ACCUSE Bolivia": graph.Asserted},
			[]string{"Ana Ruiz ACCUSE Peru"}, nil},
		{"negated twin",
			lead + "Shining Path did not demand that the government release the prisoners.",
			nil, nil, []string{"Shining Path REQUEST Peru"}},
		{"future twin",
			lead + "Shining Path will demand that the government release 40 prisoners.",
			nil, nil, []string{"Shining Path REQUEST Peru"}},
	})
}
