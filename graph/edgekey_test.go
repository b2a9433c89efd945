package graph_test

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEdgeKeyBySupportPadsTenDigits checks the support key, built
// without fmt, against "%010d" across its range and past it.
func TestEdgeKeyBySupportPadsTenDigits(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 12345, 999_999_999, 1_000_000_000, 9_999_999_999, 10_000_000_000, 123_456_789_012} {
		e := graph.Edge{Articles: n}
		if got, want := graph.EdgeKey(graph.BySupport, e), fmt.Sprintf("%010d", e.Support()); got != want {
			t.Errorf("EdgeKey(BySupport, %d articles) = %q, want %q", n, got, want)
		}
	}
}
