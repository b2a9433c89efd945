package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestArmedGroupDescription: "the rebels", "the militants" refer back
// to the armed group named with that noun before (armedDescNouns,
// resolveGroupNoun) or written before it (armedBy); with none, they name
// no one.
func TestArmedGroupDescription(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"the rebels after a group named with the noun",
			"M23 rebels seized the town on Monday. Angola urged the rebels to withdraw.",
			"Angola REQUEST M23", graph.Asserted, ""},
		{"the militants after a group named before the noun, and a mediation between a country and them",
			"Somalia said al-Shabaab militants had attacked a convoy. Qatar, which has mediated between Mogadishu and the militants, urged both sides to respect the truce.",
			"Qatar REQUEST al-Shabaab", graph.Asserted, ""},
		{"the rebels after an organisation named before the noun",
			"The ELN rebels freed two soldiers on Monday. Norway urged the rebels to free the others.",
			"Norway REQUEST ELN", graph.Asserted, ""},
		{"the rebels, negated",
			"Houthi rebels fired two missiles at a tanker. Oman did not condemn the rebels.",
			"Oman ACCUSE Houthis", graph.Negated, ""},
		{"no group named with the noun: no one",
			"Hamas said it would free two hostages. Egypt urged the militants to release all of them.",
			"", "", "Egypt REQUEST Hamas"},
	})
}
