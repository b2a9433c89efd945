package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// keyDropV9 marks a format 10 database whose format 9 ord/f/ keys are
// still to be dropped (migrateV9).
var keyDropV9 = []byte("meta/drop9")

// migrateV9 upgrades a format 9 database to format 10, which keeps no
// order of the facts of every class (ord/f/): the default list of
// relations merges the classes' ord/r/ lists, passing over the edges
// that are no facts from the keys' values, as a list of several classes
// did already. Every other key of format 9 is format 10's as it is, so
// meta/format "10" and the drop marker are written in one transaction,
// then the ord/f/ keys are dropped, then the marker. No reader of format
// 10 looks under ord/f/, so a crash between leaves a database every
// reader agrees on, and the next read-write Open finishes the drops. A
// format 8 database's records are finished first.
func (db *DB) migrateV9() error {
	if err := db.finishV8Fill(); err != nil {
		return err
	}
	err := db.bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set(keyDropV9, []byte("1")); err != nil {
			return err
		}
		return txn.Set(keyFormat, []byte("10"))
	})
	if err != nil {
		return fmt.Errorf("migrate to format 10: %w", err)
	}
	return db.dropV9()
}

// dropV9 drops the ord/f/ keys, then the marker that says they are to
// be dropped.
func (db *DB) dropV9() error {
	if err := db.bdb.DropPrefix([]byte(prefixFactOrderAll)); err != nil {
		return fmt.Errorf("migrate to format 10: drop the %s keys: %w", prefixFactOrderAll, err)
	}
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(keyDropV9) })
}

// finishV9Drops finishes an upgrade to format 10 that stopped before its
// drops were done.
func (db *DB) finishV9Drops() error { return db.finishDrops(keyDropV9, db.dropV9) }
