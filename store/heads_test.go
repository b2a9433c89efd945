package store_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestNeighborhoodHeads checks that a traversal asking for heads returns
// the same edges, support and dates as one loading all evidence, with no
// evidence attached.
func TestNeighborhoodHeads(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx := context.Background()
	var root graph.ID
	for i := range 5 {
		b, _ := meeting(t, i)
		if _, err := db.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
		root = b.Edges[0].Source
	}
	const text = "Omar Haddad accused Lena Berg of lying."
	b := graphtest.NewBuilder(t, "Accusation", "2025-03-09", text)
	b.Edge(b.Actor("Omar Haddad", graph.Person), graph.Accuse, b.Actor("Lena Berg", graph.Person), text, "accused")
	if _, err := db.Ingest(ctx, b.B); err != nil {
		t.Fatal(err)
	}

	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both}
	full, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Heads = true
	heads, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Edges) != 2 || len(heads.Edges) != len(full.Edges) || len(heads.Nodes) != len(full.Nodes) {
		t.Fatalf("with heads %d nodes and %d edges, with evidence %d and %d; want 2 edges",
			len(heads.Nodes), len(heads.Edges), len(full.Nodes), len(full.Edges))
	}
	for i, h := range heads.Edges {
		e := full.Edges[i]
		if len(e.Evidence) == 0 || len(h.Evidence) != 0 {
			t.Errorf("edge %s: %d pieces of evidence with heads, %d without; want none and some", e.ID, len(h.Evidence), len(e.Evidence))
		}
		if h.ID != e.ID || h.Support() != e.Support() || h.FirstSeen() != e.FirstSeen() || h.LastSeen() != e.LastSeen() {
			t.Errorf("head %s: support %d, seen %s..%s; edge %s: support %d, seen %s..%s",
				h.ID, h.Support(), h.FirstSeen(), h.LastSeen(), e.ID, e.Support(), e.FirstSeen(), e.LastSeen())
		}
	}
	if s := heads.Edges[slices.IndexFunc(heads.Edges, func(e graph.Edge) bool { return e.Class == graph.Consult })].Support(); s != 5 {
		t.Errorf("CONSULT head support %d, want 5", s)
	}
}

// TestEdgeHeadsWithoutSummary checks heads written before the summary was
// kept, in a format 2 database: the upgrade to format 3 gives them their
// summary, and ingest keeps it.
func TestEdgeHeadsWithoutSummary(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var id graph.ID
	for i := range 3 {
		b, e := meeting(t, i)
		id = e
		if _, err := db.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	e, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Rewrite the head as an older version wrote it.
	old, err := json.Marshal(map[string]any{"id": e.ID, "source": e.Source, "target": e.Target, "class": e.Class, "verb": e.Verb})
	if err != nil {
		t.Fatal(err)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat6(t, bdb)
	// Its adjacency values too: the edge ID alone, without support.
	err = bdb.Update(func(txn *badger.Txn) error {
		for _, k := range []string{
			"e/" + string(id),
			"out/" + string(e.Source) + "/" + string(e.Class) + "/" + string(e.Target),
			"in/" + string(e.Target) + "/" + string(e.Class) + "/" + string(e.Source),
		} {
			v := old
			if k[0] != 'e' {
				v = []byte(id)
			}
			if err := txn.Set([]byte(k), v); err != nil {
				return err
			}
		}
		// Only a format 2 database can hold such a head: Open's upgrade
		// to format 3 summarises it.
		return txn.Set([]byte("meta/format"), []byte("2"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}

	db = open(t, dir, store.Options{})
	b, _ := meeting(t, 3)
	if _, err := db.Ingest(ctx, b); err != nil {
		t.Fatal(err)
	}
	heads, err := db.EdgeHeads(ctx, []graph.ID{id})
	if err != nil {
		t.Fatal(err)
	}
	full, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != 1 || heads[0].Support() != 4 || heads[0].FirstSeen() != full.FirstSeen() || heads[0].LastSeen() != full.LastSeen() || len(heads[0].Evidence) != 0 {
		t.Fatalf("EdgeHeads = %+v, want support 4 seen %s..%s without evidence", heads, full.FirstSeen(), full.LastSeen())
	}
	graphtest.CheckConsistent(t, db)
}
