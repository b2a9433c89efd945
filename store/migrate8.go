package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// keyDropV7 marks a format 8 database whose format 7 k/ keys for nodes
// whose ID gives their kind are still to be dropped (migrateV7).
var keyDropV7 = []byte("meta/drop7")

// nodeKinds are the kinds whose k/ keys format 8 drops for IDs with
// their kind's prefix.
var nodeKinds = []graph.NodeKind{graph.KindActor, graph.KindStatement, graph.KindEvent, graph.KindObject, graph.KindArticle}

// migrateV7 upgrades a format 7 database to format 8, which keeps a k/
// key only for a node whose ID does not start with its kind's prefix
// (kindIndexed) and lets a new edge's head hold its first article's
// evidence. Format 7's heads and ev/ keys are format 8 as they are (a
// head without evidence), so only the k/ keys change: meta/format "8"
// and the drop marker are written in one transaction, then the k/ keys
// of prefixed IDs are dropped (k/<kind>/<prefix>), then the marker.
// ScanNodes gives a node once whether its k/ key is there or not, so a
// crash between leaves a database every read agrees on, and the next
// Open finishes the drops. A format 6 database's drops are finished
// first.
func (db *DB) migrateV7() error {
	if err := db.finishV6Drops(); err != nil {
		return err
	}
	err := db.bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set(keyDropV7, []byte("1")); err != nil {
			return err
		}
		return txn.Set(keyFormat, []byte("8"))
	})
	if err != nil {
		return fmt.Errorf("migrate to format 8: %w", err)
	}
	return db.dropV7()
}

// dropV7 drops the k/ keys of nodes whose ID gives their kind, then the
// marker that says they are to be dropped.
func (db *DB) dropV7() error {
	for _, k := range nodeKinds {
		p := append(prefixKind(k), graph.KindPrefix(k)...)
		if err := db.bdb.DropPrefix(p); err != nil {
			return fmt.Errorf("migrate to format 8: drop the %s keys: %w", p, err)
		}
	}
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(keyDropV7) })
}

// finishV7Drops finishes an upgrade to format 8 that stopped before its
// drops were done.
func (db *DB) finishV7Drops() error { return db.finishDrops(keyDropV7, db.dropV7) }
