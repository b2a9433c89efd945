package extract

import "testing"

// TestOccasionAfterTrigger (occasionAfterTrigger, in actionTimeIn): a
// past action takes no day from a coming occasion named after it, but
// keeps its own; a planned action may take the occasion's.
func TestOccasionAfterTrigger(t *testing.T) {
	for _, tc := range []struct {
		text, edge, when string
	}{
		{"Finnish Prime Minister Aino Koskinen met Swedish Prime Minister Erik Lund in Helsinki before the summit in December.", "Aino Koskinen CONSULT Erik Lund", ""},
		{"Chile and Peru signed a fishing pact ahead of the vote in June.", "Chile AGREE Peru", ""},
		{"Finnish Prime Minister Aino Koskinen met Swedish Prime Minister Erik Lund on Friday before the summit in December.", "Aino Koskinen CONSULT Erik Lund", "2026-02-27"},
		{"Finnish Prime Minister Aino Koskinen will meet Swedish Prime Minister Erik Lund before the summit in December.", "Aino Koskinen CONSULT Erik Lund", "2026-12"},
		{"Finnish Prime Minister Aino Koskinen met Swedish Prime Minister Erik Lund in December.", "Aino Koskinen CONSULT Erik Lund", "2025-12"},
	} {
		b, names := extractNamed(t, tc.text)
		found := false
		for _, e := range b.Edges {
			if !e.Class.BetweenActors() || len(e.Evidence) == 0 {
				continue
			}
			k1 := names[e.Source] + " " + string(e.Class) + " " + names[e.Target]
			k2 := names[e.Target] + " " + string(e.Class) + " " + names[e.Source]
			if k1 != tc.edge && !(e.Class.Symmetric() && k2 == tc.edge) {
				continue
			}
			found = true
			if got := e.Evidence[0].When; got != tc.when {
				t.Errorf("%q: %s when %q, want %q", tc.text, tc.edge, got, tc.when)
			}
		}
		if !found {
			t.Errorf("%q: no %s", tc.text, tc.edge)
		}
	}
}
