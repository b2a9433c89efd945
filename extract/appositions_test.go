package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestRoleInApposition: a role written before a name set off by commas
// ("A NATO spokeswoman, Jane Roe, said", nameInAside) and a title
// between the comma and the name ("The head of the Service, Vice
// Admiral X,", titleOpens) give the person's ROLE in the organisation;
// a name that goes on as a list or as a clause of its own gives none.
func TestRoleInApposition(t *testing.T) {
	roles := func(e graph.Edge) bool { return e.Class == graph.Role }
	for _, tc := range []struct {
		name, text string
		want, not  string
	}{
		{"spokeswoman of an acronym", "A NATO spokeswoman, Ingrid Halvorsen, said the alliance would respond.",
			"Ingrid Halvorsen ROLE NATO", ""},
		{"spokesperson, told", "An EU spokesperson, Anna Berg, told reporters the talks would continue.",
			"Anna Berg ROLE European Union", ""},
		{"name then said", "A Unicef spokesman, James Holm said the camps were full.",
			"James Holm ROLE UNICEF", ""},
		{"title between comma and name", "The head of the Coastal Guard Agency, Vice Admiral Pieter de Wolf, said the attack was serious.",
			"Pieter de Wolf ROLE Coastal Guard Agency", ""},
		{"a list goes on", "The delegation met a NATO spokeswoman, Ingrid Halvorsen and Tom Vik on Monday.",
			"", "Ingrid Halvorsen ROLE NATO"},
		{"a clause of its own", "Trained by a NATO instructor, Ingrid Halvorsen won the race.",
			"", "Ingrid Halvorsen ROLE NATO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, roles)
			if tc.want != "" && !got[tc.want] {
				t.Errorf("roles %v, want %s", got, tc.want)
			}
			if tc.not != "" && got[tc.not] {
				t.Errorf("roles %v, want no %s", got, tc.not)
			}
		})
	}
}
