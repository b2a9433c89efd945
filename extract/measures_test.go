package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMeasureNouns: a measure named by a noun is the sanction of its
// owner on its target (sanctionNounArgs, rule "parse: sanction noun"),
// with the modality of the words around it ("plans", "threatened",
// "is weighing" are not done); a verb taking a stance on the measure
// does not make its subject the one who imposed it
// (rel.stance-on-measure).
func TestMeasureNouns(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a name before the measure, goods standing for their country",
			"Chile protested against U.S. duties on Chilean copper on Monday.",
			map[string]graph.Modality{"United States SANCTION Chile": graph.Asserted}, nil, nil},
		{"the agent of a participle on the measure",
			"The tariffs on Kenya imposed by Uganda took effect on Monday.",
			map[string]graph.Modality{"Uganda SANCTION Kenya": graph.Asserted}, nil, nil},
		{"whoever faces the measure is its target",
			"Serbia, which faces new EU sanctions, recalled its ambassador.",
			map[string]graph.Modality{"European Union SANCTION Serbia": graph.Asserted}, nil, nil},
		{"planned twin",
			"The European Union plans new sanctions against Belarus.",
			map[string]graph.Modality{"European Union SANCTION Belarus": graph.Planned}, nil, nil},
		{"threatened twin",
			"Thailand threatened new tariffs against Malaysia on Friday.",
			map[string]graph.Modality{"Thailand SANCTION Malaysia": graph.Hypothetical}, nil, nil},
		{"weighed twin",
			"Canada is weighing sanctions against Venezuela.",
			nil, nil, []string{"Canada SANCTION Venezuela"}},
		{"negated twin",
			"Chile did not impose new duties on Peru.",
			map[string]graph.Modality{"Chile SANCTION Peru": graph.Negated}, nil, nil},
		{"a critic of the measure did not impose it",
			"Norway criticised the new sanctions on Iran.",
			nil, []string{"Norway SANCTION Iran"}, nil},
		{"a supporter of a named owner's measure did not impose it",
			"Canada welcomed U.S. tariffs on Mexico.",
			map[string]graph.Modality{"United States SANCTION Mexico": graph.Asserted}, []string{"Canada SANCTION Mexico"}, nil},
	})
}
