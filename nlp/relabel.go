package nlp

import (
	"bytes"
	_ "embed" // the relabeller
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
)

// A Relabeller is a second stage after parsing: it relabels each arc of
// the finished tree, reading what the parser's labeller cannot see while
// the tree is still being built (the dependent's own dependents, the
// head's other dependents, the punctuation around the dependent's whole
// phrase). It is trained on gold trees only, so it applies to any
// parser model. It is read-only once loaded and safe for concurrent use.
type Relabeller struct {
	labels []string       // relations, in class order
	index  map[string]int // class of each relation
	root   int            // the class of "root", never predicted
	model  scorer

	// margin is how much better (in score units) the relabeller's best
	// relation must be than the parser's for the relabeller to win.
	margin float32

	// parserWeight weighs the parser's own labeller scores, added to
	// the relabeller's.
	parserWeight float32
}

// RelabelOptions sets how TrainRelabeller learns.
type RelabelOptions struct {
	Seed      uint64  // seeds the shuffle of the sentences each epoch
	Epochs    int     // passes over the training set
	MinWeight float64 // features whose averaged weights all stay below are dropped
	Margin    float64 // the margin the relabeller must beat the parser's relation by
	Parser    float64 // the weight of the parser's labeller scores, added to the relabeller's
}

// DefaultRelabelOptions returns the settings of the embedded relabeller.
func DefaultRelabelOptions() RelabelOptions {
	return RelabelOptions{Seed: 1, Epochs: 3, MinWeight: 1, Parser: 3}
}

// relabelScratch holds one sentence's precomputed view.
type relabelScratch struct {
	word, lemma, upos, xpos []uint64
	kidAt, kidBuf           []int32  // children of each token, in text order (see kids)
	first, last             []int32  // the span of each token's subtree
	commas                  []int32  // commas before each token
	marks                   []uint8  // the punctKind of each token
	rel                     []uint64 // hashString of each token's relation
	funcRel                 []bool   // functionRel of each token's relation
	hq                      hashQueue
	feats                   []uint64
	scores                  []float32
	changes                 []relabelChange
}

// TrainRelabeller trains a relabeller on gold trees. It is deterministic:
// the same sentences and options give the same relabeller.
func TrainRelabeller(train []Sentence, opt RelabelOptions, log io.Writer) (*Relabeller, error) {
	labels := classNames(train, func(t *Token) string { return t.Deprel })
	root := slices.Index(labels, "root")
	if root < 0 || len(labels) > maxClasses {
		return nil, fmt.Errorf("nlp: training relabeller: %d relations (root at %d): want root, at most %d", len(labels), root, maxClasses)
	}
	index := indexOf(labels)
	// Lemmas as Lemmatize gives them at parse time, not the treebank's.
	sents := make([]Sentence, len(train))
	for i := range train {
		sents[i].Tokens = slices.Clone(train[i].Tokens)
		for j := range sents[i].Tokens {
			t := &sents[i].Tokens[j]
			t.Lemma = Lemma(t.Text(), t.UPOS, t.XPOS)
		}
	}
	p := newPerceptron(len(labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7e1abe1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var sc relabelScratch
	scores := make([]float32, len(labels))
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		arcs, right := 0, 0
		for _, si := range order {
			s := &sents[si]
			sc.fill(s)
			for d := range s.Tokens {
				t := &s.Tokens[d]
				if t.Head <= 0 || !relabels(t) {
					continue
				}
				sc.feats = relabelFeatures(sc.feats[:0], &sc, s, t.Head-1, d)
				clear(scores)
				p.score(sc.feats, scores)
				scores[root] = float32(math.Inf(-1))
				guess, truth := argmax(scores, nil), index[t.Deprel]
				p.tick()
				p.update(sc.feats, truth, guess)
				arcs++
				if guess == truth {
					right++
				}
			}
		}
		fmt.Fprintf(log, "nlp: relabeller epoch %d/%d: %.2f%% right on training\n", epoch+1, opt.Epochs, 100*float64(right)/float64(max(arcs, 1)))
	}
	return &Relabeller{labels: labels, index: index, root: root, model: compact(p.averaged(opt.MinWeight)), margin: float32(opt.Margin), parserWeight: float32(opt.Parser)}, nil
}

// relabels reports whether the relabeller reads the arc of t: not of
// punctuation and function words, whose relation the parser's labeller
// gets right nearly always (relabelling them gained 3 arcs of EWT dev's
// 25,147 and cost a third of the relabeller's time).
func relabels(t *Token) bool {
	switch t.UPOS {
	case "PUNCT", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART":
		return false
	}
	return true
}

// relabel relabels the arcs of a parsed sentence, with sc for its
// buffers. parser holds the parser's labeller scores of each
// token's arc (token i's at (i+1)·len(labels)), over the relations
// labels; they join the relabeller's, weighted by r.parserWeight, when
// labels are the relabeller's own.
func (r *Relabeller) relabel(s *Sentence, parser []float32, labels []string, sc *relabelScratch) {
	if r == nil || len(s.Tokens) == 0 {
		return
	}
	if !slices.Equal(labels, r.labels) {
		parser = nil
	}
	sc.fill(s)
	// Decide every arc from the parser's tree, then write: a relation
	// changed early must not change the features of a later arc.
	sc.changes = sc.changes[:0]
	nl := len(r.labels)
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Head <= 0 || !relabels(t) || coreRels[t.Deprel] {
			continue
		}
		sc.feats = relabelFeatures(sc.feats[:0], sc, s, t.Head-1, d)
		sc.scores = zeroed(sc.scores, nl)
		r.model.score(sc.feats, sc.scores)
		if parser != nil {
			for c, v := range parser[(d+1)*nl : (d+2)*nl] {
				sc.scores[c] += r.parserWeight * v
			}
		}
		sc.scores[r.root] = float32(math.Inf(-1))
		best := argmax(sc.scores, nil)
		if rel := r.labels[best]; rel == t.Deprel || coreRels[rel] || !decidedRels[rel] && !decidedRels[t.Deprel] {
			continue
		}
		if cur, ok := r.index[t.Deprel]; ok && sc.scores[best]-sc.scores[cur] <= r.margin {
			continue
		}
		if clausalRels[r.labels[best]] && isNominal(t.UPOS) && !headsClause(s, sc, d) {
			continue // a bare noun is no clause, whatever stands around it
		}
		sc.changes = append(sc.changes, relabelChange{d, r.labels[best]})
	}
	for _, c := range sc.changes {
		s.Tokens[c.d].Deprel = c.rel
	}
}

// The relabeller decides between the relations of clauses, lists and
// appositions (decidedRels): a change must leave or reach one of them.
// It never touches the core arguments (coreRels), which the parser gets
// right more often and extraction reads first: on EWT dev its changes
// there gained 9 arcs for 126 changed, its changes between other
// relations (modifiers) lost 6 of 62, while those to or from the
// decided relations gained 40 of 208.
var (
	decidedRels = map[string]bool{"conj": true, "appos": true, "ccomp": true, "parataxis": true, "xcomp": true, "advcl": true,
		"list": true, "acl": true, "acl:relcl": true, "csubj": true, "dep": true}
	coreRels = map[string]bool{"nsubj": true, "obj": true, "iobj": true, "nsubj:pass": true, "csubj": true, "expl": true,
		"nsubj:outer": true, "obl:agent": true}
)

// clausalRels are the relations of clauses.
var clausalRels = map[string]bool{"ccomp": true, "xcomp": true, "csubj": true, "advcl": true, "acl": true, "acl:relcl": true, "parataxis": true}

// headsClause reports whether token d has a copula, a subject or a
// marker: a noun that heads a clause ("she is a doctor").
func headsClause(s *Sentence, sc *relabelScratch, d int) bool {
	for _, k := range sc.kids(d) {
		switch s.Tokens[k].Deprel {
		case "cop", "nsubj", "nsubj:pass", "mark":
			return true
		}
	}
	return false
}

// relabelChange is a new relation for token d.
type relabelChange struct {
	d   int
	rel string
}

// kids returns the children of token i (0-based), in text order.
func (sc *relabelScratch) kids(i int) []int32 { return sc.kidBuf[sc.kidAt[i]:sc.kidAt[i+1]] }

// fill computes the sentence's view: hashes, children and subtree spans.
func (sc *relabelScratch) fill(s *Sentence) {
	n := len(s.Tokens)
	sc.word, sc.lemma = sc.word[:0], sc.lemma[:0]
	sc.upos, sc.xpos = sc.upos[:0], sc.xpos[:0]
	sc.commas, sc.marks = sc.commas[:0], sc.marks[:0]
	sc.rel, sc.funcRel = sc.rel[:0], sc.funcRel[:0]
	var commas int32
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w := t.Text()
		sc.word = append(sc.word, hashLower(w))
		sc.lemma = append(sc.lemma, hashLower(t.Lemma))
		sc.upos = append(sc.upos, hashString(t.UPOS))
		sc.xpos = append(sc.xpos, hashString(t.XPOS))
		sc.commas = append(sc.commas, commas)
		sc.marks = append(sc.marks, punctKind(w))
		sc.rel = append(sc.rel, hashString(t.Deprel))
		sc.funcRel = append(sc.funcRel, functionRel(t.Deprel))
		if w == "," {
			commas++
		}
	}
	sc.commas = append(sc.commas, commas)
	// Children in one buffer: token i's are kidBuf[kidAt[i]:kidAt[i+1]].
	// Counted at i+2, summed, kidAt[i+1] is where token i's start.
	sc.kidAt = fill32(sc.kidAt, n+2, 0)
	for i := range s.Tokens {
		if h := s.Tokens[i].Head; h > 0 && h <= n {
			sc.kidAt[h+1]++
		}
	}
	for i := 1; i < n+2; i++ {
		sc.kidAt[i] += sc.kidAt[i-1]
	}
	sc.kidBuf = fill32(sc.kidBuf, int(sc.kidAt[n+1]), 0)
	for i := range s.Tokens {
		if h := s.Tokens[i].Head; h > 0 && h <= n {
			sc.kidBuf[sc.kidAt[h]] = int32(i)
			sc.kidAt[h]++
		}
	}
	// Each kidAt[i+1] has moved from the start of token i's children
	// to their end, the start of token i+1's.
	sc.first = fill32(sc.first, n, 0)
	sc.last = fill32(sc.last, n, 0)
	for i := range s.Tokens {
		sc.first[i], sc.last[i] = int32(i), int32(i)
	}
	// Widen each ancestor's span by each token (a cycle, which a parse
	// never has, stops after n steps).
	for i := range s.Tokens {
		k := i
		for steps := 0; steps < n; steps++ {
			h := s.Tokens[k].Head
			if h <= 0 || h > n {
				break
			}
			k = h - 1
			sc.first[k] = min(sc.first[k], int32(i))
			sc.last[k] = max(sc.last[k], int32(i))
		}
	}
}

// punctKind numbers the punctuation marks that set phrases apart (0:
// none of them).
func punctKind(w string) uint8 {
	switch w {
	case ",":
		return 1
	case ":":
		return 2
	case ";":
		return 3
	case "-", "--", "–", "—":
		return 4
	case "(", "[":
		return 5
	case ")", "]":
		return 6
	case "\"", "``", "''", "“", "”", "'", "‘", "’":
		return 7
	case ".", "!", "?":
		return 8
	}
	return 0
}

// Relabeller feature templates.
const (
	rfBias = 300 + iota
	rfDWord
	rfDLemma
	rfDUPOS
	rfDXPOS
	rfHWord
	rfHLemma
	rfHUPOS
	rfHXPOS
	rfUU
	rfXX
	rfDLemmaHU
	rfDUHLemma
	rfLemmas
	rfDWordHX
	rfDist
	rfDistUU
	rfCommas
	rfCommasUU
	rfMarks
	rfMarksUU
	rfPrev
	rfPrevDU
	rfPrevUU
	rfNext
	rfNextDU
	rfFirstDU
	rfKid
	rfKidDU
	rfKidLemma
	rfKidLemmaHU
	rfKidsNone
	rfSib
	rfSibDU
	rfHRel
	rfHRelUU
	rfHHead
	rfEnd
	rfShape
	rfBefore
	rfAfter
	rfKidHRel
	rfSibLemma
)

// relabelFeatures appends the features of the arc h → d (0-based),
// hashed together in sc.hq (feat1, feat2 and feat3 of the templates
// above, in the order of the calls).
func relabelFeatures(f []uint64, sc *relabelScratch, s *Sentence, h, d int) []uint64 {
	n := len(s.Tokens)
	dw, dl, du, dx := sc.word[d], sc.lemma[d], sc.upos[d], sc.xpos[d]
	hw, hl, hu, hx := sc.word[h], sc.lemma[h], sc.upos[h], sc.xpos[h]
	uu := mix(du, hu)
	b := newBuilder(rfBias-1, &sc.hq)
	b = b.add1(0)
	b = b.add1(dw)
	b = b.add1(dl)
	b = b.add1(du)
	b = b.add1(dx)
	b = b.add1(hw)
	b = b.add1(hl)
	b = b.add1(hu)
	b = b.add1(hx)
	b = b.add1(uu)
	b = b.add2(dx, hx)
	b = b.add2(dl, hu)
	b = b.add2(du, hl)
	b = b.add2(dl, hl)
	b = b.add2(dw, hx)
	// Direction and distance.
	dist := d - h
	db := uint64(bucket(abs(float64(dist))))
	if dist < 0 {
		db |= 16
	}
	b = b.add1(db)     // rfDist
	b = b.add2(db, uu) // rfDistUU
	// Commas and other marks between head and dependent.
	lo, hi := min(h, d), max(h, d)
	c := uint64(min(sc.commas[hi]-sc.commas[lo+1], 2))
	var marks uint64
	for k := lo + 1; k < hi; k++ {
		marks |= 1 << sc.marks[k]
	}
	marks &^= 1           // "none"
	b = b.add2(c, db>>4)  // rfCommas
	b = b.add2(c, uu)     // rfCommasUU
	b = b.add1(marks)     // rfMarks
	b = b.add2(marks, uu) // rfMarksUU
	// What stands around the dependent's phrase.
	first, last := int(sc.first[d]), int(sc.last[d])
	prev, next := uint64(1), uint64(2) // sentence start, end
	if first > 0 {
		prev = sc.word[first-1]
	}
	if last+1 < n {
		next = sc.word[last+1]
	}
	b = b.add1(prev)               // rfPrev
	b = b.add2(prev, du)           // rfPrevDU
	b = b.add2(prev, uu)           // rfPrevUU
	b = b.add1(next)               // rfNext
	b = b.add2(next, du)           // rfNextDU
	b = b.add2(sc.word[first], du) // rfFirstDU
	end := uint64(0)
	if last+1 >= n || (last+2 == n && sc.marks[n-1] == 8) {
		end = 1
	}
	b = b.from(rfEnd-1).add2(end, du)
	// The words right beside the dependent.
	before, after := uint64(1), uint64(2)
	if d > 0 {
		before = sc.word[d-1]
	}
	if d+1 < n {
		after = sc.word[d+1]
	}
	b = b.from(rfBefore-1).add2(before, du)
	b = b.add2(after, du) // rfAfter
	// The dependent's own dependents.
	kids := sc.kids(d)
	if len(kids) == 0 {
		b = b.from(rfKidsNone-1).add2(du, hu)
	}
	for _, k := range kids {
		b, f = b.room(f)
		rel := sc.rel[k]
		side := uint64(0)
		if int(k) > d {
			side = 1
		}
		b = b.from(rfKid-1).add2(rel, side)
		b = b.add3(rel, side, du) // rfKidDU
		if sc.funcRel[k] {
			b = b.add2(rel, sc.lemma[k])     // rfKidLemma
			b = b.add3(rel, sc.lemma[k], hu) // rfKidLemmaHU
		}
	}
	// The head's other dependents, and the head's own attachment.
	for _, k := range sc.kids(h) {
		if int(k) == d || s.Tokens[k].UPOS == "PUNCT" {
			continue
		}
		b, f = b.room(f)
		rel := sc.rel[k]
		side := uint64(0)
		if int(k) > d {
			side = 1
		}
		b = b.from(rfSib-1).add2(rel, side)
		b = b.add3(rel, side, du) // rfSibDU
		if sc.funcRel[k] {
			b = b.from(rfSibLemma-1).add3(rel, sc.lemma[k], du)
		}
	}
	hrel, hh := sc.rel[h], uint64(3)
	if g := s.Tokens[h].Head; g > 0 && g <= n {
		hh = sc.upos[g-1]
	}
	b = b.from(rfHRel - 1).add1(hrel)
	b = b.add2(hrel, uu) // rfHRelUU
	b = b.add2(hh, uu)   // rfHHead
	b = b.from(rfShape-1).add2(uint64(shapeOf(s.Tokens[d].Text())), uint64(shapeOf(s.Tokens[h].Text())))
	return b.done(f)
}

// bucket groups distances: 1, 2, 3, 4, 5–6, 7–10, 11+.
func bucket(x float64) int {
	switch {
	case x <= 4:
		return int(x)
	case x <= 6:
		return 5
	case x <= 10:
		return 6
	}
	return 7
}

// functionRel names the relations whose word says more than its tag
// ("that", "if", "to", "of", "and").
func functionRel(rel string) bool {
	switch rel {
	case "mark", "case", "cc", "aux", "aux:pass", "cop", "det", "advmod", "nsubj", "expl":
		return true
	}
	return false
}

// shapeOf classes a word: 1 capitalised, 2 digits, 3 other.
func shapeOf(w string) uint8 {
	if w == "" {
		return 0
	}
	switch c := w[0]; {
	case 'A' <= c && c <= 'Z':
		return 1
	case '0' <= c && c <= '9':
		return 2
	}
	return 3
}

// The relabeller file is binary: a magic line, the relations, the
// root's class, the margin and the parser's weight, then one linear
// model, flat (flat.go) since v2, gzip-compressed with varint weights
// in v1.
const (
	relabelMagic  = "newsgraph nlp relabeller v1\n"
	relabelMagic2 = "newsgraph nlp relabeller v2\n"
)

// Save writes the relabeller in the format LoadRelabeller reads (v2).
func (r *Relabeller) Save(w io.Writer) error {
	lin := asLinear(r.model)
	if lin == nil {
		return errors.New("nlp: saving a relabeller still in training")
	}
	b := append([]byte(relabelMagic2), appendStrings(nil, r.labels)...)
	b = binary.AppendUvarint(b, uint64(r.root))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(r.margin))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(r.parserWeight))
	b = lin.appendFlat(b)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("nlp: saving relabeller: %w", err)
	}
	return nil
}

// LoadRelabeller reads a relabeller written by Save, v1 or v2.
func LoadRelabeller(rd io.Reader) (*Relabeller, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("nlp: loading relabeller: %w", err)
	}
	return loadRelabeller(data)
}

// loadRelabeller reads a relabeller from data, which it does not keep.
func loadRelabeller(data []byte) (*Relabeller, error) {
	data, err := inflated(data)
	if err != nil {
		return nil, fmt.Errorf("nlp: loading relabeller: %w", err)
	}
	flat := bytes.HasPrefix(data, []byte(relabelMagic2))
	if !flat && !bytes.HasPrefix(data, []byte(relabelMagic)) {
		return nil, errors.New("nlp: loading relabeller: not a newsgraph relabeller (bad magic)")
	}
	d := &decoder{b: data[len(relabelMagic):]}
	r := &Relabeller{labels: d.strings(), root: int(d.uvarint())}
	if mb := d.bytes(4); mb != nil {
		r.margin = math.Float32frombits(binary.LittleEndian.Uint32(mb))
	}
	if pb := d.bytes(4); pb != nil {
		r.parserWeight = math.Float32frombits(binary.LittleEndian.Uint32(pb))
	}
	if flat {
		r.model = d.flatLinear()
		if d.err == nil && len(d.b) != 0 {
			d.fail("end (bytes after the model)")
		}
	} else {
		r.model = d.linear()
	}
	r.index = indexOf(r.labels)
	if d.err != nil {
		return nil, fmt.Errorf("nlp: loading relabeller: %w", d.err)
	}
	if r.root >= len(r.labels) || len(r.labels) > maxClasses || classCount(r.model) != len(r.labels) {
		return nil, fmt.Errorf("nlp: loading relabeller: %d relations, root %d, model of %d classes", len(r.labels), r.root, classCount(r.model))
	}
	return r, nil
}

// embeddedRelabel is the relabeller, trained by cmd/nlptrain
// -relabeller-only.
//
//go:embed model/en_ewt.relabel
var embeddedRelabel []byte

var (
	relabelOnce sync.Once
	relabelDef  *Relabeller
	relabelErr  error
)

// embeddedRelabeller returns the embedded relabeller, loading it on
// first use; every model shares it.
func embeddedRelabeller() (*Relabeller, error) {
	relabelOnce.Do(func() {
		relabelDef, relabelErr = loadRelabeller(embeddedRelabel)
	})
	return relabelDef, relabelErr
}

// WithRelabeller returns a copy of the model that relabels its trees
// with r (nil: not at all).
func (m *Model) WithRelabeller(r *Relabeller) *Model {
	return &Model{tagger: m.tagger, labels: m.labels, rootLabel: m.rootLabel, trans: m.trans, labeller: m.labeller, templates: m.templates, relabel: r, beam: m.beam}
}

// WithBlend returns a copy of r that adds the parser's labeller scores
// weighted by parser to its own and changes the parser's relation only
// when its best beats it by more than margin.
func (r *Relabeller) WithBlend(parser, margin float64) *Relabeller {
	return &Relabeller{labels: r.labels, index: r.index, root: r.root, model: r.model, margin: float32(margin), parserWeight: float32(parser)}
}
