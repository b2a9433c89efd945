package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMaterialRelations reads invented sentences of each construction
// material.go covers, and of its near misses.
func TestMaterialRelations(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a grant awarded to a recipient",
			"The Halvorsen Foundation awarded a grant of $2 million to Tallinn University on Monday.",
			[]string{"Halvorsen Foundation AID Tallinn University"}, nil},
		{"funding received from a giver",
			"Tallinn University received funding from the Halvorsen Foundation last year.",
			[]string{"Halvorsen Foundation AID Tallinn University"}, []string{"Tallinn University AID Halvorsen Foundation"}},
		{"a recipient given with",
			"The European Union provided Kenya with emergency food aid in March.",
			[]string{"European Union AID Kenya"}, nil},
		{"a donation made to a recipient",
			"The Halvorsen Foundation made a donation of 50 computers to the Red Cross.",
			[]string{"Halvorsen Foundation AID Red Cross"}, nil},
		{"a recipient of items from a giver",
			"The Red Cross was a recipient of donated items from the Halvorsen Foundation.",
			[]string{"Halvorsen Foundation AID Red Cross"}, []string{"Red Cross AID Halvorsen Foundation"}},
		{"a thing supplied to a recipient",
			"Germany supplied air defence systems to Ukraine last year.",
			[]string{"Germany AID Ukraine"}, nil},
		{"vaccines shipped to a recipient",
			"India shipped vaccines and medicine to Nepal in January.",
			[]string{"India AID Nepal"}, nil},
		{"goods shipped are no aid",
			"India shipped cars to Nepal in January.",
			nil, []string{"India AID Nepal"}},
		{"a prize is no aid",
			"The Halvorsen Foundation awarded the prize to Marta Kowalski on Monday.",
			nil, []string{"Halvorsen Foundation AID Marta Kowalski"}},
		{"a pledge is no gift yet",
			"The Halvorsen Foundation will give $5 million to Tallinn University next year.",
			nil, []string{"Halvorsen Foundation AID Tallinn University"}},
		{"citizens of countries stand for them",
			"Marco Vitale signed an executive order barring citizens of Iran, Syria and Yemen from entering Italy.",
			[]string{"Marco Vitale SANCTION Iran", "Marco Vitale SANCTION Syria", "Marco Vitale SANCTION Yemen"}, []string{"Marco Vitale SANCTION Italy"}},
		{"hit with sanctions is no attack",
			"Belarus was hit with sanctions by the European Union on Monday.",
			[]string{"European Union SANCTION Belarus"}, []string{"European Union ASSAULT Belarus"}},
		{"covered by a possessed ban",
			"Sudan and Yemen are covered by President Marco Vitale's travel ban.",
			[]string{"Marco Vitale SANCTION Sudan", "Marco Vitale SANCTION Yemen"}, nil},
		{"the ban of an earlier sentence",
			"President Marco Vitale's travel ban took effect on Monday. Sudan and Yemen are covered by the ban.",
			[]string{"Marco Vitale SANCTION Sudan", "Marco Vitale SANCTION Yemen"}, nil},
		{"what a ban does not cover",
			"President Marco Vitale's travel ban took effect on Monday. Chad is not covered by the ban.",
			nil, []string{"Marco Vitale SANCTION Chad"}},
		{"the sanctions freeze assets",
			"The European Union imposed sanctions on Iran on Monday. The sanctions freeze the assets of Qadir Aviation Industries.",
			[]string{"European Union SANCTION Qadir Aviation Industries"}, nil},
		{"funding not received is no gift",
			"Tallinn University did not receive funding from the Halvorsen Foundation.",
			nil, []string{"Halvorsen Foundation AID Tallinn University", "Tallinn University AID Halvorsen Foundation"}},
		{"the possessor of a ban without office is its target",
			"Marta Kowalski's travel ban was lifted on Monday. Olaf Brenner was covered by the ban until then.",
			nil, []string{"Marta Kowalski SANCTION Olaf Brenner"}},
		{"the assets of a firm",
			"The European Union froze the assets of Qadir Aviation Industries in March.",
			[]string{"European Union SANCTION Qadir Aviation Industries"}, nil},
		{"responsibility claimed for an attack",
			"Al-Shabaab claimed responsibility for the attack on the Kenya Defence Forces.",
			[]string{"al-Shabaab ASSAULT Kenya Defence Forces"}, nil},
		{"an attack carried out by an agent",
			"The raid on the Kenya Defence Forces was carried out by al-Shabaab.",
			[]string{"al-Shabaab ASSAULT Kenya Defence Forces"}, nil},
		{"responsibility denied is no attack",
			"Al-Shabaab denied responsibility for the attack on the Kenya Defence Forces.",
			nil, []string{"al-Shabaab ASSAULT Kenya Defence Forces"}},
		{"sides exchanging fire",
			"Armenia and Azerbaijan exchanged artillery fire on Thursday.",
			[]string{"Armenia ASSAULT Azerbaijan", "Azerbaijan ASSAULT Armenia"}, nil},
		{"exchanging views is no attack",
			"Armenia and Azerbaijan exchanged views on Thursday.",
			nil, []string{"Armenia ASSAULT Azerbaijan"}},
		{"a joint project of members",
			"The telescope is a joint project of Kyoto University and the Max Planck Society.",
			[]string{"Max Planck Society COOPERATE Kyoto University"}, nil},
		{"a project that is not joint",
			"The telescope is a project of the Max Planck Society, not of Kyoto University.",
			nil, []string{"Max Planck Society COOPERATE Kyoto University"}},
		{"co-founded with a partner",
			"Marta Kowalski co-founded the institute with Olaf Brenner in 1998.",
			[]string{"Marta Kowalski COOPERATE Olaf Brenner"}, nil},
		{"researchers from members",
			"The study was published by researchers from Kyoto University and the University of Oslo.",
			[]string{"Kyoto University COOPERATE University of Oslo"}, nil},
		{"kin after a copula",
			"Peter Halloran is the brother of Simon Halloran, the police said.",
			[]string{"Peter Halloran FAMILY Simon Halloran"}, nil},
		{"kin in apposition",
			"Peter Halloran, the son of Simon Halloran, was arrested on Friday.",
			[]string{"Peter Halloran FAMILY Simon Halloran"}, nil},
		{"married",
			"Peter Halloran married Anna Berg in 2001.",
			[]string{"Peter Halloran FAMILY Anna Berg"}, nil},
		{"an agreement under which a party acts",
			"Under an agreement with Albania, Britain returns migrants within days.",
			[]string{"United Kingdom AGREE Albania"}, nil},
		{"a charge is no gift",
			"Olaf Brenner was accused of supplying rifles to Marta Kowalski last year.",
			nil, []string{"Olaf Brenner AID Marta Kowalski"}},
		{"a visit",
			"Marta Kowalski praised the students during her visit to Kyoto University.",
			[]string{"Marta Kowalski CONSULT Kyoto University"}, nil},
		{"kin inside a compound title is read by the title rules only",
			"He spoke with envoy Steve Marlow and Donald Trump's son-in-law Jared Kushner.",
			nil, []string{"Steve Marlow FAMILY Jared Kushner"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, materialFacts(t, tc.text), tc.want, tc.not) })
	}
}

// materialFacts extracts text and returns the interactions and FAMILY
// ties of its default graph (asserted or planned) as "A CLASS B"
// (symmetric classes both ways).
func materialFacts(t *testing.T, text string) map[string]bool {
	t.Helper()
	return edgeFacts(t, text, true, func(e graph.Edge) bool {
		return e.Class.BetweenActors() && e.Class != graph.Role && e.Factual()
	})
}
