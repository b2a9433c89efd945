package extract

import "testing"

// TestOrgLinkNames: organisation names that a lower-case "for a", "to"
// or "the" joins (orgLinkRunsOn, org_name_links.go) and a plural possessive
// before "Forum"; each rule with sentences that make the whole name and
// sentences of the same shape that must not.
func TestOrgLinkNames(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"for a inside a name", "The Council for a Democratic Future said on Monday that the vote had been rigged.",
			[]string{"Council for a Democratic Future (organization)"}, []string{"Democratic Future (person)", "Democratic Future (organization)"}},
		{"for an inside a name", "Rangi Parata of the Movement for an Independent Aotearoa told reporters the treaty must be honoured.",
			[]string{"Movement for an Independent Aotearoa (organization)", "Rangi Parata (person)"}, []string{"Independent Aotearoa (organization)"}},
		{"for a after a lower-case noun is no name", "The party asked for a Constitutional Court ruling on Friday.",
			nil, []string{"party for a Constitutional Court (organization)"}},
		{"to and a purpose verb inside a name", "The Alliance to End Hunger and the Coalition to Stop Gun Violence welcomed the budget.",
			[]string{"Alliance to End Hunger (organization)", "Coalition to Stop Gun Violence (organization)"}, []string{"End Hunger (person)", "Stop Gun Violence (organization)"}},
		{"to and a purpose verb inside a name", "Lagos lawyers joined the Campaign Network to Free Political Prisoners in a march on Tuesday.",
			[]string{"Campaign Network to Free Political Prisoners (organization)"}, nil},
		{"to before a place is no name", "The Commission sent the Council to Brussels, the Bank of Portugal said.",
			[]string{"Bank of Portugal (organization)"}, []string{"Council to Brussels (organization)"}},
		{"a title-case headline's to is no name", "Premier Urges Assembly to End Shutdown Before Budget Deadline Passes",
			nil, []string{"Assembly to End Shutdown (organization)", "Assembly to End Shutdown Before Budget Deadline Passes (organization)"}},
		{"the after a gerund of the name's for phrase", "Farmers urged Tashkent to take the dispute to the International Fund for Saving the Aral Sea on Monday.",
			[]string{"International Fund for Saving the Aral Sea (organization)"}, []string{"International Fund for Saving (organization)"}},
		{"the after a gerund of the name's for phrase", "The Society for Protecting the Mekong Delta said the dam would kill fish.",
			[]string{"Society for Protecting the Mekong Delta (organization)"}, []string{"Society for Protecting (organization)"}},
		{"the after a verb is no name", "The Union for Reform met the Prime Minister on Monday, and Leaders Seeking the Truth was founded.",
			[]string{"Union for Reform (organization)"}, []string{"Union for Reform met the Prime Minister (organization)"}},
		{"a plural possessive before Forum", "The National Fishworkers' Forum called a strike in four coastal districts, and the Kerala Weavers' Forum joined it.",
			[]string{"National Fishworkers' Forum (organization)", "Kerala Weavers' Forum (organization)"}, []string{"National Fishworkers (organization)", "Kerala Weavers (organization)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestOrgKinds14: organisations that were typed as persons: a company
// head "Medical", and a body's name in Spanish or Portuguese opened by a
// plural before "de" after a description that calls it an organisation
// (pluralOpenedName); persons of the same shapes stay persons.
func TestOrgKinds14(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"Medical ends a company's name", "Corvant Medical, a U.S. rival, welcomed the ruling, and nurses at Brakvik Medical walked out.",
			[]string{"Corvant Medical (organization)", "Brakvik Medical (organization)"}, []string{"Corvant Medical (person)", "Brakvik Medical (person)"}},
		{"Medical in a title stays a title", "Chief Medical Officer Tamsin Rhee said the clinic was safe.",
			[]string{"Tamsin Rhee (person)"}, []string{"Chief Medical (organization)", "Chief Medical Officer Tamsin Rhee (organization)"}},
		{"a plural before de after an organisation's description", "A tenants' association, Inquilinos de Rosario, said it had filed a lawsuit against the landlord.",
			[]string{"Inquilinos de Rosario (organization)"}, []string{"Inquilinos de Rosario (person)"}},
		{"a plural before da after an organisation's description", "An environmental group, Amigos da Amazonia, said the permit was illegal.",
			[]string{"Amigos da Amazonia (organization)"}, []string{"Amigos da Amazonia (person)"}},
		{"a given name before de stays a person", "The group's lawyer, Carlos de Souza, said the case was strong, and a farmers' association, Marcos de Lima, agreed.",
			[]string{"Carlos de Souza (person)"}, []string{"Carlos de Souza (organization)"}},
		{"a plural before de without a description stays as it was", "Inquilinos de Rosario met the mayor on Monday.",
			nil, []string{"Inquilinos de Rosario (organization)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
