package extract

import "testing"

// TestNamedPartyModifier reads invented sentences with a capitalised
// word before a party plural the gazetteer knows as a U.S. party's
// (namedPartyModifier): a party of its own, named by both words; a
// chamber's or a state's members stay the U.S. party's.
func TestNamedPartyModifier(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Lena Varga of the Unity Democrats lost her seat in the district council vote.",
			[]string{"Unity Democrats (organization)"}, []string{"Democratic Party (organization)"}},
		{"Tallinn's mayor joined the Civic Conservatives in March, the party said.",
			[]string{"Civic Conservatives (organization)"}, nil},
		{"The bill was blocked by Senate Republicans on Thursday.",
			[]string{"Republican Party (organization)"}, []string{"Senate Republicans (organization)"}},
		{"Voters in Vermont backed the plan, and Vermont Democrats said they would press on.",
			nil, []string{"Vermont Democrats (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
