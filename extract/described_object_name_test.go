package extract

import (
	"strings"
	"testing"
)

// TestDescribedAfterPreposition (describedAfterPreposition,
// prepositionObject): a name after a preposition and a description ("by
// rival X", "with German carmaker X") is no speaker of a participle's
// "saying …", nor a participle's agent set off by commas before "said"
// ("the mission, led by X, said"); a described name that is the
// clause's subject still is.
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
		{"the agent of a participle set off by commas",
			"The observer mission, led by former Velmarian president Ana Lind, said the election had been credible.",
			"", "Ana Lind:"},
		{"the agent past a description",
			"The delegation, headed by the veteran diplomat Ana Lind, said the talks would go on.",
			"", "Ana Lind:"},
		{"an appositive name still speaks",
			"Our correspondent, Miguel Santos, says the talks would go on.",
			"Miguel Santos: the talks would go on", ""},
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
