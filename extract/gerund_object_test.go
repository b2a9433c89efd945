package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGerundObjectAgent (rule rel.gerund-object, gerundObjectAgent,
// gerundParseObject): the act of an -ing phrase after a verb and its
// object ("warned X against V-ing", "praised X for V-ing") is the
// object's, with the modality lexicon/gerund_objects.tsv gives the
// verb; never the clause subject's. The verb's own edge stays.
func TestGerundObjectAgent(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"warned against: object's, hypothetical", "Polish Foreign Minister Adam Nowak warned Germany against arming Moldova.",
			"Germany AID Moldova", graph.Hypothetical, "Adam Nowak AID Moldova"},
		{"warned against: the warning stays", "Polish Foreign Minister Adam Nowak warned Germany against arming Moldova.",
			"Adam Nowak THREATEN Germany", graph.Asserted, ""},
		{"warned against, coordinated", "Chile warned Peru and Bolivia against signing a pact with Argentina.",
			"Bolivia AGREE Argentina", graph.Hypothetical, "Chile AGREE Argentina"},
		{"cautioned against", "Spain cautioned Morocco against signing a deal with Algeria.",
			"Morocco AGREE Algeria", graph.Hypothetical, "Spain AGREE Algeria"},
		{"barred from: negated", "The Czech government barred Slovakia from supplying weapons to Serbia.",
			"Slovakia AID Serbia", graph.Negated, "Czech Republic AID Serbia"},
		{"praised for: done by the object", "Latvian President Ilze Berzina praised Estonia for supplying weapons to Ukraine.",
			"Estonia AID Ukraine", graph.Asserted, "Ilze Berzina AID Ukraine"},
		{"thanked for a verb trigger", "Portugal thanked Norway for hosting talks with the Taliban.",
			"Norway CONSULT Taliban", graph.Asserted, "Portugal CONSULT Taliban"},
		{"accused of: a charge, nobody's fact", "Kenyan lawmakers accused Uganda of supplying weapons to Somalia.",
			"Kenyan lawmakers ACCUSE Uganda", graph.Asserted, "Kenyan lawmakers AID Somalia"},
		{"criticised for: a charge", "Greece criticised Turkey for supplying drones to Libya.",
			"", "", "Turkey AID Libya"},
		{"criticised for: the speaker's is no fact either", "Greece criticised Turkey for supplying drones to Libya.",
			"", "", "Greece AID Libya"},
		// Negative twins: no object before the preposition, or a verb
		// the lexicon does not list, leave the clause's subject.
		{"subject's own gerund", "Germany sent tanks to Poland before arming Moldova.",
			"Germany AID Poland", graph.Asserted, ""},
		{"unlisted verb", "Austria helped Hungary by supplying fuel to Serbia.",
			"", "", "Hungary AID Serbia"},
	})
}
