package extract

import "testing"

// TestOrganisationDescriptions (description:organisation): "the fund",
// "the office", "the board" and "the agency" are the organisation of
// that kind named before them: a name with the noun ("the fund" after
// "the Global Resilience Fund", also through an alias), "the agency"
// also a body whose name is an agency's ("United Nations Children's
// Fund", "International Organization for Migration"), "the board" the
// organisation whose board the text named; never a company for "the
// agency", nor "the office of" someone.
func TestOrganisationDescriptions(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the fund's director",
			"The Global Resilience Fund approved a grant to Fiji on Monday. The fund's director, Amina Sow, said Japan had pledged new money.",
			[]string{"Amina Sow ROLE Global Resilience Fund"}, nil},
		{"contributions to the fund",
			"The Global Resilience Fund approved a grant to Fiji on Monday. Japan and Canada donated $40 million to the fund in March.",
			[]string{"Japan AID Global Resilience Fund", "Canada AID Global Resilience Fund"}, nil},
		{"the office criticised",
			"The Ombudsman's Office opened an inquiry into the prison service on Monday. Justice Minister Rui Campos criticised the office for leaking its findings.",
			[]string{"Rui Campos ACCUSE Ombudsman's Office"}, nil},
		{"the office of someone is no description",
			"The Ombudsman's Office opened an inquiry on Monday. Rui Campos, who heads the office of the prime minister, criticised the prison service.",
			nil, []string{"Rui Campos ACCUSE Ombudsman's Office"}},
		{"the board is the company whose board the text named",
			"The board of Danish brewer Hallgren Breweries dismissed chief executive Lars Holm on Monday. The Brewery Workers' Union urged the board to protect jobs.",
			[]string{"Brewery Workers' Union REQUEST Hallgren Breweries"}, nil},
		{"the board backed",
			"Vantor Mining reported a loss in Perth on Friday. Investor Paul Greer backed the board and said the chairman should stay.",
			[]string{"Paul Greer SUPPORT Vantor Mining"}, nil},
		{"the agency is a fund of the United Nations",
			"UNICEF appealed for money for Sudan on Tuesday. Health Minister Haitham Ibrahim thanked the agency for its help in the camps.",
			[]string{"Haitham Ibrahim SUPPORT UNICEF"}, nil},
		{"the agency is an organisation for migration",
			"The International Organization for Migration said 300 people had drowned off Libya. The Libyan coast guard accused the agency of exaggerating.",
			[]string{"Libyan Coast Guard ACCUSE International Organization for Migration"}, nil},
		{"the agency through an alias",
			"Frontex sent 40 officers to the Bulgarian border on Monday. Migration Minister Nikos Pappas accused the agency of pushing migrants back.",
			[]string{"Nikos Pappas ACCUSE Frontex"}, nil},
		{"the agency is no company",
			"Toyota recalled 40,000 cars on Monday. Transport Minister Rui Campos criticised the agency for its delay.",
			nil, []string{"Rui Campos ACCUSE Toyota"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := depFacts(t, tc.text)
			for f := range roleFacts(t, tc.text) {
				got[f] = true
			}
			checkFacts(t, tc.text, got, tc.want, tc.not)
		})
	}
}

func TestDescriptionHeadsLexicon(t *testing.T) {
	if !descriptionHeads["agency"]["programme"] {
		t.Errorf("lexicon/description_heads.tsv: agency heads %v lack programme", descriptionHeads["agency"])
	}
	for _, bad := range []string{"agency\n", "agency\tfund\nagency\toffice\n"} {
		if _, err := parseDescriptionHeads(bad); err == nil {
			t.Errorf("parseDescriptionHeads(%q) gave no error", bad)
		}
	}
}
