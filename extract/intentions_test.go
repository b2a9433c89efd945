package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestIntentionNouns: the owner of a noun of intention, decision or
// refusal does what the infinitive after it names, with the noun's
// modality (intentionNounAgent, lexicon/intention_nouns.txt and the
// control cues of modality.tsv); with no owner no one does.
func TestIntentionNouns(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a move is the act", "Lithuania welcomed Poland's move to sanction Belarus.",
			"Poland SANCTION Belarus", graph.Asserted, ""},
		{"a decision announces it", "The Chilean Transport Ministry's decision to reject the Valparaiso Port Authority surprised local officials.",
			"Chilean Transport Ministry REJECT Valparaiso Port Authority", graph.Planned, ""},
		{"a plan announces it", "Analysts questioned Kenya's plan to sue Uganda over the disputed island.",
			"Kenya ACCUSE Uganda", graph.Planned, ""},
		{"a threat is a threat", "Observers played down Serbia's threat to sanction Montenegro.",
			"Serbia THREATEN Montenegro", graph.Asserted, "Serbia SANCTION Montenegro"},
		{"a decision by an agent", "The decision by Argentina to sanction Bolivia surprised diplomats in Lima.",
			"Argentina SANCTION Bolivia", graph.Planned, ""},
		{"a refusal denies it", "Diplomats in Brussels noted Hungary's refusal to condemn Russia.",
			"Hungary ACCUSE Russia", graph.Negated, ""},
	})
}
