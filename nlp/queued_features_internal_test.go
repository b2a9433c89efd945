package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The tagger's features as they were hashed one at a time (feat1 and
// feat2 in Go), before the builders queued them (session 26): the
// queued features must be these, in this order.

func tagFeaturesOneByOne(f []uint64, ws []wordInfo, i int, u1, u2 uint64) []uint64 {
	w := &ws[i]
	prev := func(k int) *wordInfo {
		if i-k >= 0 {
			return &ws[i-k]
		}
		return &boundary
	}
	next := func(k int) *wordInfo {
		if i+k < len(ws) {
			return &ws[i+k]
		}
		return &boundary
	}
	p1, p2, n1, n2 := prev(1), prev(2), next(1), next(2)
	return append(f,
		feat1(1, 0),
		feat1(2, w.lower),
		feat1(3, w.suf[0]), feat1(4, w.suf[1]), feat1(5, w.suf[2]), feat1(6, w.suf[3]),
		feat1(7, w.pre[0]), feat1(8, w.pre[1]), feat1(9, w.pre[2]),
		feat1(10, w.shape),
		feat2(11, w.flags, w.length),
		feat1(12, u1),
		feat1(13, u2),
		feat2(14, u1, u2),
		feat2(15, u1, w.lower),
		feat1(16, p1.lower),
		feat1(17, p1.suf[2]),
		feat1(18, p2.lower),
		feat1(19, n1.lower),
		feat1(20, n1.suf[2]),
		feat1(21, n2.lower),
		feat2(22, p1.lower, w.lower),
		feat2(23, w.lower, n1.lower),
		feat1(24, n1.shape),
		feat2(25, u1, n1.lower),
		feat2(26, w.flags, u1),
		feat2(27, w.suf[2], n1.suf[2]),
		feat1(28, p1.shape),
		feat2(29, w.shape, n1.shape),
	)
}

func xposFeaturesOneByOne(f []uint64, ws []wordInfo, i int, u, x1 uint64) []uint64 {
	w := &ws[i]
	var n1 uint64
	if i+1 < len(ws) {
		n1 = ws[i+1].lower
	}
	return append(f,
		feat1(101, u),
		feat2(102, u, w.lower),
		feat2(103, u, w.suf[0]),
		feat2(104, u, w.suf[1]),
		feat2(105, u, x1),
		feat1(106, x1),
		feat2(107, u, w.flags),
		feat2(108, u, n1),
	)
}

func rightFeaturesOneByOne(f []uint64, ws []wordInfo, first []uint8, i int, u1 uint64) []uint64 {
	at := func(k int) uint64 {
		if k < len(first) {
			return uint64(first[k])
		}
		return noTag
	}
	u, n1, n2 := at(i), at(i+1), at(i+2)
	w := &ws[i]
	return append(f,
		feat1(40, n1),
		feat1(41, n2),
		feat2(42, n1, n2),
		feat2(43, n1, w.lower),
		feat2(44, u1, n1),
		feat1(45, u),
		feat2(46, u, n1),
		feat2(47, w.suf[2], n1),
	)
}

// randomWords returns n word infos of random hashes and flags.
func randomWords(n int, rng *rand.Rand) []wordInfo {
	ws := make([]wordInfo, n)
	for i := range ws {
		w := &ws[i]
		w.lower, w.shape, w.flags, w.length = rng.Uint64(), rng.Uint64(), rng.Uint64N(1<<21), rng.Uint64N(9)
		for k := range w.suf {
			w.suf[k] = rng.Uint64()
		}
		for k := range w.pre {
			w.pre[k] = rng.Uint64()
		}
	}
	return ws
}

// TestQueuedTagFeaturesAreOneByOne checks the tagger's queued features
// against the same templates hashed one at a time, on random words and
// tags (sentences of one to six words, so every edge), with the
// processor's hashing and with hashGo's.
func TestQueuedTagFeaturesAreOneByOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 16))
	for _, avx := range []bool{haveAVX512, false} {
		saved := haveAVX512
		haveAVX512 = avx
		var q hashQueue
		for range 300 {
			ws := randomWords(1+rng.IntN(6), rng)
			first := make([]uint8, len(ws))
			for i := range first {
				first[i] = uint8(rng.IntN(18))
			}
			for i := range ws {
				u1, u2, x1 := rng.Uint64N(18), rng.Uint64N(18), rng.Uint64N(50)
				if rng.IntN(4) == 0 {
					u1, u2, x1 = noTag, noTag, noTag
				}
				pre := []uint64{7}
				if got, want := tagFeatures(pre, ws, i, u1, u2, &q), tagFeaturesOneByOne(pre, ws, i, u1, u2); !slices.Equal(got, want) {
					t.Fatalf("AVX-512 %v: tagFeatures of word %d of %d: %#x, want %#x", avx, i, len(ws), got, want)
				}
				if got, want := xposFeatures(pre, ws, i, u1, x1, &q), xposFeaturesOneByOne(pre, ws, i, u1, x1); !slices.Equal(got, want) {
					t.Fatalf("AVX-512 %v: xposFeatures of word %d of %d: %#x, want %#x", avx, i, len(ws), got, want)
				}
				if got, want := rightFeatures(pre, ws, first, i, u1, &q), rightFeaturesOneByOne(pre, ws, first, i, u1); !slices.Equal(got, want) {
					t.Fatalf("AVX-512 %v: rightFeatures of word %d of %d: %#x, want %#x", avx, i, len(ws), got, want)
				}
			}
		}
		haveAVX512 = saved
	}
}

// relabelFeaturesOneByOne is relabelFeatures as it hashed one feature at a time: it appends the features of the arc h → d (0-based).
func relabelFeaturesOneByOne(f []uint64, sc *relabelScratch, s *Sentence, h, d int) []uint64 {
	n := len(s.Tokens)
	dw, dl, du, dx := sc.word[d], sc.lemma[d], sc.upos[d], sc.xpos[d]
	hw, hl, hu, hx := sc.word[h], sc.lemma[h], sc.upos[h], sc.xpos[h]
	uu := mix(du, hu)
	f = append(f, feat1(rfBias, 0),
		feat1(rfDWord, dw), feat1(rfDLemma, dl), feat1(rfDUPOS, du), feat1(rfDXPOS, dx),
		feat1(rfHWord, hw), feat1(rfHLemma, hl), feat1(rfHUPOS, hu), feat1(rfHXPOS, hx),
		feat1(rfUU, uu), feat2(rfXX, dx, hx), feat2(rfDLemmaHU, dl, hu), feat2(rfDUHLemma, du, hl),
		feat2(rfLemmas, dl, hl), feat2(rfDWordHX, dw, hx))
	// Direction and distance.
	dist := d - h
	db := uint64(bucket(abs(float64(dist))))
	if dist < 0 {
		db |= 16
	}
	f = append(f, feat1(rfDist, db), feat2(rfDistUU, db, uu))
	// Commas and other marks between head and dependent.
	lo, hi := min(h, d), max(h, d)
	c := uint64(min(sc.commas[hi]-sc.commas[lo+1], 2))
	var marks uint64
	for k := lo + 1; k < hi; k++ {
		marks |= 1 << sc.marks[k]
	}
	marks &^= 1 // "none"
	f = append(f, feat2(rfCommas, c, db>>4), feat2(rfCommasUU, c, uu), feat1(rfMarks, marks), feat2(rfMarksUU, marks, uu))
	// What stands around the dependent's phrase.
	first, last := int(sc.first[d]), int(sc.last[d])
	prev, next := uint64(1), uint64(2) // sentence start, end
	if first > 0 {
		prev = sc.word[first-1]
	}
	if last+1 < n {
		next = sc.word[last+1]
	}
	f = append(f, feat1(rfPrev, prev), feat2(rfPrevDU, prev, du), feat2(rfPrevUU, prev, uu),
		feat1(rfNext, next), feat2(rfNextDU, next, du), feat2(rfFirstDU, sc.word[first], du))
	end := uint64(0)
	if last+1 >= n || (last+2 == n && sc.marks[n-1] == 8) {
		end = 1
	}
	f = append(f, feat2(rfEnd, end, du))
	// The words right beside the dependent.
	before, after := uint64(1), uint64(2)
	if d > 0 {
		before = sc.word[d-1]
	}
	if d+1 < n {
		after = sc.word[d+1]
	}
	f = append(f, feat2(rfBefore, before, du), feat2(rfAfter, after, du))
	// The dependent's own dependents.
	kids := sc.kids(d)
	if len(kids) == 0 {
		f = append(f, feat2(rfKidsNone, du, hu))
	}
	for _, k := range kids {
		rel := hashString(s.Tokens[k].Deprel)
		side := uint64(0)
		if int(k) > d {
			side = 1
		}
		f = append(f, feat2(rfKid, rel, side), feat3(rfKidDU, rel, side, du))
		if functionRel(s.Tokens[k].Deprel) {
			f = append(f, feat2(rfKidLemma, rel, sc.lemma[k]), feat3(rfKidLemmaHU, rel, sc.lemma[k], hu))
		}
	}
	// The head's other dependents, and the head's own attachment.
	for _, k := range sc.kids(h) {
		if int(k) == d || s.Tokens[k].UPOS == "PUNCT" {
			continue
		}
		rel := hashString(s.Tokens[k].Deprel)
		side := uint64(0)
		if int(k) > d {
			side = 1
		}
		f = append(f, feat2(rfSib, rel, side), feat3(rfSibDU, rel, side, du))
		if functionRel(s.Tokens[k].Deprel) {
			f = append(f, feat3(rfSibLemma, rel, sc.lemma[k], du))
		}
	}
	hrel, hh := hashString(s.Tokens[h].Deprel), uint64(3)
	if g := s.Tokens[h].Head; g > 0 && g <= n {
		hh = sc.upos[g-1]
	}
	f = append(f, feat1(rfHRel, hrel), feat2(rfHRelUU, hrel, uu), feat2(rfHHead, hh, uu))
	f = append(f, feat2(rfShape, uint64(shapeOf(s.Tokens[d].Text())), uint64(shapeOf(s.Tokens[h].Text()))))
	return f
}

// TestQueuedRelabelFeaturesAreOneByOne checks the relabeller's queued
// features against the same templates hashed one at a time, for every
// arc of random trees over random words, tags and relations (heads
// with many dependents among them, so that the queue fills and is
// hashed in parts), with the processor's hashing and with hashGo's.
func TestQueuedRelabelFeaturesAreOneByOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 17))
	words := []string{"the", "Minister", ",", "said", "2024", "that", "talks", "“", "would", ".", "and", "of", "Kyiv", "—", "(", ")"}
	upos := []string{"DET", "PROPN", "PUNCT", "VERB", "NUM", "SCONJ", "NOUN", "AUX", "CCONJ", "ADP"}
	rels := []string{"det", "nsubj", "punct", "root", "nummod", "mark", "obj", "aux", "cc", "case", "conj", "ccomp", "advmod", "expl", "cop", "appos"}
	for _, avx := range []bool{haveAVX512, false} {
		saved := haveAVX512
		haveAVX512 = avx
		var sc relabelScratch
		for round := range 200 {
			n := 1 + rng.IntN(12)
			if round%10 == 0 {
				n = 100 + rng.IntN(150)
			}
			s := &Sentence{Tokens: make([]Token, n)}
			star := round%3 == 0 // most tokens on one head
			for i := range s.Tokens {
				tk := &s.Tokens[i]
				tk.Form = words[rng.IntN(len(words))]
				tk.UPOS, tk.XPOS = upos[rng.IntN(len(upos))], upos[rng.IntN(len(upos))]
				tk.Lemma = words[rng.IntN(len(words))]
				tk.Deprel = rels[rng.IntN(len(rels))]
				tk.Head = rng.IntN(n + 1)
				if star && i > 0 && rng.IntN(8) != 0 {
					tk.Head = 1
				}
			}
			sc.fill(s)
			for d := range s.Tokens {
				h := s.Tokens[d].Head - 1
				if h < 0 {
					h = rng.IntN(n)
				}
				pre := []uint64{9}
				got := relabelFeatures(pre, &sc, s, h, d)
				want := relabelFeaturesOneByOne(pre, &sc, s, h, d)
				if !slices.Equal(got, want) {
					t.Fatalf("AVX-512 %v: arc %d → %d of %d tokens: %d features %#x, want %d %#x", avx, h, d, n, len(got), got, len(want), want)
				}
			}
		}
		haveAVX512 = saved
	}
}
