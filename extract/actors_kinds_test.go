package extract

import (
	"testing"
)

// TestActorKinds: the rules of actors_kinds.go and the lexicon entries
// that tell actors from other names, each with sentences where they
// must fire and sentences of the same shape where they must not.
func TestActorKinds(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"bare body noun", "Senator Ruth Calloway said she was troubled by the Administration's choice of site.",
			[]string{"Ruth Calloway (person)"}, []string{"Administration (organization)"}},
		{"bare body noun", "Dana Whitlow said the Government's new levy would hurt farmers, and the Ministry rejected her claim.",
			[]string{"Dana Whitlow (person)"}, []string{"Government (organization)", "Ministry (organization)"}},
		{"bare body noun: the short form of a named body is that body", "The Northland Transport Commission fined the ferry operator. The Commission said the fine was fair.",
			[]string{"Northland Transport Commission (organization)"}, []string{"Commission (organization)"}},
		{"bare body noun: a gazetteer's body stays", "Congress passed the spending bill on Friday after a long debate.",
			[]string{"Congress (organization)"}, nil},
		{"storm name", "Hurricane Marisol flooded the port, and Typhoon Kanrei hit the coast. Marisol also cut power to 40,000 homes, officials said.",
			nil, []string{"Hurricane Marisol (person)", "Typhoon Kanrei (person)", "Marisol (organization)"}},
		{"storm name after a lower-case storm word", "Farmers lost their crops when the storm Odalys reached the valley.",
			nil, []string{"Odalys (organization)", "Odalys (person)"}},
		{"storm name: a surname Storm stays a person", "The singer Jane Storm said the tour would go on.",
			[]string{"Jane Storm (person)"}, nil},
		{"peoples without a state", "Police detained hundreds of Uyghurs, and the Yazidis asked for protection.",
			[]string{"Uyghurs (group)", "Yazidis (group)"}, nil},
		{"a country's attitude is no act", "\"Norway's obsession with skiing is older than the state,\" said the historian Eva Lind.",
			[]string{"Eva Lind (person)"}, []string{"Norway (country)"}},
		{"a country that acts stays", "Norway condemned the decision on Monday.",
			[]string{"Norway (country)"}, nil},
		{"a maker's product is no person", "Mozilla Firefox, its main rival, has gained users, and Adobe Photoshop was updated.",
			nil, []string{"Mozilla Firefox (person)", "Adobe Photoshop (person)"}},
		{"the maker that speaks stays", "Mozilla said the update fixed the flaw.",
			[]string{"Mozilla (organization)"}, nil},
		{"a refugee agency named with its office", "The UN High Commissioner for Refugees said 5,000 people had fled, and UNHCR asked for funds.",
			[]string{"United Nations High Commissioner for Refugees (organization)"}, []string{"United Nations (organization)"}},
		{"given name alone that acts is a person", "Peter Lang and his wife Ada Lang were charged over the death of their baby, Ruth. Doctors said Ruth's fever rose until her skin broke.",
			[]string{"Ruth (person)"}, []string{"Ruth (organization)"}},
		{"a place with a given name's word is no person", "Officials said Victoria's government would act, and Florence's museums reopened.",
			nil, []string{"Victoria (person)", "Florence (person)"}},
		{"a one-word name that acts stays an organisation", "Shares rose after Lufthansa said profits doubled.",
			[]string{"Lufthansa (organization)"}, nil},
		{"family plural", "Peter Lang and his wife Ada Lang were charged. The Langs refused to see a doctor.",
			[]string{"Peter Lang (person)", "Ada Lang (person)"}, []string{"Langs (organization)"}},
		{"family plural: an organisation ending in s stays", "Ada Lang joined Siemens in 2010. The Ottens said the fair was a success.",
			[]string{"Siemens (organization)"}, nil},
		{"particle name", "The prints went to Carla Moretti of Italy's la Repubblica, and le Monde said it would print them.",
			[]string{"La Repubblica (organization)", "Le Monde (organization)"}, []string{"Italy (country)"}},
		{"particle name: a lower-case particle alone names nothing", "The word de is common, and la is a note of the scale, Ana Lind said.",
			[]string{"Ana Lind (person)"}, []string{"Le Monde (organization)"}},
		{"one institution joined by and", "The prints hang in the Harbour Teaching Museum and Art Gallery at Ardmore College.",
			[]string{"Harbour Teaching Museum and Art Gallery (organization)"}, []string{"Art Gallery (organization)"}},
		{"two institutions joined by and stay two", "The Massachusetts Institute of Technology and Colorado State University ran the study.",
			[]string{"Massachusetts Institute of Technology (organization)", "Colorado State University (organization)"}, nil},
		{"describing compound", "Atwood, a Booker Prize-winner, spoke first. The boy wore a Zentrix T-shirt when the police arrested him.",
			nil, []string{"Booker Prize-winner (person)", "Zentrix T-shirt (person)"}},
		{"describing compound: a hyphenated given name stays", "Lam Cheuk-ting said he would appeal, and Jean-Luc Marchand agreed.",
			[]string{"Lam Cheuk-ting (person)", "Jean-Luc Marchand (person)"}, nil},
		{"shared plural head", "After talks between the Treasury and Homeland Security Departments, the girls got visas, and the Justice and Interior Ministries said the plan was legal.",
			[]string{"Treasury Department (organization)", "Homeland Security Department (organization)", "Justice Ministry (organization)", "Interior Ministry (organization)"}, nil},
		{"shared plural head: a person before the and is no name", "Rafael Ortiz and Legal Councils fought the plan, Ortiz said.",
			[]string{"Rafael Ortiz (person)"}, []string{"Rafael Ortiz Council (organization)"}},
		{"operation name", "Operation Granite Dawn struck three depots, the ministry said, and Operation Velt ended on Monday.",
			nil, []string{"Operation Granite Dawn (person)", "Operation Velt (person)", "Operation Granite Dawn (organization)"}},
		{"operation name after a noun of websites is a site", "Posts on the critic site Operation Lanternfish said the attack had occurred.",
			[]string{"Operation Lanternfish (organization)"}, nil},
		{"operation in lower case before a person's name", "The rescue operation Karl Berg led saved ten people, Berg said.",
			[]string{"Karl Berg (person)"}, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
