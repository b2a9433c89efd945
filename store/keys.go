package store

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// formatVersion is the value of meta/format this build writes and reads.
// Change it, and teach Open to migrate, whenever the layout in doc.go
// changes.
const formatVersion = "11"

// Key builders for the layout documented in doc.go. Each returns a fresh
// slice the caller may keep.

var keyFormat = []byte("meta/format")

func keyNode(id graph.ID) []byte { return []byte("n/" + string(id)) }

func keyKind(k graph.NodeKind, id graph.ID) []byte {
	return []byte("k/" + string(k) + "/" + string(id))
}

func prefixKind(k graph.NodeKind) []byte { return []byte("k/" + string(k) + "/") }

// kindIndexed says whether node id of kind k has a k/ key: since format
// 8 only a node whose ID does not start with its kind's prefix
// (graph.KindPrefix) has one; ScanNodes finds the others under n/.
func kindIndexed(k graph.NodeKind, id graph.ID) bool { return graph.KindOfID(id) != k }

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

// keyRank is node's rank/ key for its link to other: support inverted
// in eight hex digits so that a node's strongest links sort first, then
// class, far end, and 'i' or 'o' for incoming or outgoing (the node is
// the stored target or source), the order of graph.CompareStrength.
func keyRank(node graph.ID, support int, c graph.EdgeClass, other graph.ID, outgoing bool) []byte {
	dir := "i"
	if outgoing {
		dir = "o"
	}
	inv := uint32(math.MaxUint32 - uint32(min(max(support, 0), math.MaxUint32)))
	k := make([]byte, 0, len(prefixRankAll)+len(node)+len(c)+len(other)+8+6)
	k = append(append(append(k, prefixRankAll...), node...), '/')
	k = appendHex8(k, inv)
	k = append(append(append(k, '/'), c...), '/')
	return append(append(append(k, other...), '/'), dir...)
}

// appendHex8 appends v as eight lower-case hex digits, as "%08x" prints
// it (keyRank builds thousands of keys an article; fmt was a third of it).
func appendHex8(b []byte, v uint32) []byte {
	const digits = "0123456789abcdef"
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, digits[v>>uint(shift)&0xf])
	}
	return b
}

// prefixRank is the prefix of node id's rank/ keys.
func prefixRank(id graph.ID) []byte { return []byte("rank/" + string(id) + "/") }

// keyNodeRecord is node id's record beside its ranked links (format 9):
// the rank/ prefix itself, which sorts before every link under it, so
// that the seek that reads a node's strongest links reads the node too.
func keyNodeRecord(id graph.ID) []byte { return prefixRank(id) }

// putNode plans writing node id's value v: its n/ key and its record
// under rank/ (format 9), the same bytes.
func putNode(set func(key, value []byte), id graph.ID, v []byte) {
	set(keyNode(id), v)
	set(keyNodeRecord(id), v)
}

const prefixRankAll = "rank/"

// parseRank reads what follows a node's rank prefix: the support, class,
// far end and direction. It copies only the far end: a neighbourhood
// reads thousands of rank keys.
func parseRank(rest []byte) (support int, c graph.EdgeClass, other graph.ID, outgoing bool, ok bool) {
	support, c, b, outgoing, ok := parseRankBytes(rest)
	return support, c, graph.ID(b), outgoing, ok
}

// parseRankBytes is parseRank with the far end left in rest.
func parseRankBytes(rest []byte) (support int, c graph.EdgeClass, other []byte, outgoing bool, ok bool) {
	support, class, other, outgoing, ok := parseRankRaw(rest)
	if !ok {
		return 0, "", nil, false, false
	}
	return support, classOf(class), other, outgoing, true
}

// parseRankRaw is parseRankBytes with the class left in rest too: the
// merge among a neighbourhood's nodes (StrongestAmong) reads about two
// thousand rank/ keys and needs the class of those among the nodes
// alone, each a map lookup.
func parseRankRaw(rest []byte) (support int, class, other []byte, outgoing bool, ok bool) {
	// <support: 8 hex digits>/<class>/<far end>/<i|o>
	if len(rest) < 8+1+1+2 || rest[8] != '/' || rest[len(rest)-2] != '/' {
		return 0, nil, nil, false, false
	}
	var inv uint32
	for _, b := range rest[:8] {
		d := hexDigit[b]
		if d > 0xf {
			return 0, nil, nil, false, false
		}
		inv = inv<<4 | uint32(d)
	}
	mid := rest[9 : len(rest)-2] // <class>/<far end>
	slash := bytes.IndexByte(mid, '/')
	if slash < 0 || bytes.IndexByte(mid[slash+1:], '/') >= 0 {
		return 0, nil, nil, false, false
	}
	switch rest[len(rest)-1] {
	case 'o':
		outgoing = true
	case 'i':
	default:
		return 0, nil, nil, false, false
	}
	return int(math.MaxUint32 - inv), mid[:slash], mid[slash+1:], outgoing, true
}

// hexDigit is the value of each lower-case hex digit, and 0xff for
// every other byte: one lookup a digit instead of two range tests, 175
// instructions a rank/ key's parse before, 162 with it.
var hexDigit = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i, c := range "0123456789abcdef" {
		t[c] = byte(i)
	}
	return t
}()

// keyEdgeOrder is an edge's ord/r/ key in order o: the order, the
// edge's class, its graph.EdgeKey, then its ID, so that a prefix scan
// lists a class's relations in the order a list asks for, and a merge
// of the classes' scans lists them all (see doc.go).
func keyEdgeOrder(o graph.Order, c graph.EdgeClass, key string, id graph.ID) []byte {
	return []byte("ord/r/" + string(o) + "/" + string(c) + "/" + key + "/" + string(id))
}

func prefixEdgeOrder(o graph.Order, c graph.EdgeClass) []byte {
	return []byte("ord/r/" + string(o) + "/" + string(c) + "/")
}

// prefixEdgeOrderV4 is the prefix of format 4's relation orders, one
// for all classes (ord/e/<order>/<key>/<edge id>), which the upgrade to
// format 5 drops.
const prefixEdgeOrderV4 = "ord/e/"

// edgeOrders are the orders of relations kept as ord/r/ keys.
var edgeOrders = []graph.Order{graph.BySupport, graph.ByFirstSeen, graph.ByLastSeen}

// keyFactOrder is an edge's ord/f/ key in order o (formats 6 to 9), kept
// for the facts alone (edges whose most factual modality is
// graph.Modality.Factual), of every class: the order, the edge's
// graph.EdgeKey, then its ID. Format 10 keeps none: the default list of
// relations merges the classes' ord/r/ lists, as every other list of
// several classes does (migrate10.go).
func keyFactOrder(o graph.Order, key string, id graph.ID) []byte {
	return []byte(prefixFactOrderAll + string(o) + "/" + key + "/" + string(id))
}

const prefixFactOrderAll = "ord/f/"

// factOrders are the orders of the facts formats 6 to 9 kept as ord/f/
// keys: support, which the default list of relations is asked for.
var factOrders = []graph.Order{graph.BySupport}

// keyNodeDate is an article's, a statement's or an event's ord/n/ key:
// the date (of the statement's article; an event's own), then the ID.
func keyNodeDate(k graph.NodeKind, date string, id graph.ID) []byte {
	return []byte("ord/n/" + string(k) + "/" + date + "/" + string(id))
}

// keyEventDate is event n's ord/n/ key: a coarse date ("2025-11")
// sorts as its first day (graph.DayStart), so that the keys sort as the
// dates do (as keys, "2025-11/" would follow "2025-11-02/").
func keyEventDate(n graph.Node) []byte {
	return keyNodeDate(graph.KindEvent, graph.DayStart(n.Date), n.ID)
}

func prefixNodeDate(k graph.NodeKind) []byte { return []byte("ord/n/" + string(k) + "/") }

// datedKinds are the kinds whose nodes have ord/n/ keys.
var datedKinds = []graph.NodeKind{graph.KindArticle, graph.KindStatement, graph.KindEvent}

func keyAlias(folded string, id graph.ID) []byte {
	return []byte("alias/" + folded + "/" + string(id))
}

func prefixAlias(folded string) []byte { return []byte("alias/" + folded + "/") }

func keyText(art graph.ID) []byte { return []byte("text/" + string(art)) }

// keyCountModality is format 6's counter of edges of class c whose most
// factual modality is m, by its graph.Modality.Rank, which migrateV4
// writes and the upgrade to format 7 packs into count/all (migrate7.go).
func keyCountModality(c graph.EdgeClass, m graph.Modality) []byte {
	return []byte("count/mod/" + string(c) + "/" + strconv.Itoa(m.Rank()))
}

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
func validID(id graph.ID) bool { return graph.ValidID(id) }
