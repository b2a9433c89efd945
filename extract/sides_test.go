package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedSides: descriptions as relation ends. "Talks between the
// two sides" reads the description (rel.noun-between) as the last pair
// of sides, here those of an exchange of prisoners, not an older pair;
// "A and B exchanged fire" leaves its sides; "the cabinet", like "the
// government", is the country, also before a charge's "of" + -ing
// (ofGerund); a country's ministry facing another country is its
// country's side (ministryCountry). Two bodies that are only together a subject ("Egypt and
// Saudi Arabia welcomed the talks") are no pair of sides. Negated and
// planned twins.
func TestDescribedSides(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"newer pair of an exchange", "Armenia and Azerbaijan signed a truce on Monday. Peru and Chile exchanged prisoners in May. Talks between the two sides had broken down in March.",
			"Peru CONSULT Chile", graph.Asserted, ""},
		{"bystanders together are no sides", "Armenia and Azerbaijan held talks on Monday. Peru and Chile welcomed the talks. China urged both sides to sign a truce.",
			"China REQUEST Azerbaijan", graph.Asserted, "China REQUEST Peru"},
		{"sides of an exchange of fire", "Indian and Pakistani troops exchanged fire on Tuesday. China urged the two sides to show restraint.",
			"China REQUEST Pakistan", graph.Asserted, ""},
		{"a ministry facing a country is its country's side", "Armenian and Azerbaijani troops exchanged fire on Monday. The Armenian foreign ministry summoned Azerbaijan's ambassador. China urged the two sides to show restraint.",
			"China REQUEST Armenia", graph.Asserted, "China REQUEST Armenian Foreign Ministry"},
		{"the cabinet accused", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund accused the cabinet of hiding the report.",
			"Erik Lund ACCUSE Norway", graph.Asserted, ""},
		{"negated twin", "The Norwegian government faced criticism on Tuesday. Opposition leader Erik Lund did not criticise the cabinet.",
			"Erik Lund ACCUSE Norway", graph.Negated, ""},
		{"planned twin", "Peru and Chile exchanged prisoners in May. Brazil will meet the two sides in June.",
			"Brazil CONSULT Chile", graph.Planned, ""},
		{"a government of a named country is no description", "Sweden faced criticism. Erik Lund praised the government of Norway.",
			"", "", "Erik Lund SUPPORT Sweden"},
	})
}

// TestSidesNotTheActor: "both sides" are never the pair a sentence makes
// after them, nor include the one who urges or mediates between them
// (sidesActor); "the two countries" are the two countries their own
// sentence names before them (twoCountriesBefore); two a third party
// thanked are no pair of sides.
func TestSidesNotTheActor(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"the caller is none of the parties she urges", "Peru and Chile held talks in May. Brazilian envoy Ana Costa called Chilean envoy Rui Soto and urged both parties to sign a truce.",
			"Ana Costa REQUEST Peru", graph.Asserted, "Ana Costa REQUEST Ana Costa"},
		{"the two countries of their own sentence", "Peru and Chile held talks in May. Japan urged China to respect the agreement between the two countries.",
			"", "", "Japan REQUEST Peru"},
		{"two countries thanked are no sides", "Peru and Chile signed a truce in May. Bolivia thanked Spain and Norway for their help. Argentina urged both sides to keep the truce.",
			"Argentina REQUEST Chile", graph.Asserted, "Argentina REQUEST Norway"},
		{"an exchange of fire breaking what the two countries agreed", "Peruvian and Chilean troops exchanged fire on Tuesday, breaking a ceasefire that the two countries had agreed on Monday.",
			"Peru ASSAULT Chile", graph.Asserted, ""},
		{"the agreement of the two countries of that sentence", "Peruvian and Chilean troops exchanged fire on Tuesday, breaking a ceasefire that the two countries had agreed on Monday.",
			"Peru AGREE Chile", graph.Asserted, ""},
		{"planned twin", "Peru and Chile signed a truce in May. Bolivia thanked Spain and Norway for their help. Argentina will meet both sides in June.",
			"Argentina CONSULT Chile", graph.Planned, "Argentina CONSULT Norway"},
	})
}

func TestTwoCountriesOfTheirSentence(t *testing.T) {
	got := resolutions(t, "Peru and Chile held talks in May. Japan urged China to respect the agreement between the two countries.", "the two countries")
	if want := "Japan, China by description:sides ← Japan, China"; len(got) != 1 || got[0] != want {
		t.Errorf("the two countries resolved to %q, want [%q]", got, want)
	}
	got = resolutions(t, "Peru and Chile held talks in May. Peruvian and Chilean diplomats carried messages between the two sides and hosted meetings.", "the two sides")
	if len(got) != 1 || got[0] != " by " {
		t.Errorf("the two sides a sentence's subject mediates between resolved to %q, want them open", got)
	}
}
