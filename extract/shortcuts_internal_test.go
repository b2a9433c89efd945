package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestFormKeyShortcutIsScanned: formKey's shortcut for plain words
// (asciiWords) gives the key scannedFormKey gives, for every run of up
// to four words of the seed and test articles, the gazetteer's forms,
// and forms on either side of the shortcut's edge.
func TestFormKeyShortcutIsScanned(t *testing.T) {
	forms := []string{"Home Office", "home office", "UK", "Nato", "a", "A B", "A  B", " A", "A ", "",
		"St. Louis", "U.S.", "O'Brien", "Smith's", "al-Assad", "Jean-Luc", "7-Eleven", "G7", "Café Rouge",
		"Zelensky\u2019s", "A\tB", "A\nB", "Bosnia and Herzegovina", "X\u00a0Y"}
	for k := range New(Options{}).gaz.forms {
		forms = append(forms, k, strings.ToUpper(k))
	}
	files, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("testdata/articles/*.txt")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks := scanTokens(string(b), 0, len(b), nil)
		for i := range toks {
			for n := 1; n <= 4 && i+n <= len(toks); n++ {
				forms = append(forms, string(b[toks[i].s:toks[i+n-1].e]))
			}
		}
	}
	shortcut := 0
	for _, f := range forms {
		if asciiWords(f) {
			shortcut++
		}
		if got, want := formKey(f), scannedFormKey(f); got != want {
			t.Errorf("formKey(%q) = %q, scanned %q", f, got, want)
		}
	}
	if shortcut == 0 || shortcut == len(forms) {
		t.Errorf("%d of %d forms take the shortcut; want some, not all", shortcut, len(forms))
	}
}

// TestParsedFormsAreLowerCase: the forms and lemmas of every parsed
// sentence of the seed and test articles are their words' in lower case,
// whether depSents took a form from its token (tokenLow) or not.
func TestParsedFormsAreLowerCase(t *testing.T) {
	x := New(Options{})
	files, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("testdata/articles/*.txt")
	fromToken := 0
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d doc
		x.run(&d, graph.Article{Text: string(b), Origin: f})
		for _, dss := range d.parses {
			for _, ds := range dss {
				for i, w := range ds.words {
					if ds.forms[i] != strings.ToLower(w.Form) || ds.lemmas[i] != strings.ToLower(w.Lemma) {
						t.Fatalf("%s: %q/%q lowered as %q/%q", f, w.Form, w.Lemma, ds.forms[i], ds.lemmas[i])
					}
					if d.tokenLow(ds.tok[i], w.Form) != "" && w.Form != ds.forms[i] {
						fromToken++
					}
				}
			}
		}
	}
	if fromToken == 0 {
		t.Error("no capitalised form was taken from its token")
	}
}

// TestBatchWithoutEdgesHasNone: the edge builder makes room ahead, but a
// batch with no edge still has nil Edges, as it had before (a stored or
// exported batch shows no empty list where it showed none).
func TestBatchWithoutEdgesHasNone(t *testing.T) {
	x := New(Options{})
	for _, text := range []string{"it rained all day and nobody came.\n", "la pluie tombait sur la ville toute la journée.\n"} {
		b, err := x.Extract(graph.Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if b.Edges != nil {
			t.Errorf("%q: %d edges (%v), want nil", text, len(b.Edges), b.Edges)
		}
	}
	b, err := x.Extract(graph.Article{Text: "Tallinn, Monday — Estonia and Latvia signed a border treaty, officials said.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Edges) == 0 {
		t.Error("no edge from a sentence relating two countries")
	}
}
