package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAccusingParticiple (explicitBlame, verbTagOf in itObject, the
// dateline subject in controller): "…, accusing it of …" after a
// sanction of the same body is an accusation as well as the sanction;
// the participle's "it" is the body; a dateline before the subject does
// not make the city the accuser; a bare sanction accuses no one.
func TestAccusingParticiple(t *testing.T) {
	runModalCases(t, []modalCase{
		{"revoked a licence, accusing it of",
			"Zambia revoked the licence of Kafue Mining on Friday, accusing it of underpaying royalties.",
			map[string]graph.Modality{"Zambia SANCTION Kafue Mining": graph.Asserted, "Zambia ACCUSE Kafue Mining": graph.Asserted}, nil, nil},
		{"fined, accusing it of",
			"Peru fined Andes Mining on Monday, accusing it of polluting a river.",
			map[string]graph.Modality{"Peru SANCTION Andes Mining": graph.Asserted, "Peru ACCUSE Andes Mining": graph.Asserted}, nil, nil},
		{"after a dateline",
			"LUSAKA, June 4 (Wire) - Zambia revoked the permit of Kafue Mining on Friday, accusing it of polluting the river.",
			map[string]graph.Modality{"Zambia ACCUSE Kafue Mining": graph.Asserted}, nil, nil},
		{"a fine alone accuses no one",
			"Peru fined Andes Mining on Monday for late filings.",
			map[string]graph.Modality{"Peru SANCTION Andes Mining": graph.Asserted}, []string{"Peru ACCUSE Andes Mining"}, nil},
	})
}
