package extract

import (
	"strings"
	"testing"
)

// TestMoreActorClasses: regionGovernments, companyOwnerCountries,
// speakerAfterOfPhrase, agencyName with two countries and staffOfPlace,
// each with rows that must not fire.
func TestMoreActorClasses(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the governments of a region are one group",
			"The envoy urged the governments of Southeast Asia to take in the migrants, and the leaders of the Middle East met on Monday.",
			[]string{"governments of Southeast Asia (group)", "leaders of the Middle East (group)"},
			[]string{"Southeast Asia (person)", "Middle East (person)"}},
		{"compass words stay in the region's name",
			"The agency asked the governments of South East Asia not to turn the boats away.",
			[]string{"governments of South East Asia (group)"}, nil},
		{"the leaders of a country are the country",
			"The leaders of France and Spain met in Lyon on Monday.",
			[]string{"France (country)", "Spain (country)"}, []string{"leaders of France (group)"}},
		{"a country owning a paper or a company does not act",
			"Norway's Dagsvika reported on Tuesday that the deal was signed, and Japan's Kestra Motors said sales fell.",
			[]string{"Dagsvika (organization)", "Kestra Motors (organization)"}, []string{"Norway (country)", "Japan (country)"}},
		{"a country owning its ministry acts through it",
			"Norway's police said on Tuesday that the deal was signed.",
			[]string{"Norway (country)"}, nil},
		{"a country that also acts stays",
			"Norway's Dagsvika reported that the deal was signed. Norway protested to Sweden on Monday.",
			[]string{"Norway (country)"}, nil},
		{"a person's name after an organisation's of-phrase is the person",
			"The director of the Council on Civic Rights Mira Olsen said the law was unfair.",
			[]string{"Council on Civic Rights (organization)", "Mira Olsen (person)"}, []string{"Council on Civic Rights Mira Olsen (organization)"}},
		{"a place at the end of an of-phrase stays in the name",
			"The Bank of England said rates would rise, and the Institute of Marine Studies said the fish were dying.",
			[]string{"Bank of England (organization)", "Institute of Marine Studies (organization)"}, nil},
		{"an agency two countries share",
			"A spokeswoman for Food Standards Australia New Zealand says the rules will change. Exports from Australia and New Zealand rose.",
			[]string{"Food Standards Australia New Zealand (organization)"}, []string{"Food Standards (person)"}},
		{"an agency after a person and \"for\"",
			"The rules changed on Monday.\n\nLena Brask for Food Standards Australia New Zealand said they are looking at new rules.",
			[]string{"Food Standards Australia New Zealand (organization)"}, []string{"Food Standards (person)", "Australia (country)"}},
		{"a facility's staff say where they work",
			"The rocket lifted off from the Harbour Space Center, watched by many HSC employees.",
			nil, []string{"Harbour Space Center (organization)"}},
		{"a facility that speaks stays",
			"The Harbour Space Center said the launch went well, and HSC employees cheered.",
			[]string{"Harbour Space Center (organization)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestTwoEditsLong(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"bauchtman", "buchtmann", true}, {"kristiansen", "kristiansson", true},
		{"hartmann", "hartwell", false}, {"bauchtma", "mauchtma", false}, {"bucht", "baucht", false},
		{"buchtmann", "buchtmann", false},
	} {
		if got := twoEditsLong(tc.x, tc.y); got != tc.want {
			t.Errorf("twoEditsLong(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

func TestMisspeltSurname(t *testing.T) {
	checkActors(t, "Lydia Buchtmann of the Harbour Authority says the rules will change. \"We need time,\" Ms Bauchtman said.",
		[]string{"Lydia Buchtmann (person)"}, []string{"Bauchtman (person)", "Bauchtman (organization)"})
}

// TestCaptionSetsNoFocus: a picture's caption names no person "she"
// refers to later (updateFocus).
func TestCaptionSetsNoFocus(t *testing.T) {
	got := statementsOf(t, "Fans gathered in Toronto on Friday.\n\nLena Dahl as the Fawn. Image: Jon Berg.\n\nThe fair drew crowds on Sunday. She said the costumes took months.")
	checkStatements(t, got, "", func(g string) bool { return strings.Contains(g, "costumes took months") })
	got = statementsOf(t, "Fans gathered in Toronto on Friday. Lena Dahl came as the Fawn.\n\nThe fair drew crowds on Sunday. She said the costumes took months.")
	checkStatements(t, got, "Lena Dahl: the costumes took months", nil)
}
