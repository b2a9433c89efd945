package store

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

var (
	_ graph.AmongAdjacencyReader  = (*DB)(nil)
	_ graph.InducedReader         = (*DB)(nil)
	_ graph.RankedAdjacencyReader = (*DB)(nil)
)

// StrongestLinks calls visit with the links of each of ids, strongest
// first, from their rank/ keys, all in one snapshot
// (graph.RankedAdjacencyReader): a node's keys sort by support,
// descending, so a traversal that keeps a hub's 150 strongest links reads
// about 150 keys of its 30,000. visit returning false moves on to the
// next node. A node's links come from the node cache as far as it holds
// them (see nodecache.go), then from Badger, and what is read there is
// cached.
func (db *DB) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(graph.ID, graph.Link) bool) error {
	const op = "store.StrongestLinks"
	var ids2 idArena
	var entries []*nodeEntry
	var builds []*entryBuild
	var epoch uint64
	if !db.nodes.off() {
		entries, builds = make([]*nodeEntry, len(ids)), make([]*entryBuild, len(ids))
		epoch = db.nodes.lookup(ids, entries)
	}
	err := db.view(op, func(txn *badger.Txn) error {
		if entries != nil && !db.nodes.still(epoch) {
			clear(entries) // they may be older than the snapshot
		}
		var it *badger.Iterator // made once a node is read from Badger
		defer func() {
			if it != nil {
				it.Close()
			}
		}()
		var seek []byte
		for i, id := range ids {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !validID(id) {
				continue
			}
			prefix := prefixRank(id)
			seek = append(seek[:0], prefix...)
			if entries != nil {
				b := &entryBuild{}
				if e := entries[i]; e != nil {
					if !visitCached(id, e, visit) || e.complete {
						continue
					}
					b.base = e
					if len(e.links) > 0 {
						seek = e.rankKeyAfter(seek, prefix, len(e.links)-1)
					}
				}
				builds[i] = b
			}
			if it == nil {
				it = txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll)})
			}
			if err := strongestFrom(it, id, prefix, seek, &ids2, builds, i, visit); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return readErr(op, db.dir, err)
	}
	if builds != nil {
		db.nodes.keep(epoch, ids, builds)
	}
	return nil
}

// visitCached calls visit with the links e holds of node id, strongest
// first, and reports whether visit took them all.
func visitCached(id graph.ID, e *nodeEntry, visit func(graph.ID, graph.Link) bool) bool {
	for j := range e.links {
		if !visit(id, e.link(j)) {
			return false
		}
	}
	return true
}

// strongestFrom calls visit with node id's links from its rank/ key
// seek on, through it, until visit returns false; builds[i], when there
// are builds, notes them (and the record) for the node cache.
func strongestFrom(it *badger.Iterator, id graph.ID, prefix, seek []byte, ids *idArena, builds []*entryBuild, i int, visit func(graph.ID, graph.Link) bool) error {
	var b *entryBuild
	if builds != nil {
		b = builds[i]
	}
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		if len(item.Key()) == len(prefix) {
			// The node's record (format 9).
			if b != nil {
				if err := item.Value(func(v []byte) error {
					n, err := decodeNode(v)
					if err == nil {
						b.keepRecord(n)
					}
					return err
				}); err != nil {
					return fmt.Errorf("decode %s: %w", item.Key(), err)
				}
			}
			continue
		}
		support, rawClass, other, outgoing, ok := parseRankRaw(item.Key()[len(prefix):])
		if !ok {
			return fmt.Errorf("malformed rank key %q", item.Key())
		}
		l := graph.Link{Class: classOf(rawClass), Outgoing: outgoing, Support: support}
		if err := item.Value(func(v []byte) error {
			// v is Badger's only until this returns: the IDs are
			// copied here.
			var edge []byte
			edge, l.Modality = parseRankValueBytes(v)
			l.Other, l.Edge = ids.strings(other, edge)
			if b != nil {
				b.add(support, rawClass, other, outgoing, edge, l.Modality)
			}
			return nil
		}); err != nil {
			return err
		}
		if !visit(id, l) {
			return nil
		}
	}
	if b != nil {
		b.complete = true
	}
	return nil
}

// Adjacent lists node id's links from its adjacency keys alone, without
// loading edges, sorted by class, then far end. Symmetric edges count as
// both outgoing and incoming at both ends (see doc.go). A node without
// links, or that does not exist, has none.
func (db *DB) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	const op = "store.Adjacent"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	var links []graph.Link
	err := db.view(op, func(txn *badger.Txn) error {
		a := newAdjReader(txn)
		defer a.close()
		var err error
		links, err = a.links(ctx, id, dir, classes, nil)
		return err
	})
	if err != nil {
		return nil, readErr(op, db.dir, err)
	}
	return links, nil
}

// AdjacentAmong lists, for each of ids, its links whose far end is in
// among, which must be sorted (graph.AmongAdjacencyReader), all from one
// snapshot. A class's links sort by far end, so they and the members are
// two sorted lists: the walk reads them side by side and, when the next
// member is far ahead, seeks to it instead of reading every link in
// between (the thousands of articles that mention a hub).
func (db *DB) AdjacentAmong(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	const op = "store.AdjacentAmong"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	if !slices.IsSorted(among) {
		return nil, graph.Errorf(op, graph.Invalid, "the nodes to look among are not sorted")
	}
	if among == nil {
		among = []graph.ID{}
	}
	return db.linksOf(ctx, op, ids, dir, classes, among)
}

// LinksAmong lists the links of each of ids of which it is the source
// and whose far end is in among, which must be sorted, from its out/
// keys (graph.InducedReader), all from one snapshot: each node's
// out-links, class by class, walked side by side with among as
// AdjacentAmong walks them, so that a class whose far ends are of a
// kind none of among is skipped with one seek, and the in/ keys, which
// repeat every edge, are not read.
func (db *DB) LinksAmong(ctx context.Context, ids []graph.ID, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	const op = "store.LinksAmong"
	if err := checkAdjacency(op, graph.Out, classes); err != nil {
		return nil, err
	}
	if !slices.IsSorted(among) {
		return nil, graph.Errorf(op, graph.Invalid, "the nodes to look among are not sorted")
	}
	var want []graph.EdgeClass // nil for all
	if len(classes) > 0 {
		want = classes
	}
	out := map[graph.ID][]graph.Link{}
	if len(among) == 0 {
		return out, nil
	}
	err := db.view(op, func(txn *badger.Txn) error {
		a := newAdjReader(txn)
		defer a.close()
		for _, id := range ids {
			if _, done := out[id]; done || !validID(id) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			a.found = nil
			if err := a.read(id, "out", want, among); err != nil {
				return err
			}
			if len(a.found) > 0 {
				out[id] = a.found
			}
		}
		return nil
	})
	if err != nil {
		return nil, readErr(op, db.dir, err)
	}
	return out, nil
}

// linksOf reads the links of each of ids from one snapshot, those to
// members of among alone when among is not nil (AdjacentMany,
// AdjacentAmong); every id gets an entry, empty when it has no links.
func (db *DB) linksOf(ctx context.Context, op string, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	out := make(map[graph.ID][]graph.Link, len(ids))
	err := db.view(op, func(txn *badger.Txn) error {
		a := newAdjReader(txn)
		defer a.close()
		for _, id := range ids {
			if _, done := out[id]; done {
				continue
			}
			links, err := a.links(ctx, id, dir, classes, among)
			if err != nil {
				return err
			}
			if links == nil {
				links = []graph.Link{}
			}
			out[id] = links
		}
		return nil
	})
	if err != nil {
		return nil, readErr(op, db.dir, err)
	}
	return out, nil
}

func checkAdjacency(op string, dir graph.Direction, classes []graph.EdgeClass) error {
	if dir != graph.Out && dir != graph.In && dir != graph.Both {
		return graph.Errorf(op, graph.Invalid, "unknown direction %d", dir)
	}
	for _, c := range classes {
		if !c.Valid() {
			return graph.Errorf(op, graph.Invalid, "unknown edge class %q", c)
		}
	}
	return nil
}

// symmetricClasses lists the symmetric classes, which Adjacent follows
// both ways.
var symmetricClasses = func() []graph.EdgeClass {
	var s []graph.EdgeClass
	for _, c := range graph.EdgeClasses {
		if c.Symmetric() {
			s = append(s, c)
		}
	}
	return s
}()

// classNames maps a class's name to the class, for classOf.
var classNames = func() map[string]graph.EdgeClass {
	m := make(map[string]graph.EdgeClass, len(graph.EdgeClasses))
	for _, c := range graph.EdgeClasses {
		m[string(c)] = c
	}
	return m
}()

// classOf is the class named b, without a copy of b for a known class:
// a walk among a neighbourhood's nodes keeps thousands of links.
func classOf(b []byte) graph.EdgeClass {
	if c, ok := classNames[string(b)]; ok {
		return c
	}
	return graph.EdgeClass(b)
}

// compareID compares id with the ID b holds, as strings.Compare
// would, without copying b into a string.
func compareID(id graph.ID, b []byte) int {
	n := min(len(id), len(b))
	for i := range n {
		if id[i] != b[i] {
			if id[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return cmp.Compare(len(id), len(b))
}

// leapSteps is how many links a walk among members reads one by one
// before it seeks to the next member instead.
const leapSteps = 8

// adjReader reads adjacency keys within one transaction, keeping one
// iterator per key space open from node to node: creating a Badger
// iterator costs more than a seek. A node's links of support 1 are
// under its rank/ prefix alone (format 11), those of any other support
// under out/ and in/ too.
type adjReader struct {
	txn           *badger.Txn
	out, in, rank *badger.Iterator
	found         []graph.Link // links of the node being read
}

func newAdjReader(txn *badger.Txn) *adjReader { return &adjReader{txn: txn} }

func (a *adjReader) close() {
	for _, it := range []*badger.Iterator{a.out, a.in, a.rank} {
		if it != nil {
			it.Close()
		}
	}
}

// iterator is the reader's iterator over the keys under prefix d + "/"
// ("out", "in" or "rank").
func (a *adjReader) iterator(d string) *badger.Iterator {
	it := &a.out
	switch d {
	case "in":
		it = &a.in
	case "rank":
		it = &a.rank
	}
	if *it == nil {
		*it = a.txn.NewIterator(badger.IteratorOptions{Prefix: []byte(d + "/")})
	}
	return *it
}

// links reads node id's links (see Adjacent), only those to members of
// among when among is not nil.
func (a *adjReader) links(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) ([]graph.Link, error) {
	if !validID(id) {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.found = nil
	var want []graph.EdgeClass // nil for all
	if len(classes) > 0 {
		want = classes
	}
	symmetric := []graph.EdgeClass{}
	for _, c := range symmetricClasses {
		if want == nil || slices.Contains(want, c) {
			symmetric = append(symmetric, c)
		}
	}
	outs, ins := want, want // the classes read in each direction
	switch dir {
	case graph.Out:
		ins = symmetric
	case graph.In:
		outs = symmetric
	}
	err := a.readKeys(id, "out", outs, among)
	if err == nil {
		err = a.readKeys(id, "in", ins, among)
	}
	if err == nil {
		err = a.readSingles(id, outs, ins, among)
	}
	if err != nil {
		return nil, err
	}
	links := a.found
	slices.SortFunc(links, compareLinks)
	return links, nil
}

// compareLinks orders links by class, then far end, then edge: the
// order of a node's out/ keys, and Adjacent's.
func compareLinks(x, y graph.Link) int {
	if c := strings.Compare(string(x.Class), string(y.Class)); c != 0 {
		return c
	}
	if c := strings.Compare(string(x.Other), string(y.Other)); c != 0 {
		return c
	}
	return strings.Compare(string(x.Edge), string(y.Edge))
}

// read appends the links of id in direction d ("out" or "in") of the
// classes in only (all when nil) to a.found, by class, then far end;
// with among not nil, those to its members alone, walking and seeking
// as AdjacentAmong says.
func (a *adjReader) read(id graph.ID, d string, only []graph.EdgeClass, among []graph.ID) error {
	start := len(a.found)
	if err := a.readKeys(id, d, only, among); err != nil {
		return err
	}
	outs, ins := only, []graph.EdgeClass{}
	if d == "in" {
		outs, ins = ins, outs
	}
	keyed := len(a.found)
	if err := a.readSingles(id, outs, ins, among); err != nil {
		return err
	}
	if keyed > start && len(a.found) > keyed {
		slices.SortFunc(a.found[start:], compareLinks)
	}
	return nil
}

// amongWalk is a walk of one node's links, class by class and sorted by
// far end within a class, beside the sorted members of among, which
// seeks past runs of links to other nodes (the thousands of articles
// that mention a hub) instead of reading them.
type amongWalk struct {
	among    []graph.ID
	cur      []byte // the class being walked
	j, steps int    // next member, links read one by one since
}

// amongStep is what the walk does with a link: take it, read the next
// key, or seek (to the next class when every member is behind, else to
// the next member's links).
type amongStep int

const (
	takeLink amongStep = iota
	nextKey
	seekClassEnd
	seekMember
)

// visit says what to do with a link of class to other; after takeLink,
// among[w.j] is other, and after seekMember the member to seek.
func (w *amongWalk) visit(class, other []byte) amongStep {
	if !bytes.Equal(class, w.cur) {
		w.cur, w.j, w.steps = append(w.cur[:0], class...), 0, 0
	}
	// Most links fall before the next member; only a link past it needs
	// a search for the member after.
	found := false
	if w.j < len(w.among) {
		switch c := compareID(w.among[w.j], other); {
		case c == 0:
			found = true
		case c < 0:
			var k int
			k, found = slices.BinarySearchFunc(w.among[w.j:], other, compareID)
			w.j += k
		}
	}
	switch {
	case found:
		w.steps = 0
		return takeLink
	case w.steps < leapSteps:
		w.steps++
		return nextKey
	case w.j == len(w.among):
		w.steps = 0
		return seekClassEnd
	default:
		w.steps = 0
		return seekMember
	}
}

// walkRun walks the keys under base, each a link of a class to a far
// end (split reads them from what follows base), sorted by class, then
// far end: a class that skip rejects is passed over with one seek; with
// among not nil, the links to its members alone are taken, walking and
// seeking beside them (amongWalk). take is given each link taken, with
// its far end (among's copy when among is not nil, else empty).
func walkRun(it *badger.Iterator, base []byte, among []graph.ID, split func(key, rest []byte) (class, other []byte, err error),
	skip func(class []byte) bool, take func(item *badger.Item, class, other []byte, far graph.ID) error) error {
	key := slices.Clone(base) // the key sought, reused
	seek := func(parts ...[]byte) {
		key = key[:len(base)]
		for _, p := range parts {
			key = append(key, p...)
		}
		it.Seek(key)
	}
	walk := amongWalk{among: among}
	for it.Seek(base); it.ValidForPrefix(base); {
		item := it.Item()
		class, other, err := split(item.Key(), item.Key()[len(base):])
		if err != nil {
			return err
		}
		if skip(class) {
			seek(class, []byte("0")) // '0' sorts just after '/': the next class
			continue
		}
		far := graph.ID("")
		if among != nil {
			switch walk.visit(class, other) {
			case nextKey:
				it.Next()
				continue
			case seekClassEnd:
				seek(class, []byte("0"))
				continue
			case seekMember:
				seek(class, []byte("/"), []byte(among[walk.j]))
				continue
			}
			far = among[walk.j] // the same ID, without a copy
		}
		if err := take(item, class, other, far); err != nil {
			return err
		}
		it.Next()
	}
	return nil
}

// readKeys appends the links of id in direction d ("out" or "in") of
// the classes in only (all when nil) to a.found from its out/ or in/
// keys, passing over those of support 1, which readSingles reads from
// rank/ (a value of support 1 under out/ or in/ is one an upgrade to
// format 11 has yet to drop); with among not nil, those to its members
// alone.
func (a *adjReader) readKeys(id graph.ID, d string, only []graph.EdgeClass, among []graph.ID) error {
	if only != nil && len(only) == 0 {
		return nil
	}
	outgoing := d == "out"
	split := func(key, rest []byte) ([]byte, []byte, error) {
		slash := bytes.IndexByte(rest, '/')
		if slash < 0 {
			return nil, nil, fmt.Errorf("malformed adjacency key %q", key)
		}
		return rest[:slash], rest[slash+1:], nil
	}
	skip := func(class []byte) bool { return only != nil && !slices.Contains(only, graph.EdgeClass(class)) }
	take := func(item *badger.Item, class, other []byte, far graph.ID) error {
		var edge graph.ID
		var articles int
		var mod graph.Modality
		if err := item.Value(func(v []byte) error {
			edge, articles, mod = parseAdjValue(v)
			return nil
		}); err != nil {
			return err
		}
		if articles != 1 {
			if far == "" {
				far = graph.ID(other)
			}
			a.found = append(a.found, graph.Link{Edge: edge, Class: classOf(class), Other: far, Outgoing: outgoing, Support: articles, Modality: mod})
		}
		return nil
	}
	return walkRun(a.iterator(d), prefixAdj(d, id, ""), among, split, skip, take)
}

// singlesPrefix is the prefix of node id's rank/ keys of support 1.
func singlesPrefix(id graph.ID) []byte {
	return append(appendHex8(prefixRank(id), math.MaxUint32-1), '/')
}

// readSingles appends the links of id of support 1 to a.found from its
// rank/ keys of that support (rank/<id>/fffffffe/<class>/<far end>/<o|i>,
// which list them by class, then far end, as out/ and in/ do): the
// outgoing ones of the classes in outs and the incoming ones of the
// classes in ins (all when nil, none when empty); with among not nil,
// those to its members alone.
func (a *adjReader) readSingles(id graph.ID, outs, ins []graph.EdgeClass, among []graph.ID) error {
	noOut, noIn := outs != nil && len(outs) == 0, ins != nil && len(ins) == 0
	if noOut && noIn {
		return nil
	}
	wanted := func(only []graph.EdgeClass, none bool, class []byte) bool {
		return !none && (only == nil || slices.Contains(only, graph.EdgeClass(class)))
	}
	split := func(key, rest []byte) ([]byte, []byte, error) {
		slash := bytes.IndexByte(rest, '/')
		if slash < 0 || len(rest) < slash+4 || rest[len(rest)-2] != '/' {
			return nil, nil, fmt.Errorf("malformed rank key %q", key)
		}
		return rest[:slash], rest[slash+1 : len(rest)-2], nil
	}
	skip := func(class []byte) bool { return !wanted(outs, noOut, class) && !wanted(ins, noIn, class) }
	take := func(item *badger.Item, class, other []byte, far graph.ID) error {
		k := item.Key()
		outgoing := k[len(k)-1] == 'o'
		if outgoing && !wanted(outs, noOut, class) || !outgoing && !wanted(ins, noIn, class) {
			return nil
		}
		var edge graph.ID
		var mod graph.Modality
		if err := item.Value(func(v []byte) error {
			b, m := parseRankValueBytes(v)
			edge, mod = graph.ID(b), m
			return nil
		}); err != nil {
			return err
		}
		if far == "" {
			far = graph.ID(other)
		}
		a.found = append(a.found, graph.Link{Edge: edge, Class: classOf(class), Other: far, Outgoing: outgoing, Support: 1, Modality: mod})
		return nil
	}
	return walkRun(a.iterator("rank"), singlesPrefix(id), among, split, skip, take)
}
