package nlp_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// readDocuments reads a treebank's documents from the folder FindUD
// finds, skipping the test when it is absent.
func readDocuments(tb testing.TB, file string) []nlp.Document {
	tb.Helper()
	path := filepath.Join(udDir(tb), file)
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := nlp.ReadCoNLLU(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return nlp.Documents(recs)
}

// tokenizeDocs tokenises each document's raw text and scores it.
func tokenizeDocs(docs []nlp.Document) nlp.Evaluation {
	var total nlp.Evaluation
	for _, d := range docs {
		ev := nlp.Evaluate(d.Sentences, nlp.Tokenize(d.Text))
		total = addEvaluations(total, ev)
	}
	return total
}

func addEvaluations(a, b nlp.Evaluation) nlp.Evaluation {
	add := func(x, y nlp.Score) nlp.Score {
		return nlp.Score{Gold: x.Gold + y.Gold, System: x.System + y.System, Correct: x.Correct + y.Correct}
	}
	return nlp.Evaluation{
		Tokens: add(a.Tokens, b.Tokens), Sentences: add(a.Sentences, b.Sentences),
		Words: add(a.Words, b.Words), UPOS: add(a.UPOS, b.UPOS), XPOS: add(a.XPOS, b.XPOS),
		Lemmas: add(a.Lemmas, b.Lemmas), UAS: add(a.UAS, b.UAS), LAS: add(a.LAS, b.LAS),
	}
}

// TestTokenizeTreebanks tokenises the raw text of EWT test and PUD and
// scores tokens, words and sentences against the gold standard by byte
// spans, as the CoNLL 2018 evaluation does.
func TestTokenizeTreebanks(t *testing.T) {
	for _, c := range []struct {
		file                     string
		tokens, words, sentences float64 // floors (F1)
	}{
		// Measured: EWT test 99.01 / 98.93 / 85.22; PUD 99.97 / 99.97 / 99.70.
		{"en_ewt-ud-test.conllu", 0.988, 0.987, 0.848},
		{"en_pud-ud-test.conllu", 0.999, 0.999, 0.995},
	} {
		t.Run(c.file, func(t *testing.T) {
			ev := tokenizeDocs(readDocuments(t, c.file))
			t.Logf("%s: tokens F1 %.2f%%, words F1 %.2f%%, sentences F1 %.2f%% (P %.2f R %.2f)", c.file,
				100*ev.Tokens.F1(), 100*ev.Words.F1(), 100*ev.Sentences.F1(), 100*ev.Sentences.Precision(), 100*ev.Sentences.Recall())
			for _, m := range []struct {
				name  string
				s     nlp.Score
				floor float64
			}{{"tokens", ev.Tokens, c.tokens}, {"words", ev.Words, c.words}, {"sentences", ev.Sentences, c.sentences}} {
				if m.s.F1() < m.floor {
					t.Errorf("%s F1 %.4f below its floor %.4f", m.name, m.s.F1(), m.floor)
				}
			}
		})
	}
}

// BenchmarkTokenize tokenises the raw text of UD English PUD (news and
// Wikipedia) and EWT test (web text), document by document.
func BenchmarkTokenize(b *testing.B) {
	for _, file := range []string{"en_pud-ud-test.conllu", "en_ewt-ud-test.conllu"} {
		b.Run(file, func(b *testing.B) {
			docs := readDocuments(b, file)
			size := 0
			for _, d := range docs {
				size += len(d.Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					nlp.Tokenize(d.Text)
				}
			}
		})
	}
}
