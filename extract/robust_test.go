package extract_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// checkBatch fails when any evidence or statement offset does not slice
// the text.
func checkBatch(t *testing.T, text string, b *graph.Batch) {
	t.Helper()
	for _, e := range b.Edges {
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("edge %s: evidence [%d,%d) does not slice the text", e.Class, ev.Start, ev.End)
			}
		}
	}
	for _, n := range b.Nodes {
		if n.Kind == graph.KindStatement && !statementFromText(text, n.Text) {
			t.Fatalf("statement %q not in text", n.Text)
		}
	}
}

// statementFromText reports whether stmt is a slice of text, or two
// slices in order joined by one space: a statement with the attribution
// set off inside it cut out ("A, X said, B" gives "A B": rule
// stmt.mid-clause-aside).
func statementFromText(text, stmt string) bool {
	if strings.Contains(text, stmt) {
		return true
	}
	for i := 1; i < len(stmt)-1; i++ {
		if stmt[i] != ' ' {
			continue
		}
		if j := strings.Index(text, stmt[:i]); j >= 0 && strings.Contains(text[j+i:], stmt[i+1:]) {
			return true
		}
	}
	return false
}

func TestOddInputsNeverBreakOffsets(t *testing.T) {
	x := extract.New(extract.Options{})
	var inputs []string
	for _, text := range corpus(t) {
		// Truncations at many points, including inside multi-byte runes
		// and quotes.
		for k := 1; k <= 40; k++ {
			inputs = append(inputs, text[:len(text)*k/41])
		}
		inputs = append(inputs, strings.ReplaceAll(text, "\n", "\r\n"), strings.ReplaceAll(text, "\n", " "), strings.ToUpper(text), strings.ToLower(text))
	}
	inputs = append(inputs, "\"", "“unclosed quote", "A.", "U.S.", "Mr.", "- - -", "|a|b|\n|---|---|", "\u00a0\u2003x", "He said.", "\"Yes,\" he said. \"No.\"",
		"Zelensky Zelensky Zelensky", strings.Repeat("Ukraine and Russia met. ", 200))
	for _, in := range inputs {
		if strings.TrimSpace(in) == "" {
			continue
		}
		b, err := x.Extract(graph.Article{Text: in})
		if err != nil {
			t.Fatalf("extract %q…: %v", in[:min(40, len(in))], err)
		}
		checkBatch(t, in, b)
	}
}

func FuzzExtract(f *testing.F) {
	for _, text := range corpus(f) {
		f.Add(text[:min(len(text), 2000)])
	}
	x := extract.New(extract.Options{})
	f.Fuzz(func(t *testing.T, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		b, err := x.Extract(graph.Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkBatch(t, text, b)
	})
}
