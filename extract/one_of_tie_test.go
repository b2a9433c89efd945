package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestOneOfTie (parse: tie noun, oneOfTieArgs): "X, one of Y's largest
// aid donors," and "X, a major donor to Y," are AID from X to Y, as "X,
// Y's largest aid donor," is; "one of the donors" names no one, and a
// donor "to the fund" of a person's apposition is no country's tie.
func TestOneOfTie(t *testing.T) {
	runModalCases(t, []modalCase{
		{"one of Y's largest donors",
			"Zambia held a vote on Sunday. Sweden, one of Zambia's largest aid donors, said it respected the result.",
			map[string]graph.Modality{"Sweden AID Zambia": graph.Asserted}, []string{"Zambia AID Sweden"}, nil},
		{"a major donor to Y",
			"Malawi declared a drought emergency. Ireland, a major donor to Malawi, said it would review its support.",
			map[string]graph.Modality{"Ireland AID Malawi": graph.Asserted}, []string{"Malawi AID Ireland"}, nil},
		{"one of the donors names no recipient",
			"Ghana signed the loan on Friday. Canada, one of the donors, said it was pleased.",
			nil, []string{"Canada AID Ghana"}, nil},
	})
}
