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
	hubArticles(t, db, 9, 0, 60)
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

// hubArticles ingests articles from to to into db, each about a hub
// that four of the ministers meet, and waits for their commits.
func hubArticles(t *testing.T, db *DB, ministers, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		var sentences []string
		for j := range 4 {
			sentences = append(sentences, fmt.Sprintf("Minister %d met Hub Nation in round %d.", (i+j)%ministers, i))
		}
		b := graphtest.NewBuilder(t, fmt.Sprintf("Hub news %d", i), "2025-03-01", strings.Join(sentences, " "))
		hub := b.Actor("Hub Nation", graph.Country)
		for j, s := range sentences {
			b.Edge(b.Actor(fmt.Sprintf("Minister %d", (i+j)%ministers), graph.Person), graph.Consult, hub, s, "met")
		}
		if _, err := db.Ingest(context.Background(), b.Clone()); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Settle(); err != nil {
		t.Fatal(err)
	}
}

// TestBulkLoadSeedsBaseLevel: a bulk load into a new database compacts
// its first level-0 tables into the base level, so that the
// flatten at its end has base-level tables to split its work at; it
// stores the graph a load without the seed stores. The flatten after it
// leaves one level, the indexes consistent and the writer's value cache
// empty, and articles ingested after it give the graph they give
// without a flatten.
func TestBulkLoadSeedsBaseLevel(t *testing.T) {
	defer func(tables int, every int64) { seedLevelZeroTables, seedCheckEvery = tables, every }(seedLevelZeroTables, seedCheckEvery)
	defer func(n int64) { compactMinArticles = n }(compactMinArticles)
	seedCheckEvery, compactMinArticles = 1, 50
	ctx := context.Background()
	levels := func(db *DB) (levelZero, below int) {
		for _, l := range db.bdb.Levels() {
			if l.Level == 0 {
				levelZero = l.NumTables
			} else {
				below += l.NumTables
			}
		}
		return levelZero, below
	}
	load := func(seedAt int) *DB {
		seedLevelZeroTables = seedAt
		db, err := Open(t.TempDir(), Options{BulkLoad: true, WriteBehind: true, GCInterval: -1, MemTableSize: 64 << 10})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		hubArticles(t, db, 23, 0, 150)
		return db
	}
	dump := func(db *DB) string {
		d, err := graphtest.Dump(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}

	plain := load(1 << 30)
	if l0, below := levels(plain); l0 < 6 || below > 0 {
		t.Fatalf("without the seed: %d level-0 tables and %d below; want 6 or more, all in level 0 (memtables too big for the test?)", l0, below)
	}
	want := dump(plain)
	seeded := load(3)
	// Flushes run beside the writer, so how many tables the articles
	// after the seed left in level 0 varies from run to run.
	if l0, below := levels(seeded); below == 0 || !seeded.seeded {
		t.Errorf("with the seed: %d level-0 tables and %d below (seeded %v); want the first ones below", l0, below, seeded.seeded)
	}
	if got := dump(seeded); got != want {
		t.Errorf("the seeded load stored another graph:\n%s\nwant\n%s", got, want)
	}
	graphtest.CheckConsistent(t, seeded)

	res, err := seeded.CompactBulkLoad(ctx)
	if err != nil || !res.Flattened {
		t.Fatalf("CompactBulkLoad = %+v, %v; want flattened", res, err)
	}
	if l0, below := levels(seeded); l0 != 0 || below == 0 {
		t.Errorf("after the flatten: %d level-0 tables and %d below", l0, below)
	}
	if got := dump(seeded); got != want {
		t.Errorf("the flatten changed the graph:\n%s\nwant\n%s", got, want)
	}
	graphtest.CheckConsistent(t, seeded)
	if v := &seeded.aliases.values; v.young.size+v.old.size != 0 {
		t.Errorf("the writer's value cache holds %d bytes after the flatten, want none", v.young.size+v.old.size)
	}

	hubArticles(t, plain, 23, 150, 170)
	hubArticles(t, seeded, 23, 150, 170)
	if got, want := dump(seeded), dump(plain); got != want {
		t.Errorf("articles after the flatten:\n%s\nwant\n%s", got, want)
	}
	graphtest.CheckConsistent(t, seeded)
}
