package store

import (
	"bytes"
	"context"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Reads for the resolvers that the Reader interface lacks: the name
// index, adjacency of many nodes in one snapshot, and the counters.

var (
	_ graph.NameScanner     = (*DB)(nil)
	_ graph.AdjacentBatcher = (*DB)(nil)
	_ graph.Counter         = (*DB)(nil)
)

const prefixAliasAll = "alias/"

// ScanNames calls fn for every key of the alias index whose folded name
// starts with prefix, in key order (see graph.NameScanner). It reads
// keys only, never a node.
func (db *DB) ScanNames(ctx context.Context, prefix string, fn func(folded string, id graph.ID) error) error {
	const op = "store.ScanNames"
	p := []byte(prefixAliasAll + prefix)
	err := db.view(op, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			rest := it.Item().Key()[len(prefixAliasAll):]
			i := bytes.LastIndexByte(rest, '/')
			if i < 0 {
				return fmt.Errorf("malformed key %q", it.Item().Key())
			}
			if err := fn(string(rest[:i]), graph.ID(rest[i+1:])); err != nil {
				return callbackErr{err}
			}
		}
		return ctx.Err()
	})
	return scanResult(op, db.dir, err)
}

// AdjacentMany is Adjacent for several nodes, read from one snapshot
// (see graph.AdjacentBatcher).
func (db *DB) AdjacentMany(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass) (map[graph.ID][]graph.Link, error) {
	const op = "store.AdjacentMany"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	return db.linksOf(ctx, op, ids, dir, classes, nil)
}

// Counts returns the counters Stats reads (see graph.Counter).
func (db *DB) Counts(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error) {
	s, err := db.Stats(ctx)
	return s.Nodes, s.Edges, err
}
