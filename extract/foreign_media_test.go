package extract

import "testing"

// TestMediaAndArticleOpenedNames reads invented sentences with media and
// bodies named head first (mediaOpenedName: "Radio Sur") or with an
// article of another language first (articleOpenedName: "El Tiempo"):
// organisations, not persons; persons whose names hold such words stay
// persons.
func TestMediaAndArticleOpenedNames(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Radio Pacifico reported that the mayor of Arica had resigned.",
			[]string{"Radio Pacifico (organization)"}, []string{"Radio Pacifico (person)"}},
		{"The ruling was first reported by Diario Austral, which said the judge had been threatened.",
			[]string{"Diario Austral (organization)"}, nil},
		{"El Heraldo said on Sunday that the minister would resign.",
			[]string{"El Heraldo (organization)"}, []string{"El Heraldo (person)"}},
		{"La Tercera reported that Chile would expel the diplomat, citing two officials.",
			[]string{"La Tercera (organization)"}, nil},
		{"Die Presse said the chancellor had known about the payments since May.",
			[]string{"Die Presse (organization)"}, nil},
		{"Marine Le Pen criticised the deal. Le Pen said the treaty would hurt French farmers.",
			[]string{"Marine Le Pen (person)"}, []string{"Le Pen (organization)"}},
		{"Les Murray said the poems would be published in May.",
			nil, []string{"Les Murray (organization)"}},
		{"Flights to El Salvador resumed on Monday, the airline said.",
			nil, []string{"El Salvador (organization)"}},
		{"The army accused the rebels of shelling a market in El Obeid on Friday. The group's spokesman, Adam Idris, rejected the accusation.",
			nil, []string{"El Obeid (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
