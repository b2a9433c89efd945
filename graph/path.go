package graph

import (
	"context"
	"fmt"
	"strings"
)

// PathOptions bound a shortest-path search. The zero value follows
// outgoing edges of every class but MENTIONS up to MaxDepth 0, which
// Check refuses: set MaxDepth.
type PathOptions struct {
	// Classes restricts the edges followed; empty means every class but
	// MENTIONS, unless ViaArticles is set (see PathClasses).
	Classes []EdgeClass
	// ViaArticles lets a path with no Classes go through articles, by
	// their MENTIONS relations. Off by default: any two actors of one
	// article are two MENTIONS apart, and that path would hide the
	// interactions, roles and statements that say how they are linked.
	ViaArticles bool
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
	// NonFactual also follows edges that are no facts, as in
	// TraverseOptions.
	NonFactual bool
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

// PathClasses are the classes a path search follows: the classes asked
// for, or when none are, every class but MENTIONS (every class with
// viaArticles).
func PathClasses(classes []EdgeClass, viaArticles bool) []EdgeClass {
	if len(classes) > 0 {
		return classes
	}
	out := make([]EdgeClass, 0, len(EdgeClasses))
	for _, c := range EdgeClasses {
		if c != Mentions || viaArticles {
			out = append(out, c)
		}
	}
	return out
}

// Path is a walk through the graph: Edges[i] links Nodes[i] and
// Nodes[i+1] (in either direction, as the options allowed).
type Path struct {
	Nodes []Node
	Edges []Edge
}

// Len is the number of edges of the path.
func (p *Path) Len() int { return len(p.Edges) }

// Forward reports whether the path walks its i-th edge from the edge's
// source to its target (false: from its target back to its source). A
// symmetric edge, stored with its smaller end as source, reads the same
// either way.
func (p *Path) Forward(i int) bool { return p.Edges[i].Source == p.Nodes[i].ID }

// ShortestPath finds a path with the fewest edges from one node to
// another, searching breadth first from both ends at once. Among paths
// of the same length it returns the same one every time (the first met
// in Reader.Adjacent's order). It returns nil and no error when no path
// of at most opt.MaxDepth edges exists; a missing end gives an error of
// kind NotFound and bad options one of kind Invalid.
func ShortestPath(ctx context.Context, r Reader, from, to ID, opt PathOptions) (*Path, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	opt.Classes = PathClasses(opt.Classes, opt.ViaArticles)
	return shortestPath(ctx, r, from, to, opt, ban{})
}

// ban is what a search of ShortestPaths must avoid: nodes (never the
// ends), and the links between one node and some of its neighbours.
type ban struct {
	nodes map[ID]bool
	at    ID
	next  map[ID]bool // neighbours of at not to be reached from it
}

// blocks reports whether the search may not take the link from id to
// other.
func (b ban) blocks(id, other ID) bool {
	return b.nodes[other] || (id == b.at && b.next[other]) || (other == b.at && b.next[id])
}

func shortestPath(ctx context.Context, r Reader, from, to ID, opt PathOptions, b ban) (*Path, error) {
	const op = "graph.ShortestPath"
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

	s := pathSearch{ctx: ctx, r: r, opt: opt, ban: b, dated: opt.Since != "" || opt.Until != "", seen: map[ID]bool{}}
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
	ban   ban
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
			if _, ok := this.visited[l.Other]; ok || s.ban.blocks(id, l.Other) {
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
	if !s.opt.NonFactual {
		out = FactualLinks(out)
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

// ShortestPaths finds up to k paths from one node to another through
// distinct sequences of nodes, shortest first, by Yen's algorithm over
// ShortestPath: each further path leaves an earlier one at some node
// (the spur) and reaches the end without the earlier path's nodes before
// the spur and without the steps the paths found so far took from it.
// Paths of equal length come in the order they were found, which is the
// same every time. The first is ShortestPath's; none of them is longer
// than opt.MaxDepth, and opt.MaxNodes caps each search.
func ShortestPaths(ctx context.Context, r Reader, from, to ID, k int, opt PathOptions) ([]*Path, error) {
	const op = "graph.ShortestPaths"
	if k < 1 {
		return nil, Errorf(op, Invalid, "k %d is less than 1", k)
	}
	if err := opt.Check(); err != nil {
		return nil, err
	}
	opt.Classes = PathClasses(opt.Classes, opt.ViaArticles)
	first, err := shortestPath(ctx, r, from, to, opt, ban{})
	if err != nil || first == nil {
		return nil, err
	}
	found := []*Path{first}
	var cands []*Path
	have := map[string]bool{nodeKey(first.Nodes): true}
	for len(found) < k {
		prev := found[len(found)-1]
		for j := 0; j < prev.Len(); j++ {
			depth := opt.MaxDepth - j
			if depth < 1 {
				break
			}
			root := prev.Nodes[:j+1]
			b := ban{nodes: map[ID]bool{}, at: root[j].ID, next: map[ID]bool{}}
			for _, n := range root[:j] {
				b.nodes[n.ID] = true
			}
			for _, p := range found {
				if len(p.Nodes) > j+1 && nodeKey(p.Nodes[:j+1]) == nodeKey(root) {
					b.next[p.Nodes[j+1].ID] = true
				}
			}
			o := opt
			o.MaxDepth = depth
			spur, err := shortestPath(ctx, r, root[j].ID, to, o, b)
			if err != nil {
				return nil, err
			}
			if spur == nil {
				continue
			}
			p := &Path{
				Nodes: append(append([]Node{}, root[:j]...), spur.Nodes...),
				Edges: append(append([]Edge{}, prev.Edges[:j]...), spur.Edges...),
			}
			if key := nodeKey(p.Nodes); !have[key] {
				have[key] = true
				cands = append(cands, p)
			}
		}
		if len(cands) == 0 {
			break
		}
		best := 0
		for i, c := range cands {
			if c.Len() < cands[best].Len() {
				best = i
			}
		}
		found = append(found, cands[best])
		cands = append(cands[:best], cands[best+1:]...)
	}
	return found, nil
}

// nodeKey names a sequence of nodes.
func nodeKey(nodes []Node) string {
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(string(n.ID))
		b.WriteByte(0)
	}
	return b.String()
}
