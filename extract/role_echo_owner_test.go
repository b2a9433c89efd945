package extract

import "testing"

// TestRoleEchoOwner (rule "echoed organisation and title before name"):
// a title opening its sentence after words that repeat an organisation
// named before is a role in it; words no organisation has, a title
// after a country's name, and a person with a role already give none.
func TestRoleEchoOwner(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"two words of the name",
			"HANOI, Dec 2 (Wire) - The Vietnam Coast Guard said a foreign trawler had rammed a patrol boat. Coast guard spokesman Nguyen Thi Hoa told reporters the crew was safe.",
			[]string{"Nguyen Thi Hoa ROLE Vietnam Coast Guard"}, nil},
		{"a capitalised head before a title",
			"QUITO, Dec 3 (Wire) - The National Assembly voted to remove the minister. Assembly President Marisol Vera told reporters the vote was fair.",
			[]string{"Marisol Vera ROLE National Assembly"}, nil},
		{"after a comma",
			"QUITO, Dec 3 (Wire) - The National Assembly voted to remove the minister. Ninety lawmakers backed the motion, Assembly President Marisol Vera told reporters.",
			[]string{"Marisol Vera ROLE National Assembly"}, nil},
		{"words no organisation has",
			"HANOI, Dec 2 (Wire) - The Vietnam Coast Guard said a trawler had rammed a patrol boat. Border guard spokesman Nguyen Thi Hoa said the border was calm.",
			nil, []string{"Nguyen Thi Hoa ROLE Vietnam Coast Guard"}},
		{"a country's body is another rule's",
			"NAIROBI, Dec 2 (Wire) - The Kenya Wildlife Service said two rangers had been hurt. Kenya police spokesman Peter Otieno said three men had been arrested.",
			nil, []string{"Peter Otieno ROLE Kenya Wildlife Service"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not) })
	}
}

// TestRoleNounBeforePlace (rule "organisation and role noun before name",
// roleNounBeforePlace): a role noun set off with its posting, "in" a
// place, before the named aside is read as without it.
func TestRoleNounBeforePlace(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a posting in a city",
			"UNICEF warned that the floods could spread disease. A UNICEF spokeswoman in Nairobi, Wanjiru Kamau, said the agency had sent water tanks.",
			[]string{"Wanjiru Kamau ROLE UNICEF"}, nil},
		{"no role noun before the place",
			"UNICEF warned that the floods could spread disease. A UNICEF convoy arrived in Nairobi, Wanjiru Kamau said.",
			nil, []string{"Wanjiru Kamau ROLE UNICEF"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not) })
	}
}
