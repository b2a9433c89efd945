package nlp

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestHashQueueIsFeat checks that queued features hash to what feat1,
// feat2 and feat3 give, in the order they were queued: with AVX-512
// (where the processor has it) and with the Go loop, for every number
// of features up to a full queue (lanes past the last of a group of
// eight included) and values small and large.
func TestHashQueueIsFeat(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	value := func() uint64 {
		switch rng.IntN(4) {
		case 0:
			return uint64(rng.IntN(64)) // a tag, a count, a distance
		case 1:
			return 0
		}
		return rng.Uint64() // a word's hash
	}
	var q hashQueue
	for n := 1; n <= queueLen; n++ {
		t0 := uint64(rng.IntN(6000))
		b := newBuilder(t0-1, &q)
		want := make([]uint64, 0, n)
		for i := range n {
			tmpl, x, y, z := t0+uint64(i), value(), value(), value()
			switch rng.IntN(3) {
			case 0:
				b = b.add1(x)
				want = append(want, feat1(tmpl, x))
			case 1:
				b = b.add2(x, y)
				want = append(want, feat2(tmpl, x, y))
			default:
				b = b.add3(x, y, z)
				want = append(want, feat3(tmpl, x, y, z))
			}
		}
		q.hashGo(n)
		for i, h := range q.h[:n] {
			if h != want[i] {
				t.Fatalf("%d features: the Go loop hashes feature %d (values %d: %#x %#x %#x) to %#x, want %#x",
					n, i, q.vals[i], q.a[i], q.b[i], q.c[i], h, want[i])
			}
		}
		got := b.done(nil)
		for i, h := range got {
			if h != want[i] {
				t.Fatalf("%d features (AVX-512 %v): feature %d hashes to %#x, want %#x", n, haveAVX512, i, h, want[i])
			}
		}
		if len(got) != n || q.n != 0 {
			t.Fatalf("%d features: done gives %d and leaves %d queued", n, len(got), q.n)
		}
	}
}

// BenchmarkHashQueue hashes a queue of as many features as the
// labeller (36), the relabeller (45) and the move templates (117) make.
func BenchmarkHashQueue(b *testing.B) {
	for _, n := range []int{36, 45, 117} {
		b.Run(fmt.Sprintf("features=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			var q hashQueue
			for i := range n {
				q.a[i], q.b[i], q.c[i] = rng.Uint64(), rng.Uint64(), rng.Uint64()
				q.vals[i] = uint8(1 + rng.IntN(3))
				q.tm[i] = 100 + uint64(i)
			}
			f := make([]uint64, 0, queueLen)
			for range b.N {
				q.n = n
				f = q.hash(f[:0])
			}
		})
	}
}
