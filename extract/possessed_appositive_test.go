package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPossessedAppositiveSubject (possessedAppositiveSubject): "Her
// union, X, thanked Y" and "His lawyer, X, criticised Y" are X's acts,
// not the possessor's; negated and planned twins.
func TestPossessedAppositiveSubject(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"an organisation in apposition", "Ana Lind won the race. Her union, Velo Guild, thanked Norway.",
			"Velo Guild SUPPORT Norway", graph.Asserted, ""},
		{"a person in apposition", "Ana Lind won the race. Her lawyer, Piotr Nowak, criticised Norway.",
			"Piotr Nowak ACCUSE Norway", graph.Asserted, ""},
		{"not the possessor", "Ana Lind won the race. Her lawyer, Piotr Nowak, criticised Norway.",
			"", "", "Ana Lind ACCUSE Norway"},
		{"negated twin", "Ana Lind won the race. Her lawyer, Piotr Nowak, did not criticise Norway.",
			"Piotr Nowak ACCUSE Norway", graph.Negated, ""},
		{"planned twin", "Ana Lind won the race. Her lawyer, Piotr Nowak, will criticise Norway in court.",
			"", "", "Ana Lind ACCUSE Norway"},
	})
}
