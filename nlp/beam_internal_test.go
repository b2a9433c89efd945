package nlp

import (
	"math"
	"slices"
	"testing"
)

// beamSentences are invented sentences of the shapes the beam is for:
// lists, appositions, reported speech.
var beamSentences = []string{
	"Karl Holm , the mayor of Bergen , said the ferry would stop in Oslo , Molde and Ålesund .",
	"The union , which represents dock workers , rejected the offer and called a strike .",
	"Officials from Norway , Sweden and Denmark met in Tromsø on Monday , the ministry said .",
	"Eva Lund described the plan as \" fair \" , saying members would vote on it next week .",
}

// TestBeamOfOneIsGreedy parses with the beam machinery at width 1 (the
// states copied, the moves replayed) and checks that it gives the greedy
// parse: heads, relations and the labeller's scores the relabeller reads.
func TestBeamOfOneIsGreedy(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range beamSentences {
		s := fromWords(text)
		w := m.workspace()
		m.tag(s.Tokens, w)
		n := len(s.Tokens)
		w.labScores = zeroed(w.labScores, (n+1)*len(m.labels))
		m.parse(w)
		heads, labels := slices.Clone(w.st.heads), slices.Clone(w.st.labels)
		scores := slices.Clone(w.labScores)
		w.labScores = zeroed(w.labScores, (n+1)*len(m.labels))
		m.parseBeam(w, 1)
		if !slices.Equal(w.st.heads, heads) || !slices.Equal(w.st.labels, labels) {
			t.Errorf("%q: beam of 1 gives heads %v labels %v, greedy %v %v", text, w.st.heads, w.st.labels, heads, labels)
		}
		if !slices.Equal(w.labScores, scores) {
			t.Errorf("%q: the labeller's scores differ", text)
		}
	}
}

// TestBeamParsesAreTreesAndRepeat parses with the default beam: every
// token gets one head, one root, no cycle, and a second parse of the
// same words (with the workspace reused) gives the same tree.
func TestBeamParsesAreTreesAndRepeat(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.beam.Width < 2 {
		t.Fatalf("the default model parses greedily (beam %+v)", m.beam)
	}
	for _, text := range beamSentences {
		a, b := fromWords(text), fromWords(text)
		m.Annotate(&a)
		m.AnnotateAll([]Sentence{b})
		roots := 0
		for i, tok := range a.Tokens {
			if tok.Head == 0 {
				roots++
			}
			if tok.Head < 0 || tok.Head > len(a.Tokens) || tok.Head == i+1 {
				t.Errorf("%q: token %d has head %d", text, i+1, tok.Head)
			}
			for h, hops := tok.Head, 0; h != 0; h, hops = a.Tokens[h-1].Head, hops+1 {
				if hops > len(a.Tokens) {
					t.Fatalf("%q: cycle through token %d", text, i+1)
				}
			}
			if tok.Head != b.Tokens[i].Head || tok.Deprel != b.Tokens[i].Deprel {
				t.Errorf("%q: token %d parsed %d %s, then %d %s", text, i+1, tok.Head, tok.Deprel, b.Tokens[i].Head, b.Tokens[i].Deprel)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", text, roots)
		}
	}
}

func TestLogSoftmax(t *testing.T) {
	s := []float32{2, 0, 5}
	ok := []bool{true, true, false}
	logSoftmax(s, ok, 2)
	// Over the allowed moves: exp(1) and exp(0), normalised.
	z := math.Log(math.E + 1)
	for c, want := range []float64{1 - z, -z} {
		if math.Abs(float64(s[c])-want) > 1e-5 {
			t.Errorf("log p[%d] = %.6f, want %.6f", c, s[c], want)
		}
	}
}

// TestGoldMovesBuildTheGoldTree checks the static oracle the beam's
// training follows: its moves rebuild each projective gold tree.
func TestGoldMovesBuildTheGoldTree(t *testing.T) {
	for _, h := range [][]int32{
		heads(2, 0, 2),          // a b c: b the root
		heads(3, 3, 0, 5, 3, 3), // the man saw a dog .
		heads(0, 1, 1, 5, 1, 1), // a verb with a clause below
		heads(2, 4, 4, 0, 4, 7, 4, 4),
	} {
		var st parseState
		n := len(h) - 1
		moves := goldMoves(&st, n, h, nil)
		if len(moves) != 2*n {
			t.Errorf("heads %v: %d moves, want %d", h[1:], len(moves), 2*n)
		}
		st.reset(n)
		for _, mv := range moves {
			st.apply(int(mv), 0)
		}
		if !slices.Equal(st.heads[1:], h[1:]) {
			t.Errorf("heads %v: the moves build %v", h[1:], st.heads[1:])
		}
	}
}
