package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestInteractionWords: lexicon entries of relations.go, each with an
// invented sentence that gives the edge and one of the same words that
// must not.
func TestInteractionWords(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"contacts between", "The deal followed weeks of contacts between Chile and Peru in Lima.",
			"Chile CONSULT Peru", graph.Asserted, ""},
		{"contacts between people, no actors", "There were few contacts between farmers and traders in the region.",
			"", "", "farmers CONSULT traders"},
		{"spoken to, from the parse", "Health Minister Omar Saeed said he had spoken to Nadia Memon on Monday.",
			"Omar Saeed CONSULT Nadia Memon", graph.Asserted, ""},
		{"spoken to, negated", "Health Minister Omar Saeed said he had not spoken to Nadia Memon since May.",
			"Omar Saeed CONSULT Nadia Memon", graph.Negated, ""},
		{"spoken to people who are no actors", "Health Minister Omar Saeed has spoken to nurses in three hospitals.",
			"", "", "Omar Saeed CONSULT nurses"},
		{"invested a sum in a company", "Vantor Capital said it had invested $90 million in Meridian Mining since 2022.",
			"Vantor Capital AID Meridian Mining", graph.Asserted, ""},
		{"invested a sum, planned", "Vantor Capital said it would invest $90 million in Meridian Mining next year.",
			"Vantor Capital AID Meridian Mining", graph.Planned, ""},
		{"invested time, no sum", "Vantor Capital has invested years of work in Meridian Mining.",
			"", "", "Vantor Capital AID Meridian Mining"},
	})
}
