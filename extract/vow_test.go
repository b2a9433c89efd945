package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestVowedThreat (lexicon/interactions.tsv "vow", threatArgs): a vow to
// sue, attack or strike X is a threat to X; a vow to support X is none.
func TestVowedThreat(t *testing.T) {
	runModalCases(t, []modalCase{
		{"vowed to sue",
			"The Holm Group vowed to sue Dunmore Chemicals over the spill.",
			map[string]graph.Modality{"Holm Group THREATEN Dunmore Chemicals": graph.Asserted}, nil, nil},
		{"vows to sue, present",
			"The Holm Group vows to sue Dunmore Chemicals.",
			map[string]graph.Modality{"Holm Group THREATEN Dunmore Chemicals": graph.Asserted}, nil, nil},
		{"vowed to attack",
			"Russia vowed to attack Ukraine.",
			map[string]graph.Modality{"Russia THREATEN Ukraine": graph.Asserted}, nil, nil},
		{"vowed that it would attack",
			"Russia vowed that it would attack Ukraine.",
			map[string]graph.Modality{"Russia THREATEN Ukraine": graph.Asserted}, nil, nil},
		{"a vow of support is no threat",
			"Russia vowed to support Ukraine.",
			nil, []string{"Russia THREATEN Ukraine"}, nil},
		{"negated twin",
			"Russia did not vow to attack Ukraine.",
			nil, nil, []string{"Russia THREATEN Ukraine"}},
		{"future twin",
			"Russia will vow to attack Ukraine.",
			nil, nil, []string{"Russia THREATEN Ukraine"}},
	})
}
