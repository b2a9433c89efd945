package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNominalRequests: an appeal to someone is a request of its owner
// or of the light verb's subject (lexicon/interactions.tsv: appeal), as
// a plea is; "a call on X" is left out, as the news writes it of a call
// about X as often as of a demand to X.
func TestNominalRequests(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"possessor's appeal to",
			"Kenya's appeal to Uganda for calm went unanswered.",
			"Kenya REQUEST Uganda", graph.Asserted, ""},
		{"light verb: made an appeal to",
			"Tanzania made an appeal to Rwanda for help on Monday.",
			"Tanzania REQUEST Rwanda", graph.Asserted, ""},
		{"another noun of asking: a plea to",
			"Chile's plea to Bolivia for restraint was ignored.",
			"Chile REQUEST Bolivia", graph.Asserted, ""},
		{"an appeal owned by no actor asks nothing",
			"The plan's appeal to Bolivia was limited, Chile said.",
			"", "", "Chile REQUEST Bolivia"},
		{"no appeal made",
			"Tanzania did not make an appeal to Rwanda.",
			"Tanzania REQUEST Rwanda", graph.Negated, ""},
	})
}
