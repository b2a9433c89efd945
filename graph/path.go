package graph

import (
	"context"
	"fmt"
)

// PathOptions bound a shortest-path search. The zero value follows
// outgoing edges of every class up to MaxDepth 0, which Check refuses:
// set MaxDepth.
type PathOptions struct {
	// Classes restricts the edges followed; empty means every class.
	Classes []EdgeClass
	// Direction says which edges are followed from each node, as in
	// TraverseOptions; symmetric classes are followed either way.
	Direction Direction
	// MaxDepth is the longest path looked for, in edges (at least 1).
	MaxDepth int
	// MaxNodes caps the nodes the search may visit (0: no cap); a
	// search that needs more fails with an error of kind LimitExceeded.
	MaxNodes int
	// Since and Until (YYYY-MM-DD, inclusive, either may be empty) keep
	// only the edges seen in that period; see Edge.SeenBetween.
	Since, Until string
}

// Check reports whether the options are usable, with an error of kind
// Invalid naming the bad option.
func (o PathOptions) Check() error {
	const op = "graph.ShortestPath"
	if o.MaxDepth < 1 {
		return Errorf(op, Invalid, "maxDepth %d is less than 1", o.MaxDepth)
	}
	return checkWalk(op, o.Direction, o.Classes, o.MaxNodes, o.Since, o.Until)
}

// Path is a walk through the graph: Edges[i] links Nodes[i] and
// Nodes[i+1] (in either direction, as the options allowed).
type Path struct {
	Nodes []Node
	Edges []Edge
}

// Len is the number of edges of the path.
func (p *Path) Len() int { return len(p.Edges) }

// ShortestPath finds a path with the fewest edges from one node to
// another, searching breadth first from both ends at once. Among paths
// of the same length it returns the same one every time (the first met
// in Reader.Adjacent's order). It returns nil and no error when no path
// of at most opt.MaxDepth edges exists; a missing end gives an error of
// kind NotFound and bad options one of kind Invalid.
func ShortestPath(ctx context.Context, r Reader, from, to ID, opt PathOptions) (*Path, error) {
	const op = "graph.ShortestPath"
	if err := opt.Check(); err != nil {
		return nil, err
	}
	ends, err := r.Nodes(ctx, []ID{from, to})
	if err != nil {
		return nil, fmt.Errorf("%s: load ends: %w", op, err)
	}
	have := map[ID]Node{}
	for _, n := range ends {
		have[n.ID] = n
	}
	for _, id := range []ID{from, to} {
		if _, ok := have[id]; !ok {
			return nil, Errorf(op, NotFound, "node %q not found", id)
		}
	}
	if from == to {
		return &Path{Nodes: []Node{have[from]}}, nil
	}

	s := pathSearch{ctx: ctx, r: r, opt: opt, dated: opt.Since != "" || opt.Until != "", seen: map[ID]bool{}}
	fwd := &side{visited: map[ID]visit{from: {}}, frontier: []ID{from}, dir: opt.Direction}
	bwd := &side{visited: map[ID]visit{to: {}}, frontier: []ID{to}, dir: reverse(opt.Direction)}
	for fwd.depth+bwd.depth < opt.MaxDepth && len(fwd.frontier) > 0 && len(bwd.frontier) > 0 {
		this, other := fwd, bwd
		if len(bwd.frontier) < len(fwd.frontier) {
			this, other = bwd, fwd
		}
		meet, err := s.expand(this, other)
		if err != nil {
			return nil, err
		}
		if meet != "" {
			return s.path(fwd, bwd, meet)
		}
		if opt.MaxNodes > 0 && len(fwd.visited)+len(bwd.visited) > opt.MaxNodes {
			return nil, Errorf(op, LimitExceeded, "search from %s to %s visited more than %d nodes", from, to, opt.MaxNodes)
		}
	}
	return nil, nil
}

// visit records how a search side reached a node.
type visit struct {
	parent ID
	via    Link // the link from parent to the node
	depth  int
}

// side is one end of a bidirectional search.
type side struct {
	visited  map[ID]visit
	frontier []ID
	depth    int
	dir      Direction
}

type pathSearch struct {
	ctx   context.Context
	r     Reader
	opt   PathOptions
	dated bool
	seen  map[ID]bool // edges checked against the period: in it or not
}

func reverse(d Direction) Direction {
	switch d {
	case Out:
		return In
	case In:
		return Out
	}
	return d
}

// expand advances this side by one level and returns the node where it
// met the other side closest to the other side's start, or "".
func (s *pathSearch) expand(this, other *side) (ID, error) {
	var next []ID
	var meet ID
	best := -1
	for _, id := range this.frontier {
		if err := s.ctx.Err(); err != nil {
			return "", err
		}
		links, err := s.links(id, this.dir)
		if err != nil {
			return "", err
		}
		for _, l := range links {
			if _, ok := this.visited[l.Other]; ok {
				continue
			}
			this.visited[l.Other] = visit{parent: id, via: l, depth: this.depth + 1}
			next = append(next, l.Other)
			if v, ok := other.visited[l.Other]; ok && (best < 0 || v.depth < best) {
				meet, best = l.Other, v.depth
			}
		}
	}
	this.frontier = next
	this.depth++
	return meet, nil
}

// links lists the links of id the options let the search follow in
// direction dir.
func (s *pathSearch) links(id ID, dir Direction) ([]Link, error) {
	all, err := s.r.Adjacent(s.ctx, id, Both, s.opt.Classes)
	if err != nil {
		return nil, fmt.Errorf("graph.ShortestPath: adjacency of %s: %w", id, err)
	}
	out := all[:0]
	for _, l := range all {
		if dir == Both || l.Class.Symmetric() || l.Outgoing == (dir == Out) {
			out = append(out, l)
		}
	}
	if !s.dated {
		return out, nil
	}
	var load []ID
	for _, l := range out {
		if _, ok := s.seen[l.Edge]; !ok {
			load = append(load, l.Edge)
		}
	}
	if len(load) > 0 {
		edges, err := s.r.Edges(s.ctx, load)
		if err != nil {
			return nil, fmt.Errorf("graph.ShortestPath: load edges of %s: %w", id, err)
		}
		for _, id := range load {
			s.seen[id] = false
		}
		for _, e := range edges {
			s.seen[e.ID] = e.SeenBetween(s.opt.Since, s.opt.Until)
		}
	}
	kept := out[:0]
	for _, l := range out {
		if s.seen[l.Edge] {
			kept = append(kept, l)
		}
	}
	return kept, nil
}

// path joins the two sides' trails at meet and loads the path's nodes
// and edges.
func (s *pathSearch) path(fwd, bwd *side, meet ID) (*Path, error) {
	const op = "graph.ShortestPath"
	var ids []ID   // nodes from the start to meet, reversed below
	var edges []ID // edges in the same order
	for id := meet; ; {
		ids = append(ids, id)
		v := fwd.visited[id]
		if v.parent == "" {
			break
		}
		edges = append(edges, v.via.Edge)
		id = v.parent
	}
	for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
		ids[i], ids[j] = ids[j], ids[i]
	}
	for i, j := 0, len(edges)-1; i < j; i, j = i+1, j-1 {
		edges[i], edges[j] = edges[j], edges[i]
	}
	for id := meet; ; {
		v := bwd.visited[id]
		if v.parent == "" {
			break
		}
		edges = append(edges, v.via.Edge)
		ids = append(ids, v.parent)
		id = v.parent
	}
	nodes, err := s.r.Nodes(s.ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("%s: load path nodes: %w", op, err)
	}
	es, err := s.r.Edges(s.ctx, edges)
	if err != nil {
		return nil, fmt.Errorf("%s: load path edges: %w", op, err)
	}
	if len(nodes) != len(ids) || len(es) != len(edges) {
		return nil, Errorf(op, Conflict, "the path's nodes or edges changed during the search; retry")
	}
	return &Path{Nodes: nodes, Edges: es}, nil
}
