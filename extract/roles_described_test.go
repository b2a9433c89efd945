package extract

import "testing"

// TestDescribedOrgRole (rule "described organisation and role noun
// before name"): a role noun after a body's lower-case common noun and
// before a name ("ministry spokeswoman X", "a union spokesman, X,") holds
// the role in the body that noun refers to, as "the ministry" would:
// the organisation of that kind named before, or the story country's
// body of an unnamed kind ("police spokesman X" in a story filed from
// Nairobi); nothing when the text names no such body.
func TestDescribedOrgRole(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"ministry spokesman after a quotation",
			"The Ministry of Labour said 3,000 jobs would go. \"We regret it,\" ministry spokesman Tomas Varga told reporters in Budapest.",
			[]string{"Tomas Varga ROLE Ministry of Labour"}, nil},
		{"a union spokeswoman set off by commas",
			"The Baltic Dockers' Union called a strike at the port of Tallinn. A union spokeswoman, Liis Tamm, said the strike would last two days.",
			[]string{"Liis Tamm ROLE Baltic Dockers' Union"}, nil},
		{"police spokesman in a story filed from a capital",
			"NAIROBI, Jan 5 (Wire) - Gunmen attacked a bus near Garissa on Sunday. Police spokesman Dan Oloo said four passengers were wounded.",
			[]string{"Dan Oloo ROLE Kenyan police"}, nil},
		{"no body of the kind named",
			"Gunmen attacked a bus near the border on Sunday. A company spokesman, John Ekwe, said four passengers were wounded.",
			nil, []string{"John Ekwe ROLE Gunmen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestFamilyDescribedAside (rule "family noun before a described
// name"): "X's husband, the photographer Y," is X and Y's family tie, as
// is "Her son, a medical student Z,"; the description gives no role.
func TestFamilyDescribedAside(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a name's husband, the photographer",
			"Police in Baku detained the Croatian reporter Ines Kovac on Monday. Kovac's husband, the photographer Milan Horvat, said he had last heard from her on Sunday.",
			[]string{"Ines Kovac FAMILY Milan Horvat"}, nil},
		{"her son, a medical student",
			"The rights activist Rania Haddad went on trial in Tunis on Tuesday. Her son, a medical student Karim Mansour, said the charges were invented.",
			[]string{"Rania Haddad FAMILY Karim Mansour"}, nil},
		{"a new clause after the comma is no aside",
			"Kovac's husband, the photographer Milan Horvat and two friends waited outside.",
			nil, []string{"Kovac FAMILY Milan Horvat"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, tc.text), tc.want, tc.not)
		})
	}
}
