package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCampaignIsNoCompany (description:organisation, nonCompanyHeads):
// "the company" in a sentence whose subject is an alliance or a
// coalition is not that body; a company's own sentence still gives it.
func TestCampaignIsNoCompany(t *testing.T) {
	runModalCases(t, []modalCase{
		{"an alliance accusing the company",
			"Norvik Pharma raised the price of its inhaler by 40 percent. The Asthma Patients Alliance, which speaks for 20 groups, accused the company of profiteering.",
			map[string]graph.Modality{"Asthma Patients Alliance ACCUSE Norvik Pharma": graph.Asserted}, []string{"Asthma Patients Alliance ACCUSE Asthma Patients Alliance"}, nil},
		{"a coalition criticising the firm",
			"Tallon Mining cut 900 jobs in March. The Clean Rivers Coalition, a group of farmers, criticised the firm for the spill.",
			map[string]graph.Modality{"Clean Rivers Coalition ACCUSE Tallon Mining": graph.Asserted}, nil, nil},
	})
}
