package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// edgeListCase is an invented article, the edges it must give and those it
// must not.
type edgeListCase struct {
	name, text string
	want, not  []string
}

func runEdgeListCases(t *testing.T, cases []edgeListCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, func(graph.Edge) bool { return true })
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q; have %v", w, got)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("unexpected %q; have %v", w, got)
				}
			}
		})
	}
}

// TestOppositionOffice (rule role.opposition-office, oppositionOffice):
// "Opposition senator X" is a seat of the country a minister's bare
// title would be read for; a country's own ("Peru's opposition
// senator") and "opposition leader" (a party's post as often) are left
// to the other rules.
func TestOppositionOffice(t *testing.T) {
	runEdgeListCases(t, []edgeListCase{
		{"opposition senator, dateline's country",
			"LIMA, Dec 7 (Wire) - Peru recalled its ambassador from Chile on Sunday. Opposition senator Rosa Quispe criticised Chile over the border dispute.",
			[]string{"Rosa Quispe ROLE Peru"}, []string{"Rosa Quispe ROLE Chile"}},
		{"opposition lawmaker after a conjunction",
			"QUITO, May 2 (Wire) - Ecuador expelled two Colombian diplomats on Friday, and opposition lawmaker Diego Paez praised the decision.",
			[]string{"Diego Paez ROLE Ecuador"}, nil},
		{"a plain senator's word is no opposition",
			"LIMA, Dec 7 (Wire) - Peru recalled its ambassador from Chile on Sunday. Party senator Rosa Quispe criticised Chile over the border dispute.",
			nil, []string{"Rosa Quispe ROLE Peru"}},
		{"opposition leader is not read",
			"LIMA, Dec 7 (Wire) - Peru recalled its ambassador from Chile on Sunday. Opposition leader Jorge Huaman criticised Chile over the border dispute.",
			nil, []string{"Jorge Huaman ROLE Peru"}},
	})
}

// TestPlaceOnlyHome (rule role.place-only-country, placeOnlyHome): a
// bare national office in an article whose one country is named only
// as a place is that country's; not when two countries are so named,
// nor when the country is named only as a body's possessive.
func TestPlaceOnlyHome(t *testing.T) {
	runEdgeListCases(t, []edgeListCase{
		{"one country named as a place",
			"Thousands of nurses across Ireland walked out on Monday after pay talks failed. Health Minister Orla Brennan condemned the strike.",
			[]string{"Orla Brennan ROLE Ireland"}, nil},
		{"two countries named as places",
			"Thousands of nurses across Ireland and Scotland walked out on Monday. Health Minister Orla Brennan condemned the strike.",
			nil, []string{"Orla Brennan ROLE Ireland"}},
		{"a body's possessive only",
			"Ireland's Labour Court ruled against the nurses on Monday. Health Minister Orla Brennan welcomed the ruling.",
			nil, []string{"Orla Brennan ROLE Ireland"}},
	})
}

// TestOfficeHeldByAnother (rule role.office-held, officeHeldByAnother,
// otherOfficeCountry): a bare "President X" is not the president of a
// country the article gives another president by a title naming it; it
// is the other country of X's sentence when there is one only.
func TestOfficeHeldByAnother(t *testing.T) {
	runEdgeListCases(t, []edgeListCase{
		{"another's president, the sentence's other country",
			"PANAMA CITY, March 11 (Wire) - Panama accused Costa Rica of shielding a former minister, after the government of President Rafael Mora granted him asylum. Panamanian President Elena Castillo said the decision was an insult.",
			[]string{"Rafael Mora ROLE Costa Rica", "Elena Castillo ROLE Panama"}, []string{"Rafael Mora ROLE Panama"}},
		{"two other countries: none",
			"PANAMA CITY, March 11 (Wire) - Panama accused Costa Rica and Colombia of shielding a former minister, after the government of President Rafael Mora granted him asylum. Panamanian President Elena Castillo said the decision was an insult.",
			nil, []string{"Rafael Mora ROLE Panama", "Rafael Mora ROLE Costa Rica"}},
		{"a former holder leaves the office free",
			"Former Panamanian President Elena Castillo was sentenced on Monday. PANAMA CITY, March 11 (Wire) - A Panamanian court sentenced Castillo. President Rafael Mora said the ruling was fair.",
			[]string{"Rafael Mora ROLE Panama"}, nil},
	})
}

// TestSeatsOfGovernment (lexicon/metonyms.tsv): seats of government
// the gazetteer knows for datelines and metonyms: Cotonou (Benin),
// Putrajaya (Malaysia), La Paz (Bolivia), accented forms.
func TestSeatsOfGovernment(t *testing.T) {
	runEdgeListCases(t, []edgeListCase{
		{"Cotonou dateline",
			"COTONOU, June 3 (Wire) - Benin recalled its ambassador from Niger on Tuesday. Foreign Minister Aurelie Adam said the border would stay shut.",
			[]string{"Aurelie Adam ROLE Benin"}, nil},
		{"Putrajaya metonym",
			"Putrajaya accused Singapore of breaking the water agreement on Monday.",
			[]string{"Malaysia ACCUSE Singapore"}, nil},
		{"La Paz dateline",
			"LA PAZ, June 3 (Wire) - Bolivia expelled a Peruvian diplomat on Tuesday. Foreign Minister Rosa Condori said he had spied.",
			[]string{"Rosa Condori ROLE Bolivia"}, nil},
		{"accented seat",
			"Bogotá accused Caracas of harbouring rebels.",
			[]string{"Colombia ACCUSE Venezuela"}, nil},
	})
	for form, want := range map[string]string{"Cotonou": "Benin", "Putrajaya": "Malaysia", "La Paz": "Bolivia", "Guatemala City": "Guatemala"} {
		found := false
		for _, m := range metonyms {
			if m.form == form {
				found = m.canon == want
			}
		}
		if !found {
			t.Errorf("lexicon/metonyms.tsv: %s does not stand for %s", form, want)
		}
	}
}
