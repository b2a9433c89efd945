package resolvers_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// A timeline read newest first begins with the newest dated entry, not
// with the undated ones: they come last in either direction, and a
// month ("in December") sorts as its first day, as events do.
func TestTimelineKeepsUndatedEntriesLast(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	met := func(title, published, when, other, sentence string) {
		a := article(t, title, published, sentence)
		ruto := a.actor("William Ruto", graph.Person)
		o := a.actor(other, graph.Person)
		a.edge(ruto, graph.Consult, o, "met", sentence)
		a.b.Edges[0].Evidence[0].Date = published
		a.b.Edges[0].Evidence[0].When = when
		if _, err := db.Ingest(ctx, &a.b); err != nil {
			t.Fatal(err)
		}
	}
	met("Ruto meets Museveni", "2025-12-20", "", "Yoweri Museveni", "William Ruto met Yoweri Museveni in Kampala.")
	met("Ruto meets Abiy", "", "", "Abiy Ahmed", "William Ruto met Abiy Ahmed in Nairobi.")
	met("Ruto met Hassan in December", "2025-12-28", "2025-12", "Samia Suluhu Hassan", "William Ruto met Samia Suluhu Hassan in December.")
	met("Ruto meets Kagame", "2025-12-28", "", "Paul Kagame", "William Ruto met Paul Kagame in Kigali.")
	srv := newServer(t, resolvers.NewHandler(db, resolvers.Options{}))
	const q = `query($id: ID!, $dir: OrderDirection, $first: Int, $after: String) {
		timeline(id: $id, direction: $dir, first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { date other { ... on Actor { name } } } } } }`
	ruto := graph.ActorID("William Ruto")
	for _, tt := range []struct {
		dir  string
		want []string
	}{
		{"ASC", []string{"Samia Suluhu Hassan", "Yoweri Museveni", "Paul Kagame", "Abiy Ahmed"}},
		{"DESC", []string{"Paul Kagame", "Yoweri Museveni", "Samia Suluhu Hassan", "Abiy Ahmed"}},
	} {
		t.Run(tt.dir, func(t *testing.T) {
			data := query(t, srv, q, map[string]any{"id": ruto, "dir": tt.dir})
			if got := pluck(data, "timeline.edges.*.node.other.name"); !slices.Equal(got, tt.want) {
				t.Errorf("timeline %s = %v (dates %v), want %v", tt.dir, got, pluck(data, "timeline.edges.*.node.date"), tt.want)
			}
			// Page by page, one entry at a time, the same order.
			var paged []string
			var after any
			for range 10 {
				page := query(t, srv, q, map[string]any{"id": ruto, "dir": tt.dir, "first": 1, "after": after})
				paged = append(paged, pluck(page, "timeline.edges.*.node.other.name")...)
				if pluck(page, "timeline.pageInfo.hasNextPage")[0] != "true" {
					break
				}
				after = pluck(page, "timeline.pageInfo.endCursor")[0]
			}
			if !slices.Equal(paged, tt.want) {
				t.Errorf("pages of one = %v, want %v", paged, tt.want)
			}
		})
	}
}
