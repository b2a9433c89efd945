package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// fillerSentences puts more sentences between a lead and a description
// than electedWinner's window reaches.
const fillerSentences = "Turnout was 71 percent. Observers praised the count. Markets rose on Monday. The currency gained 2 percent. Bond yields fell. A cabinet is expected within weeks. Fuel prices rose. Teachers went on strike. Schools closed early. Rain fell in the south."

// TestLeadWinner (description:office, leadWinner): "the
// president-elect" far from the lead is the lead's winner; a lead with
// no win, or won by an organisation, gives no one.
func TestLeadWinner(t *testing.T) {
	runModalCases(t, []modalCase{
		{"the lead's winner, many sentences on",
			"QUITO - Former mayor Ana Velasco won Ecuador's presidential runoff on Sunday, beating Jorge Paredes. " + fillerSentences + " Chile and Uruguay also congratulated the president-elect.",
			map[string]graph.Modality{"Chile SUPPORT Ana Velasco": graph.Asserted, "Uruguay SUPPORT Ana Velasco": graph.Asserted},
			[]string{"Chile SUPPORT Jorge Paredes"}, nil},
		{"a lead with no win",
			"QUITO - Jorge Paredes conceded Ecuador's presidential runoff late on Sunday. " + fillerSentences + " Chile also congratulated the president-elect.",
			nil, []string{"Chile SUPPORT Jorge Paredes"}, nil},
		{"an organisation won",
			"QUITO - The Citizen Revolution Movement won Ecuador's election on Sunday, Jorge Paredes said. " + fillerSentences + " Chile also congratulated the president-elect.",
			nil, []string{"Chile SUPPORT Jorge Paredes", "Chile SUPPORT Citizen Revolution Movement"}, nil},
	})
}

// TestSidesOfKind (description:sides, sidesOfKind): "both companies",
// "the two banks" are two organisations the text calls by that kind,
// not the last pair that dealt with each other when one of it is of
// another kind; with no two of that kind the last pair stays.
func TestSidesOfKind(t *testing.T) {
	runModalCases(t, []modalCase{
		{"two companies, not the charity",
			"Swedish drugmaker Kestrel Pharma sued generics company Fjord Biomedical on Monday. The Red Cross criticised Kestrel Pharma on Tuesday. Norway urged both companies to settle the dispute.",
			map[string]graph.Modality{"Norway REQUEST Kestrel Pharma": graph.Asserted, "Norway REQUEST Fjord Biomedical": graph.Asserted},
			[]string{"Norway REQUEST Red Cross"}, nil},
		{"two banks, not the union",
			"Nordia Bank agreed to buy the lender Kestrel Bank on Monday. The union Unio criticised Kestrel Bank. Norway urged the two banks to protect jobs.",
			map[string]graph.Modality{"Norway REQUEST Nordia Bank": graph.Asserted, "Norway REQUEST Kestrel Bank": graph.Asserted},
			[]string{"Norway REQUEST Unio"}, nil},
		{"a pair of that kind that dealt wins over later names",
			"Kestrel Bank sued Nordia Bank on Monday. Analysts at Baltic Bank and Fenno Bank were surprised. Norway urged both banks to settle.",
			map[string]graph.Modality{"Norway REQUEST Kestrel Bank": graph.Asserted, "Norway REQUEST Nordia Bank": graph.Asserted},
			[]string{"Norway REQUEST Baltic Bank", "Norway REQUEST Fenno Bank"}, nil},
	})
}

// TestSidesOfKindAntecedent: the evidence records "both companies" and
// the names before it for each side.
func TestSidesOfKindAntecedent(t *testing.T) {
	got := resolvedEvidence(t, "Swedish drugmaker Kestrel Pharma sued generics company Fjord Biomedical on Monday. The Red Cross criticised Kestrel Pharma on Tuesday. Norway urged both companies to settle the dispute.")
	n := 0
	for _, g := range got {
		if strings.HasPrefix(g, "REQUEST: both companies (description:sides)") && (strings.HasSuffix(g, "= Kestrel Pharma") || strings.HasSuffix(g, "= Fjord Biomedical")) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want both companies resolved to Kestrel Pharma and Fjord Biomedical, have %q", got)
	}
}

// TestHostGovernment (description:government, hostGovernment): "the
// government" after an envoy posted in a capital is the host's when the
// envoy acts on it; an envoy who says something of "the government"
// speaks of the own one, and with no capital named the rule is silent.
func TestHostGovernment(t *testing.T) {
	runModalCases(t, []modalCase{
		{"ambassador in a capital urges the government",
			"Kenya's health ministry said on Monday it would review insulin prices. Kari Dahl, Norway's ambassador in Nairobi, urged the government to let the courts settle the dispute.",
			map[string]graph.Modality{"Kari Dahl REQUEST Kenya": graph.Asserted}, []string{"Kari Dahl REQUEST Norway"}, nil},
		{"an embassy in a capital",
			"Latvia and Estonia signed a border pact. The Finnish embassy in Tallinn urged the government to publish the maps.",
			map[string]graph.Modality{"Finnish Embassy REQUEST Estonia": graph.Asserted}, []string{"Finnish Embassy REQUEST Finland"}, nil},
		{"an envoy saying something of the government",
			"Kenya's health ministry said on Monday it would review insulin prices. Norway's ambassador in Nairobi, Kari Dahl, said the government would help Kenya.",
			nil, []string{"Kenya AID Kenya", "Kari Dahl REQUEST Kenya"}, nil},
	})
}
