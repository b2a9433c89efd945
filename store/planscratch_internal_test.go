package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestPlanScratchIsSizedAndCleared checks Ingest's kept key list: sized
// from an article's counts up front, so that planning an ordinary
// article (new actors with aliases, a statement, an event, edges to new
// and to stored actors, an edge seen again) never grows it; emptied
// after each article, holding no keys or values alive; and not kept
// after an article too big for it to be worth keeping.
func TestPlanScratchIsSizedAndCleared(t *testing.T) {
	ctx := context.Background()
	db, err := Open(t.TempDir(), Options{WriteBehind: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 3 {
		sentence := fmt.Sprintf("Anna Lindqvist met Omar Haddad and said talks went well on day %d.", i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), "2025-03-01", sentence)
		x := b.Actor("Anna Lindqvist", graph.Person, "Lindqvist", "A. Lindqvist")
		y := b.Actor("Omar Haddad", graph.Person, "Haddad")
		z := b.Actor(fmt.Sprintf("Envoy %d", i), graph.Person)
		s := b.Node(graph.KindStatement, fmt.Sprintf("talks went well %d", i))
		ev := b.Event(fmt.Sprintf("meeting %d", i), "2025-03-01")
		b.Edge(x, graph.Consult, y, sentence, "met")
		b.Edge(x, graph.Consult, z, sentence, "met")
		b.Edge(x, graph.Stated, s, sentence, "said")
		b.Edge(x, graph.ParticipatedIn, ev, sentence, "met")
		b.Edge(b.ID(), graph.Mentions, x, sentence, "")
		nb := b.Clone()
		want := cap(db.planOps(nb))
		db.planScratch = nil
		if _, err := db.Ingest(ctx, nb); err != nil {
			t.Fatal(err)
		}
		kept := db.planScratch
		if len(kept) != 0 || cap(kept) != want {
			t.Fatalf("article %d: kept a key list of length %d and capacity %d, want 0 and %d (the plan outgrew its estimate)", i, len(kept), cap(kept), want)
		}
		for j, op := range kept[:cap(kept)] {
			if op.key != nil || op.value != nil || op.del {
				t.Fatalf("article %d: the kept key list's entry %d still holds %q", i, j, op.key)
			}
		}
	}

	db.planScratch = nil // as planOps leaves it
	big := make([]kv, 0, planScratchMax+1)
	db.keepPlanScratch(append(big, kv{key: []byte("n/x")}))
	if db.planScratch != nil {
		t.Errorf("a key list of capacity %d was kept; the bound is %d", cap(big), planScratchMax)
	}
}
