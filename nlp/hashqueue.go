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
// tm[i]'s, with values a[i], then b[i] and c[i], vals[i] of the three
// being values. A feature of one value has featEnd1 in b; of two,
// featEnd2 in c: feature i's hash is the last of the rounds
//
//	h = mix(tm[i], a[i]); h = mix(h, b[i]); when vals[i] ≥ 2, h = mix(h, c[i]); when vals[i] = 3, h = mix(h, featEnd3)
//
// (made nonzero): feat1, feat2 and feat3's.
type hashQueue struct {
	n       int
	tm      [queueLen]uint64 // the features' templates
	a, b, c [queueLen]uint64
	vals    [queueLen]uint8
	h       [queueLen]uint64 // the hashes

	// drop, when set, names templates the builders leave out (templates
	// 5: templates 4 less some); the others keep consecutive numbers.
	drop *templateSet
}

// leaveOut removes from the queue the features whose templates are in
// q.drop and closes the gaps, numbering the features left of each set
// of templates (a run of consecutive numbers: templates 2, 3 and 4
// start at 1001, 1501 and 1701) on from the set's first: a check a
// builder's done makes once, so that push stays small enough to inline
// (a check in push cost templates 4 more than it saved templates 5).
func (q *hashQueue) leaveOut() {
	d := q.drop
	j := 0
	var next, prev uint64
	for i := range min(q.n, queueLen) {
		t := q.tm[i]
		if i == 0 || t != prev+1 {
			next = t
		}
		prev = t
		if d.has(t) {
			continue
		}
		q.tm[j], q.a[j], q.b[j], q.c[j], q.vals[j] = next, q.a[i], q.b[i], q.c[i], q.vals[i]
		next++
		j++
	}
	q.n = j
}

// hash appends the hashes of the queued features to f.
func (q *hashQueue) hash(f []uint64) []uint64 {
	n := min(q.n, queueLen)
	if n == 0 {
		return f
	}
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
		h := mix(mix(q.tm[i], q.a[i]), q.b[i])
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
