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

// rankKeys are an edge's two rank/ keys, one at each end, for the given
// support; their value is the edge's ID.
func rankKeys(src graph.ID, c graph.EdgeClass, dst graph.ID, support int) [2][]byte {
	return [2][]byte{keyRank(src, support, c, dst, true), keyRank(dst, support, c, src, false)}
}

// putAdjacency plans, through set and del, an edge's out/, in/ and rank/
// keys for the given support; was is the support its rank/ keys hold
// now, -1 for none (a new edge).
func putAdjacency(set func(k, v []byte), del func(k []byte), id, src graph.ID, c graph.EdgeClass, dst graph.ID, was, support int) {
	set(keyOut(src, c, dst), adjValue(id, support))
	set(keyIn(dst, c, src), adjValue(id, support))
	if was >= 0 && was != support {
		for _, k := range rankKeys(src, c, dst, was) {
			del(k)
		}
	}
	for _, k := range rankKeys(src, c, dst, support) {
		set(k, []byte(id))
	}
}

// deleteAdjacency plans deleting an edge's out/, in/ and rank/ keys;
// support is the one its rank/ keys hold.
func deleteAdjacency(del func(k []byte), src graph.ID, c graph.EdgeClass, dst graph.ID, support int) {
	del(keyOut(src, c, dst))
	del(keyIn(dst, c, src))
	for _, k := range rankKeys(src, c, dst, support) {
		del(k)
	}
}
