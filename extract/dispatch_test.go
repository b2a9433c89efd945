package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDispatchAid (lexicon/material.tsv, dispatch): dispatching relief
// workers or goods to a country is material help as sending them is,
// with negated and planned twins; investigators dispatched are none.
func TestDispatchAid(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"dispatched a rescue team", "Japan dispatched a rescue team to Nepal on Sunday.", "Japan AID Nepal", graph.Asserted, ""},
		{"dispatched doctors and tents", "Turkey dispatched doctors and tents to Syria.", "Turkey AID Syria", graph.Asserted, ""},
		{"negated twin", "Japan did not dispatch a rescue team to Nepal.", "Japan AID Nepal", graph.Negated, ""},
		{"planned twin, not read from the parse", "Japan will dispatch a rescue team to Nepal next week.", "", "", "Japan AID Nepal"},
		{"investigators are no aid", "Japan dispatched investigators to Nepal.", "", "", "Japan AID Nepal"},
	})
}
