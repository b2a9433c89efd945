package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestInstitutionDescriptions reads invented sentences where "the
// museum", "the gallery" or "the university" refers back to the
// institution named with that noun (orgDescNouns), and "the gallery" to
// an art centre or museum when no gallery is named (description_heads.tsv):
// a title "of" it gives
// the person's ROLE there, and the description acts for it with the
// modality of its own clause; with no such institution named it is no
// actor.
func TestInstitutionDescriptions(t *testing.T) {
	all := func(e graph.Edge) bool { return e.Class != graph.Stated }
	asserted := func(e graph.Edge) bool { return e.Class != graph.Stated && e.MostFactual() == graph.Asserted }
	for _, tc := range []struct {
		name, text string
		keep       func(graph.Edge) bool
		want, not  string
	}{
		{"director of the gallery", "The Lusaka Art Gallery received 40 prints. Kathryn Mwale, director of the gallery, said the prints would tour.",
			all, "Kathryn Mwale ROLE Lusaka Art Gallery", ""},
		{"curator of the museum", "The Tallinn City Museum reopened on Monday. Its curator, Aino Sepp, said attendance had doubled. Lars Holm, director of the museum, said the roof was fixed.",
			all, "Lars Holm ROLE Tallinn City Museum", ""},
		{"rector of the university", "The University of Tartu lost money. Mari Tamm, rector of the university, said it would cut staff.",
			all, "Mari Tamm ROLE University of Tartu", ""},
		{"negated twin", "The Lusaka Art Gallery received 40 prints. The gallery did not sign the loan with the Harare Trust.",
			asserted, "", "Lusaka Art Gallery AGREE Harare Trust"},
		{"an art centre is the gallery", "The Mendoza Art Centre opened its show on Friday. Lucia Ferrante, director of the gallery, said the prints would tour.",
			all, "Lucia Ferrante ROLE Mendoza Art Centre", ""},
		{"a gallery named with the noun comes first", "The Mendoza Art Centre and the Andes Gallery opened shows on Friday. Lucia Ferrante, director of the gallery, said the prints would tour.",
			all, "Lucia Ferrante ROLE Andes Gallery", "Lucia Ferrante ROLE Mendoza Art Centre"},
		{"no museum named", "Kathryn Mwale, director of the museum, said the prints would tour.",
			all, "", "Kathryn Mwale ROLE museum"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, tc.keep)
			if tc.want != "" && !got[tc.want] {
				t.Errorf("edges %v, want %s", got, tc.want)
			}
			if tc.not != "" && got[tc.not] {
				t.Errorf("edges %v, want no %s", got, tc.not)
			}
		})
	}
}
