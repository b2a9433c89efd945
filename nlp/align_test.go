package nlp_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// parsed builds a sentence over text from "form/UPOS/head/deprel" items
// laid out left to right (forms found in order in text).
func parsed(t *testing.T, text string, from int, items ...string) nlp.Sentence {
	t.Helper()
	var s nlp.Sentence
	pos := from
	for _, it := range items {
		f := strings.Split(it, "/")
		k := strings.Index(text[pos:], f[0])
		if k < 0 {
			t.Fatalf("%q not in %q after %d", f[0], text, pos)
		}
		head := 0
		for _, c := range f[2] {
			head = head*10 + int(c-'0')
		}
		start := pos + k
		s.Tokens = append(s.Tokens, nlp.Token{Form: f[0], Start: start, End: start + len(f[0]), UPOS: f[1], Head: head, Deprel: f[3]})
		pos = start + len(f[0])
	}
	s.Start, s.End = s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
	return s
}

func TestEvaluateAlignsByOffsets(t *testing.T) {
	text := "I don't know. He left."
	gold := []nlp.Sentence{
		parsed(t, text, 0, "I/PRON/4/nsubj", "do/AUX/4/aux", "n't/PART/4/advmod", "know/VERB/0/root", "./PUNCT/4/punct"),
		parsed(t, text, 14, "He/PRON/2/nsubj", "left/VERB/0/root", "./PUNCT/2/punct"),
	}
	// The system misses the contraction split ("don't" is one word) and
	// the sentence boundary, and attaches "He" to "know".
	system := []nlp.Sentence{
		parsed(t, text, 0, "I/PRON/3/nsubj", "don't/AUX/3/aux", "know/VERB/0/root", "./PUNCT/3/punct",
			"He/PRON/3/nsubj:pass", "left/VERB/3/parataxis", "./PUNCT/6/punct"),
	}
	ev := nlp.Evaluate(gold, system)
	for _, c := range []struct {
		name                  string
		got                   nlp.Score
		gold, system, correct int
	}{
		// Gold tokens: I don't know . He left . (7); system: the same 7 spans.
		{"tokens", ev.Tokens, 7, 7, 7},
		{"sentences", ev.Sentences, 2, 1, 0},
		// Aligned words: I know . He left . (6 of 8 gold, 7 system).
		{"words", ev.Words, 8, 7, 6},
		{"UPOS", ev.UPOS, 8, 7, 6},
		// Heads: I→know ok, know root ok, .→know ok, He→know wrong (gold
		// left), left→know wrong (gold root), .→left ok.
		{"UAS", ev.UAS, 8, 7, 4},
		// LAS: the four, all with the gold relation (nsubj:pass is not
		// among them).
		{"LAS", ev.LAS, 8, 7, 4},
	} {
		if c.got != (nlp.Score{Gold: c.gold, System: c.system, Correct: c.correct}) {
			t.Errorf("%s: %+v, want gold %d system %d correct %d", c.name, c.got, c.gold, c.system, c.correct)
		}
	}
	if f := ev.Words.F1(); f < 0.79 || f > 0.81 {
		t.Errorf("words F1 %.3f, want 2*6/15 = 0.8", f)
	}
}

func TestEvaluateComparesUniversalRelations(t *testing.T) {
	text := "the man's dog"
	gold := []nlp.Sentence{parsed(t, text, 0, "the/DET/2/det", "man/NOUN/4/nmod:poss", "'s/PART/2/case", "dog/NOUN/0/root")}
	system := []nlp.Sentence{parsed(t, text, 0, "the/DET/2/det", "man/NOUN/4/nmod", "'s/PART/2/case", "dog/NOUN/0/root")}
	if ev := nlp.Evaluate(gold, system); ev.LAS.Correct != 4 || ev.Tokens.Gold != 3 {
		t.Errorf("LAS %+v, tokens %+v: want 4 correct (nmod:poss = nmod) and 3 gold tokens (man's is one)", ev.LAS, ev.Tokens)
	}
}

func TestDocumentsRebuildsRawText(t *testing.T) {
	const conllu = `# newdoc id = d1
# newpar
# text = I don't.
1	I	I	PRON	PRP	_	2	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	0	root	_	SpaceAfter=No
3	n't	not	PART	RB	_	2	advmod	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = Yes.
1	Yes	yes	INTJ	UH	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newpar
# text = Bye.
1	Bye	bye	INTJ	UH	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newdoc id = d2
# text = Hi.
1	Hi	hi	INTJ	UH	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

`
	recs, err := nlp.ReadCoNLLU(strings.NewReader(conllu), "test")
	if err != nil {
		t.Fatal(err)
	}
	docs := nlp.Documents(recs)
	if len(docs) != 2 || docs[0].ID != "d1" || docs[1].ID != "d2" {
		t.Fatalf("documents %+v", docs)
	}
	if want := "I don't. Yes.\n\nBye."; docs[0].Text != want {
		t.Errorf("text %q, want %q", docs[0].Text, want)
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, tok := range s.Tokens {
				if d.Text[tok.Start:tok.End] != tok.Form {
					t.Errorf("%s: token %q at %q", d.ID, tok.Form, d.Text[tok.Start:tok.End])
				}
			}
		}
	}
	if ev := nlp.Evaluate(docs[0].Sentences, nlp.Tokenize(docs[0].Text)); ev.Words.F1() != 1 || ev.Sentences.F1() != 1 || ev.Tokens.F1() != 1 {
		t.Errorf("the tokeniser on %q: %+v, want all spans right", docs[0].Text, ev)
	}
}
