package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

func TestConformanceHeadScanner(t *testing.T) {
	graphtest.RunHeadScanner(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir(), store.Options{})
	})
}

// TestScanEdgeHeadsWithoutSummary scans a database whose heads, but one,
// were written before heads kept a summary: those are summarised from
// their evidence, and the scan still gives every edge in order.
func TestScanEdgeHeadsWithoutSummary(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := range 4 {
		b, _ := meeting(t, i)
		if _, err := db.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	quarrels := []struct {
		text, src string
		class     graph.EdgeClass
		dst       string
	}{
		{"Omar Haddad accused Lena Berg of lying.", "Omar Haddad", graph.Accuse, "Lena Berg"},
		{"Lena Berg threatened Anna Lindqvist.", "Lena Berg", graph.Threaten, "Anna Lindqvist"},
	}
	for i, q := range quarrels {
		b := graphtest.NewBuilder(t, "Quarrel", fmt.Sprintf("2025-03-%02d", 9+i), q.text)
		b.Edge(b.Actor(q.src, graph.Person), q.class, b.Actor(q.dst, graph.Person), q.text, "")
		if _, err := db.Ingest(ctx, b.B); err != nil {
			t.Fatal(err)
		}
	}
	var full []graph.Edge
	if err := db.ScanEdges(ctx, "", func(e graph.Edge) error { full = append(full, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if len(full) < 3 {
		t.Fatalf("%d edges stored, want at least 3", len(full))
	}
	// Rewrite all heads but the last as an older version wrote them.
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	// Every piece of evidence under ev/ (the heads rewritten below hold
	// none), in a database still read in the current format (without the
	// nodes' records, which readers then read from n/; the ord/f/ keys of
	// format 9, which no reader looks at).
	store.DowngradeToFormat7(t, bdb)
	if err := bdb.Update(func(txn *badger.Txn) error { return txn.Set([]byte("meta/format"), []byte(store.FormatVersion)) }); err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(txn *badger.Txn) error {
		for _, e := range full[:len(full)-1] {
			old, err := json.Marshal(map[string]any{"id": e.ID, "source": e.Source, "target": e.Target, "class": e.Class, "verb": e.Verb})
			if err != nil {
				return err
			}
			if err := txn.Set([]byte("e/"+string(e.ID)), old); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}

	db = open(t, dir, store.Options{ReadOnly: true})
	var heads []graph.Edge
	if err := db.ScanEdgeHeads(ctx, "", func(e graph.Edge) error { heads = append(heads, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(heads) != len(full) {
		t.Fatalf("ScanEdgeHeads gave %d edges, want %d", len(heads), len(full))
	}
	for i, h := range heads {
		e := full[i]
		if h.ID != e.ID || len(h.Evidence) != 0 || h.Articles != e.Support() ||
			h.FirstSeen() != e.FirstSeen() || h.LastSeen() != e.LastSeen() {
			t.Errorf("head %+v, want %s with %d articles seen %s..%s and no evidence",
				h, e.ID, e.Support(), e.FirstSeen(), e.LastSeen())
		}
	}
}
