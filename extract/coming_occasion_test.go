package extract

import (
	"strings"
	"testing"
)

// TestComingOccasionMonth (comingOccasion): a bare month in a phrase
// about an occasion still to come ("before the summit in June") is the
// next such month after the publication date; elsewhere ("met in June",
// "after the vote in June") the most recent one, as before.
func TestComingOccasionMonth(t *testing.T) {
	const pub = "2026-03-04"
	tests := []struct {
		name, text, want string
	}{
		{"before the summit in June", "The ministers met on Monday before the bloc's summit in June", "2026-06"},
		{"ahead of the election in October", "Parties campaigned ahead of the general election in October", "2026-10"},
		{"until the vote in May", "The cabinet will stay in office until the vote in May", "2026-05"},
		{"upcoming talks in July", "Officials prepared for the upcoming talks in July", "2026-07"},
		{"a past month stays past", "The ministers met in June", "2025-06"},
		{"after the vote in June stays past", "The coalition collapsed after the vote in June", "2025-06"},
		{"before, a comma between", "Before the talks, the two sides met in June", "2025-06"},
		{"an earlier month stays this year", "The ministers met before the summit in February", "2026-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.text)
			var got string
			for _, tx := range findTimes(words, pub, false) {
				got = tx.day
			}
			if got != tc.want {
				t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
