package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// assertedFacts extracts text and returns its asserted interactions (the
// default graph) as "A CLASS B", symmetric classes both ways.
func assertedFacts(t *testing.T, text string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for k, m := range edgeModalities(t, text) {
		if m == graph.Asserted {
			out[k] = true
		}
	}
	return out
}

// interactionCase is one invented sentence: the asserted interactions
// it must give and those it must not.
type interactionCase struct {
	name, text string
	want, not  []string
}

// runInteractionCases checks each case against the default graph.
func runInteractionCases(t *testing.T, tests []interactionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, assertedFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestAppositivePassive: "X, criticised by Y, …" and "X, who was backed
// by Y, …" are Y's acts on X; with no actor after "by" there is none.
func TestAppositivePassive(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"participle after a comma",
			"Mara Lindqvist, criticised by Oskar Berg over the budget, resigned on Friday.",
			[]string{"Oskar Berg ACCUSE Mara Lindqvist"}, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
		{"participle of support after a comma",
			"Jonas Weber, endorsed by the Green Party, won the mayoral race in March.",
			[]string{"Green Party SUPPORT Jonas Weber"}, []string{"Jonas Weber SUPPORT Green Party"}},
		{"relative clause in the passive",
			"Mara Lindqvist, who was backed by Oskar Berg, won the vote on Tuesday.",
			[]string{"Oskar Berg SUPPORT Mara Lindqvist"}, []string{"Mara Lindqvist SUPPORT Oskar Berg"}},
		{"no actor after by",
			"Mara Lindqvist, criticised by many, resigned on Friday.",
			nil, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
		{"an agent that is no actor",
			"Mara Lindqvist, criticised by the audit of the harbour accounts, resigned on Friday.",
			nil, []string{"Mara Lindqvist ACCUSE Mara Lindqvist"}},
		{"a passive whose agent is no actor",
			"Jonas Weber was criticised by the report for the delays.",
			nil, []string{"Jonas Weber ACCUSE Jonas Weber"}},
		{"an active participle clause is no passive",
			"Oskar Berg, having criticised Mara Lindqvist for weeks, resigned.",
			[]string{"Oskar Berg ACCUSE Mara Lindqvist"}, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
	})
}

// TestLightVerbObliques: a light verb's oblique may hang on its object
// ("sought help from X", "declined an invitation from X"), and negated
// or future twins stay out of the default graph.
func TestLightVerbObliques(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"sought help from",
			"Mara Lindqvist sought help from the Red Cross after the flood.",
			[]string{"Mara Lindqvist REQUEST Red Cross"}, nil},
		{"sought compensation from",
			"The Harbour Union sought compensation from Nordic Shipping for the lost wages.",
			[]string{"Harbour Union REQUEST Nordic Shipping"}, nil},
		{"did not seek help",
			"Mara Lindqvist did not seek help from the Red Cross after the flood.",
			nil, []string{"Mara Lindqvist REQUEST Red Cross"}},
		{"will seek help",
			"Mara Lindqvist will seek help from the Red Cross next week.",
			nil, []string{"Mara Lindqvist REQUEST Red Cross"}},
		{"declined an invitation from",
			"The Harbour Union declined an invitation from Nordic Shipping to resume negotiations.",
			[]string{"Harbour Union REJECT Nordic Shipping"}, nil},
		{"declined an offer from",
			"Jonas Weber declined an offer from the Green Party on Monday.",
			[]string{"Jonas Weber REJECT Green Party"}, nil},
		{"did not decline",
			"Jonas Weber did not decline the offer from the Green Party.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
		{"may decline",
			"Jonas Weber may decline the offer from the Green Party next week.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
		{"declined to comment is no rejection",
			"Nordic Shipping declined to comment on the claims by the Harbour Union.",
			nil, []string{"Nordic Shipping REJECT Harbour Union"}},
		{"an oblique of another verb",
			"Jonas Weber declined the post after a call from the Green Party.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
	})
}
