package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// modalEdges extracts text and returns its edges between actors as
// "Source CLASS Target" (both ways for the symmetric classes) with the
// modality of their first evidence.
func modalEdges(t *testing.T, text string) map[string]graph.Modality {
	t.Helper()
	b, names := extractNamed(t, text)
	got := map[string]graph.Modality{}
	for _, e := range b.Edges {
		if !e.Class.BetweenActors() || len(e.Evidence) == 0 {
			continue
		}
		got[names[e.Source]+" "+string(e.Class)+" "+names[e.Target]] = e.Evidence[0].Modality
		if e.Class.Symmetric() {
			got[names[e.Target]+" "+string(e.Class)+" "+names[e.Source]] = e.Evidence[0].Modality
		}
	}
	return got
}

// triggerCase is an invented sentence, an edge it must give with its
// modality (none when want is empty) and an edge it must not give in
// any modality.
type triggerCase struct {
	name, text string
	want       string
	modality   graph.Modality
	not        string
}

func runTriggerCases(t *testing.T, cases []triggerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := modalEdges(t, tc.text)
			if tc.want != "" {
				if m, ok := got[tc.want]; !ok || m != tc.modality {
					t.Errorf("edges %v, want %s (modality %q)", got, tc.want, tc.modality)
				}
			}
			if _, ok := got[tc.not]; tc.not != "" && ok {
				t.Errorf("edges %v, want no %s", got, tc.not)
			}
		})
	}
}

// TestMediation: a mediator is in talks with each side it mediated
// between (mediationArgs, rule "parse: mediation"), with negated and
// planned twins; the sides' own tie is another rule's.
func TestMediation(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"brokered a truce between", "Egypt brokered a truce between Israel and Hamas on Sunday.",
			"Egypt CONSULT Hamas", graph.Asserted, ""},
		{"swap brokered by", "Serbia and Kosovo exchanged prisoners on Monday in a swap brokered by Hungary.",
			"Hungary CONSULT Kosovo", graph.Asserted, ""},
		{"passive with between", "The deal between Chile and Peru was brokered by Brazil.",
			"Brazil CONSULT Peru", graph.Asserted, ""},
		{"mediated between", "Qatar mediated between Colombia and Venezuela in March.",
			"Qatar CONSULT Venezuela", graph.Asserted, ""},
		{"negated twin", "Egypt did not broker a truce between Israel and Hamas.",
			"Egypt CONSULT Hamas", graph.Negated, ""},
		{"planned twin, not read from the parse", "Qatar will mediate between Colombia and Venezuela next month.",
			"", "", "Qatar CONSULT Colombia"},
		{"a deal brokered for oneself is no mediation", "Chile brokered a deal with Peru on Monday.",
			"", "", "Chile CONSULT Chile"},
	})
}

// TestExchanges: "exchanged fire" is force both ways, also when one
// subject names both nationalities (exchangeArgs, sameSpanActors,
// gazetteerList); "exchanged prisoners" is cooperation, pairwise
// (swapArgs, lexicon/material.tsv swap=COOPERATE); negated and planned
// twins.
func TestExchanges(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"fire, two nationalities in one subject", "Indian and Pakistani border troops exchanged fire near the village on Tuesday.",
			"Pakistan ASSAULT India", graph.Asserted, ""},
		{"fire with", "Armenia exchanged fire with Azerbaijan overnight.",
			"Azerbaijan ASSAULT Armenia", graph.Asserted, ""},
		{"prisoners", "Serbia and Kosovo exchanged prisoners on Monday.",
			"Serbia COOPERATE Kosovo", graph.Asserted, "Serbia ASSAULT Kosovo"},
		{"detainees swapped", "Armenia and Azerbaijan swapped detainees at the border.",
			"Armenia COOPERATE Azerbaijan", graph.Asserted, ""},
		{"negated twin, with on the thing", "Serbia has not exchanged prisoners with Kosovo since May.",
			"Serbia COOPERATE Kosovo", graph.Negated, ""},
		{"planned twin, not read from the parse", "Serbia and Kosovo will exchange prisoners next week.",
			"", "", "Serbia COOPERATE Kosovo"},
		{"a place between two nationalities is no actor", "Tourists crowded the Indian and Pakistani border crossing.",
			"", "", "India ASSAULT Pakistan"},
	})
}

// TestWithholding: "suspended payments to X", "suspended gas deliveries
// to X", "cut
// ties with X", "severed relations with X" are measures against X
// (SANCTION in lexicon/material.tsv, recipient and obl:with slots);
// what is not withheld ("suspended talks with X") is none.
func TestWithholding(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"suspended payments to", "The Transport Ministry suspended all payments to Norlink Logistics pending the inquiry.",
			"Transport Ministry SANCTION Norlink Logistics", graph.Asserted, ""},
		{"suspended deliveries to", "Russia suspended gas deliveries to Moldova on Friday.",
			"Russia SANCTION Moldova", graph.Asserted, ""},
		{"cut ties with", "Estonia cut ties with Belarus last year.",
			"Estonia SANCTION Belarus", graph.Asserted, ""},
		{"severed diplomatic relations with", "Ecuador severed diplomatic relations with Mexico on Friday.",
			"Ecuador SANCTION Mexico", graph.Asserted, ""},
		{"negated twin", "Sweden did not suspend payments to Zambia.",
			"Sweden SANCTION Zambia", graph.Negated, ""},
		{"planned twin, not read from the parse", "Estonia will cut ties with Belarus next year.",
			"", "", "Estonia SANCTION Belarus"},
		{"talks suspended are no sanction", "Ecuador suspended talks with Mexico on Friday.",
			"", "", "Ecuador SANCTION Mexico"},
	})
}
