package extract

import "testing"

// TestPastAside (appositive role, pastAside): an aside that says the
// office is past ("a former Kenyan trade minister", "Ghana's former
// finance minister") gives no ROLE; a past word after the role noun
// ("a member of the former ruling party") leaves the role.
func TestPastAside(t *testing.T) {
	wantRoleFacts(t, "Talks resumed on Monday. Joseph Mwangi, a former Kenyan trade minister, chaired the meeting.",
		nil, []string{"Joseph Mwangi ROLE Kenya"})
	wantRoleFacts(t, "Talks resumed on Monday. Kofi Boateng, Ghana's former finance minister, chaired the meeting.",
		nil, []string{"Kofi Boateng ROLE Ghana"})
	wantRoleFacts(t, "Talks resumed on Monday. Joseph Mwangi, a Kenyan trade minister, chaired the meeting.",
		[]string{"Joseph Mwangi ROLE Kenya"}, nil)
}
