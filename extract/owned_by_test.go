package extract

import "testing"

// TestDescribedOrgLedBy (organisation led by, describedBodyBefore,
// describedPersonGroup): an organisation named before an indefinite
// description that is owned, run or led by a person, described or
// not, gives the person a ROLE in it; a tie denied or past, or an
// owner that is no person, gives none.
func TestDescribedOrgLedBy(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Kestrel Logistics, a haulage company owned by businessman Tomasz Wrona, won the tender.",
			[]string{"Tomasz Wrona ROLE Kestrel Logistics"}, nil},
		{"Baltica Trade, a shipping firm run by lawyer Andris Kalnins, denied wrongdoing.",
			[]string{"Andris Kalnins ROLE Baltica Trade"}, nil},
		{"Vesta Fuel, a trading firm run by his brother-in-law, Piotr Nowak, denied it.",
			[]string{"Piotr Nowak ROLE Vesta Fuel"}, nil},
		{"Nord Harbour Media, a broadcaster led by Eva Lindqvist, denied the report.",
			[]string{"Eva Lindqvist ROLE Nord Harbour Media"}, nil},
		{"Kestrel Logistics, a company not owned by Tomasz Wrona, won the tender.",
			nil, []string{"Tomasz Wrona ROLE Kestrel Logistics"}},
		{"Kestrel Logistics, a company once run by Tomasz Wrona, won the tender.",
			nil, []string{"Tomasz Wrona ROLE Kestrel Logistics"}},
	}
	for _, tc := range tests {
		b, names := extractNamed(t, tc.text)
		got := map[string]bool{}
		for _, e := range b.Edges {
			got[names[e.Source]+" "+string(e.Class)+" "+names[e.Target]] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: missing %q; have %v", tc.text, w, got)
			}
		}
		for _, w := range tc.not {
			if got[w] {
				t.Errorf("%q: unexpected %q", tc.text, w)
			}
		}
	}
}
