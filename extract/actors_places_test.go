package extract

import (
	"testing"
)

func TestPlacesAndActors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a country owning a thing of its own does not act (placeAttribute)",
			"Marta Quill said the new banner borrows from the United Kingdom's flag, and Peru's coastline inspired its colours.",
			[]string{"Marta Quill (person)"}, []string{"United Kingdom (country)", "Peru (country)"}},
		{"a country ranking something of its own does not act (placeAttribute, superlative)",
			"Jonas Berglund now runs Brazil's second-largest bank, the Lisbon Herald reported.",
			[]string{"Jonas Berglund (person)"}, []string{"Brazil (country)"}},
		{"a country's economy growing is no act of the country (placeAttribute)",
			"Japan's economy grew by 2 percent, economist Ada Lam said.",
			[]string{"Ada Lam (person)"}, []string{"Japan (country)"}},
		{"a country that acts keeps its actor beside a possessive of a thing",
			"France's flag flew at the summit, and France sanctioned the firm.",
			[]string{"France (country)"}, nil},
		{"a country's possessive of an action or of its people acts",
			"Chile's response angered Bolivia, and Peru's foreign minister said so.",
			[]string{"Chile (country)", "Bolivia (country)", "Peru (country)"}, nil},
		{"a country whose attribute noun heads people acting for it acts (agentHead)",
			"Peru's coast patrol said the boat sank, and Chile blocked the language of the treaty.",
			[]string{"Peru (country)", "Chile (country)"}, nil},
		{"a capital modifying an event of the city is a place (placeAttribute)",
			"Crowds filled the Lima lantern festival, organiser Rosa Quispe said.",
			[]string{"Rosa Quispe (person)"}, []string{"Peru (country)"}},
		{"a country described by its religion or land does not act (describedCountry)",
			"Nepal is mainly Hindu and Bolivia is landlocked, geographer Tom Hale said.",
			[]string{"Tom Hale (person)"}, []string{"Nepal (country)", "Bolivia (country)"}},
		{"a country that is ready to act acts",
			"Nepal is ready to sign the deal, Tom Hale said.",
			[]string{"Nepal (country)"}, nil},
		{"a people's name in a work's quoted title is no actor (inQuotedTitle)",
			"The gallery showed a print called \"Cowboys and Mexicans\" from 1985, curator Ana Ruiz said.",
			[]string{"Ana Ruiz (person)"}, []string{"Mexico (country)"}},
		{"a country after a character's honorific is a name, not the country (characterName)",
			"Fans dressed as Captain Canada posed at the booth, organiser Ana Ruiz said.",
			[]string{"Ana Ruiz (person)"}, []string{"Canada (country)"}},
		{"a one-word name that only owns things and is written as a place is a place (ownerOnlyPlace)",
			"A storm damaged Tarsova's old harbour on Monday, and thousands of sailors arrive in Tarsova each year.",
			nil, []string{"Tarsova (organization)"}},
		{"a one-word name that owns things and acts is an organisation",
			"Tarsova's shares fell after Tarsova sued the regulator in Oslo. Tarsova said it would appeal.",
			[]string{"Tarsova (organization)"}, nil},
		{"a district's abbreviation after a place is part of the place (placeAbbreviation)",
			"The robotics team of Ines Duarte arrived in Washington D.C. on Monday, and the final was held in Washington D.C. this week.",
			[]string{"Ines Duarte (person)"}, []string{"D.C. (organization)"}},
		{"an acronym that acts is still an organisation",
			"The final was held in Lima. NCLAN said the crop losses were severe.",
			[]string{"NCLAN (organization)"}, nil},
		{"a country compared with is no actor (comparedCountry)",
			"The lake is larger than Belgium, and the salt rules are in line with the United States and most European countries, said Tom Hale.",
			[]string{"Tom Hale (person)"}, []string{"Belgium (country)", "United States (country)", "European countries (group)"}},
		{"a country compared with or unlike is no actor (comparedCountry)",
			"Unlike Norway, the island taxes fuel, compared with Denmark, Rita Oyelaran said.",
			[]string{"Rita Oyelaran (person)"}, []string{"Norway (country)", "Denmark (country)"}},
		{"a country that placed in a contest is no actor (prizeReceiver)",
			"The Kenyan team won the robot contest, with the silver medal going to Chile and the bronze to Georgia.",
			nil, []string{"Chile (country)", "Georgia (country)"}},
		{"a country given aid to is acted upon",
			"Norway gave aid to Chile after the quake.",
			[]string{"Norway (country)", "Chile (country)"}, nil},
		{"a place adjective after a preposition keeps the name a place (skipPlaceAdjectives)",
			"Crowds gathered near downtown Lima, and children in mainland Portugal lack iodine, Ines Duarte said.",
			[]string{"Ines Duarte (person)"}, []string{"Peru (country)", "Portugal (country)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestTeamsOfRegionsAndBodies(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a region's team is no actor (regionalSide)",
			"The African team won the quiz, and the Kenyan team came second.",
			[]string{"Kenyan team (group)"}, []string{"African team (group)", "Africa (group)"}},
		{"a nationality's team named before is that body (privateBodyOf)",
			"The final saw Canadian team Northwind face Redline from Peru. A late goal gave the Canadian team the match.",
			[]string{"Northwind (organization)"}, []string{"Canadian team (group)", "Canada (country)"}},
		{"a nationality's team with no body named is a group",
			"The Canadian team thanked its coach.",
			[]string{"Canadian team (group)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestSurnamesThatArePlacesOrMonths(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a given name and a country's name are one person (placeSurname); the surname alone is that person (wordSurnameAt)",
			"Sen. Mark Chad said the bill was flawed. Chad added that he would vote no.",
			[]string{"Mark Chad (person)"}, []string{"Chad (country)", "Mark (person)"}},
		{"a title, a given name and a capital are one person (placeSurname)",
			"Police Chief Laura Lima said Monday that the case was closed.",
			[]string{"Laura Lima (person)"}, []string{"Peru (country)", "Laura (person)"}},
		{"a given name and a month are one person (monthSurname); the month alone after is that person",
			"Home Secretary Clara May said the rules would change. May told reporters the plan was ready.",
			[]string{"Clara May (person)"}, []string{"Clara (person)"}},
		{"a month with a day after a name stays a date",
			"The report reached David Osei on Friday. Voting ends on Clara May 5.",
			[]string{"David Osei (person)"}, []string{"Clara May (person)"}},
		{"a month after a preposition stays a date after the person is named",
			"Prime Minister Grace May spoke. In May, Chile protested, Grace May said.",
			[]string{"Grace May (person)", "Chile (country)"}, nil},
		{"an appositive of a person keeps an unknown given name and a capital one person (personAppositiveAfter), also when named again",
			"Odile Cairo, a retired local woman, said the landlord locked her out.\n\nOdile Cairo\n\nCairo said she would sue.",
			[]string{"Odile Cairo (person)"}, []string{"Egypt (country)"}},
		{"the country stays the country when no person carries its name",
			"Jordan condemned the strike, and Syria denied it.",
			[]string{"Jordan (country)", "Syria (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestGroupsOfPeople(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a nationality, a creed's adjective and a collective noun are a group (collectiveNouns, ideologyAdjective)",
			"Greek nationalist groups fear the council will change the rule, and Spanish women's associations agree.",
			[]string{"Greek nationalist groups (group)"}, nil},
		{"a name before a noun of gangs is a group (gangAfter)",
			"Police raided the Iron Wolves biker gang on Monday, and the Red Fox gang denied any link.",
			[]string{"Iron Wolves (group)", "Red Fox (group)"}, []string{"Iron Wolves (organization)"}},
		{"the Taliban are an armed group, as other armed groups are (armedGroupData)",
			"The Taliban attacked a checkpoint, and Hamas condemned the raid.",
			[]string{"Taliban (group)", "Hamas (group)"}, []string{"Taliban (organization)"}},
		{"people counted by an exact number are no group (countedPeople)",
			"Seven Chilean players were booked in the match, and a fund helped 2,000 Syrian refugees.",
			nil, []string{"Chilean players (group)", "Syrian refugees (group)"}},
		{"counted protesters still protest as a group",
			"About 2,000 Chilean protesters rallied against the law in Santiago.",
			[]string{"Chilean protesters (group)"}, nil},
		{"uncounted people of a nationality acting are a group",
			"Chilean players criticised the referee.",
			[]string{"Chilean players (group)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestNamesAfterPluralCues(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a name after the plural of a body's noun is an organisation (pluralOrgCueBefore)",
			"Fees rose at the private schools Monte Verde and Casa Alta, and the radio played such bands as The Silver Owls.",
			[]string{"Monte Verde (organization)", "Silver Owls (organization)"}, []string{"Monte Verde (person)", "Silver Owls (person)"}},
		{"a name after the plural of a trade is a person (pluralOrgCue)",
			"Among the guests were publishers Jann Wenner, who said the prints were rare.",
			[]string{"Jann Wenner (person)"}, []string{"Jann Wenner (organization)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestPlaceGivenNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a capital that is a given name, a surname and an appositive of a role are one person (placeGivenName)",
			"Sofia Marin, a spokeswoman for the union, said the strike would continue. Marin told reporters that talks had failed.",
			[]string{"Sofia Marin (person)"}, []string{"Bulgaria (country)", "Marin (organization)"}},
		{"a country that is a given name and a surname before a reporting verb are one person (placeGivenName)",
			"Officials met on Monday. Israel Navarro said the vote was fair.",
			[]string{"Israel Navarro (person)"}, []string{"Israel (country)"}},
		{"a country before a word of a body stays the country",
			"Georgia Power said prices would rise, and Jordan Valley farmers protested.",
			nil, []string{"Georgia Power (person)", "Jordan Valley (person)"}},
		{"a country with no person's cue after stays the country",
			"Jordan Peterson-style debates drew crowds. Jordan condemned the strike.",
			[]string{"Jordan (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

func TestWellKnownCompanies(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a one-word company of the gazetteer is an organisation also where it only is acted upon",
			"Montana sued ByteDance on Tuesday, and India signed a supply deal with Rosneft.",
			[]string{"ByteDance (organization)", "Rosneft (organization)", "India (country)"}, nil},
		{"a company's short name is an alias of its full name",
			"Exxon Mobil said output rose. Exxon also cut jobs in Texas.",
			[]string{"ExxonMobil (organization)"}, nil},
		{"companies named as objects and after prepositions are organisations",
			"European regulators fined Meta, and Japan bought a launch from SpaceX.",
			[]string{"Meta Platforms (organization)", "SpaceX (organization)", "Japan (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}
