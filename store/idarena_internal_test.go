package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestIDArenaKeepsEveryID: the IDs handed out stay what they were
// while later ones fill the chunk, start new chunks, and outgrow one,
// and the bytes they were copied from are reused.
func TestIDArenaKeepsEveryID(t *testing.T) {
	var a idArena
	type pair struct{ x, y graph.ID }
	var got, want []pair
	src := make([]byte, 0, 64)
	for i := range 2000 {
		x := fmt.Sprintf("a/node-%d", i)
		y := fmt.Sprintf("e/edge-%d-%s", i, strings.Repeat("z", i%50))
		if i == 777 {
			y = strings.Repeat("long", idArenaChunk) // larger than a chunk
		}
		if i == 778 {
			x, y = "", "" // nothing to copy
		}
		src = append(src[:0], x...)
		src = append(src, y...)
		gx, gy := a.strings(src[:len(x)], src[len(x):])
		clear(src) // the scan's buffer is reused
		got = append(got, pair{gx, gy})
		want = append(want, pair{graph.ID(x), graph.ID(y)})
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("pair %d is %q %q, want %q %q", i, got[i].x, got[i].y, want[i].x, want[i].y)
		}
	}
}
