package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestHostedTalksBetween (rel.hosted-talks-between, rel.co-hosts): the host of
// talks between two sides consults each; hosts named together do not
// meet each other for it.
func TestHostedTalksBetween(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a host in a relative clause",
			"Egypt, which has hosted talks between Israel and Hamas since May, said the next round would start on Friday.",
			map[string]graph.Modality{"Egypt CONSULT Israel": graph.Asserted, "Egypt CONSULT Hamas": graph.Asserted,
				"Israel CONSULT Hamas": graph.Asserted}, nil, nil},
		{"a round of negotiations",
			"Kenya hosted a fresh round of negotiations between Ethiopia and Eritrea on Monday.",
			map[string]graph.Modality{"Kenya CONSULT Ethiopia": graph.Asserted, "Kenya CONSULT Eritrea": graph.Asserted}, nil, nil},
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
