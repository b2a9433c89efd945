package extract

import "testing"

// TestSloganPersons (sloganPersons, sloganQuote): capitalised words of
// a slogan a sign displays or a crowd chants are no persons; a person
// named outside the slogan too stays.
func TestSloganPersons(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a banner's slogan", "Activists unfurled a banner reading \"Stop Drilling, Start Paying\" on the platform.",
			nil, []string{"Stop Drilling (person)", "Start Paying (person)"}},
		{"placards", "Students carried placards saying \"Save Harbour Park\" outside the council.",
			nil, []string{"Save Harbour Park (person)"}},
		{"a chant", "The crowd was chanting \"Hands Off Velmar\" as the police arrived.",
			nil, []string{"Hands Off Velmar (person)"}},
		{"a person named outside the slogan stays", "\"We will win,\" said Marta Kovac. Fans carried a banner reading \"Marta Kovac\".",
			[]string{"Marta Kovac (person)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
