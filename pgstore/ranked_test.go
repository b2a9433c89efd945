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
	for _, stop := range []int{1, 15, 16, 17, 511, 512, 513, partners - 1, partners + 1} {
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
