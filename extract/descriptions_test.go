package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescriptionEnds (electedWinner, organisationSides, stateBody):
// descriptions as the ends of relations resolve to the actor named
// before them, and the evidence records the antecedent.
func TestDescriptionEnds(t *testing.T) {
	runModalCases(t, []modalCase{
		{"the president-elect is the winner of the election",
			"Lucia Arrieta won the runoff on Sunday. Argentina and Colombia congratulated the president-elect.",
			map[string]graph.Modality{"Argentina SUPPORT Lucia Arrieta": graph.Asserted, "Colombia SUPPORT Lucia Arrieta": graph.Asserted}, nil, nil},
		{"elected in the passive",
			"Tomas Berg was elected on Sunday with 52 percent. His rival Ana Lind conceded. Norway praised the president-elect.",
			map[string]graph.Modality{"Norway SUPPORT Tomas Berg": graph.Asserted}, []string{"Norway SUPPORT Ana Lind"}, nil},
		{"no winner, no antecedent",
			"Tomas Berg spoke on Sunday. Norway praised the president-elect.",
			nil, []string{"Norway SUPPORT Tomas Berg"}, nil},
		{"the two companies that dealt with each other",
			"Dunmore Chemicals agreed to buy rival Solmira Networks on Monday. The two companies held talks for six months.",
			map[string]graph.Modality{"Dunmore Chemicals CONSULT Solmira Networks": graph.Asserted}, nil, nil},
		{"the company is no agency",
			"The Ohio Environmental Protection Agency warned Dunmore Chemicals in 2014. The agency fined the company twice.",
			map[string]graph.Modality{"Ohio Environmental Protection Agency SANCTION Dunmore Chemicals": graph.Asserted}, nil, nil},
		{"negated twin",
			"Dunmore Chemicals agreed to buy rival Solmira Networks on Monday. The two companies did not hold talks before.",
			nil, nil, []string{"Dunmore Chemicals CONSULT Solmira Networks"}},
		{"future twin",
			"Lucia Arrieta won the runoff on Sunday. Argentina will congratulate the president-elect.",
			nil, nil, []string{"Argentina SUPPORT Lucia Arrieta"}},
	})
	for _, tc := range []struct{ text, want string }{
		{"Lucia Arrieta won the runoff on Sunday. Argentina congratulated the president-elect.",
			"SUPPORT: the president-elect (description:office) ← Lucia Arrieta = Lucia Arrieta"},
		{"The Ohio Environmental Protection Agency warned Dunmore Chemicals in 2014. The agency fined the company twice.",
			"SANCTION: the company (description:organisation) ← Dunmore Chemicals = Dunmore Chemicals"},
	} {
		if got := resolvedEvidence(t, tc.text); !slices.Contains(got, tc.want) {
			t.Errorf("%q: evidence records %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTheySaidUnnamedSources (unnamedSources): "they said" after a
// sentence credited to unnamed people continues them, not the
// sentence's plural subject; after a named plural subject it is that
// subject.
func TestTheySaidUnnamedSources(t *testing.T) {
	got := statementsOf(t, "Halvorsen Bank and Tallis Bank held talks for a month, according to people familiar with the matter. Tallis rejected the first offer as too low, they said.")
	for _, g := range got {
		if strings.HasPrefix(g, "Halvorsen Bank:") || strings.HasPrefix(g, "Tallis Bank:") {
			t.Errorf("a statement of unnamed sources credited to a bank: %q", g)
		}
	}
	got = statementsOf(t, "Halvorsen Bank and Tallis Bank held talks for a month. The offer was too low, they said.")
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Halvorsen Bank:") }) {
		t.Errorf("\"they said\" after a named plural subject: have %q, want a statement of Halvorsen Bank", got)
	}
}
