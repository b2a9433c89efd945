package extract

import "testing"

// TestCompanyCountryUnit (companyCountryUnit, unitSpeakerEnd,
// pastCountryUnit): a company's national unit opening a sentence
// ("Vantor Kenya said …") is the company speaking, not the country,
// when the article names the company elsewhere inside a sentence; a
// capitalised opening word before a country ("Tonight Portugal chose")
// leaves the country.
func TestCompanyCountryUnit(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		not              []string
	}{
		{"a unit that speaks",
			"The ships were built by Vantor. Vantor Kenya said it would cut 200 jobs.",
			"Vantor: it would cut 200 jobs", []string{"Kenya (country)"}},
		{"a unit named before the company",
			"Dalmar Nigeria said it would sue the state oil company. The rigs belong to Dalmar.",
			"Dalmar: it would sue the state oil company", []string{"Nigeria (country)"}},
		{"an opening word that is no name",
			"Tonight Portugal said it would help, and Spain agreed.",
			"Portugal: it would help", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
			checkActors(t, tc.text, nil, tc.not)
		})
	}
}
