package extract

import "testing"

// TestForeignOrgHeadsParse checks the embedded lexicon and that a bad
// row is refused with its line.
func TestForeignOrgHeadsParse(t *testing.T) {
	if _, err := parseForeignOrgHeads(foreignOrgHeadsTxt); err != nil {
		t.Fatal(err)
	}
	if _, err := parseForeignOrgHeads("banco\tbanquet\n"); err == nil {
		t.Error("a noun of no organisation was accepted")
	}
}

// TestOrgNouns (description:organisation, orgNouns): "the federation",
// "the bank" refer to an organisation a description set off after its
// name called so, or whose name's head in another language is that
// noun; so its officers' titles are roles in it. Without such a noun,
// none.
func TestOrgNouns(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an appositive's noun",
			"ACCRA, June 3 (Wire) - Athletics Ghana, the national federation, said it respected the ruling. " +
				"The federation's president, Kwame Boateng, said Ghana had zero tolerance for doping.",
			[]string{"Kwame Boateng ROLE Athletics Ghana"}, nil},
		{"a foreign head",
			"Analysts at Banco Andino said the tariffs were aimed at farm states. \"This is a warning shot,\" said Lucia Pardo, the bank's chief economist.",
			[]string{"Lucia Pardo ROLE Banco Andino"}, nil},
		{"no such noun",
			"Analysts at Andino Capital said the tariffs were aimed at farm states. \"This is a warning shot,\" said Lucia Pardo, the federation's chief economist.",
			nil, []string{"Lucia Pardo ROLE Andino Capital"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not) })
	}
}

// TestAcronymAfterBodyNoun (mention.organisation, acronymAfterBodyNoun):
// an acronym set off by commas after a lower-case organisation noun is
// that organisation, and "its president" after it holds a role in it,
// not in the body named before.
func TestAcronymAfterBodyNoun(t *testing.T) {
	text := "LIMA, Dec 3 (Wire) - FIFA banned two officials for life. Peru's football governing body, FEPEFU, said it respected the decision. " +
		"Its president, Rosa Quispe, has been under pressure."
	checkActors(t, text, []string{"FEPEFU (organization)"}, nil)
	checkFacts(t, text, roleFacts(t, text), []string{"Rosa Quispe ROLE FEPEFU"}, []string{"Rosa Quispe ROLE FIFA"})
}
