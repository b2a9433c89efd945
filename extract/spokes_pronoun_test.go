package extract

import "testing"

// TestSpokespersonPronoun (spokespersonPronoun): "he" or "she" after an
// unnamed spokesperson's statement for a body speaks for the body; with
// no spokesperson before it the pronoun stays no one's, and a named
// spokesperson keeps their words.
func TestSpokespersonPronoun(t *testing.T) {
	for _, tc := range []struct{ name, text, want, not string }{
		{"a quotation after a company's spokeswoman",
			"A Brakvia spokeswoman said the company would defend itself. \"We believe the claims are without merit,\" she said.",
			"Brakvia: We believe the claims are without merit", ""},
		{"reported speech after a body's spokesman",
			"A spokesman for the Harbour Safety Board said the checks would go on. He said no ferry had failed.",
			"Harbour Safety Board: no ferry had failed", ""},
		{"no spokesperson before",
			"Brakvia said the company would defend itself. \"We will win,\" she said.",
			"", "Brakvia: We will win"},
		{"a named spokesperson keeps the words",
			"A Brakvia spokeswoman, Ana Lind, said the company would defend itself. \"We will win,\" she said.",
			"Ana Lind: We will win", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			if tc.want != "" {
				checkStatements(t, got, tc.want, nil)
			}
			for _, g := range got {
				if tc.not != "" && len(g) >= len(tc.not) && g[:len(tc.not)] == tc.not {
					t.Errorf("have %q, want none starting %q", g, tc.not)
				}
			}
		})
	}
}
