package extract

import "testing"

// TestOfficeTitles reads invented sentences with offices of state and
// public finance before a name (titleWords): the office is the
// person's title, not part of the name; a name that only looks like an
// office word stays whole.
func TestOfficeTitles(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Treasurer Ilse Marangoni met Senator Kofi Ashdown in Hobart on Monday.",
			[]string{"Ilse Marangoni (person)"}, []string{"Treasurer Ilse Marangoni (person)"}},
		{"Deputy Treasurer Amy Locke said the state's figures were wrong.",
			[]string{"Amy Locke (person)"}, []string{"Treasurer Amy Locke (person)"}},
		{"Ombudsman Peter Kale and Attorney-General Ruth Obi met in Manila on Friday.",
			[]string{"Peter Kale (person)", "Ruth Obi (person)"},
			[]string{"Ombudsman Peter Kale (person)", "Attorney-General Ruth Obi (person)"}},
		{"Comptroller Maria Santos said the accounts of the ministry were incomplete.",
			[]string{"Maria Santos (person)"}, []string{"Comptroller Maria Santos (person)"}},
		{"Dean Ortiz said the university would reopen on Monday.",
			[]string{"Dean Ortiz (person)"}, nil},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
