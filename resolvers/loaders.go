package resolvers

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Dataloaders: the relation fields (a statement's speaker and article, an
// actor's statements and events, a relation's ends, an evidence's
// article, ...) load through per-response loaders that fetch many keys
// with one Reader.Nodes, Reader.Edges or graph.AdjacentMany call, and
// cache what they fetched for the rest of the response.
//
// Batches are made by siblings, not by a time window: gqlgen resolves
// the items of a list concurrently, and a window either waits for
// nothing or misses stragglers on a busy machine. Instead, every node a
// response comes across (list items, search hits, loaded nodes) is
// registered as seen, and every ID a relation or a link points at is
// hinted to the node loader. When a loader misses a key, it fetches that
// key together with every seen node of the same kind (for loaders keyed
// by node) or every hinted ID (for the node and edge loaders) it has not
// fetched yet. So the statements of fifty actors cost one adjacency call
// for the fifty and one node call for all their statements, and their
// speakers and articles one or two calls more, however many there are.
// Loads of keys nobody asks for never happen: hints only widen a batch
// that a real miss starts.

// loader fetches values by ID in batches and caches them.
type loader[V any] struct {
	fetch func(ctx context.Context, ids []graph.ID) (map[graph.ID]V, error)
	// more returns further IDs worth fetching along with a missed id.
	more func(id graph.ID) []graph.ID

	mu       sync.Mutex
	found    map[graph.ID]V
	tried    map[graph.ID]bool
	pending  []graph.ID
	inflight map[graph.ID]*batchCall
}

type batchCall struct {
	done chan struct{}
	err  error
}

func newLoader[V any](fetch func(context.Context, []graph.ID) (map[graph.ID]V, error), more func(graph.ID) []graph.ID) *loader[V] {
	return &loader[V]{fetch: fetch, more: more, found: map[graph.ID]V{}, tried: map[graph.ID]bool{}, inflight: map[graph.ID]*batchCall{}}
}

// hint adds IDs to fetch with the next batch.
func (l *loader[V]) hint(ids ...graph.ID) {
	l.mu.Lock()
	l.pending = append(l.pending, ids...)
	l.mu.Unlock()
}

// load returns the value of id, and whether there is one.
func (l *loader[V]) load(ctx context.Context, id graph.ID) (V, bool, error) {
	l.mu.Lock()
	for {
		if l.tried[id] {
			v, ok := l.found[id]
			l.mu.Unlock()
			return v, ok, nil
		}
		c := l.inflight[id]
		if c == nil {
			break
		}
		l.mu.Unlock()
		select {
		case <-c.done:
		case <-ctx.Done():
			var zero V
			return zero, false, ctx.Err()
		}
		if c.err != nil {
			var zero V
			return zero, false, c.err
		}
		l.mu.Lock()
	}
	batch := []graph.ID{id}
	taken := map[graph.ID]bool{id: true}
	extra := l.pending
	l.pending = nil
	if l.more != nil {
		extra = append(extra, l.more(id)...)
	}
	for _, k := range extra {
		if !taken[k] && !l.tried[k] && l.inflight[k] == nil {
			taken[k] = true
			batch = append(batch, k)
		}
	}
	c := &batchCall{done: make(chan struct{})}
	for _, k := range batch {
		l.inflight[k] = c
	}
	l.mu.Unlock()

	res, err := l.fetch(ctx, batch)

	l.mu.Lock()
	for _, k := range batch {
		delete(l.inflight, k)
		if err == nil {
			l.tried[k] = true
			if v, ok := res[k]; ok {
				l.found[k] = v
			}
		}
	}
	c.err = err
	close(c.done)
	v, ok := l.found[id]
	l.mu.Unlock()
	return v, ok, err
}

// loadMany returns the values of ids that exist, in the order of ids,
// fetching what is missing in one batch.
func (l *loader[V]) loadMany(ctx context.Context, ids []graph.ID) ([]V, error) {
	l.hint(ids...)
	out := make([]V, 0, len(ids))
	for _, id := range ids {
		v, ok, err := l.load(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// loaders are one response's loaders, and the nodes it has seen.
type loaders struct {
	r     graph.Reader
	nodes *loader[graph.Node]
	edges *loader[graph.Edge]

	mu   sync.Mutex // guards adj, seen, has and pending
	adj  map[string]*loader[[]graph.Link]
	seen map[graph.NodeKind][]graph.ID
	has  map[graph.ID]bool
	// pending holds the subgraphs returned without their model nodes
	// and relations (lazySubgraph), each with the graph it stands for,
	// until plainSubgraphs writes it or fills it in.
	pending map[*model.Subgraph]*graph.Subgraph
}

type loadersKey struct{}

// withLoaders gives ctx a fresh set of loaders reading r.
func withLoaders(ctx context.Context, r graph.Reader) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(r))
}

func newLoaders(r graph.Reader) *loaders {
	ld := &loaders{r: r, adj: map[string]*loader[[]graph.Link]{}, seen: map[graph.NodeKind][]graph.ID{}, has: map[graph.ID]bool{}}
	ld.nodes = newLoader(func(ctx context.Context, ids []graph.ID) (map[graph.ID]graph.Node, error) {
		nodes, err := r.Nodes(ctx, ids)
		if err != nil {
			return nil, err
		}
		ld.saw(nodes...)
		out := make(map[graph.ID]graph.Node, len(nodes))
		for _, n := range nodes {
			out[n.ID] = n
		}
		return out, nil
	}, nil)
	ld.edges = newLoader(func(ctx context.Context, ids []graph.ID) (map[graph.ID]graph.Edge, error) {
		edges, err := r.Edges(ctx, ids)
		if err != nil {
			return nil, err
		}
		ld.sawEdges(edges...)
		out := make(map[graph.ID]graph.Edge, len(edges))
		for _, e := range edges {
			out[e.ID] = e
		}
		return out, nil
	}, nil)
	return ld
}

// loadersOf returns ctx's loaders, or fresh ones reading r when ctx has
// none (outside a GraphQL response).
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if ld, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return ld
	}
	return newLoaders(r.reader)
}

// saw registers nodes the response came across: siblings for the
// loaders keyed by node, and their articles hinted to the node loader.
func (ld *loaders) saw(nodes ...graph.Node) {
	var arts []graph.ID
	ld.mu.Lock()
	for _, n := range nodes {
		if n.Article != "" {
			arts = append(arts, n.Article)
		}
		if ld.has[n.ID] {
			continue
		}
		ld.has[n.ID] = true
		ld.seen[n.Kind] = append(ld.seen[n.Kind], n.ID)
	}
	ld.mu.Unlock()
	if len(arts) > 0 {
		ld.nodes.hint(arts...)
	}
}

// sawEdges hints the ends and evidence articles of edges the response
// came across to the node loader.
func (ld *loaders) sawEdges(edges ...graph.Edge) {
	ids := make([]graph.ID, 0, 2*len(edges))
	for _, e := range edges {
		ids = append(ids, e.Source, e.Target)
		for _, ev := range e.Evidence {
			ids = append(ids, ev.Article)
		}
	}
	ld.nodes.hint(ids...)
}

// seenOf returns the seen nodes of the kind of id.
func (ld *loaders) seenOf(id graph.ID) []graph.ID {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	return slices.Clone(ld.seen[graph.KindOfID(id)])
}

// links returns the links of node id in direction dir restricted to
// classes, batched with every seen node of id's kind. withEdges hints
// the links' edges to the edge loader; the far ends are always hinted
// to the node loader.
func (ld *loaders) links(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass, withEdges bool) ([]graph.Link, error) {
	var key strings.Builder
	key.WriteByte(byte('0' + dir))
	for _, c := range classes {
		key.WriteString("," + string(c))
	}
	ld.mu.Lock()
	l := ld.adj[key.String()]
	if l == nil {
		l = newLoader(func(ctx context.Context, ids []graph.ID) (map[graph.ID][]graph.Link, error) {
			m, err := graph.AdjacentMany(ctx, ld.r, ids, dir, classes)
			if err != nil {
				return nil, err
			}
			var far, edges []graph.ID
			for _, links := range m {
				for _, lk := range links {
					far = append(far, lk.Other)
					edges = append(edges, lk.Edge)
				}
			}
			ld.nodes.hint(far...)
			if withEdges {
				ld.edges.hint(edges...)
			}
			return m, nil
		}, ld.seenOf)
		ld.adj[key.String()] = l
	}
	ld.mu.Unlock()
	links, _, err := l.load(ctx, id)
	return links, err
}

// node loads one node; a missing node gives ok false.
func (ld *loaders) node(ctx context.Context, id graph.ID) (graph.Node, bool, error) {
	return ld.nodes.load(ctx, id)
}

// farNodes loads the nodes of kind k at the far end of id's links of
// one class in direction dir, in ID order.
func (ld *loaders) farNodes(ctx context.Context, id graph.ID, dir graph.Direction, class graph.EdgeClass, k graph.NodeKind) ([]graph.Node, error) {
	// An actor's events and an event's participants are facts: not a
	// strike it said it would not join.
	return ld.farNodesOf(ctx, id, dir, class, k, true)
}

// farNodesOf is farNodes through every link, facts or not, unless
// factualOnly.
func (ld *loaders) farNodesOf(ctx context.Context, id graph.ID, dir graph.Direction, class graph.EdgeClass, k graph.NodeKind, factualOnly bool) ([]graph.Node, error) {
	links, err := ld.links(ctx, id, dir, []graph.EdgeClass{class}, false)
	if err != nil {
		return nil, err
	}
	if factualOnly {
		links = graph.FactualLinks(links)
	}
	nodes, err := ld.nodes.loadMany(ctx, farEnds(links))
	if err != nil {
		return nil, err
	}
	out := nodes[:0]
	for _, n := range nodes {
		if n.Kind == k {
			out = append(out, n)
		}
	}
	return out, nil
}

// wrapEdges makes the model relations of edges the response came across.
// Edges loaded as heads (without evidence, see graph.EdgeHeadReader) are
// hinted to the edge loader, so that the evidence of them all comes in
// one batch if the response asks for any.
func (ld *loaders) wrapEdges(edges []graph.Edge) []*model.Relation {
	ld.sawEdges(edges...)
	out := make([]*model.Relation, len(edges))
	rels := make([]model.Relation, len(edges)) // one allocation, not one an edge
	var heads []graph.ID
	for i, e := range edges {
		rels[i].Edge = e
		out[i] = &rels[i]
		if isHead(e) {
			heads = append(heads, e.ID)
		}
	}
	if len(heads) > 0 {
		ld.edges.hint(heads...)
	}
	return out
}

// isHead reports whether e was loaded without its evidence, which its
// summary then stands for.
func isHead(e graph.Edge) bool { return len(e.Evidence) == 0 && e.Articles > 0 }

// evidence returns e's evidence, loading the whole edge when e is a head.
func (ld *loaders) evidence(ctx context.Context, e graph.Edge) ([]graph.Evidence, error) {
	if !isHead(e) {
		return e.Evidence, nil
	}
	full, ok, err := ld.edges.load(ctx, e.ID)
	if err != nil || !ok {
		return nil, err // an edge gone since: no evidence
	}
	return full.Evidence, nil
}
