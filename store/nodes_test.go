package store_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestNodesBySeekAreNodeReads: Nodes of many IDs (read through one
// iterator) gives, in order, what Node gives for each of them that
// exists, leaving out IDs that never were, that were deleted, that are
// a prefix of an existing one or have one as a prefix.
func TestNodesBySeekAreNodeReads(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	graphtest.GenerateGraph(t, db, 3, 20, 30)
	var ids []graph.ID
	var article graph.ID
	for _, k := range []graph.NodeKind{graph.KindActor, graph.KindArticle, graph.KindStatement} {
		if err := db.ScanNodes(ctx, k, "", func(n graph.Node) error {
			ids = append(ids, n.ID)
			if k == graph.KindArticle && article == "" {
				article = n.ID
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if len(ids) < 20 || article == "" {
		t.Fatalf("the generated graph has %d nodes", len(ids))
	}
	if err := db.DeleteArticle(ctx, article); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Node(ctx, article); !graph.IsNotFound(err) {
		t.Fatalf("the deleted article is still there: %v", err)
	}
	// Out of order, repeated, and with IDs that are not there.
	ask := []graph.ID{ids[5], "act_nonesuch", ids[0], ids[0][:len(ids[0])-1], ids[0] + "x", article}
	ask = append(ask, ids[len(ids)-1:]...)
	ask = append(ask, ids...)
	ask = append(ask, ids[3], "zzz/after-every-node")
	var want []graph.Node
	for _, id := range ask {
		n, err := db.Node(ctx, id)
		if graph.IsNotFound(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, n)
	}
	got, err := db.Nodes(ctx, ask)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Nodes gave %d nodes, Node %d; they differ", len(got), len(want))
	}
}
