package extract

import "testing"

// TestOrgLinkNames: organisation names that a lower-case "for a", "to"
// or "the" joins (orgLinkRunsOn, actors14.go) and a plural possessive
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
