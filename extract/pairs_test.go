package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTheTwoAreTheLastTwoNamed: "the two", "the two leaders" are the
// last two persons named before them, in their sentence or the one
// before (lastTwoPersons), and open the clause after "and" or "but"
// (pairAfterAnd).
func TestTheTwoAreTheLastTwoNamed(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"and the two leaders agreed", "Senegalese President Ousmane Faye spoke with Nigerian President Bola Adeyemi by phone on Tuesday and the two leaders agreed to coordinate their response.",
			"Ousmane Faye AGREE Bola Adeyemi", graph.Asserted, ""},
		{"the two in the next sentence", "Senegalese President Ousmane Faye spoke with Nigerian President Bola Adeyemi on Monday. Health Minister Joseph Kalua met the WHO's envoy, Amara Diallo, on Tuesday. The two agreed on a vaccination campaign.",
			"Joseph Kalua AGREE Amara Diallo", graph.Asserted, "Ousmane Faye AGREE Bola Adeyemi"},
		{"a spokesman reporting is not one of the two", "Vladimir Putin met Xi Jinping in Moscow on Monday. Kremlin spokesman Dmitry Peskov said the two leaders agreed to expand trade.",
			"Vladimir Putin AGREE Xi Jinping", graph.Asserted, "Dmitry Peskov AGREE Xi Jinping"},
		{"negated twin", "Senegalese President Ousmane Faye spoke with Nigerian President Bola Adeyemi on Tuesday and the two leaders never agreed on a date.",
			"Ousmane Faye AGREE Bola Adeyemi", graph.Negated, ""},
	})
}
