package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestJointModelsScoreAsApart joins sparse models whose keys partly
// overlap (as the tagger's do) and checks that each scores every bag of
// features as it does alone (the assembly where the processor has AVX2,
// and the Go loop), has no weights for absent keys, and expands to the
// same weights, so that a model saves to the same bytes once joined.
func TestJointModelsScoreAsApart(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, classes := range [][]int{{17, 17, 49}, {17, 50}, {64, 5, 17}, {12, 43, 30}} {
		for _, rows := range []int{0, 1, 14, 3584} {
			pool := denseModel(rows, 2, rng).table.sortedKeys()
			var apart []*sparseLinear
			var lins []*linear
			for _, nclass := range classes {
				lin := denseModel(rows, nclass, rng)
				// Each model has a random part of the pool's keys, with
				// its own weights, and keys of its own.
				shared := &linear{nclass: nclass, scale: lin.scale, table: newFeatTable(rows)}
				for i, orig := range lin.table.sortedKeys() {
					k := orig
					if i < len(pool) && rng.IntN(3) > 0 {
						k2 := pool[i]
						if shared.table.get(k2) < 0 {
							k = k2
						}
					}
					if shared.table.get(k) >= 0 {
						continue
					}
					r := int(lin.table.get(orig)) * nclass
					shared.table.put(k, int32(shared.table.n))
					shared.table.n++
					shared.w = append(shared.w, lin.w[r:r+nclass]...)
				}
				lins = append(lins, shared)
				apart = append(apart, sparseOf(shared))
			}
			var sorted []*sparseRows
			for _, a := range apart {
				sorted = append(sorted, a.sortedRows())
			}
			joint := joinSparse(sorted)
			var all []uint64
			for _, lin := range lins {
				all = append(all, lin.table.sortedKeys()...)
			}
			for mi, m := range joint {
				a := apart[mi]
				if got, want := m.expand(), a.expand(); !sameLinear(got, want) {
					t.Fatalf("classes %v, %d rows: model %d expands to other weights once joined", classes, rows, mi)
				}
				for range 200 {
					bag := []uint64{1, ^uint64(0), rng.Uint64()}
					for range rng.IntN(100) {
						if len(all) > 0 {
							bag = append(bag, all[rng.IntN(len(all))])
						}
					}
					var want, got, goLoop [maxClasses]int32
					a.sumGo(bag, &want)
					m.sum(bag, &got)
					m.sumGo(bag, &goLoop)
					if got != want || goLoop != want {
						t.Fatalf("classes %v, %d rows: model %d sums %v (Go loop %v), want %v", classes, rows, mi, got, goLoop, want)
					}
					w, g := make([]float32, m.nclass), make([]float32, m.nclass)
					a.score(bag, w)
					m.score(bag, g)
					if !slices.Equal(g, w) {
						t.Fatalf("classes %v, %d rows: model %d scores %v, want %v", classes, rows, mi, g, w)
					}
				}
			}
		}
	}
}
