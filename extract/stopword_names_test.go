package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestStopWordOpensName: a function word that is also a name ("Than",
// "An", "So", "Even", "Will", "Long"), capitalised inside running text
// before a capitalised name word, opens the name (stopWordOpensName);
// first in the sentence, after another capital, before a stop word or
// in a title-case headline it stays a stop word.
func TestStopWordOpensName(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"after a counterpart's comma", "Foreign Minister Dana Holm said she had spoken with her Burmese counterpart, Than Sein Win, on Sunday.",
			[]string{"Than Sein Win (person)"}, []string{"Sein Win (person)"}},
		{"after a lower-case verb", "Trade Minister Ana Ruiz met Long Dinh Tran, the deputy trade minister, in Hanoi.",
			[]string{"Long Dinh Tran (person)"}, []string{"Dinh Tran (person)"}},
		{"a hyphenated given name", "The envoy thanked An Ji-hye, the deputy foreign minister, in Seoul.",
			[]string{"An Ji-hye (person)"}, []string{"Ji-hye (person)"}},
		{"after another capitalised stop word", "Exports to Poland rose faster than planned, and Even So Far was a hit.",
			nil, []string{"So Far (person)", "Even So Far (person)"}},
		{"first in the sentence", "Even Norway's fishermen protested.",
			nil, []string{"Even Norway (person)", "Even Norway (country)"}},
		{"a title-case headline", "Minister Says Exports Grew More Than Expected Across Region",
			nil, []string{"Than Expected Across Region (person)", "Than Expected (person)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
	runTriggerCases(t, []triggerCase{
		{"the counterpart consulted, not the country", "Foreign Minister Dana Holm said she had spoken by phone with her Burmese counterpart, Than Sein Win, on Sunday.",
			"Dana Holm CONSULT Than Sein Win", graph.Asserted, "Dana Holm CONSULT Myanmar"},
	})
}
