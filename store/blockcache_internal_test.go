package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestBlockCacheHitsOnBulkLoadedDB reads a bulk-loaded (uncompressed)
// database twice and checks that the second pass finds its blocks in
// Badger's block cache. Badger charges an uncompressed block at the
// capacity of its slice of the table's memory map, so a cache sized in
// block bytes held a few blocks and the second pass missed.
func TestBlockCacheHitsOnBulkLoadedDB(t *testing.T) {
	if testing.Short() {
		t.Skip("bulk-loads 600 articles")
	}
	dir := filepath.Join(t.TempDir(), "db")
	fillForChecksums(t, dir, 600)
	const cacheSize = 4 << 20 // about 1,000 blocks of 4 KB
	db, err := Open(dir, Options{ReadOnly: true, CacheSize: cacheSize})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	scan := func() {
		n := 0
		err := db.ScanEdges(context.Background(), "", func(graph.Edge) error { n++; return nil })
		if err != nil || n == 0 {
			t.Fatalf("scan: %d edges, %v", n, err)
		}
	}
	metrics := db.bdb.BlockCacheMetrics()
	if metrics == nil {
		t.Fatal("no block cache")
	}
	scan()
	time.Sleep(200 * time.Millisecond) // the cache admits blocks asynchronously
	hits, misses := metrics.Hits(), metrics.Misses()
	scan()
	hits, misses = metrics.Hits()-hits, metrics.Misses()-misses
	t.Logf("second scan: %d hits, %d misses", hits, misses)
	if misses < 0 || hits < 20 || hits < 9*misses {
		t.Errorf("second scan of a %d-byte-cache database: %d block-cache hits, %d misses; want at least 90%% hits", cacheSize, hits, misses)
	}
}

// TestMappedTables checks which databases get the budget for
// uncompressed tables: bulk-loaded ones, new or not, and not one whose
// tables Badger compressed.
func TestMappedTables(t *testing.T) {
	bulk := filepath.Join(t.TempDir(), "bulk")
	fillForChecksums(t, bulk, 20)
	packed := filepath.Join(t.TempDir(), "packed")
	db, err := Open(packed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopened without BulkLoad, the bulk-loaded database stays
	// uncompressed: its next tables are written so too.
	db, err = Open(bulk, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fillMore(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(packed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fillMore(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		dir  string
		bulk bool
		want bool
	}{
		{"bulk-loaded", bulk, false, true},
		{"compressed", packed, false, false},
		{"compressed, bulk load", packed, true, false},
		{"new", filepath.Join(t.TempDir(), "none"), false, false},
		{"new, bulk load", filepath.Join(t.TempDir(), "none"), true, true},
	} {
		if got, _ := mappedTables(c.dir, c.bulk); got != c.want {
			t.Errorf("%s: mappedTables = %v, want %v", c.name, got, c.want)
		}
	}
}

// fillMore ingests a few articles into db.
func fillMore(t *testing.T, db *DB) {
	t.Helper()
	for i := range 5 {
		text := fmt.Sprintf("Envoy More%d met Minister More%d in Geneva.", i, i)
		a := graphtest.NewBuilder(t, fmt.Sprintf("More %d", i), "2026-01-03", text)
		p := a.Actor(fmt.Sprintf("Envoy More%d", i), graph.Person)
		q := a.Actor(fmt.Sprintf("Minister More%d", i), graph.Person)
		a.Edge(p, graph.Consult, q, text[:20], "met")
		if _, err := db.Ingest(context.Background(), a.B); err != nil {
			t.Fatal(err)
		}
	}
}
