package store_test

import (
	"bytes"
	"maps"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// format10Layout is what format 10 changed in a closed database: the
// order of the facts of every class (ord/f/) is gone.
type format10Layout struct {
	facts, supportOrders int
	format               string
	dropMarker           bool
}

func layout10Of(t *testing.T, bdb *badger.DB) format10Layout {
	t.Helper()
	l := format10Layout{
		facts:         len(keysWith(t, bdb, "ord/f/")),
		supportOrders: len(keysWith(t, bdb, "ord/r/support/")),
		format:        string(keysWith(t, bdb, "meta/format")["meta/format"]),
	}
	_, l.dropMarker = keysWith(t, bdb, "meta/drop9")["meta/drop9"]
	return l
}

func layout10OfDir(t *testing.T, dir string) format10Layout {
	t.Helper()
	return inReadOnlyBadger(t, dir, layout10Of)
}

// done reports whether l is a database in the current format with no
// ord/f/ key and no upgrade left to finish.
func (l format10Layout) done() bool {
	return l.supportOrders > 0 && l.facts == 0 && l.format == store.FormatVersion && !l.dropMarker
}

// TestOpenUpgradesFormat9 writes a database, rewrites it as format 9
// wrote it (an ord/f/ key for every fact), and checks that a read-only
// Open refuses it and a read-write Open upgrades it to format 10 with
// the same graph, read the same way by every reader
// (graphtest.CheckConsistent compares each list, the facts by support
// included, with a full scan), its other keys untouched and no ord/f/
// key left; then that the corrections and new articles give the
// upgraded database and one that never left format 10 the same graph,
// and neither writes an ord/f/ key.
func TestOpenUpgradesFormat9(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)
	if native := layout10OfDir(t, dir); !native.done() || native.supportOrders < 50 {
		t.Fatalf("format 10 as written: %+v; want no ord/f/ key", native)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	before := everyKey(t, bdb)
	store.DowngradeToFormat9(t, bdb)
	if old := layout10Of(t, bdb); old.facts < 40 || old.facts > old.supportOrders || old.format != "9" {
		t.Fatalf("format 9 fixture: %+v; want an ord/f/ key for each fact", old)
	}
	upgradeClosed(t, bdb, dir, "9", want)
	if up := layout10OfDir(t, dir); !up.done() {
		t.Fatalf("after the upgrade %+v; want no ord/f/ key and no marker", up)
	}
	if after := inReadOnlyBadger(t, dir, everyKey); !maps.EqualFunc(after, before, bytes.Equal) {
		t.Errorf("after the upgrade %d keys, as written in format 10 %d, or other values", len(after), len(before))
	}

	applyAlikeInDirs(t, dir, control, nil)
	for _, d := range []string{dir, control} {
		if l := layout10OfDir(t, d); !l.done() {
			t.Errorf("after the corrections and new articles %s has %+v; want no ord/f/ key", d, l)
		}
	}
}

// TestUpgradeToFormat10AfterACrash checks the upgrade's crash point:
// after meta/format says 10 but before the ord/f/ keys were dropped
// (half of them are). A read-only Open reads the same graph as before,
// its lists included, without looking at them; the next read-write Open
// drops the rest.
func TestUpgradeToFormat10AfterACrash(t *testing.T) {
	dir := t.TempDir()
	want, _ := format7Graph(t, dir)
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat9(t, bdb)
	facts := keysWith(t, bdb, "ord/f/")
	err = bdb.Update(func(txn *badger.Txn) error {
		for i, k := range slices.Sorted(maps.Keys(facts)) {
			if i%2 == 0 {
				if err := txn.Delete([]byte(k)); err != nil {
					return err
				}
			}
		}
		if err := txn.Set([]byte("meta/drop9"), []byte("1")); err != nil {
			return err
		}
		return txn.Set([]byte("meta/format"), []byte(store.FormatVersion))
	})
	if err != nil {
		t.Fatal(err)
	}
	crashed := layout10Of(t, bdb)
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	if !crashed.dropMarker || crashed.facts < 20 {
		t.Fatalf("crashed fixture: %+v; want the marker and half the ord/f/ keys", crashed)
	}
	for _, ro := range []bool{true, false} {
		db := open(t, dir, store.Options{ReadOnly: ro})
		viewOf(t, db).diff(t, "after the crash", want)
		graphtest.CheckConsistent(t, db)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if l := layout10OfDir(t, dir); !l.done() {
		t.Errorf("after a read-write Open: %+v; want the drops done and the marker gone", l)
	}
}

// everyKey is every key of bdb but meta/ ones, with its value.
func everyKey(t *testing.T, bdb *badger.DB) map[string][]byte {
	t.Helper()
	all := keysWith(t, bdb, "")
	maps.DeleteFunc(all, func(k string, _ []byte) bool { return bytes.HasPrefix([]byte(k), []byte("meta/")) })
	return all
}

// upgradeClosed closes bdb, a database in format from in dir, checks
// that a read-only Open refuses it and that a read-write Open upgrades
// it to the graph want, every index agreeing with a full scan, then
// closes it again.
func upgradeClosed(t *testing.T, bdb *badger.DB, dir, from string, want format7View) {
	t.Helper()
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	refusesReadOnly(t, dir, from)
	db := open(t, dir, store.Options{})
	viewOf(t, db).diff(t, "after the upgrade", want)
	graphtest.CheckConsistent(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}
