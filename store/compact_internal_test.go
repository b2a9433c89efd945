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
		moved, edges int64
		want         bool
	}{
		{0, 0, false},
		{compactMinMoves - 1, 10, false}, // too few moves, however small the graph
		{compactMinMoves, 4 * compactMinMoves, true},
		{compactMinMoves, 4*compactMinMoves + 1, false},
		{549_242, 1_174_556, true}, // the 34k corpus ingested at once
		{80_000, 2_160_020, false}, // 5,000 articles added to the 100k graph
		{500, 1_174_556, false},    // ten articles added to the 34k corpus
	} {
		if got := compactWorthIt(c.moved, c.edges); got != c.want {
			t.Errorf("compactWorthIt(%d moved, %d edges) = %v, want %v", c.moved, c.edges, got, c.want)
		}
	}
}

// rankVersions counts the versions of rank/ keys and how many of them
// are deletion markers.
func rankVersions(t *testing.T, db *DB) (versions, deleted int) {
	t.Helper()
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll), AllVersions: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
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
// rank/ keys with every article; CompactBulkLoad leaves the graph as it
// was (the same dump, the indexes consistent with a full scan), the
// tree in one level with nothing in memory, and no deleted rank/ key.
// A second call, with nothing moved since, does nothing.
func TestCompactBulkLoadFlattens(t *testing.T) {
	defer func(n int64) { compactMinMoves = n }(compactMinMoves)
	compactMinMoves = 100
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
	if !res.Flattened || res.Moved < compactMinMoves || res.Edges != int64(edges) || st.Edges[graph.Consult] != 9 {
		t.Fatalf("CompactBulkLoad = %+v with %v edges, want flattened after at least %d moves, 9 CONSULT edges", res, st.Edges, compactMinMoves)
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
