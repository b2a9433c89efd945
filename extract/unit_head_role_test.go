package extract

import "testing"

// TestUnitHeadRole (title of an organisation's unit before name,
// roleTitleOfUnit): the head of an organisation's mission or delegation,
// named in an aside, holds a role in the organisation, whether "its",
// its possessive or its name as a modifier owns the unit; "the mission"
// with no owner gives none.
func TestUnitHeadRole(t *testing.T) {
	wantRoleFacts(t, "The African Union said the vote had been calm. The head of its mission, Amara Diallo, met both candidates on Friday.",
		[]string{"Amara Diallo ROLE African Union"}, nil)
	wantRoleFacts(t, "Voting ended on Sunday. The leader of the OSCE's observer delegation, Petra Lind, said the count was slow.",
		[]string{"Petra Lind ROLE OSCE"}, nil)
	if got := roleFacts(t, "Voting ended on Sunday. The head of the mission, Petra Lind, said the count was slow."); len(got) != 0 {
		t.Errorf("an unowned mission gives roles %v, want none", got)
	}
}
