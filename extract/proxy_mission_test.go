package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMissionAndCalledOn (proxyNouns "mission", "observers", "monitors";
// lexicon/interactions.tsv "call … obl:on"): a body's mission or
// observers act for it, and "called on X to …" read from the parse is a
// REQUEST of X, also when its subject is a body's envoy; "called on
// Monday" names no one.
func TestMissionAndCalledOn(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a body's mission urged",
			"Ghana opened talks with its creditors. The IMF's mission urged Ghana to raise taxes.",
			map[string]graph.Modality{"International Monetary Fund REQUEST Ghana": graph.Asserted}, nil, nil},
		{"an envoy called on a body",
			"The Zambian Electoral Commission announced the count on Friday. Britain's envoy called on the commission to publish every tally.",
			map[string]graph.Modality{"United Kingdom REQUEST Zambian Electoral Commission": graph.Asserted}, nil, nil},
		{"called on a day",
			"Zambia held its vote on Thursday. Britain called on Monday for calm.",
			nil, []string{"United Kingdom REQUEST Zambia"}, nil},
	})
}
