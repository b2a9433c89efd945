package extract

import "testing"

// TestOwnerBeforeSubjectName reads invented sentences whose subject is a
// person named after an organisation's possessive ("Civic Union's Rui
// Faria won … and becomes …", ownerBeforeName in sentenceSubject): the
// person, not the owner, is the subject a second predicate shares, so a
// role predicate after "and" gives the person's ROLE.
func TestOwnerBeforeSubjectName(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"party's candidate becomes a member", "The Civic Union's Rui Faria won 50,818 votes and becomes the youngest Municipal Assembly member in the city's history.",
			"Rui Faria ROLE Municipal Assembly", ""},
		{"union's leader becomes chair", "The Dockers Federation's Amina Otieno won the ballot and became a Port Workers Council member on Friday.",
			"Amina Otieno ROLE Port Workers Council", ""},
		{"owner keeps the person's tie", "The Civic Union's Rui Faria won 50,818 votes and becomes the youngest Municipal Assembly member in the city's history.",
			"Rui Faria ROLE Civic Union", ""},
		{"negated twin", "The Civic Union's Rui Faria lost the vote and did not become a Municipal Assembly member.",
			"", "Rui Faria ROLE Municipal Assembly"},
	})
}
