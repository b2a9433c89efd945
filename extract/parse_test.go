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

// TestStatementParseUseless: a sentence whose statement the surface
// rules read is not parsed for statements when what is left is its
// speaker and verb, and is when enough words are left for another
// statement or when no statement was read.
func TestStatementParseUseless(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		parsed   bool
	}{
		{"Russian Foreign Minister Sergei Lavrov said the delegations would meet again in a week.", false},
		{"The talks would resume in Geneva on Monday and both delegations would stay for a week, Lavrov said.", false},
		{"\"We will not give up,\" Lavrov told reporters in Moscow.", false},
		{"The talks would resume on Monday, Lavrov said, while the delegation that had travelled to the city from the front last week warned that delays were likely.", true},
		{"Lavrov's remarks came as the ministers explained little of what the two delegations had agreed in the course of the week.", true},
	} {
		text := "Talks\n\nRussian Foreign Minister Sergei Lavrov met officials in Geneva. " + tc.sentence + "\n"
		var d doc
		New(Options{}).run(&d, graph.Article{Text: text})
		si := -1
		for i, s := range d.sents {
			if d.text[s.s:s.e] == tc.sentence {
				si = i
			}
		}
		if si < 0 {
			t.Fatalf("%q: not one sentence", tc.sentence)
		}
		if _, parsed := d.parses[si]; parsed != tc.parsed {
			t.Errorf("%q: parsed %v, want %v", tc.sentence, parsed, tc.parsed)
		}
	}
}
