package nlp

import (
	_ "embed" // the model
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// Model is a trained tagger and parser. It is read-only once loaded and
// safe for concurrent use by many goroutines.
type Model struct {
	tagger    tagger
	labels    []string    // dependency relations, in class order
	rootLabel int         // the class of "root"
	trans     scorer      // scores the moves of the transition system
	labeller  scorer      // scores the relation of a new arc
	templates uint8       // the parser's feature templates: 1 (parser.go), 2 (templates2.go), 3 (templates3.go), 4 (templates4.go) or 5 (templates5.go)
	relabel   *Relabeller // relabels the finished tree (nil: none); Load gives the embedded one
	beam      BeamOptions // the parser's beam search; width 0 or 1: greedy

	pool sync.Pool // of *workspace
}

// workspace holds one annotation's buffers, reused across sentences.
type workspace struct {
	ws     []wordInfo
	us, xs []uint8
	tsc    tagScratch
	si     sentInfo
	st     parseState
	feats  []uint64
	scores []float32
	batch  []*Sentence // the sentences being annotated
	infos  []sentInfo  // of each sentence of batch, between tagging and parsing

	labScores []float32 // the labeller's scores of each token's arc, for the relabeller
	// labGroup keeps labScores of each sentence of a group parsed
	// before any is relabelled (annotate, relabelGroup).
	labGroup [][]float32
	relabel  relabelScratch // the relabeller's view of the sentence
	beam     beamScratch    // the parser's beam (Model.beam above 1)
	beamGold parseState     // the gold configuration, training for the beam (beamtrain.go)
}

// embeddedModel is the model, trained by cmd/nlptrain. Loading reads
// it where the executable holds it, without a copy.
//
//go:embed model/en_ewt.model
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loading it on first use; every
// caller in the process shares it. It parses with DefaultBeamOptions'
// beam: the most accurate parse, at about a quarter of Greedy's speed.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = loadModel(embeddedModel)
	})
	return defaultModel, defaultErr
}

var (
	greedyOnce  sync.Once
	greedyModel *Model
)

// Greedy returns the embedded model parsing greedily (a beam of one),
// shared by every caller in the process. It is what extraction reads:
// about four times faster than Default and about one point of UAS
// lower, and the beam's better trees did not change what extraction
// finds on our gold sets (BENCHMARKS.md, "A beam over the parser's
// moves"), while an article's cost doubled.
func Greedy() (*Model, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	greedyOnce.Do(func() {
		greedyModel = m.WithBeam(BeamOptions{Width: 1})
	})
	return greedyModel, nil
}

// Parse splits text into sentences and tokens (Tokenize) and tags and
// parses each sentence (AnnotateAll). Token offsets are byte offsets
// into text.
func (m *Model) Parse(text string) []Sentence {
	sents := Tokenize(text)
	m.AnnotateAll(sents)
	return sents
}

// Annotate tags, lemmatises and parses a tokenised sentence in place,
// setting every token's UPOS, XPOS, Lemma, Head and Deprel.
func (m *Model) Annotate(s *Sentence) {
	w := m.workspace()
	defer m.pool.Put(w)
	w.batch = append(w.batch[:0], s)
	m.annotate(w)
}

// AnnotateAll annotates each sentence as Annotate does, with the same
// results, but tags them all before parsing any: the tagger's tables
// and the parser's are each bigger than the caches, and taking them in
// turn, sentence after sentence, makes each evict the other (a quarter
// less CPU time on PUD's 1,000 sentences).
func (m *Model) AnnotateAll(sents []Sentence) {
	w := m.workspace()
	defer m.pool.Put(w)
	w.batch = w.batch[:0]
	for i := range sents {
		w.batch = append(w.batch, &sents[i])
	}
	m.annotate(w)
	clear(w.batch) // keep no sentence alive from the pool
}

func (m *Model) workspace() *workspace {
	if w, _ := m.pool.Get().(*workspace); w != nil {
		return w
	}
	return &workspace{}
}

// annotate tags and lemmatises the sentences of w.batch, keeping each
// one's sentInfo, then parses them.
func (m *Model) annotate(w *workspace) {
	for len(w.infos) < len(w.batch) {
		w.infos = append(w.infos, sentInfo{})
	}
	for k, s := range w.batch {
		if len(s.Tokens) == 0 {
			continue
		}
		m.tagSentence(s, w)
		// Swapped, not copied: w.si's buffers go to the next sentence.
		w.si, w.infos[k] = w.infos[k], w.si
	}
	for from := 0; from < len(w.batch); from += relabelGroup {
		m.parseGroup(w, from, min(from+relabelGroup, len(w.batch)))
	}
}

// relabelGroup is how many sentences annotate parses before it
// relabels them and runs the rules after parsing. The relabeller's
// table (1.5 MB) is read while the parser's and the labeller's are not,
// as tagging a batch before parsing it keeps the tagger's apart
// (BENCHMARKS.md, "The relabeller apart from parsing"); a sentence's
// relabelling reads only its own tree and labeller scores, so the
// results are those of parsing, relabelling and applying the rules to
// one sentence after the other. A group's scores are about 5 KB a
// sentence.
const relabelGroup = 32

// parseGroup parses the sentences batch[from:to] of w, tagged (their
// parser's views in w.infos), then relabels them and applies the rules.
func (m *Model) parseGroup(w *workspace, from, to int) {
	for len(w.labGroup) < to-from {
		w.labGroup = append(w.labGroup, nil)
	}
	for k := from; k < to; k++ {
		s := w.batch[k]
		if len(s.Tokens) == 0 {
			continue
		}
		w.si, w.infos[k] = w.infos[k], w.si
		w.labScores, w.labGroup[k-from] = w.labGroup[k-from], w.labScores
		m.parseTree(s, w)
		w.labScores, w.labGroup[k-from] = w.labGroup[k-from], w.labScores
		w.si, w.infos[k] = w.infos[k], w.si
	}
	for k := from; k < to; k++ {
		if s := w.batch[k]; len(s.Tokens) > 0 {
			m.finishTree(s, w, w.labGroup[k-from])
		}
	}
}

// tagSentence tags and lemmatises s, leaving the parser's view of it in
// w.si.
func (m *Model) tagSentence(s *Sentence, w *workspace) {
	m.tag(s.Tokens, w)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.UPOS, t.XPOS = m.tagger.upos[w.us[i]], m.tagger.xpos[w.xs[i]]
	}
	Lemmatize(s)
}

// parseSentence parses s, tagged already, from the parser's view of it
// in w.si, and sets every token's Head and Deprel.
func (m *Model) parseSentence(s *Sentence, w *workspace) {
	m.parseTree(s, w)
	m.finishTree(s, w, w.labScores)
}

// parseTree parses s, tagged already, from the parser's view of it in
// w.si, and sets every token's Head and Deprel as the parser and its
// labeller read them, leaving the labeller's scores of each token's arc
// in w.labScores.
func (m *Model) parseTree(s *Sentence, w *workspace) {
	if m.relabel != nil {
		w.labScores = zeroed(w.labScores, (len(s.Tokens)+1)*len(m.labels))
	}
	if m.beam.Width > 1 {
		m.parseBeam(w, m.beam.Width)
	} else {
		m.parse(w)
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Head = int(w.st.heads[i+1])
		t.Deprel = m.labels[w.st.labels[i+1]]
	}
}

// finishTree relabels the tree parseTree left in s, from the labeller's
// scores labScores, and applies the rules after parsing.
func (m *Model) finishTree(s *Sentence, w *workspace, labScores []float32) {
	m.relabel.relabel(s, labScores, m.labels, &w.relabel)
	applyRules(s)
}

// tag fills w's word infos and tag classes for toks.
func (m *Model) tag(toks []Token, w *workspace) {
	n := len(toks)
	w.ws = w.ws[:0]
	for i := range toks {
		w.ws = append(w.ws, describe(&toks[i], i))
	}
	w.us = fill8(w.us, n, 0)
	w.xs = fill8(w.xs, n, 0)
	m.tagger.tag(w.ws, w.us, w.xs, &w.tsc, true)
	m.tagger.unseenCapitalsAreNames(w.ws, w.us, w.xs, &w.tsc)
	m.tagger.unseenTitleBeforeNameIsNoun(w.ws, w.us, w.xs, &w.tsc)
	m.tagger.givenNameReadAsVerbIsName(w.ws, w.us, w.xs)
	m.tagger.tagRules(toks, w.ws, w.us, w.xs)
	w.si.fill(w.ws, w.us, w.xs, m.punct())
	if m.templates >= 3 {
		w.si.fill3(w.ws, w.us, m.verb())
	}
}

// tagRules runs the rules that correct the tagger's classes from the
// words and their spacing alone (unseenCapitalsAreNames, which asks the
// model what it saw, runs before them). Training can run them on the
// jackknifed tags the parser learns from (TrainOptions.RuleTags).
func (t *tagger) tagRules(toks []Token, ws []wordInfo, us, xs []uint8) {
	t.pluralPossessiveIsPart(toks, ws, us, xs)
	t.participleOpeningNoFiniteClauseIsPast(ws, us, xs)
	t.existentialBeIsVerb(ws, us, xs)
	t.haveBeforeParticipleIsAux(ws, us, xs)
	t.haveBeforeObjectIsVerb(ws, us, xs)
	t.conjunctionBeforeClauseIsMarker(ws, us, xs)
	t.nounAfterToBeforeObjectIsVerb(ws, us, xs)
	t.hyphenBySpacing(toks, ws, xs)
	t.quoteBySpacing(toks, ws, xs)
}

// fill sets the parser's view of the sentence from the tagger's.
func (si *sentInfo) fill(ws []wordInfo, us, xs []uint8, punct uint8) {
	n := len(ws)
	si.w = append(si.w[:0], rootWord)
	si.p = append(si.p[:0], rootTag)
	si.u = append(si.u[:0], rootTag)
	si.commas = append(si.commas[:0], 0)
	si.puncts = append(si.puncts[:0], 0)
	comma := hashString(",")
	var c, p int32
	for i := 0; i < n; i++ {
		si.w = append(si.w, ws[i].lower)
		si.p = append(si.p, uint64(xs[i]))
		si.u = append(si.u, uint64(us[i]))
		switch {
		case ws[i].lower == comma:
			c++
		case us[i] == punct:
			p++
		}
		si.commas = append(si.commas, c)
		si.puncts = append(si.puncts, p)
	}
}

// parse runs the transition system greedily over the sentence in w.si.
func (m *Model) parse(w *workspace) {
	st := &w.st
	st.reset(len(w.si.w) - 1)
	var ok [nMoves]bool
	for !st.terminal() {
		st.valid(&ok)
		mv := onlyMove(&ok)
		if mv < 0 {
			w.feats = m.moveFeatures(w.feats[:0], st, &w.si)
			w.scores = zeroed(w.scores, nMoves)
			m.trans.score(w.feats, w.scores)
			mv = argmax(w.scores, ok[:])
		}
		st.apply(mv, m.labelArc(w, mv))
	}
}

// onlyMove returns the move when exactly one is allowed, else -1. Such
// a move needs no scoring (argmax over the allowed moves would pick it
// whatever the scores): the shift out of a stack holding only the root,
// and the right arcs that empty the stack once the buffer is empty, a
// tenth of PUD's configurations, whose move features are the costly
// lookups.
func onlyMove(ok *[nMoves]bool) int {
	only := -1
	for mv, allowed := range ok {
		if allowed {
			if only >= 0 {
				return -1
			}
			only = mv
		}
	}
	return only
}

// moveFeatures appends the move features of the model's templates.
func (m *Model) moveFeatures(f []uint64, s *parseState, si *sentInfo) []uint64 {
	switch m.templates {
	case 2:
		return parseFeatures2(f, s, si)
	case 3:
		return parseFeatures3(f, s, si)
	case 4:
		return parseFeatures4(f, s, si)
	case 5:
		s.hq.drop = &moveTemplates5Drop
		f = parseFeatures4(f, s, si)
		s.hq.drop = nil
		return f
	}
	return parseFeatures(f, s, si)
}

// punct returns the UPOS class of punctuation.
func (m *Model) punct() uint8 {
	for i, u := range m.tagger.upos {
		if u == "PUNCT" {
			return uint8(i)
		}
	}
	return 0xff
}

// verb returns the UPOS class of verbs.
func (m *Model) verb() uint8 {
	for i, u := range m.tagger.upos {
		if u == "VERB" {
			return uint8(i)
		}
	}
	return 0xff
}

// labelArc returns the relation of the arc move mv would make (0 for a
// shift).
func (m *Model) labelArc(w *workspace, mv int) uint8 {
	if mv == moveShift {
		return 0
	}
	h, d := w.st.arcOf(mv)
	if h == 0 {
		return uint8(m.rootLabel)
	}
	l := m.predictLabel(m.labeller, w, h, d)
	if m.relabel != nil {
		copy(w.labScores[int(d)*len(m.labels):], w.scores)
	}
	return uint8(l)
}

// predictLabel returns the best relation for h → d other than root.
func (m *Model) predictLabel(lab scorer, w *workspace, h, d int32) int {
	return m.predictLabelOn(lab, w, &w.st, h, d)
}

// predictLabelOn returns the best relation for h → d other than root in
// configuration st.
func (m *Model) predictLabelOn(lab scorer, w *workspace, st *parseState, h, d int32) int {
	w.feats = m.arcFeatures(w.feats[:0], st, &w.si, h, d)
	return m.bestLabel(lab, w)
}

// arcFeatures appends the labeller's features of the model's templates
// for the arc h → d being made in configuration st.
func (m *Model) arcFeatures(f []uint64, st *parseState, si *sentInfo, h, d int32) []uint64 {
	switch m.templates {
	case 2:
		return labelFeatures2(f, st, si, h, d)
	case 3:
		return labelFeatures3(f, st, si, h, d)
	case 4:
		return labelFeatures4(f, st, si, h, d)
	case 5:
		st.hq.drop = &labelTemplates5Drop
		f = labelFeatures4(f, st, si, h, d)
		st.hq.drop = nil
		return f
	}
	return labelFeatures(f, st, si, h, d)
}

// bestLabel scores the relations of the arc whose features are w.feats
// into w.scores and returns the best other than root.
func (m *Model) bestLabel(lab scorer, w *workspace) int {
	w.scores = zeroed(w.scores, len(m.labels))
	lab.score(w.feats, w.scores)
	w.scores[m.rootLabel] = float32(math.Inf(-1))
	return argmax(w.scores, nil)
}

// Model files before v6 are gzip-compressed binary: a magic line, the class
// names, the tag dictionary, then four linear models (UPOS, XPOS,
// moves, relations). A linear model is its class count, scale and row
// count, then per row the feature hash and the nonzero weights as
// (class, zigzag varint) pairs.
const modelMagic = "newsgraph nlp model v2\n"

// modelMagic3 marks a model with a two-pass tagger: a fifth linear
// model, the second UPOS pass, follows the four.
const modelMagic3 = "newsgraph nlp model v3\n"

// modelMagic4 marks a model with the UPOS sets of frequent words: the
// number of linear models (4, or 5 with a second UPOS pass) follows the
// magic, and the sets (word, UPOS bits) follow the tag dictionary.
const modelMagic4 = "newsgraph nlp model v4\n"

// modelMagic5 marks a model whose parser reads other feature templates
// than parser.go's: after the magic, the number of linear models and
// the templates' number (2: templates2.go); then as v4.
const modelMagic5 = "newsgraph nlp model v5\n"

// modelMagic6 marks a model stored flat (flat.go): not compressed, and
// its linear models in fixed-width arrays. After the magic, the number
// of linear models, the templates' number and flags (modelHasSets,
// modelClauseVerbs; Load refuses others);
// then as v4, with the tag sets only when flagged, and the linear
// models flat.
const modelMagic6 = "newsgraph nlp model v6\n"

// modelHasSets flags a v6 model with tag sets.
const modelHasSets = 1

// modelClauseVerbs flags a v6 model whose second tagging pass and
// Penn-tag model read the clause-verb features (clauseverbs.go).
const modelClauseVerbs = 2

// modelKnownFlags are the flags this version reads.
const modelKnownFlags = modelHasSets | modelClauseVerbs

// Save writes the model in the format Load reads (v6).
func (m *Model) Save(w io.Writer) error {
	models := []scorer{m.tagger.umodel, m.tagger.xmodel, m.trans, m.labeller}
	if m.tagger.u2model != nil {
		models = append(models, m.tagger.u2model)
	}
	b := append([]byte(nil), modelMagic6...)
	b = binary.AppendUvarint(b, uint64(len(models)))
	b = binary.AppendUvarint(b, uint64(max(m.templates, 1)))
	flags := uint64(0)
	if m.tagger.sets != nil {
		flags |= modelHasSets
	}
	if m.tagger.clauseVerbs {
		flags |= modelClauseVerbs
	}
	b = binary.AppendUvarint(b, flags)
	for _, list := range [][]string{m.tagger.upos, m.tagger.xpos, m.labels} {
		b = appendStrings(b, list)
	}
	b = binary.AppendUvarint(b, uint64(m.rootLabel))
	words := sortedKeys(m.tagger.dict)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, word := range words {
		p := m.tagger.dict[word]
		b = appendString(b, word)
		b = append(b, p.u, p.x)
	}
	if m.tagger.sets != nil {
		words := sortedKeys(m.tagger.sets)
		b = binary.AppendUvarint(b, uint64(len(words)))
		for _, word := range words {
			b = appendString(b, word)
			b = binary.AppendUvarint(b, uint64(m.tagger.sets[word]))
		}
	}
	for _, s := range models {
		lin := asLinear(s)
		if lin == nil {
			return errors.New("nlp: saving a model still in training")
		}
		b = lin.appendFlat(b)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("nlp: saving model: %w", err)
	}
	return nil
}

// Load reads a model written by Save, in any of its formats (v2–v6).
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: loading model: %w", err)
	}
	return loadModel(data)
}

// loadModel reads a model from data, which it does not keep.
func loadModel(data []byte) (*Model, error) {
	data, err := inflated(data)
	if err != nil {
		return nil, fmt.Errorf("nlp: loading model: %w", err)
	}
	d := &decoder{b: data}
	nmodels, sets, templates, flat, clause := 4, false, uint64(1), false, false
	switch string(d.bytes(len(modelMagic))) {
	case modelMagic:
	case modelMagic3:
		nmodels = 5
	case modelMagic4, modelMagic5, modelMagic6:
		nmodels, sets = int(d.uvarint()), true
		if nmodels != 4 && nmodels != 5 {
			return nil, fmt.Errorf("nlp: loading model: %d linear models, want 4 or 5", nmodels)
		}
		if magic := string(data[:len(modelMagic5)]); magic != modelMagic4 {
			templates = d.uvarint()
			if templates < 1 || templates > 5 || magic == modelMagic5 && templates == 1 {
				return nil, fmt.Errorf("nlp: loading model: feature templates %d, want 1 to 5 (2 to 5 in v5)", templates)
			}
		}
		if string(data[:len(modelMagic6)]) == modelMagic6 {
			flat = true
			flags := d.uvarint()
			if flags&^modelKnownFlags != 0 {
				return nil, fmt.Errorf("nlp: loading model: unknown flags %#x", flags&^modelKnownFlags)
			}
			sets, clause = flags&modelHasSets != 0, flags&modelClauseVerbs != 0
		}
	default:
		return nil, errors.New("nlp: loading model: not a newsgraph nlp model (bad magic)")
	}
	m := &Model{templates: uint8(templates)}
	m.tagger.clauseVerbs = clause
	m.tagger.upos = d.strings()
	m.tagger.xpos = d.strings()
	m.labels = d.strings()
	m.rootLabel = int(d.uvarint())
	nd := d.uvarint()
	m.tagger.dict = make(map[string]tagPair, min(nd, 1<<20))
	for i := uint64(0); i < nd && d.err == nil; i++ {
		word := d.string()
		p := d.bytes(2)
		if p != nil {
			m.tagger.dict[word] = tagPair{p[0], p[1]}
		}
	}
	if sets {
		ns := d.uvarint()
		m.tagger.sets = make(map[string]uint32, min(ns, 1<<20))
		for i := uint64(0); i < ns && d.err == nil; i++ {
			word := d.string()
			m.tagger.sets[word] = uint32(d.uvarint())
		}
	}
	lins := make([]scorer, nmodels)
	rows := make([]*sparseRows, nmodels) // a flat file's sparse models, not yet in tables
	for i := range lins {
		if flat {
			lins[i], rows[i] = d.flatModel()
		} else {
			lins[i] = d.linear()
		}
	}
	if d.err == nil && flat && len(d.b) != 0 {
		d.fail("end (bytes after the last model)")
	}
	if d.err != nil {
		return nil, fmt.Errorf("nlp: loading model: %w", d.err)
	}
	// The tagger's models in one table (joint.go), when all are sparse.
	tagRows := []*sparseRows{rows[0], rows[1]}
	if nmodels == 5 {
		tagRows = []*sparseRows{rows[0], rows[4], rows[1]}
	}
	if !slices.Contains(tagRows, nil) {
		joint := joinSparse(tagRows)
		for i, r := range rows {
			if k := slices.Index(tagRows, r); k >= 0 {
				lins[i], rows[i] = joint[k], nil
			}
		}
	}
	for i, r := range rows {
		if r != nil {
			lins[i] = r.table()
		}
	}
	m.tagger.umodel, m.tagger.xmodel, m.trans, m.labeller = lins[0], lins[1], lins[2], lins[3]
	if nmodels == 5 {
		m.tagger.u2model = lins[4]
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("nlp: loading model: %w", err)
	}
	if !flat {
		m.tagger.join()
	}
	if m.relabel, err = embeddedRelabeller(); err != nil {
		return nil, err
	}
	m.beam = DefaultBeamOptions()
	if m.beam.Reranker, err = embeddedReranker(); err != nil {
		return nil, err
	}
	return m, nil
}

// check verifies that the class counts agree with the class names.
func (m *Model) check() error {
	want := []int{len(m.tagger.upos), len(m.tagger.xpos), nMoves, len(m.labels)}
	models := []scorer{m.tagger.umodel, m.tagger.xmodel, m.trans, m.labeller}
	if m.tagger.u2model != nil {
		want, models = append(want, len(m.tagger.upos)), append(models, m.tagger.u2model)
	}
	for i, s := range models {
		if n := classCount(s); n != want[i] {
			return fmt.Errorf("model %d has %d classes, want %d", i, n, want[i])
		}
	}
	if m.rootLabel >= len(m.labels) || len(m.labels) > 64 {
		return fmt.Errorf("bad relation list (%d relations, root %d)", len(m.labels), m.rootLabel)
	}
	for _, p := range m.tagger.dict {
		if int(p.u) >= len(m.tagger.upos) || int(p.x) >= len(m.tagger.xpos) {
			return errors.New("tag dictionary names an unknown tag")
		}
	}
	for w, set := range m.tagger.sets {
		if set == 0 || set>>len(m.tagger.upos) != 0 {
			return fmt.Errorf("UPOS set of %q names no tag or an unknown one", w)
		}
	}
	return nil
}

// decoder reads the model's binary encoding, keeping the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("truncated or corrupt at %s", what)
	}
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n > len(d.b) || n < 0 {
		d.fail("bytes")
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("uvarint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string { return string(d.bytes(int(d.uvarint()))) }

func (d *decoder) strings() []string {
	n := d.uvarint()
	if n > 1024 {
		d.fail("class list")
		return nil
	}
	out := make([]string, 0, n)
	for i := uint64(0); i < n && d.err == nil; i++ {
		out = append(out, d.string())
	}
	return out
}

func (d *decoder) linear() scorer {
	nclass := int(d.uvarint())
	var scale float32
	if sb := d.bytes(4); sb != nil {
		scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	}
	rows := d.uvarint()
	if d.err != nil || nclass < 1 || nclass > maxClasses || rows > uint64(len(d.b)) {
		d.fail("model header")
		return &linear{nclass: 1}
	}
	n := int(rows)
	var (
		sparse *sparseLinear
		small  smallTable
		row    = make([]int16, nclass)
		last   uint64
	)
	if nclass <= 4 {
		small = newSmallTable(nclass, n, scale)
	} else {
		sparse = newSparseLinear(nclass, n, scale)
	}
	for r := 0; r < n && d.err == nil; r++ {
		kb := d.bytes(8)
		if kb == nil {
			break
		}
		key := binary.LittleEndian.Uint64(kb)
		if key <= last {
			d.fail("feature order")
			break
		}
		last = key
		clear(row)
		d.row(row)
		if small != nil {
			small.putSorted(key, row)
		} else {
			sparse.appendRow(key, row)
		}
	}
	if small != nil {
		return small
	}
	return sparse
}

// row reads one row's nonzero weights into row.
func (d *decoder) row(row []int16) {
	nz := d.uvarint()
	for j := uint64(0); j < nz && d.err == nil; j++ {
		if len(d.b) == 0 || int(d.b[0]) >= len(row) {
			d.fail("weights")
			return
		}
		c := d.b[0]
		d.b = d.b[1:]
		v := d.varint()
		if v < math.MinInt16 || v > math.MaxInt16 {
			d.fail("weights")
			return
		}
		row[c] = int16(v)
	}
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, list []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)))
	for _, s := range list {
		b = appendString(b, s)
	}
	return b
}

// Prune returns a copy of the model without the features whose largest
// weight (after scaling) is below minWeight, for smaller files.
func (m *Model) Prune(minWeight float64) *Model {
	out := &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, templates: m.templates, relabel: m.relabel, beam: m.beam}
	out.tagger.umodel = compact(asLinear(m.tagger.umodel).prune(minWeight))
	out.tagger.xmodel = compact(asLinear(m.tagger.xmodel).prune(minWeight))
	if m.tagger.u2model != nil {
		out.tagger.u2model = compact(asLinear(m.tagger.u2model).prune(minWeight))
	}
	out.trans = compact(asLinear(m.trans).prune(minWeight))
	out.labeller = compact(asLinear(m.labeller).prune(minWeight))
	return out
}

func (lin *linear) prune(minWeight float64) *linear {
	n := lin.nclass
	keep := func(row []int16) bool {
		for _, v := range row {
			if abs(float64(v)*float64(lin.scale)) >= minWeight {
				return true
			}
		}
		return false
	}
	kept := 0
	for r := 0; r < lin.table.n; r++ {
		if keep(lin.w[r*n : r*n+n]) {
			kept++
		}
	}
	out := &linear{nclass: n, scale: lin.scale, table: newFeatTable(kept), w: make([]int16, 0, kept*n)}
	for _, k := range lin.table.sortedKeys() {
		row := lin.w[int(lin.table.get(k))*n:][:n]
		if keep(row) {
			out.table.put(k, int32(len(out.w)/n))
			out.table.n++
			out.w = append(out.w, row...)
		}
	}
	return out
}

// Sizes returns the number of features of the UPOS, XPOS, move and
// relation models.
func (m *Model) Sizes() [4]int {
	var out [4]int
	for i, s := range []scorer{m.tagger.umodel, m.tagger.xmodel, m.trans, m.labeller} {
		out[i] = asLinear(s).table.n
	}
	return out
}
