package store

import (
	"context"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestStrongestAmongMergeIsOutKeys checks StrongestAmong's two ways of
// finding the edges among nodes against each other and against
// LinksAmong's edges, sorted and cut: the merge of the rank/ keys alone
// (a budget it never spends; nodes with many links are read in several
// chunks) and the out/ keys alone (a budget spent before the first
// key), for sets of nodes, classes, modalities, edges left out and
// limits that cut or not. Hubs' links are read in several steps.
func TestStrongestAmongMergeIsOutKeys(t *testing.T) {
	ctx := context.Background()
	db, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	graphtest.GenerateGraph(t, db, 3, 40, 200)
	var actors []graph.ID
	if err := db.ScanNodes(ctx, graph.KindActor, "", func(n graph.Node) error { actors = append(actors, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	var some []graph.ID
	for i := 0; i < len(actors); i += 3 {
		some = append(some, actors[i])
	}
	hub, err := db.Adjacent(ctx, actors[0], graph.Both, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range actors {
		links, err := db.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(links) > len(hub) {
			hub = links
		}
	}
	if len(hub) < 4*firstChunk {
		t.Fatalf("the biggest hub has %d links; the test no longer reads a node's links in several steps", len(hub))
	}
	// Nodes named twice are read once.
	twice := append(slices.Clone(some), some[:len(some)/2]...)
	slices.Sort(twice)
	for _, limit := range []int{1, 50, math.MaxInt32} {
		var res [2]map[graph.ID][]graph.Link
		for i, nodes := range [][]graph.ID{some, twice} {
			m := amongMerge{nodes: nodes, limit: limit, budget: math.MaxInt}
			if err := db.view("test", func(txn *badger.Txn) error { return m.run(ctx, txn) }); err != nil {
				t.Fatal(err)
			}
			res[i] = m.result()
		}
		if !reflect.DeepEqual(res[0], res[1]) {
			t.Errorf("limit %d: nodes named twice give\n %v\nnot\n %v", limit, res[1], res[0])
		}
	}
	for _, nodes := range [][]graph.ID{actors, some, actors[:5], nil} {
		for _, classes := range [][]graph.EdgeClass{nil, {graph.Consult, graph.Accuse}} {
			for _, nonFactual := range []bool{false, true} {
				all := strongestFromLinksAmong(t, db, nodes, classes, nonFactual, nil)
				var except []graph.ID
				for i := 0; i < len(all); i += 3 {
					except = append(except, all[i].Edge)
				}
				slices.Sort(except)
				want := strongestFromLinksAmong(t, db, nodes, classes, nonFactual, except)
				for _, limit := range []int{0, 1, 7, len(want) / 2, len(want), len(want) + 1} {
					for _, budget := range []int{math.MaxInt, -1} {
						m := amongMerge{nodes: nodes, classes: classes, nonFactual: nonFactual, except: except, limit: limit, budget: budget}
						if err := db.view("test", func(txn *badger.Txn) error { return m.run(ctx, txn) }); err != nil {
							t.Fatal(err)
						}
						var got []sourcedLink
						for from, links := range m.result() {
							for _, l := range links {
								got = append(got, sourcedLink{from, l})
							}
						}
						slices.SortFunc(got, strongerLink)
						w := want[:min(limit, len(want))]
						if !slices.Equal(got, w) || m.more != (len(want) > limit) {
							t.Errorf("%d nodes, classes %v, non-factual %v, limit %d, budget %d: more %v, want %v;\n got  %v\n want %v",
								len(nodes), classes, nonFactual, limit, budget, m.more, len(want) > limit, got, w)
						}
					}
				}
			}
		}
	}
}

// strongestFromLinksAmong is every edge among nodes as LinksAmong lists
// it, of the classes and modalities asked for and not in except,
// strongest first (by support, then edge ID).
func strongestFromLinksAmong(t *testing.T, db *DB, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID) []sourcedLink {
	t.Helper()
	bySource, err := db.LinksAmong(context.Background(), nodes, classes, nodes)
	if err != nil {
		t.Fatal(err)
	}
	var out []sourcedLink
	for from, links := range bySource {
		for _, l := range links {
			if (nonFactual || l.Modality.Factual()) && !slices.Contains(except, l.Edge) {
				out = append(out, sourcedLink{from, l})
			}
		}
	}
	slices.SortFunc(out, strongerLink)
	return out
}

// sourcedLink is a link from its source.
type sourcedLink struct {
	from graph.ID
	graph.Link
}

func strongerLink(a, b sourcedLink) int {
	if a.Support != b.Support {
		return b.Support - a.Support
	}
	return strings.Compare(string(a.Edge), string(b.Edge))
}
