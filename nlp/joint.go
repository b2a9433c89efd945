package nlp

import (
	"cmp"
	"slices"
	"unsafe"
)

// The tagger's models read the same features: the first UPOS pass a
// token's 29, the second pass them again with 8 more, and the Penn-tag
// model those with 8 more again. Kept apart, each lookup of a feature
// is a miss of its own in each model's table (three slots, three runs
// of weights, for nearly every feature of every token: tagging took a
// third of a pass). Joined, a feature's slot holds where each model's
// row is, and the rows lie side by side: the second pass and the
// Penn-tag model find the slot and the rows the first pass fetched.
// The weights and their sums are the same.

// jointMax is the most models a jointSparse joins.
const jointMax = 3

// jointSparse holds the rows of up to jointMax sparse models in one
// hash table: the union of their keys, each with its models' rows (as
// sparseLinear keeps them) in one run of entries.
type jointSparse struct {
	slots   []jointSlot
	shift   uint
	next    uint64 // see featTable.putSorted
	entries []uint32
}

type jointSlot struct {
	key  uint64 // 0 marks an empty slot
	base uint32 // where the key's run of rows starts in entries
	// Each model's row of the key, as jointPresent, jointDense and its
	// number of words (at most 32: a row of more words than half its
	// classes is kept dense, in half its classes' words). The rows lie
	// in the run in model order, so that a model's row starts where the
	// rows of the models before it end.
	rows [jointMax]uint8
	_    uint8
}

// A jointSlot is 16 bytes, four to a cache line (with each model's
// offset and count, 32 bytes, it was two: the table took 32 MB).

// The flags and count of a jointSlot's row.
const (
	jointPresent = 0x80 // the model has the key (its row may have no words)
	jointDense   = 0x40 // the row is dense
	jointWords   = 0x3f // the row's words
)

// row returns where model k's row of the slot starts in entries, its
// number of words, and its flags.
func (s *jointSlot) row(k int) (off, words uint32, field uint8) {
	off = s.base
	for _, f := range s.rows[:k] {
		off += uint32(f & jointWords)
	}
	return off, uint32(s.rows[k] & jointWords), s.rows[k]
}

// jointModel is one model of a jointSparse: a scorer.
type jointModel struct {
	j      *jointSparse
	k      int // its rows are slots[i].rows[k]
	nclass int
	scale  float32
	n      int // its keys
}

// joinSparse joins models (at most jointMax, their rows in key order)
// into one table and returns a scorer for each, scoring as it does.
func joinSparse(models []*sparseRows) []*jointModel {
	total := 0
	for _, m := range models {
		total += len(m.rows)
	}
	// The union of the keys, merged in order, with each model's row of
	// each: found[i*len(models)+mi] is model mi's of keys[i], or -1.
	keys := make([]uint64, 0, total)
	found := make([]int32, 0, total*len(models))
	at := make([]int, len(models))
	for {
		k, any := ^uint64(0), false
		for mi, m := range models {
			if at[mi] < len(m.rows) && (!any || m.rows[at[mi]].key < k) {
				k, any = m.rows[at[mi]].key, true
			}
		}
		if !any {
			break
		}
		keys = append(keys, k)
		for mi, m := range models {
			r := int32(-1)
			if at[mi] < len(m.rows) && m.rows[at[mi]].key == k {
				r = int32(at[mi])
				at[mi]++
			}
			found = append(found, r)
		}
	}
	size, shift := tableSize(len(keys))
	j := &jointSparse{slots: hugeSlice[jointSlot](size), shift: shift}
	// A key's rows in one run, placed to cross no more cache lines
	// than it must (rowStart).
	runWords := func(i int) int {
		run := 0
		for mi, r := range found[i*len(models):][:len(models)] {
			if r >= 0 {
				run += int(models[mi].rows[r].cnt &^ denseRow)
			}
		}
		return run
	}
	words := 0
	for i := range keys {
		run := runWords(i)
		words = rowStart(words, run) + run
	}
	j.entries = hugeSlice[uint32](words)
	next := 0
	for i, k := range keys {
		next = rowStart(next, runWords(i))
		slot := jointSlot{key: k, base: uint32(next)}
		for mi, r := range found[i*len(models):][:len(models)] {
			if r < 0 {
				continue
			}
			m := models[mi]
			s := m.rows[r]
			cnt := s.cnt &^ denseRow
			if cnt > jointWords {
				panic("nlp: a joint row of more words than a slot counts")
			}
			copy(j.entries[next:], m.entries[s.off:s.off+cnt])
			slot.rows[mi] = jointPresent | uint8(cnt)
			if s.cnt&denseRow != 0 {
				slot.rows[mi] |= jointDense
			}
			next += int(cnt)
		}
		j.slots[j.place(k)] = slot
	}
	out := make([]*jointModel, len(models))
	for mi, m := range models {
		out[mi] = &jointModel{j: j, k: mi, nclass: m.nclass, scale: m.scale, n: len(m.rows)}
	}
	return out
}

// sortedRows returns the model's rows in key order.
func (m *sparseLinear) sortedRows() *sparseRows {
	r := &sparseRows{nclass: m.nclass, scale: m.scale, entries: m.entries, rows: make([]sparseSlot, 0, m.n)}
	for _, s := range m.slots {
		if s.key != 0 {
			r.rows = append(r.rows, s)
		}
	}
	slices.SortFunc(r.rows, func(a, b sparseSlot) int { return cmp.Compare(a.key, b.key) })
	return r
}

// place returns the slot for a key greater than every key stored
// before (see smallLinear.place).
func (j *jointSparse) place(key uint64) uint64 {
	return placeSorted(j.slots, j.shift, &j.next, key)
}

func (m *jointModel) score(feats []uint64, out []float32) {
	var acc [maxClasses]int32
	j := m.j
	prefetchHomes(unsafe.Pointer(unsafe.SliceData(j.slots)), feats, j.shift)
	m.sum(feats, &acc)
	scaleAdd(out[:m.nclass], &acc, m.scale)
}

// sumGo adds the weights of feats into acc (sum without SIMD), as
// sparseLinear.sumGo does.
func (m *jointModel) sumGo(feats []uint64, acc *[maxClasses]int32) {
	var rows [32]uint32 // the slots found, their weights being fetched
	j := m.j
	mask := uint64(len(j.slots) - 1)
	for len(feats) > 0 {
		n := 0
		for len(feats) > 0 && n < len(rows) {
			f := feats[0]
			feats = feats[1:]
			for i := f >> j.shift; ; i = (i + 1) & mask {
				s := &j.slots[i]
				if s.key == f {
					if off, words, _ := s.row(m.k); words > 0 {
						prefetch(unsafe.Pointer(&j.entries[off]))
						prefetch(unsafe.Pointer(&j.entries[off+words-1]))
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
			off, words, field := j.slots[i].row(m.k)
			if field&jointDense != 0 {
				addDenseGo(acc, j.entries[off:off+words])
				continue
			}
			for _, e := range j.entries[off : off+words] {
				acc[uint8(e>>16)&(maxClasses-1)] += int32(int16(e))
			}
		}
	}
}

// expand returns the model with dense rows (for saving and pruning).
func (m *jointModel) expand() *linear {
	n := m.nclass
	lin := &linear{nclass: n, scale: m.scale, table: newFeatTable(m.n), w: make([]int16, m.n*n)}
	j := m.j
	for i := range j.slots {
		s := &j.slots[i]
		off, cnt, field := s.row(m.k)
		if s.key == 0 || field&jointPresent == 0 {
			continue
		}
		row := lin.table.n
		lin.table.put(s.key, int32(row))
		lin.table.n++
		words := j.entries[off : off+cnt]
		if field&jointDense != 0 {
			for i, e := range words {
				lin.w[row*n+2*i] = int16(e)
				if 2*i+1 < n {
					lin.w[row*n+2*i+1] = int16(e >> 16)
				}
			}
			continue
		}
		for _, e := range words {
			lin.w[row*n+int(e>>16)] = int16(e)
		}
	}
	return lin
}

// join puts the tagger's models in one table when they are all sparse
// (as loaded from a file before v6; loadModel joins a flat file's rows
// itself).
func (t *tagger) join() {
	var rows []*sparseRows
	for _, s := range t.models() {
		m, ok := s.(*sparseLinear)
		if !ok {
			return
		}
		rows = append(rows, m.sortedRows())
	}
	joint := joinSparse(rows)
	t.umodel, t.xmodel = joint[0], joint[len(joint)-1]
	if t.u2model != nil {
		t.u2model = joint[1]
	}
}

// models returns the tagger's models in the joint table's order: UPOS,
// second-pass UPOS (when there is one), Penn tags.
func (t *tagger) models() []scorer {
	if t.u2model == nil {
		return []scorer{t.umodel, t.xmodel}
	}
	return []scorer{t.umodel, t.u2model, t.xmodel}
}
