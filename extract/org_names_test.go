package extract

import "testing"

// TestOrganisationNamesKeptWhole: names of bodies the reader used to cut
// or lose, each class with sentences that keep the name whole and
// sentences of the same shape that must not make one (invented texts).
func TestOrganisationNamesKeptWhole(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"titleEndsOfPhrase: an office named after a title", "The Office of the Tariff Representative criticised the duties on Monday.",
			[]string{"Office of the Tariff Representative (organization)"}, []string{"Office of the Tariff (organization)"}},
		{"titleEndsOfPhrase: an office named after a title", "The Office of the Special Commissioner for Refugees said it was worried.",
			[]string{"Office of the Special Commissioner for Refugees (organization)"}, []string{"Office (organization)"}},
		{"titleEndsOfPhrase: a title before a person's name is no part of the body's name", "Bank of Ruritania Governor Lena Voss raised rates on Monday.",
			[]string{"Bank of Ruritania (organization)", "Lena Voss (person)"}, []string{"Bank of Ruritania Governor (organization)"}},
		{"titleEndsOfPhrase: a title before a person's name is no part of the body's name", "Ministry of Fisheries Spokesperson Arne Dahl said the quota stood.",
			[]string{"Ministry of Fisheries (organization)", "Arne Dahl (person)"}, []string{"Ministry of Fisheries Spokesperson (organization)"}},
		{"countBeforeCountry: a counted noun's number is no word of the name", "Two China Coast Guard ships blocked the supply boat.",
			[]string{"China Coast Guard (organization)"}, []string{"Two China Coast Guard (organization)"}},
		{"countBeforeCountry: a number before another word may be the name's own", "Five Rivers Alliance leaders said they would vote against the dam.",
			[]string{"Five Rivers Alliance (organization)"}, []string{"Rivers Alliance (organization)"}},
		{"regionAcronym: a region's agency named with an acronym", "The African Union's health agency, Africa CDC, said it would send 40 doctors.",
			[]string{"Africa CDC (organization)"}, []string{"CDC (organization)", "Africa (group)"}},
		{"regionAcronym: a region before a known acronym is no name", "Leaders of Europe EU states met in Oslo.",
			nil, []string{"Europe EU (organization)"}},
		{"particlePlaceName: another language's name ending in a country", "The players' union, Jugadores Unidos del Uruguay, demanded a new hearing.",
			[]string{"Jugadores Unidos del Uruguay (organization)"}, []string{"Jugadores Unidos del (person)"}},
		{"particlePlaceName: a person's particle before a surname stays a person", "Luis Martin del Campo said the hearing was unfair.",
			[]string{"Luis Martin del Campo (person)"}, []string{"Luis Martin del Campo (organization)"}},
		{"possessedOrgBefore: an acronym set off after a possessed body's noun acts", "Asian football's governing body, AFEX, said it respected the decision.",
			[]string{"AFEX (organization)"}, nil},
		{"orgAppositive: a possessive inside the appositive", "Varda Steel, the sector's lobby group, said duties would cost jobs.",
			[]string{"Varda Steel (organization)"}, []string{"Varda Steel (person)"}},
		{"orgAppositive: a possessive before a person's noun is no organisation", "Varda Lund, the company's chief executive, said duties would cost jobs.",
			[]string{"Varda Lund (person)"}, []string{"Varda Lund (organization)"}},
		{"company_trades: a trade's noun before a name", "The team's sponsor, brewer Cerveceria Norte, suspended its contract.",
			[]string{"Cerveceria Norte (organization)"}, []string{"Cerveceria Norte (person)"}},
		{"company_trades: a trade's noun before a name", "The German charity Sea Harbour said its ship docked on Saturday.",
			[]string{"Sea Harbour (organization)"}, []string{"Sea Harbour (person)"}},
		{"company_trades: a job's noun before a name is a person's", "Lawyer Marta Quiles said the charity would appeal.",
			[]string{"Marta Quiles (person)"}, []string{"Marta Quiles (organization)"}},
		{"nationalMission: a nationality's embassy in lower case", "The Estonian embassy called the accusations groundless.",
			[]string{"Estonian Embassy (organization)"}, []string{"Estonia (country)"}},
		{"nationalMission: a country's possessive and its embassy", "Norway's embassy in Rome denied the report on Friday.",
			[]string{"Norwegian Embassy (organization)"}, []string{"Norway (country)"}},
		{"nationalMission: a mission that qualifies a title is left to the roles", "A Danish embassy spokesman declined to comment.",
			nil, []string{"Danish Embassy (organization)"}},
		{"nationalMission: the capitalised form", "The Swedish Embassy said it was following the case.",
			[]string{"Swedish Embassy (organization)"}, []string{"Embassy (organization)"}},
		{"nationalMission: an embassy a verb acts on is a building of its country", "Protesters stormed the Estonian embassy in Minsk on Sunday.",
			nil, []string{"Estonian Embassy (organization)"}},
		{"articleInPlaceName: a place written with its article after in", "The Chilean Embassy in The Hague said it would respond.",
			[]string{"Chilean Embassy (organization)"}, []string{"Hague (organization)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
