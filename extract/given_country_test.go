package extract

import "testing"

// TestCountryGivenName (mention.name, countryGivenName): after a title,
// a country's name followed by a surname is a person's given name; with
// no title it stays the country.
func TestCountryGivenName(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"after a title in lower case",
			"Rebel commander Israel Ramirez met the mediators in Havana. Ramirez said the group had received no money.",
			[]string{"Israel Ramirez (person)"}, []string{"Ramirez (organization)"}},
		{"after a capitalised title",
			"Foreign Minister Jordan Ellis thanked Israel on Monday.",
			[]string{"Jordan Ellis (person)", "Israel (country)"}, []string{"Jordan (country)", "Ellis (person)"}},
		{"no title: the country stays",
			"The envoy thanked Jordan and Israel for their help.",
			[]string{"Jordan (country)", "Israel (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
