package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOwnerBeforeSubjectName reads invented sentences whose subject is a
// person named after an organisation's possessive ("Civic Union's Rui
// Faria won … and becomes …", ownerBeforeName in sentenceSubject): the
// person, not the owner, is the subject a second predicate shares, so a
// role predicate after "and" gives the person's ROLE.
func TestOwnerBeforeSubjectName(t *testing.T) {
	roles := func(e graph.Edge) bool { return e.Class == graph.Role }
	for _, tc := range []struct {
		name, text string
		want, not  string
	}{
		{"party's candidate becomes a member", "The Civic Union's Rui Faria won 50,818 votes and becomes the youngest Municipal Assembly member in the city's history.",
			"Rui Faria ROLE Municipal Assembly", ""},
		{"union's leader becomes chair", "The Dockers Federation's Amina Otieno won the ballot and became a Port Workers Council member on Friday.",
			"Amina Otieno ROLE Port Workers Council", ""},
		{"owner keeps the person's tie", "The Civic Union's Rui Faria won 50,818 votes and becomes the youngest Municipal Assembly member in the city's history.",
			"Rui Faria ROLE Civic Union", ""},
		{"negated twin", "The Civic Union's Rui Faria lost the vote and did not become a Municipal Assembly member.",
			"", "Rui Faria ROLE Municipal Assembly"},
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
