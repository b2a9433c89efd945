package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCoordinatedSubject (rel.coordinated-subject, coordinatedSubject):
// the second of two coordinated verbs after "and" is its first verb's
// subject's, not the first verb's object nor a name inside what that
// verb is about; a subject named before the verbs stays the subject
// when the parser hangs the verbs elsewhere, a name that is no actor
// gives no edge to whoever follows, and a demand only planned or
// denied is no fact.
func TestCoordinatedSubject(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a name inside the charge is no subject",
			"Lars Holm, a senator from the opposition Green Party, accused the ministry of stalling before blaming Estonia and called on Karin Berg to resign.",
			map[string]graph.Modality{"Lars Holm REQUEST Karin Berg": graph.Asserted},
			[]string{"Estonia REQUEST Karin Berg"}, nil},
		{"the first verb's object is no subject",
			"Vusi Dlamini accused Zambia of hiding the figures and urged Namibia to share its data.",
			map[string]graph.Modality{"Vusi Dlamini REQUEST Namibia": graph.Asserted, "Vusi Dlamini ACCUSE Zambia": graph.Asserted},
			[]string{"Zambia REQUEST Namibia"}, nil},
		{"a coordinated subject acts in both verbs",
			"Chile, Peru and Bolivia welcomed the accord on Friday and urged Ecuador to sign it.",
			map[string]graph.Modality{"Chile REQUEST Ecuador": graph.Asserted, "Peru REQUEST Ecuador": graph.Asserted, "Bolivia REQUEST Ecuador": graph.Asserted},
			nil, nil},
		{"a subject named before a misparsed pair of verbs is kept",
			"Kenya's electoral board ordered a recount after the opposition candidate, Amos Kiprono, refused to concede and accused the ruling Jubilee Alliance of fraud.",
			map[string]graph.Modality{"Amos Kiprono ACCUSE Jubilee Alliance": graph.Asserted},
			nil, nil},
		{"the demand only planned",
			"Vusi Dlamini accused Zambia of hiding the figures and would ask Namibia to share its data.",
			nil, []string{"Zambia REQUEST Namibia"}, []string{"Vusi Dlamini REQUEST Namibia"}},
	})
}
