package store_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestAdjacentAmongIsAdjacentFiltered checks AdjacentAmong against
// Adjacent filtered by membership, for every node, direction, class
// filter and several sets, dense and sparse, so that the walk both reads
// links one by one and seeks past runs of them (two actors are mentioned
// by forty articles).
func TestAdjacentAmongIsAdjacentFiltered(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx := t.Context()
	var all []graph.ID
	for i := range 40 {
		text := fmt.Sprintf(`Ana Lopez met Ben Okafor on day %d. "We agree," Ana Lopez said. Ben Okafor accused Ana Lopez of delay. Ben Okafor attended summit %d.`, i, i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), fmt.Sprintf("2025-03-%02d", i%28+1), text)
		ana := b.Actor("Ana Lopez", graph.Person)
		ben := b.Actor("Ben Okafor", graph.Person)
		stm := b.Node(graph.KindStatement, "We agree")
		evt := b.Node(graph.KindEvent, fmt.Sprintf("summit %d", i))
		b.Edge(ana, graph.Consult, ben, fmt.Sprintf("Ana Lopez met Ben Okafor on day %d.", i), "met")
		b.Edge(ana, graph.Stated, stm, `"We agree," Ana Lopez said.`, "said")
		b.Edge(ben, graph.Accuse, ana, "Ben Okafor accused Ana Lopez of delay.", "accused")
		b.Edge(ben, graph.ParticipatedIn, evt, fmt.Sprintf("Ben Okafor attended summit %d.", i), "attended")
		for _, n := range []graph.ID{ana, ben, stm} {
			b.Edge(b.ID(), graph.Mentions, n, fmt.Sprintf("Ana Lopez met Ben Okafor on day %d.", i), "")
		}
		if _, err := db.Ingest(ctx, b.B); err != nil {
			t.Fatal(err)
		}
		all = append(all, b.ID(), stm, evt)
	}
	all = append(all, graph.ActorID("Ana Lopez"), graph.ActorID("Ben Okafor"))
	slices.Sort(all)
	every := func(n int) []graph.ID {
		var s []graph.ID
		for i, id := range all {
			if i%n == 0 {
				s = append(s, id)
			}
		}
		return s
	}
	sets := [][]graph.ID{all, every(3), every(17), every(1000), {}, {graph.ActorID("Ben Okafor")}}
	classSets := [][]graph.EdgeClass{nil, {graph.Consult}, {graph.Mentions, graph.Accuse}}
	read := 0
	for _, id := range all {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			for _, classes := range classSets {
				links, err := db.Adjacent(ctx, id, dir, classes)
				if err != nil {
					t.Fatal(err)
				}
				for _, among := range sets {
					var want []graph.Link
					for _, l := range links {
						if _, ok := slices.BinarySearch(among, l.Other); ok {
							want = append(want, l)
						}
					}
					gotAll, err := db.AdjacentAmong(ctx, []graph.ID{id, all[0]}, dir, classes, among)
					if err != nil {
						t.Fatal(err)
					}
					got := gotAll[id]
					if !slices.Equal(got, want) {
						t.Errorf("AdjacentAmong(%s, %v, %v, %d nodes) = %v, want %v", id, dir, classes, len(among), got, want)
					}
					read += len(got)
				}
			}
		}
	}
	if read == 0 {
		t.Fatal("no links at all: the test graph is empty")
	}
	unsorted := []graph.ID{all[1], all[0]}
	if _, err := db.AdjacentAmong(ctx, all[:1], graph.Both, nil, unsorted); graph.KindOf(err) != graph.Invalid {
		t.Errorf("unsorted nodes: %v, want an Invalid error", err)
	}
}
