package store

import (
	"bytes"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// DowngradeToFormat8 rewrites a format 10 database (Badger opened by the
// test) as format 8 wrote it, through DowngradeToFormat9: no node
// records under rank/, meta/format "8". The upgrade tests start from it, and those of older formats go on
// from it (DowngradeToFormat7).
func DowngradeToFormat8(t testing.TB, bdb *badger.DB) {
	t.Helper()
	DowngradeToFormat9(t, bdb)
	var ops []kv
	err := bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRankAll)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if k := it.Item().Key(); IsNodeRecordKey(k) {
				ops = append(ops, kv{key: bytes.Clone(k), del: true})
			}
		}
		ops = append(ops, kv{key: keyFormat, value: []byte("8")})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	writeOps(t, bdb, ops)
}

// IsNodeRecordKey reports whether key is a node's record under rank/
// (format 9): rank/<id>/ with nothing after.
func IsNodeRecordKey(key []byte) bool {
	rest, ok := bytes.CutPrefix(key, []byte(prefixRankAll))
	return ok && len(rest) > 1 && bytes.IndexByte(rest, '/') == len(rest)-1
}
