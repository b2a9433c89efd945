package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestCompactWorthIt(t *testing.T) {
	for _, c := range []struct {
		ingested, articles int64
		want               bool
	}{
		{0, 0, false},
		{compactMinArticles - 1, compactMinArticles - 1, false}, // too few, however small the graph
		{compactMinArticles, compactMinArticles, true},          // a load into an empty database
		{compactMinArticles, 4 * compactMinArticles, true},      // a quarter
		{compactMinArticles, 4*compactMinArticles + 1, false},
		{34_000, 34_000, true},  // the 34k corpus ingested at once
		{5_000, 105_000, false}, // 5,000 articles added to the 100k graph
		{50_000, 100_000, true}, // the second half of the 100k graph
	} {
		if got := compactWorthIt(c.ingested, c.articles); got != c.want {
			t.Errorf("compactWorthIt(%d ingested, %d articles) = %v, want %v", c.ingested, c.articles, got, c.want)
		}
	}
}

// rankVersions counts the versions of rank/ keys of links (not the
// nodes' records) and how many of them are deletion markers.
func rankVersions(t *testing.T, db *DB) (versions, deleted int) {
	t.Helper()
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll), AllVersions: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if IsNodeRecordKey(it.Item().Key()) {
				continue
			}
			versions++
			if it.Item().IsDeletedOrExpired() {
				deleted++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return versions, deleted
}

// TestCompactBulkLoadFlattens: articles about a hub move its links'
// rank/ keys with every article; CompactBulkLoad after them leaves the graph as it
// was (the same dump, the indexes consistent with a full scan), the
// tree in one level with nothing in memory, and no deleted rank/ key.
// A second call, with nothing ingested since, does nothing.
func TestCompactBulkLoadFlattens(t *testing.T) {
	defer func(n int64) { compactMinArticles = n }(compactMinArticles)
	compactMinArticles = 50
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(dir, Options{BulkLoad: true, WriteBehind: true, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 60 {
		var sentences []string
		for j := range 4 {
			sentences = append(sentences, fmt.Sprintf("Minister %d met Hub Nation in round %d.", (i+j)%9, i))
		}
		b := graphtest.NewBuilder(t, fmt.Sprintf("Hub news %d", i), "2025-03-01", strings.Join(sentences, " "))
		hub := b.Actor("Hub Nation", graph.Country)
		for j, s := range sentences {
			b.Edge(b.Actor(fmt.Sprintf("Minister %d", (i+j)%9), graph.Person), graph.Consult, hub, s, "met")
		}
		if _, err := db.Ingest(ctx, b.Clone()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Settle(); err != nil {
		t.Fatal(err)
	}
	before, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, deleted := rankVersions(t, db); deleted == 0 {
		t.Fatal("no deleted rank/ key before compacting: the test moves none")
	}

	res, err := db.CompactBulkLoad(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	edges := 0
	for _, n := range st.Edges {
		edges += int(n)
	}
	if !res.Flattened || res.Ingested != 60 || res.Articles != 60 || st.Edges[graph.Consult] != 9 {
		t.Fatalf("CompactBulkLoad = %+v with %v edges, want flattened after 60 of 60 articles, 9 CONSULT edges", res, st.Edges)
	}
	var levels []int
	for _, l := range db.bdb.Levels() {
		if l.NumTables > 0 {
			levels = append(levels, l.Level)
		}
	}
	if len(levels) != 1 || levels[0] == 0 {
		t.Errorf("tables in levels %v after compacting, want one level below 0", levels)
	}
	if versions, deleted := rankVersions(t, db); deleted > 0 || versions != 2*edges {
		t.Errorf("%d rank/ versions, %d deleted, after compacting; want %d (two per edge), none deleted", versions, deleted, 2*edges)
	}
	after, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("the graph changed:\n%s\nwant\n%s", after, before)
	}
	graphtest.CheckConsistent(t, db)

	if res, err := db.CompactBulkLoad(ctx); err != nil || res.Flattened {
		t.Errorf("second CompactBulkLoad = %+v, %v; want nothing done", res, err)
	}
}

// TestBulkLevelZero checks the bound on a bulk load's level-0 tables:
// 160 for memtables of 64 MiB or more, as many times more as the
// memtables are smaller, at most four times.
func TestBulkLevelZero(t *testing.T) {
	for _, c := range []struct {
		memTable int64
		want     int
	}{
		{128 << 20, 160},
		{64 << 20, 160},
		{48 << 20, 160},
		{32 << 20, 320},
		{16 << 20, 640},
		{8 << 20, 640},
		{minMemTableSize, 640},
	} {
		if got := bulkLevelZero(c.memTable); got != c.want {
			t.Errorf("bulkLevelZero(%d) = %d, want %d", c.memTable, got, c.want)
		}
	}
}
