package store_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestAdjacentKindsIsAdjacentByKind checks AdjacentKinds against
// Adjacent filtered by the far end's kind, for every node, direction,
// class filter and set of kinds, symmetric classes included.
func TestAdjacentKindsIsAdjacentByKind(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx := t.Context()
	var nodes []graph.ID
	for i := range 4 {
		text := fmt.Sprintf(`Ana Lopez met Ben Okafor on day %d. "We agree," Ana Lopez said. Ben Okafor accused Ana Lopez of delay. Ben Okafor attended summit %d.`, i, i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), "2025-03-0"+fmt.Sprint(i+1), text)
		ana := b.Actor("Ana Lopez", graph.Person)
		ben := b.Actor("Ben Okafor", graph.Person)
		stm := b.Node(graph.KindStatement, "We agree")
		evt := b.Node(graph.KindEvent, fmt.Sprintf("summit %d", i))
		b.Edge(ana, graph.Consult, ben, fmt.Sprintf("Ana Lopez met Ben Okafor on day %d.", i), "met")
		b.Edge(ana, graph.Stated, stm, `"We agree," Ana Lopez said.`, "said")
		b.Edge(ben, graph.Accuse, ana, "Ben Okafor accused Ana Lopez of delay.", "accused")
		b.Edge(ben, graph.ParticipatedIn, evt, fmt.Sprintf("Ben Okafor attended summit %d.", i), "attended")
		for _, n := range []graph.ID{ana, ben} {
			b.Edge(b.ID(), graph.Mentions, n, fmt.Sprintf("Ana Lopez met Ben Okafor on day %d.", i), "")
		}
		if _, err := db.Ingest(ctx, b.B); err != nil {
			t.Fatal(err)
		}
		nodes = append(nodes, b.ID(), stm, evt)
	}
	nodes = append(nodes, graph.ActorID("Ana Lopez"), graph.ActorID("Ben Okafor"))
	kindSets := [][]graph.NodeKind{
		{graph.KindActor},
		{graph.KindArticle},
		{graph.KindStatement, graph.KindEvent},
		graph.NodeKinds,
	}
	classSets := [][]graph.EdgeClass{nil, {graph.Consult}, {graph.Mentions, graph.Accuse}}
	read := 0
	for _, id := range nodes {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			for _, classes := range classSets {
				all, err := db.Adjacent(ctx, id, dir, classes)
				if err != nil {
					t.Fatal(err)
				}
				for _, kinds := range kindSets {
					var want []graph.Link
					for _, l := range all {
						if slices.Contains(kinds, graph.KindOfID(l.Other)) {
							want = append(want, l)
						}
					}
					got, err := db.AdjacentKinds(ctx, id, dir, classes, kinds)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(got, want) {
						t.Errorf("AdjacentKinds(%s, %v, %v, %v) = %v, want %v", id, dir, classes, kinds, got, want)
					}
					read += len(got)
				}
			}
		}
	}
	if read == 0 {
		t.Fatal("no links at all: the test graph is empty")
	}
	if _, err := db.AdjacentKinds(ctx, nodes[0], graph.Both, nil, []graph.NodeKind{"planet"}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("unknown kind: %v, want an Invalid error", err)
	}
}
