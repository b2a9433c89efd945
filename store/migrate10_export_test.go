package store

import (
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// DowngradeToFormat9 rewrites a format 11 database (Badger opened by the
// test) as format 9 wrote it: as format 10 (DowngradeToFormat10), then
// an ord/f/ key for every edge whose most factual modality is a fact,
// meta/format "9". The upgrade tests start
// from it, and those of older formats go on from it (DowngradeToFormat8).
func DowngradeToFormat9(t testing.TB, bdb *badger.DB) {
	t.Helper()
	DowngradeToFormat10(t, bdb)
	var ops []kv
	err := bdb.View(func(txn *badger.Txn) error {
		err := eachHead(t.Context(), txn, "", func(h edgeHead) error {
			s := h.index()
			for _, k := range factKeys(h.ID, s) {
				ops = append(ops, kv{key: k, value: orderValue(s.mod)})
			}
			return nil
		})
		ops = append(ops, kv{key: keyFormat, value: []byte("9")})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	writeOps(t, bdb, ops)
}

// FormatVersion is the format this build writes, for the tests that
// check a database ends in it.
const FormatVersion = formatVersion
