package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// denseModel returns a linear model of rows random features (some
// crowded into few buckets, some at the ends of the key range) with
// sparse random weights, for checking other layouts against.
func denseModel(rows, nclass int, rng *rand.Rand) *linear {
	lin := &linear{nclass: nclass, scale: 0.01, table: newFeatTable(rows)}
	for lin.table.n < rows {
		var k uint64
		switch lin.table.n % 4 {
		case 0:
			k = rng.Uint64()
		case 1:
			k = 0xabc<<52 | rng.Uint64N(1<<20) // crowded
		case 2:
			k = ^uint64(0) - rng.Uint64N(1<<16) // top of the range
		default:
			k = 1 + rng.Uint64N(1<<16) // bottom
		}
		if lin.table.get(k) >= 0 {
			continue
		}
		lin.table.put(k, int32(lin.table.n))
		lin.table.n++
		row := make([]int16, nclass)
		for range 1 + rng.IntN(nclass) { // sparse and dense rows
			row[rng.IntN(nclass)] = int16(rng.IntN(65536) - 32768)
		}
		lin.w = append(lin.w, row...)
	}
	return lin
}

func sparseOf(lin *linear) *sparseLinear {
	m := newSparseLinear(lin.nclass, lin.table.n, lin.scale)
	for _, k := range lin.table.sortedKeys() {
		r := int(lin.table.get(k)) * lin.nclass
		m.appendRow(k, lin.w[r:r+lin.nclass])
	}
	return m
}

// TestSparseLinearAgreesWithDenseRows checks the loaded layout, built
// row by row (appendRow, as from files before v6) and read from the
// flat file layout, against the plain hash table and dense rows it is
// built from: every key's weights, no weights for absent keys, and the
// same scores; rows are kept dense or sparse as keepsDense says (rows of
// 1 to nclass weights: both kinds at each class count).
func TestSparseLinearAgreesWithDenseRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, nclass := range []int{17, 5, 50, 64} {
		for _, rows := range []int{0, 1, 2, 3, 14, 100, 112, 3584, 5000} {
			lin := denseModel(rows, nclass, rng)
			d := &decoder{b: lin.appendFlat(nil)}
			flat, ok := d.flatLinear().(*sparseLinear)
			if !ok || d.err != nil || len(d.b) != 0 {
				t.Fatalf("%d classes, %d rows: the flat layout reads as %T (%v)", nclass, rows, flat, d.err)
			}
			for _, m := range []*sparseLinear{sparseOf(lin), flat} {
				checkSparse(t, lin, m, rng)
			}
		}
	}
}

func checkSparse(t *testing.T, lin *linear, m *sparseLinear, rng *rand.Rand) {
	t.Helper()
	nclass, rows := lin.nclass, lin.table.n
	{
		keys := lin.table.sortedKeys()
		for _, k := range keys {
			want, got := make([]float32, nclass), make([]float32, nclass)
			lin.score([]uint64{k}, want)
			m.score([]uint64{k}, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d classes, %d rows: key %#x has %v, want %v", nclass, rows, k, got, want)
			}
		}
		var absent []uint64
		for _, k := range keys {
			absent = append(absent, k-1, k+1, k^1<<40)
		}
		absent = append(absent, 1, ^uint64(0), rng.Uint64(), rng.Uint64())
		// No feature hash is 0 (the plain table's empty slot).
		absent = slices.DeleteFunc(absent, func(k uint64) bool { return k == 0 })
		for _, k := range absent {
			got := make([]float32, nclass)
			m.score([]uint64{k}, got)
			if lin.table.get(k) < 0 && slices.ContainsFunc(got, func(v float32) bool { return v != 0 }) {
				t.Fatalf("%d classes, %d rows: absent key %#x has weights %v", nclass, rows, k, got)
			}
		}
		for range 200 {
			// Up to 100 features: more than the 32 rows that
			// sparseLinear.score finds and prefetches at a time.
			bag := []uint64{absent[rng.IntN(len(absent))]}
			for range rng.IntN(100) {
				if len(keys) > 0 {
					bag = append(bag, keys[rng.IntN(len(keys))])
				}
			}
			want, got := make([]float32, nclass), make([]float32, nclass)
			lin.score(bag, want)
			m.score(bag, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d classes, %d rows: scores %v, want %v", nclass, rows, got, want)
			}
		}
		back := m.expand()
		if back.table.n != rows || !slices.Equal(back.table.sortedKeys(), keys) {
			t.Fatalf("%d classes, %d rows: expand gives %d rows", nclass, rows, back.table.n)
		}
		for _, k := range keys {
			a, b := lin.w[int(lin.table.get(k))*nclass:][:nclass], back.w[int(back.table.get(k))*nclass:][:nclass]
			if !slices.Equal(a, b) {
				t.Fatalf("%d classes, %d rows: expand gives key %#x %v, want %v", nclass, rows, k, b, a)
			}
		}
	}
}

// TestKeepsDense checks which rows are kept dense: every row that takes
// fewer words dense, and, of the others, those longer than a cache line
// that take no more lines dense.
func TestKeepsDense(t *testing.T) {
	for _, c := range []struct {
		nclass int
		dense  []int // the counts of at most the dense row's words kept dense
	}{
		{5, nil},  // 3 words dense
		{17, nil}, // 9 words: shorter rows stay sparse
		{50, []int{17, 18, 19, 20, 21, 22, 23, 24, 25}},     // 25 words, two lines
		{51, []int{17, 18, 19, 20, 21, 22, 23, 24, 25, 26}}, // 26 words, two lines
		{64, []int{17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}},
	} {
		m := &sparseLinear{nclass: c.nclass}
		var got []int
		for cnt := 1; cnt <= c.nclass; cnt++ {
			switch dense := m.keepsDense(cnt); {
			case cnt > denseWords(c.nclass) && !dense:
				t.Errorf("%d classes: a row of %d weights, more than the %d words dense, is kept sparse", c.nclass, cnt, denseWords(c.nclass))
			case cnt <= denseWords(c.nclass) && dense:
				got = append(got, cnt)
			}
		}
		if !slices.Equal(got, c.dense) {
			t.Errorf("%d classes: rows of %v weights kept dense, want %v", c.nclass, got, c.dense)
		}
	}
}

// TestScaleAddAgreesWithGo checks the scores' scaling (AVX2 where the
// processor has it) against the plain loop, for every class count.
func TestScaleAddAgreesWithGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n <= maxClasses; n++ {
		var acc [maxClasses]int32
		for c := range acc {
			acc[c] = int32(rng.IntN(1<<24)) - 1<<23
		}
		want, got := make([]float32, n), make([]float32, n)
		for c := range want {
			want[c] = rng.Float32()*200 - 100
		}
		copy(got, want)
		scale := rng.Float32() / 1000
		scaleAddGo(want, &acc, scale)
		scaleAdd(got, &acc, scale)
		if !slices.Equal(got, want) {
			t.Fatalf("%d classes: %v, want %v", n, got, want)
		}
	}
}

// TestSmallScoreAgreesWithGo checks the move scorer's lookups (AVX2
// where the processor has it) against the plain loop and against the
// plain table, on keys present and absent, crowded and at the ends of
// the key range (wrapping round the table).
func TestSmallScoreAgreesWithGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, rows := range []int{0, 1, 3, 14, 100, 3584, 5000} {
		lin := denseModel(rows, 3, rng)
		m, ok := compact(lin).(*smallLinear)
		if !ok {
			t.Fatal("3 classes do not make a smallLinear")
		}
		keys := lin.table.sortedKeys()
		absent := []uint64{1, ^uint64(0), rng.Uint64()}
		for _, k := range keys {
			absent = append(absent, k+1, k^1<<40)
		}
		for range 300 {
			var bag []uint64
			for range rng.IntN(130) {
				if len(keys) > 0 && rng.IntN(4) > 0 {
					bag = append(bag, keys[rng.IntN(len(keys))])
				} else if k := absent[rng.IntN(len(absent))]; k != 0 {
					bag = append(bag, k)
				}
			}
			var want, got [4]int32
			m.smallScoreGo(bag, &want)
			m.smallScore(bag, &got)
			if got != want {
				t.Fatalf("%d rows: %v, want %v", rows, got, want)
			}
			plain, scored := make([]float32, 3), make([]float32, 3)
			lin.score(bag, plain)
			m.score(bag, scored)
			if !slices.Equal(plain, scored) {
				t.Fatalf("%d rows: scores %v, want %v", rows, scored, plain)
			}
		}
	}
}

// TestSparseSumAgreesWithGo checks the sparse scorer's lookups and sums
// (AVX2 where the processor has it) against the plain loop, with bags
// longer than a batch of 32 rows, dense and sparse rows, absent keys.
// The classes give dense rows of every number of whole four-word chunks
// and every tail of zero to three words.
func TestSparseSumAgreesWithGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, nclass := range []int{2, 4, 5, 8, 12, 17, 22, 30, 43, 50, 51, 56, 64} {
		for _, rows := range []int{0, 1, 14, 3584} {
			m := sparseOf(denseModel(rows, nclass, rng))
			keys := make([]uint64, 0, rows)
			for _, s := range m.slots {
				if s.key != 0 {
					keys = append(keys, s.key)
				}
			}
			for range 200 {
				bag := []uint64{1}
				for range rng.IntN(100) {
					if len(keys) > 0 && rng.IntN(5) > 0 {
						bag = append(bag, keys[rng.IntN(len(keys))])
					} else {
						bag = append(bag, rng.Uint64()|1)
					}
				}
				var want, got [maxClasses]int32
				m.sumGo(bag, &want)
				m.sum(bag, &got)
				if got != want {
					t.Fatalf("%d classes, %d rows: %v, want %v", nclass, rows, got, want)
				}
			}
		}
	}
}

// TestRetagFeaturesAreTagFeatures checks the second tagging pass's
// features, patched from the first pass's, against tagFeatures, for
// every token of invented sentences and tags before it that agree with
// the first pass's or not.
func TestRetagFeaturesAreTagFeatures(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, s := range Tokenize("Maria Lindqvist, who chairs the board, said on Tuesday that the ferry would stop. Then it rained.") {
		ws := make([]wordInfo, len(s.Tokens))
		for i := range s.Tokens {
			ws[i] = describe(&s.Tokens[i], i)
		}
		first := make([]uint8, len(ws))
		for i := range first {
			first[i] = uint8(rng.IntN(17))
		}
		for i := range ws {
			p1, p2 := uint64(noTag), uint64(noTag)
			if i >= 1 {
				p1 = uint64(first[i-1])
			}
			if i >= 2 {
				p2 = uint64(first[i-2])
			}
			feats := tagFeatures(nil, ws, i, p1, p2, new(hashQueue))
			if len(feats) != tagFeatureCount {
				t.Fatalf("tagFeatures gives %d features, tagFeatureCount says %d", len(feats), tagFeatureCount)
			}
			for _, u := range [][2]uint64{{p1, p2}, {p1, 3}, {4, p2}, {5, 6}, {noTag, noTag}} {
				want := tagFeatures(nil, ws, i, u[0], u[1], new(hashQueue))
				if got := retagFeatures([]uint64{7}, feats, ws, first, i, u[0], u[1]); !slices.Equal(got[1:], want) || got[0] != 7 {
					t.Fatalf("token %d, tags before it %v (first pass %d, %d): %#x, want %#x", i, u, p1, p2, got, want)
				}
			}
		}
	}
}
