package extract_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// FuzzExtractBatch feeds the extractor arbitrary text, starting from
// the seed articles and the test articles (whole, and cut into pieces),
// and checks the promises a store and the API rely on, more than
// FuzzExtract in robust_test.go does: no panic; an error only for blank
// text; a batch whose article ID is the text's; every piece of evidence
// inside the text with text[Start:End] == Sentence; every statement a
// span of the text at its recorded offsets, or that span with one
// attribution cut out of its middle (stmt.mid-clause-aside: "A, X said,
// B" states "A B"); every edge between nodes of
// the batch; no node twice; valid UTF-8 out of valid UTF-8 in; and
// no input extracted for more CPU time than extractCPULimit allows
// (odd_texts_test.go: such an input fails, or crashes the worker when it
// does not end, so that the fuzzer saves it).
//
// Run it with: go test -run '^$' -fuzz FuzzExtractBatch -fuzztime 3000x ./extract
func FuzzExtractBatch(f *testing.F) {
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			text := string(b)
			f.Add(text)
			// Pieces, cut anywhere (even inside a character).
			for _, cut := range []int{len(text) / 3, len(text) / 2, 2 * len(text) / 3} {
				f.Add(text[:cut])
				f.Add(text[cut:])
			}
		}
	}
	for _, s := range []string{
		"", " \n\t", "\"", "“”", "«»", "said", "Zelensky said.", "\"We\" said Peskov \"are\"",
		"KYIV — ", "Mr. Dr. St. U.S. E.U.", "\u00ad\u200b\ufeff", "a\x00b", "\xff\xfe", "Title: x\n\n",
		strings.Repeat("\"", 100), strings.Repeat("Putin met Trump. ", 50), strings.Repeat("(", 200),
	} {
		f.Add(s)
	}
	x := extract.New(extract.Options{})
	if _, err := x.Extract(graph.Article{Text: "Putin met Trump."}); err != nil {
		f.Fatal(err) // the parser loads before any input is timed
	}
	f.Fuzz(func(t *testing.T, text string) {
		done := watchCPU(len(text))
		b, err := x.Extract(graph.Article{Text: text, Origin: "fuzz"})
		if used, limit := done(); used > limit {
			t.Fatalf("extracting %d bytes used %v of CPU (at most %v)", len(text), used, limit)
		}
		if strings.TrimSpace(text) == "" {
			if err == nil || graph.KindOf(err) != graph.Invalid {
				t.Fatalf("blank text: err = %v, want an Invalid error", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if b.Text != text || b.Article.ID != graph.ArticleID(text) || b.Article.Kind != graph.KindArticle {
			t.Fatalf("article node %+v does not stand for the text", b.Article)
		}
		valid := utf8.ValidString(text)
		checkUTF8 := func(what, s string) {
			if valid && !utf8.ValidString(s) {
				t.Errorf("%s %q is not valid UTF-8, though the text is", what, s)
			}
		}
		checkUTF8("article title", b.Article.Label)
		nodes := map[graph.ID]bool{b.Article.ID: true}
		for _, n := range b.Nodes {
			if nodes[n.ID] {
				t.Errorf("node %s (%q) twice", n.ID, n.Label)
			}
			nodes[n.ID] = true
			checkUTF8("label", n.Label)
			for _, a := range n.Aliases {
				checkUTF8("alias", a)
			}
			if n.Kind != graph.KindStatement {
				continue
			}
			if n.Attrs["start"] == "" {
				if n.Text == "" || !strings.Contains(text, n.Text) {
					t.Errorf("statement %q is not a span of the text", n.Text)
				}
				continue
			}
			s, err1 := strconv.Atoi(n.Attrs["start"])
			e, err2 := strconv.Atoi(n.Attrs["end"])
			switch {
			case err1 != nil || err2 != nil:
				t.Errorf("statement %q: offsets %q %q", n.Text, n.Attrs["start"], n.Attrs["end"])
			case s < 0 || e > len(text) || s > e:
				t.Errorf("statement %q: offsets [%d,%d) outside the text of %d bytes", n.Text, s, e, len(text))
			case text[s:e] != n.Text && !asideCutOut(text[s:e], n.Text):
				t.Errorf("statement offsets [%d,%d) give %q, the statement is %q", s, e, text[s:e], n.Text)
			}
		}
		for _, e := range b.Edges {
			if !e.Class.Valid() {
				t.Errorf("edge class %q", e.Class)
			}
			if !nodes[e.Source] || !nodes[e.Target] {
				t.Errorf("edge %s %s→%s has an end outside the batch", e.Class, e.Source, e.Target)
			}
			if len(e.Evidence) == 0 {
				t.Errorf("edge %s %s→%s has no evidence", e.Class, e.Source, e.Target)
			}
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
					t.Errorf("edge %s: evidence offsets [%d,%d) outside the text of %d bytes", e.Class, ev.Start, ev.End, len(text))
					continue
				}
				if text[ev.Start:ev.End] != ev.Sentence {
					t.Errorf("edge %s: text[%d:%d] = %q, the evidence says %q", e.Class, ev.Start, ev.End, text[ev.Start:ev.End], ev.Sentence)
				}
				if ev.Article != b.Article.ID {
					t.Errorf("edge %s: evidence of article %s, want %s", e.Class, ev.Article, b.Article.ID)
				}
			}
		}
	})
}

// asideCutOut reports whether statement is span with one stretch cut
// out of its middle and a space in its place: the text of a statement
// whose mid-clause attribution was removed ("The ferry, Lie said, will
// stop" states "The ferry will stop"). Both parts must be non-empty and
// the cut must remove more than the one space it leaves.
func asideCutOut(span, statement string) bool {
	for i := 1; i < len(statement)-1; i++ {
		if statement[i] != ' ' {
			continue
		}
		before, after := statement[:i], statement[i+1:]
		if len(before)+len(after)+1 < len(span) && strings.HasPrefix(span, before) && strings.HasSuffix(span, after) {
			return true
		}
	}
	return false
}

func TestAsideCutOut(t *testing.T) {
	for _, tc := range []struct {
		span, statement string
		want            bool
	}{
		{"The ferry, Lie said, will stop", "The ferry will stop", true},
		{"A,X sAid,B!", "A B!", true},
		{"The ferry, Lie said, will stop", "The ferry, Lie said, will stop", false},
		{"The ferry, Lie said, will stop", "The boat will stop", false},
		{"The ferry will stop", "The ferry will stop now", false},
		{"ab", "a b", false},
	} {
		if got := asideCutOut(tc.span, tc.statement); got != tc.want {
			t.Errorf("asideCutOut(%q, %q) = %v, want %v", tc.span, tc.statement, got, tc.want)
		}
	}
}
