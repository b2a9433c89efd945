package extract

import "testing"

// TestRoleNounOpensName reads invented sentences that open with a
// capitalised role noun before a person's name (roleNounOpensName): the
// noun is no part of the name, also when the given name is unknown;
// organisations named with such a word keep it.
func TestRoleNounOpensName(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The gallery reopened on Monday. Curator Lenka Holmqvist said the prints would travel to Prague.",
			[]string{"Lenka Holmqvist (person)"}, []string{"Curator Lenka Holmqvist (person)"}},
		{"Photographer Ilse Marrow said she had been detained for six hours.",
			[]string{"Ilse Marrow (person)"}, []string{"Photographer Ilse Marrow (person)"}},
		{"Researcher Tomasz Wielgus told reporters the samples were clean.",
			[]string{"Tomasz Wielgus (person)"}, nil},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
