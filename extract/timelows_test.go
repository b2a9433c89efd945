package extract

import (
	"strings"
	"testing"
)

// TestTimeLowsAreLowered: timesOf hands findTimesLow the words of a
// sentence as timeLows makes them, partly from the tokens' own lower-case
// forms; each must be what findTimes makes of the word itself (lowered,
// without a trailing dot), for every word of the corpus and of words
// with typographic marks and letters past ASCII.
func TestTimeLowsAreLowered(t *testing.T) {
	texts := append(corpusTexts(t),
		"Title\n\nÖSTERSUND, Nov. 3 (Wire) – The Saami Council’s envoys met İstanbul’s mayor on Tuesday. Today’s talks ran late‑night in ÅLESUND.\n",
		"Title\n\nThe U.S. envoy said on Sept. 12 that the co‑operation would resume next MONDAY, and Zelenskyy’s office agreed.\n")
	words, marked := 0, 0
	for _, text := range texts {
		d := &doc{x: New(Options{}), text: text}
		d.pg = cleanPage(d.text, articleMeta{})
		d.split()
		for si := range d.sents {
			for i, w := range d.tokenTexts(si) {
				want := strings.TrimSuffix(strings.ToLower(w), ".")
				if got := d.timeLows(si)[i]; got != want {
					t.Errorf("%q: timeLows %q, want %q", w, got, want)
				}
				words++
				if strings.IndexByte(w, 0xE2) >= 0 {
					marked++
				}
			}
		}
	}
	if words < 1000 || marked == 0 {
		t.Errorf("%d words, %d with typographic marks: the test reads too little", words, marked)
	}
}
