package store

import (
	"bytes"
	"encoding/binary"

	"github.com/newsgraph/newsgraph/graph"
)

// adjValue is the value of an edge's out/ and in/ keys: the edge's ID,
// then a 0 byte and the number of articles supporting it (a uvarint), so
// that a traversal ranks a node's links by support from its adjacency
// keys alone, without reading a head per link. articles 0 (a head
// without a summary) writes the ID alone.
func adjValue(id graph.ID, articles int) []byte {
	v := []byte(id)
	if articles > 0 {
		v = append(v, 0)
		v = binary.AppendUvarint(v, uint64(articles))
	}
	return v
}

// parseAdjValue reads an adjacency value; articles is 0 when the value
// holds the ID alone, as values written before support was kept do.
func parseAdjValue(v []byte) (id graph.ID, articles int) {
	i := bytes.IndexByte(v, 0)
	if i < 0 {
		return graph.ID(v), 0
	}
	n, size := binary.Uvarint(v[i+1:])
	if size <= 0 {
		return graph.ID(v[:i]), 0
	}
	return graph.ID(v[:i]), int(n)
}
