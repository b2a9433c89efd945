package extract

import "testing"

// TestPersonOfPlacedOwnersBody reads invented sentences of a person "of"
// an organisation that a country's possessive places ("X of Italy's la
// Repubblica", bodyPastPlacedOwner): the person's ROLE is in the
// organisation, also when the country is no actor there, whatever the
// modality of the rest of the sentence.
func TestPersonOfPlacedOwnersBody(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a paper in a list", "The show includes prints of singer Lena Okoro; publishers Tomas Vidal of Harbour Press and Marco Bellini of Italy's la Repubblica; and golfers.",
			"Marco Bellini ROLE La Repubblica", "Marco Bellini ROLE Italy"},
		{"a company group", "Marco Bellini of Austria's Lindner Group said the plant would reopen.",
			"Marco Bellini ROLE Lindner Group", ""},
		{"a ministry", "Director Ana Soto of Kenya's Ministry of Health said the clinic would open.",
			"Ana Soto ROLE Kenyan Ministry of Health", ""},
		{"negated twin", "Anna Horvat of Croatia's Adria Group said the group would not sign the deal.",
			"Anna Horvat ROLE Adria Group", ""},
		{"planned twin", "Anna Horvat of Croatia's Adria Group will meet Lars Holm in Oslo next week.",
			"Anna Horvat ROLE Adria Group", ""},
	})
}
