package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// stoplessProse is invented wire copy with its full stops turned into
// commas, as a feed that lost them delivers it: one sentence with no end.
const stoplessProse = `The foreign minister of Norway, Anne Berg, said on Tuesday that her government would send a team of mediators to Nairobi, warning that the talks could collapse within a week, Kenyan officials welcomed the offer and the United Nations refugee agency said it had moved 4,000 people away from the border, "We are ready to help," Berg told reporters in Oslo, adding that the plan had been agreed with the African Union, Ethiopia denied the claim, and a spokesman for the ministry in Addis Ababa accused Kenya of breaking the truce, `

// stoplessLine returns n words of stoplessProse, repeated, on one line.
func stoplessLine(n int) string {
	words := strings.Fields(stoplessProse)
	out := make([]string, n)
	for i := range out {
		out[i] = words[i%len(words)]
	}
	return strings.Join(out, " ") + "\n"
}

// readDoc runs extraction's reading steps on text and returns the doc.
func readDoc(t testing.TB, text string) *doc {
	t.Helper()
	d := &doc{x: New(Options{}), text: text, byKey: map[string]*actor{}, orgNames: map[string]bool{}}
	d.pg = cleanPage(d.text, articleMeta{})
	d.split()
	d.collect()
	d.resolveNames()
	d.read()
	return d
}

// TestLongLineIsCutIntoSentences reads a 24,000-word line with no full
// stop: its sentences, and the parser's, are at most 250 tokens each
// (the readers of a sentence cost the square of its length: this line
// took minutes before), cover every token once in order with exact
// spans, and still yield actors and statements.
func TestLongLineIsCutIntoSentences(t *testing.T) {
	if _, err := nlp.Greedy(); err != nil {
		t.Skipf("parser unavailable: %v", err)
	}
	text := stoplessLine(24000)
	d := readDoc(t, text)
	if len(d.sents) < 24000*11/10/maxSentenceTokens {
		t.Fatalf("%d sentences for %d tokens: the line was not cut", len(d.sents), len(d.toks))
	}
	next := 0
	for si, s := range d.sents {
		if n := s.b - s.a; n > maxSentenceTokens || n == 0 {
			t.Fatalf("sentence %d has %d tokens (at most %d)", si, n, maxSentenceTokens)
		}
		if s.a != next || s.s != d.toks[s.a].s || s.e != d.toks[s.b-1].e {
			t.Fatalf("sentence %d: tokens [%d,%d) bytes [%d,%d), want tokens from %d, bytes [%d,%d)", si, s.a, s.b, s.s, s.e, next, d.toks[s.a].s, d.toks[s.b-1].e)
		}
		next = s.b
	}
	if next != len(d.toks) {
		t.Fatalf("sentences end at token %d of %d", next, len(d.toks))
	}
	parsed := 0
	for si := range d.sents {
		for _, ds := range d.parses[si] {
			parsed++
			if len(ds.words) > nlp.MaxSentenceTokens {
				t.Fatalf("sentence %d: a parse of %d words (at most %d)", si, len(ds.words), nlp.MaxSentenceTokens)
			}
		}
	}
	if parsed == 0 || len(d.stmts) == 0 || len(d.actors) == 0 {
		t.Fatalf("the line read to %d parses, %d statements, %d actors: want some of each", parsed, len(d.stmts), len(d.actors))
	}
}

// TestSentenceBreak: an over-long run is cut after its last semicolon in
// reach, else after its last comma or before its last conjunction, else
// at a space, and a run of the limit or under is left whole.
func TestSentenceBreak(t *testing.T) {
	words := func(n int, at map[int]string) string {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("w%d", i)
			if s, ok := at[i]; ok {
				w[i] = s
			}
		}
		return strings.Join(w, " ")
	}
	cases := []struct {
		name string
		text string
		want []int // token counts of the sentences
	}{
		{"at the limit", words(maxSentenceTokens, nil), []int{maxSentenceTokens}},
		{"no break: a space", words(maxSentenceTokens+1, nil), []int{maxSentenceTokens, 1}},
		{"the last comma", words(300, map[int]string{130: ",", 200: ",", 260: ","}), []int{201, 99}},
		{"a semicolon before a later comma", words(300, map[int]string{150: ";", 200: ","}), []int{151, 149}},
		{"a semicolon too early to take", words(300, map[int]string{100: ";", 200: ","}), []int{201, 99}},
		{"before a conjunction", words(300, map[int]string{180: ",", 220: "and"}), []int{220, 80}},
		{"three pieces", words(600, map[int]string{200: ",", 400: ","}), []int{201, 200, 199}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0, len(c.text), nil)
			var got []int
			for _, s := range splitSentences(toks, 0, len(toks), 0, nil) {
				got = append(got, s.b-s.a)
				if s.s != toks[s.a].s || s.e != toks[s.b-1].e {
					t.Errorf("span [%d,%d) of tokens [%d,%d)", s.s, s.e, s.a, s.b)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("sentences of %v tokens, want %v", got, c.want)
			}
		})
	}
}

// BenchmarkLongLine extracts one line of 2,000 and of 24,000 words with
// no full stop; the cost per word (µs/word) should not grow with the
// length (it grew 17-fold before sentences were capped).
func BenchmarkLongLine(b *testing.B) {
	x := New(Options{})
	for _, n := range []int{2000, 24000} {
		text := stoplessLine(n)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				if _, err := x.Extract(graph.Article{Text: text}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/word")
		})
	}
}
