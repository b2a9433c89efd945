package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestUnnamedBodies (description:unnamed-body): a country's police,
// army, parliament or prosecutor's office written with its common noun
// alone, in a story naming no body of the kind, is that country's body
// when the text says which country (the dateline, the country last
// named with "government", "in <country>", an opening "In <country>,");
// the body is stored only when it speaks or takes part in a relation.
func TestUnnamedBodies(t *testing.T) {
	tests := []struct {
		name, text   string
		facts, stmts []string // wanted relations ("A CLASS B") and speakers ("A: words")
		actors, not  []string // wanted and unwanted actors ("name (type)")
	}{
		{"police speak in a story filed from a capital",
			"ACCRA, March 3 (Wire) - Opposition supporters marched on the presidential palace on Monday. Police said 40 people were arrested near the palace.",
			nil, []string{"Ghanaian police: 40 people were arrested"}, []string{"Ghanaian police (organization)"}, nil},
		{"the army speaks after the event it reports",
			"QUITO, June 2 (Wire) - Gunmen attacked a checkpoint in Esmeraldas province on Sunday. Three soldiers were wounded, the army said.",
			nil, []string{"Ecuadorian army: Three soldiers were wounded"}, []string{"Ecuadorian army (organization)"}, nil},
		{"the country last named with government",
			"The Peruvian government declared a state of emergency in the south on Monday. The army said it had sent 2,000 troops to the border with Bolivia.",
			nil, []string{"Peruvian army: it had sent 2,000 troops"}, []string{"Peruvian army (organization)"}, nil},
		{"a request to the prosecutor's office",
			"BRATISLAVA, Oct 9 (Wire) - Opposition leader Marek Hudak asked the prosecutor's office to investigate the contracts signed by the mayor of Kosice.",
			[]string{"Marek Hudak REQUEST Slovak prosecutor's office"}, nil, []string{"Slovak prosecutor's office (organization)"}, nil},
		{"the prime minister defends the police",
			"MINSK, Aug 14 (Wire) - Thousands rallied in the capital on Sunday. Prime Minister Pavel Hurski defended the police and blamed foreign agents for the unrest.",
			[]string{"Pavel Hurski SUPPORT Belarusian police"}, nil, []string{"Belarusian police (organization)"}, nil},
		{"police in a capital are that country's",
			"Police in Oslo arrested a man suspected of spying for Russia. The police said the man had photographed military sites.",
			nil, []string{"Norwegian police: the man had photographed military sites"}, []string{"Norwegian police (organization)"}, []string{"Russian police (organization)"}},
		{"the army and the armed forces are one body",
			"LIMA, May 4 (Wire) - Floods cut off three towns in the Andes. The army said it was flying food to the towns, and the armed forces said more helicopters would follow.",
			nil, []string{"Peruvian army: it was flying food to the towns", "Peruvian army: more helicopters would follow"}, []string{"Peruvian army (organization)"}, []string{"Peruvian armed forces (organization)"}},
		{"parliament acts on a country",
			"VILNIUS, May 3 (Wire) - Parliament on Thursday condemned Belarus over the balloons that closed the airport twice this month.",
			[]string{"Lithuanian parliament ACCUSE Belarus"}, nil, []string{"Lithuanian parliament (organization)"}, nil},
		{"parliament after but and before an irregular past",
			"SOFIA, June 9 (Wire) - Prime Minister Boyko Radev proposed a new tax, but parliament rejected it and later sent a letter to Radev urging him to resign.",
			[]string{"Bulgarian parliament REQUEST Boyko Radev"}, nil, []string{"Bulgarian parliament (organization)"}, nil},
		{"an idle army is not stored",
			"KATHMANDU, April 9 (Wire) - Prime Minister Hari Thapa said the army had deployed 5,000 soldiers to the villages hit by the quake.",
			nil, nil, nil, []string{"Nepalese army (organization)", "Nepali army (organization)"}},
		{"no country, no body",
			"Police said two men were arrested after the match on Saturday.",
			nil, nil, nil, []string{"police (organization)"}},
		{"a named police body is the police",
			"NAIROBI, Jan 5 (Wire) - The National Police Service said three officers were hurt. Police said the attackers fled.",
			nil, []string{"National Police Service: the attackers fled"}, nil, []string{"Kenyan police (organization)"}},
		{"a police body named later leaves earlier descriptions alone",
			"DUBLIN, Feb 2 (Wire) - Police said a man was arrested in Cork. The Dublin Metropolitan Police later said he had been released.",
			nil, nil, nil, []string{"Irish police (organization)"}},
		{"police as a modifier is no body",
			"ACCRA, March 3 (Wire) - Police officers said 40 people were arrested near the palace.",
			nil, nil, nil, []string{"Ghanaian police (organization)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, depFacts(t, tc.text), tc.facts, nil)
			stmts := statementsOf(t, tc.text)
			for _, w := range tc.stmts {
				if !slices.ContainsFunc(stmts, func(s string) bool { return strings.HasPrefix(s, w) }) {
					t.Errorf("%q: missing statement %q; have %q", tc.text, w, stmts)
				}
			}
			checkActors(t, tc.text, tc.actors, tc.not)
		})
	}
}

// TestUnnamedBodyEvidence: the evidence of an edge with a made body
// records the description and the rule.
func TestUnnamedBodyEvidence(t *testing.T) {
	text := "BRATISLAVA, Oct 9 (Wire) - Opposition leader Marek Hudak asked the prosecutor's office to investigate the mayor."
	want := "REQUEST: the prosecutor's office (description:unnamed-body) ←  = Slovak prosecutor's office"
	got := resolvedEvidence(t, text)
	if !slices.Contains(got, want) {
		t.Errorf("evidence of %q records %q, want %q among them", text, got, want)
	}
}

func TestUnnamedBodyLexicon(t *testing.T) {
	if _, err := parseBodyKinds("a\tunit\t-\tUnit\t-\tunits\n"); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("an unnamed phrase not among the kind's phrases gave %v, want an error naming line 1", err)
	}
	for _, k := range bodyKinds {
		if k.name == "police" && !contains(k.unnamed, "police") {
			t.Errorf("police: unnamed %q, want police among them", k.unnamed)
		}
	}
}

func TestIrregularPast(t *testing.T) {
	for w, want := range map[string]bool{"overrode": true, "found": true, "took": true, "balance": false, "chief": false, "passed": false, "officers": false} {
		if got := irregularPast(w); got != want {
			t.Errorf("irregularPast(%q) = %v, want %v", w, got, want)
		}
	}
}
