package nlp

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// TestArgmaxInOneClassIsThatClass checks what onlyUPOS rests on: over
// a set of one class, argmaxIn returns that class whatever the scores
// and whatever the best class of all.
func TestArgmaxInOneClassIsThatClass(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	scores := make([]float32, 17)
	for range 2000 {
		for c := range scores {
			scores[c] = float32(rng.NormFloat64() * 1000)
		}
		if rng.IntN(4) == 0 { // ties
			scores[rng.IntN(17)] = scores[rng.IntN(17)]
		}
		c := rng.IntN(17)
		u := argmax(scores, nil)
		if got := argmaxIn(scores, u, 1<<c); got != c {
			t.Fatalf("argmaxIn over {%d}, best of all %d: %d", c, u, got)
		}
	}
}

// TestOnlyUPOSIsScoredUPOS tags invented sentences of words with one
// class in the embedded model's tag sets, in contexts that pull other
// ways, and checks that bestUPOS, which does not score them, gives
// what the model's scores and the set give.
func TestOnlyUPOSIsScoredUPOS(t *testing.T) {
	m, err := Greedy()
	if err != nil {
		t.Skip("no embedded model:", err)
	}
	tg := &m.tagger
	var sc tagScratch
	checked := 0
	for _, text := range []string{
		"The committee said it would review the decision after the vote on Tuesday.",
		"Officials reported that the flooding damaged several bridges near the river.",
		"She told reporters the company had signed agreements with three suppliers.",
		"Prices rose sharply as investors worried about the new tariffs announced yesterday.",
		"The said report, widely reported, was told as a story of signed papers.",
		"Walks, talks and reports: the minister's week included all of them.",
	} {
		for _, s := range Tokenize(text) {
			ws := make([]wordInfo, len(s.Tokens))
			for i := range s.Tokens {
				ws[i] = describe(&s.Tokens[i], i)
			}
			known := tg.lookUp(ws, nil)
			for i := range ws {
				set, ok := tg.sets[ws[i].text]
				if !ok || bits.OnesCount32(set) != 1 {
					continue
				}
				if _, inDict := tg.dict[ws[i].text]; inDict {
					continue
				}
				only, ok := tg.onlyUPOS(&known[i])
				if !ok {
					t.Fatalf("%q: set %b holds one class, onlyUPOS gives none", ws[i].text, set)
				}
				for _, u := range [][2]uint64{{noTag, noTag}, {0, 1}, {5, 7}, {11, 3}, {16, 16}} {
					feats := tagFeatures(nil, ws, i, u[0], u[1], &sc.hq)
					if got := tg.scoredUPOS(tg.umodel, &wordTags{set: set, inSets: true}, feats, &sc); got != only {
						t.Errorf("%q after tags %v: scored %s, onlyUPOS %s", ws[i].text, u, tg.upos[got], tg.upos[only])
					}
					if got := tg.bestUPOS(tg.umodel, &known[i], feats, &sc); got != only {
						t.Errorf("%q: bestUPOS %s, want %s", ws[i].text, tg.upos[got], tg.upos[only])
					}
					checked++
				}
			}
		}
	}
	if checked < 40 {
		t.Fatalf("only %d checks of one-class words: the sentences no longer hold enough of them", checked)
	}
	if _, ok := tg.onlyUPOS(&tg.lookUp([]wordInfo{{text: "zzqxv-not-a-word"}}, nil)[0]); ok {
		t.Error("onlyUPOS gives a class for a word outside the sets")
	}
}

// argmaxLoop is argmax's loop as it was before argmaxAll.
func argmaxLoop(scores []float32, ok []bool) int {
	best := -1
	for c, s := range scores {
		if ok != nil && !ok[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

// TestArgmaxAllIsTheLoop compares argmaxAll (on amd64 from 8 classes
// the assembly) and argmaxAllGo with argmax's loop on random scores
// with ties, infinities, NaNs and both zeros, at the class counts the
// models have and at the edges of the vectors.
func TestArgmaxAllIsTheLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	specials := []float32{float32(math.Inf(-1)), float32(math.Inf(1)), float32(math.NaN()), 0, float32(math.Copysign(0, -1))}
	for _, n := range []int{0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 24, 49, 50, 51} {
		scores := make([]float32, n)
		for range 3000 {
			for c := range scores {
				scores[c] = float32(rng.IntN(7) - 3) // many ties
				if rng.IntN(10) == 0 {
					scores[c] = specials[rng.IntN(len(specials))]
				}
			}
			if got, want := argmaxAll(scores), argmaxLoop(scores, nil); got != want {
				t.Fatalf("%v: argmaxAll %d, the loop %d", scores, got, want)
			}
			if got, want := argmaxAllGo(scores), argmaxLoop(scores, nil); got != want {
				t.Fatalf("%v: argmaxAllGo %d, the loop %d", scores, got, want)
			}
			if got, want := argmax(scores, nil), argmaxLoop(scores, nil); got != want {
				t.Fatalf("%v: argmax %d, the loop %d", scores, got, want)
			}
		}
	}
}
