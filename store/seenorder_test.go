package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestSeenOrdersFromEveryCursor lists the relations by first and by last
// seen, both ways, after every relation in turn, on a graph whose edges
// are seen on one day (one ord/r/seen/ key for both lists) or on several
// (a key for each list, which the other passes over), and checks each
// page against a sorted scan.
func TestSeenOrdersFromEveryCursor(t *testing.T) {
	ctx := context.Background()
	db := open(t, t.TempDir(), store.Options{})
	graphtest.GenerateGraph(t, db, 5, 12, 30)
	var edges []graph.Edge
	if err := db.ScanEdges(ctx, "", func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	type item struct {
		key string
		id  graph.ID
	}
	spans := 0
	for _, e := range edges {
		if graph.EdgeKey(graph.ByFirstSeen, e) != graph.EdgeKey(graph.ByLastSeen, e) {
			spans++
		}
	}
	if spans < 3 || spans == len(edges) {
		t.Fatalf("%d of %d edges seen on several days: the test needs both kinds", spans, len(edges))
	}
	for _, o := range []graph.Order{graph.ByFirstSeen, graph.ByLastSeen} {
		for _, desc := range []bool{false, true} {
			var want []item
			for _, e := range edges {
				want = append(want, item{graph.EdgeKey(o, e), e.ID})
			}
			slices.SortFunc(want, func(a, b item) int {
				c := strings.Compare(a.key, b.key)
				if c == 0 {
					c = strings.Compare(string(a.id), string(b.id))
				}
				if desc {
					c = -c
				}
				return c
			})
			for i := -1; i < len(want); i++ {
				var after item
				if i >= 0 {
					after = want[i]
				}
				var got []item
				err := db.EdgesInOrder(ctx, o, desc, after.key, after.id, func(e graph.Edge) error {
					got = append(got, item{graph.EdgeKey(o, e), e.ID})
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want[i+1:]) {
					t.Fatalf("EdgesInOrder(%s, descending %v) after %v lists\n%v\nwant\n%v", o, desc, after, got, want[i+1:])
				}
			}
		}
	}
}
