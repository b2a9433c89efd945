package nlp

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// TestSharedViewsParseAsUnshared parses the invented sentences and, when
// the treebanks are at hand, PUD with the beam twice: items with the
// same moveView sharing their move scores, and every item scored from
// its own features. The trees must be the same, and sharing must have
// happened (else the test shows nothing).
func TestSharedViewsParseAsUnshared(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.templates < 2 {
		t.Skipf("the model reads templates %d; views are of templates 2 to 5", m.templates)
	}
	var sents []Sentence
	for _, text := range beamSentences {
		sents = append(sents, fromWords(text))
	}
	if dir, err := FindUD(); err == nil {
		sents = append(sents, unparsed(t, filepath.Join(dir, "en_pud-ud-test.conllu"))...)
	}
	parse := func(share bool) ([]Sentence, int) {
		defer func(old bool) { beamSharesViews = old }(beamSharesViews)
		beamSharesViews = share
		out := make([]Sentence, len(sents))
		for i, s := range sents {
			out[i].Tokens = slices.Clone(s.Tokens)
		}
		shared := 0
		w := m.workspace()
		for i := range out {
			w.batch = append(w.batch[:0], &out[i])
			m.annotate(w)
			shared += w.beam.sharedViews
		}
		return out, shared
	}
	own, _ := parse(false)
	all, shared := parse(true)
	tree := func(s Sentence) string {
		var b strings.Builder
		for _, t := range s.Tokens {
			fmt.Fprintf(&b, "%s/%s/%d/%s ", t.Form, t.UPOS, t.Head, t.Deprel)
		}
		return b.String()
	}
	for i := range own {
		if a, b := tree(own[i]), tree(all[i]); a != b {
			t.Fatalf("sentence %d: with shared views\n%s\nwithout\n%s", i, b, a)
		}
	}
	if shared == 0 {
		t.Fatal("no item shared another's view")
	}
	t.Logf("%d sentences, %d items took another's move scores", len(sents), shared)
}

// unparsed reads a treebank's sentences with their words only.
func unparsed(t *testing.T, path string) []Sentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]Sentence, len(recs))
	for i, r := range recs {
		for _, tok := range r.Sentence.Tokens {
			out[i].Tokens = append(out[i].Tokens, Token{Form: tok.Form, Norm: tok.Norm, Start: tok.Start, End: tok.End, SpaceAfter: tok.SpaceAfter, Head: -1})
		}
	}
	return out
}

// TestSortCandidatesIsStable sorts candidates with ties by falling score and
// checks the order against the standard library's stable sort.
func TestSortCandidatesIsStable(t *testing.T) {
	for n := range 30 {
		c := make([]beamCand, n)
		for i := range c {
			c[i] = beamCand{from: int32(i), score: float64((i * 7) % 5)}
		}
		want := slices.Clone(c)
		slices.SortStableFunc(want, func(a, b beamCand) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		})
		sortCandidates(c)
		if !slices.Equal(c, want) {
			t.Fatalf("%d candidates: %v, want %v", n, c, want)
		}
	}
}
