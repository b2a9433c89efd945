package store

import (
	"encoding/binary"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// formatVersion is the value of meta/format this build writes and reads.
// Change it, and teach Open to migrate, whenever the layout in doc.go
// changes.
const formatVersion = "2"

// Key builders for the layout documented in doc.go. Each returns a fresh
// slice the caller may keep.

var keyFormat = []byte("meta/format")

func keyNode(id graph.ID) []byte { return []byte("n/" + string(id)) }

func keyKind(k graph.NodeKind, id graph.ID) []byte {
	return []byte("k/" + string(k) + "/" + string(id))
}

func prefixKind(k graph.NodeKind) []byte { return []byte("k/" + string(k) + "/") }

func keyEdge(id graph.ID) []byte { return []byte("e/" + string(id)) }

const prefixEdges = "e/"

func keyOut(src graph.ID, c graph.EdgeClass, dst graph.ID) []byte {
	return []byte("out/" + string(src) + "/" + string(c) + "/" + string(dst))
}

func keyIn(dst graph.ID, c graph.EdgeClass, src graph.ID) []byte {
	return []byte("in/" + string(dst) + "/" + string(c) + "/" + string(src))
}

// prefixAdj is the prefix of node id's adjacency keys in one direction
// ("out" or "in"), narrowed to one class when c is not empty.
func prefixAdj(dir string, id graph.ID, c graph.EdgeClass) []byte {
	p := dir + "/" + string(id) + "/"
	if c != "" {
		p += string(c) + "/"
	}
	return []byte(p)
}

func keyAlias(folded string, id graph.ID) []byte {
	return []byte("alias/" + folded + "/" + string(id))
}

func prefixAlias(folded string) []byte { return []byte("alias/" + folded + "/") }

func keyText(art graph.ID) []byte { return []byte("text/" + string(art)) }

func keyArticleNode(art, node graph.ID) []byte {
	return []byte("an/" + string(art) + "/" + string(node))
}

func keyArticleEdge(art, edge graph.ID) []byte {
	return []byte("ae/" + string(art) + "/" + string(edge))
}

func keyCountNode(k graph.NodeKind) []byte { return []byte("count/node/" + string(k)) }

func keyCountEdge(c graph.EdgeClass) []byte { return []byte("count/edge/" + string(c)) }

const prefixPending = "pending/"

func keyPending(art graph.ID) []byte { return []byte(prefixPending + string(art)) }

func prefixStage(art graph.ID) []byte { return []byte("stage/" + string(art) + "/") }

const prefixStageAll = "stage/"

// lastSegment returns what follows the last '/' of key.
func lastSegment(key []byte) string {
	s := string(key)
	return s[strings.LastIndexByte(s, '/')+1:]
}

func encodeCount(n int64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	return b[:]
}

func decodeCount(b []byte) int64 {
	if len(b) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(b))
}

// validID reports whether id can be used inside a key: not empty, no
// '/', no control characters, and of a sane length.
func validID(id graph.ID) bool {
	if id == "" || len(id) > 512 {
		return false
	}
	for _, r := range string(id) {
		if r == '/' || r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}
