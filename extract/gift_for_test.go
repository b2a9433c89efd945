package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGiftFor (gift_for.go with the rules gift to a recipient and gift
// noun to a recipient; allocate, disburse, earmark in material.tsv):
// money or aid given "for" a named recipient is aid to it, as "to" is;
// money for a thing, and a "for" after other gifts, are none; a gift
// named by its qualifier ("artillery rounds") is that qualifier's.
func TestGiftFor(t *testing.T) {
	runModalCases(t, []modalCase{
		{"approved a loan for",
			"The International Monetary Fund approved a $1.2 billion loan for Egypt on Friday.",
			map[string]graph.Modality{"International Monetary Fund AID Egypt": graph.Asserted}, nil, nil},
		{"pledged money for",
			"Canada pledged $20 million for UNICEF after the floods.",
			map[string]graph.Modality{"Canada AID UNICEF": graph.Asserted}, nil, nil},
		{"allocated money to",
			"The European Union allocated 50 million euros to Moldova.",
			map[string]graph.Modality{"European Union AID Moldova": graph.Asserted}, nil, nil},
		{"disbursed a tranche to",
			"The World Bank disbursed a $300 million tranche to Zambia in March.",
			map[string]graph.Modality{"World Bank AID Zambia": graph.Asserted}, nil, nil},
		{"negated twin",
			"The International Monetary Fund did not approve a loan for Egypt.",
			nil, nil, []string{"International Monetary Fund AID Egypt"}},
		{"money for a thing",
			"Canada pledged $20 million for the new hospital in Lima, Peru said.",
			nil, []string{"Canada AID Peru"}, nil},
		{"qualified goods",
			"Estonia sent 10,000 artillery rounds to Ukraine last month.",
			map[string]graph.Modality{"Estonia AID Ukraine": graph.Asserted}, nil, nil},
	})
}

// TestJointDrills (parse: joint work with the nouns drill, exercise,
// patrol, investigation): drills, patrols and investigations held
// jointly are cooperation of their members, pairwise; drills held alone
// are none.
func TestJointDrills(t *testing.T) {
	runModalCases(t, []modalCase{
		{"held joint naval drills",
			"The United States and Japan held joint naval drills on Monday.",
			map[string]graph.Modality{"United States COOPERATE Japan": graph.Asserted}, nil, nil},
		{"joint patrols with",
			"Thailand began joint border patrols with Malaysia in May.",
			map[string]graph.Modality{"Thailand COOPERATE Malaysia": graph.Asserted}, nil, nil},
		{"a joint investigation by",
			"A joint investigation by Europol and Interpol found the network.",
			map[string]graph.Modality{"Europol COOPERATE Interpol": graph.Asserted}, nil, nil},
		{"drills alone are none",
			"China held naval drills near Taiwan on Monday.",
			nil, []string{"China COOPERATE Taiwan"}, nil},
	})
}
