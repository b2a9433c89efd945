package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEndingCues (lexicon/modality.tsv, noun cues scrap, terminate, tear
// up): a deal or partnership scrapped, terminated or torn up is
// no agreement or cooperation that holds; one signed or kept stays
// asserted.
func TestEndingCues(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"scrapped a deal", "Norway scrapped its deal with Chile on Monday.", "Norway AGREE Chile", graph.Negated, ""},
		{"terminated a partnership", "Norway terminated its partnership with Chile.", "Norway COOPERATE Chile", graph.Negated, ""},
		{"tore up a treaty", "Norway tore up its treaty with Chile.", "Norway AGREE Chile", graph.Negated, ""},
		{"a deal signed stays", "Norway signed a deal with Chile on Monday.", "Norway AGREE Chile", graph.Asserted, ""},
	})
}
