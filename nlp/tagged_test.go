package nlp_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestTaggedParseIsAnnotateAll tags every test article in one batch,
// parses its sentences in a scattered order (every third first, then
// the rest backwards, each at most once), and checks that the tags
// before the parse and the trees after it are AnnotateAll's, with the
// greedy model and with the beam; the sentences left unparsed keep
// Head -1.
func TestTaggedParseIsAnnotateAll(t *testing.T) {
	var files []string
	for _, pat := range []string{"../extract/testdata/articles/*.txt", "../testdata/heldout/*.txt", "../seeds/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if testing.Short() {
		files = files[:min(len(files), 8)]
	}
	if len(files) < 8 {
		t.Fatalf("only %d test articles found", len(files))
	}
	greedy, err := nlp.Greedy()
	if err != nil {
		t.Skip("no model: ", err)
	}
	beam, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		m     *nlp.Model
		files []string
	}{{"greedy", greedy, files}, {"beam", beam, files[:8]}} {
		sents := 0
		for _, f := range c.files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := c.m.Parse(string(b))
			got := nlp.Tokenize(string(b))
			tg := c.m.TagAll(got)
			for i := range got {
				checkTagsOnly(t, c.name, f, got[i], want[i])
			}
			for i := 0; i < len(got); i += 3 {
				tg.Parse(i, i+1)
			}
			checkUnparsed(t, c.name, f, tg, want)
			for i := len(got); i > 0; i -= 2 {
				tg.Parse(max(i-2, 0), i)
			}
			if !reflect.DeepEqual(tg.Sentences(), want) {
				t.Errorf("%s, %s: TagAll then Parse differs from Parse", c.name, f)
			}
			sents += len(got)
		}
		if sents < 50 {
			t.Errorf("%s: only %d sentences", c.name, sents)
		}
	}
}

// checkTagsOnly checks that tagged sentence got holds parsed sentence
// want's tags and lemmas and no tree yet.
func checkTagsOnly(t *testing.T, model, file string, got, want nlp.Sentence) {
	t.Helper()
	for j := range got.Tokens {
		g, w := got.Tokens[j], want.Tokens[j]
		if g.UPOS != w.UPOS || g.XPOS != w.XPOS || g.Lemma != w.Lemma || g.Head != -1 || g.Deprel != "" {
			t.Fatalf("%s, %s: tagged token %q is %s/%s/%s head %d %q; parsed it is %s/%s/%s",
				model, file, g.Form, g.UPOS, g.XPOS, g.Lemma, g.Head, g.Deprel, w.UPOS, w.XPOS, w.Lemma)
		}
	}
}

// checkUnparsed checks that the sentences of tg parsed so far (every
// third) are want's and the others still unparsed.
func checkUnparsed(t *testing.T, model, file string, tg *nlp.Tagged, want []nlp.Sentence) {
	t.Helper()
	for i, s := range tg.Sentences() {
		if i%3 == 0 {
			if !reflect.DeepEqual(s, want[i]) {
				t.Fatalf("%s, %s: sentence %d parsed alone differs from Parse", model, file, i)
			}
			continue
		}
		checkTagsOnly(t, model, file, s, want[i])
	}
}
