package extract

import "testing"

// TestOfficeHome reads a national office written without its country as
// the office of the dateline's country when the country the text names
// most is the one the person acts on, and keeps the country named most
// otherwise.
func TestOfficeHome(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the summoned ambassador's country is not the minister's",
			"OSLO, May 4 (Wire) - Norway expelled three Iranian diplomats on Monday, accusing Tehran of plotting attacks.\n\n" +
				"Foreign Minister Kari Dahl summoned Iran's ambassador, Hamid Rezaei, and told him that Iran would answer for it.",
			[]string{"Kari Dahl ROLE Norway"}, []string{"Kari Dahl ROLE Iran"}},
		{"a country thanked is not the minister's",
			"NAIROBI - Kenya and Uganda signed a trade pact on Friday after Uganda lifted its sugar ban.\n\n" +
				"Trade Minister Jane Otieno thanked Uganda and said Uganda had kept its word.",
			[]string{"Jane Otieno ROLE Kenya"}, []string{"Jane Otieno ROLE Uganda"}},
		{"no dateline: the country named most, when not acted on",
			"Chile raised its interest rate on Tuesday. Chile's inflation rose in May.\n\n" +
				"Finance Minister Pablo Rojas said Chile would cut spending.",
			[]string{"Pablo Rojas ROLE Chile"}, nil},
		{"a country that criticises the minister is not the minister's (the passive's agent)",
			"STOCKHOLM, May 2 (Wire) - Sweden and Denmark signed a fishing accord on Friday.\n\n" +
				"Prime Minister Ana Lund was criticised by Norway on Monday for the accord.",
			[]string{"Ana Lund ROLE Sweden"}, []string{"Ana Lund ROLE Norway"}},
		{"the same without a dateline: no office rather than the critic's",
			"Prime Minister Ana Lund was criticised by Norway on Monday.",
			nil, []string{"Ana Lund ROLE Norway"}},
		{"a deputy minister holds a national office",
			"BUCHAREST - Romania's government met on Monday to discuss the budget, and Romania's lawmakers left for the summer.\n\n" +
				"Deputy Finance Minister Ion Marin resigned on Monday.",
			[]string{"Ion Marin ROLE Romania"}, nil},
		{"a deputy that is no minister is still no office of the country",
			"BUCHAREST - Romania's government met on Monday, and Romania's lawmakers left for the summer.\n\n" +
				"Deputy Director Ion Marin resigned on Monday.",
			nil, []string{"Ion Marin ROLE Romania"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, tc.text), tc.want, tc.not)
		})
	}
}
