package nlp

import (
	"math"
	"math/bits"
)

// The tagger is a greedy left-to-right averaged perceptron (Collins
// 2002, after Honnibal's "A good part-of-speech tagger in about 200
// lines of Python"). Each token gets its universal tag (UPOS) first and
// then its Penn tag (XPOS), the second model seeing the first's answer.
// Frequent words that always carry the same pair of tags in the
// training data skip both models (the tag dictionary). At tagging
// time a lowercase word seen at least three times in training gets one
// of the UPOS it had there (the tag sets): a cheap guard against
// contexts the model never saw, such as unknown names before "met".

// With a second UPOS model (u2model), tagging takes two passes: the
// first model's UPOS of every token, then the second model's, which
// also sees the first pass's tags of the tokens to the right ("that"
// before a verb or a noun, a participle before "by"), and the Penn tags.

// tagger holds the models and the tag dictionary.
type tagger struct {
	upos, xpos []string // class names, in class order
	dict       map[string]tagPair
	sets       map[string]uint32 // UPOS classes (bits) of the words frequent in training; nil: none
	umodel     scorer            // UPOS (the first pass when u2model is set)
	u2model    scorer            // UPOS seeing the first pass's tags to the right; nil for one pass
	xmodel     scorer
	// clauseVerbs: the second pass and the Penn-tag model read the
	// clause-verb features (clauseverbs.go).
	clauseVerbs bool
}

// tagPair is a (UPOS, XPOS) pair of class numbers.
type tagPair struct{ u, x uint8 }

// noTag is the feature value of a tag before the sentence start.
const noTag = 0xff

// tagFeatures appends the features of token i given the UPOS classes of
// the two tokens before it, hashed together in q (feat1 and feat2 of
// templates 1 to 29: eight at a time where the processor has AVX-512).
func tagFeatures(f []uint64, ws []wordInfo, i int, u1, u2 uint64, q *hashQueue) []uint64 {
	w := &ws[i]
	p1, p2, n1, n2 := &boundary, &boundary, &boundary, &boundary
	if i >= 1 {
		p1 = &ws[i-1]
	}
	if i >= 2 {
		p2 = &ws[i-2]
	}
	if i+1 < len(ws) {
		n1 = &ws[i+1]
	}
	if i+2 < len(ws) {
		n2 = &ws[i+2]
	}
	b := newBuilder(0, q)
	b = b.add1(0)
	b = b.add1(w.lower)
	b = b.add1(w.suf[0])
	b = b.add1(w.suf[1])
	b = b.add1(w.suf[2])
	b = b.add1(w.suf[3])
	b = b.add1(w.pre[0])
	b = b.add1(w.pre[1])
	b = b.add1(w.pre[2])
	b = b.add1(w.shape)
	b = b.add2(w.flags, w.length)
	b = b.add1(u1)
	b = b.add1(u2)
	b = b.add2(u1, u2)
	b = b.add2(u1, w.lower)
	b = b.add1(p1.lower)
	b = b.add1(p1.suf[2])
	b = b.add1(p2.lower)
	b = b.add1(n1.lower)
	b = b.add1(n1.suf[2])
	b = b.add1(n2.lower)
	b = b.add2(p1.lower, w.lower)
	b = b.add2(w.lower, n1.lower)
	b = b.add1(n1.shape)
	b = b.add2(u1, n1.lower)
	b = b.add2(w.flags, u1)
	b = b.add2(w.suf[2], n1.suf[2])
	b = b.add1(p1.shape)
	b = b.add2(w.shape, n1.shape)
	return b.done(f)
}

// tagFeatureCount is the number of features tagFeatures appends.
const tagFeatureCount = 29

// retagFeatures appends tagFeatures(ws, i, u1, u2) given feats, the
// token's tagFeatures in the first pass, which read the first pass's
// tags before it (first): only the six features that read u1 or u2 are
// hashed again (at their places in the list: the order of features is
// the order of the sums), and only when u1 or u2 differ from the first
// pass's.
func retagFeatures(f, feats []uint64, ws []wordInfo, first []uint8, i int, u1, u2 uint64) []uint64 {
	n := len(f)
	f = append(f, feats...)
	p1, p2 := uint64(noTag), uint64(noTag)
	if i >= 1 {
		p1 = uint64(first[i-1])
	}
	if i >= 2 {
		p2 = uint64(first[i-2])
	}
	if p1 == u1 && p2 == u2 {
		return f
	}
	w, n1 := &ws[i], boundary.lower
	if i+1 < len(ws) {
		n1 = ws[i+1].lower
	}
	g := f[n : n+tagFeatureCount]
	g[11] = feat1(12, u1)
	g[12] = feat1(13, u2)
	g[13] = feat2(14, u1, u2)
	g[14] = feat2(15, u1, w.lower)
	g[24] = feat2(25, u1, n1)
	g[25] = feat2(26, w.flags, u1)
	return f
}

// xposFeatures appends the features the Penn-tag model adds: the token's
// UPOS, alone and with its word and suffix, and the previous Penn tag
// (templates 101 to 108, hashed in q).
func xposFeatures(f []uint64, ws []wordInfo, i int, u, x1 uint64, q *hashQueue) []uint64 {
	w := &ws[i]
	var n1 uint64
	if i+1 < len(ws) {
		n1 = ws[i+1].lower
	}
	b := newBuilder(100, q)
	b = b.add1(u)
	b = b.add2(u, w.lower)
	b = b.add2(u, w.suf[0])
	b = b.add2(u, w.suf[1])
	b = b.add2(u, x1)
	b = b.add1(x1)
	b = b.add2(u, w.flags)
	b = b.add2(u, n1)
	return b.done(f)
}

// rightFeatures appends the second pass's features of token i: the
// first pass's UPOS of it and of the two tokens after it (first), with
// the word and the UPOS before it (u1) (templates 40 to 47, hashed in
// q).
func rightFeatures(f []uint64, ws []wordInfo, first []uint8, i int, u1 uint64, q *hashQueue) []uint64 {
	u, n1, n2 := uint64(noTag), uint64(noTag), uint64(noTag)
	if i < len(first) {
		u = uint64(first[i])
	}
	if i+1 < len(first) {
		n1 = uint64(first[i+1])
	}
	if i+2 < len(first) {
		n2 = uint64(first[i+2])
	}
	w := &ws[i]
	b := newBuilder(39, q)
	b = b.add1(n1)
	b = b.add1(n2)
	b = b.add2(n1, n2)
	b = b.add2(n1, w.lower)
	b = b.add2(u1, n1)
	b = b.add1(u)
	b = b.add2(u, n1)
	b = b.add2(w.suf[2], n1)
	return b.done(f)
}

// boundary stands for the tokens beyond either end of the sentence.
var boundary = wordInfo{lower: 0xb0b0, shape: 0xb0b0, flags: 1 << 20}

// tagScratch is a tagger's reusable buffers.
type tagScratch struct {
	feats  []uint64
	scores []float32
	first  []uint8 // the first pass's UPOS
	// knowsFeature's feature and scores
	probe    [1]uint64
	probeOut []float32
	orig     []uint8 // unseenCapitalsAreNames' copy of the UPOS
	// firstFeats holds the first pass's tagFeatures of each token
	// (tagFeatureCount a token) for the second pass.
	firstFeats []uint64
	known      []wordTags // each token's dictionary and set entries (lookUp)
	hq         hashQueue  // the feature builders' queue
	cl         []uint8    // clauseVerbFlags of the sentence, with a tagger's clauseVerbs
}

// tag sets UPOS and XPOS of every token (as class numbers into us and
// xs) from the word infos.
//
// With openUnseen, a word the model never saw gets no closed-class tag
// (bestUPOS); the jackknifed tags the parser trains on are made without
// it, as the tagger learned.
func (t *tagger) tag(ws []wordInfo, us, xs []uint8, sc *tagScratch, openUnseen bool) {
	sc.known = t.lookUp(ws, sc.known)
	umodel, first, prev := t.umodel, []uint8(nil), []uint64(nil)
	if t.u2model != nil {
		sc.first = t.firstPass(ws, fill8(sc.first, len(ws), 0), sc, openUnseen)
		umodel, first, prev = t.u2model, sc.first, sc.firstFeats
	}
	t.tagWith(umodel, ws, first, prev, us, xs, sc, openUnseen)
}

// wordTags is what the tag dictionary and the tag sets hold of a word:
// looked up once per token (lookUp) for both tagging passes.
type wordTags struct {
	pair           tagPair // the dictionary's tags, when inDict
	set            uint32  // the word's UPOS set, when inSets
	inDict, inSets bool
}

// lookUp returns the dictionary's and the sets' entries of each word of
// ws, in buf.
func (t *tagger) lookUp(ws []wordInfo, buf []wordTags) []wordTags {
	buf = buf[:0]
	for i := range ws {
		var k wordTags
		k.pair, k.inDict = t.dict[ws[i].text]
		if !k.inDict {
			k.set, k.inSets = t.sets[ws[i].text]
		}
		buf = append(buf, k)
	}
	return buf
}

// secondPass tags with a tagger trained as a second pass (its umodel
// reads the first pass's tags, given in first), as the jackknifed tags
// the parser trains on are made: without the unseen-word rule.
func (t *tagger) secondPass(ws []wordInfo, first, us, xs []uint8, sc *tagScratch) {
	sc.known = t.lookUp(ws, sc.known)
	t.tagWith(t.umodel, ws, first, nil, us, xs, sc, false)
}

// tagWith tags with umodel as the UPOS model, which reads the first
// pass's tags when first is not nil. prev, when not nil, holds the first
// pass's tagFeatures of each token outside the tag dictionary
// (tagFeatureCount a token): only those that read the tags before the
// token are hashed again, and only where those tags changed. sc.known
// holds lookUp's entries of ws.
func (t *tagger) tagWith(umodel scorer, ws []wordInfo, first []uint8, prev []uint64, us, xs []uint8, sc *tagScratch, openUnseen bool) {
	u1, u2, x1 := uint64(noTag), uint64(noTag), uint64(noTag)
	shared := t.sharesSlots(umodel)
	clause := t.clauseVerbs && first != nil
	if clause {
		sc.cl = clauseVerbFlags(t.upos, first, sc.cl)
	}
	for i := range ws {
		if k := &sc.known[i]; k.inDict {
			us[i], xs[i] = k.pair.u, k.pair.x
		} else {
			if prev != nil {
				sc.feats = retagFeatures(sc.feats[:0], prev[i*tagFeatureCount:(i+1)*tagFeatureCount], ws, first, i, u1, u2)
			} else {
				sc.feats = tagFeatures(sc.feats[:0], ws, i, u1, u2, &sc.hq)
			}
			if first != nil {
				sc.feats = rightFeatures(sc.feats, ws, first, i, u1, &sc.hq)
			}
			if clause {
				sc.feats = clauseFeatures(sc.feats, &ws[i], uint64(sc.cl[i]), uint64(first[i]), &sc.hq)
			}
			// The Penn-tag model reads these features too: its rows
			// load while the UPOS model scores. In one joint table the
			// UPOS model's scoring fetches the same slots first thing
			// (jointModel.score): asking for them here too is a second
			// prefetch of every line.
			if !shared {
				prefetchRows(t.xmodel, sc.feats)
			}
			if openUnseen {
				us[i] = uint8(t.bestUPOS(umodel, k, sc.feats, sc))
			} else {
				us[i] = uint8(best(umodel, sc.feats, len(t.upos), sc))
			}
			n := len(sc.feats)
			sc.feats = xposFeatures(sc.feats, ws, i, uint64(us[i]), x1, &sc.hq)
			if clause {
				sc.feats = clauseXposFeatures(sc.feats, &ws[i], uint64(sc.cl[i]), uint64(us[i]), &sc.hq)
			}
			xs[i] = uint8(best(t.xmodel, sc.feats[:n], len(t.xpos), sc, sc.feats[n:]...))
		}
		u2, u1, x1 = u1, uint64(us[i]), uint64(xs[i])
	}
}

// firstPass fills us with the first UPOS model's tags, keeping each
// token's tagFeatures in sc.firstFeats for the second pass. sc.known
// holds lookUp's entries of ws.
func (t *tagger) firstPass(ws []wordInfo, us []uint8, sc *tagScratch, openUnseen bool) []uint8 {
	u1, u2 := uint64(noTag), uint64(noTag)
	if need := len(ws) * tagFeatureCount; cap(sc.firstFeats) < need {
		sc.firstFeats = make([]uint64, need)
	}
	sc.firstFeats = sc.firstFeats[:len(ws)*tagFeatureCount]
	for i := range ws {
		if k := &sc.known[i]; k.inDict {
			us[i] = k.pair.u
		} else {
			sc.feats = tagFeatures(sc.feats[:0], ws, i, u1, u2, &sc.hq)
			copy(sc.firstFeats[i*tagFeatureCount:], sc.feats)
			if openUnseen {
				us[i] = uint8(t.bestUPOS(t.umodel, k, sc.feats, sc))
			} else {
				us[i] = uint8(best(t.umodel, sc.feats, len(t.upos), sc))
			}
		}
		u2, u1 = u1, uint64(us[i])
	}
	return us
}

// closedClasses are the UPOS whose members a tagger can list: a word
// it never saw in training is not one of them.
var closedClasses = map[string]bool{"ADP": true, "AUX": true, "CCONJ": true, "DET": true, "PART": true, "PRON": true, "SCONJ": true}

// bestUPOS returns the best UPOS for a token's features (feats[1] is its
// word's feature): a closed class only for a word the model knows, so
// that an unseen name such as "Witkoff" is not taken for a preposition
// by its first letters.
//
// A word seen often in training (t.sets) gets one of the tags it had
// there: "met", a verb all 17 times in EWT, is not a noun because names
// the model never saw stand before it.
//
// A word whose set holds one class gets it without scoring (onlyUPOS):
// a fifth of the words outside the tag dictionary (PUD: 2,513 of
// 13,540), words with one UPOS but several Penn tags.
func (t *tagger) bestUPOS(umodel scorer, k *wordTags, feats []uint64, sc *tagScratch) int {
	if u, ok := t.onlyUPOS(k); ok {
		return u
	}
	return t.scoredUPOS(umodel, k, feats, sc)
}

// onlyUPOS returns the class of a word whose tag set holds exactly one:
// argmaxIn picks it whatever the model's scores, so bestUPOS need not
// score.
func (t *tagger) onlyUPOS(k *wordTags) (int, bool) {
	if !k.inSets || k.set == 0 || k.set&(k.set-1) != 0 {
		return 0, false
	}
	u := bits.TrailingZeros32(k.set)
	return u, u < len(t.upos)
}

// scoredUPOS is bestUPOS by the model's scores, for every word.
func (t *tagger) scoredUPOS(umodel scorer, k *wordTags, feats []uint64, sc *tagScratch) int {
	sc.scores = zeroed(sc.scores, len(t.upos))
	umodel.score(feats, sc.scores)
	u := argmax(sc.scores, nil)
	if k.inSets {
		return argmaxIn(sc.scores, u, k.set)
	}
	if !closedClasses[t.upos[u]] || knowsFeature(t.umodel, feats[1], sc) {
		return u
	}
	for c := range sc.scores {
		if closedClasses[t.upos[c]] {
			sc.scores[c] = float32(math.Inf(-1))
		}
	}
	return argmax(sc.scores, nil)
}

// argmaxIn returns the best class of scores among those of set, given
// the best class of all, u.
func argmaxIn(scores []float32, u int, set uint32) int {
	if set&(1<<u) != 0 {
		return u
	}
	for c := range scores {
		if set&(1<<c) == 0 {
			scores[c] = float32(math.Inf(-1))
		}
	}
	return argmax(scores, nil)
}

// knowsFeature reports whether a model has weights for feature f. The
// probe and its scores live in sc: passed to an interface method, an
// array of its own would be allocated on every call.
func knowsFeature(s scorer, f uint64, sc *tagScratch) bool {
	n := classCount(s)
	sc.probe[0] = f
	sc.probeOut = zeroed(sc.probeOut, n)
	s.score(sc.probe[:], sc.probeOut)
	for _, v := range sc.probeOut {
		if v != 0 {
			return true
		}
	}
	return false
}

// best scores feats (and extra) with m and returns the best class.
func best(m scorer, feats []uint64, nclass int, sc *tagScratch, extra ...uint64) int {
	sc.scores = zeroed(sc.scores, nclass)
	m.score(feats, sc.scores)
	if len(extra) > 0 {
		m.score(extra, sc.scores)
	}
	return argmax(sc.scores, nil)
}

func zeroed(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// sharesSlots reports whether umodel and the Penn-tag model are models
// of one joint table, whose slots hold both models' rows.
func (t *tagger) sharesSlots(umodel scorer) bool {
	u, ok1 := umodel.(*jointModel)
	x, ok2 := t.xmodel.(*jointModel)
	return ok1 && ok2 && u.j == x.j
}
