package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestMayHaveReciprocalFilter: reciprocalArgs skips a trigger's targets
// in a sentence mayHaveReciprocal turns down, so no word of such a
// sentence may be one reciprocalWord accepts; sentences with "each
// other" or "one another" (however lemmatised around it) pass.
func TestMayHaveReciprocalFilter(t *testing.T) {
	cases := []struct {
		lemmas string
		want   bool // a reciprocal word is in the sentence
	}{
		{"chile and peru accuse each other of violate the truce", true},
		{"ghana and togo blame one another for the clash", true},
		{"the other side and another envoy meet", false},
		{"each side blame the other", false},
		{"kenya accuse uganda of violate the truce", false},
		{"one official say each", false},
		{"other", false},
		{"each", false},
	}
	for _, c := range cases {
		lemmas := strings.Fields(c.lemmas)
		ds := &depSent{words: make([]nlp.Token, len(lemmas)), lemmas: lemmas}
		found := false
		for w := range lemmas {
			found = found || reciprocalWord(ds, w)
		}
		if found != c.want {
			t.Errorf("%q: reciprocalWord found %v, want %v", c.lemmas, found, c.want)
		}
		if found && !mayHaveReciprocal(ds) {
			t.Errorf("%q: mayHaveReciprocal turns down a sentence with a reciprocal word", c.lemmas)
		}
		if !strings.Contains(" "+c.lemmas+" ", " other ") && !strings.Contains(" "+c.lemmas+" ", " another ") && mayHaveReciprocal(ds) {
			t.Errorf("%q: mayHaveReciprocal accepts a sentence without other or another", c.lemmas)
		}
	}
}
