package extract

import "testing"

// TestRoleAppositiveGivenName: a country's or capital's name that is
// also a given name opens a person's name in an appositive right after
// a noun of office (roleAppositiveBefore); after "in" it stays a place.
func TestRoleAppositiveGivenName(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a counterpart named with a capital's name",
			"The strike hit Paraguay. Its foreign minister, Ruben Gimenez, phoned his Uruguayan counterpart, Santiago Laborde, on Tuesday. Laborde said Uruguay would not intervene.",
			[]string{"Santiago Laborde (person)"}, []string{"Chile (country)", "Laborde (organization)"}},
		{"an envoy named with a country's name",
			"The talks resumed in Lima. Peru's chief negotiator, Israel Quispe, met the miners on Monday.",
			[]string{"Israel Quispe (person)"}, []string{"Israel (country)"}},
		{"a place after \"in\" stays a place",
			"The strikers met their counterparts in Santiago on Friday, and the talks went on.",
			nil, []string{"Santiago (person)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}
