package store_test

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// TestVersionChangesWithEveryVisibleWrite checks the promise a response
// cache relies on: reads leave Version alone, and once a write returns
// (or, with write-behind, once Settle returns) Version has moved on.
func TestVersionChangesWithEveryVisibleWrite(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts store.Options
	}{
		{"one by one", store.Options{}},
		{"write-behind", store.Options{WriteBehind: true}},
		{"split writes", store.Options{MemTableSize: 16 << 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := open(t, t.TempDir(), tc.opts)
			ctx := t.Context()
			seen := db.Version()
			moved := func(what string) {
				t.Helper()
				if err := db.Settle(); err != nil {
					t.Fatal(err)
				}
				if v := db.Version(); v == seen {
					t.Errorf("Version is still %d after %s", v, what)
				} else {
					seen = v
				}
			}
			var last graph.ID
			for i := range 3 {
				b := article(t, i)
				if tc.opts.MemTableSize > 0 {
					// Long enough not to fit one transaction.
					for j := range 60 {
						b.Actor(fmt.Sprintf("Bystander Number%d Person%d", j, i), graph.Person)
					}
				}
				res, err := db.Ingest(ctx, b.B)
				if err != nil {
					t.Fatal(err)
				}
				last = res.Article
				moved(fmt.Sprintf("ingesting article %d", i))
			}
			if _, err := db.Stats(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := db.ArticleText(ctx, last); err != nil {
				t.Fatal(err)
			}
			if v := db.Version(); v != seen {
				t.Errorf("reads moved Version from %d to %d", seen, v)
			}
			if err := db.DeleteArticle(ctx, last); err != nil {
				t.Fatal(err)
			}
			moved("deleting an article")
		})
	}
}
