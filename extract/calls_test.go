package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCalledAtTime (timeAfterCallee): "called X the same night" is a
// telephone call made then, not a name given to X; "called X the best
// mayor" still names X.
func TestCalledAtTime(t *testing.T) {
	runModalCases(t, []modalCase{
		{"the same night",
			"Foreign Minister Kenji Sato called Lena Holm the same night.",
			map[string]graph.Modality{"Kenji Sato CONSULT Lena Holm": graph.Asserted}, nil, nil},
		{"the next day, with a purpose",
			"Kenji Sato called Lena Holm the next day to apologise.",
			map[string]graph.Modality{"Kenji Sato CONSULT Lena Holm": graph.Asserted}, nil, nil},
		{"that evening",
			"Kenji Sato called Lena Holm that evening.",
			map[string]graph.Modality{"Kenji Sato CONSULT Lena Holm": graph.Asserted}, nil, nil},
		{"a name given with the",
			"Kenji Sato called Lena Holm the best mayor in the country.",
			nil, []string{"Kenji Sato CONSULT Lena Holm"}, nil},
		{"a name given with a",
			"Kenji Sato called Lena Holm a liar on Monday.",
			nil, []string{"Kenji Sato CONSULT Lena Holm"}, nil},
		{"negated twin",
			"Kenji Sato did not call Lena Holm the same night.",
			nil, nil, []string{"Kenji Sato CONSULT Lena Holm"}},
		{"future twin",
			"Kenji Sato will call Lena Holm the next day.",
			nil, nil, []string{"Kenji Sato CONSULT Lena Holm"}},
	})
}
