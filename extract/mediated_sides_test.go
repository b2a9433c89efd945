package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestUnnamedMediatedSides: "talks mediated by X and Y" with no sides
// named after "between" are between the main clause's subject and the
// country its name is possessed by, when that country is an actor
// (unnamedSides), though the parser hangs the talks far from the verb.
func TestUnnamedMediatedSides(t *testing.T) {
	const sudan = "KHARTOUM, May 3 (Wire) - Sudan's Rapid Support Forces freed 30 prisoners on Sunday, handing them to the Red Crescent in the city of Omdurman after talks mediated by Saudi Arabia and the United States. Sudan thanked both mediators on Monday."
	runTriggerCases(t, []triggerCase{
		{"second mediator and the group", sudan, "United States CONSULT Rapid Support Forces", graph.Asserted, ""},
		{"mediator and the group's country", sudan, "Saudi Arabia CONSULT Sudan", graph.Asserted, ""},
		{"mediators are no side", sudan, "", "", "Saudi Arabia CONSULT United States"},
		{"one mediator", "The Islamic State freed ten nurses on Sunday after talks mediated by Turkey.",
			"Turkey CONSULT Islamic State", graph.Asserted, ""},
	})
}
