package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// A Reranker chooses among the beam's complete parses. The beam ranks
// its items by the sum of local move and relation log probabilities,
// which see the tree only as far as it was built; the best of its final
// items has 4.7 points of UAS more than the first on PUD (BENCHMARKS.md
// "Reported clauses, given names, and a reranker measured"). The
// reranker scores each final tree whole: the beam's score times a fixed
// weight plus a linear model over features of the finished tree (each
// arc with its grandparent, adjacent siblings, a head's relations in a
// row, the commas an arc crosses, two dependents of one relation), and
// the best total wins. It is trained by TrainReranker on the final
// items of parsers that did not see the sentences (jackknifed over EWT
// train), and is read-only once loaded.
type Reranker struct {
	beamWeight float64            // the weight of the beam's own score
	weights    map[uint64]float32 // the tree features' weights
	table      *rrTable           // the same, for lookups (loaded rerankers; nil: weights)
}

// rrTable is a reranker's weights in an open-addressed table: a Go
// map's lookups were half of the reranker's cost in a beam's pass.
type rrTable struct {
	keys []uint64 // 0: empty
	vals []float32
	mask uint64
	zero float32 // the weight of feature 0, which cannot be a key
}

// newRRTable returns the weights w in a table at most half full.
func newRRTable(w map[uint64]float32) *rrTable {
	size := 16
	for size < 2*len(w) {
		size *= 2
	}
	t := &rrTable{keys: make([]uint64, size), vals: make([]float32, size), mask: uint64(size - 1)}
	for k, v := range w {
		if k == 0 {
			t.zero = v
			continue
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// get returns the weight of feature k (0 when absent).
func (t *rrTable) get(k uint64) float32 {
	if k == 0 {
		return t.zero
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// rerankScratch is one sentence's view for the reranker's features,
// reused across sentences.
type rerankScratch struct {
	kidAt, kidBuf []int32 // children of each token (0 = root), in text order
	next          []int32
	count         [64]uint8
	feats         []uint64
}

// Tree feature templates (the first value hashed into each feature).
const (
	rrArc = iota + 1
	rrArcWordHead
	rrArcWordDep
	rrArcDist
	rrGrand
	rrSiblings
	rrKidLabels
	rrTwice
	rrCommas
	rrDepKids
	rrRootKids
	rrXPOSPair
	rrGrandWord
)

// rrHash mixes values into a feature hash.
func rrHash(vals ...uint64) uint64 {
	h := uint64(0x6a09e667f3bcc909)
	for _, v := range vals {
		h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
		h ^= h >> 31
		h *= 0xbf58476d1ce4e5b9
	}
	h ^= h >> 29
	return h
}

// distBucket buckets the distance from h to d, signed by direction.
func distBucket(h, d int32) uint64 {
	x := d - h
	sign := uint64(0)
	if x < 0 {
		x, sign = -x, 8
	}
	b := uint64(4)
	switch {
	case x == 1:
		b = 0
	case x == 2:
		b = 1
	case x <= 4:
		b = 2
	case x <= 8:
		b = 3
	}
	return b | sign
}

// fill sets the children lists of the tree heads (index 0 the root).
func (sc *rerankScratch) fill(heads []int32) {
	n := len(heads)
	sc.kidAt = slices.Grow(sc.kidAt[:0], n+1)[:n+1]
	clear(sc.kidAt)
	for d := 1; d < n; d++ {
		if h := heads[d]; h >= 0 {
			sc.kidAt[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		sc.kidAt[i] += sc.kidAt[i-1]
	}
	sc.kidBuf = slices.Grow(sc.kidBuf[:0], n)[:sc.kidAt[n]]
	sc.next = append(sc.next[:0], sc.kidAt[:n]...)
	for d := 1; d < n; d++ {
		if h := heads[d]; h >= 0 {
			sc.kidBuf[sc.next[h]] = int32(d)
			sc.next[h]++
		}
	}
}

func (sc *rerankScratch) kids(h int32) []int32 { return sc.kidBuf[sc.kidAt[h]:sc.kidAt[h+1]] }

// rerankFeatures appends the features of the tree heads, labels (index
// 0 the root) over the sentence si.
func rerankFeatures(f []uint64, si *sentInfo, heads []int32, labels []uint8, sc *rerankScratch) []uint64 {
	sc.fill(heads)
	n := int32(len(heads))
	for d := int32(1); d < n; d++ {
		h := heads[d]
		if h < 0 {
			continue
		}
		l := uint64(labels[d])
		dir := uint64(0)
		if d < h {
			dir = 1
		}
		uh, ud := si.u[h], si.u[d]
		f = append(f,
			rrHash(rrArc, uh, ud, l, dir),
			rrHash(rrArcWordHead, si.w[h], ud, l, dir),
			rrHash(rrArcWordDep, uh, si.w[d], l, dir),
			rrHash(rrArcDist, uh, ud, l, distBucket(h, d)),
			rrHash(rrXPOSPair, si.p[h], si.p[d], l),
		)
		c, p := si.between(h, d)
		f = append(f, rrHash(rrCommas, uh, ud, l, c, p, dir))
		g, gl := int32(-1), uint64(255)
		if h > 0 {
			g, gl = heads[h], uint64(labels[h])
		}
		ug := uint64(255)
		if g >= 0 {
			ug = si.u[g]
		}
		f = append(f, rrHash(rrGrand, ug, uh, ud, gl, l))
		if l != 0 && g >= 0 {
			f = append(f, rrHash(rrGrandWord, si.w[g], gl, l, ud))
		}
		// The relations of d's own children, as a set: a conjunct with
		// its conjunction, a clause with its subject and marker.
		var set uint64
		for _, k := range sc.kids(d) {
			set |= 1 << (labels[k] & 63)
		}
		f = append(f, rrHash(rrDepKids, ud, l, set))
	}
	for h := int32(0); h < n; h++ {
		kids := sc.kids(h)
		if len(kids) == 0 {
			continue
		}
		uh := si.u[h]
		seq := uint64(0x51)
		prev, prevSide := int32(-1), false
		for _, k := range kids {
			side := k > h
			if side && (prev < 0 || !prevSide) {
				seq = rrHash(seq, 0xfe) // the head's position
			}
			seq = rrHash(seq, uint64(labels[k]))
			if prev >= 0 && prevSide == side {
				f = append(f, rrHash(rrSiblings, uh, si.u[prev], si.u[k], uint64(labels[prev]), uint64(labels[k])))
			}
			prev, prevSide = k, side
			c := &sc.count[labels[k]&63]
			*c++
			if *c == 2 {
				f = append(f, rrHash(rrTwice, uh, uint64(labels[k])))
			}
		}
		for _, k := range kids {
			sc.count[labels[k]&63] = 0
		}
		f = append(f, rrHash(rrKidLabels, uh, seq))
		if h == 0 {
			f = append(f, rrHash(rrRootKids, si.u[kids[0]], si.p[kids[0]], uint64(len(kids))))
		}
	}
	return f
}

// score returns the reranker's total for a tree with the beam score
// beam.
func (r *Reranker) score(feats []uint64, beam float64) float64 {
	s := r.beamWeight * beam
	if t := r.table; t != nil {
		for _, f := range feats {
			s += float64(t.get(f))
		}
		return s
	}
	for _, f := range feats {
		s += float64(r.weights[f])
	}
	return s
}

// choose returns the index of the best of the beam's final items,
// ties to the earlier (the beam's order); without a reranker (r nil),
// the first.
func (r *Reranker) choose(items []*beamItem, si *sentInfo, sc *rerankScratch) int {
	if r == nil || len(items) < 2 {
		return 0
	}
	best, bestScore := 0, math.Inf(-1)
	for i, it := range items {
		sc.feats = rerankFeatures(sc.feats[:0], si, it.st.heads, it.st.labels, sc)
		if s := r.score(sc.feats, it.score); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// The reranker's file: a magic line, the beam weight (float64 bits),
// the number of features, then each feature's hash and weight (float32
// bits), little-endian, by hash.
const rerankMagic = "newsgraph nlp reranker v1\n"

// Save writes the reranker in the format LoadReranker reads.
func (r *Reranker) Save(w io.Writer) error {
	keys := make([]uint64, 0, len(r.weights))
	for k := range r.weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := append([]byte(rerankMagic), make([]byte, 16)...)
	binary.LittleEndian.PutUint64(b[len(rerankMagic):], math.Float64bits(r.beamWeight))
	binary.LittleEndian.PutUint64(b[len(rerankMagic)+8:], uint64(len(keys)))
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(r.weights[k]))
	}
	_, err := w.Write(b)
	return err
}

// LoadReranker reads a reranker written by Save.
func LoadReranker(rd io.Reader) (*Reranker, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("nlp: loading reranker: %w", err)
	}
	return loadReranker(data)
}

func loadReranker(data []byte) (*Reranker, error) {
	head := len(rerankMagic) + 16
	if len(data) < head || string(data[:len(rerankMagic)]) != rerankMagic {
		return nil, errors.New("nlp: loading reranker: not a reranker file")
	}
	bw := math.Float64frombits(binary.LittleEndian.Uint64(data[len(rerankMagic):]))
	n := binary.LittleEndian.Uint64(data[len(rerankMagic)+8:])
	if uint64(len(data)-head) != n*12 || math.IsNaN(bw) || math.IsInf(bw, 0) {
		return nil, fmt.Errorf("nlp: loading reranker: %d bytes of features for %d features", len(data)-head, n)
	}
	r := &Reranker{beamWeight: bw, weights: make(map[uint64]float32, n)}
	for p := head; p < len(data); p += 12 {
		w := math.Float32frombits(binary.LittleEndian.Uint32(data[p+8:]))
		if math.IsNaN(float64(w)) || math.IsInf(float64(w), 0) {
			return nil, fmt.Errorf("nlp: loading reranker: feature %d has weight %v", (p-head)/12, w)
		}
		r.weights[binary.LittleEndian.Uint64(data[p:])] = w
	}
	r.table = newRRTable(r.weights)
	return r, nil
}

// Features returns how many features the reranker weighs.
func (r *Reranker) Features() int { return len(r.weights) }
