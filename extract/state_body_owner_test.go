package extract

import "testing"

// TestSpeakingStateBody: a country's possessive before a named body of
// its state that speaks makes the country an actor; a court, a private
// body or a body that does not speak leaves it a place.
func TestSpeakingStateBody(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a state agency that speaks",
			"Peru's National Water Authority said on Monday that the river had dried up near the border.",
			[]string{"Peru (country)", "Peruvian National Water Authority (organization)"}, nil},
		{"past its acronym and a which clause",
			"Kenya's Civil Aviation Authority (KCAA), which licenses the airline, said the plane would stay grounded.",
			[]string{"Kenya (country)"}, nil},
		{"a ministry that wrote",
			"Estonia's Interior Ministry wrote that the border posts would close at midnight.",
			[]string{"Estonia (country)"}, nil},
		{"a court speaks for no government",
			"Chile's Constitutional Tribunal said the law was void and the miners cheered.",
			nil, []string{"Chile (country)"}},
		{"a body worked with",
			"The fund worked with Canada's Competition Bureau, which is examining similar complaints.",
			nil, []string{"Canada (country)"}},
		{"a body that acts without speaking",
			"Ghana's Energy Commission raised tariffs by 12 percent on Monday.",
			nil, []string{"Ghana (country)"}},
		{"a private body",
			"Sweden's Nordvik Bank said profits rose in the third quarter.",
			nil, []string{"Sweden (country)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}
