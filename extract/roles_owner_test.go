package extract

import "testing"

// TestOwnerRoles: a role whose owner the sentence names or describes
// before the person's appositive (role.whose-title, and the shapes
// other rules read beside it),
// with sentences of the same shape that must not make one.
func TestOwnerRoles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"role.title-for: a title for a described body",
			"The Nordic Rowing Federation suspended two athletes on Monday. A spokeswoman for the federation, Anna Holm, said the rules were clear.",
			[]string{"Anna Holm ROLE Nordic Rowing Federation"}, nil},
		{"role.title-for: a title at a named body",
			"Rates rose again. A senior adviser at Halden Bank, Marta Lind, said the rise was the last.",
			[]string{"Marta Lind ROLE Halden Bank"}, nil},
		{"role.whose-title: an organisation whose leader is named",
			"She ruled out any deal with People's Front, whose leader, Piotr Nowak, has called for a referendum.",
			[]string{"Piotr Nowak ROLE People's Front"}, nil},
		{"role.whose-title: a country whose minister is named",
			"The talks stalled over Norway, whose foreign minister, Kari Dahl, left early.",
			[]string{"Kari Dahl ROLE Norway"}, nil},
		{"organisation's person: a clause between the owner and the name is no title",
			"The Nordic Rowing Federation's disciplinary committee found that Anna Holm had broken the rules.",
			nil, []string{"Anna Holm ROLE Nordic Rowing Federation"}},
		{"organisation's person: a title between the owner and the name",
			"The Nordic Rowing Federation's disciplinary chief Anna Holm said the rules were clear.",
			[]string{"Anna Holm ROLE Nordic Rowing Federation"}, nil},
		{"role.whose-title: a person's relative is no role",
			"The court heard from Anna Holm, whose lawyer, Piotr Nowak, asked for more time.",
			nil, []string{"Piotr Nowak ROLE Anna Holm"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, "Talks\n\n"+tc.text), tc.want, tc.not)
		})
	}
}
