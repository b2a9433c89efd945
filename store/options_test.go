package store_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/store"
)

func TestMemoryOptions(t *testing.T) {
	for _, o := range []store.Options{{CacheSize: -1}, {MemTables: -2}, {WriterCacheSize: -1}} {
		if db, err := store.Open(t.TempDir(), o); err == nil || !strings.Contains(err.Error(), "must not be negative") {
			if db != nil {
				db.Close()
			}
			t.Errorf("Open with %+v: %v; want a refusal", o, err)
		}
	}
	// A small bulk-load configuration works end to end.
	db := open(t, t.TempDir(), store.Options{MemTables: 2, CacheSize: 8 << 20, MemTableSize: 1 << 20, WriteBehind: true, WriterCacheSize: 64 << 10})
	for i := range 50 {
		if _, err := db.Ingest(t.Context(), newsArticle(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Settle(); err != nil {
		t.Fatal(err)
	}
	s, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles() != 50 {
		t.Errorf("%d articles stored, want 50", s.Articles())
	}
}
