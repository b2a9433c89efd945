package store_test

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// TestCountsFollowWrites reads the counters between writes of every
// kind (queued ingests, a merge, a deletion), so that counters kept
// from an earlier read would show: each read must equal a count of what
// is stored.
func TestCountsFollowWrites(t *testing.T) {
	for _, behind := range []bool{false, true} {
		t.Run(fmt.Sprintf("WriteBehind=%v", behind), func(t *testing.T) {
			ctx := t.Context()
			db := open(t, t.TempDir(), store.Options{WriteBehind: behind})
			check := func(when string) {
				t.Helper()
				if err := db.Settle(); err != nil {
					t.Fatal(err)
				}
				for range 2 { // the second read may come from memory
					s, err := db.Stats(ctx)
					if err != nil {
						t.Fatal(err)
					}
					mods, err := db.EdgeCountsByModality(ctx)
					if err != nil {
						t.Fatal(err)
					}
					var edges, byMod int64
					err = db.ScanEdges(ctx, "", func(graph.Edge) error { edges++; return nil })
					if err != nil {
						t.Fatal(err)
					}
					for _, m := range mods {
						for _, n := range m {
							byMod += n
						}
					}
					var counted int64
					for _, n := range s.Edges {
						counted += n
					}
					if counted != edges || byMod != edges {
						t.Errorf("%s: Stats counts %d edges, EdgeCountsByModality %d; %d are stored", when, counted, byMod, edges)
					}
					// A caller may change what it was given.
					s.Edges[graph.Consult] = -1
					for c := range mods {
						delete(mods, c)
					}
				}
			}
			check("empty")
			for i := range 5 {
				if _, err := db.Ingest(ctx, newsArticle(t, i)); err != nil {
					t.Fatal(err)
				}
				check(fmt.Sprintf("after article %d", i))
			}
			if err := db.DeleteArticle(ctx, newsArticle(t, 0).Article.ID); err != nil {
				t.Fatal(err)
			}
			check("after a deletion")
		})
	}
}
