package extract

import (
	"strings"
	"testing"
)

// TestDescribedAfterPreposition (describedAfterPreposition): a name
// after a preposition and a description ("by rival X", "with German
// carmaker X") is no speaker of a participle's "saying …"; a described
// name that is the clause's subject still is.
func TestDescribedAfterPreposition(t *testing.T) {
	for _, tc := range []struct{ name, text, want, not string }{
		{"by rival X",
			"The regulator blocked the takeover of Brakvia Foods by rival Halvard Group, saying the deal would raise prices.",
			"", "Halvard Group:"},
		{"with a nationality and a trade",
			"The regulator fined the cartel in a deal with German carmaker Velmar Motors, saying it had lasted years.",
			"", "Velmar Motors:"},
		{"a described subject speaks",
			"Rival carmaker Velmar Motors cut prices, saying demand had fallen.",
			"Velmar Motors: demand had fallen", ""},
		{"a named subject speaks",
			"Norway blocked the takeover of Brakvia Foods by rival Halvard Group, saying the deal would raise prices.",
			"Norway: the deal would raise prices", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			if tc.want != "" {
				checkStatements(t, got, tc.want, nil)
			}
			for _, g := range got {
				if tc.not != "" && strings.HasPrefix(g, tc.not) {
					t.Errorf("have %q, want none by %q", g, tc.not)
				}
			}
		})
	}
}
