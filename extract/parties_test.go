package extract

import (
	"slices"
	"testing"
)

// TestCreedParties: a creed before a party word the gazetteer knows as
// the U.S. party's names another party (creedParty); a party's plural
// name and its full name are one actor in an article (partyPluralForm);
// the U.S. party stays itself, and "Social Democratic Party" never
// shrinks to "Democratic Party".
func TestCreedParties(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"creed and plural", "The Social Democrats won 31 seats, and their leader conceded on Monday.",
			[]string{"Social Democrats (organization)"}, []string{"Democratic Party (organization)"}},
		{"creed and plural", "The Christian Democrats said they would join no coalition with the nationalists.",
			[]string{"Christian Democrats (organization)"}, []string{"Democratic Party (organization)"}},
		{"creed and adjective", "Free Democratic lawmakers voted against the budget on Tuesday.",
			[]string{"Free Democrats (organization)"}, []string{"Democratic Party (organization)"}},
		{"plural and full name are one party", "The Social Democratic Party lost 20 seats on Sunday. The Social Democrats said they would go into opposition.",
			[]string{"Social Democratic Party (organization)"}, []string{"Social Democrats (organization)", "Democratic Party (organization)"}},
		{"the full name keeps its creed", "Andrei Vasile, a senator of the Social Democratic Party, criticised the plan. The Democrats in Washington said nothing.",
			[]string{"Social Democratic Party (organization)", "Democratic Party (organization)"}, nil},
		{"the U.S. party", "House Democrats criticised the budget on Tuesday.",
			[]string{"Democratic Party (organization)"}, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestCreedPartyRoles: a title after the creed party gives the role in
// it, not in the U.S. party.
func TestCreedPartyRoles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"party and title", "Social Democrat lawmaker Anna Berg accused the government of lying.",
			[]string{"Anna Berg ROLE Social Democrats"}, []string{"Anna Berg ROLE Democratic Party"}},
		{"U.S. party and title", "Democratic Senator Mark Ellison criticised the bill.",
			[]string{"Mark Ellison ROLE Democratic Party"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestDescribedAcronyms: an acronym with an appositive that calls it an
// organisation, after it or before it, is an organisation of its own
// (describedAcronym) and speaks and acts; the gazetteer organisation
// inside the description only modifies it (descriptionModifiers), so
// an "its" after it is the acronym's.
func TestDescribedAcronyms(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"appositive after", "KAMSU, the UN peacekeeping mission in Lorvania, accused the rebels of shelling its bases.",
			[]string{"KAMSU (organization)"}, nil},
		{"appositive before", "The UN mission in Lorvania, KAMSU, said the ceasefire was holding.",
			[]string{"KAMSU (organization)"}, nil},
		{"a regional force", "A regional force, EASFOR, took over the airport on Monday.",
			[]string{"EASFOR (organization)"}, nil},
		{"an idle acronym stays out", "The report was filed under code KMZ on Monday.",
			nil, []string{"KMZ (organization)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the acronym accuses, not the UN", "KAMSU, the UN peacekeeping mission in Lorvania, said on Monday that its patrols were blocked and accused the M23 of shelling its bases.",
			[]string{"KAMSU ACCUSE M23"}, []string{"United Nations ACCUSE M23"}},
		{"description first", "The UN mission in Lorvania, KAMSU, accused the M23 of shelling its bases.",
			[]string{"KAMSU ACCUSE M23"}, []string{"United Nations ACCUSE M23"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, depFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestOfficeHomeCountry: an office written without its country is the
// dateline's country's before the country the text around names most
// (officeHome, datelineOffice); with no dateline, the country named
// most around it.
func TestOfficeHomeCountry(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"dateline before the country named most",
			"LIMA, May 3 (Wire) - Peru will raise duties on U.S. cars, the government said. U.S. officials called the move unfair and the United States said it would respond. Trade Minister Rosa Vidal said the duties were lawful.",
			[]string{"Rosa Vidal ROLE Peru"}, []string{"Rosa Vidal ROLE United States"}},
		{"the country around when there is no dateline",
			"Chile and Peru signed the deal. Chile's exports will rise, Chile said. Foreign Minister Ana Soto said Chile was pleased.",
			[]string{"Ana Soto ROLE Chile"}, nil},
		{"a dateline country acted on is not the office's",
			"LIMA, May 3 (Wire) - Chile criticised the duties, and Chile said it would complain. Chile's exports fell. Foreign Minister Ana Soto summoned Peru's ambassador on Monday.",
			nil, []string{"Ana Soto ROLE Peru"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, roleFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestDashAside: a spaced dash after a line's first words opens an aside
// when a lower-case word follows it and no comma comes before it
// (dashAside): the words before are the sentence's subject, no
// dateline; "KIGALI, Rwanda — The …" stays a dateline.
func TestDashAside(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"aside after a country", "Burundi — which denies backing the rebels — said on Monday that it would attend the talks.",
			[]string{"Burundi: it would attend the talks"}, nil},
		{"aside after an acronym", "NATO — whose ministers met in Brussels — said on Monday that it would send more troops.",
			[]string{"NATO: it would send more troops"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("statements of %q are %v, want %q", tc.text, got, w)
				}
			}
		})
	}
	checkActors(t, "KIGALI, Rwanda — The Burundian army said on Monday that it had closed the border.", nil, []string{"KIGALI (organization)", "Kigali (organization)"})
}
