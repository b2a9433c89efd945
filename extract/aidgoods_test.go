package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAidGoodsSent (rule gift to a recipient with lexicon/aid_goods.txt:
// thingFits, reliefTeam, carriedGoods, splitCompound): relief goods and
// relief workers sent, shipped or delivered to someone are AID; a
// letter, an envoy or an unqualified team are not.
func TestAidGoodsSent(t *testing.T) {
	runModalCases(t, []modalCase{
		{"goods in a list",
			"Germany sent tents, blankets and medicine to Turkey on Friday.",
			map[string]graph.Modality{"Germany AID Turkey": graph.Asserted}, nil, nil},
		{"a measure of goods",
			"Japan shipped 20 tonnes of rice to Haiti.",
			map[string]graph.Modality{"Japan AID Haiti": graph.Asserted}, nil, nil},
		{"a relief team",
			"Brazil sent a search-and-rescue team to Chile.",
			map[string]graph.Modality{"Brazil AID Chile": graph.Asserted}, nil, nil},
		{"relief workers",
			"Cuba sent 300 doctors to Angola last year.",
			map[string]graph.Modality{"Cuba AID Angola": graph.Asserted}, nil, nil},
		{"vehicles carrying goods",
			"Egypt sent trucks loaded with food and medicine to Sudan.",
			map[string]graph.Modality{"Egypt AID Sudan": graph.Asserted}, nil, nil},
		{"aircraft carrying goods, the compound split",
			"Spain sent two air force cargo planes carrying blankets to Morocco.",
			map[string]graph.Modality{"Spain AID Morocco": graph.Asserted}, nil, nil},
		{"passive with its agent",
			"Tents were shipped to Peru by Chile.",
			map[string]graph.Modality{"Chile AID Peru": graph.Asserted}, nil, nil},
		{"a team of investigators is no aid",
			"France sent a team of investigators to Italy.",
			nil, []string{"France AID Italy"}, nil},
		{"a letter is no aid",
			"France sent a letter to Italy.",
			nil, []string{"France AID Italy"}, nil},
		{"negated twin",
			"Germany did not send tents or blankets to Turkey.",
			nil, nil, []string{"Germany AID Turkey"}},
		{"future twin",
			"Germany will send tents and blankets to Turkey next week.",
			nil, nil, []string{"Germany AID Turkey"}},
	})
}
