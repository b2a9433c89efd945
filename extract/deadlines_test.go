package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDeadlineIsDemand: a span of time given to an actor to do
// something is a demand on it (deadlineArgs, rule "parse: deadline to
// act"), with a negated and a planned twin; a span with nothing to do
// in it, or things given, demand nothing.
func TestDeadlineIsDemand(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"gave X a span to", "Nigeria gave Mali one week to restore constitutional order.",
			"Nigeria REQUEST Mali", graph.Asserted, ""},
		{"gave X until a day to", "The European Commission gave Google until Friday to respond.",
			"European Commission REQUEST Google", graph.Asserted, ""},
		{"giving X hours to", "Turkey closed its airspace on Monday, giving Syria 24 hours to withdraw its troops.",
			"Turkey REQUEST Syria", graph.Asserted, ""},
		{"negated twin", "Russia did not give Ukraine 30 days to withdraw.",
			"Russia REQUEST Ukraine", graph.Negated, ""},
		{"planned twin, not read from the parse", "Russia will give Ukraine 30 days to withdraw.",
			"", "", "Russia REQUEST Ukraine"},
		{"things given are aid, no deadline", "Germany gave Poland 40 tanks to defend its border.",
			"Germany AID Poland", graph.Asserted, "Germany REQUEST Poland"},
		{"a span with nothing to do", "Brazil gave Chile two weeks of training in March.",
			"", "", "Brazil REQUEST Chile"},
	})
}

// TestPartnerOnTheTopic: "with" hung on what the work is on, in or over
// is the verb's partner (topicPartners).
func TestPartnerOnTheTopic(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"worked on the case with", "The European Commission worked on the case with Britain's Competition and Markets Authority.",
			"European Commission COOPERATE British Competition and Markets Authority", graph.Asserted, ""},
		{"cooperated in the inquiry with", "Kenya cooperated in the investigation with Uganda.",
			"Kenya COOPERATE Uganda", graph.Asserted, ""},
		{"negated twin", "Kenya did not cooperate in the investigation with Uganda.",
			"Kenya COOPERATE Uganda", graph.Negated, ""},
		{"planned twin, not read from the parse", "Kenya will cooperate in the investigation with Uganda.",
			"", "", "Kenya COOPERATE Uganda"},
		{"help from a third is no partner", "Kenya worked on the case with help from Uganda.",
			"", "", "Kenya COOPERATE Uganda"},
	})
}
