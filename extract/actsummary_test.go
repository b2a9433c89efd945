package extract

import "testing"

// TestActSummary reads invented sentences whose act noun in apposition
// ("…, a move X condemned") sums up the clause before it.
func TestActSummary(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a reduced relative on a move",
			"Portugal expelled three Moroccan diplomats last week, a move Rabat condemned as unjustified.",
			[]string{"Portugal SANCTION Morocco", "Morocco ACCUSE Portugal"}, nil},
		{"a decision with an adjective",
			"The European Union imposed new duties on Chilean copper, a controversial decision Santiago criticised on Monday.",
			[]string{"Chile ACCUSE European Union"}, nil},
		{"a that-relative on a step",
			"Lithuania opened a trade office in Taipei, a step that Poland welcomed.",
			[]string{"Poland SUPPORT Lithuania"}, nil},
		{"a negated stance is no fact",
			"Portugal expelled three Moroccan diplomats last week, a move Rabat did not condemn.",
			[]string{"Portugal SANCTION Morocco"}, []string{"Morocco ACCUSE Portugal"}},
		{"a future stance is no fact",
			"Portugal expelled three Moroccan diplomats last week, a move Rabat would condemn.",
			nil, []string{"Morocco ACCUSE Portugal"}},
		{"a noun that sums nothing up is not read",
			"Portugal expelled three Moroccan diplomats, the envoys Rabat condemned.",
			nil, []string{"Morocco ACCUSE Portugal"}},
		{"a clause with no actor for a subject gives nothing",
			"The talks ended without a deal, a decision Sweden criticised.",
			nil, []string{"Sweden ACCUSE Sweden"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, depFacts(t, tc.text), tc.want, tc.not) })
	}
}
