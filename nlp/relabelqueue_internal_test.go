package nlp

import "testing"

// TestRelabelQueueIsFeat checks that the relabeller's queue hashes what
// feat1, feat2 and feat3 hash, in the order queued, across flushes of a
// full queue.
func TestRelabelQueueIsFeat(t *testing.T) {
	var hq hashQueue
	q := relabelQueue{q: &hq}
	var got, want []uint64
	for i := range uint64(3*queueLen + 7) {
		if q.n > queueLen-3 {
			got, q = q.flush(got)
		}
		a, b, c := i*0x9e3779b97f4a7c15, i^0xdeadbeef, i<<7
		switch i % 3 {
		case 0:
			q = q.f1(rfBias+i%40, a)
			want = append(want, feat1(rfBias+i%40, a))
		case 1:
			q = q.f2(rfKid, a, b)
			want = append(want, feat2(rfKid, a, b))
		default:
			q = q.f3(rfSibLemma, a, b, c)
			want = append(want, feat3(rfSibLemma, a, b, c))
		}
	}
	got, _ = q.flush(got)
	if len(got) != len(want) {
		t.Fatalf("%d features hashed, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("feature %d: %x, want %x", i, got[i], want[i])
		}
	}
}
