package nlp

import "unsafe"

// The scorers' inner loops in assembly (score_amd64.s), where the
// processor has AVX2: the same integer sums and float32 products as the
// Go loops (sumGo, smallScoreGo, scaleAddGo), which other processors
// run and the tests compare them with, in fewer instructions: weights
// widened and added eight (dense rows) or four (moves) at a time, and
// no bounds checks.

// haveAVX2 tells whether the assembly may run.
var haveAVX2 = detectAVX2()

// scaleAddAVX2 adds float32(acc[c])*scale into out[c] for c < n, n a
// multiple of 8 (score_amd64.s).
//
//go:noescape
func scaleAddAVX2(out *float32, acc *int32, n int, scale float32)

// scaleAdd adds the scaled sums of acc into out (one per class), as
// scaleAddGo does.
func scaleAdd(out []float32, acc *[maxClasses]int32, scale float32) {
	out = out[:min(len(out), maxClasses)]
	k := 0
	if haveAVX2 {
		k = len(out) &^ 7
		if k > 0 {
			scaleAddAVX2(&out[0], &acc[0], k, scale)
		}
	}
	for c := k; c < len(out); c++ {
		out[c] += float32(acc[c]) * scale
	}
}

// smallScoreAVX2 adds the weights of feats found in a smallLinear's
// slots (mask and shift as in smallLinear.score) into acc
// (score_amd64.s).
//
//go:noescape
func smallScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, acc *[4]int32)

// smallScore adds the weights of feats in m into acc, as smallScoreGo does.
func (m *smallLinear) smallScore(feats []uint64, acc *[4]int32) {
	if !haveAVX2 || len(m.slots) == 0 {
		m.smallScoreGo(feats, acc)
		return
	}
	smallScoreAVX2(unsafe.Pointer(unsafe.SliceData(m.slots)), uint64(len(m.slots)-1), m.shift, feats, acc)
}

// moveScoreAVX2 adds the weights of feats found in a moveTable's
// buckets into acc, stopping at the first feature that is in none of
// its buckets but whose home says keys of it are in the far map
// (score_amd64.s); it returns the number of features it went through:
// len(feats), or the index of that feature.
//
//go:noescape
func moveScoreAVX2(buckets unsafe.Pointer, shift uint, feats []uint64, acc *[4]int32) int

// sum adds the weights of feats in m into a, as sumGo does.
func (m *moveTable) sum(feats []uint64, a *[4]int32) {
	if !haveAVX2 {
		m.sumGo(feats, a)
		return
	}
	buckets := unsafe.Pointer(unsafe.SliceData(m.buckets))
	for {
		k := moveScoreAVX2(buckets, m.shift, feats, a)
		if k >= len(feats) {
			return
		}
		if w, ok := m.far[feats[k]]; ok {
			a[0] += int32(w[0])
			a[1] += int32(w[1])
			a[2] += int32(w[2])
		}
		feats = feats[k+1:]
	}
}

// sparseScoreAVX2 adds the weights of feats in a sparseLinear into acc
// (score_amd64.s): sparseLinear.sumGo's loop.
//
//go:noescape
func sparseScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, entries unsafe.Pointer, acc *[maxClasses]int32)

// sum adds the weights of feats in m into acc, as sumGo does.
func (m *sparseLinear) sum(feats []uint64, acc *[maxClasses]int32) {
	if !haveAVX2 || len(m.slots) == 0 || len(m.entries) == 0 {
		m.sumGo(feats, acc)
		return
	}
	sparseScoreAVX2(unsafe.Pointer(unsafe.SliceData(m.slots)), uint64(len(m.slots)-1), m.shift, feats,
		unsafe.Pointer(unsafe.SliceData(m.entries)), acc)
}

// jointScoreAVX2 adds the weights of feats in a jointSparse's model
// whose row's byte is at byte field of each slot into acc; before masks
// the slot's row bytes to those of the models before it, with their
// flags cleared (score_amd64.s): jointModel.sumGo's loop.
//
//go:noescape
func jointScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, entries unsafe.Pointer, acc *[maxClasses]int32, field uintptr, before uint32)

// sum adds the weights of feats in m into acc, as sumGo does.
func (m *jointModel) sum(feats []uint64, acc *[maxClasses]int32) {
	j := m.j
	if !haveAVX2 || len(j.slots) == 0 || len(j.entries) == 0 {
		m.sumGo(feats, acc)
		return
	}
	field := unsafe.Offsetof(jointSlot{}.rows) + uintptr(m.k)
	before := uint32(jointWords*0x01010101) & (1<<(8*m.k) - 1)
	jointScoreAVX2(unsafe.Pointer(unsafe.SliceData(j.slots)), uint64(len(j.slots)-1), j.shift, feats,
		unsafe.Pointer(unsafe.SliceData(j.entries)), acc, field, before)
}

// argmaxAVX2 returns argmaxAll(scores[:n]) for n ≥ 1 (score_amd64.s).
//
//go:noescape
func argmaxAVX2(scores *float32, n int) int

// argmaxAll is argmax over every class; see argmaxAllGo, which it
// returns the class of on every input (TestArgmaxAllIsTheLoop).
func argmaxAll(scores []float32) int {
	if haveAVX2 && len(scores) >= argmaxVectorFrom {
		return argmaxAVX2(&scores[0], len(scores))
	}
	return argmaxAllGo(scores)
}

// argmaxVectorFrom is the fewest classes argmaxAll gives the assembly:
// the parser's three moves stay with the loop.
const argmaxVectorFrom = 8
