package extract

import "testing"

// TestOrgNameInRegion (mention.organisation, inRegionEnd,
// adjectiveTitleOpens): a long official name built on an "of"/"for"
// phrase keeps the world region after its "in", a mission keeps the
// country it works in, and a title word that is an adjective of the
// head opens the name; a plain name before "in" and a country keep
// apart.
func TestOrgNameInRegion(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"for phrase and a continent",
			"The Commission for Human Rights in Africa said it was concerned about the arrests.",
			[]string{"Commission for Human Rights in Africa (organization)"}, []string{"Commission for Human Rights (organization)"}},
		{"two words of a region",
			"The Council for Peace and Security in Central Africa met on Monday and said the border must reopen.",
			[]string{"Council for Peace and Security in Central Africa (organization)"}, nil},
		{"a mission and its country",
			"Observers from the Regional Stabilisation Mission in Haiti said the vote was calm.",
			[]string{"Regional Stabilisation Mission in Haiti (organization)"}, nil},
		{"a ministry in a country stays apart",
			"Officials at the Ministry of Health in Kenya said 40 cases had been confirmed, and Kenya asked Uganda for vaccines.",
			[]string{"Kenya (country)"}, []string{"Ministry of Health in Kenya (organization)"}},
		{"a city is no region",
			"The Institute for Fiscal Research in Bergen said the budget was too loose.",
			[]string{"Institute for Fiscal Research (organization)"}, []string{"Institute for Fiscal Research in Bergen (organization)"}},
		{"a country ending in a region's word",
			"The Council of Elders in South Africa said it would meet the president.",
			nil, []string{"Council of Elders in South Africa (organization)"}},
		{"an adjective title opens the name",
			"The General Confederation of Peruvian Workers called on the government to raise wages.",
			[]string{"General Confederation of Peruvian Workers (organization)"}, []string{"Confederation of Peruvian Workers (organization)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}
