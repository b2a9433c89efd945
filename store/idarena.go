package store

import (
	"unsafe"

	"github.com/newsgraph/newsgraph/graph"
)

// idArena copies the IDs a scan reads out of Badger's keys and values
// into chunks of memory that it never writes twice, and hands them out
// as strings over those chunks: a neighbourhood reads thousands of rank
// keys, each with two IDs (the far end and the edge), and a string
// each was two allocations a key, a third of a fresh neighbourhood's.
// A chunk lives as long as any of its strings.
type idArena struct {
	buf []byte
}

// idArenaChunk is the size of a chunk: about a hundred links' IDs.
const idArenaChunk = 8 << 10

// strings returns x and y as IDs, copied.
func (a *idArena) strings(x, y []byte) (graph.ID, graph.ID) {
	n := len(x) + len(y)
	if n == 0 {
		return "", ""
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(idArenaChunk, n))
	}
	start := len(a.buf)
	a.buf = append(a.buf, x...)
	a.buf = append(a.buf, y...)
	s := unsafe.String(&a.buf[start], n)
	return graph.ID(s[:len(x)]), graph.ID(s[len(x):])
}
