package extract_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestExplainSaysWhyNotStored: an actor a weakening pass leaves out is
// explained by that pass, not as one named only in headings.
func TestExplainSaysWhyNotStored(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, tc := range []struct {
		text, actor, rule string
	}{
		{"The painter Andy Morrow took many pictures. They were among the Morrow Polaroids donated to the museum on Monday.", "Morrow Polaroids", "namedAfterPerson"},
		{"Children with low iodine levels scored lower in IQ tests, the minister Dana Reyes said.", "IQ", "idleAcronyms"},
		{"Visitors had seen the Golden Wings installation before, Dana Reyes said.", "Golden Wings", "idleArticleNames"},
		{"Harbour Board letters reached the office on Monday, Dana Reyes said.", "Harbour Board", "modifierOnlyNames"},
	} {
		_, ex := explainText(t, x, tc.actor, tc.text)
		found := false
		for _, a := range ex.Actors {
			if a.Label != tc.actor {
				continue
			}
			found = true
			if a.Stored || !strings.Contains(a.NotStored, "("+tc.rule+")") {
				t.Errorf("%s: stored %v, not stored because %q; want left out by %s", tc.actor, a.Stored, a.NotStored, tc.rule)
			}
		}
		if !found {
			t.Errorf("%q: no actor %s explained", tc.text, tc.actor)
		}
	}
}
