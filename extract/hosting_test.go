package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestHostedTalksBetween: the host of talks between two sides consults each
// (slot hosted, rule "parse: mediation"); hosts named together do not
// meet each other for it (rel.co-hosts); what is hosted between two
// sides that is no consultation is no mediation.
func TestHostedTalksBetween(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a host in a relative clause",
			"Egypt, which has hosted talks between Israel and Hamas since May, said the next round would start on Friday.",
			map[string]graph.Modality{"Egypt CONSULT Israel": graph.Asserted, "Egypt CONSULT Hamas": graph.Asserted,
				"Israel CONSULT Hamas": graph.Asserted}, nil, nil},
		{"a round of negotiations",
			"Kenya hosted a fresh round of negotiations between Ethiopia and Eritrea on Monday.",
			map[string]graph.Modality{"Kenya CONSULT Ethiopia": graph.Asserted, "Kenya CONSULT Eritrea": graph.Asserted}, nil, nil},
		{"talks hosted by",
			"Sudan and South Sudan held talks hosted by Ethiopia in April.",
			map[string]graph.Modality{"Ethiopia CONSULT Sudan": graph.Asserted, "Ethiopia CONSULT South Sudan": graph.Asserted}, nil, nil},
		{"co-hosts of talks consult each side, not each other",
			"Norway and Qatar hosted talks between Colombia and Venezuela on Monday.",
			map[string]graph.Modality{"Norway CONSULT Colombia": graph.Asserted, "Qatar CONSULT Venezuela": graph.Asserted},
			[]string{"Norway CONSULT Qatar"}, nil},
		{"a match between two sides is no consultation",
			"Qatar hosted the final between Argentina and France in December.",
			nil, []string{"Qatar CONSULT Argentina", "Qatar CONSULT France"}, nil},
		{"a guest hosted is met",
			"Japan hosted Indonesia's president on Tuesday.",
			map[string]graph.Modality{"Japan CONSULT Indonesia": graph.Asserted}, nil, nil},
		{"co-hosts are no pair",
			"Turkey and Qatar hosted the summit in Istanbul.",
			nil, []string{"Turkey CONSULT Qatar"}, nil},
		{"co-hosting diplomats are no pair",
			"Turkish and Qatari diplomats hosted three meetings in Doha.",
			nil, []string{"Turkey CONSULT Qatar"}, nil},
		{"negated twin",
			"Egypt has not hosted talks between Israel and Hamas since May.",
			nil, nil, []string{"Egypt CONSULT Israel", "Egypt CONSULT Hamas"}},
		{"future twin",
			"Egypt will host talks between Israel and Hamas next week.",
			nil, nil, []string{"Egypt CONSULT Israel", "Egypt CONSULT Hamas"}},
	})
}
