package store

import (
	"encoding/json"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// DowngradeToFormat7 rewrites a format 9 database (Badger opened by the
// test) as format 7 wrote it, through DowngradeToFormat8: each head that holds evidence as its JSON
// alone and an ev/ key per piece, a k/ key for every node, meta/format
// "7". The upgrade tests start from it, and those of older formats go
// on from it (DowngradeToFormat6).
func DowngradeToFormat7(t testing.TB, bdb *badger.DB) {
	t.Helper()
	DowngradeToFormat8(t, bdb)
	var ops []kv
	err := bdb.View(func(txn *badger.Txn) error {
		err := eachHead(t.Context(), txn, "", func(h edgeHead) error {
			if h.inline == "" {
				return nil
			}
			evs, err := h.inlineEvidence()
			if err != nil {
				return err
			}
			if err := putEvidence(func(k, v []byte) { ops = append(ops, kv{key: k, value: v}) }, h.ID, evs); err != nil {
				return err
			}
			v, err := json.Marshal(h)
			ops = append(ops, kv{key: keyEdge(h.ID), value: v})
			return err
		})
		if err != nil {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("n/"), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			err := it.Item().Value(func(v []byte) error {
				n, err := decodeNode(v)
				if err == nil && !kindIndexed(n.Kind, n.ID) {
					ops = append(ops, kv{key: keyKind(n.Kind, n.ID), value: []byte{}})
				}
				return err
			})
			if err != nil {
				return err
			}
		}
		ops = append(ops, kv{key: keyFormat, value: []byte("7")})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	writeOps(t, bdb, ops)
}

// writeOps writes ops with a write batch.
func writeOps(t testing.TB, bdb *badger.DB, ops []kv) {
	t.Helper()
	wb := bdb.NewWriteBatch()
	for _, op := range ops {
		var err error
		if op.del {
			err = wb.Delete(op.key)
		} else {
			err = wb.Set(op.key, op.value)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
}
