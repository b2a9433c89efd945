package nlp

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// TrainOptions sets how Train builds a model. DefaultTrainOptions gives
// the settings the embedded model was trained with.
type TrainOptions struct {
	Seed          uint64  // seeds the shuffles and the exploration
	ParserSeed    uint64  // seeds the parser's shuffles and exploration alone (0: Seed); not the tag cache's key
	TagEpochs     int     // passes of the tagger over the training set
	FinalEpochs   int     // passes of the final taggers (0: TagEpochs); the jackknife's keep TagEpochs
	ParseEpochs   int     // passes of the parser
	Folds         int     // jackknife folds for the parser's predicted tags
	Explore       float64 // chance of following the model's wrong move after the first epoch
	DictMinCount  int     // a word enters the tag dictionary from this many occurrences...
	DictMinShare  float64 // ...when this share of them has one tag pair
	SetMinCount   int     // a word seen this many times keeps its training UPOS at tagging time (0: off)
	MinTagWeight  float64 // features whose weights all stay below are dropped from the tagger
	MinParseWeigh float64 // ... from the parser and labeller
	Prune         float64 // finally, drop the parser's and labeller's features whose weights all stay below this
	TagPrune      float64 // ... and the tagger's below this

	// TwoPass trains a second UPOS model that sees the first pass's
	// tags to the right, on the jackknifed tags of the first pass.
	TwoPass bool

	// SecondPassTags trains the parser on jackknifed tags of both
	// passes (a second-pass model per fold), as the two-pass tagger
	// will give them, instead of the first pass's.
	SecondPassTags bool

	// Templates numbers the parser's feature templates: 1 (or 0),
	// parser.go's; 2, 3, 4 and 5, templates2.go's, templates3.go's,
	// templates4.go's and templates5.go's (model format v5).
	Templates int

	// TagCache, when set, names a file keeping the parser's jackknifed
	// training tags (tagcache.go): Train reads them from it when it was
	// written for the same sentences and tagger options, and skips the
	// jackknife's taggers (the final taggers still train), else writes
	// it. The model is the same, byte for byte; for experiments with the
	// parser, whose training then takes a fraction of the time. With
	// TaggerOnly it keeps the first tagging pass's jackknifed tags.
	TagCache string

	// TaggerFrom, with a TagCache that matches, gives the model its
	// tagger, so that only the parser trains: for experiments with the
	// parser, scored with the tagger the same options would train.
	// With TaggerOnly and TwoPass, it gives the first tagging pass, and
	// only the second pass (and the Penn-tag model) trains, on the
	// cache's first-pass tags: for experiments with their features.
	TaggerFrom *Model

	// Parsers, above 1, trains that many parsers on the same tags, with
	// parser seeds Seed (or ParserSeed), and the next ones, side by side,
	// and keeps the mean of their weights (AverageParsers).
	Parsers int

	// Taggers, above 1, makes each final tagger (the first pass's and
	// the second pass's) the mean of that many taggers trained side by
	// side with seeds Seed and the next ones (averageTaggers): an
	// ensemble at the cost of one tagger's lookups. The jackknife's
	// taggers, and so the tags the parser trains on, stay single.
	Taggers int

	// RuleTags runs the tagging rules (tagRules) over the jackknifed tags
	// before the parser trains on them, so that it learns from tags as
	// it will meet them.
	RuleTags bool

	// BeamTrain, above 1, trains the parser's moves globally with a beam
	// of this width and early update (beamtrain.go; an experiment).
	BeamTrain int

	// MaxViolation, with BeamTrain, updates at the step where the beam's
	// best beats the gold prefix by most (Huang et al. 2012) instead of
	// where the gold sequence falls out of the beam.
	MaxViolation bool

	// ClauseVerbs gives the second tagging pass and the Penn-tag model
	// the clause-verb features (clauseverbs.go): whether the first pass
	// tagged a verb in the token's clause on either side. The model's
	// flags say so (model format v6, modelClauseVerbs).
	ClauseVerbs bool

	// TaggerOnly trains the tagger alone (the parser's models stay
	// empty), for quick experiments with the tagger.
	TaggerOnly bool
}

// DefaultTrainOptions returns the settings of the embedded model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{
		Seed:           1,
		TagEpochs:      8,
		FinalEpochs:    12,
		ParseEpochs:    15,
		Folds:          5,
		Explore:        0.9,
		DictMinCount:   20,
		DictMinShare:   0.97,
		MinTagWeight:   0.05,
		MinParseWeigh:  0.05,
		Prune:          1,
		TagPrune:       0,
		SetMinCount:    3,
		TwoPass:        true,
		SecondPassTags: true,
		Templates:      4,
		Parsers:        3,
	}
}

// Train builds a model from gold-annotated sentences, writing progress
// to log. It is deterministic: the same sentences and options give the
// same model.
func Train(train []Sentence, opt TrainOptions, log io.Writer) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("nlp: training: no sentences")
	}
	if opt.Templates > 5 {
		return nil, fmt.Errorf("nlp: training: feature templates %d, want 1 to 5", opt.Templates)
	}
	m := &Model{templates: uint8(max(opt.Templates, 1)), beam: DefaultBeamOptions()} // as Load gives it
	var err error
	if m.relabel, err = embeddedRelabeller(); err != nil { // as Load gives it
		return nil, err
	}
	m.tagger.upos = classNames(train, func(t *Token) string { return t.UPOS })
	m.tagger.xpos = classNames(train, func(t *Token) string { return t.XPOS })
	m.labels = classNames(train, func(t *Token) string { return t.Deprel })
	m.rootLabel = slices.Index(m.labels, "root")
	if m.rootLabel < 0 || len(m.labels) > 64 || len(m.tagger.xpos) > 64 {
		return nil, fmt.Errorf("nlp: training: %d relations (root at %d), %d Penn tags: want root, at most 64 and 64",
			len(m.labels), m.rootLabel, len(m.tagger.xpos))
	}
	m.tagger.dict = tagDictionary(train, m, opt)
	fmt.Fprintf(log, "nlp: %d sentences; %d UPOS, %d XPOS, %d relations; %d words in the tag dictionary\n",
		len(train), len(m.tagger.upos), len(m.tagger.xpos), len(m.labels), len(m.tagger.dict))

	if opt.TaggerOnly && !opt.TwoPass {
		m.tagger = m.trainTagger(train, allIndexes(len(train)), nil, opt, log, "only")
		m.tagger.sets = tagSets(train, m, opt.SetMinCount)
		m.trans = compact(newPerceptron(nMoves).averaged(0))
		m.labeller = newPerceptron(len(m.labels)).averaged(0)
		return m, nil
	}
	// Jackknifing: the parser trains on tags predicted by taggers that
	// did not see the sentence, as it will meet them.
	// The folds and the final tagger train side by side: each has its
	// own random source, so the result does not depend on the order.
	//
	// Training the tagger alone, the cache keeps the first pass's
	// jackknifed tags (its key says so: second-pass-tags false), which
	// is all a second pass learns from: with TaggerFrom giving the first
	// pass, only the second pass's models train (quick experiments with
	// the second pass's and the Penn-tag model's features).
	cacheOpt := opt
	if opt.TaggerOnly {
		cacheOpt.SecondPassTags = false
	}
	predicted, firstCached, cached := readTagCache(opt.TagCache, train, cacheOpt)
	if cached && opt.TaggerFrom != nil && opt.TaggerOnly && opt.TwoPass && firstCached != nil {
		from := &opt.TaggerFrom.tagger
		if !slices.Equal(from.upos, m.tagger.upos) || !slices.Equal(from.xpos, m.tagger.xpos) {
			return nil, errors.New("nlp: training: the model to take the tagger from has other classes")
		}
		m.tagger = *from
		m.tagger.clauseVerbs = opt.ClauseVerbs
		fin := opt
		if opt.FinalEpochs > 0 {
			fin.TagEpochs = opt.FinalEpochs
		}
		second := m.trainTaggers(train, firstCached, fin, log, "second pass")
		m.tagger.u2model, m.tagger.xmodel = second.umodel, second.xmodel
		m.trans = compact(newPerceptron(nMoves).averaged(0))
		m.labeller = newPerceptron(len(m.labels)).averaged(0)
		return m, nil
	}
	if cached && opt.TaggerFrom != nil && !opt.TaggerOnly {
		from := &opt.TaggerFrom.tagger
		if !slices.Equal(from.upos, m.tagger.upos) || !slices.Equal(from.xpos, m.tagger.xpos) || !slices.Equal(opt.TaggerFrom.labels, m.labels) {
			return nil, errors.New("nlp: training: the model to take the tagger from has other classes")
		}
		m.tagger = *from
		if err := m.trainParsers(train, m.ruleTags(train, predicted, opt), opt, log); err != nil {
			return nil, err
		}
		return m.PruneParts(opt.TagPrune, opt.Prune), nil
	}
	var final tagger
	var wg sync.WaitGroup
	if !cached {
		predicted = make([][2][]uint8, len(train))
		for k := 0; k < opt.Folds; k++ {
			wg.Go(func() {
				tg := m.trainTagger(train, foldIndexes(len(train), opt.Folds, k), nil, opt, log, fmt.Sprintf("fold %d/%d", k+1, opt.Folds))
				for i := k; i < len(train); i += opt.Folds {
					predicted[i] = tg.tagSentence(train[i].Tokens)
				}
			})
		}
	}
	fin := opt
	if opt.FinalEpochs > 0 {
		fin.TagEpochs = opt.FinalEpochs
	}
	wg.Go(func() { final = m.trainTaggers(train, nil, fin, log, "final") })
	wg.Wait()
	m.tagger = final
	m.tagger.sets = tagSets(train, m, opt.SetMinCount)
	if opt.TwoPass {
		// The second pass learns from the first pass's jackknifed
		// tags, as good as it will meet them.
		first := firstCached
		if !cached {
			first = make([][]uint8, len(train))
			for i := range predicted {
				first[i] = predicted[i][0]
			}
		}
		var second tagger
		wg.Go(func() { second = m.trainTaggers(train, first, fin, log, "second pass") })
		if opt.SecondPassTags && !opt.TaggerOnly && !cached {
			predicted = m.secondPassJackknife(train, first, opt, log)
		}
		if opt.TagCache != "" && !cached {
			writeTagCache(opt.TagCache, train, cacheOpt, predicted, first, log)
		}
		wg.Wait()
		m.tagger.u2model, m.tagger.xmodel = second.umodel, second.xmodel
	} else if opt.TagCache != "" && !cached {
		writeTagCache(opt.TagCache, train, cacheOpt, predicted, nil, log)
	}
	if opt.TaggerOnly {
		m.trans = compact(newPerceptron(nMoves).averaged(0))
		m.labeller = newPerceptron(len(m.labels)).averaged(0)
		return m, nil
	}
	if err := m.trainParsers(train, m.ruleTags(train, predicted, opt), opt, log); err != nil {
		return nil, err
	}
	return m.PruneParts(opt.TagPrune, opt.Prune), nil
}

// ruleTags returns the jackknifed tags with the tagging rules run over
// them when opt.RuleTags (copies: the tag cache keeps the tagger's own),
// else tags.
func (m *Model) ruleTags(train []Sentence, tags [][2][]uint8, opt TrainOptions) [][2][]uint8 {
	if !opt.RuleTags {
		return tags
	}
	out := make([][2][]uint8, len(tags))
	var ws []wordInfo
	for i := range tags {
		toks := train[i].Tokens
		ws = ws[:0]
		for j := range toks {
			ws = append(ws, describe(&toks[j], j))
		}
		us, xs := slices.Clone(tags[i][0]), slices.Clone(tags[i][1])
		m.tagger.tagRules(toks, ws, us, xs)
		out[i] = [2][]uint8{us, xs}
	}
	return out
}

// PruneParts returns a copy of the model without the tagger's features
// whose weights all stay below tag and the parser's and labeller's below
// parse (as Model.Prune; 0 keeps a part whole): pruning costs the small
// tagger more accuracy per megabyte saved than the parser.
func (m *Model) PruneParts(tag, parse float64) *Model {
	out := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: m.templates, relabel: m.relabel, beam: m.beam}
	if tag > 0 {
		out.tagger.umodel = compact(asLinear(m.tagger.umodel).prune(tag))
		out.tagger.xmodel = compact(asLinear(m.tagger.xmodel).prune(tag))
		if m.tagger.u2model != nil {
			out.tagger.u2model = compact(asLinear(m.tagger.u2model).prune(tag))
		}
	}
	if parse > 0 {
		out.trans = compact(asLinear(m.trans).prune(parse))
		out.labeller = compact(asLinear(m.labeller).prune(parse))
	}
	return out
}

// secondPassJackknife returns each sentence's tags from a second-pass
// model that did not see it, reading the first pass's jackknifed tags.
func (m *Model) secondPassJackknife(train []Sentence, first [][]uint8, opt TrainOptions, log io.Writer) [][2][]uint8 {
	out := make([][2][]uint8, len(train))
	var wg sync.WaitGroup
	for k := 0; k < opt.Folds; k++ {
		wg.Go(func() {
			tg := m.trainTagger(train, foldIndexes(len(train), opt.Folds, k), first, opt, log, fmt.Sprintf("second pass fold %d/%d", k+1, opt.Folds))
			var sc tagScratch
			for i := k; i < len(train); i += opt.Folds {
				toks := train[i].Tokens
				ws := make([]wordInfo, len(toks))
				for j := range toks {
					ws[j] = describe(&toks[j], j)
				}
				us, xs := make([]uint8, len(toks)), make([]uint8, len(toks))
				tg.secondPass(ws, first[i], us, xs, &sc)
				out[i] = [2][]uint8{us, xs}
			}
		})
	}
	wg.Wait()
	return out
}

// foldIndexes returns the sentences a jackknife fold k of folds trains
// on: all but every folds-th from k.
func foldIndexes(n, folds, k int) []int {
	var in []int
	for i := 0; i < n; i++ {
		if i%folds != k {
			in = append(in, i)
		}
	}
	return in
}

func allIndexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// classNames lists the distinct values of a token field, sorted.
func classNames(sents []Sentence, get func(*Token) string) []string {
	seen := map[string]bool{}
	for i := range sents {
		for j := range sents[i].Tokens {
			seen[get(&sents[i].Tokens[j])] = true
		}
	}
	return sortedKeys(seen)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// tagDictionary finds the frequent words whose tag pair never varies
// (or nearly never).
func tagDictionary(train []Sentence, m *Model, opt TrainOptions) map[string]tagPair {
	counts := map[string]map[tagPair]int{}
	for i := range train {
		for j := range train[i].Tokens {
			t := &train[i].Tokens[j]
			p := tagPair{uint8(slices.Index(m.tagger.upos, t.UPOS)), uint8(slices.Index(m.tagger.xpos, t.XPOS))}
			w := modelText(t)
			if counts[w] == nil {
				counts[w] = map[tagPair]int{}
			}
			counts[w][p]++
		}
	}
	dict := map[string]tagPair{}
	for _, w := range sortedKeys(counts) {
		total, bestN, bestP := 0, 0, tagPair{}
		for p, n := range counts[w] {
			total += n
			if n > bestN || (n == bestN && (p.u < bestP.u || (p.u == bestP.u && p.x < bestP.x))) {
				bestN, bestP = n, p
			}
		}
		if total >= opt.DictMinCount && float64(bestN) >= opt.DictMinShare*float64(total) {
			dict[w] = bestP
		}
	}
	return dict
}

// tagSets returns, for each word seen at least minCount times in train
// and not in the tag dictionary, the set of its UPOS there (bit c for
// class c); nil when minCount is 0. Words with capitals are left out:
// a capitalised form is a name as often as not ("Trust", a verb all
// three times in EWT, opening "Trust me", is a noun in "The Greenway
// Trust launched …"). (The same for Penn tags lowered
// their accuracy on EWT dev, 94.60 → 94.50.)
func tagSets(train []Sentence, m *Model, minCount int) map[string]uint32 {
	if minCount <= 0 {
		return nil
	}
	uIndex := indexOf(m.tagger.upos)
	counts, sets := map[string]int{}, map[string]uint32{}
	for i := range train {
		for j := range train[i].Tokens {
			t := &train[i].Tokens[j]
			w := modelText(t)
			counts[w]++
			sets[w] |= 1 << uIndex[t.UPOS]
		}
	}
	for w, n := range counts {
		if _, inDict := m.tagger.dict[w]; n < minCount || inDict || hasUpper(w) {
			delete(sets, w)
		}
	}
	return sets
}

// WithTemplates returns a copy of the model that parses with feature
// templates n (1 to 5): for a model written before format v5 recorded
// them, whose weights were trained with templates 2.
func (m *Model) WithTemplates(n int) (*Model, error) {
	if n < 1 || n > 5 {
		return nil, fmt.Errorf("nlp: feature templates %d, want 1 to 5", n)
	}
	out := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: uint8(n), relabel: m.relabel, beam: m.beam}
	return out, nil
}

// WithTaggerOf returns a copy of the model that tags with from's tagger
// (its models, dictionary and tag sets), which must have the same
// classes: for scoring a tagger with a parser trained apart.
func (m *Model) WithTaggerOf(from *Model) (*Model, error) {
	if !slices.Equal(from.tagger.upos, m.tagger.upos) || !slices.Equal(from.tagger.xpos, m.tagger.xpos) {
		return nil, errors.New("nlp: the model to take the tagger from has other classes")
	}
	out := &Model{tagger: from.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: m.templates, relabel: m.relabel, beam: m.beam}
	return out, nil
}

// hasUpper reports whether w has a capital letter.
func hasUpper(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) >= 0
}

// WithTagSets returns a copy of the model whose tagger keeps each word
// seen at least minCount times in train to its UPOS there (0 removes
// the sets).
func (m *Model) WithTagSets(train []Sentence, minCount int) *Model {
	out := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: m.templates, relabel: m.relabel, beam: m.beam}
	out.tagger.sets = tagSets(train, m, minCount)
	return out
}

// trainTagger trains the two tag models on the sentences numbered in;
// with first (the first pass's UPOS of each sentence), the UPOS model
// is a second pass's.
func (m *Model) trainTagger(train []Sentence, in []int, first [][]uint8, opt TrainOptions, log io.Writer, what string) tagger {
	tg := tagger{upos: m.tagger.upos, xpos: m.tagger.xpos, dict: m.tagger.dict, clauseVerbs: opt.ClauseVerbs}
	up, xp := newPerceptron(len(tg.upos)), newPerceptron(len(tg.xpos))
	tg.umodel, tg.xmodel = up, xp
	uIndex, xIndex := indexOf(tg.upos), indexOf(tg.xpos)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a6))
	order := slices.Clone(in)
	var sc tagScratch
	var ws []wordInfo
	for epoch := 0; epoch < opt.TagEpochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			toks := train[si].Tokens
			ws = ws[:0]
			for i := range toks {
				ws = append(ws, describe(&toks[i], i))
			}
			clause := tg.clauseVerbs && first != nil
			if clause {
				sc.cl = clauseVerbFlags(tg.upos, first[si], sc.cl)
			}
			u1, u2, x1 := uint64(noTag), uint64(noTag), uint64(noTag)
			for i := range toks {
				gu, gx := uIndex[toks[i].UPOS], xIndex[toks[i].XPOS]
				gu8, gx8 := uint8(gu), uint8(gx)
				if p, ok := tg.dict[ws[i].text]; ok {
					gu8, gx8 = p.u, p.x
				} else {
					up.tick()
					xp.tick()
					sc.feats = tagFeatures(sc.feats[:0], ws, i, u1, u2, &sc.hq)
					if first != nil {
						sc.feats = rightFeatures(sc.feats, ws, first[si], i, u1, &sc.hq)
					}
					if clause {
						sc.feats = clauseFeatures(sc.feats, &ws[i], uint64(sc.cl[i]), uint64(first[si][i]), &sc.hq)
					}
					gu8 = uint8(best(up, sc.feats, len(tg.upos), &sc))
					up.update(sc.feats, gu, int(gu8))
					sc.feats = xposFeatures(sc.feats, ws, i, uint64(gu8), x1, &sc.hq)
					if clause {
						sc.feats = clauseXposFeatures(sc.feats, &ws[i], uint64(sc.cl[i]), uint64(gu8), &sc.hq)
					}
					gx8 = uint8(best(xp, sc.feats, len(tg.xpos), &sc))
					xp.update(sc.feats, gx, int(gx8))
				}
				if int(gu8) == gu {
					right++
				}
				total++
				u2, u1, x1 = u1, uint64(gu8), uint64(gx8)
			}
		}
		fmt.Fprintf(log, "nlp: tagger %s epoch %d: UPOS %.2f%% on training (%s)\n",
			what, epoch+1, 100*float64(right)/float64(total), time.Since(start).Round(time.Millisecond))
	}
	tg.umodel = up.averaged(opt.MinTagWeight)
	tg.xmodel = xp.averaged(opt.MinTagWeight)
	return tg
}

// trainTaggers trains a tagger on all of train (with first, a second
// pass's), or opt.Taggers taggers with consecutive seeds side by side,
// and returns their mean.
func (m *Model) trainTaggers(train []Sentence, first [][]uint8, opt TrainOptions, log io.Writer, what string) tagger {
	if opt.Taggers <= 1 {
		return m.trainTagger(train, allIndexes(len(train)), first, opt, log, what)
	}
	tgs := make([]tagger, opt.Taggers)
	var wg sync.WaitGroup
	for k := range tgs {
		o := opt
		o.Seed = opt.Seed + uint64(k)
		wg.Go(func() {
			tgs[k] = m.trainTagger(train, allIndexes(len(train)), first, o, log, fmt.Sprintf("%s seed %d", what, o.Seed))
		})
	}
	wg.Wait()
	return averageTaggers(tgs)
}

func indexOf(names []string) map[string]int {
	out := make(map[string]int, len(names))
	for i, n := range names {
		out[n] = i
	}
	return out
}

// tagSentence returns the (UPOS, XPOS) classes the tagger gives toks.
func (t *tagger) tagSentence(toks []Token) [2][]uint8 {
	ws := make([]wordInfo, len(toks))
	for i := range toks {
		ws[i] = describe(&toks[i], i)
	}
	us, xs := make([]uint8, len(toks)), make([]uint8, len(toks))
	t.tag(ws, us, xs, &tagScratch{}, false)
	return [2][]uint8{us, xs}
}

// trainParsers trains the parser, or opt.Parsers parsers with
// consecutive seeds side by side and keeps their mean.
func (m *Model) trainParsers(train []Sentence, tags [][2][]uint8, opt TrainOptions, log io.Writer) error {
	if opt.Parsers <= 1 {
		m.trainParser(train, tags, opt, log)
		return nil
	}
	seed := opt.Seed
	if opt.ParserSeed != 0 {
		seed = opt.ParserSeed
	}
	ms := make([]*Model, opt.Parsers)
	var wg sync.WaitGroup
	for k := range ms {
		o := opt
		o.ParserSeed = seed + uint64(k)
		ms[k] = &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, templates: m.templates, relabel: m.relabel, beam: m.beam}
		wg.Go(func() { ms[k].trainParser(train, tags, o, log) })
	}
	wg.Wait()
	avg, err := AverageParsers(ms...)
	if err != nil {
		return err
	}
	m.trans, m.labeller = avg.trans, avg.labeller
	return nil
}

// trainParser trains the move and relation models with the dynamic
// oracle on the jackknifed tags.
func (m *Model) trainParser(train []Sentence, tags [][2][]uint8, opt TrainOptions, log io.Writer) {
	if opt.BeamTrain > 1 {
		m.trainParserBeam(train, tags, opt, log)
		return
	}
	trans, lab := newPerceptron(nMoves), newPerceptron(len(m.labels))
	labIndex := indexOf(m.labels)
	seed := opt.Seed
	if opt.ParserSeed != 0 {
		seed = opt.ParserSeed
	}
	rng := rand.New(rand.NewPCG(seed, 0x9a75e))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var (
		w     workspace
		ok    [nMoves]bool
		cost  [nMoves]int
		gold  []int32
		glab  []uint8
		score [nMoves]float32
	)
	for epoch := 0; epoch < opt.ParseEpochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		moves, right, arcs, arcsRight := 0, 0, 0, 0
		for _, si := range order {
			toks := train[si].Tokens
			n := len(toks)
			m.fillTraining(&w, toks, tags[si])
			gold, glab = projectiveHeads(toks, gold, glab, labIndex)
			st := &w.st
			st.reset(n)
			for !st.terminal() {
				st.valid(&ok)
				st.costs(gold, &ok, &cost)
				w.feats = m.moveFeatures(w.feats[:0], st, &w.si)
				score = [nMoves]float32{}
				trans.score(w.feats, score[:])
				guess := argmax(score[:], ok[:])
				bestMove, bestCost := -1, 0
				for mv := 0; mv < nMoves; mv++ {
					if ok[mv] && (bestMove < 0 || cost[mv] < bestCost || (cost[mv] == bestCost && score[mv] > score[bestMove])) {
						bestMove, bestCost = mv, cost[mv]
					}
				}
				trans.tick()
				if cost[guess] > bestCost {
					trans.update(w.feats, bestMove, guess)
				} else {
					right++
				}
				moves++
				mv := bestMove
				if cost[guess] == bestCost || (epoch > 0 && rng.Float64() < opt.Explore) {
					mv = guess
				}
				label := uint8(0)
				if mv != moveShift {
					h, d := st.arcOf(mv)
					label = m.trainLabel(lab, &w, h, d, gold, glab)
					if h == gold[d] {
						arcs++
						if label == glab[d] {
							arcsRight++
						}
					}
				}
				st.apply(mv, label)
			}
		}
		fmt.Fprintf(log, "nlp: parser epoch %d/%d: moves %.2f%% right, labels %.2f%% right on training (%s)\n",
			epoch+1, opt.ParseEpochs, 100*float64(right)/float64(max(moves, 1)),
			100*float64(arcsRight)/float64(max(arcs, 1)), time.Since(start).Round(time.Millisecond))
	}
	m.trans = compact(trans.averaged(opt.MinParseWeigh))
	m.labeller = lab.averaged(opt.MinParseWeigh)
}

// fillTraining sets w's view of a training sentence with its
// jackknifed tags.
func (m *Model) fillTraining(w *workspace, toks []Token, tags [2][]uint8) {
	w.ws = w.ws[:0]
	for i := range toks {
		w.ws = append(w.ws, describe(&toks[i], i))
	}
	w.si.fill(w.ws, tags[0], tags[1], m.punct())
	if m.templates >= 3 {
		w.si.fill3(w.ws, tags[0], m.verb())
	}
}

// trainLabel predicts the relation of the arc h → d, learning from it
// when the arc is a gold one.
func (m *Model) trainLabel(lab *perceptron, w *workspace, h, d int32, gold []int32, glab []uint8) uint8 {
	if h == 0 {
		return uint8(m.rootLabel)
	}
	guess := m.predictLabel(lab, w, h, d)
	if gold[d] == h {
		lab.tick()
		lab.update(w.feats, int(glab[d]), guess)
	}
	return uint8(guess)
}

// projectiveHeads returns the gold heads (index 0 = root, unused) made
// projective by lifting: while an arc crosses another, its dependent
// moves up to its head's head. The relations stay.
func projectiveHeads(toks []Token, heads []int32, labs []uint8, labIndex map[string]int) ([]int32, []uint8) {
	n := len(toks)
	heads = fill32(heads, n+1, 0)
	labs = fill8(labs, n+1, 0)
	for i := range toks {
		heads[i+1] = int32(toks[i].Head)
		labs[i+1] = uint8(labIndex[toks[i].Deprel])
	}
	for {
		d := shortestNonProjective(heads)
		if d < 0 {
			return heads, labs
		}
		heads[d] = heads[heads[d]]
	}
}

// shortestNonProjective returns the dependent of the shortest arc that
// some token between its ends does not descend from, or -1.
func shortestNonProjective(heads []int32) int32 {
	best, bestLen := int32(-1), int32(1<<30)
	for d := int32(1); d < int32(len(heads)); d++ {
		h := heads[d]
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen || h == 0 {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !descends(heads, k, h) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// descends reports whether k is h or below h.
func descends(heads []int32, k, h int32) bool {
	for steps := 0; k > 0 && steps < len(heads); steps++ {
		if k == h {
			return true
		}
		k = heads[k]
	}
	return k == h
}
