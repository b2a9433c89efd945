package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestParseAheadChangesNothing extracts each seed and test article twice,
// parsing the sentences ahead in one batch and one by one as the readers
// ask: the batches and every parse must be the same, and the batch ahead
// must parse no sentence the readers did not ask for.
func TestParseAheadChangesNothing(t *testing.T) {
	var files []string
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt"} {
		f, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f...)
	}
	if len(files) < 5 {
		t.Fatalf("%d articles in ../seeds and testdata/articles; expected more", len(files))
	}
	if testing.Short() {
		files = files[:5]
	}
	ahead := 0
	for _, opts := range []Options{{}, {NoReportedSpeech: true}} {
		x := New(opts)
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := graph.Article{Text: string(text), Origin: f}
			batched, single := doc{}, doc{parseOneByOne: true}
			x.run(&batched, a)
			x.run(&single, a)
			if !reflect.DeepEqual(batched.out, single.out) {
				t.Errorf("%s (%+v): the batch parsed ahead differs from the one parsed sentence by sentence", f, opts)
			}
			bk, sk := parsedSentences(&batched), parsedSentences(&single)
			if !slices.Equal(bk, sk) {
				t.Errorf("%s (%+v): parsed sentences %v ahead, %v one by one; want the same", f, opts, bk, sk)
			}
			for _, si := range sk {
				if !reflect.DeepEqual(batched.parses[si], single.parses[si]) {
					t.Errorf("%s: sentence %d parses differently in the batch", f, si)
				}
			}
			ahead += countParsedAhead(&batched)
		}
		files = files[:5] // the option changes little: a few articles
	}
	if ahead == 0 {
		t.Error("no sentence was parsed ahead: the batch is not used")
	}
}

// parsedSentences lists the sentences d parsed.
func parsedSentences(d *doc) []int {
	var out []int
	for si := range d.parses {
		out = append(out, si)
	}
	slices.Sort(out)
	return out
}

// countParsedAhead counts the sentences of d that parseAhead parsed.
func countParsedAhead(d *doc) int {
	r := &reader{mentsBy: make([][]*mention, len(d.sents))}
	for _, m := range d.ments {
		r.mentsBy[m.sent] = append(r.mentsBy[m.sent], m)
	}
	n := 0
	for si, s := range d.sents {
		if s.e > s.s && d.parsedForSure(r, si, s) {
			n++
		}
	}
	return n
}
