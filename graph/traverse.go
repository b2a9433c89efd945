package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// TraverseOptions bound a neighbourhood traversal. The zero value walks
// nothing but the roots, following outgoing edges of every class.
type TraverseOptions struct {
	// Depth is the number of hops from the roots; 0 returns the roots
	// and the edges among them.
	Depth int
	// Classes restricts the edges followed; empty means every class.
	Classes []EdgeClass
	// Direction says which edges of a node are followed. Edges of a
	// symmetric class (CONSULT, AGREE, COOPERATE, FAMILY) have no
	// direction and are followed whichever direction is asked for. The
	// zero value is Out; use Both to ignore direction altogether.
	Direction Direction
	// LimitPerHop caps the new nodes reached from any one node in one
	// hop (0: no cap). A node adds its new neighbours strongest first:
	// in the order of its strongest followed link to each
	// (CompareStrength: the most support, then by class and far end),
	// so a cap (this or MaxNodes) keeps the strongest. Edges to nodes
	// already in the subgraph are never cut.
	LimitPerHop int
	// MaxNodes caps the nodes of the result, roots included (0: no cap).
	MaxNodes int
	// MaxEdges caps the edges of the result (0: no cap). A larger result
	// keeps, first, the edge through which each node was reached, so
	// that every node stays connected to a root, then the edges with the
	// most support, ties by ID; Truncated is set.
	MaxEdges int
	// Since and Until (YYYY-MM-DD, inclusive, either may be empty) keep
	// only the edges with at least one piece of evidence dated in that
	// period; see Edge.SeenBetween.
	Since, Until string
	// Heads asks for the result's edges without their evidence, with
	// Edge.Articles, First and Last summarising it instead, when the
	// Reader is an EdgeHeadReader and no period is set (a period is
	// checked against each piece of evidence, so it loads them all).
	// Support, FirstSeen and LastSeen give the same answers either way.
	Heads bool
	// FromLinks asks for the result's edges as the links the walk read
	// describe them, without loading them: ID, Source, Target, Class,
	// and Articles and Modality (so Support and MostFactual answer), but
	// no Verb, First or Last. It applies where the links carry their
	// support and modality (a RankedAdjacencyReader) and no period is
	// set; an edge whose link lacks its support, and every edge
	// elsewhere, is loaded as Heads says. A caller that shows only ends,
	// classes and weights (a graph view) saves a read per edge: for a
	// hub's default neighbourhood, 400 point reads, half its time.
	FromLinks bool
	// NonFactual also follows edges that no piece of evidence presents
	// as a fact (negated, demanded or hypothetical only; see Modality).
	// By default only facts, asserted or planned, are followed.
	NonFactual bool
}

// Check reports whether the options are usable, with an error of kind
// Invalid naming the bad option.
func (o TraverseOptions) Check() error {
	const op = "graph.Neighborhood"
	if o.Depth < 0 {
		return Errorf(op, Invalid, "depth %d is negative", o.Depth)
	}
	if o.LimitPerHop < 0 {
		return Errorf(op, Invalid, "limitPerHop %d is negative", o.LimitPerHop)
	}
	if o.MaxEdges < 0 {
		return Errorf(op, Invalid, "maxEdges %d is negative", o.MaxEdges)
	}
	return checkWalk(op, o.Direction, o.Classes, o.MaxNodes, o.Since, o.Until)
}

// checkWalk checks the options that traversals and path searches share.
func checkWalk(op string, dir Direction, classes []EdgeClass, maxNodes int, since, until string) error {
	if maxNodes < 0 {
		return Errorf(op, Invalid, "maxNodes %d is negative", maxNodes)
	}
	switch dir {
	case Out, In, Both:
	default:
		return Errorf(op, Invalid, "unknown direction %d", dir)
	}
	for _, c := range classes {
		if !c.Valid() {
			return Errorf(op, Invalid, "unknown edge class %q", c)
		}
	}
	return CheckPeriod(since, until)
}

// CheckPeriod reports whether since and until are empty or dates in the
// form YYYY-MM-DD with since not after until, with an error of kind
// Invalid otherwise.
func CheckPeriod(since, until string) error {
	const op = "graph.CheckPeriod"
	for _, d := range []struct{ name, v string }{{"since", since}, {"until", until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return Errorf(op, Invalid, "%s %q is not a date of the form YYYY-MM-DD", d.name, d.v)
		}
	}
	if since != "" && until != "" && since > until {
		return Errorf(op, Invalid, "since %s is after until %s", since, until)
	}
	return nil
}

// SeenBetween reports whether at least one piece of e's evidence is dated
// in the period from since to until, both inclusive and in the form
// YYYY-MM-DD; an empty bound is open. A piece is dated by Evidence.Day:
// the action's date when the sentence gives one (a month or year
// overlapping the period counts), else the article's. With both bounds
// empty every edge is seen; otherwise undated evidence is never in the
// period.
func (e Edge) SeenBetween(since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if e.summarised() {
		// Coarser: the period overlaps [First, Last], though it may fall
		// between two pieces of evidence.
		return SpanIn(e.First, e.Last, since, until)
	}
	for _, ev := range e.Evidence {
		if DayIn(ev.Day(), since, until) {
			return true
		}
	}
	return false
}

// Subgraph is a part of the graph: a set of nodes and edges between them.
type Subgraph struct {
	// Roots are the nodes the traversal started from, in the order given
	// and without repeats.
	Roots []ID
	// Nodes are ordered by kind (in the order of NodeKinds), then ID.
	Nodes []Node
	// Edges are ordered by ID; both ends of every edge are in Nodes.
	Edges []Edge
	// Distance is the number of hops from the nearest root to each node.
	Distance map[ID]int
	// Truncated is true when LimitPerHop or MaxNodes left out nodes that
	// the traversal would otherwise have reached, or MaxEdges edges.
	Truncated bool
}

// SortNodes orders nodes by kind, in the order of NodeKinds (unknown
// kinds last), then by ID: the order of Subgraph.Nodes and of exports.
func SortNodes(nodes []Node) {
	// Each node's kind's rank is found once, not at each comparison.
	type ranked struct {
		rank int
		id   ID
		i    int
	}
	rs := make([]ranked, len(nodes))
	for i, n := range nodes {
		rs[i] = ranked{kindRank(n.Kind), n.ID, i}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return strings.Compare(string(a.id), string(b.id))
	})
	sorted := make([]Node, len(nodes))
	for i, r := range rs {
		sorted[i] = nodes[r.i]
	}
	copy(nodes, sorted)
}

func kindRank(k NodeKind) int {
	for i, x := range NodeKinds {
		if k == x {
			return i
		}
	}
	return len(NodeKinds)
}

// Neighborhood returns the subgraph around roots: every node within
// opt.Depth hops of a root along the edges opt allows, breadth first, and
// every allowed edge between two of those nodes (the induced subgraph),
// so the result does not depend on the order nodes were reached in.
// Each node adds its new neighbours strongest first (see
// TraverseOptions.LimitPerHop) while the limits (LimitPerHop, MaxNodes)
// allow, nodes reached from earlier roots and nearer hops first, and a
// cut sets Truncated; MaxEdges then keeps the strongest edges. A root
// that does not exist gives an error of kind NotFound; bad options give
// Invalid.
//
// The walk reads links in order of strength, from a
// RankedAdjacencyReader when r is one and no period is set, so that a
// capped neighbourhood of a hub reads about as many links as it keeps;
// the edges among the chosen nodes are then read strongest first too,
// each node's only as far as MaxEdges can still keep them. Only nodes and
// links are held in memory while walking; edges are loaded once, at the
// end, unless a period is set, in which case each is loaded when first
// met to check its dates.
func Neighborhood(ctx context.Context, r Reader, roots []ID, opt TraverseOptions) (*Subgraph, error) {
	const op = "graph.Neighborhood"
	if err := opt.Check(); err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, Errorf(op, Invalid, "no roots given")
	}
	sub := &Subgraph{Distance: make(map[ID]int, opt.MaxNodes)}
	for _, id := range roots {
		if _, dup := sub.Distance[id]; dup {
			continue
		}
		sub.Distance[id] = 0
		sub.Roots = append(sub.Roots, id)
	}
	found, err := r.Nodes(ctx, sub.Roots)
	if err != nil {
		return nil, fmt.Errorf("%s: load roots: %w", op, err)
	}
	if len(found) != len(sub.Roots) {
		have := make(map[ID]bool, len(found))
		for _, n := range found {
			have[n.ID] = true
		}
		for _, id := range sub.Roots {
			if !have[id] {
				return nil, Errorf(op, NotFound, "root node %q not found", id)
			}
		}
	}
	if opt.MaxNodes > 0 && len(sub.Roots) > opt.MaxNodes {
		return nil, Errorf(op, LimitExceeded, "%d roots given, more than maxNodes %d", len(sub.Roots), opt.MaxNodes)
	}

	w := &walker{r: r, opt: opt, dated: opt.Since != "" || opt.Until != "", checked: map[ID]Edge{}, rejected: map[ID]bool{}}
	if _, ranked := r.(RankedAdjacencyReader); ranked && opt.FromLinks && !w.dated {
		w.linked = make(map[ID]linkedEdge, opt.MaxEdges)
	}
	members := append([]ID(nil), sub.Roots...) // in the order reached
	via := make(map[ID]int, opt.MaxNodes)      // the edge through which each node was reached, with its support
	frontier := sub.Roots
	full := func() bool { return opt.MaxNodes > 0 && len(sub.Distance) >= opt.MaxNodes }
	for hop := 0; hop < opt.Depth && len(frontier) > 0; hop++ {
		if full() && sub.Truncated {
			break // nothing can be added, and the cut is known
		}
		var next []ID
		added, from := 0, ID("")
		err := w.strongest(ctx, frontier, true, func(id ID, l Link) bool {
			if full() && sub.Truncated {
				return false // nothing can be added, and the cut is known
			}
			if id != from {
				added, from = 0, id
			}
			if _, known := sub.Distance[l.Other]; known {
				return true
			}
			if full() || (opt.LimitPerHop > 0 && added >= opt.LimitPerHop) {
				sub.Truncated = true
				return false
			}
			added++
			sub.Distance[l.Other] = hop + 1
			next = append(next, l.Other)
			members = append(members, l.Other)
			via[l.Edge] = l.Support
			w.note(id, l)
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("%s: hop %d: %w", op, hop+1, err)
		}
		frontier = next
	}

	ids := sortedKeys(sub.Distance)
	w.in = ids
	eids, support, cut, err := w.among(ctx, members, sub.Distance, via)
	if err != nil {
		return nil, fmt.Errorf("%s: edges among %d nodes: %w", op, len(members), err)
	}
	sub.Truncated = sub.Truncated || cut

	if sub.Nodes, err = w.nodes(ctx, ids); err != nil {
		return nil, fmt.Errorf("%s: load nodes: %w", op, err)
	}
	SortNodes(sub.Nodes)
	present := sub.Distance // when every node is found
	if len(sub.Nodes) < len(sub.Distance) {
		present = make(map[ID]int, len(sub.Nodes))
		for _, n := range sub.Nodes {
			present[n.ID] = 0
		}
		for id := range sub.Distance {
			if _, ok := present[id]; !ok {
				delete(sub.Distance, id) // an edge pointed at a node that is gone
			}
		}
	}

	if opt.MaxEdges > 0 && len(eids) > opt.MaxEdges {
		eids = strongestIDs(eids, via, func(id ID) int { return support[id] }, opt.MaxEdges)
		sub.Truncated = true
	}
	var edges []Edge
	if w.dated {
		edges = make([]Edge, 0, len(eids))
		for _, id := range eids {
			edges = append(edges, w.checked[id])
		}
	} else if edges, err = w.edges(ctx, eids); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	sub.Edges = edges[:0]
	for _, e := range edges {
		_, src := present[e.Source]
		_, dst := present[e.Target]
		if src && dst && (opt.NonFactual || e.Factual()) {
			sub.Edges = append(sub.Edges, e)
		}
	}
	return sub, nil
}

// walker reads the links a traversal follows, in order of strength.
type walker struct {
	r        Reader
	opt      TraverseOptions
	dated    bool
	checked  map[ID]Edge   // edges loaded to check their dates, kept or not
	rejected map[ID]bool   // edges outside the period
	read     map[ID][]Link // adjacent's answers, for the edges among the nodes
	// ranked holds the start of each node's ranked links as far as the
	// walk read them (strongestRanked), so that a node read again, as
	// the walk's nodes are when the edges among them are read, is not
	// read twice.
	ranked map[ID]*rankedPrefix
	// linked holds the edges that links kept or offered describe, for
	// FromLinks; nil when the edges are loaded instead.
	linked map[ID]linkedEdge
	// records holds the nodes a StrongestAmongNodesReader read while it
	// ranked the edges among them, so that they are not read again.
	records []Node
	// in is the IDs of the walk's nodes, sorted, once they are known.
	in []ID
}

// nodes reads the nodes ids that exist, those whose records the edges
// among them brought (w.records) without reading them again.
func (w *walker) nodes(ctx context.Context, ids []ID) ([]Node, error) {
	if len(w.records) == 0 {
		return w.r.Nodes(ctx, ids)
	}
	if len(w.records) == len(ids) && slices.EqualFunc(w.records, ids, func(n Node, id ID) bool { return n.ID == id }) {
		return w.records, nil // all of them, the usual case
	}
	have := make(map[ID]bool, len(w.records))
	for _, n := range w.records {
		have[n.ID] = true
	}
	var rest []ID
	for _, id := range ids {
		if !have[id] {
			rest = append(rest, id)
		}
	}
	out := w.records
	if len(rest) > 0 {
		more, err := w.r.Nodes(ctx, rest)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	return out, nil
}

// linkedEdge is what a link says of its edge, for FromLinks: less than
// half an Edge, of which a hub's neighbourhood notes hundreds.
type linkedEdge struct {
	source, target ID
	class          EdgeClass
	support        int
	mod            Modality
}

// edge is the edge id as its link described it.
func (le linkedEdge) edge(id ID) Edge {
	return Edge{ID: id, Source: le.source, Target: le.target, Class: le.class, Articles: le.support, Modality: le.mod}
}

// note records, for FromLinks, the edge that node id's link l
// describes.
func (w *walker) note(id ID, l Link) {
	if w.linked == nil || l.Support <= 0 {
		return
	}
	e := linkedEdge{source: id, target: l.Other, class: l.Class, support: l.Support, mod: l.Modality}
	if !l.Outgoing {
		e.source, e.target = l.Other, id
	}
	w.linked[l.Edge] = e
}

// edges returns the edges ids: those the links described when
// FromLinks applies, the others loaded (heads when opt.Heads and the
// reader has them); an edge that is gone is left out.
func (w *walker) edges(ctx context.Context, ids []ID) ([]Edge, error) {
	load := ids
	if w.linked != nil {
		load = nil
		for _, id := range ids {
			if _, ok := w.linked[id]; !ok {
				load = append(load, id)
			}
		}
	}
	loaded, err := w.load(ctx, load)
	if err != nil || w.linked == nil {
		return loaded, err
	}
	edges := append(make([]Edge, 0, len(ids)), loaded...)
	for _, id := range ids {
		if e, ok := w.linked[id]; ok {
			edges = append(edges, e.edge(id))
		}
	}
	if len(loaded) > 0 {
		slices.SortFunc(edges, func(a, b Edge) int { return strings.Compare(string(a.ID), string(b.ID)) })
	}
	return edges, nil
}

// load loads the edges ids: their heads when opt.Heads asks for them
// and the reader has them, else the edges with their evidence.
func (w *walker) load(ctx context.Context, ids []ID) ([]Edge, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if hr, ok := w.r.(EdgeHeadReader); ok && w.opt.Heads {
		edges, err := hr.EdgeHeads(ctx, ids)
		if err != nil {
			return nil, fmt.Errorf("load edge heads: %w", err)
		}
		return edges, nil
	}
	edges, err := w.r.Edges(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load edges: %w", err)
	}
	return edges, nil
}

// follows reports whether the traversal follows link l out of a node.
func (w *walker) follows(l Link) bool {
	if len(w.opt.Classes) > 0 && !slices.Contains(w.opt.Classes, l.Class) {
		return false
	}
	if !w.opt.NonFactual && !l.Modality.Factual() {
		return false
	}
	return w.opt.Direction == Both || l.Class.Symmetric() || l.Outgoing == (w.opt.Direction == Out)
}

// strongest calls visit with the links of each of ids in turn (those
// the traversal follows when followedOnly), strongest first
// (CompareStrength), until visit returns false for that node: from the
// reader's ranked adjacency when it has one and no period is set, else
// from Adjacent, checked against the period and sorted.
func (w *walker) strongest(ctx context.Context, ids []ID, followedOnly bool, visit func(ID, Link) bool) error {
	skip := func(l Link) bool { return followedOnly && !w.follows(l) }
	if rr, ok := w.r.(RankedAdjacencyReader); ok && !w.dated {
		// The hops' reads are kept for the edges among the nodes,
		// which read every node once more and keep nothing, unless
		// the reader ranks those itself (StrongestAmongReader).
		_, ranks := w.r.(StrongestAmongReader)
		return w.strongestRanked(ctx, rr, ids, followedOnly && !ranks, func(id ID, l Link) bool {
			return skip(l) || visit(id, l)
		})
	}
	for _, id := range ids {
		links, err := w.adjacent(ctx, id)
		if err != nil {
			return err
		}
		for _, l := range links {
			if !skip(l) && !visit(id, l) {
				break
			}
		}
	}
	return nil
}

// rankedPrefix is the start of a node's links strongest first, as a
// RankedAdjacencyReader gave them to the walk.
type rankedPrefix struct {
	links []Link
	all   bool // the node has no links past these
}

// strongestRanked is strongest from rr: each node's links come from
// w.ranked as far as the walk read them before, then from rr, which is
// asked once for each run of nodes not read before; with keep, the
// links read are added to w.ranked. A hub's neighbourhood reads the
// root's strongest links to choose the nodes, then again, to about the
// same depth, for the edges among them: the second time costs no read.
func (w *walker) strongestRanked(ctx context.Context, rr RankedAdjacencyReader, ids []ID, keep bool, visit func(ID, Link) bool) error {
	if len(w.ranked) == 0 && !keep {
		return rr.StrongestLinks(ctx, ids, visit)
	}
	if w.ranked == nil {
		w.ranked = map[ID]*rankedPrefix{}
	}
	for i := 0; i < len(ids); {
		j := i
		for j < len(ids) && w.ranked[ids[j]] == nil {
			j++
		}
		if j > i {
			var err error
			if keep {
				err = w.readRanked(ctx, rr, ids[i:j], visit)
			} else {
				err = rr.StrongestLinks(ctx, ids[i:j], visit)
			}
			if err != nil {
				return err
			}
			i = j
			continue
		}
		id := ids[i]
		i++
		p := w.ranked[id]
		stopped := false
		for _, l := range p.links {
			if !visit(id, l) {
				stopped = true
				break
			}
		}
		if !stopped && !p.all {
			if err := w.readRanked(ctx, rr, []ID{id}, visit); err != nil {
				return err
			}
		}
	}
	return nil
}

// readRanked reads the links of ids from rr strongest first, past those
// w.ranked holds for each (which visit has seen), adding them there,
// and calls visit with each until it returns false for that node. A
// link read again is known by its edge; should the reader's order have
// changed since (a write in between), the links from the first that
// differs on are visited, some perhaps a second time, as a walk that
// reads a node twice would.
func (w *walker) readRanked(ctx context.Context, rr RankedAdjacencyReader, ids []ID, visit func(ID, Link) bool) error {
	stopped := make(map[ID]bool, len(ids))
	var p *rankedPrefix
	cur, n, known := ID(""), 0, 0
	err := rr.StrongestLinks(ctx, ids, func(id ID, l Link) bool {
		if id != cur || p == nil {
			cur, n = id, 0
			if p = w.ranked[id]; p == nil {
				p = &rankedPrefix{}
				w.ranked[id] = p
			}
			known = len(p.links)
		}
		if n < known {
			if p.links[n].Edge == l.Edge {
				n++
				return true
			}
			p.links, known = p.links[:n], n // the order changed
		}
		n++
		p.links = append(p.links, l)
		if !visit(id, l) {
			stopped[id] = true
			return false
		}
		return true
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		if p := w.ranked[id]; p == nil {
			w.ranked[id] = &rankedPrefix{all: true}
		} else if !stopped[id] {
			p.all = true
		}
	}
	return nil
}

// adjacent is node id's links with their support, strongest first,
// without those outside the period: the fallback of strongest.
func (w *walker) adjacent(ctx context.Context, id ID) ([]Link, error) {
	if links, ok := w.read[id]; ok {
		return links, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	links, err := w.r.Adjacent(ctx, id, Both, w.opt.Classes)
	if err != nil {
		return nil, fmt.Errorf("adjacency of %s: %w", id, err)
	}
	if w.dated {
		if err := checkDates(ctx, w.r, links, w.checked, w.rejected, w.opt.Since, w.opt.Until); err != nil {
			return nil, fmt.Errorf("edges of %s: %w", id, err)
		}
		links = slices.DeleteFunc(links, func(l Link) bool { return w.rejected[l.Edge] })
	}
	if err := withSupport(ctx, w.r, links, w.checked); err != nil {
		return nil, fmt.Errorf("support of the links of %s: %w", id, err)
	}
	slices.SortFunc(links, CompareStrength)
	if w.read == nil {
		w.read = map[ID][]Link{}
	}
	w.read[id] = links
	return links, nil
}

// withSupport fills in the Support of links whose reader left it out,
// from edge heads when r is an EdgeHeadReader, else from the edges (or
// from loaded, the edges already loaded).
func withSupport(ctx context.Context, r Reader, links []Link, loaded map[ID]Edge) error {
	var unknown []ID
	for _, l := range links {
		if _, ok := loaded[l.Edge]; l.Support == 0 && !ok {
			unknown = append(unknown, l.Edge)
		}
	}
	support := map[ID]int{}
	for _, e := range loaded {
		support[e.ID] = e.Support()
	}
	if len(unknown) > 0 {
		var edges []Edge
		var err error
		if hr, ok := r.(EdgeHeadReader); ok {
			edges, err = hr.EdgeHeads(ctx, unknown)
		} else {
			edges, err = r.Edges(ctx, unknown)
		}
		if err != nil {
			return err
		}
		for _, e := range edges {
			support[e.ID] = e.Support()
		}
	}
	for i, l := range links {
		if l.Support == 0 {
			links[i].Support = support[l.Edge]
		}
	}
	return nil
}

// among returns the IDs of the allowed edges between members (in, by
// ID), with the support of each, and whether some were left out; via
// holds the edges nodes were reached through, with their support,
// which are kept whatever their support. With MaxEdges set and no
// period, the others are read strongest first (amongRanked) and the
// members that reading leaves, or all of them for a RoundTripReader,
// among the others (amongAll); a StrongestAmongReader ranks and cuts
// them itself (a server in one round trip; a store that keeps ranked
// links by merging the members' links strongest first, which reads
// each only as deep as the weakest edge kept). Without MaxEdges, every
// link among the members is read.
//
// Every edge kept is found: its source was either read strongest first
// until its links were too weak for the kept ones, or read among the
// members in full.
func (w *walker) among(ctx context.Context, members []ID, in map[ID]int, via map[ID]int) ([]ID, map[ID]int, bool, error) {
	support := make(map[ID]int, max(w.opt.MaxEdges, len(via)))
	for id, s := range via {
		support[id] = s
	}
	room := w.opt.MaxEdges - len(via)
	if w.opt.MaxEdges == 0 || room <= 0 || w.dated {
		err := w.amongAll(ctx, members, in, func(id ID, l Link) {
			support[l.Edge] = l.Support
			w.note(id, l)
		})
		return sortedKeys(support), support, false, err
	}
	if sr, ok := w.r.(StrongestAmongReader); ok {
		// One call, which returns the edges kept alone (and, from a
		// StrongestAmongNodesReader, the nodes' records).
		var links map[ID][]Link
		var more bool
		var err error
		if nr, ok := sr.(StrongestAmongNodesReader); ok {
			links, w.records, more, err = nr.StrongestAmongNodes(ctx, w.sortedIn(in), w.opt.Classes, w.opt.NonFactual, sortedKeys(via), room)
		} else {
			links, more, err = sr.StrongestAmong(ctx, w.sortedIn(in), w.opt.Classes, w.opt.NonFactual, sortedKeys(via), room)
		}
		if err != nil {
			return nil, nil, false, err
		}
		for src, ls := range links {
			for _, l := range ls {
				support[l.Edge] = l.Support
				w.note(src, l)
			}
		}
		return sortedKeys(support), support, more, nil
	}
	top := newTopLinks(room)
	rest := members // one read of them all
	if _, ok := w.r.(InducedReader); !ok || !roundTrips(w.r) {
		var err error
		if rest, err = w.amongRanked(ctx, members, in, via, top); err != nil {
			return nil, nil, false, err
		}
	}
	if len(rest) > 0 {
		if err := w.amongAll(ctx, rest, in, func(id ID, l Link) {
			if _, ok := via[l.Edge]; !ok {
				top.offer(id, l)
			}
		}); err != nil {
			return nil, nil, false, err
		}
	}
	for _, l := range top.links {
		support[l.Edge] = l.Support
		w.note(l.from, l.Link)
	}
	return sortedKeys(support), support, top.dropped, nil
}

// amongRanked offers top the allowed links among the members, other
// than via, reading each member's strongest first until they are too
// weak for top, so that the edges among a hub's strongest neighbours
// cost about as many reads as are kept. It returns the members it did
// not read that far, once rankBudget of the links it read were of no
// use (leading elsewhere, or too weak to keep): when the links among the
// members are weak, or lead mostly elsewhere, reading them among the
// others (amongAll) costs less.
func (w *walker) amongRanked(ctx context.Context, members []ID, in map[ID]int, via map[ID]int, top *topLinks) ([]ID, error) {
	budget := rankBudget(w.opt.MaxEdges, len(members))
	var rest []ID
	err := w.strongest(ctx, members, false, func(id ID, l Link) bool {
		if budget <= 0 {
			if len(rest) == 0 || rest[len(rest)-1] != id {
				rest = append(rest, id)
			}
			return false
		}
		if top.dropped && l.Support < top.weakest().Support {
			// The rest of this node's links are weaker than all those
			// kept, and the cut is known.
			return false
		}
		if _, ok := via[l.Edge]; ok || !w.allowed(l, in) {
			budget--
			return true
		}
		if top.offer(id, l) {
			return true
		}
		budget--
		// Ties may still come (by ID) after a link left out; weaker
		// links may not.
		return l.Support >= top.weakest().Support
	})
	return rest, err
}

// rankBudget is how many links of no use among reads strongest first,
// for maxEdges edges among n nodes, before it reads the rest among the
// others: reading a node's links among the others costs about a link
// per link to another member, however weak, and a seek per run of
// links elsewhere, so it is cheaper once the ranked reads go well past
// the links kept.
func rankBudget(maxEdges, n int) int { return 4*maxEdges + 2*n }

// roundTrips reports whether each call to r is a round trip to a
// server (RoundTripReader).
func roundTrips(r Reader) bool {
	rt, ok := r.(RoundTripReader)
	return ok && rt.RoundTrips()
}

// allowed reports whether l is a link among the nodes in that the
// traversal's options allow: of an allowed class, outside no period,
// and a fact unless non-factual edges are asked for.
func (w *walker) allowed(l Link, in map[ID]int) bool {
	if _, ok := in[l.Other]; !ok || w.rejected[l.Edge] {
		return false
	}
	if len(w.opt.Classes) > 0 && !slices.Contains(w.opt.Classes, l.Class) {
		return false
	}
	return w.opt.NonFactual || l.Modality.Factual()
}

// amongAll calls keep with every allowed link whose source is one of
// ids and whose far end is in, with its support, and with those whose
// far end is one of ids and whose source is in; an edge may come twice.
// An InducedReader lists each edge once, from its source, reading
// neither the links that lead elsewhere nor the incoming ones; an
// AmongAdjacencyReader lists both directions of ids among in, so that
// an edge whose source is not read is found at its target.
func (w *walker) amongAll(ctx context.Context, ids []ID, in map[ID]int, keep func(ID, Link)) error {
	// Nodes whose links the walk read are not read again.
	var unread []ID
	for _, id := range ids {
		if _, ok := w.read[id]; !ok {
			unread = append(unread, id)
		}
	}
	if len(unread) > 0 && !w.dated {
		var links map[ID][]Link
		var err error
		if ir, ok := w.r.(InducedReader); ok {
			links, err = ir.LinksAmong(ctx, unread, w.opt.Classes, w.sortedIn(in))
		} else if ar, ok := w.r.(AmongAdjacencyReader); ok {
			links, err = ar.AdjacentAmong(ctx, unread, Both, w.opt.Classes, w.sortedIn(in))
		}
		if err != nil {
			return err
		}
		if links != nil {
			for _, id := range unread {
				ls := slices.DeleteFunc(links[id], func(l Link) bool { return !w.allowed(l, in) })
				if err := withSupport(ctx, w.r, ls, w.checked); err != nil {
					return err
				}
				for _, l := range ls {
					keep(id, l)
				}
			}
			ids = slices.DeleteFunc(slices.Clone(ids), func(id ID) bool { return w.read[id] == nil })
		}
	}
	for _, id := range ids {
		links, err := w.adjacent(ctx, id)
		if err != nil {
			return err
		}
		for _, l := range links {
			if w.allowed(l, in) {
				keep(id, l)
			}
		}
	}
	return nil
}

// sortedIn is in's IDs, sorted: w.in when it holds them.
func (w *walker) sortedIn(in map[ID]int) []ID {
	if len(w.in) == len(in) {
		return w.in
	}
	return sortedKeys(in)
}

func sortedKeys[V any](m map[ID]V) []ID {
	ids := make([]ID, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// topLinks keeps the n strongest links offered, one per edge, by support
// and then edge ID (strongestIDs' order), each with the node it was
// read from (for walker.note, once the links kept are known).
type topLinks struct {
	n       int
	links   []fromLink // a min-heap by strength: links[0] is the weakest
	have    map[ID]bool
	dropped bool // a link was left out or pushed out
}

// fromLink is a link with the node it was read from.
type fromLink struct {
	from ID
	Link
}

func newTopLinks(n int) *topLinks {
	return &topLinks{n: n, links: make([]fromLink, 0, n), have: make(map[ID]bool, n)}
}

// weaker reports whether a ranks below b.
func weaker(a, b Link) bool {
	if a.Support != b.Support {
		return a.Support < b.Support
	}
	return a.Edge > b.Edge
}

func (t *topLinks) weakest() Link { return t.links[0].Link }

// offer adds node from's link l unless its edge is in already or it is
// weaker than all n kept; it returns false when l is not kept and is
// new.
func (t *topLinks) offer(from ID, l Link) bool {
	if t.have[l.Edge] {
		return true
	}
	if len(t.links) < t.n {
		t.have[l.Edge] = true
		t.links = append(t.links, fromLink{from, l})
		t.up(len(t.links) - 1)
		return true
	}
	if weaker(l, t.links[0].Link) {
		t.dropped = true
		return false
	}
	delete(t.have, t.links[0].Edge)
	t.have[l.Edge] = true
	t.links[0] = fromLink{from, l}
	t.down(0)
	t.dropped = true
	return true
}

func (t *topLinks) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !weaker(t.links[i].Link, t.links[p].Link) {
			return
		}
		t.links[i], t.links[p] = t.links[p], t.links[i]
		i = p
	}
}

func (t *topLinks) down(i int) {
	for {
		m, l, r := i, 2*i+1, 2*i+2
		if l < len(t.links) && weaker(t.links[l].Link, t.links[m].Link) {
			m = l
		}
		if r < len(t.links) && weaker(t.links[r].Link, t.links[m].Link) {
			m = r
		}
		if m == i {
			return
		}
		t.links[i], t.links[m] = t.links[m], t.links[i]
		i = m
	}
}

// strongestIDs keeps limit of the edges ids: the edges through which
// nodes were reached (via) first, then the most supported, ties by ID;
// the result is ordered by ID like Subgraph.Edges.
func strongestIDs(ids []ID, via map[ID]int, support func(ID) int, limit int) []ID {
	type ranked struct {
		id      ID
		via     bool
		support int
	}
	rs := make([]ranked, len(ids))
	for i, id := range ids {
		_, isVia := via[id]
		rs[i] = ranked{id, isVia, support(id)}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if a.via != b.via {
			if a.via {
				return -1
			}
			return 1
		}
		if a.support != b.support {
			return b.support - a.support
		}
		return strings.Compare(string(a.id), string(b.id))
	})
	out := make([]ID, limit)
	for i := range out {
		out[i] = rs[i].id
	}
	slices.Sort(out)
	return out
}

// followed keeps the links a traversal in direction dir follows: all of
// them for Both, else those pointing the right way and the symmetric ones.
func followed(links []Link, dir Direction) []Link {
	if dir == Both {
		return links
	}
	out := make([]Link, 0, len(links))
	for _, l := range links {
		if l.Class.Symmetric() || l.Outgoing == (dir == Out) {
			out = append(out, l)
		}
	}
	return out
}

// checkDates loads the edges of links not yet checked and records those
// without evidence in the period.
func checkDates(ctx context.Context, r Reader, links []Link, checked map[ID]Edge, rejected map[ID]bool, since, until string) error {
	var load []ID
	for _, l := range links {
		if _, ok := checked[l.Edge]; !ok && !rejected[l.Edge] {
			load = append(load, l.Edge)
		}
	}
	if len(load) == 0 {
		return nil
	}
	edges, err := r.Edges(ctx, load)
	if err != nil {
		return err
	}
	got := make(map[ID]bool, len(edges))
	for _, e := range edges {
		got[e.ID] = true
		if e.SeenBetween(since, until) {
			checked[e.ID] = e
		} else {
			rejected[e.ID] = true
		}
	}
	for _, id := range load {
		if !got[id] {
			rejected[id] = true // listed in the index but gone
		}
	}
	return nil
}
