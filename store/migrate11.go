package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// keyDropV10 marks a format 11 database whose out/ and in/ keys of
// edges of support 1 are still to be dropped (migrateV10).
var keyDropV10 = []byte("meta/drop10")

// migrateV10 upgrades a format 10 database to format 11, in which an
// edge of support 1 has no out/ and in/ keys: its links are read from
// its ends' rank/ keys of that support (keyedAdjacency). Every key of
// format 10 that format 11 keeps is format 11's as it is, so meta/format
// "11" and the drop marker are written in one transaction, then a pass
// over the out/ keys and one over the in/ keys delete those of support
// 1, the tree is flattened (the deletions would otherwise stay in tables above
// the last level, where every scan of a hub's in/ keys would step over
// them), then the marker is deleted. Readers of format 11 pass over an
// out/ or in/ key of support 1, so a crash between leaves a database
// every reader agrees on, and the next read-write Open finishes the
// drops. A format 9 database's drops are finished first.
func (db *DB) migrateV10() error {
	if err := db.finishV9Drops(); err != nil {
		return err
	}
	err := db.bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set(keyDropV10, []byte("1")); err != nil {
			return err
		}
		return txn.Set(keyFormat, []byte("11"))
	})
	if err != nil {
		return fmt.Errorf("migrate to format 11: %w", err)
	}
	return db.dropV10()
}

// dropV10 deletes the out/ and in/ keys of the edges of support 1,
// flattens the tree, then deletes the marker that says they are to be
// dropped.
func (db *DB) dropV10() error {
	for _, prefix := range []string{"out/", "in/"} {
		err := db.eachBatch(prefix, func(_ *badger.Txn, k, v []byte) ([]kv, error) {
			if _, articles, _ := parseAdjValue(v); keyedAdjacency(articles) {
				return nil, nil
			}
			return []kv{{key: k, del: true}}, nil
		})
		if err != nil {
			return fmt.Errorf("migrate to format 11: drop the %s keys of support 1: %w", prefix, err)
		}
	}
	if err := db.flushMemtables(); err != nil {
		return fmt.Errorf("migrate to format 11: %w", err)
	}
	if err := db.bdb.Flatten(2); err != nil {
		return fmt.Errorf("migrate to format 11: flatten the tree: %w", err)
	}
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(keyDropV10) })
}

// finishV10Drops finishes an upgrade to format 11 that stopped before
// its drops were done.
func (db *DB) finishV10Drops() error { return db.finishDrops(keyDropV10, db.dropV10) }
