package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestIngestAfterCorrections checks that what the writer caches between
// articles (actors, edge heads, counters, whether any redirect exists)
// follows corrections made between two ingests: an article naming an
// actor merged away lands on the actor it was merged into.
func TestIngestAfterCorrections(t *testing.T) {
	for _, behind := range []bool{false, true} {
		t.Run(fmt.Sprintf("WriteBehind=%v", behind), func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(t.TempDir(), store.Options{WriteBehind: behind})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			ingest := func(i int, a string, typ graph.ActorType, b string) graph.IngestResult {
				t.Helper()
				sentence := fmt.Sprintf("%s met %s on day %d.", a, b, i)
				bl := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), "2025-03-01", sentence)
				x, y := bl.Actor(a, typ), bl.Actor(b, graph.Person)
				bl.Edge(x, graph.Consult, y, sentence, "met")
				bl.Edge(bl.ID(), graph.Mentions, x, sentence, "")
				bl.Edge(bl.ID(), graph.Mentions, y, sentence, "")
				res, err := db.Ingest(ctx, bl.B)
				if err != nil {
					t.Fatal(err)
				}
				return res
			}
			// Several articles first, so that the actors, the CONSULT
			// head and the counters are read, and cached, by the writer.
			for i := range 3 {
				ingest(i, "Anna Berg", graph.Person, "Carl Dahl")
				ingest(10+i, "Erik Fors", graph.Person, "Carl Dahl")
			}
			anna, erik, carl := graph.ActorID("Anna Berg"), graph.ActorID("Erik Fors"), graph.ActorID("Carl Dahl")
			if _, err := db.MergeActors(ctx, anna, []graph.ID{erik}); err != nil {
				t.Fatal(err)
			}
			// Read as an organisation, Erik Fors matches no stored name of
			// that type: only the merge's redirect takes him to Anna Berg.
			res := ingest(20, "Erik Fors", graph.Organization, "Carl Dahl")
			if got := res.Resolved[erik]; got != anna {
				t.Errorf("after the merge, Erik Fors resolved to %q, want %s (Anna Berg); result %+v", got, anna, res)
			}
			if err := db.Settle(); err != nil {
				t.Fatal(err)
			}
			e, err := db.Edge(ctx, graph.EdgeID(anna, graph.Consult, carl))
			if err != nil {
				t.Fatal(err)
			}
			if got := e.Support(); got != 7 {
				t.Errorf("CONSULT Anna Berg–Carl Dahl is supported by %d articles, want 7", got)
			}
			if _, err := db.Node(ctx, erik); !graph.IsNotFound(err) {
				t.Errorf("Node(Erik Fors) after the merge and a new article: %v, want not found", err)
			}
			graphtest.CheckConsistent(t, db)
		})
	}
}
