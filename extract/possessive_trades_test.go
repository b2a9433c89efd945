package extract

import "testing"

// TestPossessiveTradeNames reads invented sentences with bodies named
// after an irregular plural of a trade and its "'s" (possessiveNameWords):
// the whole is one organisation, not the trade alone; a lower-case
// trade's "'s" owns what follows.
func TestPossessiveTradeNames(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Danish Seamen's Union said on Monday that its members would strike.",
			[]string{"Danish Seamen's Union (organization)"}, []string{"Seamen (organization)"}},
		{"The Fishermen's Association of Ghana backed the call for a ban on trawlers.",
			[]string{"Fishermen's Association of Ghana (organization)"}, []string{"Fishermen (organization)"}},
		{"Later the Policemen's Federation joined the protest in Leeds.",
			[]string{"Policemen's Federation (organization)"}, nil},
		{"The seamen's wages were cut by the Baltic Ferry Company in March.",
			nil, []string{"seamen's wages (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
