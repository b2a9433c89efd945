package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestClosedRelative (closedRelative): a verb after a relative clause
// set off by commas and a second verb's object is the main subject's
// ("X, who leads the opposition, joined the protesters and accused Y"),
// not the object's; negated and planned twins.
func TestClosedRelative(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a closed relative clause", "Ana Lind, who leads the opposition, joined the protesters and accused Norway of lying.",
			"Ana Lind ACCUSE Norway", graph.Asserted, ""},
		{"a company named in the relative clause", "Ana Lind, who advises Brakvia Foods, met Velmar Motors and criticised Peru.",
			"Ana Lind ACCUSE Peru", graph.Asserted, ""},
		{"negated twin", "Ana Lind, who leads the opposition, joined the protesters but did not accuse Norway of lying.",
			"Ana Lind ACCUSE Norway", graph.Negated, ""},
		{"planned twin", "Ana Lind, who advises Brakvia Foods, met Velmar Motors and will criticise Peru.",
			"", "", "Velmar Motors ACCUSE Peru"},
	})
}
