package extract

import "testing"

// TestBareNationalTitles (role.national-office, role.head-office,
// role.paragraph-country): a national office written without its country
// is an office of the country the article's government is, also when
// its portfolio is a ministry's lower-case portfolio word ("Oil
// Minister"), when its paragraph opens with "the government in" a
// capital, when the title is the president's spokesperson (the
// dateline's government, as a minister's), and when the minister's verb acts on
// another country whose capital comes later only inside a clause of its
// own.
func TestBareNationalTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"portfolio word of a ministry",
			"VIENNA, Nov 29 (Wire) - OPEC+ agreed to extend its cuts. Libya said it would comply. " +
				"Libyan Oil Minister Tarek Zawi said Tripoli had coordinated its plan with Algiers.",
			[]string{"Tarek Zawi ROLE Libya"}, nil},
		{"the government in a capital opens the paragraph",
			"THE HAGUE, May 20 (Wire) - The court convicted Jean Mbaye of war crimes in Burkina Faso. " +
				"Mali's army said nothing. Mali had hosted the suspect. Mali was silent.\n\n" +
				"The government in Ouagadougou, which surrendered Mbaye in 2021, welcomed the ruling. " +
				"Justice Minister Paul Kabore said Burkina Faso would keep cooperating with the court, and he urged Mali to hand over two other suspects.",
			[]string{"Paul Kabore ROLE Burkina Faso"}, []string{"Paul Kabore ROLE Mali"}},
		{"the president's spokesman",
			"LIMA, Dec 2 (Wire) - Dockworkers at the port of Callao extended their strike. Peru's president, Rosa Vela, has not commented. " +
				"Presidential spokesman Hugo Salas said she had full confidence in the port authority.",
			[]string{"Hugo Salas ROLE Peru"}, nil},
		{"the spokesman speaks for the dateline's government, not the country named around",
			"LIMA, Dec 2 (Wire) - Dockworkers at the port of Callao extended their strike. " +
				"The strike has hit Bolivia hardest. Bolivia's foreign minister, Ana Quispe, asked Lima to end it. Bolivia's exporters said they had lost $10 million. Bolivia may sue.\n\n" +
				"Presidential spokesman Hugo Salas said the government would not intervene in the talks.",
			[]string{"Hugo Salas ROLE Peru"}, []string{"Hugo Salas ROLE Bolivia"}},
		{"a capital inside a clause of its own",
			"AMMAN, Dec 2 (Wire) - Jordan asked the United Nations to mediate in a dispute with Syria over water from the Yarmouk.\n\n" +
				"Water Minister Rami Haddad accused Damascus of filling a reservoir without informing Amman, in breach of a 1987 treaty.",
			[]string{"Rami Haddad ROLE Jordan"}, []string{"Rami Haddad ROLE Syria"}},
		{"acting on the country keeps it out",
			"AMMAN, Dec 2 (Wire) - Jordan asked the United Nations to mediate in a dispute with Syria.\n\n" +
				"Foreign Minister Lina Qudah summoned Jordan's ambassador on Tuesday.",
			nil, []string{"Lina Qudah ROLE Jordan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not)
		})
	}
}
