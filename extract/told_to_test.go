package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestToldToDo (parse: told to do, toldToArgs): a verb of command whose
// object is told to do something is a REQUEST to the object; the same
// verbs without an infinitive ask nothing of anyone.
func TestToldToDo(t *testing.T) {
	runModalCases(t, []modalCase{
		{"ordered X to",
			"The Kenyan High Court ordered the Teachers Service Commission to reopen talks with the union.",
			map[string]graph.Modality{"Kenyan High Court REQUEST Teachers Service Commission": graph.Asserted}, nil, nil},
		{"told X to, coordinated",
			"The Supreme Court suspended the decree on Friday and told the Mining Ministry to publish its contracts.",
			map[string]graph.Modality{"Supreme Court REQUEST Mining Ministry": graph.Asserted}, nil, nil},
		{"instructed a person to",
			"President Marta Oyarzun instructed Finance Minister Tomas Ruiz to prepare a new budget.",
			map[string]graph.Modality{"Marta Oyarzun REQUEST Tomas Ruiz": graph.Asserted}, nil, nil},
		{"pressured a country to",
			"Germany pressured Hungary to drop its veto on the aid package.",
			map[string]graph.Modality{"Germany REQUEST Hungary": graph.Asserted}, nil, nil},
		{"told reporters that: no request",
			"Finance Minister Tomas Ruiz told Reuters that Chile would not raise taxes.",
			nil, []string{"Tomas Ruiz REQUEST Reuters"}, nil},
		{"ordered a recall: no request",
			"Chile's Public Health Institute ordered the recall of a syrup made by Varanasi Lifecare.",
			nil, []string{"Public Health Institute REQUEST Varanasi Lifecare"}, nil},
		{"directed without an infinitive: no request",
			"Pedro Alves directed Banco Atlantico for ten years before Joana Reis took over.",
			nil, []string{"Pedro Alves REQUEST Banco Atlantico"}, nil},
		{"ordered a diplomat to leave stays an expulsion",
			"Minsk ordered Poland's top diplomat, Marek Olszak, to leave the country.",
			map[string]graph.Modality{"Belarus SANCTION Marek Olszak": graph.Asserted}, nil, nil},
	})
}

// TestGiftFromUsed (parse: gift from a giver, used, giftFromArgs): a
// gift noun with its giver after "from" that the subject uses ("with")
// or takes is the giver's AID to the subject; a gift refused, criticised
// or with no subject that used it gives no edge.
func TestGiftFromUsed(t *testing.T) {
	runModalCases(t, []modalCase{
		{"with loans from two lenders",
			"Mozambique upgraded the port over five years with loans from the World Bank and the African Development Bank.",
			map[string]graph.Modality{"World Bank AID Mozambique": graph.Asserted, "African Development Bank AID Mozambique": graph.Asserted}, nil, nil},
		{"with a loan from a country",
			"Kenya built the railway with a $3 billion loan from China.",
			map[string]graph.Modality{"China AID Kenya": graph.Asserted}, nil, nil},
		{"took loans from",
			"Ghana took loans from China to build the road.",
			map[string]graph.Modality{"China AID Ghana": graph.Asserted}, nil, nil},
		{"rejected loans from: no aid",
			"Ghana rejected loans from China for the road.",
			nil, []string{"China AID Ghana"}, nil},
		{"passive, no user: no aid",
			"The bridge was built with loans from China.",
			nil, []string{"China AID Ghana"}, nil},
	})
}

// TestLentDoubleObject (parse: gift to a recipient, secondObject): a
// verb of lending whose two objects the parser reads as two "obj" gives
// the second to the first.
func TestLentDoubleObject(t *testing.T) {
	runModalCases(t, []modalCase{
		{"lend X doses",
			"UNICEF said it would lend the Philippines 500,000 doses from its regional stockpile.",
			map[string]graph.Modality{"UNICEF AID Philippines": graph.Planned}, nil, nil},
		{"lent X money",
			"Thailand lent Laos $300 million in October.",
			map[string]graph.Modality{"Thailand AID Laos": graph.Asserted}, nil, nil},
	})
}
