package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestReducedPassive (rule "reduced passive by-agent"): a trigger
// participle on a noun with a "by" agent is the agent's act, its target
// after the verb's preposition or the noun itself; a light trigger only
// on a thing it lists.
func TestReducedPassive(t *testing.T) {
	runModalCases(t, []modalCase{
		{"sanctions imposed by X on Y",
			"The sanctions imposed by the United States on Cuba remain in place.",
			map[string]graph.Modality{"United States SANCTION Cuba": graph.Asserted}, nil, nil},
		{"tariffs imposed on Y by X",
			"The tariffs imposed on Canada by Mexico took effect on Monday.",
			map[string]graph.Modality{"Mexico SANCTION Canada": graph.Asserted}, nil, nil},
		{"aid sent to Y by X",
			"The aid sent to Haiti by Mexico arrived on Friday.",
			map[string]graph.Modality{"Mexico AID Haiti": graph.Asserted}, nil, nil},
		{"a minister criticised by X",
			"Finance Minister Ana Ruiz, criticised by the Left Party for the cuts, resigned on Monday.",
			map[string]graph.Modality{"Left Party ACCUSE Ana Ruiz": graph.Asserted}, nil, nil},
		{"an order imposed is no sanction",
			"The curfew imposed on Lagos by the Nigerian police ended on Sunday.",
			nil, []string{"Nigerian police SANCTION Lagos"}, nil},
	})
}
