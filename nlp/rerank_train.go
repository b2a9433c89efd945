package nlp

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sync"
	"time"
)

// RerankOptions sets how TrainReranker learns.
type RerankOptions struct {
	Seed        uint64  // seeds the shuffle of the sentences each epoch
	Folds       int     // jackknife folds: a parser per fold trains on the others and parses it
	FoldParsers int     // parsers averaged per fold (as TrainOptions.Parsers)
	Epochs      int     // passes of the perceptron
	BeamWeight  float64 // the fixed weight of the beam's score
	MinWeight   float64 // features whose averaged weight stays below this in size are dropped
	Margin      float64 // in training, each wrong head of a candidate adds this to its score (loss-augmented choice)
	Cache       string  // when set, a file keeping the folds' final items between runs

	// CrossValidate, when above 1, first scores the training's
	// settings by cross-validation over this many folds of the
	// training sentences (rerankCrossValidate), for tuning.
	CrossValidate int
}

// DefaultRerankOptions returns the settings of the embedded reranker.
func DefaultRerankOptions() RerankOptions {
	return RerankOptions{Seed: 1, Folds: 5, FoldParsers: 1, Epochs: 5, BeamWeight: 300, MinWeight: 0.05}
}

// rerankCand is one final item of the beam: its tree and its score.
type rerankCand struct {
	Heads  []int32
	Labels []uint8
	Score  float64
}

// rerankExample is a sentence's final items with their features and
// how many heads and relations each has right.
type rerankExample struct {
	feats  [][]uint64
	scores []float64
	heads  []int // right heads of each candidate
	labels []int // right heads and relations of each candidate
	tokens int
}

// finalItems returns copies of the beam's final items for the sentence
// in w.si, best first.
func (m *Model) finalItems(w *workspace) []rerankCand {
	if m.relabel != nil {
		w.labScores = zeroed(w.labScores, len(w.si.w)*len(m.labels))
	}
	m.parseBeam(w, m.beam.Width)
	out := make([]rerankCand, len(w.beam.cur))
	for i, it := range w.beam.cur {
		out[i] = rerankCand{Heads: append([]int32(nil), it.st.heads...), Labels: append([]uint8(nil), it.st.labels...), Score: it.score}
	}
	return out
}

// RerankCandidates tags the sentences with the model's tagger and
// returns the beam's final items of each (for tuning on gold sentences).
func (m *Model) rerankCandidates(sents []Sentence) [][]rerankCand {
	out := make([][]rerankCand, len(sents))
	w := &workspace{}
	for i := range sents {
		toks := sents[i].Tokens
		if len(toks) == 0 {
			continue
		}
		m.tag(toks, w)
		out[i] = m.finalItems(w)
	}
	return out
}

// foldCandidates trains a parser per fold on the other folds' sentences
// (with their jackknifed tags) and returns the final items it gives the
// sentences of its fold: lists as the parser will give them on text it
// has not seen.
func (m *Model) foldCandidates(train []Sentence, tags [][2][]uint8, opt TrainOptions, ropt RerankOptions, log io.Writer) ([][]rerankCand, error) {
	if ropt.Cache != "" {
		if c, err := readCandCache(ropt.Cache, len(train)); err == nil {
			fmt.Fprintf(log, "nlp: reranker: read the folds' final items from %s\n", ropt.Cache)
			return c, nil
		}
	}
	out := make([][]rerankCand, len(train))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for k := 0; k < ropt.Folds; k++ {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			start := time.Now()
			var sub []Sentence
			var subTags [][2][]uint8
			for i := range train {
				if i%ropt.Folds != k {
					sub, subTags = append(sub, train[i]), append(subTags, tags[i])
				}
			}
			fm := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, templates: m.templates, relabel: m.relabel, beam: m.beam}
			fm.beam.Reranker = nil
			o := opt
			o.Parsers = ropt.FoldParsers
			if err := fm.trainParsers(sub, subTags, o, io.Discard); err != nil {
				panic(err) // the classes are the model's own: cannot differ
			}
			fm = fm.PruneParts(opt.TagPrune, opt.Prune)
			fm.beam.Reranker = nil
			w := &workspace{}
			for i := k; i < len(train); i += ropt.Folds {
				fm.fillTraining(w, train[i].Tokens, tags[i])
				out[i] = fm.finalItems(w)
			}
			fmt.Fprintf(log, "nlp: reranker: fold %d/%d parsed (%s)\n", k+1, ropt.Folds, time.Since(start).Round(time.Second))
		})
	}
	wg.Wait()
	if ropt.Cache != "" {
		if err := writeCandCache(ropt.Cache, out); err != nil {
			fmt.Fprintf(log, "nlp: reranker: cache %s not written: %v\n", ropt.Cache, err)
		}
	}
	return out, nil
}

func readCandCache(path string, n int) ([][]rerankCand, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var c [][]rerankCand
	if err := gob.NewDecoder(f).Decode(&c); err != nil {
		return nil, err
	}
	if len(c) != n {
		return nil, errors.New("cache of other sentences")
	}
	return c, nil
}

func writeCandCache(path string, c [][]rerankCand) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(c); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// rerankExamples makes the examples of sentences whose final items are
// cands, their words and tags set by fill (index i).
func (m *Model) rerankExamples(sents []Sentence, cands [][]rerankCand, fill func(w *workspace, i int)) []rerankExample {
	labIndex := indexOf(m.labels)
	w := &workspace{}
	var sc rerankScratch
	var out []rerankExample
	for i := range sents {
		if len(cands[i]) == 0 {
			continue
		}
		fill(w, i)
		toks := sents[i].Tokens
		ex := rerankExample{tokens: len(toks)}
		for _, c := range cands[i] {
			f := rerankFeatures(nil, &w.si, c.Heads, c.Labels, &sc)
			ex.feats = append(ex.feats, f)
			ex.scores = append(ex.scores, c.Score)
			h, l := 0, 0
			for j := range toks {
				if int(c.Heads[j+1]) == toks[j].Head {
					h++
					if lab, ok := labIndex[toks[j].Deprel]; ok && int(c.Labels[j+1]) == lab {
						l++
					}
				}
			}
			ex.heads, ex.labels = append(ex.heads, h), append(ex.labels, l)
		}
		out = append(out, ex)
	}
	return out
}

// better reports whether candidate a of ex is better than b: more
// right heads, then more right relations.
func (ex *rerankExample) better(a, b int) bool {
	if ex.heads[a] != ex.heads[b] {
		return ex.heads[a] > ex.heads[b]
	}
	return ex.labels[a] > ex.labels[b]
}

// oracle returns the best candidate of ex (the earliest of equals).
func (ex *rerankExample) oracle() int {
	best := 0
	for c := 1; c < len(ex.feats); c++ {
		if ex.better(c, best) {
			best = c
		}
	}
	return best
}

// pick returns the candidate r chooses in ex.
func (r *Reranker) pick(ex *rerankExample) int {
	best, bestScore := 0, 0.0
	for c := range ex.feats {
		if s := r.score(ex.feats[c], ex.scores[c]); c == 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// pickAugmented returns the candidate r chooses in ex when each wrong
// head adds margin to a candidate's score: training then pushes the
// right trees ahead by a margin that grows with the others' errors.
func (r *Reranker) pickAugmented(ex *rerankExample, margin float64) int {
	best, bestScore := 0, 0.0
	for c := range ex.feats {
		s := r.score(ex.feats[c], ex.scores[c]) + margin*float64(ex.tokens-ex.heads[c])
		if c == 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// rerankAccuracy returns the right heads and tokens of r's choices over
// exs (r nil: the beam's first), and of the oracle's.
func rerankAccuracy(r *Reranker, exs []rerankExample) (right, oracle, tokens int) {
	for i := range exs {
		ex := &exs[i]
		c := 0
		if r != nil {
			c = r.pick(ex)
		}
		right += ex.heads[c]
		oracle += ex.heads[ex.oracle()]
		tokens += ex.tokens
	}
	return right, oracle, tokens
}

// trainRerankWeights trains the averaged perceptron over exs, reporting
// each epoch's accuracy on dev.
func trainRerankWeights(exs, dev []rerankExample, ropt RerankOptions, log io.Writer) *Reranker {
	return trainRerankEpochs(exs, ropt, func(epoch int, r *Reranker, updates int) {
		right, oracle, tokens := rerankAccuracy(r, dev)
		first, _, _ := rerankAccuracy(nil, dev)
		fmt.Fprintf(log, "nlp: reranker epoch %d/%d: %d updates; dev UAS of the beam's parses %.2f, reranked %.2f, oracle %.2f; %d features\n",
			epoch+1, ropt.Epochs, updates, pct(first, tokens), pct(right, tokens), pct(oracle, tokens), len(r.weights))
	})
}

// trainRerankEpochs trains the averaged perceptron over exs, calling
// each with the averaged weights after each epoch.
func trainRerankEpochs(exs []rerankExample, ropt RerankOptions, each func(epoch int, r *Reranker, updates int)) *Reranker {
	w := map[uint64]float64{}
	acc := map[uint64]float64{} // the sum of each update times its step
	step := 1.0
	cur := &Reranker{beamWeight: ropt.BeamWeight, weights: map[uint64]float32{}}
	rng := rand.New(rand.NewPCG(ropt.Seed, 0x7e7a))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	averaged := func() *Reranker {
		r := &Reranker{beamWeight: ropt.BeamWeight, weights: map[uint64]float32{}}
		for k, v := range w {
			if a := v - acc[k]/step; a >= ropt.MinWeight || a <= -ropt.MinWeight {
				r.weights[k] = float32(a)
			}
		}
		return r
	}
	for epoch := 0; epoch < ropt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates := 0
		for _, i := range order {
			ex := &exs[i]
			step++
			if len(ex.feats) < 2 {
				continue
			}
			guess, gold := cur.pickAugmented(ex, ropt.Margin), ex.oracle()
			if !ex.better(gold, guess) {
				continue
			}
			updates++
			for _, f := range ex.feats[gold] {
				w[f]++
				acc[f] += step
				cur.weights[f] = float32(w[f])
			}
			for _, f := range ex.feats[guess] {
				w[f]--
				acc[f] -= step
				cur.weights[f] = float32(w[f])
			}
		}
		if each != nil {
			each(epoch, averaged(), updates)
		}
	}
	return averaged()
}

// rerankCrossValidate trains a reranker on all folds of exs but one
// and scores it on that one, for each of folds folds, and writes the
// reranked UAS of the held-out sentences after each epoch: a measure
// over EWT train's 204,000 tokens, eight times dev's, whose epoch to
// epoch noise (±0.05 UAS on dev) hid what a change of features is
// worth. The folds' final items come from parsers that did not see
// their sentences, so no sentence is scored by a model that saw it.
func rerankCrossValidate(exs []rerankExample, ropt RerankOptions, folds int, log io.Writer) {
	right := make([]int, ropt.Epochs)
	first, oracle, tokens := 0, 0, 0
	for k := 0; k < folds; k++ {
		var in, out []rerankExample
		for i := range exs {
			if i%folds == k {
				out = append(out, exs[i])
			} else {
				in = append(in, exs[i])
			}
		}
		trainRerankEpochs(in, ropt, func(epoch int, r *Reranker, _ int) {
			n, _, _ := rerankAccuracy(r, out)
			right[epoch] += n
		})
		f, o, t := rerankAccuracy(nil, out)
		first, oracle, tokens = first+f, oracle+o, tokens+t
	}
	fmt.Fprintf(log, "nlp: reranker cross-validated on train (%d folds): UAS of the beam's parses %.2f, oracle %.2f; reranked by epoch:", folds, pct(first, tokens), pct(oracle, tokens))
	for _, n := range right {
		fmt.Fprintf(log, " %.2f", pct(n, tokens))
	}
	fmt.Fprintln(log)
}

// TrainReranker trains the reranker of m's beam: the final items of
// parsers trained on four fifths of train parsing the fifth (with the
// jackknifed tags of opt.TagCache, which must hold them), and dev (the
// model's own parses, gold trees to report the reranked UAS on each
// epoch). It is deterministic.
func (m *Model) TrainReranker(train, dev []Sentence, opt TrainOptions, ropt RerankOptions, log io.Writer) (*Reranker, error) {
	if m.beam.Width < 2 {
		return nil, errors.New("nlp: training reranker: the model parses greedily")
	}
	tags, _, ok := readTagCache(opt.TagCache, train, opt)
	if !ok {
		return nil, fmt.Errorf("nlp: training reranker: no tag cache for these options at %q (run nlptrain -tag-cache FILE first)", opt.TagCache)
	}
	tags = m.ruleTags(train, tags, opt)
	cands, err := m.foldCandidates(train, tags, opt, ropt, log)
	if err != nil {
		return nil, err
	}
	exs := m.rerankExamples(train, cands, func(w *workspace, i int) { m.fillTraining(w, train[i].Tokens, tags[i]) })
	var devCands [][]rerankCand
	if ropt.Cache != "" {
		devCands, _ = readCandCache(ropt.Cache+".dev", len(dev))
	}
	if devCands == nil {
		devCands = m.rerankCandidates(dev)
		if ropt.Cache != "" {
			if err := writeCandCache(ropt.Cache+".dev", devCands); err != nil {
				fmt.Fprintf(log, "nlp: reranker: cache %s not written: %v\n", ropt.Cache+".dev", err)
			}
		}
	}
	devEx := m.rerankExamples(dev, devCands, func(w *workspace, i int) { m.tag(dev[i].Tokens, w) })
	right, oracle, tokens := rerankAccuracy(nil, exs)
	fmt.Fprintf(log, "nlp: reranker: %d training sentences; UAS of the folds' first parses %.2f, oracle %.2f\n",
		len(exs), pct(right, tokens), pct(oracle, tokens))
	if ropt.CrossValidate > 1 {
		rerankCrossValidate(exs, ropt, ropt.CrossValidate, log)
	}
	return trainRerankWeights(exs, devEx, ropt, log), nil
}
