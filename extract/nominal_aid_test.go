package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNominalAid: a gift noun whose owner the parser hung on the amount
// ("X's $40 million loan to Y", amountPossessor), and a gift given in a
// relative clause on the subject of a clause the surface patterns read
// (relativeGiftCue, nameBeforeSententialRelative), with negated and
// planned twins.
func TestNominalAid(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"owner hung on the amount", "Norway's $40 million grant to Malawi was approved on Monday.",
			"Norway AID Malawi", graph.Asserted, ""},
		{"a planned grant is no gift", "Norway's planned $40 million grant to Malawi was delayed.",
			"", "", "Norway AID Malawi"},
		{"relative clause on the subject", "The Pacific Fund, which approved a $2 billion loan to Fiji last year, said it would send a mission.",
			"Pacific Fund AID Fiji", graph.Asserted, ""},
		{"relative clause beside a surface reading", "The Pacific Fund, which approved a $2 billion loan to Fiji last year, urged Samoa to cut spending.",
			"Pacific Fund AID Fiji", graph.Asserted, "Pacific Fund AID Samoa"},
		{"negated twin", "The Pacific Fund, which did not approve a loan to Fiji, said it would send a mission.",
			"Pacific Fund AID Fiji", graph.Negated, ""},
		{"planned twin", "The Pacific Fund, which plans to approve a loan to Fiji, said it would send a mission.",
			"", "", "Pacific Fund AID Fiji"},
	})
}

// TestConfidenceIn: confidence or faith had, expressed or placed in
// someone is SUPPORT (lexicon/interactions.tsv confidence, faith, with
// their light verbs; an oblique the parser labelled obj is read too);
// lost confidence and a motion of no confidence are none.
func TestConfidenceIn(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"had full confidence in", "Presidential spokesman Diego Nunez said President Lucia Ferreira had full confidence in Labour Minister Andrea Pereyra.",
			"Lucia Ferreira SUPPORT Andrea Pereyra", graph.Asserted, "Diego Nunez SUPPORT Andrea Pereyra"},
		{"expressed confidence in", "Chancellor Ana Ruiz expressed confidence in the Bundesbank.",
			"Ana Ruiz SUPPORT Bundesbank", graph.Asserted, ""},
		{"had faith in", "Kenya's President William Ruto said he had faith in Police Chief Japhet Koome.",
			"William Ruto SUPPORT Japhet Koome", graph.Asserted, ""},
		{"negated twin", "Chancellor Ana Ruiz did not express confidence in the Bundesbank.",
			"Ana Ruiz SUPPORT Bundesbank", graph.Negated, ""},
		{"no confidence", "The Labour Party said it had no confidence in Finance Minister Ana Ruiz.",
			"Labour Party SUPPORT Ana Ruiz", graph.Negated, ""},
		{"lost confidence is none", "Investors in Nordia Bank lost confidence in chief executive Lars Holm.",
			"", "", "Nordia Bank SUPPORT Lars Holm"},
		{"a motion of no confidence is none", "The Left Party will table a motion of no confidence in Prime Minister Ana Ruiz.",
			"", "", "Left Party SUPPORT Ana Ruiz"},
	})
}
