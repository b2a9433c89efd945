package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFieldsOfStaysTheSplit: the name rules share the words fieldsOf
// remembers, so none may change them. After extracting every corpus
// text, each remembered split must still be strings.Fields of its
// name, and a second call must give the same words.
func TestFieldsOfStaysTheSplit(t *testing.T) {
	x := New(Options{})
	names := 0
	for _, text := range corpusTexts(t) {
		d := doc{}
		x.run(&d, graph.Article{Text: text})
		for s, w := range d.fields {
			names++
			if want := strings.Fields(s); !slices.Equal(w, want) {
				t.Errorf("%q: remembered %q, split %q: a rule changed the shared words", s, w, want)
			}
			if again := d.fieldsOf(s); len(again) > 0 && &again[0] != &w[0] {
				t.Errorf("%q: split again rather than remembered", s)
			}
		}
	}
	if names < 100 {
		t.Errorf("only %d names split: the test reads too little", names)
	}
}
