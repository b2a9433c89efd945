package extract

import "testing"

// TestPluralNounTrigger: a verb's "-s" form after a lower-case modifier
// that the tagger reads as a plural noun is a thing, not an act; a
// subject before the same form still acts.
func TestPluralNounTrigger(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{text: "Norway sent artillery shells to Estonia on Monday.",
			not: []string{"Norway ASSAULT Estonia"}},
		{text: "Chile sold tank shells to Peru last year, the ministry said.",
			want: []string{"Chile AID Peru"}, not: []string{"Chile ASSAULT Peru"}},
		{text: "Officials in Ghana said heavy bombs hit Togo on Tuesday.",
			not: []string{"Ghana ASSAULT Togo"}},
		{text: "Armenia shells Azerbaijan every night, the ministry said.",
			want: []string{"Armenia ASSAULT Azerbaijan"}},
		{text: "Sudan shelled Chad on Monday.",
			want: []string{"Sudan ASSAULT Chad"}},
	}
	for _, c := range cases {
		got := depFacts(t, c.text)
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: want %s, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if got[n] {
				t.Errorf("%q: did not want %s, got %v", c.text, n, got)
			}
		}
	}
}
