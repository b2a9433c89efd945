package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// modelOfKeys returns a linear model of the given distinct keys with
// random weights of nclass classes.
func modelOfKeys(keys []uint64, nclass int, rng *rand.Rand) *linear {
	lin := &linear{nclass: nclass, scale: 0.01, table: newFeatTable(len(keys))}
	for _, k := range keys {
		lin.table.put(k, int32(lin.table.n))
		lin.table.n++
		for range nclass {
			lin.w = append(lin.w, int16(rng.IntN(65536)-32768))
		}
	}
	return lin
}

// moveTestKeys returns n distinct nonzero keys: hashed (uniform), some
// crowded on a few homes (more than the buckets after them hold, so
// that some go to the far map), some differing from another key only in
// its lowest bit or only in its home (the same tag in the next bucket),
// and the ends of the key range.
func moveTestKeys(n int, shift uint, rng *rand.Rand) []uint64 {
	seen := map[uint64]bool{}
	var keys []uint64
	add := func(k uint64) {
		if k != 0 && !seen[k] && len(keys) < n {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	add(1)
	add(^uint64(0))
	for range 40 { // one crowded home: 8 buckets' worth
		add(0x1234<<(shift+2) | rng.Uint64N(1<<shift))
	}
	for len(keys) < n {
		k := rng.Uint64()
		add(k)
		switch rng.IntN(20) {
		case 0:
			add(k ^ 1)
		case 1:
			add(k + 1<<shift) // the same tag, the next home
		}
	}
	return keys
}

// TestMoveTableHasTheMapsWeights checks the move table against the plain
// hash table it is built from: the same weights for every key, none for
// absent keys (find, and the scorer's sum: AVX2 where the processor has
// it), including keys differing from a present one only in the low
// bits, only in the top bit a slot keeps, or only in the home (the same
// tag a bucket further or nearer: the displacement bits tell them
// apart), and keys whose tag is all zero, as a free slot's; the same
// scores for bags of features; the same keys back in
// increasing order.
func TestMoveTableHasTheMapsWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for _, tc := range []struct {
		bits uint
		keys int
	}{
		{18, 1000},
		{18, 700_000}, // T4's load: about 7% of homes overflow
		{18, 900_000}, // fuller than loading ever makes it
	} {
		m := newMoveTable(moveClasses, tc.bits, tc.keys, 0.01)
		keys := moveTestKeys(tc.keys, m.shift, rng)
		lin := modelOfKeys(keys, moveClasses, rng)
		sorted := lin.table.sortedKeys()
		for _, k := range sorted {
			r := int(lin.table.get(k)) * moveClasses
			m.putSorted(k, lin.w[r:r+moveClasses])
		}
		if len(m.far) == 0 {
			t.Errorf("%d keys: no key went to the far map; the crowded home does not test it", tc.keys)
		}
		spilled := 0
		for _, k := range sorted {
			w := m.find(k)
			r := int(lin.table.get(k)) * moveClasses
			if w == nil || !slices.Equal(w[:], lin.w[r:r+moveClasses]) {
				t.Fatalf("%d keys: key %#x: weights %v, want %v", tc.keys, k, w, lin.w[r:r+moveClasses])
			}
			if m.buckets[k>>m.shift].meta&bucketSpills != 0 {
				spilled++
			}
		}
		if tc.keys > 100_000 && spilled == 0 {
			t.Errorf("%d keys: no bucket spills into the next", tc.keys)
		}
		for _, k := range sorted {
			// Near keys, and the key of k's home whose tag is 0, which
			// a free slot (all zero) would match.
			for _, a := range []uint64{k ^ 1, k + 1, k ^ 1<<(moveTagBits-1), k ^ 1<<moveTagBits, k + 1<<m.shift, k - 1<<m.shift, k ^ 1<<63, k >> m.shift << m.shift} {
				if a == 0 || lin.table.get(a) >= 0 {
					continue
				}
				var acc [4]int32
				if m.sum([]uint64{a}, &acc); acc != [4]int32{} {
					t.Fatalf("%d keys: absent key %#x (near %#x) sums to %v", tc.keys, a, k, acc)
				}
				if w := m.find(a); w != nil {
					t.Fatalf("%d keys: absent key %#x (near %#x) has weights %v", tc.keys, a, k, w)
				}
			}
		}
		// Keys that would match the bytes after the fifth slot's tag
		// (the sixth lane of the scorer's comparison, and the weight
		// after it), were they taken for a slot.
		for b := range m.buckets[:1<<(64-m.shift)] {
			bk := &m.buckets[b]
			tag := uint64(uint16(bk.w[0][0]))<<32 | uint64(bk.hi[1])<<16 | uint64(bk.hi[0])
			d := tag >> moveTagBits // as if displaced d buckets from its home
			a := (uint64(b)-d)<<m.shift | tag&(1<<moveTagBits-1)
			if uint64(b) < d || a == 0 || lin.table.get(a) >= 0 {
				continue
			}
			var acc [4]int32
			if m.sum([]uint64{a}, &acc); acc != [4]int32{} {
				t.Fatalf("%d keys: absent key %#x sums to %v", tc.keys, a, acc)
			}
		}
		var back []uint64
		m.each(func(k uint64, w [moveClasses]int16) {
			back = append(back, k)
			r := int(lin.table.get(k)) * moveClasses
			if r < 0 || !slices.Equal(w[:], lin.w[r:r+moveClasses]) {
				t.Fatalf("%d keys: each gives key %#x weights %v", tc.keys, k, w)
			}
		})
		if !slices.Equal(back, sorted) {
			t.Fatalf("%d keys: each gives %d keys, not the %d in increasing order", tc.keys, len(back), len(sorted))
		}
		for range 200 {
			var bag []uint64
			for range rng.IntN(130) {
				k := sorted[rng.IntN(len(sorted))]
				if rng.IntN(3) == 0 {
					k ^= 1 << rng.IntN(64)
				}
				bag = append(bag, k)
			}
			var want, got [4]int32
			m.sumGo(bag, &want)
			m.sum(bag, &got)
			if got != want {
				t.Fatalf("%d keys: sum %v, want the Go loop's %v", tc.keys, got, want)
			}
			plain, scored := make([]float32, moveClasses), make([]float32, moveClasses)
			lin.score(bag, plain)
			m.score(bag, scored)
			if !slices.Equal(plain, scored) {
				t.Fatalf("%d keys: scores %v, want %v", tc.keys, scored, plain)
			}
		}
	}
}

// TestMoveTableOnlyWhenSmaller checks which table a model of at most
// four classes loads into: the move table for three classes or fewer
// when it takes no more memory than 16-byte slots (from 2^18 keys on),
// else smallLinear.
func TestMoveTableOnlyWhenSmaller(t *testing.T) {
	for _, tc := range []struct {
		nclass, keys int
		move         bool
	}{
		{3, 1000, false},
		{3, 1 << 18, false}, // 2^19 slots (8 MiB) against 2^18 buckets (16 MiB)
		{3, 1<<18 + 1, true},
		{2, 754_364, true},
		{3, 754_364, true},
		{4, 754_364, false},
	} {
		_, move := newSmallTable(tc.nclass, tc.keys, 1).(*moveTable)
		if move != tc.move {
			t.Errorf("%d classes, %d keys: move table %v, want %v", tc.nclass, tc.keys, move, tc.move)
		}
	}
}

// TestDefaultModelLoadsItsMovesIntoTheMoveTable checks that the shipped
// model's moves are scored from a move table (what the speed figures
// measure), with none of its keys in the far map.
func TestDefaultModelLoadsItsMovesIntoTheMoveTable(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	mt, ok := m.trans.(*moveTable)
	if !ok {
		t.Fatalf("moves scored from a %T", m.trans)
	}
	if len(mt.far) != 0 {
		t.Errorf("%d keys of %d in the far map", len(mt.far), mt.n)
	}
}
