package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestProvenanceAgreesWithAScan checks the ap/ keys against a full scan
// after ingest, an alias, merges and deletions: each article's edges are
// exactly the edges with evidence from it, its nodes all exist, and
// every article with any has an ap/ key and no other key has one.
func TestProvenanceAgreesWithAScan(t *testing.T) {
	ctx := context.Background()
	for _, opts := range []Options{{}, {WriteBehind: true}} {
		t.Run(fmt.Sprintf("write-behind %v", opts.WriteBehind), func(t *testing.T) {
			db, err := Open(t.TempDir(), opts)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			graphtest.GenerateGraph(t, db, 3, 15, 40)
			checkProvenance(t, db, "after ingest")
			actors := scanIDs(t, db, graph.KindActor)
			if _, err := db.AddAlias(ctx, actors[0], "Another Name Entirely"); err != nil {
				t.Fatal(err)
			}
			checkProvenance(t, db, "after an alias")
			if _, err := db.MergeActors(ctx, actors[0], actors[1:4]); err != nil {
				t.Fatal(err)
			}
			checkProvenance(t, db, "after a merge")
			arts := scanIDs(t, db, graph.KindArticle)
			for _, a := range []graph.ID{arts[0], arts[len(arts)/2], arts[len(arts)-1]} {
				if err := db.DeleteArticle(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			checkProvenance(t, db, "after deletions")
			graphtest.GenerateGraph(t, db, 4, 15, 10)
			checkProvenance(t, db, "after more ingest")
		})
	}
}

func scanIDs(t *testing.T, db *DB, k graph.NodeKind) []graph.ID {
	t.Helper()
	var out []graph.ID
	if err := db.ScanNodes(context.Background(), k, "", func(n graph.Node) error { out = append(out, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(out) < 4 {
		t.Fatalf("only %d %s nodes", len(out), k)
	}
	return out
}

// readProvenances decodes every article's ap/ key that txn sees.
func readProvenances(txn *badger.Txn) (map[graph.ID]provenance, error) {
	out := map[graph.ID]provenance{}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixProvenance), PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		art := graph.ID(it.Item().Key()[len(prefixProvenance):])
		v, err := it.Item().ValueCopy(nil)
		if err != nil {
			return nil, err
		}
		if out[art], err = decodeProvenance(v); err != nil {
			return nil, fmt.Errorf("ap/ key of article %s: %w", art, err)
		}
	}
	return out, nil
}

func checkProvenance(t *testing.T, db *DB, when string) {
	t.Helper()
	ctx := context.Background()
	if err := db.Settle(); err != nil {
		t.Fatal(err)
	}
	want := map[graph.ID][]graph.ID{} // article → edges with its evidence
	if err := db.ScanEdges(ctx, "", func(e graph.Edge) error {
		for _, a := range evidenceArticles(e) {
			want[a] = append(want[a], e.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var got map[graph.ID]provenance
	err := db.bdb.View(func(txn *badger.Txn) (err error) {
		got, err = readProvenances(txn)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 10 {
		t.Fatalf("%s: only %d ap/ keys", when, len(got))
	}
	for art, edges := range want {
		if g := got[art].edges; !slices.Equal(g, sortedIDs(edges)) {
			t.Errorf("%s: article %s's ap/ edges %v, a scan finds %v", when, art, g, sortedIDs(edges))
		}
	}
	for art, p := range got {
		if len(p.edges) > 0 && len(want[art]) == 0 {
			t.Errorf("%s: article %s's ap/ lists edges %v, which have no evidence from it", when, art, p.edges)
		}
		if _, err := db.Node(ctx, art); err != nil {
			t.Errorf("%s: ap/ key of article %s: %v", when, art, err)
		}
		for _, n := range p.nodes {
			if _, err := db.Node(ctx, n); err != nil {
				t.Errorf("%s: article %s's ap/ lists node %s: %v", when, art, n, err)
			}
		}
	}
}
