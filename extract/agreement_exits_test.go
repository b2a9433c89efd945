package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAgreementExitIsNoAgreement (rel.agreement-exit,
// lexicon/agreement_exits.txt): an agreement the subject withdraws
// from, pulls out of, quits or scraps, done or only possible, is no
// AGREE with the partner; signing, reaching or keeping one still is.
func TestAgreementExitIsNoAgreement(t *testing.T) {
	runModalCases(t, []modalCase{
		{"might withdraw from an agreement with Y",
			"Bolivia might withdraw from a water agreement with Chile.",
			nil, []string{"Bolivia AGREE Chile"}, nil},
		{"might withdraw from a dated treaty, reported",
			"Honduras might withdraw from a 2011 border treaty with Nicaragua, the minister said.",
			nil, []string{"Honduras AGREE Nicaragua"}, nil},
		{"threatened to pull out of a pact with Y",
			"Paraguay threatened to pull out of its energy pact with Brazil.",
			nil, []string{"Paraguay AGREE Brazil"}, nil},
		{"withdrew from an agreement with Y",
			"Mali withdrew from a defence agreement with France on Monday.",
			nil, []string{"Mali AGREE France"}, nil},
		{"could scrap its agreement with Y: ending, not leaving, never asserted",
			"Ghana could scrap its defence agreement with Togo.",
			nil, nil, []string{"Ghana AGREE Togo"}},
		{"might scrap a dated treaty, reported: never asserted",
			"Honduras might scrap a 2011 border treaty with Nicaragua, the minister said.",
			nil, nil, []string{"Honduras AGREE Nicaragua"}},
		{"threatened to tear up a pact: never asserted",
			"Paraguay threatened to tear up its energy pact with Brazil.",
			nil, nil, []string{"Paraguay AGREE Brazil"}},
		{"may quit the accord with Y",
			"Peru may quit the fisheries accord with Ecuador.",
			nil, []string{"Peru AGREE Ecuador"}, nil},
		{"signed an agreement with Y",
			"Bolivia signed a water agreement with Chile on Monday.",
			map[string]graph.Modality{"Bolivia AGREE Chile": graph.Asserted}, nil, nil},
		{"reached a deal with Y",
			"Kenya reached a trade deal with Uganda after two days of talks.",
			map[string]graph.Modality{"Kenya AGREE Uganda": graph.Asserted}, nil, nil},
	})
}
