package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPurchaseAgreed (rule purchase agreed: purchaseAgreedArgs,
// stakeOwners): a purchase or merger agreed is an agreement between
// buyer and bought, also when descriptions stand before the name.
func TestPurchaseAgreed(t *testing.T) {
	runModalCases(t, []modalCase{
		{"descriptions before the bought company",
			"Dunmore Chemicals agreed on Monday to buy smaller German rival Solmira Networks for 14 billion euros.",
			map[string]graph.Modality{"Dunmore Chemicals AGREE Solmira Networks": graph.Asserted}, nil, nil},
		{"merge with a rival",
			"Halvorsen Energy agreed to merge with rival Tallis Power.",
			map[string]graph.Modality{"Halvorsen Energy AGREE Tallis Power": graph.Asserted}, nil, nil},
		{"a stake in a company",
			"Dunmore Chemicals agreed to acquire a stake in Solmira Networks.",
			map[string]graph.Modality{"Dunmore Chemicals AGREE Solmira Networks": graph.Asserted}, nil, nil},
		{"a unit of a company",
			"Dunmore Chemicals agreed to buy the coatings unit of Solmira Networks.",
			map[string]graph.Modality{"Dunmore Chemicals AGREE Solmira Networks": graph.Asserted}, nil, nil},
		{"negated twin",
			"Dunmore Chemicals did not agree to buy rival Solmira Networks.",
			nil, nil, []string{"Dunmore Chemicals AGREE Solmira Networks"}},
		{"future twin",
			"Dunmore Chemicals will agree to buy rival Solmira Networks.",
			nil, nil, []string{"Dunmore Chemicals AGREE Solmira Networks"}},
	})
}
