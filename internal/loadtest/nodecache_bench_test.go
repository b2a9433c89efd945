package loadtest_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/store"
)

// warmNodes is the store with every node's record and every node's
// links, strongest first, held in memory once read: what a neighbourhood
// would cost if a per-node cache that survives writes held every node it
// reads (no writes come here, so nothing is ever dropped). It bounds what
// such a cache could give a fresh answer: the walk and the merge of the
// edges among the nodes still run, on links in memory instead of Badger's
// keys. It is a yardstick for BenchmarkHubFreshCached, not a cache to
// serve from: it never forgets.
type warmNodes struct {
	*store.DB

	mu      sync.Mutex // guards the two maps
	records map[graph.ID]graph.Node
	links   map[graph.ID][]graph.Link // each node's links, strongest first
}

var _ graph.StrongestAmongNodesReader = (*warmNodes)(nil)
var _ graph.RankedAdjacencyReader = (*warmNodes)(nil)

func newWarmNodes(db *store.DB) *warmNodes {
	return &warmNodes{DB: db, records: map[graph.ID]graph.Node{}, links: map[graph.ID][]graph.Link{}}
}

// Nodes serves the records it holds, reading the others from the store.
func (w *warmNodes) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	var missing []graph.ID
	w.mu.Lock()
	for _, id := range ids {
		if _, ok := w.records[id]; !ok {
			missing = append(missing, id)
		}
	}
	w.mu.Unlock()
	if len(missing) > 0 {
		read, err := w.DB.Nodes(ctx, missing)
		if err != nil {
			return nil, err
		}
		w.mu.Lock()
		for _, n := range read {
			w.records[n.ID] = n
		}
		w.mu.Unlock()
	}
	out := make([]graph.Node, 0, len(ids))
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, id := range ids {
		if n, ok := w.records[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// linksOf returns id's links, strongest first, reading them all once.
func (w *warmNodes) linksOf(ctx context.Context, id graph.ID) ([]graph.Link, error) {
	w.mu.Lock()
	ls, ok := w.links[id]
	w.mu.Unlock()
	if ok {
		return ls, nil
	}
	ls = []graph.Link{}
	if err := w.DB.StrongestLinks(ctx, []graph.ID{id}, func(_ graph.ID, l graph.Link) bool {
		ls = append(ls, l)
		return true
	}); err != nil {
		return nil, err
	}
	w.mu.Lock()
	w.links[id] = ls
	w.mu.Unlock()
	return ls, nil
}

// StrongestLinks replays each node's links held in memory.
func (w *warmNodes) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(graph.ID, graph.Link) bool) error {
	for _, id := range ids {
		ls, err := w.linksOf(ctx, id)
		if err != nil {
			return err
		}
		for _, l := range ls {
			if !visit(id, l) {
				break
			}
		}
	}
	return nil
}

func (w *warmNodes) StrongestAmong(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, bool, error) {
	links, _, more, err := w.StrongestAmongNodes(ctx, nodes, classes, nonFactual, except, limit)
	return links, more, err
}

// StrongestAmongNodes merges the nodes' links held in memory, strongest
// first across all of them, one support at a time (each node waits in
// the bucket of its next link's support), until more than limit edges
// are found: the edges kept, their ties, and whether some were left out
// are known then.
func (w *warmNodes) StrongestAmongNodes(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, []graph.Node, bool, error) {
	in := make(map[graph.ID]struct{}, len(nodes))
	for _, id := range nodes {
		in[id] = struct{}{}
	}
	skip := make(map[graph.ID]struct{}, len(except)+2*limit) // the edges left out or found
	for _, id := range except {
		skip[id] = struct{}{}
	}
	type sourced struct {
		from graph.ID
		l    graph.Link
	}
	var found []sourced
	var buckets [][]linkCursor // by the support of each cursor's next link
	put := func(c linkCursor) {
		s := c.links[0].Support
		if s >= len(buckets) {
			buckets = slices.Grow(buckets, s+1-len(buckets))[:s+1]
		}
		buckets[s] = append(buckets[s], c)
	}
	for _, id := range nodes {
		ls, err := w.linksOf(ctx, id)
		if err != nil {
			return nil, nil, false, err
		}
		if len(ls) > 0 {
			put(linkCursor{id, ls})
		}
	}
	for s := len(buckets) - 1; s >= 0 && len(found) <= limit; s-- {
		for i := 0; i < len(buckets[s]); i++ {
			c := buckets[s][i]
			for len(c.links) > 0 && c.links[0].Support == s {
				id, l := c.node, c.links[0]
				c.links = c.links[1:]
				if _, ok := in[l.Other]; !ok || (!nonFactual && !l.Modality.Factual()) || (len(classes) > 0 && !slices.Contains(classes, l.Class)) {
					continue
				}
				if _, ok := skip[l.Edge]; ok {
					continue
				}
				skip[l.Edge] = struct{}{}
				src, dst := id, l.Other
				if !l.Outgoing {
					src, dst = l.Other, id
				}
				src, dst = graph.Orient(src, l.Class, dst)
				found = append(found, sourced{src, graph.Link{Edge: l.Edge, Class: l.Class, Other: dst, Outgoing: true, Support: l.Support, Modality: l.Modality}})
			}
			if len(c.links) > 0 {
				put(c)
			}
		}
	}
	all := found
	slices.SortFunc(all, func(a, b sourced) int {
		if a.l.Support != b.l.Support {
			return b.l.Support - a.l.Support
		}
		return strings.Compare(string(a.l.Edge), string(b.l.Edge))
	})
	out := map[graph.ID][]graph.Link{}
	for _, s := range all[:min(limit, len(all))] {
		out[s.from] = append(out[s.from], s.l)
	}
	recs, err := w.Nodes(ctx, nodes)
	if err != nil {
		return nil, nil, false, err
	}
	return out, recs, len(all) > limit, nil
}

// linkCursor is where the merge stands in a node's links: the first of
// links is the next.
type linkCursor struct {
	node  graph.ID
	links []graph.Link
}

// BenchmarkParseValidateHood is what gqlgen's query cache saves each
// request of the neighbourhood load test's query (loadtest.NeighborhoodQuery):
// parsing and validating it against the schema, as gqlgen does for a
// query text it has not cached. NewHandler caches the parsed and
// validated documents of 1000 query texts (Options.QueryCacheSize), so a
// repeated query pays only a lookup by its text.
func BenchmarkParseValidateHood(b *testing.B) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	b.ReportAllocs()
	cpu0 := cpuTime(b)
	for b.Loop() {
		if _, errs := gqlparser.LoadQuery(schema, loadtest.NeighborhoodQuery); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
	b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
