package store

import (
	"bytes"
	"hash/maphash"
	"maps"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// nodeCache keeps, for readers, what neighbourhoods read of each node
// again and again: its record and the start of its ranked links (its
// rank/ keys, format 9), decoded. A hub's default-capped neighbourhood
// reads 150 nodes' records and some 2,000 rank/ keys in about 170 seeks;
// Badger's seeks, iterators and copies were most of a fresh answer's
// instructions, and the same nodes come back in the next neighbourhood.
// A node's entry holds the links as far as some reader read them (a
// walk reads each node only down to the weakest link it may keep), and
// a reader that needs more reads on in Badger from the key after the
// last one held, and caches the longer prefix.
//
// It survives writes: a write drops the entries of the nodes whose
// rank/ keys it writes (every change of a node's record or links
// writes one: the record is the first key under the node's prefix),
// not the rest. Readers never see an entry older than their snapshot,
// nor cache one older than the database:
//
//   - every write calls begin before its commit and end after it (or
//     after it failed), both of which drop the written nodes' entries
//     and step the epoch; the nodes are known by a hash slot, which
//     records the epoch of the last begin or end that touched any of
//     its nodes and how many writes touching them are under way;
//   - a reader looks up its nodes, noting the epoch; an entry found is
//     the node as committed then (an entry is only kept while no write
//     of the node is under way and none has begun since). If it then
//     needs Badger, it takes its snapshot and checks the epoch has not
//     moved: if it has, it reads again without the cache (a write in
//     between could make the entries older than the snapshot);
//   - a reader caches what it read from a snapshot taken after epoch
//     e0 only if no write touching the node's slot is under way and
//     none has begun or ended since e0 (the slot's epoch is at most
//     e0): the entry is then the node as it is committed.
//
// The cache is bounded by bytes (Options.NodeCacheSize), in two
// generations as the writer's valueCache: entries are added to the
// young one; when it holds half the bound the old one is dropped and
// the young one becomes old; a hit in the old one moves to the young.
// An entry holds no pointers but its record's and one string of its
// links' IDs, so the collector's work does not grow with its links.
type nodeCache struct {
	mu sync.Mutex // guards all the fields below
	// young and old are the generations, with the bytes of each.
	young, old         map[graph.ID]*nodeEntry
	youngSize, oldSize int64
	limit              int64 // bytes of both; negative: no cache
	// epoch counts the begins and ends of writes.
	epoch uint64
	slots [nodeSlots]nodeSlot
	seed  maphash.Seed
}

// nodeSlots is how many hash slots the writes' nodes are known by:
// two nodes in one slot only make a reader cache less.
const nodeSlots = 1 << 12

// nodeSlot is what the cache knows of the writes of the nodes hashed
// to it.
type nodeSlot struct {
	touched uint64 // the epoch of the last begin or end of a write touching one of them
	pending int32  // the writes touching them begun and not ended
}

// defaultNodeCache is Options.NodeCacheSize's default: some 20,000
// nodes of a few dozen links each, the neighbourhoods of hundreds of
// hubs.
const defaultNodeCache = 64 << 20

// nodeEntry is one node as the cache holds it: its record, if it has
// one, and its first links, strongest first (rank/ key order). It is
// never changed once cached.
type nodeEntry struct {
	record    graph.Node
	hasRecord bool
	ids       string       // the links' far ends and edges, one after another
	links     []cachedLink // strongest first
	complete  bool         // links are all the node's links
	size      int64
}

// cachedLink is a link of a nodeEntry: its IDs are in the entry's ids.
type cachedLink struct {
	off      uint32 // where the far end starts in ids; the edge follows it
	otherLen uint16
	edgeLen  uint16
	support  uint32
	class    uint8 // in graph.EdgeClasses
	mod      uint8 // in graph.Modalities
	outgoing bool
}

// other is link i's far end.
func (e *nodeEntry) other(i int) string {
	l := &e.links[i]
	return e.ids[l.off : l.off+uint32(l.otherLen)]
}

// edge is link i's edge.
func (e *nodeEntry) edge(i int) string {
	l := &e.links[i]
	start := l.off + uint32(l.otherLen)
	return e.ids[start : start+uint32(l.edgeLen)]
}

// link is link i as a graph.Link.
func (e *nodeEntry) link(i int) graph.Link {
	l := &e.links[i]
	return graph.Link{Edge: graph.ID(e.edge(i)), Class: graph.EdgeClasses[l.class], Other: graph.ID(e.other(i)),
		Outgoing: l.outgoing, Support: int(l.support), Modality: graph.Modalities[l.mod]}
}

// rankKeyAfter is the smallest key after link i's rank/ key under
// prefix (the node's): where a reader goes on in Badger past it.
func (e *nodeEntry) rankKeyAfter(dst, prefix []byte, i int) []byte {
	l := &e.links[i]
	dst = append(dst[:0], prefix...)
	dst = appendHex8(dst, ^l.support)
	dst = append(append(append(dst, '/'), graph.EdgeClasses[l.class]...), '/')
	dst = append(append(dst, e.other(i)...), '/')
	if l.outgoing {
		dst = append(dst, 'o')
	} else {
		dst = append(dst, 'i')
	}
	return append(dst, 0)
}

// classIndex is each class's index in graph.EdgeClasses.
var classIndex = func() map[string]uint8 {
	m := make(map[string]uint8, len(graph.EdgeClasses))
	for i, c := range graph.EdgeClasses {
		m[string(c)] = uint8(i)
	}
	return m
}()

// modIndex is each modality's index in graph.Modalities.
func modIndex(m graph.Modality) (uint8, bool) {
	i := slices.Index(graph.Modalities, m)
	return uint8(i), i >= 0
}

// entryBuild collects what a reader reads of a node from Badger, after
// what its entry held (base), to cache it once the read is done.
type entryBuild struct {
	base      *nodeEntry // nil when the node was read from its start
	record    graph.Node
	hasRecord bool
	ids       []byte
	links     []cachedLink
	complete  bool
	// broken is set when a link cannot be held (a class or modality
	// unknown to this build, an ID too long): the links before it are
	// cached.
	broken bool
}

// add notes the next link read.
func (b *entryBuild) add(support int, class, other []byte, outgoing bool, edge []byte, mod graph.Modality) {
	if b.broken {
		return
	}
	c, okc := classIndex[string(class)]
	m, okm := modIndex(mod)
	base := 0
	if b.base != nil {
		base = len(b.base.ids)
	}
	off := base + len(b.ids)
	if !okc || !okm || len(other) > 0xffff || len(edge) > 0xffff || off+len(other)+len(edge) > 0xffffffff || support < 0 || support > 0xffffffff {
		b.broken = true
		return
	}
	b.ids = append(append(b.ids, other...), edge...)
	b.links = append(b.links, cachedLink{off: uint32(off), otherLen: uint16(len(other)), edgeLen: uint16(len(edge)),
		support: uint32(support), class: c, mod: m, outgoing: outgoing})
}

// keepRecord notes the node's record.
func (b *entryBuild) keepRecord(n graph.Node) {
	b.record, b.hasRecord = cloneNode(n), true
}

// changed reports whether the build holds more than its base.
func (b *entryBuild) changed() bool {
	return b.base == nil || len(b.links) > 0 || (b.complete && !b.broken && !b.base.complete)
}

// entry is the node's entry: the base's links, then those read.
func (b *entryBuild) entry() *nodeEntry {
	e := &nodeEntry{record: b.record, hasRecord: b.hasRecord, complete: b.complete && !b.broken}
	ids := b.ids
	links := b.links
	if b.base != nil {
		e.record, e.hasRecord = b.base.record, b.base.hasRecord
		ids = append([]byte(b.base.ids), b.ids...)
		links = append(slices.Clip(b.base.links), b.links...)
	}
	e.ids = string(ids)
	e.links = slices.Clip(links)
	e.size = entrySize(e)
	return e
}

// entrySize is about the bytes an entry takes.
func entrySize(e *nodeEntry) int64 {
	n := 160 + len(e.ids) + 16*len(e.links) + len(e.record.ID) + len(e.record.Label) + len(e.record.Type) +
		len(e.record.Text) + len(e.record.Date) + len(e.record.Place) + len(e.record.URL) + len(e.record.Source) + len(e.record.Article)
	for _, a := range e.record.Aliases {
		n += 16 + len(a)
	}
	for k, v := range e.record.Attrs {
		n += 48 + len(k) + len(v)
	}
	return int64(n)
}

// cloneNode is n with its own Aliases and Attrs: the cache's records
// are shared by every reader, which may change what it is given.
func cloneNode(n graph.Node) graph.Node {
	n.Aliases = slices.Clone(n.Aliases)
	if n.Attrs != nil {
		n.Attrs = maps.Clone(n.Attrs)
	}
	return n
}

// off reports whether the cache is disabled.
func (c *nodeCache) off() bool { return c.limit < 0 }

func (c *nodeCache) slot(id string) *nodeSlot {
	if c.seed == (maphash.Seed{}) {
		c.seed = maphash.MakeSeed()
	}
	return &c.slots[maphash.String(c.seed, id)%nodeSlots]
}

// lookup sets found[i] to the entry of ids[i] the cache holds, nil for
// none, and returns the epoch they were found at.
func (c *nodeCache) lookup(ids []graph.ID, found []*nodeEntry) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, id := range ids {
		found[i] = c.getLocked(id)
	}
	return c.epoch
}

func (c *nodeCache) getLocked(id graph.ID) *nodeEntry {
	if e, ok := c.young[id]; ok {
		return e
	}
	e, ok := c.old[id]
	if !ok {
		return nil
	}
	delete(c.old, id)
	c.oldSize -= e.size
	c.addLocked(id, e) // still read: keep it in the young generation
	return e
}

// still reports whether no write has begun or ended since epoch.
func (c *nodeCache) still(epoch uint64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch == epoch
}

// keep caches the entries built for ids, read from a snapshot taken
// after the cache was at epoch (see nodeCache), those whose nodes no
// write has touched since.
func (c *nodeCache) keep(epoch uint64, ids []graph.ID, builds []*entryBuild) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.limit < 0 {
		return
	}
	for i, b := range builds {
		if b == nil || !b.changed() {
			continue
		}
		s := c.slot(string(ids[i]))
		if s.touched > epoch || s.pending > 0 {
			continue
		}
		c.dropLocked(ids[i])
		c.addLocked(ids[i], b.entry())
	}
}

func (c *nodeCache) addLocked(id graph.ID, e *nodeEntry) {
	limit := c.limit
	if limit == 0 {
		limit = defaultNodeCache
	}
	if e.size > limit/4 {
		return
	}
	if c.youngSize+e.size > limit/2 {
		c.old, c.oldSize = c.young, c.youngSize
		c.young, c.youngSize = nil, 0
	}
	if c.young == nil {
		c.young = map[graph.ID]*nodeEntry{}
	}
	c.young[id] = e
	c.youngSize += e.size
}

func (c *nodeCache) dropLocked(id graph.ID) {
	if e, ok := c.young[id]; ok {
		delete(c.young, id)
		c.youngSize -= e.size
	}
	if e, ok := c.old[id]; ok {
		delete(c.old, id)
		c.oldSize -= e.size
	}
}

// nodeWrite is the nodes a write touches, for begin and end.
type nodeWrite struct {
	ids []string
	all bool // every node (a restore)
}

// writtenNodes is the nodes whose cached entries ops may change: those
// with a rank/ key among them, and, to be safe, an n/ key.
func writtenNodes(ops []kv) nodeWrite {
	var w nodeWrite
	seen := map[string]struct{}{}
	for _, op := range ops {
		var id []byte
		switch {
		case bytes.HasPrefix(op.key, []byte(prefixRankAll)):
			id = op.key[len(prefixRankAll):]
			if i := bytes.IndexByte(id, '/'); i >= 0 {
				id = id[:i]
			}
		case bytes.HasPrefix(op.key, []byte("n/")):
			id = op.key[len("n/"):]
		default:
			continue
		}
		if _, ok := seen[string(id)]; !ok {
			seen[string(id)] = struct{}{}
			w.ids = append(w.ids, string(id))
		}
	}
	return w
}

// begin is called before a write of the nodes w commits.
func (c *nodeCache) begin(w nodeWrite) { c.touch(w, 1) }

// end is called once that write committed or failed.
func (c *nodeCache) end(w nodeWrite) { c.touch(w, -1) }

func (c *nodeCache) touch(w nodeWrite, pending int32) {
	if len(w.ids) == 0 && !w.all {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch++
	if w.all {
		for i := range c.slots {
			c.slots[i].touched = c.epoch
			c.slots[i].pending += pending
		}
		c.young, c.old, c.youngSize, c.oldSize = nil, nil, 0, 0
		return
	}
	for _, id := range w.ids {
		s := c.slot(id)
		s.touched = c.epoch
		s.pending += pending
		c.dropLocked(graph.ID(id))
	}
}

// size is the bytes the cache holds, about, and its entries.
func (c *nodeCache) size() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.youngSize + c.oldSize, len(c.young) + len(c.old)
}
