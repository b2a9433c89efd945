package store_test

import (
	"bytes"
	"context"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// format9Layout is what format 9 changed in a closed database: the
// nodes' records under rank/, against their n/ keys.
type format9Layout struct {
	nodes, records int
	// stale counts records whose node is gone or holds other bytes.
	stale      int
	format     string
	fillMarker bool
}

func layout9Of(t *testing.T, bdb *badger.DB) format9Layout {
	t.Helper()
	nodes := keysWith(t, bdb, "n/")
	l := format9Layout{nodes: len(nodes)}
	for k, v := range keysWith(t, bdb, "rank/") {
		if !store.IsNodeRecordKey([]byte(k)) {
			continue
		}
		l.records++
		id := strings.TrimSuffix(strings.TrimPrefix(k, "rank/"), "/")
		if n, ok := nodes["n/"+id]; !ok || !bytes.Equal(n, v) {
			l.stale++
		}
	}
	l.format = string(keysWith(t, bdb, "meta/format")["meta/format"])
	_, l.fillMarker = keysWith(t, bdb, "meta/fill8")["meta/fill8"]
	return l
}

func layout9OfDir(t *testing.T, dir string) format9Layout {
	t.Helper()
	return inReadOnlyBadger(t, dir, layout9Of)
}

// complete reports whether every node has its record and every record
// is its node's, in a format 9 database whose upgrade is done.
func (l format9Layout) complete() bool {
	return l.nodes > 0 && l.records == l.nodes && l.stale == 0 && l.format == store.FormatVersion && !l.fillMarker
}

// TestOpenUpgradesFormat8 writes a database, rewrites it as format 8
// wrote it (no node records under rank/), and checks that a read-only
// Open refuses it and a read-write Open upgrades it to format 9 with the
// same graph, read the same way by every reader (graphtest.CheckConsistent
// compares each index, the records included, with a full scan) and a
// record for every node; then that the corrections and new articles give
// the upgraded database and one that never left format 9 the same graph,
// each node with its record and no record without its node.
func TestOpenUpgradesFormat8(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)
	if native := layout9OfDir(t, dir); !native.complete() || native.nodes < 50 {
		t.Fatalf("format 9 as written: %+v; want a record for each node", native)
	}

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat8(t, bdb)
	if old := layout9Of(t, bdb); old.records != 0 || old.format != "8" {
		t.Fatalf("format 8 fixture: %+v", old)
	}
	upgradeClosed(t, bdb, dir, "8", want)
	if up := layout9OfDir(t, dir); !up.complete() {
		t.Fatalf("after the upgrade %+v; want a record for each node", up)
	}

	applyAlikeInDirs(t, dir, control, func(step string, db, ref *store.DB) {
		graphtest.CheckConsistent(t, ref)
		sameNeighborhoods(t, step, db, ref)
	})
	for _, d := range []string{dir, control} {
		if l := layout9OfDir(t, d); !l.complete() {
			t.Errorf("after the corrections and new articles %s has %+v; want a record for each node and none other", d, l)
		}
	}
}

// TestUpgradeToFormat9AfterACrash checks the upgrade's crash point:
// after meta/format says 9 but before every node's record was written
// (half of them are). A read-only Open refuses it (format 9 is to be
// upgraded to 10); the readers read the same graph, and the same
// neighbourhoods, nodes included, as a database with every record (on a
// copy marked as the current format, as format 9's read-only Open read
// it); the next read-write Open writes the rest.
func TestUpgradeToFormat9AfterACrash(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	records := map[string][]byte{}
	for k, v := range keysWith(t, bdb, "rank/") {
		if store.IsNodeRecordKey([]byte(k)) {
			records[k] = v
		}
	}
	store.DowngradeToFormat8(t, bdb)
	err = bdb.Update(func(txn *badger.Txn) error {
		for i, k := range slices.Sorted(maps.Keys(records)) {
			if i%2 == 0 {
				if err := txn.Set([]byte(k), records[k]); err != nil {
					return err
				}
			}
		}
		if err := txn.Set([]byte("meta/fill8"), []byte("1")); err != nil {
			return err
		}
		return txn.Set([]byte("meta/format"), []byte("9"))
	})
	if err != nil {
		t.Fatal(err)
	}
	crashed := layout9Of(t, bdb)
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	if !crashed.fillMarker || crashed.records == 0 || crashed.records >= crashed.nodes || crashed.stale != 0 {
		t.Fatalf("crashed fixture: %+v; want the marker and half the records", crashed)
	}
	refusesReadOnly(t, dir, "9")
	current := t.TempDir()
	copyDir(t, dir, current)
	setFormat(t, current, store.FormatVersion)
	ref := open(t, control, store.Options{ReadOnly: true})
	for _, d := range []struct {
		dir string
		ro  bool
	}{{current, true}, {dir, false}} {
		db := open(t, d.dir, store.Options{ReadOnly: d.ro})
		viewOf(t, db).diff(t, "after the crash", want)
		graphtest.CheckConsistent(t, db)
		sameNeighborhoods(t, "after the crash", db, ref)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if l := layout9OfDir(t, dir); !l.complete() {
		t.Errorf("after a read-write Open: %+v; want every record written and the marker gone", l)
	}
}

// sameNeighborhoods fails t when a capped neighbourhood of the most
// linked actors differs between db and ref, nodes included.
func sameNeighborhoods(t *testing.T, what string, db, ref *store.DB) {
	t.Helper()
	ctx := context.Background()
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 40, FromLinks: true}
	for _, id := range nodeIDs(t, ref, graph.KindActor)[:5] {
		got, err := graph.Neighborhood(ctx, db, []graph.ID{id}, opt)
		if err != nil {
			t.Fatalf("%s: neighbourhood of %s: %v", what, id, err)
		}
		want, err := graph.Neighborhood(ctx, ref, []graph.ID{id}, opt)
		if err != nil {
			t.Fatalf("%s: neighbourhood of %s (reference): %v", what, id, err)
		}
		if !reflect.DeepEqual(got.Nodes, want.Nodes) || !reflect.DeepEqual(got.Edges, want.Edges) || got.Truncated != want.Truncated {
			t.Errorf("%s: the neighbourhood of %s has %d nodes and %d edges (truncated %v), want %d and %d (%v):\n got  %+v\n want %+v",
				what, id, len(got.Nodes), len(got.Edges), got.Truncated, len(want.Nodes), len(want.Edges), want.Truncated, got.Nodes, want.Nodes)
		}
	}
}

// setFormat rewrites meta/format in the closed database in dir.
func setFormat(t *testing.T, dir, version string) {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Update(func(txn *badger.Txn) error { return txn.Set([]byte("meta/format"), []byte(version)) }); err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
}
