package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSidesOutsideWithRoles: the country or body of the one who urges
// "both sides" is no side either (sidesOutsideWithRoles): the pair
// before it that holds that country or body is passed over for the one
// before.
func TestSidesOutsideWithRoles(t *testing.T) {
	const fight = "The Sudanese army attacked the Rapid Support Forces near El Fasher on Sunday.\n\n"
	runTriggerCases(t, []triggerCase{
		{"a minister's country is no side", fight + "Norway hosted Sudan's foreign minister, Ali Osman, in Oslo on Monday.\n\nNorwegian Foreign Minister Eva Lund urged both parties to stop the fighting.",
			"Eva Lund REQUEST Sudan", graph.Asserted, "Eva Lund REQUEST Norway"},
		{"an envoy's body is no side", fight + "The United Nations met Sudan's foreign minister, Ali Osman, in Geneva on Monday.\n\nU.N. envoy Karl Berg urged both sides to stop the fighting.",
			"Karl Berg REQUEST Sudan", graph.Asserted, "Karl Berg REQUEST United Nations"},
		{"planned twin", fight + "Norway hosted Sudan's foreign minister, Ali Osman, in Oslo on Monday.\n\nNorwegian Foreign Minister Eva Lund will urge both parties to stop the fighting.",
			"Eva Lund REQUEST Sudan", graph.Planned, "Eva Lund REQUEST Norway"},
		{"no role: the last pair stands", fight + "Norway hosted Sudan's foreign minister, Ali Osman, in Oslo on Monday.\n\nSweden urged both parties to stop the fighting.",
			"", "", "Sweden REQUEST Sweden"},
	})
}
