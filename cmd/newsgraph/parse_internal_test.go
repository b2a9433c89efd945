package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestParseBatchesChangeNothing cuts a text into batches as parse does
// (with small batches) and checks that tokenising batch by batch gives
// the sentences and tokens of the whole text.
func TestParseBatchesChangeNothing(t *testing.T) {
	text := strings.Repeat("Mr. Smith didn't go.  He said “no.”\nA headline\n\nThe U.S. Army left at 10am. ", 40) + "Last words"
	var got []nlp.Sentence
	base, batches := 0, 0
	for rest := text; len(rest) > 0; batches++ {
		piece := nextBatch(rest, 200)
		if piece == "" {
			t.Fatal("empty batch")
		}
		if len(piece) < len(rest) && !strings.HasSuffix(piece, "\n\n") {
			t.Errorf("batch %d ends %q, not at a blank line", batches, piece[max(0, len(piece)-10):])
		}
		for _, s := range nlp.Tokenize(piece) {
			s.Start += base
			s.End += base
			for i := range s.Tokens {
				s.Tokens[i].Start += base
				s.Tokens[i].End += base
			}
			got = append(got, s)
		}
		base += len(piece)
		rest = rest[len(piece):]
	}
	if batches < 10 {
		t.Fatalf("%d batches, want many", batches)
	}
	if want := nlp.Tokenize(text); !reflect.DeepEqual(got, want) {
		t.Errorf("batches give %d sentences, the whole text %d", len(got), len(want))
	}
}

func TestNextBatch(t *testing.T) {
	for _, c := range []struct {
		text string
		size int
		want string
	}{
		{"short", 10, "short"},
		{"aaaa bbbb\n\ncccc\n\ndddd", 4, "aaaa bbbb\n\n"},
		{"aaaa bbbb\ncccc dddd", 4, "aaaa bbbb\n"},
		{"aaaa bbbb cccc dddd", 4, "aaaa bbbb cccc dddd"},
	} {
		if got := nextBatch(c.text, c.size); got != c.want {
			t.Errorf("nextBatch(%q, %d) = %q, want %q", c.text, c.size, got, c.want)
		}
	}
}
