package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
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
	// hop (0: no cap). When a cap (this or MaxNodes) leaves out some of
	// a node's new neighbours, the strongest are kept: those whose links
	// to the node have the most support (articles) together, ties in the
	// order Reader.Adjacent returns them (by class, then far end). Edges
	// to nodes already in the subgraph are never cut.
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
	sort.Slice(nodes, func(i, j int) bool {
		ri, rj := kindRank(nodes[i].Kind), kindRank(nodes[j].Kind)
		if ri != rj {
			return ri < rj
		}
		return nodes[i].ID < nodes[j].ID
	})
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
// Limits (LimitPerHop, MaxNodes) keep, of the nodes one node reaches, the
// strongest (see TraverseOptions.LimitPerHop), nodes first reached from
// earlier roots and nearer hops first, and set Truncated; MaxEdges then
// keeps the strongest edges. A root that does not
// exist gives an error of kind NotFound; bad options give Invalid.
//
// Only nodes are held in memory while walking; edges are loaded once,
// at the end, unless a period is set, in which case each is loaded when
// first met to check its dates.
func Neighborhood(ctx context.Context, r Reader, roots []ID, opt TraverseOptions) (*Subgraph, error) {
	const op = "graph.Neighborhood"
	if err := opt.Check(); err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, Errorf(op, Invalid, "no roots given")
	}
	sub := &Subgraph{Distance: map[ID]int{}}
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

	dated := opt.Since != "" || opt.Until != ""
	kept := map[ID]bool{}       // edges in the result
	checked := map[ID]Edge{}    // edges loaded to check their dates, kept or not
	rejected := map[ID]bool{}   // edges outside the period
	via := map[ID]bool{}        // the edge through which each node was reached
	linkSupport := map[ID]int{} // of kept edges, as their links gave it (0: unknown)
	frontier := append([]ID(nil), sub.Roots...)
	for hop := 0; hop <= opt.Depth && len(frontier) > 0; hop++ {
		var next []ID
		// The links among the nodes of this hop's frontier, once no node
		// can be added; each hop reads its own frontier's.
		var among map[ID][]Link
		for i, id := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			// Once no node can be added, only links among known nodes
			// count; when the limits already cut, so that Truncated
			// need not be decided, the rest are not even read.
			var links []Link
			var err error
			final := hop == opt.Depth || (opt.MaxNodes > 0 && len(sub.Distance) >= opt.MaxNodes && sub.Truncated)
			if ar, ok := r.(AmongAdjacencyReader); ok && final {
				// The nodes are final from here on: the rest of the
				// frontier is read in one go.
				if among == nil {
					members := make([]ID, 0, len(sub.Distance))
					for id := range sub.Distance {
						members = append(members, id)
					}
					slices.Sort(members)
					if among, err = ar.AdjacentAmong(ctx, frontier[i:], Both, opt.Classes, members); err != nil {
						return nil, fmt.Errorf("%s: adjacency of %d nodes: %w", op, len(frontier)-i, err)
					}
				}
				links = among[id]
			} else {
				links, err = r.Adjacent(ctx, id, Both, opt.Classes)
			}
			if err != nil {
				return nil, fmt.Errorf("%s: adjacency of %s: %w", op, id, err)
			}
			links = followed(links, opt.Direction)
			if dated {
				if err := checkDates(ctx, r, links, checked, rejected, opt.Since, opt.Until); err != nil {
					return nil, fmt.Errorf("%s: edges of %s: %w", op, id, err)
				}
			}
			// With no budget left nothing is added, so nothing is ranked.
			if budget := hopBudget(opt, len(sub.Distance)); hop < opt.Depth && budget > 0 {
				if links, err = strongestFirst(ctx, r, links, sub.Distance, rejected, budget); err != nil {
					return nil, fmt.Errorf("%s: rank the links of %s: %w", op, id, err)
				}
			}
			added := 0
			for _, l := range links {
				if rejected[l.Edge] {
					continue
				}
				if _, known := sub.Distance[l.Other]; known {
					kept[l.Edge] = true
					linkSupport[l.Edge] = l.Support
					continue
				}
				if hop == opt.Depth {
					continue // beyond the depth: not a cut
				}
				if (opt.LimitPerHop > 0 && added >= opt.LimitPerHop) ||
					(opt.MaxNodes > 0 && len(sub.Distance) >= opt.MaxNodes) {
					sub.Truncated = true
					continue
				}
				added++
				sub.Distance[l.Other] = hop + 1
				next = append(next, l.Other)
				kept[l.Edge] = true
				linkSupport[l.Edge] = l.Support
				via[l.Edge] = true
			}
		}
		frontier = next
	}

	ids := make([]ID, 0, len(sub.Distance))
	for id := range sub.Distance {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	if sub.Nodes, err = r.Nodes(ctx, ids); err != nil {
		return nil, fmt.Errorf("%s: load nodes: %w", op, err)
	}
	SortNodes(sub.Nodes)
	present := make(map[ID]bool, len(sub.Nodes))
	for _, n := range sub.Nodes {
		present[n.ID] = true
	}
	for id := range sub.Distance {
		if !present[id] {
			delete(sub.Distance, id) // an edge pointed at a node that is gone
		}
	}

	eids := make([]ID, 0, len(kept))
	for id := range kept {
		eids = append(eids, id)
	}
	sort.Slice(eids, func(i, j int) bool { return eids[i] < eids[j] })
	// When the links gave every edge's support, the edges over MaxEdges
	// are dropped before any is loaded.
	if opt.MaxEdges > 0 && len(eids) > opt.MaxEdges && !dated && !slices.ContainsFunc(eids, func(id ID) bool { return linkSupport[id] == 0 }) {
		eids = strongestIDs(eids, via, func(id ID) int { return linkSupport[id] }, opt.MaxEdges)
		sub.Truncated = true
	}
	var edges []Edge
	if dated {
		edges = make([]Edge, 0, len(eids))
		for _, id := range eids {
			edges = append(edges, checked[id])
		}
	} else if hr, ok := r.(EdgeHeadReader); ok && opt.Heads {
		if edges, err = hr.EdgeHeads(ctx, eids); err != nil {
			return nil, fmt.Errorf("%s: load edge heads: %w", op, err)
		}
	} else if edges, err = r.Edges(ctx, eids); err != nil {
		return nil, fmt.Errorf("%s: load edges: %w", op, err)
	}
	sub.Edges = edges[:0]
	for _, e := range edges {
		if present[e.Source] && present[e.Target] {
			sub.Edges = append(sub.Edges, e)
		}
	}
	if opt.MaxEdges > 0 && len(sub.Edges) > opt.MaxEdges {
		sub.Edges = strongestEdges(sub.Edges, via, opt.MaxEdges)
		sub.Truncated = true
	}
	return sub, nil
}

// hopBudget is how many new nodes one node may still add under the
// limits, or -1 when nothing caps it.
func hopBudget(opt TraverseOptions, have int) int {
	budget := -1
	if opt.LimitPerHop > 0 {
		budget = opt.LimitPerHop
	}
	if opt.MaxNodes > 0 {
		left := max(opt.MaxNodes-have, 0)
		if budget < 0 || left < budget {
			budget = left
		}
	}
	return budget
}

// strongestFirst reorders links so that, when more new nodes are linked
// than budget admits, the links to the strongest new nodes come first:
// those whose links from this node have the most support together, ties
// in the links' order. Links to known nodes keep their place; with no
// more new nodes than budget, links are returned as they are and no edge
// is read. Support comes from edge heads when r is an EdgeHeadReader;
// otherwise the links keep Adjacent's order.
func strongestFirst(ctx context.Context, r Reader, links []Link, known map[ID]int, rejected map[ID]bool, budget int) ([]Link, error) {
	first := map[ID]int{} // new far end → index of its first link
	support := map[ID]int{}
	var unknown []ID // links whose support the adjacency did not give
	for i, l := range links {
		if _, in := known[l.Other]; in || rejected[l.Edge] {
			continue
		}
		if _, seen := first[l.Other]; !seen {
			first[l.Other] = i
		}
		if l.Support > 0 {
			support[l.Edge] = l.Support
		} else {
			unknown = append(unknown, l.Edge)
		}
	}
	if len(first) <= budget {
		return links, nil
	}
	if hr, ok := r.(EdgeHeadReader); ok && len(unknown) > 0 {
		heads, err := hr.EdgeHeads(ctx, unknown)
		if err != nil {
			return nil, err
		}
		for _, e := range heads {
			support[e.ID] = e.Support()
		}
	}
	score := make(map[ID]int, len(first))
	for _, l := range links {
		if _, isNew := first[l.Other]; isNew {
			score[l.Other] += support[l.Edge]
		}
	}
	// Links to known nodes cost no budget, so they go first as they are.
	out := make([]Link, 0, len(links))
	var fresh []Link
	for _, l := range links {
		if _, isNew := first[l.Other]; isNew && !rejected[l.Edge] {
			fresh = append(fresh, l)
		} else {
			out = append(out, l)
		}
	}
	sort.SliceStable(fresh, func(i, j int) bool {
		a, b := fresh[i].Other, fresh[j].Other
		if score[a] != score[b] {
			return score[a] > score[b]
		}
		return first[a] < first[b]
	})
	return append(out, fresh...), nil
}

// strongestEdges keeps limit edges: the edges through which nodes were
// reached (via) first, then the most supported, ties by ID; the result is
// ordered by ID like Subgraph.Edges.
func strongestEdges(edges []Edge, via map[ID]bool, limit int) []Edge {
	byID := make(map[ID]Edge, len(edges))
	ids := make([]ID, len(edges))
	for i, e := range edges {
		byID[e.ID], ids[i] = e, e.ID
	}
	ids = strongestIDs(ids, via, func(id ID) int { return byID[id].Support() }, limit)
	out := make([]Edge, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out
}

// strongestIDs is strongestEdges over edge IDs and their support.
func strongestIDs(ids []ID, via map[ID]bool, support func(ID) int, limit int) []ID {
	type ranked struct {
		id      ID
		via     bool
		support int
	}
	rs := make([]ranked, len(ids))
	for i, id := range ids {
		rs[i] = ranked{id, via[id], support(id)}
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
