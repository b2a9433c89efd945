package store

import (
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// DowngradeToFormat10 rewrites a format 11 database (Badger opened by
// the test) as format 10 wrote it: out/ and in/ keys for every edge,
// those of support 1 included, meta/format "10". The upgrade tests start
// from it, and those of older formats go on from it (DowngradeToFormat9).
func DowngradeToFormat10(t testing.TB, bdb *badger.DB) {
	t.Helper()
	var ops []kv
	err := bdb.View(func(txn *badger.Txn) error {
		err := eachHead(t.Context(), txn, "", func(h edgeHead) error {
			if s := h.index(); !keyedAdjacency(s.support) {
				v := adjValue(h.ID, s.support, s.mod)
				ops = append(ops, kv{key: keyOut(h.Source, h.Class, h.Target), value: v}, kv{key: keyIn(h.Target, h.Class, h.Source), value: v})
			}
			return nil
		})
		ops = append(ops, kv{key: keyFormat, value: []byte("10")})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	writeOps(t, bdb, ops)
}
