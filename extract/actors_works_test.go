package extract

import (
	"testing"
)

// TestWorksAndProducts: the rules of actors_works.go, each with
// sentences that must make no actor of a work or product and sentences
// of the same shape whose actors stay.
func TestWorksAndProducts(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"work title", "Dana Reyes voiced the hero in Nightwatch: The Animated Series, and she returned for The Lost Chronicles.",
			[]string{"Dana Reyes (person)"}, []string{"Animated Series (person)", "Lost Chronicles (person)"}},
		{"a person's name is no work", "Dana Reyes met Tom Series at the fair, Reyes said.",
			[]string{"Dana Reyes (person)"}, nil},
		{"maker's product", "The recently released Zephyr Chrome is gaining users, while Google Chrome is also gaining users.",
			nil, []string{"Google (organization)"}},
		{"maker named apart stays", "Google Chrome is gaining users, and Google said it was pleased.",
			[]string{"Google (organization)"}, nil},
		{"maker's unit that speaks stays", "Google DeepMind said the model was safe.",
			[]string{"Google (organization)"}, nil},
		{"named after a person", "The painter Andy Morrow took many pictures. They were among the Morrow Polaroids donated to the museum, and Morrow Polaroid exhibits opened in May.",
			[]string{"Andy Morrow (person)"}, []string{"Morrow Polaroids (organization)", "Morrow Polaroid (person)"}},
		{"a body named after a person stays", "The painter Andy Morrow took many pictures. The Morrow Foundation gave them to the museum.",
			[]string{"Andy Morrow (person)", "Morrow Foundation (organization)"}, nil},
		{"a person sharing a family name written first stays", "Kim Jong-un met his sister Kim Yo-jong on Monday, and Kim Yo-jong said the talks went well.",
			[]string{"Kim Yo-jong (person)"}, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
