package store

import (
	"github.com/newsgraph/newsgraph/graph"
)

// The relations by first and by last seen (format 7) share one list per
// class, ord/r/seen/<class>/<key>/<edge id>/<flag>, where format 6 had
// two (ord/r/first/ and ord/r/last/). An edge whose first-seen and
// last-seen keys (graph.EdgeKey) are the same day, most edges (one
// article, one date), has one key with the flag '=', which both lists
// read; any other has two, its first-seen day flagged 'f', which the
// list by last seen passes over, and its last-seen day flagged 'l',
// which the list by first seen passes over. So an article's new edge
// writes one key for the two orders where format 6 wrote two, a key
// fewer of about 480 in Badger's one write goroutine, and a page of
// either list reads at most one passed-over key for each it shows (an
// edge seen on several days has one key in each list).
//
// The flag follows the ID, after a '/': a list compares keys without it
// (orderMerge), and since edge IDs (graph.EdgeID) hold no byte that
// sorts below '/', <key>/<id>/<flag> keys sort as <key>/<id> would.

const prefixSeenAll = "ord/r/seen/"

// prefixSeenOrdersV6 are format 6's keys of the two orders, which the
// upgrade to format 7 drops (migrate7.go).
var prefixSeenOrdersV6 = []string{"ord/r/first/", "ord/r/last/"}

// The flags of an ord/r/seen/ key.
const (
	seenBoth  = '='
	seenFirst = 'f'
	seenLast  = 'l'
)

func prefixEdgeSeen(c graph.EdgeClass) []byte { return []byte(prefixSeenAll + string(c) + "/") }

func keyEdgeSeen(c graph.EdgeClass, key string, id graph.ID, flag byte) []byte {
	k := make([]byte, 0, len(prefixSeenAll)+len(c)+len(key)+len(id)+4)
	k = append(append(append(k, prefixSeenAll...), c...), '/')
	k = append(append(append(k, key...), '/'), id...)
	return append(k, '/', flag)
}

// seenKeys are edge e's ord/r/seen/ keys (e's summary is enough).
func seenKeys(id graph.ID, c graph.EdgeClass, e graph.Edge) [][]byte {
	first, last := graph.EdgeKey(graph.ByFirstSeen, e), graph.EdgeKey(graph.ByLastSeen, e)
	if first == last {
		return [][]byte{keyEdgeSeen(c, first, id, seenBoth)}
	}
	return [][]byte{keyEdgeSeen(c, first, id, seenFirst), keyEdgeSeen(c, last, id, seenLast)}
}

// passedOver is the flag of the ord/r/seen/ keys that the list in order
// o passes over: the other order's; 0 for an order not kept there.
func passedOver(o graph.Order) byte {
	switch o {
	case graph.ByFirstSeen:
		return seenLast
	case graph.ByLastSeen:
		return seenFirst
	}
	return 0
}
