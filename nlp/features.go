package nlp

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Features are 64-bit hashes of (template, values...): no strings are
// built while tagging or parsing. The hash functions are fixed (FNV-1a
// and the splitmix64 finaliser), so a model trained on one machine
// scores the same on every other.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over s's bytes.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is hashString of s lowercased, without allocating.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h ^= uint64(b)
			h *= fnvPrime
		}
		i += n
	}
	return h
}

// mix folds v into h (order matters) and avalanches the result.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// feat1..feat4 hash a template number with its values. The result is
// never 0, which the feature table keeps for empty slots.
func feat1(tmpl, a uint64) uint64       { return nonzero(mix(mix(tmpl, a), featEnd1)) }
func feat2(tmpl, a, b uint64) uint64    { return nonzero(mix(mix(mix(tmpl, a), b), featEnd2)) }
func feat3(tmpl, a, b, c uint64) uint64 { return nonzero(mix(mix(mix(mix(tmpl, a), b), c), featEnd3)) }

// The values mixed in last by feat1, feat2 and feat3.
const (
	featEnd1 = 0x51
	featEnd2 = 0x52
	featEnd3 = 0x53
)

func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// featTable maps feature hashes to dense row numbers by open
// addressing (linear probing over a power-of-two table of slots that
// hold key and row together, one memory access per probe). A key's
// home slot is its top bits, so that keys inserted in sorted order (as
// a model file stores them) fill the table front to back.
type featTable struct {
	slots []featSlot
	n     int
	shift uint   // 64 - log2(len(slots))
	next  uint64 // the slot after the last one putSorted filled
}

type featSlot struct {
	key uint64 // 0 marks an empty slot
	row int32
}

func newFeatTable(capacity int) featTable {
	size, shift := tableSize(capacity)
	return featTable{slots: make([]featSlot, size), shift: shift}
}

// tableSize returns the number of slots of a table for capacity keys
// (a power of two, at least twice capacity) and the shift that gives
// a key's home slot.
func tableSize(capacity int) (size int, shift uint) {
	size, bits := 16, uint(4)
	for size < capacity*2 {
		size *= 2
		bits++
	}
	return size, 64 - bits
}

// get returns the row of key, or -1.
func (t *featTable) get(key uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := key >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == key {
			return s.row
		}
		if s.key == 0 {
			return -1
		}
	}
}

// add returns the row of key, giving it the next row number when new.
func (t *featTable) add(key uint64) int32 {
	if r := t.get(key); r >= 0 {
		return r
	}
	if (t.n+1)*2 > len(t.slots) {
		t.grow()
	}
	t.put(key, int32(t.n))
	t.n++
	return int32(t.n - 1)
}

func (t *featTable) grow() {
	old := *t
	*t = newFeatTable(len(old.slots))
	for _, s := range old.slots {
		if s.key != 0 {
			t.put(s.key, s.row)
		}
	}
	t.n = old.n
}

// put stores a key known to be absent.
func (t *featTable) put(key uint64, row int32) {
	mask := uint64(len(t.slots) - 1)
	i := key >> t.shift
	for t.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = featSlot{key, row}
}

// putSorted stores a key known to be absent and greater than every key
// stored before: it goes to the first free slot at or after its home,
// which, keys coming in order, is at or after the last one filled.
func (t *featTable) putSorted(key uint64, row int32) {
	i := max(key>>t.shift, t.next)
	if i >= uint64(len(t.slots)) || t.slots[i].key != 0 {
		t.put(key, row)
		return
	}
	t.slots[i] = featSlot{key, row}
	t.next = i + 1
}

// keys returns the table's keys in increasing order.
func (t *featTable) sortedKeys() []uint64 {
	keys := make([]uint64, 0, t.n)
	for _, s := range t.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// scorer scores the classes of a linear model for a bag of features.
type scorer interface {
	// score adds into out (one entry per class) the weights of feats.
	score(feats []uint64, out []float32)
}

// linear is a trained linear model as it is shipped: int16 weights,
// one row of nclass per feature, scores scaled by scale.
type linear struct {
	nclass int
	table  featTable
	w      []int16
	scale  float32
}

func (m *linear) score(feats []uint64, out []float32) {
	var acc [maxClasses]int32
	n := m.nclass
	a := acc[:n]
	for _, f := range feats {
		r := m.table.get(f)
		if r < 0 {
			continue
		}
		o := int(r) * n
		row := m.w[o : o+n : o+n]
		a := a[:len(row)]
		for c := range row {
			a[c] += int32(row[c])
		}
	}
	out = out[:n]
	for c := range out {
		out[c] += float32(a[c]) * m.scale
	}
}

// maxClasses bounds a model's classes (UD has 37 relations and their
// subtypes, EWT 50 in all; Penn has 50 tags). Scoring clears an array
// of this many sums per call: no bigger than it need be.
const maxClasses = 64

// perceptron is an averaged perceptron being trained (Collins 2002),
// with lazy averaging: each weight keeps its running total up to the
// step it last changed.
type perceptron struct {
	nclass int
	table  featTable
	w      []float32
	total  []float64
	stamp  []int32
	step   int32
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, table: newFeatTable(1 << 16)}
}

func (p *perceptron) score(feats []uint64, out []float32) {
	n := p.nclass
	for _, f := range feats {
		r := p.table.get(f)
		if r < 0 {
			continue
		}
		row := p.w[int(r)*n : int(r)*n+n]
		for c, v := range row {
			out[c] += v
		}
	}
}

// tick advances the clock by one training example.
func (p *perceptron) tick() { p.step++ }

// update moves weight toward truth and away from guess.
func (p *perceptron) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := int(p.row(f))
		p.bump(r*p.nclass+truth, 1)
		p.bump(r*p.nclass+guess, -1)
	}
}

func (p *perceptron) row(f uint64) int32 {
	r := p.table.add(f)
	if need := (int(r) + 1) * p.nclass; need > len(p.w) {
		p.w = append(p.w, make([]float32, need-len(p.w))...)
		p.total = append(p.total, make([]float64, need-len(p.total))...)
		p.stamp = append(p.stamp, make([]int32, need-len(p.stamp))...)
	}
	return r
}

func (p *perceptron) bump(i int, d float32) {
	p.total[i] += float64(p.step-p.stamp[i]) * float64(p.w[i])
	p.stamp[i] = p.step
	p.w[i] += d
}

// averaged returns the averaged weights as a shippable model, dropping
// features whose largest averaged weight is below minWeight (in units
// of single updates).
func (p *perceptron) averaged(minWeight float64) *linear {
	n := p.nclass
	rows := p.table.n
	avg := make([]float64, rows*n)
	maxAbs := 0.0
	for i := range avg {
		t := p.total[i] + float64(p.step-p.stamp[i])*float64(p.w[i])
		avg[i] = t / float64(max(p.step, 1))
		maxAbs = max(maxAbs, abs(avg[i]))
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	out := &linear{nclass: n, scale: float32(scale)}
	keep := make([]bool, rows)
	kept := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < n; c++ {
			if abs(avg[r*n+c]) >= minWeight && int16(avg[r*n+c]/scale) != 0 {
				keep[r] = true
			}
		}
		if keep[r] {
			kept++
		}
	}
	out.table = newFeatTable(kept)
	out.w = make([]int16, 0, kept*n)
	for _, k := range p.table.sortedKeys() {
		r := p.table.get(k)
		if !keep[r] {
			continue
		}
		out.table.putSorted(k, int32(len(out.w)/n))
		out.table.n++
		for c := 0; c < n; c++ {
			out.w = append(out.w, int16(roundHalfAway(avg[int(r)*n+c]/scale)))
		}
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func roundHalfAway(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x + 0.5))
	}
	return float64(int64(x + 0.5))
}

// argmax returns the best class among those with ok[c] (all when ok is
// nil); ties go to the lower class, for determinism.
func argmax(scores []float32, ok []bool) int {
	if ok == nil {
		return argmaxAll(scores)
	}
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

// argmaxAllGo is argmax over every class: the best score so far kept in
// a register, not read again from scores at each class (the labeller's,
// relabeller's and tagger's argmax over 17 to 51 classes, 4% of a
// greedy pass's CPU profile). The first of equal scores wins, and a NaN
// never wins over an earlier class, as in argmax's loop. argmaxAll runs
// it, or on amd64 the same in vectors (argmaxAVX2).
func argmaxAllGo(scores []float32) int {
	if len(scores) == 0 {
		return -1
	}
	best, top := 0, scores[0]
	for c := 1; c < len(scores); c++ {
		if s := scores[c]; s > top {
			best, top = c, s
		}
	}
	return best
}

// smallLinear is a linear model of at most 4 classes (the parser's
// moves) whose weights sit in the hash slot beside their key: one
// memory access per feature instead of two.
type smallLinear struct {
	nclass int
	slots  []smallSlot
	shift  uint
	next   uint64 // see featTable.putSorted
	n      int
	scale  float32
}

type smallSlot struct {
	key uint64 // 0 marks an empty slot
	w   [4]int16
}

// compact returns lin as a smallTable when it has at most 4 classes,
// else lin itself.
func compact(lin *linear) scorer {
	if lin.nclass > 4 {
		return lin
	}
	s := newSmallTable(lin.nclass, lin.table.n, lin.scale)
	for _, k := range lin.table.sortedKeys() {
		r := int(lin.table.get(k)) * lin.nclass
		s.putSorted(k, lin.w[r:r+lin.nclass])
	}
	return s
}

func newSmallLinear(nclass, n int, scale float32) *smallLinear {
	size, shift := tableSize(n)
	return &smallLinear{nclass: nclass, slots: hugeSlice[smallSlot](size), shift: shift, n: n, scale: scale}
}

// putSorted stores the weights of a key greater than every key stored
// before (see featTable.putSorted).
func (m *smallLinear) putSorted(key uint64, w []int16) {
	i := m.place(key)
	m.slots[i].key = key
	copy(m.slots[i].w[:], w)
}

// place returns the slot for a key greater than every key stored
// before: the first free slot at or after its home, which, keys coming
// in order, is at or after the last one filled (see featTable.putSorted).
func (m *smallLinear) place(key uint64) uint64 {
	return placeSorted(m.slots, m.shift, &m.next, key)
}

// keyedSlot is a slot of an open-addressed table of weights; key 0
// marks it free.
type keyedSlot interface{ slotKey() uint64 }

func (s smallSlot) slotKey() uint64  { return s.key }
func (s sparseSlot) slotKey() uint64 { return s.key }
func (s jointSlot) slotKey() uint64  { return s.key }

// placeSorted returns the slot of slots (2^(64-shift) of them) for a
// key greater than every key placed before: its home, or the slot after
// the last one placed (*next) when that is further on, or, past the
// end, the first free slot after its home, wrapping. The three weight
// tables (smallLinear, sparseLinear, jointSparse) fill this way.
func placeSorted[S keyedSlot](slots []S, shift uint, next *uint64, key uint64) uint64 {
	i := max(key>>shift, *next)
	if i < uint64(len(slots)) {
		*next = i + 1
		return i
	}
	mask := uint64(len(slots) - 1)
	for i = key >> shift; slots[i&mask].slotKey() != 0; i++ {
	}
	return i & mask
}

func (m *smallLinear) score(feats []uint64, out []float32) {
	var a [4]int32
	prefetchHomes(unsafe.Pointer(unsafe.SliceData(m.slots)), feats, m.shift)
	m.smallScore(feats, &a)
	for c := 0; c < m.nclass; c++ {
		out[c] += float32(a[c]) * m.scale
	}
}

// smallScoreGo adds the weights of feats into a (smallScore without
// SIMD).
func (m *smallLinear) smallScoreGo(feats []uint64, a *[4]int32) {
	mask := uint64(len(m.slots) - 1)
	for _, f := range feats {
		for i := f >> m.shift; ; i = (i + 1) & mask {
			s := &m.slots[i]
			if s.key == f {
				a[0] += int32(s.w[0])
				a[1] += int32(s.w[1])
				a[2] += int32(s.w[2])
				a[3] += int32(s.w[3])
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}

// expand returns the model as a plain linear model (for saving and
// pruning).
func (m *smallLinear) expand() *linear {
	lin := &linear{nclass: m.nclass, scale: m.scale, table: newFeatTable(m.n), w: make([]int16, 0, m.n*m.nclass)}
	for _, s := range m.slots {
		if s.key != 0 {
			lin.table.put(s.key, int32(len(lin.w)/m.nclass))
			lin.table.n++
			lin.w = append(lin.w, s.w[:m.nclass]...)
		}
	}
	return lin
}

// asLinear returns a scorer's weights as a plain linear model.
func asLinear(s scorer) *linear {
	switch s := s.(type) {
	case *linear:
		return s
	case *smallLinear:
		return s.expand()
	case *moveTable:
		return s.expand()
	case *sparseLinear:
		return s.expand()
	case *jointModel:
		return s.expand()
	}
	return nil
}

// sparseLinear is a linear model as loaded for use: each feature's row
// keeps only its nonzero weights (a perceptron touches few classes per
// feature: five or six of the tagger's and labeller's fifty), packed as
// (class, weight) in one uint32 each, and the hash slot holds the key
// with where its run of weights starts: scoring a feature reads the
// slot and one short run of memory.
//
// A row with weights for more than half the classes (the rows scored
// most: the bias, frequent words and tags, with a weight for nearly
// every class) is kept dense instead: the weights of classes 2j and
// 2j+1 in the low and high half of its j-th uint32. It takes fewer
// words, and each is added without reading a class.
type sparseLinear struct {
	nclass  int
	slots   []sparseSlot
	shift   uint
	next    uint64 // see featTable.putSorted
	n       int
	entries []uint32 // class<<16 | uint16(weight), or a dense row's pairs of weights
	scale   float32
}

type sparseSlot struct {
	key uint64 // 0 marks an empty slot
	// The row is entries[off:off+cnt&^denseRow], dense when cnt&denseRow.
	off, cnt uint32
}

// denseRow marks a dense row's count of words.
const denseRow = 1 << 31

// denseWords returns the words a dense row of nclass classes takes.
func denseWords(nclass int) int { return (nclass + 1) / 2 }

// keepsDense reports whether a row of cnt nonzero weights is kept dense:
// when that takes fewer words, or, for a row longer than a cache line,
// no more lines (rowStart). A sparse row is added entry by entry, a
// loop whose end the processor mispredicts at nearly every row; a
// dense row eight classes an instruction, in as many steps for every
// row of a model. The labeller's and the Penn-tag model's rows of 17
// to 25 nonzero weights (of 50 or 51 classes: 26 or 25 words dense)
// take two lines either way: dense, the sparse scorer runs a quarter
// fewer instructions and reads as many lines (BENCHMARKS.md, "Dense
// rows of two lines"). Short rows stay sparse: dense, they would
// spread the rows over more lines.
func (m *sparseLinear) keepsDense(cnt int) bool {
	dense := denseWords(m.nclass)
	lines := func(words int) int { return (words + lineWords - 1) / lineWords }
	return cnt > dense || cnt > lineWords && lines(dense) <= lines(cnt)
}

// densePair returns the word of a dense row holding weights lo and hi.
func densePair(lo, hi int16) uint32 { return uint32(uint16(lo)) | uint32(uint16(hi))<<16 }

func newSparseLinear(nclass, rows int, scale float32) *sparseLinear {
	size, shift := tableSize(rows)
	return &sparseLinear{nclass: nclass, slots: hugeSlice[sparseSlot](size), shift: shift, scale: scale}
}

// lineWords is the number of entries words in a cache line.
const lineWords = 64 / 4

// rowStart returns where a row of n words goes when the words before at
// are taken: at, or the next cache line when a row starting at at would
// cross more lines than it must (a row of up to a line's words lies in
// one line, a longer one in as few as its length allows). A row is
// fetched whole when it is scored: a line more is a miss more.
// (Entries start on a line: they are a large allocation.)
func rowStart(at, n int) int {
	if n <= 0 {
		return at
	}
	lines := (at+n-1)/lineWords - at/lineWords + 1
	if lines > (n+lineWords-1)/lineWords {
		return (at + lineWords - 1) &^ (lineWords - 1)
	}
	return at
}

// appendRow adds the row of a key greater than every key added before.
func (m *sparseLinear) appendRow(key uint64, row []int16) {
	nz := 0
	for _, v := range row {
		if v != 0 {
			nz++
		}
	}
	words := nz
	if m.keepsDense(nz) {
		words = denseWords(m.nclass)
	}
	for start := rowStart(len(m.entries), words); len(m.entries) < start; {
		m.entries = append(m.entries, 0)
	}
	off := uint32(len(m.entries))
	if m.keepsDense(nz) {
		for j := range denseWords(m.nclass) {
			var hi int16
			if 2*j+1 < len(row) {
				hi = row[2*j+1]
			}
			m.entries = append(m.entries, densePair(row[2*j], hi))
		}
		m.slots[m.place(key)] = sparseSlot{key, off, uint32(len(m.entries)) - off | denseRow}
		m.n++
		return
	}
	for c, v := range row {
		if v != 0 {
			m.entries = append(m.entries, packEntry(c, v))
		}
	}
	m.slots[m.place(key)] = sparseSlot{key, off, uint32(len(m.entries)) - off}
	m.n++
}

// packEntry packs a class and its weight as sparseLinear.entries holds them.
func packEntry(c int, v int16) uint32 { return uint32(c)<<16 | uint32(uint16(v)) }

// place returns the slot for a key greater than every key stored
// before (see smallLinear.place).
func (m *sparseLinear) place(key uint64) uint64 {
	return placeSorted(m.slots, m.shift, &m.next, key)
}

func (m *sparseLinear) score(feats []uint64, out []float32) {
	var acc [maxClasses]int32
	prefetchHomes(unsafe.Pointer(unsafe.SliceData(m.slots)), feats, m.shift)
	m.sum(feats, &acc)
	scaleAdd(out[:m.nclass], &acc, m.scale)
}

// sumGo adds the weights of feats into acc (sum without SIMD).
func (m *sparseLinear) sumGo(feats []uint64, acc *[maxClasses]int32) {
	var rows [32]uint32 // the slots found, their weights being fetched
	mask := uint64(len(m.slots) - 1)
	for len(feats) > 0 {
		// Find a batch of rows, asking for each one's weights as it is
		// found, then add them up: the fetches overlap.
		n := 0
		for len(feats) > 0 && n < len(rows) {
			f := feats[0]
			feats = feats[1:]
			for i := f >> m.shift; ; i = (i + 1) & mask {
				s := &m.slots[i]
				if s.key == f {
					if s.cnt > 0 {
						// The first and the last line of the row.
						prefetch(unsafe.Pointer(&m.entries[s.off]))
						prefetch(unsafe.Pointer(&m.entries[s.off+s.cnt&^denseRow-1]))
						rows[n] = uint32(i)
						n++
					}
					break
				}
				if s.key == 0 {
					break
				}
			}
		}
		for _, i := range rows[:n] {
			s := &m.slots[i]
			if s.cnt&denseRow != 0 {
				addDenseGo(acc, m.entries[s.off:s.off+s.cnt&^denseRow])
				continue
			}
			for _, e := range m.entries[s.off : s.off+s.cnt] {
				acc[uint8(e>>16)&(maxClasses-1)] += int32(int16(e))
			}
		}
	}
}

// scaleAddGo adds float32(acc[c])*scale into out[c] for each class c
// (scaleAdd without SIMD).
func scaleAddGo(out []float32, acc *[maxClasses]int32, scale float32) {
	out = out[:min(len(out), maxClasses)]
	for c := range out {
		out[c] += float32(acc[c]) * scale
	}
}

// expand returns the model with dense rows (for saving and pruning).
func (m *sparseLinear) expand() *linear {
	n := m.nclass
	lin := &linear{nclass: n, scale: m.scale, table: newFeatTable(m.n), w: make([]int16, m.n*n)}
	for _, s := range m.slots {
		if s.key == 0 {
			continue
		}
		r := lin.table.n
		lin.table.put(s.key, int32(r))
		lin.table.n++
		if s.cnt&denseRow != 0 {
			for j, e := range m.entries[s.off : s.off+s.cnt&^denseRow] {
				lin.w[r*n+2*j] = int16(e)
				if 2*j+1 < n {
					lin.w[r*n+2*j+1] = int16(e >> 16)
				}
			}
			continue
		}
		for _, e := range m.entries[s.off : s.off+s.cnt] {
			lin.w[r*n+int(e>>16)] = int16(e)
		}
	}
	return lin
}

// addDenseGo adds a dense row into acc, two classes a word.
func addDenseGo(acc *[maxClasses]int32, row []uint32) {
	pairs := (*[maxClasses / 2][2]int32)(unsafe.Pointer(acc))
	for j, e := range row {
		p := &pairs[j&(maxClasses/2-1)]
		p[0] += int32(int16(e))
		p[1] += int32(e) >> 16
	}
}

// prefetchRows starts loading the slots of feats in s's table, to be
// scored later, so that the waits overlap with other work.
func prefetchRows(s scorer, feats []uint64) {
	switch s := s.(type) {
	case *sparseLinear:
		prefetchHomes(unsafe.Pointer(unsafe.SliceData(s.slots)), feats, s.shift)
	case *smallLinear:
		prefetchHomes(unsafe.Pointer(unsafe.SliceData(s.slots)), feats, s.shift)
	case *moveTable:
		prefetchHomes(unsafe.Pointer(unsafe.SliceData(s.buckets)), feats, s.shift-2)
	case *jointModel:
		prefetchHomes(unsafe.Pointer(unsafe.SliceData(s.j.slots)), feats, s.j.shift)
	}
}

// classCount returns a scorer's number of classes.
func classCount(s scorer) int {
	switch s := s.(type) {
	case *linear:
		return s.nclass
	case *smallLinear:
		return s.nclass
	case *moveTable:
		return s.nclass
	case *sparseLinear:
		return s.nclass
	case *jointModel:
		return s.nclass
	}
	return 0
}
