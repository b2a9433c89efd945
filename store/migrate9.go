package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// keyFillV8 marks a format 9 database some of whose nodes may still lack
// their record under rank/ (migrateV8).
var keyFillV8 = []byte("meta/fill8")

// migrateV8 upgrades a format 8 database to format 9, which keeps each
// node's record a second time as the first key under its rank/ prefix
// (keyNodeRecord). meta/format "9" and the fill marker are written in
// one transaction, then one pass over the n/ keys writes the records,
// then the marker is deleted. Readers of format 9 read a node without a
// record from its n/ key (graph.StrongestAmongNodesReader), so a crash
// between leaves a database every read agrees on, and the next
// read-write Open writes the records again (the writes are idempotent).
// A format 7 database's drops are finished first.
func (db *DB) migrateV8() error {
	if err := db.finishV7Drops(); err != nil {
		return err
	}
	err := db.bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set(keyFillV8, []byte("1")); err != nil {
			return err
		}
		return txn.Set(keyFormat, []byte("9"))
	})
	if err != nil {
		return fmt.Errorf("migrate to format 9: %w", err)
	}
	return db.fillV8()
}

// fillV8 writes every node's record beside its ranked links, flattens
// the tree, then deletes the marker that says they are to be written.
// The records land in new tables above the last level, in which every
// read of rank/ keys would then seek until Badger compacted them down
// (a database only read, never): on the 5,000-article corpus its hub's
// neighbourhood cost 3.0–3.8 CPU-ms in process so, 2.4–2.6 flattened,
// as on one ingested in format 9 (BENCHMARKS.md).
func (db *DB) fillV8() error {
	err := db.eachBatch("n/", func(_ *badger.Txn, k, v []byte) ([]kv, error) {
		return []kv{{key: keyNodeRecord(graph.ID(k[len("n/"):])), value: v}}, nil
	})
	if err != nil {
		return fmt.Errorf("migrate to format 9: write the nodes' records: %w", err)
	}
	if err := db.flushMemtables(); err != nil {
		return fmt.Errorf("migrate to format 9: %w", err)
	}
	if err := db.bdb.Flatten(2); err != nil {
		return fmt.Errorf("migrate to format 9: flatten the tree: %w", err)
	}
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(keyFillV8) })
}

// finishV8Fill finishes an upgrade to format 9 that stopped before every
// node's record was written.
func (db *DB) finishV8Fill() error { return db.finishDrops(keyFillV8, db.fillV8) }
