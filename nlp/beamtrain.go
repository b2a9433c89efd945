package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"
)

// Training for the beam (an experiment, TrainOptions.BeamTrain; not what
// the embedded model was trained with): the move model learns as a
// structured perceptron over whole move sequences (Collins and Roark
// 2004; Zhang and Clark 2008). The beam parses the sentence with the
// current weights, and the weights move toward the gold prefix and away
// from the beam's best one at one step: where the gold sequence falls
// out of the beam (early update), or where the beam's best beats the
// gold prefix by most (max violation, Huang et al. 2012). The labeller
// still learns locally, on the gold sequence's arcs. A model trained so
// scores sequences by the raw sums of its move scores (BeamOptions with
// Temperature 0); forced moves are scored 0 in training as in parsing.

// goldMoves returns the static oracle's moves for the projective gold
// heads: an arc as soon as it loses no gold arc, else a shift.
func goldMoves(st *parseState, n int, gold []int32, out []uint8) []uint8 {
	out = out[:0]
	st.reset(n)
	var ok [nMoves]bool
	var cost [nMoves]int
	for !st.terminal() {
		st.valid(&ok)
		st.costs(gold, &ok, &cost)
		mv := cheapestMove(&ok, &cost)
		for _, c := range [...]int{moveLeft, moveRight} {
			if ok[c] && cost[c] == 0 {
				mv = c
				break
			}
		}
		out = append(out, uint8(mv))
		st.apply(mv, 0)
	}
	return out
}

// cheapestMove returns the allowed move of least cost, shift first.
func cheapestMove(ok *[nMoves]bool, cost *[nMoves]int) int {
	best := -1
	for c := range ok {
		if ok[c] && (best < 0 || cost[c] < cost[best]) {
			best = c
		}
	}
	return best
}

// beamTrainer is one parser's training for the beam.
type beamTrainer struct {
	m          *Model
	trans, lab *perceptron
	opt        TrainOptions
	w          workspace
	pool       [2][]*beamItem
	side       int // the pool the beam is in
	cands      []beamCand
	gold       []int32
	glab       []uint8
	gmoves     []uint8 // the gold sequence
	pred       []uint8 // the beam's best prefix at the update's step
}

// trainParserBeam trains the move model globally with a beam of
// opt.BeamTrain and the labeller locally, on the jackknifed tags.
func (m *Model) trainParserBeam(train []Sentence, tags [][2][]uint8, opt TrainOptions, log io.Writer) {
	bt := &beamTrainer{m: m, trans: newPerceptron(nMoves), lab: newPerceptron(len(m.labels)), opt: opt}
	bt.pool[0], bt.pool[1] = fillPool(nil, opt.BeamTrain), fillPool(nil, opt.BeamTrain)
	labIndex := indexOf(m.labels)
	seed := opt.Seed
	if opt.ParserSeed != 0 {
		seed = opt.ParserSeed
	}
	rng := rand.New(rand.NewPCG(seed, 0x9a75e))
	order := allIndexes(len(train))
	for epoch := 0; epoch < opt.ParseEpochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates := 0
		for _, si := range order {
			toks := train[si].Tokens
			m.fillTraining(&bt.w, toks, tags[si])
			bt.gold, bt.glab = projectiveHeads(toks, bt.gold, bt.glab, labIndex)
			if bt.sentence(len(toks)) {
				updates++
			}
		}
		fmt.Fprintf(log, "nlp: beam parser epoch %d/%d: %d sentences updated of %d (%s)\n",
			epoch+1, opt.ParseEpochs, updates, len(train), time.Since(start).Round(time.Millisecond))
	}
	m.trans = compact(bt.trans.averaged(opt.MinParseWeigh))
	m.labeller = bt.lab.averaged(opt.MinParseWeigh)
}

// sentence trains on the sentence of n words in bt.w, reporting whether
// the move model was updated.
func (bt *beamTrainer) sentence(n int) bool {
	m, w := bt.m, &bt.w
	bt.gmoves = goldMoves(&w.st, n, bt.gold, bt.gmoves)
	bt.trans.tick()
	bt.lab.tick()
	first := bt.pool[0][0]
	first.st.reset(n)
	first.score = 0
	first.moves = first.moves[:0]
	cur := bt.pool[0][:1]
	bt.side = 0
	gs := &w.beamGold // the gold configuration, for max violation
	gs.reset(n)
	stop, gscore, worst := -1, 0.0, 0.0
	for t := range bt.gmoves {
		if bt.opt.MaxViolation {
			gscore += bt.goldStep(gs, int(bt.gmoves[t]))
		}
		var goldIn bool
		cur, goldIn = bt.step(cur, t)
		if bt.opt.MaxViolation {
			v := cur[0].score - gscore
			if (v > worst || stop < 0 && v >= 0) && !slices.Equal(cur[0].moves, bt.gmoves[:t+1]) {
				worst, stop = v, t
				bt.pred = append(bt.pred[:0], cur[0].moves...)
			}
			continue
		}
		if !goldIn {
			stop = t
			bt.pred = append(bt.pred[:0], cur[0].moves...)
			break
		}
	}
	if !bt.opt.MaxViolation && stop < 0 && !slices.Equal(cur[0].moves, bt.gmoves) {
		stop = len(bt.gmoves) - 1
		bt.pred = append(bt.pred[:0], cur[0].moves...)
	}
	if stop >= 0 {
		bt.replayUpdate(n, bt.pred, -1)
		bt.replayUpdate(n, bt.gmoves[:stop+1], 1)
	}
	// The labeller learns on the whole gold sequence.
	st := &w.st
	st.reset(n)
	for _, mv := range bt.gmoves {
		label := uint8(0)
		if mv != moveShift {
			h, d := st.arcOf(int(mv))
			label = m.trainLabel(bt.lab, w, h, d, bt.gold, bt.glab)
		}
		st.apply(int(mv), label)
	}
	return stop >= 0
}

// goldStep makes gold move mv in configuration gs and returns its score.
func (bt *beamTrainer) goldStep(gs *parseState, mv int) float64 {
	m, w := bt.m, &bt.w
	var ok [nMoves]bool
	var scores [nMoves]float32
	gs.valid(&ok)
	if onlyMove(&ok) < 0 {
		w.feats = m.moveFeatures(w.feats[:0], gs, &w.si)
		bt.trans.score(w.feats, scores[:])
	}
	gs.apply(mv, bt.label(gs, mv))
	return float64(scores[mv])
}

// label returns the labeller's relation for the arc move mv would make
// in st (0 for a shift).
func (bt *beamTrainer) label(st *parseState, mv int) uint8 {
	if mv == moveShift {
		return 0
	}
	h, d := st.arcOf(mv)
	if h == 0 {
		return uint8(bt.m.rootLabel)
	}
	return uint8(bt.m.predictLabelOn(bt.lab, &bt.w, st, h, d))
}

// step advances the beam cur by the moves of step t with raw move
// scores, and reports whether the gold prefix is still in it.
func (bt *beamTrainer) step(cur []*beamItem, t int) ([]*beamItem, bool) {
	m, w := bt.m, &bt.w
	bt.cands = bt.cands[:0]
	var ok [nMoves]bool
	for i, it := range cur {
		it.st.valid(&ok)
		var scores [nMoves]float32
		if onlyMove(&ok) < 0 {
			w.feats = m.moveFeatures(w.feats[:0], &it.st, &w.si)
			bt.trans.score(w.feats, scores[:])
		}
		for mv, allowed := range ok {
			if allowed {
				bt.cands = append(bt.cands, beamCand{from: int32(i), move: int32(mv), score: it.score + float64(scores[mv])})
			}
		}
	}
	sortCandidates(bt.cands)
	bt.side = 1 - bt.side
	next := bt.pool[bt.side][:min(bt.opt.BeamTrain, len(bt.cands))]
	goldIn := false
	for j, c := range bt.cands[:len(next)] {
		from, nx := cur[c.from], next[j]
		nx.st.copyFrom(&from.st)
		mv := int(c.move)
		nx.st.apply(mv, bt.label(&nx.st, mv))
		nx.score = c.score
		nx.moves = append(append(nx.moves[:0], from.moves...), uint8(mv))
		goldIn = goldIn || slices.Equal(nx.moves, bt.gmoves[:t+1])
	}
	return next, goldIn
}

// replayUpdate replays moves from the start, labelling arcs as the beam
// did, and adds delta to the weights of each move at its configuration.
func (bt *beamTrainer) replayUpdate(n int, moves []uint8, delta float32) {
	m, w := bt.m, &bt.w
	st := &w.st
	st.reset(n)
	var ok [nMoves]bool
	for _, mv8 := range moves {
		mv := int(mv8)
		st.valid(&ok)
		if onlyMove(&ok) < 0 {
			w.feats = m.moveFeatures(w.feats[:0], st, &w.si)
			bt.trans.adjust(w.feats, mv, delta)
		}
		st.apply(mv, bt.label(st, mv))
	}
}

// adjust adds delta to the weight of class c for each feature.
func (p *perceptron) adjust(feats []uint64, c int, delta float32) {
	for _, f := range feats {
		r := int(p.row(f))
		p.bump(r*p.nclass+c, delta)
	}
}
