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
	rows [jointMax]jointRow
}

// jointRow is a model's row of a key: entries[off:off+cnt&^(denseRow|presentRow)],
// dense when cnt&denseRow, none unless cnt&presentRow.
type jointRow struct{ off, cnt uint32 }

// presentRow marks a row the model has (its count may be 0).
const presentRow = 1 << 30

// jointModel is one model of a jointSparse: a scorer.
type jointModel struct {
	j      *jointSparse
	k      int // its rows are slots[i].rows[k]
	nclass int
	scale  float32
	n      int // its keys
}

// joinSparse joins models (at most jointMax) into one table and returns
// a scorer for each, scoring as it does.
func joinSparse(models []*sparseLinear) []*jointModel {
	// Each model's keys in order, with their slots (a sequential scan:
	// the slots hold the keys nearly in order already), then merged.
	lists := make([][]keySlot, len(models))
	total := 0
	for mi, m := range models {
		lists[mi] = make([]keySlot, 0, m.n)
		total += m.n
		for i := range m.slots {
			if k := m.slots[i].key; k != 0 {
				lists[mi] = append(lists[mi], keySlot{k, int32(i)})
			}
		}
		slices.SortFunc(lists[mi], func(a, b keySlot) int { return cmp.Compare(a.key, b.key) })
	}
	keys := make([]uint64, 0, total)
	// found[i*len(models)+mi]: model mi's slot of keys[i], or -1 (no
	// pointers: the collector would scan them).
	found := make([]int32, 0, total*len(models))
	for {
		k, any := ^uint64(0), false
		for _, l := range lists {
			if len(l) > 0 && (!any || l[0].key < k) {
				k, any = l[0].key, true
			}
		}
		if !any {
			break
		}
		keys = append(keys, k)
		for mi, l := range lists {
			s := int32(-1)
			if len(l) > 0 && l[0].key == k {
				s, lists[mi] = l[0].slot, l[1:]
			}
			found = append(found, s)
		}
	}
	size, shift := tableSize(len(keys))
	j := &jointSparse{slots: hugeSlice[jointSlot](size), shift: shift}
	// A key's rows in one run, placed to cross no more cache lines
	// than it must (rowStart); the runs' words first.
	words := 0
	for i := range keys {
		run := 0
		for mi, si := range found[i*len(models):][:len(models)] {
			if si >= 0 {
				run += int(models[mi].slots[si].cnt &^ denseRow)
			}
		}
		words = rowStart(words, run) + run
	}
	j.entries = hugeSlice[uint32](words)
	at := 0
	for i, k := range keys {
		run := 0
		for mi, si := range found[i*len(models):][:len(models)] {
			if si >= 0 {
				run += int(models[mi].slots[si].cnt &^ denseRow)
			}
		}
		at = rowStart(at, run)
		var slot jointSlot
		slot.key = k
		for mi, si := range found[i*len(models):][:len(models)] {
			if si < 0 {
				continue
			}
			m := models[mi]
			s := &m.slots[si]
			cnt := s.cnt &^ denseRow
			copy(j.entries[at:], m.entries[s.off:s.off+cnt])
			slot.rows[mi] = jointRow{uint32(at), s.cnt | presentRow}
			at += int(cnt)
		}
		j.slots[j.place(k)] = slot
	}
	out := make([]*jointModel, len(models))
	for mi, m := range models {
		out[mi] = &jointModel{j: j, k: mi, nclass: m.nclass, scale: m.scale, n: m.n}
	}
	return out
}

// keySlot is a key and its slot.
type keySlot struct {
	key  uint64
	slot int32
}

// place returns the slot for a key greater than every key stored
// before (see smallLinear.place).
func (j *jointSparse) place(key uint64) uint64 {
	i := max(key>>j.shift, j.next)
	if i < uint64(len(j.slots)) {
		j.next = i + 1
		return i
	}
	mask := uint64(len(j.slots) - 1)
	for i = key >> j.shift; j.slots[i&mask].key != 0; i++ {
	}
	return i & mask
}

func (m *jointModel) score(feats []uint64, out []float32) {
	var acc [maxClasses]int32
	j := m.j
	prefetchHomes32(unsafe.Pointer(unsafe.SliceData(j.slots)), feats, j.shift)
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
					r := s.rows[m.k]
					if words := r.cnt &^ (denseRow | presentRow); words > 0 {
						prefetch(unsafe.Pointer(&j.entries[r.off]))
						prefetch(unsafe.Pointer(&j.entries[r.off+words-1]))
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
			r := j.slots[i].rows[m.k]
			words := r.cnt &^ (denseRow | presentRow)
			if r.cnt&denseRow != 0 {
				addDenseGo(acc, j.entries[r.off:r.off+words])
				continue
			}
			for _, e := range j.entries[r.off : r.off+words] {
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
	for _, s := range j.slots {
		r := s.rows[m.k]
		if s.key == 0 || r.cnt&presentRow == 0 {
			continue
		}
		row := lin.table.n
		lin.table.put(s.key, int32(row))
		lin.table.n++
		words := j.entries[r.off : r.off+r.cnt&^(denseRow|presentRow)]
		if r.cnt&denseRow != 0 {
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
// (as loaded).
func (t *tagger) join() {
	models := []scorer{t.umodel, t.u2model, t.xmodel}
	if t.u2model == nil {
		models = []scorer{t.umodel, t.xmodel}
	}
	var sparse []*sparseLinear
	for _, s := range models {
		m, ok := s.(*sparseLinear)
		if !ok {
			return
		}
		sparse = append(sparse, m)
	}
	joint := joinSparse(sparse)
	t.umodel, t.xmodel = joint[0], joint[len(joint)-1]
	if t.u2model != nil {
		t.u2model = joint[1]
	}
}
