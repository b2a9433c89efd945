package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMainSubjectBeforeTheVerb reads verbs coordinated with a main
// clause, or hanging on it with "-ing": they share the main subject
// only when it stands before them. A sentence whose subject is no actor
// ("The employers", "Officials in the capital") lends its verbs no
// subject, and above all not the verb's own object.
func TestMainSubjectBeforeTheVerb(t *testing.T) {
	intro := "The Farmers Union called off a strike on Monday. Union negotiator Lena Vik said the deal was fair. "
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a coordinated verb shares an actor subject",
			"Sweden recalled its ambassador and accused Norway of spying.",
			[]string{"Sweden ACCUSE Norway"}, nil},
		{"an -ing verb shares an actor subject",
			"Sweden recalled its ambassador on Monday, accusing Norway of spying.",
			[]string{"Sweden ACCUSE Norway"}, nil},
		{"a subject that is no actor lends the object nothing",
			intro + "The employers had rejected two offers and accused the union of holding the economy hostage.",
			nil, []string{"Farmers Union ACCUSE Lena Vik", "Farmers Union ACCUSE Farmers Union", "Lena Vik ACCUSE Farmers Union"}},
		{"an -ing verb after a subject that is no actor",
			intro + "Dockworkers walked out again on Tuesday, accusing the union of betraying them.",
			nil, []string{"Farmers Union ACCUSE Lena Vik", "Farmers Union ACCUSE Farmers Union"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, func(e graph.Edge) bool { return e.Class != graph.Role })
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("edges of %q are %v, want %s", tc.text, got, w)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("edges of %q are %v, want no %s", tc.text, got, n)
				}
			}
		})
	}
}
