package store

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

var _ graph.StrongestAmongNodesReader = (*DB)(nil)

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
	links, _, more, err := db.strongestAmong(ctx, "store.StrongestAmong", nodes, classes, nonFactual, except, limit, false)
	return links, more, err
}

// StrongestAmongNodes is StrongestAmong that also returns the records
// of the nodes (graph.StrongestAmongNodesReader): each node's record is
// the first key under its rank/ prefix (format 9), where the merge's
// first read of the node seeks anyway, so a neighbourhood's nodes cost
// no seek of their own. A node without a record (one that does not
// exist, or while an upgrade to format 9 is being finished) is left out
// of found.
func (db *DB) StrongestAmongNodes(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, []graph.Node, bool, error) {
	return db.strongestAmong(ctx, "store.StrongestAmongNodes", nodes, classes, nonFactual, except, limit, true)
}

func (db *DB) strongestAmong(ctx context.Context, op string, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int, records bool) (map[graph.ID][]graph.Link, []graph.Node, bool, error) {
	if err := checkAdjacency(op, graph.Out, classes); err != nil {
		return nil, nil, false, err
	}
	if err := graph.CheckStrongestAmong(op, nodes, except, limit); err != nil {
		return nil, nil, false, err
	}
	m := amongMerge{nodes: nodes, classes: classes, nonFactual: nonFactual, except: except, limit: limit,
		budget: mergeBudget(limit, len(nodes))}
	if records {
		m.records = make([]graph.Node, 0, len(nodes))
	}
	m.scratch = amongScratches.Get().(*amongScratch)
	defer m.release()
	var epoch uint64
	if !db.nodes.off() {
		m.entries = make([]*nodeEntry, len(nodes))
		m.builds = make([]*entryBuild, len(nodes))
		epoch = db.nodes.lookup(nodes, m.entries)
	}
	err := db.view(op, func(txn *badger.Txn) error {
		if m.entries != nil && !db.nodes.still(epoch) {
			// A write began or ended since the entries were found: they
			// may be older than the snapshot.
			clear(m.entries)
		}
		return m.run(ctx, txn)
	})
	if err != nil {
		return nil, nil, false, readErr(op, db.dir, err)
	}
	if m.builds != nil {
		db.nodes.keep(epoch, nodes, m.builds)
	}
	return m.result(), m.records, m.more, nil
}

// amongScratch is the memory of one StrongestAmong that does not
// outlive it, kept for the next: a neighbourhood's merge finds two to
// three times the edges it keeps, and its map of edges met, its list of
// edges found and its nodes' heads were a third of what a fresh
// neighbourhood allocated.
type amongScratch struct {
	seen   map[amongKey]struct{}
	index  map[string]int32    // each node's first index in nodes
	except map[string]struct{} // the edges to leave out
	found  []amongLink
	floor  supportHeap
	heads  []rankHead
	keys   []byte // the heads' prefixes and resume keys
}

var amongScratches = sync.Pool{New: func() any {
	return &amongScratch{seen: map[amongKey]struct{}{}, index: map[string]int32{}, except: map[string]struct{}{}}
}}

// release gives the scratch memory back; m is not used after.
func (m *amongMerge) release() {
	s := m.scratch
	if s == nil {
		return
	}
	m.scratch = nil
	if cap(m.found) > 1<<16 || len(m.nodes) > 1<<14 || len(m.except) > 1<<14 {
		return // a merge far larger than a neighbourhood's: let it go
	}
	clear(s.seen)
	clear(s.index)
	clear(s.except)
	clear(s.heads) // no entries kept alive
	s.found, s.floor, s.heads, s.keys = m.found[:0], m.floor[:0], s.heads[:0], s.keys[:0]
	amongScratches.Put(s)
}

// amongMerge is one StrongestAmong: the nodes' rank/ keys as far as
// they are read, and the edges among the nodes found in them.
type amongMerge struct {
	nodes      []graph.ID
	classes    []graph.EdgeClass
	nonFactual bool
	except     []graph.ID
	exceptSet  map[string]struct{} // except's IDs
	limit      int
	// budget is how many keys may still be read before the edges among
	// the nodes are read from their out/ keys instead (fromOut).
	budget int

	scratch *amongScratch // the memory below, but ids', kept from merge to merge

	// entries, when not nil, holds the node cache's entry of each of
	// nodes, or nil, whose links are read before Badger's; builds
	// collects, for the cache, what is read of each node from Badger.
	entries []*nodeEntry
	builds  []*entryBuild

	txn   *badger.Txn
	it    *badger.Iterator      // made from txn once a node is read from Badger
	index map[string]int32      // each node's first index in nodes
	found []amongLink           // the edges found, but those cut below the floor
	seen  map[amongKey]struct{} // the edges met, kept or not
	// unknownClasses numbers the classes met that graph.EdgeClasses
	// lacks (see classNumber).
	unknownClasses map[graph.EdgeClass]uint16
	added          int         // how many edges were ever added to found
	cut            bool        // some edges found were cut below the floor
	floor          supportHeap // the supports of the limit strongest edges found
	ids            idArena
	more           bool
	// records, when not nil, collects the nodes' records met at the
	// start of their rank/ keys (StrongestAmongNodes).
	records []graph.Node
	first   bool // reading the first chunk of each node
	// keys and seeks count what the merge read, for tests and
	// benchmarks.
	keys, seeks int
}

// amongLink is an edge among the nodes: its ends are indexes in nodes.
// It is a third of the size of a graph.Link and its source, and the
// merge finds two to three times as many edges as it keeps.
type amongLink struct {
	edge     graph.ID
	class    graph.EdgeClass
	mod      graph.Modality
	support  int
	from, to int32
}

// amongKey names an edge among the nodes by its ends and class, as its
// rank/ keys at both ends do: the second of them is known for one
// already met without reading its value.
// Its class is a number (classNumber), which hashes faster than a
// name: the merge looks up every link among the nodes it meets.
type amongKey struct {
	from, to int32
	class    uint16
}

// rankHead is where the reading of a node's rank/ keys stands.
type rankHead struct {
	node   graph.ID
	index  int32 // in nodes
	prefix []byte
	resume []byte // the key to read on from; nil once all are read
	buf    []byte // resume's memory once it is a key read
	bound  int    // the support of the key at resume
	chunk  int    // how many keys the next read takes while the floor is unknown
	// cached is the node's entry in the node cache while its links are
	// read from it, pos the next of them; build collects what is read
	// from Badger, for the cache.
	cached *nodeEntry
	pos    int
	build  *entryBuild
	peeked bool // build's last link is the one at resume
}

// rankKeyRoom is the room kept for a node's rank/ key beyond its
// prefix and the far end's ID, about as long: the support, the class
// and the direction.
const rankKeyRoom = 32

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
	s := m.scratch
	if s == nil {
		s = &amongScratch{seen: map[amongKey]struct{}{}, index: map[string]int32{}, except: map[string]struct{}{}}
		m.scratch = s
	}
	// The edges left out, looked up by hash: a binary search of a
	// neighbourhood's 150 comparing IDs byte by byte was 4 % of a fresh
	// answer's instructions.
	m.exceptSet = s.except
	for _, id := range m.except {
		m.exceptSet[string(id)] = struct{}{}
	}
	size := min(m.limit, 1<<12) // a limit may be far above the edges there are
	m.seen, m.index = s.seen, s.index
	m.found, m.floor = slices.Grow(s.found[:0], 2*size+1), s.floor[:0]
	// The heads' prefixes, and room for a key to resume from of each,
	// in one piece; their addresses stay put.
	n := 0
	for _, id := range m.nodes {
		n += 2*len(prefixRankAll+"/") + 3*len(id) + rankKeyRoom
	}
	for i, id := range m.nodes {
		if _, dup := m.index[string(id)]; !dup && validID(id) {
			m.index[string(id)] = int32(i)
		}
	}
	keys := slices.Grow(s.keys[:0], n)
	heads := slices.Grow(s.heads[:0], len(m.nodes))
	m.txn = txn
	m.first = true
	defer func() {
		if m.it != nil {
			m.it.Close()
			m.it = nil
		}
	}()
	var part []*rankHead // nodes read part way
	for i, id := range m.nodes {
		if !validID(id) || (i > 0 && m.nodes[i-1] == id) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		start := len(keys)
		keys = append(append(append(keys, prefixRankAll...), id...), '/')
		prefix := keys[start:len(keys):len(keys)]
		room := len(prefix) + len(id) + rankKeyRoom
		keys = keys[:len(keys)+room]
		heads = append(heads, rankHead{node: id, index: int32(i), prefix: prefix, buf: keys[len(keys)-room : len(keys)-room : len(keys)], chunk: firstChunk})
		h := &heads[len(heads)-1]
		h.resume = h.prefix
		m.startCached(h)
		if err := m.fill(h, false); err != nil {
			return err
		}
		if h.resume != nil {
			part = append(part, h)
		}
	}
	s.heads, s.keys = heads, keys
	m.first = false
	// The strongest first, so that the floor rises soonest.
	slices.SortStableFunc(part, func(a, b *rankHead) int { return b.bound - a.bound })
	part = leaveStrongest(part)
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
		if m.beyond() {
			break
		}
		for h.resume != nil && !m.beyond() {
			if m.budget < 0 {
				return m.fromOut(ctx, txn)
			}
			if err := m.fill(h, true); err != nil {
				return err
			}
		}
	}
	m.more = m.beyond()
	return nil
}

// leaveStrongest drops from part, the nodes read part way sorted by
// the support of their next link, the first: the node with the
// strongest links left, in a neighbourhood the hub at its root, whose
// links down to the floor are half of all those read. Its edges among
// the nodes need not be read at its end: each has a rank/ key at its
// other end (the store has no edges from a node to itself), and every
// other node is read down to the floor, or until one more edge is
// found, or to its end, so that every edge the merge keeps, or counts
// for more, is still found, at its other end. Only one node may be
// left so: an edge between two nodes left would be found at neither.
func leaveStrongest(part []*rankHead) []*rankHead {
	if len(part) == 0 {
		return part
	}
	return part[1:]
}

// beyond reports whether more than limit edges were found.
func (m *amongMerge) beyond() bool { return m.cut || len(m.found) > m.limit }

// low is the floor: the support of the weakest of the limit strongest
// edges found, once limit have been found.
func (m *amongMerge) low() (int, bool) {
	if m.limit == 0 || len(m.floor) < m.limit {
		return 0, false
	}
	return m.floor[0], true
}

// fill reads on in h's links, taking those among the nodes, down to
// the floor once there is one, else h.chunk links; with one, it reads,
// whatever the floor, until one edge is found. The links come from h's
// cached entry while it has them, then from h's rank/ keys. It leaves
// h.resume at the next key, or nil when none is left.
func (m *amongMerge) fill(h *rankHead, one bool) error {
	n, added := 0, m.added
	if h.cached != nil {
		if m.fillCached(h, one, &n, added) {
			return nil
		}
		if err := m.leaveCached(h); err != nil || h.resume == nil {
			return err
		}
	}
	if m.it == nil {
		m.it = m.txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll)})
	}
	m.seeks++
	// The build holds the link at h.resume when a read stopped there:
	// the next read from its entry stops there too, without a seek.
	peeked := h.peeked
	h.peeked = false
	for m.it.Seek(h.resume); m.it.ValidForPrefix(h.prefix); m.it.Next() {
		item := m.it.Item()
		if len(item.Key()) == len(h.prefix) {
			// The node's record (format 9), before its links.
			if err := m.record(h, item); err != nil {
				return err
			}
			continue
		}
		m.keys++
		support, rawClass, other, outgoing, ok := parseRankRaw(item.Key()[len(h.prefix):])
		if !ok {
			return fmt.Errorf("malformed rank key %q", item.Key())
		}
		built := h.build != nil && !peeked
		peeked = false
		if m.stops(h, one, n, added, support) {
			if built {
				if err := item.Value(func(v []byte) error {
					edge, mod := parseRankValueBytes(v)
					h.build.add(support, rawClass, other, outgoing, edge, mod)
					return nil
				}); err != nil {
					return err
				}
			}
			h.peeked = h.build != nil
			h.resume = item.KeyCopy(h.buf[:0])
			h.buf = h.resume
			return nil
		}
		n++
		m.budget--
		far, in := m.index[string(other)]
		if !in && !built {
			continue // most links lead out of the nodes: no class looked up
		}
		var k amongKey
		var class graph.EdgeClass
		if in {
			class = classOf(rawClass)
			k, in = m.candidate(h, far, class, m.classNumber(class), outgoing)
		}
		if !in && !built {
			continue
		}
		err := item.Value(func(v []byte) error {
			edge, mod := parseRankValueBytes(v)
			if built {
				h.build.add(support, rawClass, other, outgoing, edge, mod)
			}
			if in && m.wanted(string(edge), mod) {
				_, id := m.ids.strings(nil, edge)
				m.add(amongLink{edge: id, class: class, mod: mod, support: support, from: k.from, to: k.to})
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	h.resume = nil
	if h.build != nil {
		h.build.complete = true
	}
	return nil
}

// stops reports whether fill stops before a link of the given support,
// having read n of h's links since it began, when added edges had
// been found, and notes where it stops.
func (m *amongMerge) stops(h *rankHead, one bool, n, added, support int) bool {
	low, known := m.low()
	chunked := !known || m.first
	if stop := (one && m.added > added) || (!one && (known && support < low || chunked && n == h.chunk)); !stop {
		return false
	}
	h.bound = support
	if chunked {
		h.chunk *= 2
	}
	return true
}

// candidate reports whether a link of h to the far'th node, of class
// (numbered by classNumber) and direction outgoing, is an edge among the nodes not met before,
// and names it.
func (m *amongMerge) candidate(h *rankHead, far int32, class graph.EdgeClass, number uint16, outgoing bool) (amongKey, bool) {
	if len(m.classes) > 0 && !slices.Contains(m.classes, class) {
		return amongKey{}, false
	}
	// The edge's other rank/ key is at its far end: met there before,
	// its value need not be read again.
	k := amongKey{from: h.index, to: far, class: number}
	if !outgoing {
		k.from, k.to = k.to, k.from
	}
	if _, dup := m.seen[k]; dup {
		return k, false
	}
	m.seen[k] = struct{}{}
	return k, true
}

// classNumber is class's index in graph.EdgeClasses, or, for a class
// this build does not know, a number past them given by the merge.
func (m *amongMerge) classNumber(class graph.EdgeClass) uint16 {
	if i, ok := classIndex[string(class)]; ok {
		return uint16(i)
	}
	if m.unknownClasses == nil {
		m.unknownClasses = map[graph.EdgeClass]uint16{}
	}
	n, ok := m.unknownClasses[class]
	if !ok {
		n = uint16(len(graph.EdgeClasses) + len(m.unknownClasses))
		m.unknownClasses[class] = n
	}
	return n
}

// wanted reports whether an edge among the nodes of modality mod is
// ranked: a fact, unless non-facts are asked for, and not left out.
func (m *amongMerge) wanted(edge string, mod graph.Modality) bool {
	if !m.nonFactual && !mod.Factual() {
		return false
	}
	_, left := m.exceptSet[edge]
	return !left
}

// startCached starts h's reading at its entry in the node cache, if it
// has one, and otherwise notes what is read of it for the cache.
func (m *amongMerge) startCached(h *rankHead) {
	if m.entries == nil {
		return
	}
	i := h.index
	if e := m.entries[i]; e != nil {
		h.cached = e
		if e.hasRecord && m.records != nil {
			m.records = append(m.records, cloneNode(e.record))
		}
		return
	}
	h.build = &entryBuild{}
	m.builds[i] = h.build
}

// fillCached is fill while h's links come from its cached entry: it
// reports whether it stopped before the entry's end.
func (m *amongMerge) fillCached(h *rankHead, one bool, n *int, added int) bool {
	e := h.cached
	for ; h.pos < len(e.links); h.pos++ {
		l := &e.links[h.pos]
		support := int(l.support)
		if m.stops(h, one, *n, added, support) {
			return true
		}
		*n++
		m.budget--
		far, in := m.index[e.other(h.pos)]
		if !in {
			continue
		}
		class := graph.EdgeClasses[l.class]
		k, in := m.candidate(h, far, class, uint16(l.class), l.outgoing)
		if !in {
			continue
		}
		if edge, mod := e.edge(h.pos), graph.Modalities[l.mod]; m.wanted(edge, mod) {
			m.add(amongLink{edge: graph.ID(edge), class: class, mod: mod, support: support, from: k.from, to: k.to})
		}
	}
	return false
}

// leaveCached moves h's reading from its cached entry, all read, to its
// rank/ keys after the entry's last link, which a build extends; a
// complete entry leaves nothing to read.
func (m *amongMerge) leaveCached(h *rankHead) error {
	e := h.cached
	h.cached = nil
	if e.complete {
		h.resume = nil
		return nil
	}
	if len(e.links) == 0 {
		h.resume = h.prefix
	} else {
		h.resume = e.rankKeyAfter(h.buf[:0], h.prefix, len(e.links)-1)
		h.buf = h.resume
	}
	h.build = &entryBuild{base: e}
	m.builds[h.index] = h.build
	return nil
}

// record keeps the node record item holds when the merge collects
// them, or the cache.
func (m *amongMerge) record(h *rankHead, item *badger.Item) error {
	if m.records == nil && h.build == nil {
		return nil
	}
	return item.Value(func(v []byte) error {
		// decodeNode copies what it keeps.
		n, err := decodeNode(v)
		if err != nil {
			return fmt.Errorf("decode %s: %w", item.Key(), err)
		}
		if h.build != nil {
			h.build.keepRecord(n)
		}
		if m.records != nil {
			m.records = append(m.records, n)
		}
		return nil
	})
}

// add adds an edge found. When found holds four times limit, those
// below the floor are cut: many are read before the floor rises.
func (m *amongMerge) add(l amongLink) {
	m.found = append(m.found, l)
	m.added++
	m.floor.add(l.support, m.limit)
	if low, ok := m.low(); ok && len(m.found) >= 4*m.limit {
		n := len(m.found)
		m.found = slices.DeleteFunc(m.found, func(l amongLink) bool { return l.support < low })
		m.cut = m.cut || len(m.found) < n
	}
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
		m.found = slices.DeleteFunc(m.found, func(l amongLink) bool { return l.support < low })
	}
	slices.SortFunc(m.found, func(a, b amongLink) int {
		if a.support != b.support {
			return b.support - a.support
		}
		return strings.Compare(string(a.edge), string(b.edge))
	})
	kept := m.found[:min(m.limit, len(m.found))]
	// Each source's links are a piece of one slice, in the order kept.
	end := make([]int32, len(m.nodes)+1) // where each source's links end
	sources := 0
	for _, l := range kept {
		if end[l.from+1]++; end[l.from+1] == 1 {
			sources++
		}
	}
	for i := range m.nodes {
		end[i+1] += end[i]
	}
	links := make([]graph.Link, len(kept))
	for _, l := range kept {
		links[end[l.from]] = graph.Link{Edge: l.edge, Class: l.class, Other: m.nodes[l.to], Outgoing: true, Support: l.support, Modality: l.mod}
		end[l.from]++
	}
	out := make(map[graph.ID][]graph.Link, sources)
	start := int32(0)
	for i, id := range m.nodes {
		if end[i] > start {
			out[id] = links[start:end[i]:end[i]]
		}
		start = end[i]
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
	m.found, m.floor, m.cut = m.found[:0], nil, false
	clear(m.seen)
	var want []graph.EdgeClass // nil for all
	if len(m.classes) > 0 {
		want = m.classes
	}
	a := newAdjReader(txn)
	defer a.close()
	for i, id := range m.nodes {
		if !validID(id) || (i > 0 && m.nodes[i-1] == id) {
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
			to, _ := slices.BinarySearch(m.nodes, l.Other)
			m.found = append(m.found, amongLink{edge: l.Edge, class: l.Class, mod: l.Modality, support: l.Support, from: int32(i), to: int32(to)})
		}
	}
	m.more = m.beyond()
	return nil
}
