package extract

import "testing"

// TestRoleAsides reads a role past an age set off by commas
// (role.age-aside), past a description of the person before the name
// (role.descriptor-aside), and through a hyphenated role noun.
func TestRoleAsides(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"an age before the role aside",
			"Tomas Lind, 52, a reporter for the Nordic Wire Service, was detained at the border on Friday.",
			[]string{"Tomas Lind ROLE Nordic Wire Service"}, nil},
		{"an age before a family aside",
			"Rosa Delgado, 34, the wife of Marco Delgado, was released on Sunday.",
			[]string{"Rosa Delgado FAMILY Marco Delgado"}, nil},
		{"a number that is no age keeps the aside unread",
			"Tomas Lind, 52, 60 and 71 were the winning numbers, said a reporter for the Nordic Wire Service.",
			nil, []string{"Tomas Lind ROLE Nordic Wire Service"}},
		{"a hyphenated role noun after an owner's pronoun",
			"Harbour Radio said its reporter had been freed. \"We are grateful,\" its editor-in-chief, Lena Sorensen, said.",
			[]string{"Lena Sorensen ROLE Harbour Radio"}, nil},
		{"a description of the person between the role and the name",
			"The Southern Judo Federation suspended two referees on Monday. Its president, former champion Ivo Markovic, said the referees had taken money.",
			[]string{"Ivo Markovic ROLE Southern Judo Federation"}, nil},
		{"a verb after the comma is no description",
			"The Southern Judo Federation suspended two referees on Monday. Its president resigned, said Ivo Markovic.",
			nil, []string{"Ivo Markovic ROLE Southern Judo Federation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, tc.text), tc.want, tc.not)
		})
	}
}
