package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestItClause (pronoun:it-clause): an "it" opening a clause after
// "and"/"but" is the body its own sentence opened with; a person's
// sentence, two subjects, an "it" before no acting verb and an "it" in
// quotation marks stay no one.
func TestItClause(t *testing.T) {
	runModalCases(t, []modalCase{
		{"after a time phrase",
			"The Peruvian government has accused several logging firms of evading taxes, and in April it fined Maderas Amazonia $4 million.",
			map[string]graph.Modality{"Peru SANCTION Maderas Amazonia": graph.Asserted}, nil, nil},
		{"after a reported clause",
			"The Zambian Chamber of Mines warned that the dispute could cost thousands of jobs, and it called on Zambia to reopen talks.",
			map[string]graph.Modality{"Zambian Chamber of Mines REQUEST Zambia": graph.Asserted}, nil, nil},
		{"but, with an adverb",
			"Estonia protested to Latvia on Monday, but later it thanked Finland for its help.",
			map[string]graph.Modality{"Estonia SUPPORT Finland": graph.Asserted}, nil, nil},
		{"a person's sentence: it is a thing",
			"Anna Kowalczyk criticised the central bank's forecast, and it fined Nordea Bank.",
			nil, []string{"Anna Kowalczyk SANCTION Nordea Bank"}, nil},
		{"two subjects: no one of them",
			"Norway and Sweden signed the fisheries pact, and it banned trawlers from Denmark.",
			nil, []string{"Norway SANCTION Denmark", "Sweden SANCTION Denmark"}, nil},
		{"a thing's it before no acting verb",
			"Slovenia published the audit on Monday, and it showed that Croatia had paid late.",
			nil, []string{"Slovenia ACCUSE Croatia", "Slovenia SUPPORT Croatia"}, nil},
		{"quoted it",
			"\"We signed the plan, and it helped Moldova,\" Romania's foreign ministry said.",
			nil, []string{"Romanian Foreign Ministry AID Moldova", "Romania AID Moldova"}, nil},
		{"negated twin",
			"The Peruvian government has accused several logging firms of evading taxes, but it did not fine Maderas Amazonia.",
			nil, nil, []string{"Peru SANCTION Maderas Amazonia"}},
	})
}

// TestItClauseAntecedent: the evidence of an edge whose sentence does
// not name its source records the mention that stands for it and the
// name before it.
func TestItClauseAntecedent(t *testing.T) {
	got := resolvedEvidence(t, "Uruguay revoked the licence of Brazilian miner Serra Dourada on Friday. The government has accused several foreign miners of underpaying royalties, and in March it fined Minera Andina $3 million.")
	for _, g := range got {
		if strings.HasPrefix(g, "SANCTION: ") && strings.HasSuffix(g, "← Uruguay = Uruguay") {
			return
		}
	}
	t.Errorf("no SANCTION resolved to Uruguay among %q", got)
}
