package extract

import "testing"

// TestMaySurfaceRelate checks the guess parseAhead makes for a sentence
// with two names and a trigger but no "and": with no word outside
// quotations that opens a relation pattern, the surface patterns read
// nothing there and the parse is asked for, so it is parsed ahead.
func TestMaySurfaceRelate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Norwegian envoys met officials from Chile in Oslo on Tuesday.", true},
		{"Portugal condemned the raid by Ruvian forces.", true},
		{"The ministry in Quito has yet to comment on the Peruvian statement.", false},
		{"Mr Odhiambo told reporters in Nairobi: \"We met the Ugandan delegation.\"", false},
	} {
		x := New(Options{})
		d := &doc{x: x, text: "Title\n\n" + tc.text + "\n"}
		d.pg = cleanPage(d.text, articleMeta{})
		d.split()
		got, found := false, false
		for _, s := range d.sents {
			if d.text[s.s:s.e] == tc.text {
				got, found = d.maySurfaceRelate(s), true
			}
		}
		if !found {
			t.Fatalf("%q: not one sentence", tc.text)
		}
		if got != tc.want {
			t.Errorf("maySurfaceRelate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
