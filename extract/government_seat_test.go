package extract

import "testing"

// TestGovernmentInSeat: "the government in <capital>" is that capital's
// country's government, though the dateline or an earlier sentence names
// another country (governmentInSeat).
func TestGovernmentInSeat(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a capital after in names the government",
			"Coup\n\nABUJA, Sept 3 (Wire) - ECOWAS suspended Guinea-Bissau after a coup, and Nigeria closed its border. Portugal suspended its budget support to the government in Bissau on Wednesday.\n",
			[]string{"Portugal SANCTION Guinea-Bissau"}, []string{"Portugal SANCTION Nigeria"}},
		{"without a capital the dateline's government stays",
			"Coup\n\nABUJA, Sept 3 (Wire) - ECOWAS suspended Guinea-Bissau after a coup, and Nigeria closed its border. Portugal suspended its budget support to the government on Wednesday.\n",
			nil, []string{"Portugal SANCTION Guinea-Bissau"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, depFacts(t, tc.text), tc.want, tc.not) })
	}
}
