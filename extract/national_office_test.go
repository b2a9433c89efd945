package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestUnnamedNationalOffice: an unnamed ambassador, envoy or minister of a
// nationality stands for the country (description:national-office);
// one the article names is that person, and a head of state is no
// such office.
func TestUnnamedNationalOffice(t *testing.T) {
	consult := func(e graph.Edge) bool { return e.Class == graph.Consult || e.Class == graph.Accuse }
	for _, tc := range []struct {
		name, text string
		want, not  string
	}{
		{"ambassador and minister unnamed", "The Chilean ambassador met the Danish foreign minister in Oslo on Monday.",
			"Chile CONSULT Denmark", ""},
		{"summoned an unnamed ambassador", "Germany summoned the Peruvian ambassador over the arrests.",
			"Germany ACCUSE Peru", ""},
		{"a named holder is the person", "Chilean Ambassador Rosa Vidal arrived on Sunday. The Chilean ambassador met the Danish foreign minister on Monday.",
			"Rosa Vidal CONSULT Denmark", "Chile CONSULT Denmark"},
		{"a president is no national office", "The Chilean president met the Danish foreign minister on Monday.",
			"", "Chile CONSULT Denmark"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, true, consult)
			if tc.want != "" && !got[tc.want] {
				t.Errorf("edges %v, want %s", got, tc.want)
			}
			if tc.not != "" && got[tc.not] {
				t.Errorf("edges %v, want no %s", got, tc.not)
			}
		})
	}
}
