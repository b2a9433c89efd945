package nlp

import (
	"strings"
	"testing"
)

// TestAfterSpanReadsPastThePhrase builds phrases of invented sentences
// arc by arc, as the parser does, and checks the word templates 4 read
// after each phrase: the comma that closes an apposition, not the word
// after its head.
func TestAfterSpanReadsPastThePhrase(t *testing.T) {
	for _, c := range []struct {
		name  string
		words string
		arcs  [][2]int32 // (head, dependent), in the order made
		item  int32
		want  string
	}{
		{"a head alone", "Anna Berg , head of the union , said", nil, 4, "of"},
		{"an apposition's phrase", "Anna Berg , head of the union , said",
			[][2]int32{{7, 6}, {7, 5}, {4, 7}}, 4, ","},
		{"a left child changes nothing", "the union said", [][2]int32{{2, 1}}, 2, "said"},
		{"the last word", "they agreed", [][2]int32{{2, 1}}, 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			words := strings.Fields(c.words)
			ws := make([]wordInfo, len(words))
			for i, w := range words {
				ws[i] = describe(&Token{Form: w}, i)
			}
			var si sentInfo
			si.fill(ws, make([]uint8, len(ws)), make([]uint8, len(ws)), 0xff)
			var s parseState
			s.reset(len(ws))
			for _, a := range c.arcs {
				s.attach(a[0], a[1], 1)
			}
			want := uint64(noneWord)
			if c.want != "" {
				want = hashLower(c.want)
			}
			if got := si.afterSpan(&s, c.item); got != want {
				t.Errorf("after the phrase of %q: %#x, want %q (%#x)", words[c.item-1], got, c.want, want)
			}
		})
	}
	if got := (&sentInfo{}).afterSpan(&parseState{}, -1); got != noneWord {
		t.Errorf("an absent item: %#x, want none", got)
	}
}
