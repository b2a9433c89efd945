package store_test

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// format11Layout is what format 11 changed in a closed database: no
// out/ or in/ key for an edge of support 1.
type format11Layout struct {
	out, in, singleOut, singleIn int // out/ and in/ keys, and those of support 1
	format                       string
	dropMarker                   bool
}

func layout11Of(t *testing.T, bdb *badger.DB) format11Layout {
	t.Helper()
	l := format11Layout{format: string(keysWith(t, bdb, "meta/format")["meta/format"])}
	for _, d := range []string{"out/", "in/"} {
		for _, v := range keysWith(t, bdb, d) {
			single := bytes.IndexByte(v, 0) > 0 && v[bytes.IndexByte(v, 0)+1] == 1
			if d == "out/" {
				l.out++
				if single {
					l.singleOut++
				}
			} else {
				l.in++
				if single {
					l.singleIn++
				}
			}
		}
	}
	_, l.dropMarker = keysWith(t, bdb, "meta/drop10")["meta/drop10"]
	return l
}

func layout11OfDir(t *testing.T, dir string) format11Layout {
	t.Helper()
	return inReadOnlyBadger(t, dir, layout11Of)
}

// done reports whether l is a database in the current format with no
// out/ or in/ key of support 1 and no upgrade left to finish.
func (l format11Layout) done() bool {
	return l.out > 0 && l.out == l.in && l.singleOut == 0 && l.singleIn == 0 && l.format == store.FormatVersion && !l.dropMarker
}

// TestOpenUpgradesFormat10 writes a database, rewrites it as format 10
// wrote it (out/ and in/ keys for every edge), and checks that a
// read-only Open refuses it and a read-write Open upgrades it to format
// 11 with the same graph, read the same way by every reader, its other
// keys untouched and no out/ or in/ key of support 1 left; then that the
// corrections and new articles give the upgraded database and one that
// never left format 11 the same graph, and neither writes such a key.
func TestOpenUpgradesFormat10(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)
	if native := layout11OfDir(t, dir); !native.done() || native.out < 5 {
		t.Fatalf("format 11 as written: %+v; want out/ and in/ keys of edges of support 2 or more alone", native)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	before := everyKey(t, bdb)
	store.DowngradeToFormat10(t, bdb)
	if old := layout11Of(t, bdb); old.singleOut < 40 || old.singleIn != old.singleOut || old.format != "10" {
		t.Fatalf("format 10 fixture: %+v; want out/ and in/ keys for the edges of support 1", old)
	}
	upgradeClosed(t, bdb, dir, "10", want)
	if up := layout11OfDir(t, dir); !up.done() {
		t.Fatalf("after the upgrade %+v; want no out/ or in/ key of support 1 and no marker", up)
	}
	if after := inReadOnlyBadger(t, dir, everyKey); !maps.EqualFunc(after, before, bytes.Equal) {
		t.Errorf("after the upgrade %d keys, as written in format 11 %d, or other values", len(after), len(before))
	}

	applyAlikeInDirs(t, dir, control, nil)
	for _, d := range []string{dir, control} {
		if l := layout11OfDir(t, d); !l.done() {
			t.Errorf("after the corrections and new articles %s has %+v; want no out/ or in/ key of support 1", d, l)
		}
	}
}

// TestUpgradeToFormat11AfterACrash checks the upgrade's crash point:
// after meta/format says 11 but before the out/ and in/ keys of support
// 1 were dropped (about half of them are, some an edge's out/ key
// without its in/ key). A read-only Open reads the same graph as
// before, each link once, and the next read-write Open drops the rest.
func TestUpgradeToFormat11AfterACrash(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat10(t, bdb)
	adj := keysWith(t, bdb, "out/")
	maps.Copy(adj, keysWith(t, bdb, "in/"))
	err = bdb.Update(func(txn *badger.Txn) error {
		for i, k := range slices.Sorted(maps.Keys(adj)) {
			if v := adj[k]; i%3 != 0 && bytes.HasSuffix(v, []byte{0, 1}) {
				if err := txn.Delete([]byte(k)); err != nil {
					return err
				}
			}
		}
		if err := txn.Set([]byte("meta/drop10"), []byte("1")); err != nil {
			return err
		}
		return txn.Set([]byte("meta/format"), []byte(store.FormatVersion))
	})
	if err != nil {
		t.Fatal(err)
	}
	crashed := layout11Of(t, bdb)
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	if !crashed.dropMarker || crashed.singleOut < 10 || crashed.singleIn < 10 {
		t.Fatalf("crashed fixture: %+v; want the marker and some out/ and in/ keys of support 1", crashed)
	}
	for _, ro := range []bool{true, false} {
		db := open(t, dir, store.Options{ReadOnly: ro})
		viewOf(t, db).diff(t, "after the crash", want)
		graphtest.CheckConsistent(t, db)
		checkAdjacencyAgainstEdges(t, db)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if l := layout11OfDir(t, dir); !l.done() {
		t.Errorf("after a read-write Open: %+v; want the drops done and the marker gone", l)
	}
}

// TestAdjacencyOfEveryFormat11Link checks every adjacency reader against
// the edges themselves on a graph whose edges have support 1 (links read
// from rank/ keys alone) and more (out/ and in/ keys), symmetric ones
// among them, before and after corrections that move edges between the
// two: deleting an article takes support 2 to 1, merging actors joins
// edges.
func TestAdjacencyOfEveryFormat11Link(t *testing.T) {
	dir := t.TempDir()
	format7Graph(t, dir)
	db := open(t, dir, store.Options{})
	checkAdjacencyAgainstEdges(t, db)
	for _, s := range upgradeSteps(t, db) {
		if err := s.fn(db); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		checkAdjacencyAgainstEdges(t, db)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if l := layout11OfDir(t, dir); !l.done() {
		t.Errorf("after the corrections: %+v; want no out/ or in/ key of support 1", l)
	}
}

// checkAdjacencyAgainstEdges compares Adjacent (each direction, every
// class, one class and two), AdjacentAmong and LinksAmong of every node
// with the links its edges give (ScanEdges), support and modality
// included, and fails unless some have support 1 and some more.
func checkAdjacencyAgainstEdges(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	type end struct {
		node graph.ID
		link graph.Link
	}
	var ends []end
	supports := map[bool]int{}
	var nodes []graph.ID
	seen := map[graph.ID]bool{}
	err := db.ScanEdges(ctx, "", func(e graph.Edge) error {
		s, m := e.Support(), e.MostFactual()
		supports[s == 1]++
		ends = append(ends,
			end{e.Source, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Target, Outgoing: true, Support: s, Modality: m}},
			end{e.Target, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Source, Outgoing: false, Support: s, Modality: m}})
		for _, n := range []graph.ID{e.Source, e.Target} {
			if !seen[n] {
				seen[n] = true
				nodes = append(nodes, n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if supports[true] < 20 || supports[false] < 5 {
		t.Fatalf("edges of support 1: %d, of more: %d; want both", supports[true], supports[false])
	}
	slices.Sort(nodes)
	want := func(id graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) []graph.Link {
		var out []graph.Link
		for _, x := range ends {
			l := x.link
			ok := x.node == id && (len(classes) == 0 || slices.Contains(classes, l.Class)) &&
				(dir == graph.Both || l.Class.Symmetric() || l.Outgoing == (dir == graph.Out)) &&
				(among == nil || slices.Contains(among, l.Other))
			if ok {
				out = append(out, l)
			}
		}
		return sortedLinks(out)
	}
	filters := [][]graph.EdgeClass{nil, {graph.Mentions}, {graph.Consult, graph.ParticipatedIn}}
	var among []graph.ID
	for i := 0; i < len(nodes); i += 2 {
		among = append(among, nodes[i])
	}
	for _, id := range nodes {
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			for _, classes := range filters {
				what := fmt.Sprintf("Adjacent(%s, %v, %v)", id, dir, classes)
				got, err := db.Adjacent(ctx, id, dir, classes)
				if err != nil {
					t.Fatal(err)
				}
				sameLinkList(t, what, got, want(id, dir, classes, nil))
				m, err := db.AdjacentAmong(ctx, []graph.ID{id}, dir, classes, among)
				if err != nil {
					t.Fatal(err)
				}
				sameLinkList(t, "AdjacentAmong: "+what, m[id], want(id, dir, classes, among))
			}
		}
	}
	for _, classes := range filters {
		m, err := db.LinksAmong(ctx, nodes, classes, among)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range nodes {
			var w []graph.Link
			for _, l := range want(id, graph.Out, classes, among) {
				if l.Outgoing {
					w = append(w, l)
				}
			}
			sameLinkList(t, fmt.Sprintf("LinksAmong(%s, %v)", id, classes), m[id], w)
		}
	}
}

func sortedLinks(l []graph.Link) []graph.Link {
	return slices.SortedFunc(slices.Values(l), func(x, y graph.Link) int {
		return strings.Compare(fmt.Sprintf("%s %s %s %v", x.Class, x.Other, x.Edge, x.Outgoing), fmt.Sprintf("%s %s %s %v", y.Class, y.Other, y.Edge, y.Outgoing))
	})
}

func sameLinkList(t *testing.T, what string, got, want []graph.Link) {
	t.Helper()
	if g, w := fmt.Sprint(sortedLinks(got)), fmt.Sprint(want); g != w {
		t.Errorf("%s =\n%s\nwant\n%s", what, g, w)
	}
}
