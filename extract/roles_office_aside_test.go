package extract

import "testing"

// TestRoleOfficeAside reads invented stories with a national office set
// off by commas from its holder's name, before or after it
// (roleOfficeAside): the office is the story country's, as "Sports
// Minister X" would be; not when the aside is no national office, nor
// when the holder's clause acts on the country the story names most.
func TestRoleOfficeAside(t *testing.T) {
	const opening = "LUSAKA, May 4 (Wire) - Zambia banned the imports on Monday, and Zambia's farmers backed the ban. "
	tests := []struct {
		text      string
		want, not []string
	}{
		{opening + "The agriculture minister, Chanda Mwale, met the traders on Tuesday.",
			[]string{"Chanda Mwale ROLE Zambia"}, nil},
		{opening + "Bwalya Phiri, the Secretary of State for Trade, said the ban would stay.",
			[]string{"Bwalya Phiri ROLE Zambia"}, nil},
		{opening + "Later the minister, Mutale Banda, told reporters the decision was final.",
			[]string{"Mutale Banda ROLE Zambia"}, nil},
		{opening + "Nkandu Tembo, the party secretary, said the ban was late.",
			nil, []string{"Nkandu Tembo ROLE Zambia"}},
		{opening + "A spokesman, Kabwe Zulu, said the ban was late.",
			nil, []string{"Kabwe Zulu ROLE Zambia"}},
		{"Zambia and Malawi argued over the ban for weeks, and Zambia closed the border. Lars Holm, the Secretary of State, called Zambia's foreign minister on Friday.",
			nil, []string{"Lars Holm ROLE Zambia"}},
	}
	for _, tc := range tests {
		checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not)
	}
}
