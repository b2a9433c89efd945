package nlp

// A configuration's move features are some 125 hashes of a template
// number and one to three values: four rounds of mix for most, each a
// chain of multiplications, and the greater part of a pass's
// instructions. The builders queue the values instead and hash them
// together, eight features an instruction where the processor has
// AVX-512 (hash_amd64.s): the same hashes, so the same rows.

// queueLen is how many features a hashQueue holds (a power of two, a
// multiple of 8): more than any template set has, so that one hashing
// takes a builder's features.
const queueLen = 256

// hashQueue holds features waiting to be hashed: feature i is template
// t0+i's, with values a[i], then b[i] and c[i], vals[i] of the three
// being values. A feature of one value has featEnd1 in b; of two,
// featEnd2 in c: feature i's hash is the last of the rounds
//
//	h = mix(t0+i, a[i]); h = mix(h, b[i]); when vals[i] ≥ 2, h = mix(h, c[i]); when vals[i] = 3, h = mix(h, featEnd3)
//
// (made nonzero): feat1, feat2 and feat3's.
type hashQueue struct {
	n       int
	t0      uint64
	a, b, c [queueLen]uint64
	vals    [queueLen]uint8
	h       [queueLen]uint64 // the hashes

	// drop, when set, names templates the builders leave out (templates
	// 5: templates 4 less some); the others keep consecutive numbers.
	drop *templateSet
}

// leaveOut removes from the queue the features whose templates are in
// q.drop, the first queued being template t0's, and closes the gaps: a
// check a builder's done makes once, so that push stays small enough
// to inline (a check in push cost templates 4 more than it saved
// templates 5).
func (q *hashQueue) leaveOut(t0 uint64) {
	d := q.drop
	j := 0
	for i := range min(q.n, queueLen) {
		if d.has(t0 + uint64(i)) {
			continue
		}
		q.a[j], q.b[j], q.c[j], q.vals[j] = q.a[i], q.b[i], q.c[i], q.vals[i]
		j++
	}
	q.n = j
}

// hash appends the hashes of the queued features to f, the first of
// them template t0's.
func (q *hashQueue) hash(f []uint64, t0 uint64) []uint64 {
	n := min(q.n, queueLen)
	if n == 0 {
		return f
	}
	q.t0 = t0
	if haveAVX512 {
		hashQueueAVX512(q, n)
	} else {
		q.hashGo(n)
	}
	return append(f, q.h[:n]...)
}

// hashGo sets the hashes of the first n features, one at a time, by
// the rounds above (as hashQueueAVX512 does eight at a time).
func (q *hashQueue) hashGo(n int) {
	n = min(n, queueLen)
	for i, v := range q.vals[:n] {
		h := mix(mix(q.t0+uint64(i), q.a[i]), q.b[i])
		if v >= 2 {
			h = mix(h, q.c[i])
		}
		if v == 3 {
			h = mix(h, featEnd3)
		}
		q.h[i] = nonzero(h)
	}
}

// hashQueueAVX512 hashes 32 lanes at a time where more than 16 are
// left: n rounded up to a multiple of 32 must stay within the arrays.
var _ [1 - queueLen%32]struct{}
