package graphtest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// RunNeighborhoodAfterEdits checks that what a store answers after a
// write is the graph as written, even where it answered the same
// question before (a store that caches nodes' records and links for
// readers must see every write of them): over a generated graph, the
// capped neighbourhoods of a hub, a median and a small actor, each read
// twice, the ranked links of their nodes and the nodes' records, against
// brute force over a full scan, first as generated, then after each of
// an article that strengthens the hub's links and adds new ones, an
// alias, a merge of actors of the hub's neighbourhood, the deletion of
// that article, and the alias's removal. open is called once and must
// return an empty store.
func RunNeighborhoodAfterEdits(t *testing.T, open func(t *testing.T) graph.EditStore) {
	ctx := context.Background()
	s := open(t)
	GenerateGraph(t, s, 7, 40, 100)
	actors := loadFull(t, s).byDegree()
	hub, median, small := actors[0], actors[len(actors)/2], actors[len(actors)-1]
	check := func(step string) {
		t.Helper()
		checkAfterEdit(t, step, s, []graph.ID{hub, median, small})
	}
	check("as generated")

	// An article that makes the hub's weak links its strongest, and
	// links it to actors it had no link with.
	full := loadFull(t, s)
	hubName := full.nodes[hub].Label
	type meeting struct{ other, sentence string }
	var meetings []meeting
	var text []string
	for i, other := range actors[len(actors)-6:] {
		for j := range 3 + i {
			m := meeting{full.nodes[other].Label, fmt.Sprintf("%s and %s met again, %d-%d.", hubName, full.nodes[other].Label, i, j)}
			meetings = append(meetings, m)
			text = append(text, m.sentence)
		}
	}
	a := NewBuilder(t, "Hub meets", "2025-11-30", strings.Join(text, " "))
	h := a.Actor(hubName, graph.Person)
	for _, m := range meetings {
		a.Edge(h, graph.Consult, a.Actor(m.other, graph.Person), m.sentence, "met")
	}
	res, err := s.Ingest(ctx, a.B)
	if err != nil {
		t.Fatalf("ingest %s: %v", a, err)
	}
	check("after an article")

	if _, err := s.AddAlias(ctx, hub, "The Hub"); err != nil {
		t.Fatalf("AddAlias: %v", err)
	}
	check("after an alias")

	sub, err := graph.Neighborhood(ctx, s, []graph.ID{hub}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, MaxNodes: 4})
	if err != nil {
		t.Fatal(err)
	}
	var from []graph.ID
	for _, n := range sub.Nodes {
		if n.ID != hub && n.Kind == graph.KindActor && n.ID != median && n.ID != small {
			from = append(from, n.ID)
		}
	}
	if len(from) < 2 {
		t.Fatalf("the hub has %d neighbours to merge", len(from))
	}
	if _, err := s.MergeActors(ctx, from[0], from[1:]); err != nil {
		t.Fatalf("MergeActors: %v", err)
	}
	check("after a merge")

	if err := s.DeleteArticle(ctx, res.Article); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	check("after a deletion")

	if _, err := s.RemoveAlias(ctx, hub, "The Hub"); err != nil {
		t.Fatalf("RemoveAlias: %v", err)
	}
	check("after an alias removed")

	// Readers while articles are written: each answer comes without an
	// error, and those after are the graph as written.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, root := range []graph.ID{hub, median, small} {
		wg.Go(func() {
			opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 20, MaxEdges: 45, FromLinks: true}
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := graph.Neighborhood(ctx, s, []graph.ID{root}, opt); err != nil && graph.KindOf(err) != graph.NotFound {
					t.Errorf("Neighborhood(%s) beside a writer: %v", root, err)
					return
				}
			}
		})
	}
	GenerateGraph(t, s, 8, 40, 40)
	close(stop)
	wg.Wait()
	check("after articles written beside readers")
}

// checkAfterEdit compares, after step, the neighbourhoods of roots
// (each read twice), the ranked links and records of their nodes with
// brute force over a full scan of s.
func checkAfterEdit(t *testing.T, step string, s graph.Store, roots []graph.ID) {
	t.Helper()
	ctx := context.Background()
	full := loadFull(t, s)
	opts := []graph.TraverseOptions{
		{Depth: 2, Direction: graph.Both, MaxNodes: 20, MaxEdges: 45, FromLinks: true},
		{Depth: 1, Direction: graph.Both, MaxNodes: 8, MaxEdges: 12},
	}
	seen := map[graph.ID]graph.Node{}
	for _, root := range roots {
		if _, ok := full.nodes[root]; !ok {
			continue // merged away
		}
		for _, opt := range opts {
			want := full.neighborhood([]graph.ID{root}, opt)
			wantNodes, wantEdges := subgraphIDs(want)
			for round := range 2 {
				got, err := graph.Neighborhood(ctx, s, []graph.ID{root}, opt)
				if err != nil {
					t.Fatalf("%s: Neighborhood(%s): %v", step, root, err)
				}
				what := fmt.Sprintf("%s: neighbourhood of %s, depth %d, read %d", step, root, opt.Depth, round+1)
				checkNodeRecords(t, what, got.Nodes, full.nodes)
				gotNodes, gotEdges := subgraphIDs(got)
				if !slices.Equal(gotNodes, wantNodes) || !slices.Equal(gotEdges, wantEdges) {
					t.Errorf("%s: nodes %v edges %v, want %v and %v", what, gotNodes, gotEdges, wantNodes, wantEdges)
				}
				if g, w := edgeSummaries(got), edgeSummaries(want); opt.FromLinks && !slices.Equal(g, w) {
					t.Errorf("%s: edges\n%v\nwant\n%v", what, g, w)
				}
				for _, n := range got.Nodes {
					seen[n.ID] = full.nodes[n.ID]
				}
			}
		}
	}
	if rr, ok := s.(graph.RankedAdjacencyReader); ok {
		checkRanked(t, s, rr, seen, full.edges)
	}
	ids := make([]graph.ID, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	got, err := s.Nodes(ctx, ids)
	if err != nil {
		t.Fatalf("%s: Nodes: %v", step, err)
	}
	checkNodeRecords(t, step+": Nodes", got, full.nodes)
	if len(got) != len(ids) {
		t.Errorf("%s: Nodes found %d of %d nodes", step, len(got), len(ids))
	}
}
