package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestReciprocal: "A and B accused each other", "A and B traded
// accusations" are each side's act on the other, both ways
// (reciprocalArgs, wordsArgs), with negated and planned twins; a words
// exchange takes the class of the word (threats: THREATEN).
func TestReciprocal(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"accused each other", "Officials said Chile and Peru accused each other of violating the truce on Monday.",
			"Chile ACCUSE Peru", graph.Asserted, ""},
		{"accused each other, the other way", "Officials said Chile and Peru accused each other of violating the truce on Monday.",
			"Peru ACCUSE Chile", graph.Asserted, ""},
		{"blamed one another", "The governments of Ghana and Togo blamed one another for the clashes.",
			"Togo ACCUSE Ghana", graph.Asserted, ""},
		{"praised each other", "The leaders of Kenya and Uganda praised each other at the summit.",
			"Uganda SUPPORT Kenya", graph.Asserted, ""},
		{"after a dateline", "LIMA, May 3 (Wire) - Chile and Peru accused each other on Sunday of violating the truce.",
			"Peru ACCUSE Chile", graph.Asserted, ""},
		{"negated twin", "India and China did not accuse each other.",
			"China ACCUSE India", graph.Negated, ""},
		{"planned twin, not read from the parse", "Serbia and Croatia will accuse each other in court next week.",
			"", "", "Serbia ACCUSE Croatia"},
		{"traded accusations", "Chile and Peru traded accusations over the border on Monday.",
			"Peru ACCUSE Chile", graph.Asserted, ""},
		{"exchanged insults with", "Ghana exchanged insults with Togo at the meeting.",
			"Togo ACCUSE Ghana", graph.Asserted, ""},
		{"exchanged threats", "Ghana exchanged threats with Togo last week.",
			"Togo THREATEN Ghana", graph.Asserted, ""},
		{"traded accusations is no force", "Chile and Peru traded accusations over the border on Monday.",
			"", "", "Chile ASSAULT Peru"},
		{"negated words", "Chile and Peru did not trade accusations on Monday.",
			"Chile ACCUSE Peru", graph.Negated, ""},
		{"planned words, not read from the parse", "Chile and Peru will exchange accusations at the court next week.",
			"", "", "Chile ACCUSE Peru"},
		{"traded goods are no words", "Chile and Peru traded copper and fish last year.",
			"", "", "Chile ACCUSE Peru"},
	})
}

// TestRecalledEnvoy: recalling or withdrawing one's envoy from X is a
// measure against X (SANCTION, lexicon/interactions.tsv recall,
// withdraw), also read beside an accusation of X in the same sentence
// and from X's capital when the article names X (envoyPosting); a
// recall of anything else is none.
func TestRecalledEnvoy(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"recalled its ambassador from", "Officials said Lithuania recalled its ambassador from China in August.",
			"Lithuania SANCTION China", graph.Asserted, ""},
		{"withdrew its envoy from", "Officials said Estonia withdrew its envoy from Belarus after the vote.",
			"Estonia SANCTION Belarus", graph.Asserted, ""},
		{"from a capital, beside an accusation", "QUITO, May 2 (Wire) - Ecuador recalled its ambassador from Lima on Tuesday and accused Peru of meddling.",
			"Ecuador SANCTION Peru", graph.Asserted, ""},
		{"negated twin", "Officials said Poland did not recall its ambassador from Hungary.",
			"Poland SANCTION Hungary", graph.Negated, ""},
		{"planned twin, not read from the parse", "Officials said Latvia will recall its ambassador from Moldova next week.",
			"", "", "Latvia SANCTION Moldova"},
		{"withdrawn troops are no envoy", "Officials said Estonia withdrew its troops from Mali after the vote.",
			"", "", "Estonia SANCTION Mali"},
		{"a recall of cars", "Officials said Toyota recalled its cars from Japan.",
			"", "", "Toyota SANCTION Japan"},
	})
}

// TestAsylum: granting a person asylum or refuge is material aid to the
// person (CAMEO 075; lexicon/material.tsv grant, give), also where the
// parser takes the person's name for a compound of the gift
// (namedCompoundRecipients) or the gift for an oblique ("granted him
// asylum"); a giver's name before aid is no recipient.
func TestAsylum(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"granted X asylum", "Officials said Bolivia granted Hector Ruiz asylum on Monday.",
			"Bolivia AID Hector Ruiz", graph.Asserted, ""},
		{"gave X refuge", "Officials said Ecuador gave Julian Moss refuge in its embassy.",
			"Ecuador AID Julian Moss", graph.Asserted, ""},
		{"granted asylum to X", "Officials said Chile granted political asylum to Maria Soto.",
			"Chile AID Maria Soto", graph.Asserted, ""},
		{"negated twin", "Officials said Peru did not grant Carlos Vega asylum.",
			"Peru AID Carlos Vega", graph.Negated, ""},
		{"planned twin, not read from the parse", "Officials said Uruguay will grant Ana Lopez asylum next week.",
			"", "", "Uruguay AID Ana Lopez"},
		{"a giver's name before aid", "Officials said Japan sent Red Cross aid.",
			"", "", "Japan AID Red Cross"},
	})
}

// TestAnsweredBack: "rejected the accusation", "dismissed the
// criticism", "rejected the ultimatum" with no author of their own
// answer the source of the last act of their kind (answersBack,
// lastAuthors), with a negated twin; charges answer a prosecutor and
// give none.
func TestAnsweredBack(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"rejected the accusation", "Poland accused Hungary of blocking the deal on Monday. Hungary rejected the accusation.",
			"Hungary REJECT Poland", graph.Asserted, ""},
		{"dismissed the criticism", "Ghana criticised Togo over the border closure. Togo dismissed the criticism as noise.",
			"Togo REJECT Ghana", graph.Asserted, ""},
		{"rejected the ultimatum", "Officials said Russia issued an ultimatum to Ukraine. Ukraine rejected the ultimatum on Tuesday.",
			"Ukraine REJECT Russia", graph.Asserted, ""},
		{"negated twin", "Chile accused Peru of spying. Peru did not reject the accusation.",
			"Peru REJECT Chile", graph.Negated, ""},
		{"planned twin, not read from the parse", "Chile accused Peru of spying. Peru will reject the accusation in court next week.",
			"", "", "Peru REJECT Chile"},
		{"charges answer no one", "Norway accused Anna Berg of fraud. Anna Berg denied the charges.",
			"", "", "Anna Berg REJECT Norway"},
		{"after the accuser's case", "Chile accused Peru of spying on Monday. Chile said the spies had entered in May. It said they had used drones. \"We have proof,\" Chile said. Peru rejected the accusation.",
			"Peru REJECT Chile", graph.Asserted, ""},
		{"too far back", "Chile accused Peru of spying. Peru closed its border. Peru held elections. Peru raised taxes. Peru cut rates. Peru sold bonds. Peru hired teachers. Peru rejected the accusation.",
			"", "", "Peru REJECT Chile"},
	})
}

// TestWithheldGoods: suspending aid, budget support or imports is a
// measure against the country they were for or come from (suspend in
// lexicon/material.tsv, envoyPosting), with negated and planned twins.
func TestWithheldGoods(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"suspended imports from", "Malawi declared an emergency. Officials said Zambia suspended imports of fresh fish from Malawi.",
			"Zambia SANCTION Malawi", graph.Asserted, ""},
		{"suspended budget support to", "Officials said Portugal suspended its budget support to Guinea.",
			"Portugal SANCTION Guinea", graph.Asserted, ""},
		{"negated twin", "Malawi declared an emergency. Officials said Kenya did not suspend flights from Malawi.",
			"Kenya SANCTION Malawi", graph.Negated, ""},
		{"planned twin, not read from the parse", "Officials said Portugal will suspend its budget support to Guinea next year.",
			"", "", "Portugal SANCTION Guinea"},
		{"suspended talks are no measure", "Officials said Chile suspended its talks with Peru.",
			"", "", "Chile SANCTION Peru"},
	})
}
