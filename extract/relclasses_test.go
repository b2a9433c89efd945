package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// modalCase is one invented sentence: the interactions it must give,
// each with its modality (the most factual of its evidence), and those
// it must not give at all.
type modalCase struct {
	name, text string
	want       map[string]graph.Modality
	not        []string
}

// runModalCases checks each case's edges and their modalities.
func runModalCases(t *testing.T, tests []modalCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeModalities(t, tc.text)
			for k, m := range tc.want {
				if g, ok := got[k]; !ok {
					t.Errorf("%q: missing %q; have %v", tc.text, k, got)
				} else if g != m {
					t.Errorf("%q: %q is %q, want %q", tc.text, k, g, m)
				}
			}
			for _, k := range tc.not {
				if _, ok := got[k]; ok {
					t.Errorf("%q: unexpected %q", tc.text, k)
				}
			}
		})
	}
}

// TestPlaceNotPartner (rel.place-not-object): a name after "at" or "in"
// is where the action happened, not whom it involved; a trigger that
// ends in its own preposition still takes what follows as its target.
func TestPlaceNotPartner(t *testing.T) {
	runModalCases(t, []modalCase{
		{"held talks at an organisation's seat",
			"Japan and Brazil held talks at the United Nations on Monday.",
			map[string]graph.Modality{"Japan CONSULT Brazil": graph.Asserted},
			[]string{"Japan CONSULT United Nations", "Brazil CONSULT United Nations"}},
		{"met at a seat, then with the partner",
			"Mette Frederiksen met at the European Commission with Leo Varadkar.",
			nil,
			[]string{"Mette Frederiksen CONSULT European Commission"}},
		{"spoke with reporters inside a seat",
			"Kenji Morita spoke with reporters inside the White House.",
			nil,
			[]string{"Kenji Morita CONSULT White House"}},
		{"a partner after with, then a place",
			"Anders Holm held talks with Priya Desai at the World Bank.",
			map[string]graph.Modality{"Anders Holm CONSULT Priya Desai": graph.Asserted},
			[]string{"Anders Holm CONSULT World Bank"}},
		{"negated twin",
			"Japan and Brazil did not hold talks at the United Nations.",
			map[string]graph.Modality{"Japan CONSULT Brazil": graph.Negated},
			[]string{"Japan CONSULT United Nations"}},
		{"future twin",
			"Japan and Brazil will hold talks at the United Nations next week.",
			map[string]graph.Modality{"Japan CONSULT Brazil": graph.Planned},
			[]string{"Japan CONSULT United Nations"}},
	})
}
