package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestItActs (pronoun:it-acts): a sentence-initial "It" with an action
// is the organisation or country the sentence before had as subject;
// nobody when that subject was no actor or several.
func TestItActs(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a country, then It filed",
			"Brazil denies the charge. It filed a complaint against Argentina at the World Trade Organization last month.",
			map[string]graph.Modality{"Brazil ACCUSE Argentina": graph.Asserted}, nil, nil},
		{"a ministry, then It thanked",
			"The Danish Foreign Ministry confirmed the release. It thanked Oman for its help.",
			map[string]graph.Modality{"Danish Foreign Ministry SUPPORT Oman": graph.Asserted}, nil, nil},
		{"a thing before: nobody",
			"A leaked memo about the Danish Foreign Ministry appeared on Monday. It accused Kenya of abuses.",
			nil, []string{"Danish Foreign Ministry ACCUSE Kenya"}, nil},
		{"two subjects before: nobody",
			"Norway and Sweden signed a pact. It accused Denmark of delays.",
			nil, []string{"Norway ACCUSE Denmark", "Sweden ACCUSE Denmark"}, nil},
		{"a person before: nobody",
			"Anna Berg visited Oslo on Monday. It thanked Oman for its help.",
			nil, []string{"Anna Berg SUPPORT Oman"}, nil},
		{"negated twin",
			"The Danish Foreign Ministry confirmed the release. It did not thank Oman for its help.",
			map[string]graph.Modality{"Danish Foreign Ministry SUPPORT Oman": graph.Negated}, nil, nil},
		{"future twin",
			"The Danish Foreign Ministry confirmed the release. It will thank Oman at the summit.",
			nil, nil, []string{"Danish Foreign Ministry SUPPORT Oman"}},
	})
}
