package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldDescriptions: "the U.N. nuclear watchdog", "the maritime
// watchdog" refer back to the organisation of that kind named before
// (fieldDescription, lexicon/description_fields.txt), and speak for it;
// a verb of speech followed by a preposition's object reports the clause
// before it (prepositionObjectAfterVerb); a verb that opens a short
// content is no clause (fragment: "to member states on Thursday").
func TestFieldDescriptions(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // statements "speaker: content" (prefixes)
		not  []string // prefixes no statement may have
	}{
		{"VIENNA, Dec 3 (Wire) - Syria blocked inspectors of the International Atomic Energy Agency (IAEA) from a site near Homs, the U.N. nuclear watchdog said in a confidential report to member states on Thursday.",
			[]string{"International Atomic Energy Agency: Syria blocked inspectors"},
			[]string{"International Atomic Energy Agency: a confidential", "International Atomic Energy Agency: states", "United Nations:"}},
		{"The Baltic Shipping Authority fined the ferry operator on Monday. Two of its ships had sailed without working radios, the maritime watchdog said.",
			[]string{"Baltic Shipping Authority: Two of its ships had sailed"}, nil},
		{"Prices rose by a third in March, the Nordbank Authority said in a quarterly report to its members on Friday.",
			[]string{"Nordbank Authority: Prices rose by a third in March"},
			[]string{"Nordbank Authority: a quarterly report"}},
		{"The Harbour Authority said on Monday the talks had failed.",
			[]string{"Harbour Authority: the talks had failed"}, nil},
	} {
		got := statementsOf(t, tc.text)
		for _, w := range tc.want {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
				t.Errorf("statements of %q are %q, want one starting %q", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, n) }) {
				t.Errorf("statements of %q are %q, want none starting %q", tc.text, got, n)
			}
		}
	}
}
