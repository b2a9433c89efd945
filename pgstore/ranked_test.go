package pgstore_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestStrongestLinksPastTheFirstRead gives a hub more links than
// StrongestLinks reads at first and second, with varied support, and checks the
// order against Adjacent sorted by graph.CompareStrength, read whole and
// stopped on either side of the first read's end.
func TestStrongestLinksPastTheFirstRead(t *testing.T) {
	db := open(t)
	ctx := t.Context()
	const partners = 600
	for i := range partners {
		// Partner i meets the hub in 1 + i%3 articles.
		for k := range 1 + i%3 {
			text := fmt.Sprintf("Hub Person met Partner%03d Person on day %d.", i, k)
			b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d %d", i, k), "2025-01-01", text)
			hub := b.Actor("Hub Person", graph.Person)
			p := b.Actor(fmt.Sprintf("Partner%03d Person", i), graph.Person)
			if i%2 == 0 {
				b.Edge(hub, graph.Consult, p, text, "met")
			} else {
				b.Edge(p, graph.Accuse, hub, text, "met")
			}
			if _, err := db.Ingest(ctx, b.B); err != nil {
				t.Fatal(err)
			}
		}
	}
	ids, _ := db.Lookup(ctx, "Hub Person")
	hub := ids[0]
	want, err := db.Adjacent(ctx, hub, graph.Both, nil)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(want, graph.CompareStrength)
	if len(want) != partners {
		t.Fatalf("the hub has %d links, want %d", len(want), partners)
	}
	for _, stop := range []int{1, 3, 4, 5, 255, 256, 257, 511, 512, 513, partners - 1, partners + 1} {
		var got []graph.Link
		err := db.StrongestLinks(ctx, []graph.ID{hub}, func(from graph.ID, l graph.Link) bool {
			if from == hub && len(got) < stop {
				got = append(got, l)
			}
			return len(got) < stop
		})
		if err != nil {
			t.Fatal(err)
		}
		n := min(stop, partners)
		if !slices.Equal(got, want[:n]) {
			t.Errorf("stopping after %d: got %d links, the first differing from the strongest", stop, len(got))
		}
	}
	graphtest.CheckConsistent(t, db)
}

// TestStrongestLinksInBatches reads the links of a few hundred actors
// at once, so that the first read takes a few links of each and the
// nodes that want more are read again in doubling batches, then all:
// each node's links must be its strongest, in order, however far each
// visit goes.
func TestStrongestLinksInBatches(t *testing.T) {
	db := open(t)
	ctx := t.Context()
	graphtest.GenerateGraph(t, db, 5, 300, 1500)
	var ids []graph.ID
	err := db.ScanNodes(ctx, graph.KindActor, "", func(n graph.Node) error { ids = append(ids, n.ID); return nil })
	if err != nil || len(ids) < 256 {
		t.Fatalf("%d actors (%v), want at least 256, so that the first read is the smallest", len(ids), err)
	}
	want := map[graph.ID][]graph.Link{}
	most := 0
	for _, id := range ids {
		links, err := db.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(links, graph.CompareStrength)
		want[id] = links
		most = max(most, len(links))
	}
	if most <= 256 {
		t.Fatalf("the busiest actor has %d links; the test wants one past the second read (256 a direction)", most)
	}
	for _, stop := range []int{1, 4, 5, 40, 300, most + 1} {
		got := map[graph.ID][]graph.Link{}
		err := db.StrongestLinks(ctx, ids, func(from graph.ID, l graph.Link) bool {
			got[from] = append(got[from], l)
			return len(got[from]) < stop
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			w := want[id][:min(stop, len(want[id]))]
			if !slices.Equal(got[id], w) {
				t.Errorf("stopping after %d: %s got %d links, want its %d strongest", stop, id, len(got[id]), len(w))
				break
			}
		}
	}
}
