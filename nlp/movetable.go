package nlp

import (
	"slices"
	"unsafe"
)

// moveTable is the parser's move model (three classes) as loaded for
// scoring when it is large: the same weights as smallLinear's, exactly,
// in half the memory and one cache line a lookup.
//
// smallLinear keeps 16-byte slots (the 64-bit key and four int16
// weights) at most half full: 2^21 slots, 32 MiB, for the 754k keys of
// model T4, far more than the caches keep, so that most of a greedy
// pass's 4.4 M lookups wait on memory ("One-class words skip the UPOS
// models" in BENCHMARKS.md). Here a key's top bits (at least 18) choose
// a 64-byte bucket of five 12-byte slots, one cache line; a slot keeps
// the key's other bits (at most 46), 2 bits telling how many buckets
// past its home the key lies (a full bucket pushes keys into the next
// ones), and three int16 weights. 2^18 buckets (16 MiB) hold T4's keys
// at 0.58 of their slots. The bucket's spare 4 bytes say how many slots
// are taken and whether keys of this bucket or of one before lie past
// it, so that a lookup of an absent key stops at its home bucket
// nearly always.
//
// Keys more than maxMoveDisplacement buckets past their home (none for
// hashed keys at this load; crowded keys in the tests) are kept in a
// map, which a lookup reads only when the home bucket says it holds
// some of them.
type moveTable struct {
	nclass  int
	buckets []moveBucket // 1<<(64-shift) homes, then maxMoveDisplacement more
	shift   uint         // a key's home bucket is key>>shift
	next    uint64       // the bucket filled last (keys come in increasing order)
	far     map[uint64][moveClasses]int16
	n       int
	scale   float32
}

// moveBucket is one cache line of a moveTable. Slot i's tag is
// hi[i]<<32 | lo[i]: the key's bits under its home's, and its
// displacement from its home at bit moveTagBits. Taken slots come
// first, in increasing key order.
type moveBucket struct {
	meta uint32 // slots taken (bucketCount), bucketSpills, bucketFar
	lo   [bucketSlots]uint32
	hi   [bucketSlots]uint16
	w    [bucketSlots][moveClasses]int16
}

const (
	moveClasses         = 3  // weights a slot holds (the parser's moves)
	bucketSlots         = 5  // 5 × (6 bytes of tag + 6 of weights) + 4 of meta = 64
	moveTagBits         = 46 // key bits a slot keeps: 64 − the least home bits
	minMoveHomeBits     = 64 - moveTagBits
	maxMoveDisplacement = 3 // 2 bits of tag
	// moveBucketLoad is how full the buckets may be made, in keys a
	// bucket: at 3 of 5 (T4: 2.9), about 7% of homes overflow into the
	// next bucket.
	moveBucketLoad = 3

	bucketCount  = 7      // meta: slots taken
	bucketSpills = 1 << 3 // meta: a key of this home or of one before lies in a later bucket
	bucketFar    = 1 << 4 // meta: a key of this home is in far
)

// moveTableHomeBits returns the home bits of a moveTable for n keys, or
// 0 when a moveTable would take more memory than a smallLinear (tables
// under 2^18 buckets cannot keep the rest of the key in a slot).
func moveTableHomeBits(n int) uint {
	bits := uint(minMoveHomeBits)
	for n > moveBucketLoad<<bits {
		bits++
	}
	size, _ := tableSize(n)
	if uintptr(1)<<bits*unsafe.Sizeof(moveBucket{}) > uintptr(size)*unsafe.Sizeof(smallSlot{}) {
		return 0
	}
	return bits
}

// smallTable is a table of weights of at most smallClasses classes,
// filled in increasing key order.
type smallTable interface {
	scorer
	// putSorted stores the weights of a key greater than every key
	// stored before.
	putSorted(key uint64, w []int16)
}

// newSmallTable returns an empty table for n keys' weights of nclass
// classes (at most smallClasses): a moveTable when it fits, else a
// smallLinear.
func newSmallTable(nclass, n int, scale float32) smallTable {
	if bits := moveTableHomeBits(n); nclass <= moveClasses && bits > 0 {
		return newMoveTable(nclass, bits, n, scale)
	}
	return newSmallLinear(nclass, n, scale)
}

func newMoveTable(nclass int, bits uint, n int, scale float32) *moveTable {
	return &moveTable{
		nclass:  nclass,
		buckets: hugeSlice[moveBucket](1<<bits + maxMoveDisplacement),
		shift:   64 - bits,
		n:       n,
		scale:   scale,
	}
}

// moveTag returns the tag of key in the bucket d past its home.
func (m *moveTable) moveTag(key, d uint64) uint64 {
	return key&(1<<m.shift-1) | d<<moveTagBits
}

// putSorted stores the weights of a key greater than every key stored
// before: in the first bucket at or after its home with a free slot,
// which, keys coming in order, is its home or the bucket filled last
// or the one after it (every bucket from the home to the one filled
// last is full).
func (m *moveTable) putSorted(key uint64, w []int16) {
	home := key >> m.shift
	b := max(home, m.next)
	if m.buckets[b].meta&bucketCount == bucketSlots {
		b++
	}
	var row [moveClasses]int16
	copy(row[:], w)
	if b-home > maxMoveDisplacement {
		if m.far == nil {
			m.far = map[uint64][moveClasses]int16{}
		}
		m.far[key] = row
		m.buckets[home].meta |= bucketFar
		return
	}
	for j := home; j < b; j++ {
		m.buckets[j].meta |= bucketSpills
	}
	bk := &m.buckets[b]
	i := bk.meta & bucketCount
	tag := m.moveTag(key, b-home)
	bk.lo[i], bk.hi[i], bk.w[i] = uint32(tag), uint16(tag>>32), row
	bk.meta++
	m.next = b
}

// find returns the weights of key, or nil when it has none.
func (m *moveTable) find(key uint64) *[moveClasses]int16 {
	home := key >> m.shift
	for d := uint64(0); d <= maxMoveDisplacement; d++ {
		bk := &m.buckets[home+d]
		tag := m.moveTag(key, d)
		lo, hi := uint32(tag), uint16(tag>>32)
		for i := range min(bk.meta&bucketCount, bucketSlots) {
			if bk.lo[i] == lo && bk.hi[i] == hi {
				return &bk.w[i]
			}
		}
		if bk.meta&bucketSpills == 0 {
			break
		}
	}
	if m.buckets[home].meta&bucketFar != 0 {
		if w, ok := m.far[key]; ok {
			return &w
		}
	}
	return nil
}

func (m *moveTable) score(feats []uint64, out []float32) {
	var a [4]int32
	// Any byte of a bucket brings its line: the homes of 16-byte slots
	// four to a bucket are in it.
	prefetchHomes(unsafe.Pointer(unsafe.SliceData(m.buckets)), feats, m.shift-2)
	m.sum(feats, &a)
	for c := 0; c < m.nclass; c++ {
		out[c] += float32(a[c]) * m.scale
	}
}

// sumGo adds the weights of feats into a (sum without SIMD).
func (m *moveTable) sumGo(feats []uint64, a *[4]int32) {
	for _, f := range feats {
		if w := m.find(f); w != nil {
			a[0] += int32(w[0])
			a[1] += int32(w[1])
			a[2] += int32(w[2])
		}
	}
}

// each calls fn with each key and its weights, in increasing key order.
func (m *moveTable) each(fn func(key uint64, w [moveClasses]int16)) {
	far := make([]uint64, 0, len(m.far))
	for k := range m.far {
		far = append(far, k)
	}
	slices.Sort(far)
	for b := range m.buckets {
		bk := &m.buckets[b]
		for i := range bk.meta & bucketCount {
			tag := uint64(bk.hi[i])<<32 | uint64(bk.lo[i])
			home := uint64(b) - tag>>moveTagBits
			key := home<<m.shift | tag&(1<<m.shift-1)
			for len(far) > 0 && far[0] < key {
				fn(far[0], m.far[far[0]])
				far = far[1:]
			}
			fn(key, bk.w[i])
		}
	}
	for _, k := range far {
		fn(k, m.far[k])
	}
}

// expand returns the model as a plain linear model (for saving and
// pruning).
func (m *moveTable) expand() *linear {
	lin := &linear{nclass: m.nclass, scale: m.scale, table: newFeatTable(m.n), w: make([]int16, 0, m.n*m.nclass)}
	m.each(func(key uint64, w [moveClasses]int16) {
		lin.table.put(key, int32(len(lin.w)/m.nclass))
		lin.table.n++
		lin.w = append(lin.w, w[:m.nclass]...)
	})
	return lin
}
