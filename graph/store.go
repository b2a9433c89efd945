package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
)

// Direction selects which edges of a node an adjacency scan returns.
type Direction int

// Directions: edges leaving the node, edges entering it, or both.
const (
	Out Direction = iota
	In
	Both
)

// Link is one entry of a node's adjacency: an edge seen from one end.
// Adjacency scans return links, not edges, so that traversals read only
// index keys and load the edges they keep.
type Link struct {
	Edge  ID
	Class EdgeClass
	// Other is the node at the far end.
	Other ID
	// Outgoing is true when the node scanned is the edge's source.
	Outgoing bool
	// Support is the number of articles supporting the edge, when the
	// Reader keeps it with its adjacency (store.DB does), else 0: a
	// traversal ranks links by it without loading edges.
	Support int
	// Modality is the edge's most factual modality (Edge.MostFactual),
	// when the Reader keeps it with its adjacency (store.DB does), else
	// asserted: a traversal skips edges that are no facts without
	// loading them, and checks the edges it loads either way.
	Modality Modality
}

// AmongAdjacencyReader is implemented by Readers that can list only the
// links whose far end is one of a set of nodes, without reading the
// others: a traversal that has all its nodes and looks for the edges
// among them need not read the thousands of articles that mention a hub.
type AmongAdjacencyReader interface {
	// AdjacentAmong is Adjacent, for each of ids, restricted to links
	// whose far end is in among, which must be sorted; the map has an
	// entry for every id.
	AdjacentAmong(ctx context.Context, ids []ID, dir Direction, classes []EdgeClass, among []ID) (map[ID][]Link, error)
}

// InducedReader is implemented by Readers that can list the edges from
// some nodes to a set of others from the sources' adjacency alone: a
// traversal that has chosen its nodes then reads, for the edges among
// them, the out-links of each that lead to the others, and neither the
// incoming half of every edge again nor the links that lead elsewhere
// (for a store that keeps a node's out-links sorted by far end, or can
// join on it).
type InducedReader interface {
	// LinksAmong lists, for each of ids, the edges of the given classes
	// (every class when empty) of which it is the source and whose
	// target is in among, which must be sorted, as links (Outgoing
	// true, Other the target) carrying their Support and Modality as
	// Adjacent's do. A symmetric edge is listed at the end it is stored
	// from (Orient's source), so that the links of the nodes of among
	// to among list each edge among them once. The map has an entry
	// for each of ids that has such links.
	LinksAmong(ctx context.Context, ids []ID, classes []EdgeClass, among []ID) (map[ID][]Link, error)
}

// RoundTripReader is implemented by Readers each of whose calls is a
// round trip to a database server, which costs more than most calls'
// rows: a traversal then makes few large reads rather than many small
// ones (Neighborhood reads the edges among its nodes with one
// LinksAmong, without reading their strongest links first).
type RoundTripReader interface {
	// RoundTrips reports whether each call is a round trip.
	RoundTrips() bool
}

// StrongestAmongReader is implemented by Readers that can rank the
// edges among a set of nodes where they are stored (a database server,
// or a store that keeps each node's links strongest first and can merge
// them), so that a capped neighbourhood receives the edges it keeps,
// not every edge among its nodes: the Reader filters, sorts and cuts
// them.
type StrongestAmongReader interface {
	// StrongestAmong lists the limit strongest edges among nodes,
	// which must be sorted: those whose source and target are both in
	// nodes, of the given classes (every class when empty), facts only
	// (Modality.Factual) unless nonFactual, and not in except (sorted),
	// strongest first: by Support, descending, then by edge ID. They
	// come as LinksAmong lists them: by source, as links from it
	// (Outgoing true, Other the target) with their Support and Modality,
	// each source's in that order. more reports whether such edges were
	// left out.
	StrongestAmong(ctx context.Context, nodes []ID, classes []EdgeClass, nonFactual bool, except []ID, limit int) (links map[ID][]Link, more bool, err error)
}

// StrongestAmongNodesReader is implemented by StrongestAmongReaders
// that keep each node's record beside its links (the store's format 9
// puts it first under the node's ranked links), so that ranking the
// edges among a neighbourhood's nodes reads the nodes on the way,
// instead of looking each up again afterwards.
type StrongestAmongNodesReader interface {
	StrongestAmongReader
	// StrongestAmongNodes is StrongestAmong that also returns the
	// nodes among which it ranked whose records it read on the way, in
	// the order of nodes, as Nodes returns them. A node it returns no
	// record of is one that does not exist or whose record the reader
	// did not have at hand: the caller reads those with Nodes.
	StrongestAmongNodes(ctx context.Context, nodes []ID, classes []EdgeClass, nonFactual bool, except []ID, limit int) (links map[ID][]Link, found []Node, more bool, err error)
}

// CheckStrongestAmong refuses the arguments no StrongestAmong takes:
// nodes or except not sorted, or a negative limit. op names the caller
// in the error.
func CheckStrongestAmong(op string, nodes, except []ID, limit int) error {
	if !slices.IsSorted(nodes) || !slices.IsSorted(except) {
		return Errorf(op, Invalid, "the nodes to look among or the edges to leave out are not sorted")
	}
	if limit < 0 {
		return Errorf(op, Invalid, "limit %d is negative", limit)
	}
	return nil
}

// RankedAdjacencyReader is implemented by Readers that keep each node's
// links in order of strength, so that a capped traversal reads the few
// links it keeps instead of a hub's whole adjacency. Readers without it
// get the same answers, more slowly: Neighborhood then reads and sorts
// whole adjacencies.
type RankedAdjacencyReader interface {
	// StrongestLinks calls visit with the links of each of ids in turn,
	// in both directions and of every class, strongest first (the order
	// of CompareStrength), all from one snapshot. visit returns false to
	// go on to the next node. Links carry their Support.
	StrongestLinks(ctx context.Context, ids []ID, visit func(from ID, l Link) bool) error
}

// CompareStrength orders links strongest first: by Support, descending,
// then by Class, by far end (Other), and incoming before outgoing. It is
// the order of RankedAdjacencyReader and of the node caps of
// Neighborhood.
func CompareStrength(a, b Link) int {
	if a.Support != b.Support {
		if a.Support > b.Support {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.Class, b.Class); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Other, b.Other); c != 0 {
		return c
	}
	switch {
	case a.Outgoing == b.Outgoing:
		return cmp.Compare(a.Edge, b.Edge)
	case b.Outgoing:
		return -1
	}
	return 1
}

// Order names an order of relations that a Reader may keep an index of.
type Order string

// Orders of relations: by support (articles), by the earliest and by the
// latest date of their evidence.
const (
	BySupport   Order = "support"
	ByFirstSeen Order = "first"
	ByLastSeen  Order = "last"
)

// EdgeKey is e's sort key in order o: its support in ten zero-padded
// digits, or its FirstSeen or LastSeen date ("" when undated). Lists of
// relations sort by it, then by ID.
func EdgeKey(o Order, e Edge) string {
	switch o {
	case BySupport:
		return supportKey(e.Support())
	case ByFirstSeen:
		// A coarse day ("2026-06") sorts as its first or last full
		// date, so that every key is a full date and sorts as one.
		return DayStart(e.FirstSeen())
	case ByLastSeen:
		return DayEnd(e.LastSeen())
	}
	return ""
}

// supportKey is n in ten zero-padded digits, as "%010d" prints it,
// without fmt: a store builds one for every edge an article adds to.
func supportKey(n int) string {
	if n < 0 || n > 9_999_999_999 {
		return fmt.Sprintf("%010d", n)
	}
	var b [10]byte
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[:])
}

// OrderedReader is implemented by Readers that keep indexes of the
// orders lists are asked for, so that a page of a long list reads about
// a page of keys instead of the whole kind.
type OrderedReader interface {
	// EdgesInOrder calls fn with edges without their evidence (as
	// EdgeHeadReader gives them) in order of EdgeKey(o, e), then ID,
	// both ascending or both descending, beginning strictly after the
	// position (afterKey, afterID) when afterID is not empty, until fn
	// returns an error (ErrStop ends the scan with a nil error).
	EdgesInOrder(ctx context.Context, o Order, desc bool, afterKey string, afterID ID, fn func(Edge) error) error
	// NodesByDate does the same for the nodes of kind k, which is
	// KindStatement, KindArticle or KindEvent, ordered by date, then ID:
	// an article's date, the date of a statement's article, or an
	// event's date as DayStart gives it (a coarse date as its first
	// day).
	NodesByDate(ctx context.Context, k NodeKind, desc bool, afterKey string, afterID ID, fn func(date string, n Node) error) error
}

// EdgeSelection narrows an ordered list of relations to some classes
// and to the edges whose most factual modality (Edge.MostFactual) is
// one of some modalities; an empty list admits every class or modality.
type EdgeSelection struct {
	Classes    []EdgeClass
	Modalities []Modality
}

// Admits reports whether edge e is in the selection.
func (s EdgeSelection) Admits(e Edge) bool {
	return s.admitsClass(e.Class) && (len(s.Modalities) == 0 || slices.Contains(s.Modalities, e.MostFactual()))
}

func (s EdgeSelection) admitsClass(c EdgeClass) bool {
	return len(s.Classes) == 0 || slices.Contains(s.Classes, c)
}

// Count is how many edges of counts (by class, then most factual
// modality, as ModalityCounter gives them) the selection admits.
func (s EdgeSelection) Count(counts map[EdgeClass]map[Modality]int64) int64 {
	var n int64
	for c, byMod := range counts {
		if !s.admitsClass(c) {
			continue
		}
		for m, k := range byMod {
			if len(s.Modalities) == 0 || slices.Contains(s.Modalities, m) {
				n += k
			}
		}
	}
	return n
}

// SelectiveOrderedReader is an OrderedReader whose relation orders are
// kept per class, with each edge's most factual modality, and that
// counts edges by class and modality: the default list of relations
// (the facts) and a list of one class read about a page of keys and
// know their total without a scan.
type SelectiveOrderedReader interface {
	OrderedReader
	// SelectedEdgesInOrder is EdgesInOrder restricted to the edges sel
	// admits, in the same order.
	SelectedEdgesInOrder(ctx context.Context, o Order, sel EdgeSelection, desc bool, afterKey string, afterID ID, fn func(Edge) error) error
	// EdgeCountsByModality counts the stored edges by class, then by
	// most factual modality; classes and modalities without edges may
	// be missing.
	EdgeCountsByModality(ctx context.Context) (map[EdgeClass]map[Modality]int64, error)
}

// ErrStop, returned by a scan callback, ends the scan early without error.
var ErrStop = errors.New("stop scan")

// Reader reads a stored graph. Every method is safe for concurrent use.
// Missing nodes, edges and articles give errors of kind NotFound.
type Reader interface {
	Node(ctx context.Context, id ID) (Node, error)
	// Nodes loads several nodes at once; the result is in the order of
	// ids, with ids that do not exist left out.
	Nodes(ctx context.Context, ids []ID) ([]Node, error)
	Edge(ctx context.Context, id ID) (Edge, error)
	// Edges loads several edges at once, like Nodes.
	Edges(ctx context.Context, ids []ID) ([]Edge, error)
	// Adjacent lists the links of node id in the given direction,
	// restricted to classes when classes is not empty, in a stable order
	// (by class, then far end).
	Adjacent(ctx context.Context, id ID, dir Direction, classes []EdgeClass) ([]Link, error)
	// ScanNodes calls fn for every node of kind k whose ID is greater
	// than after, in ID order, until fn returns an error (ErrStop ends
	// the scan with a nil error).
	ScanNodes(ctx context.Context, k NodeKind, after ID, fn func(Node) error) error
	// ScanEdges calls fn for every edge whose ID is greater than after,
	// in ID order, like ScanNodes.
	ScanEdges(ctx context.Context, after ID, fn func(Edge) error) error
	// Lookup returns the actors that have name as their name or an alias,
	// compared after Fold.
	Lookup(ctx context.Context, name string) ([]ID, error)
	// ArticleText returns the full text of an article, which evidence
	// offsets index into.
	ArticleText(ctx context.Context, id ID) (string, error)
}

// Writer adds extracted articles to a stored graph.
type Writer interface {
	// Ingest stores a batch all or nothing: readers see the whole article
	// or none of it. Actors are first resolved against stored ones (see
	// Resolve). Ingesting an article whose ID is already stored changes
	// nothing and reports Duplicate.
	Ingest(ctx context.Context, b *Batch) (IngestResult, error)
}

// Store is a complete graph store.
type Store interface {
	Reader
	Writer
	Close() error
}
