package extract

import "testing"

// TestParagraphCountry gives a bare national office the country its
// paragraph opens with (role.paragraph-country), and leaves it to the
// dateline when that paragraph is about the dateline's country too.
func TestParagraphCountry(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a paragraph opened by another country's ministry",
			"BEIJING, May 3 (Wire) - China protested on Friday against the sale of patrol boats to Vietnam by Japan.\n\n" +
				"Vietnam's Defence Ministry thanked Japan for the boats and said they would arrive next year. " +
				"Deputy Prime Minister Tran Quoc Hung told reporters in Hanoi that the country would defend its waters.",
			[]string{"Tran Quoc Hung ROLE Vietnam"}, []string{"Tran Quoc Hung ROLE China", "Tran Quoc Hung ROLE Japan"}},
		{"a paragraph opened by another country's government",
			"ROME, June 9 (Wire) - Italy accused Greece on Sunday of turning away a ship carrying 300 migrants.\n\n" +
				"The Greek government rejected the accusation. " +
				"Prime Minister Nikos Varelas said Italy was trying to hide its own failures.",
			[]string{"Nikos Varelas ROLE Greece"}, []string{"Nikos Varelas ROLE Italy"}},
		{"a paragraph opened by a country itself, no dateline",
			"Oil producers agreed on Sunday to extend their output cuts, and Angola asked for a higher quota.\n\n" +
				"Kazakhstan, the group's fourth-largest producer, backed the decision. " +
				"Energy Minister Aidar Beketov said Kazakh companies would respect the quota.",
			[]string{"Aidar Beketov ROLE Kazakhstan"}, []string{"Aidar Beketov ROLE Angola"}},
		{"a president in a paragraph about his country",
			"MANILA, Aug 2 (Wire) - The Philippines and China traded blame on Saturday over a collision near a disputed shoal.\n\n" +
				"Indonesia's Foreign Ministry called for restraint from both sides. " +
				"President Budi Santoso told reporters in Jakarta that the sea should stay open to all.",
			[]string{"Budi Santoso ROLE Indonesia"}, []string{"Budi Santoso ROLE Philippines", "Budi Santoso ROLE China"}},
		{"the other side's paragraph names the dateline's country: the dateline keeps its minister",
			"KYIV, March 4 (Wire) - Ukraine's power grid was hit again on Tuesday.\n\n" +
				"Russia fired 60 drones at Ukraine's east overnight. " +
				"Foreign Minister Olena Hrytsenko said the attack showed the need for more air defence.",
			[]string{"Olena Hrytsenko ROLE Ukraine"}, []string{"Olena Hrytsenko ROLE Russia"}},
		{"two countries open the paragraph's sentences: no paragraph country",
			"OSLO, Jan 5 (Wire) - Norway hosted talks on Arctic fishing on Monday.\n\n" +
				"Iceland backed the plan. Denmark rejected it. " +
				"Fisheries Minister Kari Berg said the talks would go on.",
			[]string{"Kari Berg ROLE Norway"}, []string{"Kari Berg ROLE Iceland", "Kari Berg ROLE Denmark"}},
		{"the lead paragraph is the dateline's",
			"AMSTERDAM, May 20 (Wire) - A tribunal jailed a former Ghanaian army officer on Wednesday. " +
				"Ghana had handed him over in 2024. Justice Minister Pieter Smit said the trial had been fair. The Netherlands hosts the tribunal.",
			[]string{"Pieter Smit ROLE Netherlands"}, []string{"Pieter Smit ROLE Ghana"}},
		{"a person who does not open the sentence keeps the old reading",
			"OSLO, Jan 5 (Wire) - Norway hosted talks on Arctic fishing on Monday.\n\n" +
				"Iceland backed the plan. On Tuesday, Fisheries Minister Kari Berg said the talks would go on.",
			[]string{"Kari Berg ROLE Norway"}, []string{"Kari Berg ROLE Iceland"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, tc.text), tc.want, tc.not)
		})
	}
}
