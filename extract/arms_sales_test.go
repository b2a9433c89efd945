package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestArmsSales (rule "arms sale to a buyer", armsSaleArgs): a sale or
// export of arms (lexicon/arms_goods.txt) is AID from the seller to the
// buyer, read from the verb ("sold", "exported"), the noun with its
// owner, its "by" agent or the subject of a verb approving it, with
// negated and planned twins; a sale of anything else is trade and none.
func TestArmsSales(t *testing.T) {
	runModalCases(t, []modalCase{
		{"approved the sale of missiles to",
			"Canberra protested on Friday, a week after Paris approved the sale of $900 million of cruise missiles and radar systems to Indonesia.",
			map[string]graph.Modality{"France AID Indonesia": graph.Asserted}, nil, nil},
		{"approved the sale of tanks to",
			"Germany approved the sale of 40 Leopard tanks to Poland on Monday.",
			map[string]graph.Modality{"Germany AID Poland": graph.Asserted}, nil, nil},
		{"possessor's arms sales to",
			"Sweden's arms sales to Thailand rose by a third last year.",
			map[string]graph.Modality{"Sweden AID Thailand": graph.Asserted}, nil, nil},
		{"sold weapons to",
			"Serbia sold rifles and ammunition to Ukraine through intermediaries, the report said.",
			map[string]graph.Modality{"Serbia AID Ukraine": graph.Asserted}, nil, nil},
		{"exported frigates to",
			"Italy exported two frigates to Egypt in 2021.",
			map[string]graph.Modality{"Italy AID Egypt": graph.Asserted}, nil, nil},
		{"negated twin",
			"Switzerland did not sell ammunition to Qatar.",
			map[string]graph.Modality{"Switzerland AID Qatar": graph.Negated}, nil, nil},
		{"planned twin is not asserted",
			"Brazil agreed to sell 12 fighter jets to Argentina.",
			nil, nil, []string{"Brazil AID Argentina"}},
		{"a sale of buildings is trade",
			"Norway sold two office buildings to Denmark last year.",
			nil, []string{"Norway AID Denmark"}, nil},
		{"a sale of airliners is trade",
			"Canada approved the sale of 30 passenger jets to Chile.",
			nil, []string{"Canada AID Chile"}, nil},
	})
}
