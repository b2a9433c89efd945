package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSouthSlavicGivenNames: given names of lexicon/name_gender.tsv keep
// a pronoun off a person of the other gender (session 20: South Slavic
// names). "demanded that she resign" after a man shielding a man is
// no demand on him.
func TestSouthSlavicGivenNames(t *testing.T) {
	for w, want := range map[string]byte{"jelena": 'f', "ivana": 'f', "goran": 'm', "tomislav": 'm'} {
		if got := nameGender[w]; got != want {
			t.Errorf("lexicon/name_gender.tsv: %q is %q, want %q", w, got, want)
		}
	}
	runTriggerCases(t, []triggerCase{
		{"she is not the man named last",
			"Opposition leader Goran Babic accused Jelena Horvat of shielding Zoran Kovac and demanded that she resign.",
			"Goran Babic ACCUSE Jelena Horvat", graph.Asserted, "Goran Babic REQUEST Zoran Kovac"},
	})
}
