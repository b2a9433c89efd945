package store

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

var _ graph.StrongestAmongReader = (*DB)(nil)

// StrongestAmong lists the limit strongest edges among nodes
// (graph.StrongestAmongReader) from the nodes' rank/ keys, merged by
// support: each node's keys are read strongest first through an
// iterator of its own, and the merge takes the strongest link of any
// node next, so that it stops at the weakest edge it keeps (and its
// ties, which are cut by edge ID) having read, of each node, only its
// links at least that strong. Reading the nodes one after another
// instead reads each, until the edges kept are known, as deep as the
// weakest link seen so far allows: a neighbourhood's first nodes are
// read down to their weak links, most of which lead elsewhere.
//
// An edge among the nodes has a rank/ key at both ends; it is listed
// once, from its stored source, as LinksAmong lists it.
func (db *DB) StrongestAmong(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, bool, error) {
	const op = "store.StrongestAmong"
	if err := checkAdjacency(op, graph.Out, classes); err != nil {
		return nil, false, err
	}
	if !slices.IsSorted(nodes) || !slices.IsSorted(except) {
		return nil, false, graph.Errorf(op, graph.Invalid, "the nodes to look among or the edges to leave out are not sorted")
	}
	if limit < 0 {
		return nil, false, graph.Errorf(op, graph.Invalid, "limit %d is negative", limit)
	}
	m := amongMerge{nodes: nodes, classes: classes, nonFactual: nonFactual, except: except, limit: limit,
		budget: mergeBudget(limit, len(nodes))}
	err := db.view(op, func(txn *badger.Txn) error { return m.run(ctx, txn) })
	if err != nil {
		return nil, false, readErr(op, db.dir, err)
	}
	return m.result(), m.more, nil
}

// amongMerge is one StrongestAmong: the nodes' rank/ keys as far as
// they are read, and the edges among the nodes found in them.
type amongMerge struct {
	nodes      []graph.ID
	classes    []graph.EdgeClass
	nonFactual bool
	except     []graph.ID
	limit      int
	// budget is how many keys may still be read before the edges among
	// the nodes are read from their out/ keys instead (fromOut).
	budget int

	it    *badger.Iterator
	found []sourcedLink       // the edges found
	seen  map[string]struct{} // their IDs
	floor supportHeap         // the supports of the limit strongest edges found
	ids   idArena
	more  bool
	first bool // reading the first chunk of each node
}

// sourcedLink is an edge among the nodes as a link from its source.
type sourcedLink struct {
	from graph.ID
	graph.Link
}

// rankHead is where the reading of a node's rank/ keys stands.
type rankHead struct {
	node   graph.ID
	prefix []byte
	resume []byte // the key to read on from; nil once all are read
	bound  int    // the support of the key at resume
	chunk  int    // how many keys the next read takes while the floor is unknown
}

// firstChunk is how many rank/ keys of each node are read while no
// floor is known (see amongMerge.low); each further read of the node
// takes twice as many. Each read is a seek.
const firstChunk = 8

// run reads the nodes' rank/ keys, strongest first, each only as far
// as it can hold an edge kept: once limit edges have been found, the
// weakest of the limit strongest found (low) is a floor under the
// weakest edge kept, and a node's links below it need not be read. The
// nodes are read in turn, at first a few links each; then those read
// part way while no floor was known are read on, down to the floor.
// Every edge at least as strong as the weakest kept is then found, its
// ties included. When exactly limit edges are found, the nodes are read
// on until one more is found, or none is left, to say whether there are
// more.
func (m *amongMerge) run(ctx context.Context, txn *badger.Txn) error {
	m.seen = make(map[string]struct{}, 2*m.limit+1)
	m.it = txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll)})
	m.first = true
	defer m.it.Close()
	var part []*rankHead // nodes read part way
	for _, id := range m.nodes {
		if !validID(id) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		h := &rankHead{node: id, prefix: prefixRank(id), chunk: firstChunk}
		h.resume = h.prefix
		if err := m.fill(h, false); err != nil {
			return err
		}
		if h.resume != nil {
			part = append(part, h)
		}
	}
	m.first = false
	// The strongest first, so that the floor rises soonest.
	slices.SortStableFunc(part, func(a, b *rankHead) int { return b.bound - a.bound })
	for more := m.limit > 0; more; {
		more = false
		for _, h := range part {
			if low, ok := m.low(); h.resume == nil || (ok && h.bound < low) {
				continue
			}
			if m.budget < 0 {
				return m.fromOut(ctx, txn)
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := m.fill(h, false); err != nil {
				return err
			}
			more = true
		}
	}
	for _, h := range part {
		if len(m.found) > m.limit {
			break
		}
		for h.resume != nil && len(m.found) <= m.limit {
			if m.budget < 0 {
				return m.fromOut(ctx, txn)
			}
			if err := m.fill(h, true); err != nil {
				return err
			}
		}
	}
	m.more = len(m.found) > m.limit
	return nil
}

// low is the floor: the support of the weakest of the limit strongest
// edges found, once limit have been found.
func (m *amongMerge) low() (int, bool) {
	if m.limit == 0 || len(m.floor) < m.limit {
		return 0, false
	}
	return m.floor[0], true
}

// fill reads on in h's rank/ keys, taking the links among the nodes,
// down to the floor once there is one, else h.chunk keys; with one, it
// reads, whatever the floor, until one edge is found. It leaves
// h.resume at the next key, or nil when none is left.
func (m *amongMerge) fill(h *rankHead, one bool) error {
	n, found := 0, len(m.found)
	for m.it.Seek(h.resume); m.it.ValidForPrefix(h.prefix); m.it.Next() {
		item := m.it.Item()
		support, class, other, outgoing, ok := parseRankBytes(item.Key()[len(h.prefix):])
		if !ok {
			return fmt.Errorf("malformed rank key %q", item.Key())
		}
		low, known := m.low()
		chunked := !known || m.first
		if stop := (one && len(m.found) > found) || (!one && (known && support < low || chunked && n == h.chunk)); stop {
			h.resume, h.bound = item.KeyCopy(nil), support
			if chunked {
				h.chunk *= 2
			}
			return nil
		}
		n++
		m.budget--
		far, in := slices.BinarySearchFunc(m.nodes, other, compareID)
		if !in || (len(m.classes) > 0 && !slices.Contains(m.classes, class)) {
			continue
		}
		err := item.Value(func(v []byte) error {
			edge, mod := parseRankValueBytes(v)
			if !m.nonFactual && !mod.Factual() {
				return nil
			}
			if _, left := slices.BinarySearchFunc(m.except, edge, compareID); left {
				return nil
			}
			if _, dup := m.seen[string(edge)]; dup {
				return nil
			}
			_, id := m.ids.strings(nil, edge)
			m.seen[string(id)] = struct{}{}
			l := sourcedLink{h.node, graph.Link{Edge: id, Class: class, Other: m.nodes[far], Outgoing: true, Support: support, Modality: mod}}
			if !outgoing {
				l.from, l.Other = m.nodes[far], h.node
			}
			m.found = append(m.found, l)
			m.floor.add(support, m.limit)
			return nil
		})
		if err != nil {
			return err
		}
	}
	h.resume = nil
	return nil
}

// supportHeap is a min-heap of supports, at most a limit of them: the
// strongest added.
type supportHeap []int

func (h supportHeap) Len() int           { return len(h) }
func (h supportHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h supportHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *supportHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *supportHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// add adds support, keeping the limit strongest.
func (h *supportHeap) add(support, limit int) {
	switch {
	case limit == 0:
	case len(*h) < limit:
		heap.Push(h, support)
	case support > (*h)[0]:
		(*h)[0] = support
		heap.Fix(h, 0)
	}
}

// result is the limit strongest edges found, by support, then edge
// ID, as links from their sources. Those below the floor, of which
// many may have been read before it rose, are left out first.
func (m *amongMerge) result() map[graph.ID][]graph.Link {
	if low, ok := m.low(); ok {
		m.found = slices.DeleteFunc(m.found, func(l sourcedLink) bool { return l.Support < low })
	}
	slices.SortFunc(m.found, func(a, b sourcedLink) int {
		if a.Support != b.Support {
			return b.Support - a.Support
		}
		return strings.Compare(string(a.Edge), string(b.Edge))
	})
	out := map[graph.ID][]graph.Link{}
	for _, l := range m.found[:min(m.limit, len(m.found))] {
		out[l.from] = append(out[l.from], l.Link)
	}
	return out
}

// mergeBudget is how many rank/ keys StrongestAmong reads of n nodes
// for limit edges before it reads the edges among them from their
// out/ keys instead: when the nodes have few edges among them, the
// merge reads down to their weak links, all their links to other
// nodes, where the out/ keys are walked beside the nodes, seeking past
// the links elsewhere.
func mergeBudget(limit, n int) int { return 16*limit + 8*n }

// fromOut finds the edges among the nodes as LinksAmong does, from
// their out/ keys, in place of what the merge found.
func (m *amongMerge) fromOut(ctx context.Context, txn *badger.Txn) error {
	m.found, m.floor = m.found[:0], nil
	clear(m.seen)
	var want []graph.EdgeClass // nil for all
	if len(m.classes) > 0 {
		want = m.classes
	}
	a := newAdjReader(txn)
	defer a.close()
	for _, id := range m.nodes {
		if !validID(id) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		a.found = a.found[:0]
		if err := a.read(id, "out", want, m.nodes); err != nil {
			return err
		}
		for _, l := range a.found {
			if _, left := slices.BinarySearch(m.except, l.Edge); left || !(m.nonFactual || l.Modality.Factual()) {
				continue
			}
			m.found = append(m.found, sourcedLink{id, l})
		}
	}
	m.more = len(m.found) > m.limit
	return nil
}
