package extract

import "testing"

// TestForeignInstitutionName (foreignInstitutionName): a capitalised
// run that opens with another language's word for a bank, group, party,
// institute or company is an organisation, not a person; the same word
// as a surname after a given name stays a person. The name without
// its opener is the same organisation (openerShortForm).
func TestForeignInstitutionName(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a bank", "Banco Rivadavia said its losses had doubled.",
			[]string{"Banco Rivadavia (organization)"}, []string{"Banco Rivadavia (person)"}},
		{"a bank as an object", "Prosecutors said Luis Otero ran Banque Atlas until 2021.",
			[]string{"Banque Atlas (organization)", "Luis Otero (person)"}, []string{"Banque Atlas (person)"}},
		{"a party", "Partido Renovador said the vote had been rigged, and Ana Pires agreed.",
			[]string{"Partido Renovador (organization)"}, []string{"Partido Renovador (person)"}},
		{"a group of companies", "Grupo Tavares bought the mill, and Compagnie Lorraine sold its stake.",
			[]string{"Grupo Tavares (organization)", "Compagnie Lorraine (organization)"}, []string{"Grupo Tavares (person)", "Compagnie Lorraine (person)"}},
		{"an institute", "Instituto Oceanico said the reef was dying.",
			[]string{"Instituto Oceanico (organization)"}, nil},
		{"the name without its opener is the same organisation",
			"Banco Rivadavia said its losses had doubled. Rivadavia, which had opposed the bid, said it would appeal.",
			[]string{"Banco Rivadavia (organization)"}, []string{"Rivadavia (organization)", "Rivadavia (person)"}},
		{"the word as a surname stays a person", "Marta Banca said the reef was dying.",
			[]string{"Marta Banca (person)"}, []string{"Marta Banca (organization)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
