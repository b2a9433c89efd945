package store_test

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// format8Layout counts what format 8 changed in a closed database: heads
// that hold evidence, ev/ keys, and k/ keys (all of them, and those of
// IDs with their kind's prefix, which format 8 no longer writes).
type format8Layout struct {
	inlineHeads, evidence, kinds, prefixedKinds int
	format                                      string
	dropMarker                                  bool
}

func layoutOf(t *testing.T, bdb *badger.DB) format8Layout {
	t.Helper()
	var l format8Layout
	for k, v := range keysWith(t, bdb, "e/") {
		if len(v) > 0 && v[0] == 0x02 {
			l.inlineHeads++
		} else if len(v) == 0 || v[0] != '{' {
			t.Fatalf("head %s starts with %q", k, v[:min(len(v), 1)])
		}
	}
	l.evidence = len(keysWith(t, bdb, "ev/"))
	for k := range keysWith(t, bdb, "k/") {
		l.kinds++
		parts := strings.SplitN(k, "/", 3)
		if graph.KindOfID(graph.ID(parts[2])) == graph.NodeKind(parts[1]) {
			l.prefixedKinds++
		}
	}
	l.format = string(keysWith(t, bdb, "meta/format")["meta/format"])
	_, l.dropMarker = keysWith(t, bdb, "meta/drop7")["meta/drop7"]
	return l
}

func layoutOfDir(t *testing.T, dir string) format8Layout {
	t.Helper()
	return inReadOnlyBadger(t, dir, layoutOf)
}

// TestOpenUpgradesFormat7 writes a database, rewrites it as format 7
// wrote it (every piece of evidence under ev/, a k/ key for every node),
// and checks that a read-only Open refuses it and a read-write Open
// upgrades it to format 8 with the same graph, read the same way by
// every reader (graphtest.CheckConsistent compares each index with a
// full scan) and without the k/ keys format 8 does not write; then that
// the corrections and new articles give the upgraded database and one
// that never left format 8 the same graph.
func TestOpenUpgradesFormat7(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)
	native := layoutOfDir(t, dir)
	if native.inlineHeads < 6 || native.prefixedKinds != 0 || native.format != store.FormatVersion {
		t.Fatalf("format 8 as written: %+v; want heads with evidence and no k/ key for a prefixed ID", native)
	}

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat7(t, bdb)
	old := layoutOf(t, bdb)
	if old.inlineHeads != 0 || old.evidence < native.evidence+native.inlineHeads || old.prefixedKinds < 50 || old.format != "7" {
		t.Fatalf("format 7 fixture: %+v (format 8 had %+v)", old, native)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	refusesReadOnly(t, dir, "7")

	db := open(t, dir, store.Options{})
	viewOf(t, db).diff(t, "after the upgrade", want)
	graphtest.CheckConsistent(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	up := layoutOfDir(t, dir)
	if up.format != store.FormatVersion || up.dropMarker || up.prefixedKinds != 0 || up.evidence != old.evidence || up.inlineHeads != 0 {
		t.Fatalf("after the upgrade %+v; want format 9, format 7's evidence as it was and no k/ key for a prefixed ID", up)
	}

	applyAlikeInDirs(t, dir, control, func(_ string, _, ref *store.DB) { graphtest.CheckConsistent(t, ref) })
	if l := layoutOfDir(t, dir); l.inlineHeads == 0 || l.prefixedKinds != 0 {
		t.Errorf("after new articles the upgraded database has %+v; want new heads holding their evidence", l)
	}
}

// TestUpgradeToFormat8AfterACrash checks the upgrade's crash point: after
// meta/format says 8 but before the k/ keys were dropped. A read-only
// Open refuses it (format 8 is to be upgraded to 9), and the next
// read-write Open drops them and goes on to format 9, the graph read as
// it was (each node once).
func TestUpgradeToFormat8AfterACrash(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat7(t, bdb)
	err = bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set([]byte("meta/drop7"), []byte("1")); err != nil {
			return err
		}
		return txn.Set([]byte("meta/format"), []byte("8"))
	})
	if err != nil {
		t.Fatal(err)
	}
	crashed := layoutOf(t, bdb)
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	if crashed.prefixedKinds < 50 || !crashed.dropMarker {
		t.Fatalf("crashed fixture: %+v", crashed)
	}
	refusesReadOnly(t, dir, "8")
	db := open(t, dir, store.Options{})
	viewOf(t, db).diff(t, "after the crash", want)
	graphtest.CheckConsistent(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if l := layoutOfDir(t, dir); l.prefixedKinds != 0 || l.dropMarker || l.kinds != 0 || l.format != store.FormatVersion {
		t.Errorf("after a read-write Open: %+v; want the drops done", l)
	}
}

// TestScanNodesWithForeignIDs stores nodes whose IDs do not give their
// kind: one without any kind's prefix and one with another kind's. They
// keep a k/ key (format 8), and ScanNodes gives each under its kind
// alone, in ID order, from any starting point; deleting their article
// removes them and their keys.
func TestScanNodesWithForeignIDs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := open(t, dir, store.Options{})
	b := graphtest.NewBuilder(t, "Talks", "2025-04-01", "Anna Lindqvist met Omar Haddad at the summit. The summit was in Oslo.")
	a, o := b.Actor("Anna Lindqvist", graph.Person), b.Actor("Omar Haddad", graph.Person)
	ev := b.Event("summit", "2025-04-01")
	obj := b.Node(graph.KindObject, "Oslo")
	foreign := map[graph.ID]graph.ID{ev: "act_0000summit", obj: "zz-oslo"}
	for i, n := range b.B.Nodes {
		if f, ok := foreign[n.ID]; ok {
			b.B.Nodes[i].ID = f
		}
	}
	b.Edge(a, graph.Consult, o, "Anna Lindqvist met Omar Haddad at the summit.", "met")
	b.Edge(a, graph.ParticipatedIn, "act_0000summit", "Anna Lindqvist met Omar Haddad at the summit.", "met")
	if _, err := db.Ingest(ctx, b.B); err != nil {
		t.Fatal(err)
	}
	scan := func(k graph.NodeKind, after graph.ID) []graph.ID {
		var out []graph.ID
		if err := db.ScanNodes(ctx, k, after, func(n graph.Node) error {
			if n.Kind != k {
				t.Errorf("ScanNodes(%s) gave %s, a %s", k, n.ID, n.Kind)
			}
			out = append(out, n.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	actors := scan(graph.KindActor, "")
	if len(actors) != 2 || actors[0] >= actors[1] || strings.Contains(string(actors[0])+string(actors[1]), "summit") {
		t.Errorf("actors %v; want Anna Lindqvist and Omar Haddad in ID order", actors)
	}
	if got := scan(graph.KindEvent, ""); len(got) != 1 || got[0] != "act_0000summit" {
		t.Errorf("events %v; want act_0000summit", got)
	}
	if got := scan(graph.KindObject, ""); len(got) != 1 || got[0] != "zz-oslo" {
		t.Errorf("objects %v; want zz-oslo", got)
	}
	for _, after := range []graph.ID{"", "a", "act_", actors[0], "act_0000summit", "zz", "zz-oslo"} {
		var want []graph.ID
		for _, id := range actors {
			if id > after {
				want = append(want, id)
			}
		}
		if got := scan(graph.KindActor, after); !slices.Equal(got, want) {
			t.Errorf("actors after %q: %v, want %v", after, got, want)
		}
	}
	if got := scan(graph.KindObject, "zz-oslo"); len(got) != 0 {
		t.Errorf("objects after zz-oslo: %v", got)
	}
	graphtest.CheckConsistent(t, db)
	if err := db.DeleteArticle(ctx, b.ID()); err != nil {
		t.Fatal(err)
	}
	graphtest.CheckConsistent(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if left := keysWith(t, bdb, "k/"); len(left) != 0 {
		t.Errorf("k/ keys left after the article was deleted: %v", slices.Sorted(maps.Keys(left)))
	}
	if left := keysWith(t, bdb, "n/"); len(left) != 0 {
		t.Errorf("nodes left after the article was deleted: %d", len(left))
	}
}
