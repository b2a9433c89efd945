package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedLicenceHolder (parse: sanction on a proxy,
// describedHolderName): a licence, permit or concession whose holder is
// described before it is named ("of Australian gold producer X", "of
// its Indian manufacturer, X") is a SANCTION of the name, never of the
// nationality; a licence whose described holder has no name gives
// none, and a revocation only threatened or denied is no fact.
func TestDescribedLicenceHolder(t *testing.T) {
	runModalCases(t, []modalCase{
		{"nationality and trade before the name",
			"Tanzania revoked the mining licence of Canadian nickel miner Rukwa Metals on Tuesday.",
			map[string]graph.Modality{"Tanzania SANCTION Rukwa Metals": graph.Asserted},
			[]string{"Tanzania SANCTION Canada"}, nil},
		{"possessed description and the name after a comma",
			"Bolivia suspended the import licence of its Chilean supplier, Andes Farma, on Friday.",
			map[string]graph.Modality{"Bolivia SANCTION Andes Farma": graph.Asserted},
			[]string{"Bolivia SANCTION Chile"}, nil},
		{"a permit of a described operator",
			"Mongolia cancelled the drilling permit of Australian explorer Gobi Copper Holdings in March.",
			map[string]graph.Modality{"Mongolia SANCTION Gobi Copper Holdings": graph.Asserted},
			nil, nil},
		{"a described holder with no name",
			"Kenya revoked the licence of a foreign company in Mombasa.",
			nil, []string{"Kenya SANCTION Mombasa"}, nil},
		{"threatened, not done",
			"Zambia threatened to revoke the mining licence of Chinese copper producer Lufwa Mining.",
			nil, nil, []string{"Zambia SANCTION Lufwa Mining"}},
		{"denied",
			"Ghana did not revoke the licence of British gold miner Obuasi Crest, the ministry said.",
			nil, nil, []string{"Ghana SANCTION Obuasi Crest"}},
	})
}
