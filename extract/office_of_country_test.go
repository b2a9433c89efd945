package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOfficeOfCountryBeforeName reads invented sentences with an office
// "of <Country>" written before its holder's name ("President of Kenya
// Amina Otieno", officeOfCountryBeforeName): the country closes the
// title, so it is an actor and the holder has a ROLE in it, whatever the
// modality of the rest of the sentence; a newspaper or company whose
// name opens with a country ("Editor of China Daily") stays one name.
func TestOfficeOfCountryBeforeName(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"office after the quote", "The plan is sound, said Foreign Minister of Chile Tomas Vidal.",
			"Tomas Vidal ROLE Chile", ""},
		{"portfolio minister opening the sentence", "Interior Minister of Ghana Kofi Mensah said the border would stay open.",
			"Kofi Mensah ROLE Ghana", ""},
		{"office after a comma", "The talks will go on, President of Uruguay Joao Ferreira said on Monday.",
			"Joao Ferreira ROLE Uruguay", ""},
		{"negated twin", "Defence Minister of Zambia Ingrid Mwale did not meet the envoy.",
			"Ingrid Mwale ROLE Zambia", ""},
		{"planned twin", "Prime Minister of Peru Ana Soto will visit Lisbon next week.",
			"Ana Soto ROLE Peru", ""},
		{"a paper named after its country", "Editor of China Daily Zhou Li said the paper would print on Sunday.",
			"", "Daily Zhou Li ROLE China"},
	})
}

// roleCase is one invented sentence and the ROLE tie it must give
// (want) or must not give (not), written "Person ROLE Body".
type roleCase struct {
	name, text string
	want, not  string
}

// checkRoleCases reads each case's sentence and checks its ROLE ties.
func checkRoleCases(t *testing.T, cases []roleCase) {
	t.Helper()
	roles := func(e graph.Edge) bool { return e.Class == graph.Role }
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, roles)
			if tc.want != "" && !got[tc.want] {
				t.Errorf("roles %v, want %s", got, tc.want)
			}
			if tc.not != "" && got[tc.not] {
				t.Errorf("roles %v, want no %s", got, tc.not)
			}
		})
	}
}
