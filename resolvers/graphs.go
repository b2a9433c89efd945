package resolvers

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Nodes fetches several nodes or relations, in the order asked, with nil
// for IDs that name nothing.
func (q *queryResolver) Nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	const op = "resolvers.nodes"
	if len(ids) > q.opts.MaxPage {
		return nil, graph.Errorf(op, graph.Invalid, "ids: %d IDs, more than the limit of %d", len(ids), q.opts.MaxPage)
	}
	var nodeIDs, relIDs []graph.ID
	for i, id := range ids {
		gid, err := checkID(op, fmt.Sprintf("ids[%d]", i), id)
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(id, relationPrefix) {
			relIDs = append(relIDs, gid)
		} else {
			nodeIDs = append(nodeIDs, gid)
		}
	}
	found := make(map[graph.ID]model.Node, len(ids))
	if len(nodeIDs) > 0 {
		nodes, err := q.reader.Nodes(ctx, nodeIDs)
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			if m := model.Wrap(n); m != nil {
				found[n.ID] = m
			}
		}
	}
	if len(relIDs) > 0 {
		edges, err := q.reader.Edges(ctx, relIDs)
		if err != nil {
			return nil, err
		}
		for _, e := range edges {
			found[e.ID] = &model.Relation{Edge: e}
		}
	}
	out := make([]model.Node, len(ids))
	ld := q.loaders(ctx)
	for i, id := range ids {
		out[i] = found[graph.ID(id)] // nil when missing
		switch m := out[i].(type) {
		case *model.Relation:
			ld.sawEdges(m.Edge)
		case *model.Actor:
			ld.saw(m.Node)
		case *model.Statement:
			ld.saw(m.Node)
		case *model.Event:
			ld.saw(m.Node)
		case *model.Object:
			ld.saw(m.Node)
		case *model.Article:
			ld.saw(m.Node)
		}
	}
	return out, nil
}

// directionOf converts a GraphQL direction; omitted means BOTH.
func directionOf(d *model.Direction) graph.Direction {
	if d == nil {
		return graph.Both
	}
	switch *d {
	case model.DirectionOut:
		return graph.Out
	case model.DirectionIn:
		return graph.In
	}
	return graph.Both
}

// nodeID checks an argument that must name a node, not a relation.
func nodeID(op, arg, id string) (graph.ID, error) {
	gid, err := checkID(op, arg, id)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(id, relationPrefix) {
		return "", graph.Errorf(op, graph.Invalid, "%s: %q is a relation, not a node", arg, id)
	}
	return gid, nil
}

// Neighborhood returns the subgraph within depth relations of a node,
// the starting node first.
func (q *queryResolver) Neighborhood(ctx context.Context, id string, depth *int, classes []graph.EdgeClass, direction *model.Direction, limitPerHop *int, maxNodes *int, maxEdges *int, since *string, until *string, includeNonFactual *bool) (*model.Subgraph, error) {
	const op = "resolvers.neighborhood"
	gid, err := nodeID(op, "id", id)
	if err != nil {
		return nil, err
	}
	d := 1
	if depth != nil {
		d = *depth
	}
	if d < 1 || d > q.opts.MaxDepth {
		return nil, graph.Errorf(op, graph.Invalid, "depth must be between 1 and %d, got %d", q.opts.MaxDepth, d)
	}
	limit := 0
	if limitPerHop != nil {
		if limit = *limitPerHop; limit < 0 || limit > q.opts.MaxPage {
			return nil, graph.Errorf(op, graph.Invalid, "limitPerHop must be between 0 and %d, got %d", q.opts.MaxPage, limit)
		}
	}
	nodeCap, err := capArg(op, "maxNodes", maxNodes, q.opts.DefaultNodes, q.opts.MaxNodes)
	if err != nil {
		return nil, err
	}
	edgeCap, err := capArg(op, "maxEdges", maxEdges, q.opts.DefaultEdges, q.opts.MaxEdges)
	if err != nil {
		return nil, err
	}
	per, err := periodOf(since, until)
	if err != nil {
		return nil, err
	}
	sub, err := graph.Neighborhood(ctx, q.reader, []graph.ID{gid}, graph.TraverseOptions{
		Depth:       d,
		Classes:     classes,
		Direction:   directionOf(direction),
		LimitPerHop: limit,
		MaxNodes:    nodeCap,
		MaxEdges:    edgeCap,
		Since:       per.since,
		Until:       per.until,
		Heads:       true, // evidence is loaded when asked for
		FromLinks:   linksSuffice(ctx),
		NonFactual:  includeNonFactual != nil && *includeNonFactual,
	})
	if err != nil {
		return nil, err
	}
	return lazySubgraph(ctx, q.loaders(ctx), sub), nil
}

// linksSuffice reports whether the relations of the subgraph being
// resolved are asked only for fields that the links a neighbourhood's
// walk reads give (ends, class, support, modality) or that are loaded
// by ID either way (evidence, the end nodes): then the neighbourhood
// takes its edges from those links (graph.TraverseOptions.FromLinks)
// instead of loading their heads for verb, firstSeen and lastSeen. A
// graph view asks for no more, and a hub's neighbourhood then skips 400
// point reads, half its time. Without a field context it says no.
func linksSuffice(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	oc := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, []string{"Subgraph"}) {
		if f.Name != "edges" {
			continue
		}
		for _, rf := range graphql.CollectFields(oc, f.Selections, []string{"Relation", "Node"}) {
			switch rf.Name {
			case "__typename", "id", "source", "target", "sourceNode", "targetNode", "class", "support", "modality", "evidence":
			default:
				return false
			}
		}
	}
	return true
}

// capArg reads an optional cap argument between 1 and limit, def when
// omitted.
func capArg(op, name string, arg *int, def, limit int) (int, error) {
	if arg == nil {
		return def, nil
	}
	if *arg < 1 || *arg > limit {
		return 0, graph.Errorf(op, graph.Invalid, "%s must be between 1 and %d, got %d", name, limit, *arg)
	}
	return *arg, nil
}

// ShortestPath finds a path with the fewest relations between two nodes.
func (q *queryResolver) ShortestPath(ctx context.Context, from string, to string, classes []graph.EdgeClass, direction *model.Direction, maxDepth *int, since *string, until *string, viaArticles *bool, includeNonFactual *bool) (*model.Path, error) {
	const op = "resolvers.shortestPath"
	src, dst, opt, err := q.pathArgs(op, from, to, classes, direction, maxDepth, since, until, viaArticles, includeNonFactual)
	if err != nil {
		return nil, err
	}
	p, err := graph.ShortestPath(ctx, q.reader, src, dst, opt)
	if err != nil || p == nil {
		return nil, err
	}
	return q.wrapPath(ctx, p), nil
}

// maxPaths is the largest k of shortestPaths.
const maxPaths = 10

// ShortestPaths finds up to k shortest paths between two nodes.
func (q *queryResolver) ShortestPaths(ctx context.Context, from string, to string, k *int, classes []graph.EdgeClass, direction *model.Direction, maxDepth *int, since *string, until *string, viaArticles *bool, includeNonFactual *bool) ([]*model.Path, error) {
	const op = "resolvers.shortestPaths"
	n := 3
	if k != nil {
		n = *k
	}
	if n < 1 || n > maxPaths {
		return nil, graph.Errorf(op, graph.Invalid, "k must be between 1 and %d, got %d", maxPaths, n)
	}
	src, dst, opt, err := q.pathArgs(op, from, to, classes, direction, maxDepth, since, until, viaArticles, includeNonFactual)
	if err != nil {
		return nil, err
	}
	ps, err := graph.ShortestPaths(ctx, q.reader, src, dst, n, opt)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Path, len(ps))
	for i, p := range ps {
		out[i] = q.wrapPath(ctx, p)
	}
	return out, nil
}

// pathArgs checks the arguments shortestPath and shortestPaths share.
func (q *queryResolver) pathArgs(op, from, to string, classes []graph.EdgeClass, direction *model.Direction, maxDepth *int, since, until *string, viaArticles, includeNonFactual *bool) (src, dst graph.ID, opt graph.PathOptions, err error) {
	if src, err = nodeID(op, "from", from); err != nil {
		return
	}
	if dst, err = nodeID(op, "to", to); err != nil {
		return
	}
	d := 4
	if maxDepth != nil {
		d = *maxDepth
	}
	if d < 1 || d > q.opts.MaxPathDepth {
		err = graph.Errorf(op, graph.Invalid, "maxDepth must be between 1 and %d, got %d", q.opts.MaxPathDepth, d)
		return
	}
	per, err := periodOf(since, until)
	if err != nil {
		return
	}
	opt = graph.PathOptions{
		Classes:     classes,
		ViaArticles: viaArticles != nil && *viaArticles,
		NonFactual:  includeNonFactual != nil && *includeNonFactual,
		Direction:   directionOf(direction),
		MaxDepth:    d,
		MaxNodes:    q.opts.MaxSearchNodes,
		Since:       per.since,
		Until:       per.until,
	}
	return
}

// wrapPath makes the model path of p, each step with its direction.
func (r *Resolver) wrapPath(ctx context.Context, p *graph.Path) *model.Path {
	ld := r.loaders(ctx)
	ld.saw(p.Nodes...)
	out := &model.Path{Length: p.Len(), Nodes: make([]model.Node, 0, len(p.Nodes)), Edges: ld.wrapEdges(p.Edges)}
	for _, n := range p.Nodes {
		if m := model.Wrap(n); m != nil {
			out.Nodes = append(out.Nodes, m)
		}
	}
	out.Steps = make([]*model.PathStep, len(p.Edges))
	for i, e := range p.Edges {
		out.Steps[i] = &model.PathStep{
			Relation: out.Edges[i],
			From:     string(p.Nodes[i].ID),
			To:       string(p.Nodes[i+1].ID),
			Forward:  p.Forward(i),
			Directed: !e.Class.Symmetric(),
		}
	}
	return out
}

// timelineItem is one piece of evidence of one of the node's edges.
type timelineItem struct {
	edge graph.Edge
	ev   graph.Evidence
}

// Timeline lists the evidence of a node's relations by date.
func (q *queryResolver) Timeline(ctx context.Context, id string, classes []graph.EdgeClass, since *string, until *string, direction *model.OrderDirection, includeNonFactual *bool, first *int, after *string) (*model.TimelineConnection, error) {
	const op = "resolvers.timeline"
	gid, err := nodeID(op, "id", id)
	if err != nil {
		return nil, err
	}
	p, err := q.pageOf(op, "timeline", "DATE", direction, first, after)
	if err != nil {
		return nil, err
	}
	per, err := periodOf(since, until)
	if err != nil {
		return nil, err
	}
	if _, err := q.reader.Node(ctx, gid); err != nil {
		return nil, err
	}
	links, err := q.reader.Adjacent(ctx, gid, graph.Both, classes)
	if err != nil {
		return nil, err
	}
	var ids []graph.ID
	seen := map[graph.ID]bool{}
	for _, l := range links {
		if !seen[l.Edge] {
			seen[l.Edge] = true
			ids = append(ids, l.Edge)
		}
	}
	edges, err := q.reader.Edges(ctx, ids)
	if err != nil {
		return nil, err
	}
	nonFactual := includeNonFactual != nil && *includeNonFactual
	var items []entry[timelineItem]
	for _, e := range edges {
		for _, ev := range e.Evidence {
			// Entries are dated by the action's day when the sentence
			// gives one, else by the article's.
			if !per.holds(ev.Day()) || !nonFactual && !ev.Modality.Factual() {
				continue
			}
			// The key orders by date (a coarse date as its first day,
			// as events sort), then article and place in it; undated
			// entries come after the dated ones either way.
			day := graph.DayStart(ev.Day())
			switch {
			case day == "" && p.desc:
				day = "!" // below every date
			case day == "":
				day = "~" // above every date
			}
			key := fmt.Sprintf("%s|%s|%010d|%010d", day, ev.Article, ev.Start, ev.End)
			items = append(items, entry[timelineItem]{key: key, id: e.ID, v: timelineItem{e, ev}})
		}
	}
	window, info := cut(p, items)
	var others []graph.ID
	for _, it := range window {
		others = append(others, otherEnd(it.v.edge, gid))
	}
	ld := q.loaders(ctx)
	nodes, err := ld.nodes.loadMany(ctx, others)
	if err != nil {
		return nil, err
	}
	byID := make(map[graph.ID]graph.Node, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = n
	}
	conn := &model.TimelineConnection{Edges: make([]*model.TimelineEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, it := range window {
		entry := &model.TimelineEntry{
			Relation: ld.wrapEdges([]graph.Edge{it.v.edge})[0],
			Evidence: &model.Evidence{Evidence: it.v.ev},
		}
		if d := it.v.ev.Day(); d != "" {
			entry.Date = &d
		}
		if n, ok := byID[otherEnd(it.v.edge, gid)]; ok {
			entry.Other = model.Wrap(n)
		}
		conn.Edges = append(conn.Edges, &model.TimelineEdge{Cursor: p.cursor(it.key, it.id), Node: entry})
	}
	return conn, nil
}

// otherEnd is the end of e that is not id.
func otherEnd(e graph.Edge, id graph.ID) graph.ID {
	if e.Source == id {
		return e.Target
	}
	return e.Source
}

// Stats counts the graph's nodes by kind and relations by class, from
// Options.Counts when set, else from the reader when it is a
// graph.Counter (store.DB is), and by scanning otherwise.
func (q *queryResolver) Stats(ctx context.Context) (*model.Stats, error) {
	var nodes map[graph.NodeKind]int64
	var edges map[graph.EdgeClass]int64
	var err error
	if c, ok := q.reader.(graph.Counter); ok && q.opts.Counts == nil {
		nodes, edges, err = c.Counts(ctx)
	} else if q.opts.Counts != nil {
		nodes, edges, err = q.opts.Counts(ctx)
	} else {
		nodes, edges, err = countByScan(ctx, q.reader)
	}
	if err != nil {
		return nil, err
	}
	s := &model.Stats{Articles: int(nodes[graph.KindArticle])}
	for _, k := range graph.NodeKinds {
		s.ByKind = append(s.ByKind, &model.KindCount{Kind: k, Count: int(nodes[k])})
		s.Nodes += int(nodes[k])
	}
	for _, c := range graph.EdgeClasses {
		s.ByClass = append(s.ByClass, &model.ClassCount{Class: c, Count: int(edges[c])})
		s.Relations += int(edges[c])
	}
	return s, nil
}

// countByScan counts nodes and edges by reading them all.
func countByScan(ctx context.Context, r graph.Reader) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error) {
	nodes := map[graph.NodeKind]int64{}
	edges := map[graph.EdgeClass]int64{}
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(graph.Node) error {
			nodes[k]++
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		edges[e.Class]++
		return nil
	})
	return nodes, edges, err
}
