package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAnsweredClaimAbout (answeredClaimAbout): "Y rejected the
// accusation" with no accusation read before it answers the last
// statement, unless that statement spoke of its speaker's own side
// without naming Y or alleging. Negated and planned twins.
func TestAnsweredClaimAbout(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a statement about the answerer", "Lena Vogt said Marek Novak had hidden the money. Marek Novak rejected the accusation.",
			"Marek Novak REJECT Lena Vogt", graph.Asserted, ""},
		{"a company named in the statement", "Ines Duarte said Porto Cement had polluted the river. Porto Cement rejected the claim on Friday.",
			"Porto Cement REJECT Ines Duarte", graph.Asserted, ""},
		{"a statement about a third party",
			"Ana Lind accused the port operators of lying. \"The employers have offered nothing,\" Ana Lind said. The Harbour Employers Federation rejected the accusation.",
			"Harbour Employers Federation REJECT Ana Lind", graph.Asserted, ""},
		{"an allegation", "Lena Vogt claims the ministers took bribes. Marek Novak rejected the accusation.",
			"Marek Novak REJECT Lena Vogt", graph.Asserted, ""},
		{"negated twin", "Lena Vogt said Marek Novak had hidden the money. Marek Novak did not reject the accusation.",
			"Marek Novak REJECT Lena Vogt", graph.Negated, ""},
		{"planned twin, not read from the parse", "Lena Vogt said Marek Novak had hidden the money. Marek Novak will reject the accusation in court.",
			"", "", "Marek Novak REJECT Lena Vogt"},
		{"a statement about the speaker's own party", "Lena Vogt said her party was ready to govern. Marek Novak rejected the accusations against his ministers.",
			"", "", "Marek Novak REJECT Lena Vogt"},
		{"a plan, after accepting the result", "Lena Vogt said her party was ready to govern. Marek Novak said he accepted the result but rejected the accusations.",
			"", "", "Marek Novak REJECT Lena Vogt"},
	})
}
