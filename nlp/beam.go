package nlp

import (
	"math"
	"math/bits"
)

// Beam search over the transition system. The greedy parser commits to
// the best-scoring move of each configuration; a beam of k keeps the k
// move sequences with the highest summed scores and takes the best
// complete one (Zhang and Clark 2008). Every arc-hybrid sequence has 2n
// moves, so the items of a beam advance in step.
//
// The model was trained greedily (a perceptron with a dynamic oracle),
// so its raw scores do not add up across configurations: summed as they
// are, they favour sequences of confident shifts and lose 3.5 UAS on EWT
// dev at width 4. Each configuration's move scores are made log
// probabilities instead, by a softmax at a temperature (the perceptron's
// scores are in the hundreds), and the relation the labeller gives each
// new arc adds its own log probability at another temperature: summed,
// they rank the sequences. Both temperatures were tuned on EWT dev
// (BENCHMARKS.md "A beam over the parser's moves").

// beamItem is a configuration of the beam, the sum of the scores of the
// moves that led to it, and those moves.
type beamItem struct {
	st    parseState
	score float64
	moves []uint8
}

// beamCand is a move from a beam item, with the score the item would
// reach.
type beamCand struct {
	from  int32
	move  int32
	label uint8
	score float64
}

// beamScratch is a parse's beam, reused across sentences: two pools of
// items, the beam's and the next one's, in turn.
type beamScratch struct {
	pool   [2][]*beamItem
	cur    []*beamItem
	cands  []beamCand
	scores []float32
	labels map[uint64]beamLabel // the relations of the sentence's arcs, by the hash of their features

	// The views of the items scored in this step (templates 2 to 4) and
	// their moves' log probabilities, nMoves an item: an item that
	// looks the same takes them (beamMoveScores).
	views       []moveView
	viewScores  []float32
	sharedViews int // the items of this sentence that took another's scores

	rerank rerankScratch // the reranker's view of the final items (rerank.go)
}

// fillPool gives p k items, making those missing.
func fillPool(p []*beamItem, k int) []*beamItem {
	for len(p) < k {
		p = append(p, &beamItem{})
	}
	return p
}

// copyFrom makes s the configuration of o (the feature builders'
// scratch aside).
func (s *parseState) copyFrom(o *parseState) {
	s.n = o.n
	s.stack = append(s.stack[:0], o.stack...)
	s.b = o.b
	s.heads = append(s.heads[:0], o.heads...)
	s.labels = append(s.labels[:0], o.labels...)
	s.l1 = append(s.l1[:0], o.l1...)
	s.l2 = append(s.l2[:0], o.l2...)
	s.r1 = append(s.r1[:0], o.r1...)
	s.r2 = append(s.r2[:0], o.r2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// parseBeam parses the sentence in w.si with a beam of k and leaves the
// best complete configuration in w.st, as parse does (the labeller's
// scores of its arcs too, for the relabeller).
func (m *Model) parseBeam(w *workspace, k int) {
	bs := &w.beam
	n := len(w.si.w) - 1
	bs.pool[0], bs.pool[1] = fillPool(bs.pool[0], k), fillPool(bs.pool[1], k)
	first := bs.pool[0][0]
	first.st.reset(n)
	first.score = 0
	first.moves = first.moves[:0]
	bs.cur = bs.pool[0][:1]
	if bs.labels == nil {
		bs.labels = make(map[uint64]beamLabel)
	}
	clear(bs.labels)
	bs.sharedViews = 0
	side := 0
	for !bs.cur[0].st.terminal() {
		bs.cands = m.beamCandidates(bs, w, k)
		side = 1 - side
		keep := min(k, len(bs.cands))
		for m.beam.Threshold > 0 && keep > 1 && bs.cands[keep-1].score < bs.cands[0].score-m.beam.Threshold {
			keep--
		}
		next := bs.pool[side][:keep]
		for j, c := range bs.cands[:len(next)] {
			from, nx := bs.cur[c.from], next[j]
			nx.st.copyFrom(&from.st)
			mv := int(c.move)
			nx.st.apply(mv, c.label)
			nx.score = c.score
			nx.moves = append(append(nx.moves[:0], from.moves...), uint8(mv))
		}
		bs.cur = next
	}
	// Replay the best sequence in w.st, labelling as parse does: the
	// beam's first, or the reranker's choice of its final items.
	best := bs.cur[m.beam.Reranker.choose(bs.cur, &w.si, &bs.rerank)]
	st := &w.st
	st.reset(n)
	for _, mv := range best.moves {
		st.apply(int(mv), m.labelArc(w, int(mv)))
	}
}

// beamCandidates scores the moves of every item of the beam and returns
// the best of them, best first (ties to the earlier item and the lower
// move, for determinism): at least the k best, each with the log
// probability of its arc's relation added. The relations are scored
// lazily, best move first, since they can only lower a candidate: once
// k are labelled, a candidate whose move alone scores below the k-th
// cannot enter, nor can those after it.
func (m *Model) beamCandidates(bs *beamScratch, w *workspace, k int) []beamCand {
	cands := bs.cands[:0]
	var ok [nMoves]bool
	bs.views, bs.viewScores = bs.views[:0], bs.viewScores[:0]
	for i, it := range bs.cur {
		it.st.valid(&ok)
		if mv := onlyMove(&ok); mv >= 0 {
			cands = append(cands, beamCand{from: int32(i), move: int32(mv), score: it.score})
			continue
		}
		scores := m.beamMoveScores(bs, w, &it.st, &ok)
		for mv, allowed := range ok {
			if allowed {
				cands = append(cands, beamCand{from: int32(i), move: int32(mv), score: it.score + float64(scores[mv])})
			}
		}
	}
	bs.cands = cands
	sortCandidates(cands)
	done := 0
	for ; done < len(cands); done++ {
		if done >= k && cands[done].score < cands[k-1].score {
			break
		}
		c := m.labelled(w, bs.cur[cands[done].from], cands[done])
		// Insert c into the labelled prefix, after those scoring as well.
		j := done
		for j > 0 && cands[j-1].score < c.score {
			cands[j] = cands[j-1]
			j--
		}
		cands[j] = c
	}
	return cands[:done]
}

// beamMoveScores returns the log probabilities of the moves of
// configuration st (ok: those allowed). Items of a beam often differ
// only below what the move features read (45% of PUD's scored items
// repeat one of their step): with templates 2 to 5, an item whose
// moveView is that of an item scored before it in this step takes that
// item's log probabilities, without building, hashing or looking up its
// features. The view holds what decides the allowed moves too, so the
// log probabilities are those its own features would give.
func (m *Model) beamMoveScores(bs *beamScratch, w *workspace, st *parseState, ok *[nMoves]bool) []float32 {
	share := m.templates >= 2 && beamSharesViews
	var v moveView
	if share {
		v = st.view2()
		if m.templates >= 4 {
			v.end = st.view4End()
		}
		for j := range bs.views {
			if bs.views[j] == v {
				bs.sharedViews++
				return bs.viewScores[j*nMoves:][:nMoves]
			}
		}
	}
	w.feats = m.moveFeatures(w.feats[:0], st, &w.si)
	bs.scores = zeroed(bs.scores, nMoves)
	m.trans.score(w.feats, bs.scores)
	if m.beam.Temperature > 0 {
		logSoftmax(bs.scores, ok[:], float32(m.beam.Temperature))
	}
	if share {
		bs.views = append(bs.views, v)
		bs.viewScores = append(bs.viewScores, bs.scores...)
	}
	return bs.scores
}

// beamSharesViews lets items with the same moveView share their move
// scores (tests turn it off to compare).
var beamSharesViews = true

// moveView is what parseFeatures2 (templates 2) and parseState.valid
// read of a configuration: the items (the buffer's from b, the tokens
// being fixed), the stack's depth, the children of s0, s1 and b0 that
// the features name and their relations, and the valencies and label
// sets of s0, s1 and b0. Two configurations of a sentence with the same
// view have the same move features and allowed moves. Templates 3 read
// nothing more (suffixes, words before and verbs between items are of
// the items' positions; the children's relations are in the view);
// templates 4 read the end of s0's phrase as built so far too (end,
// which follows its rightmost children down; -2 for the other templates).
type moveView struct {
	b, depth   int32
	end        int32
	items      [3]int32 // s0, s1, s2
	kids       [9]int32 // of s0: l1, l2, r1, r2; of s1: l1, r1, r2; of b0: l1, l2
	kidLabels  [9]uint8
	nl, nr     [3]uint8 // of s0, s1, b0
	lset, rset [3]uint64
}

// view4End returns the moveView's end for templates 4: the last token
// of s0's phrase (afterSpan), -1 without s0.
func (s *parseState) view4End() int32 {
	if s0 := s.top(0); s0 >= 0 {
		return s.spanEnd(s0)
	}
	return -1
}

// view2 returns the configuration's moveView.
func (s *parseState) view2() moveView {
	v := moveView{b: s.b, depth: int32(len(s.stack)), end: -2}
	s0, s1, b0 := s.top(0), s.top(1), s.buf(0)
	v.items = [3]int32{s0, s1, s.top(2)}
	v.kids = [9]int32{
		child(s.l1, s0), child(s.l2, s0), child(s.r1, s0), child(s.r2, s0),
		child(s.l1, s1), child(s.r1, s1), child(s.r2, s1),
		child(s.l1, b0), child(s.l2, b0),
	}
	for k, c := range v.kids {
		v.kidLabels[k] = uint8(s.label(c))
	}
	for k, x := range [3]int32{s0, s1, b0} {
		va := s.valency(x)
		v.nl[k], v.nr[k], v.lset[k], v.rset[k] = uint8(va.nl), uint8(va.nr), va.ls, va.rs
	}
	return v
}

// sortCandidates orders candidates best first, stably (ties keep the
// earlier item and the lower move, for determinism): by insertion, as a
// beam's dozen or two are sorted fastest without a comparison
// function's calls.
func sortCandidates(c []beamCand) {
	for i := 1; i < len(c); i++ {
		x, j := c[i], i
		for j > 0 && c[j-1].score < x.score {
			c[j] = c[j-1]
			j--
		}
		c[j] = x
	}
}

// labelled returns c with its arc's relation, and that relation's log
// probability added to its score (with a label temperature).
func (m *Model) labelled(w *workspace, it *beamItem, c beamCand) beamCand {
	mv := int(c.move)
	if mv == moveShift {
		return c
	}
	h, d := it.st.arcOf(mv)
	if h == 0 {
		c.label = uint8(m.rootLabel)
		return c
	}
	w.feats = m.arcFeatures(w.feats[:0], &it.st, &w.si, h, d)
	// The items of a beam share most of their arcs and subtrees: the same
	// features give the same relation, scored once a sentence.
	key := featuresKey(w.feats)
	bs := &w.beam
	if e, ok := bs.labels[key]; ok {
		c.label = e.label
		c.score += e.logp
		return c
	}
	e := beamLabel{label: uint8(m.bestLabel(m.labeller, w))}
	if t := float32(m.beam.LabelTemperature); t > 0 {
		top := w.scores[e.label]
		sum := 0.0
		for l, s := range w.scores {
			// exp(-30) is below a float64's precision next to exp(0).
			if x := (s - top) / t; l != m.rootLabel && x > -30 {
				sum += math.Exp(float64(x))
			}
		}
		e.logp = -math.Log(sum)
	}
	bs.labels[key] = e
	c.label = e.label
	c.score += e.logp
	return c
}

// featuresKey hashes a configuration's features (themselves hashes) in
// their order, cheaply.
func featuresKey(feats []uint64) uint64 {
	key := uint64(len(feats))
	for _, f := range feats {
		key = bits.RotateLeft64(key, 7) ^ f
	}
	return key
}

// beamLabel is the relation of an arc and its log probability.
type beamLabel struct {
	label uint8
	logp  float64
}

// logSoftmax turns the scores of the allowed moves into their log
// probabilities at temperature t.
func logSoftmax(s []float32, ok []bool, t float32) {
	top := s[argmax(s, ok)]
	sum := 0.0
	for c := range s {
		if ok[c] {
			sum += math.Exp(float64((s[c] - top) / t))
		}
	}
	ls := float32(math.Log(sum))
	for c := range s {
		s[c] = (s[c]-top)/t - ls
	}
}

// BeamOptions sets the parser's beam search.
type BeamOptions struct {
	Width            int       // items kept; 0 or 1: greedy
	Temperature      float64   // the move scores are divided by it before the softmax; 0: raw sums (a model trained for the beam)
	LabelTemperature float64   // when above 0, each arc's relation adds its log probability at this temperature
	Threshold        float64   // when above 0, candidates this far below the best (in log probability) are dropped
	Reranker         *Reranker // when set, chooses among the final items (rerank.go); nil: the best-scoring
}

// DefaultBeamOptions returns the beam Load gives a model (Load adds the
// embedded Reranker), tuned on EWT dev with the embedded model (its
// temperatures depend on the scale of a model's weights: a retrained
// model should check them, and train its own reranker).
func DefaultBeamOptions() BeamOptions {
	return BeamOptions{Width: 8, Temperature: 60, LabelTemperature: 7, Threshold: 3}
}

// WithBeam returns a copy of the model that parses with beam search as
// opt sets it.
func (m *Model) WithBeam(opt BeamOptions) *Model {
	out := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: m.templates, relabel: m.relabel, beam: opt}
	return out
}

// Beam returns the model's beam options.
func (m *Model) Beam() BeamOptions { return m.beam }
