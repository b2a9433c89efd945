package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// ScanEdgeHeads calls fn for every edge with an ID above after, in ID
// order, inside one read snapshot, with each edge as EdgeHeads returns
// it: no evidence, and Articles, First and Last summarising it
// (graph.EdgeHeadScanner). It iterates the heads alone, one key per
// edge; only a head written before summaries were kept has its evidence
// read, so that the summary is exact for every edge.
func (db *DB) ScanEdgeHeads(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	const op = "store.ScanEdgeHeads"
	err := db.view(op, func(txn *badger.Txn) error {
		// The evidence iterator is opened at the first head without a
		// summary; in a database written by this version there is none.
		var evIt *badger.Iterator
		defer func() {
			if evIt != nil {
				evIt.Close()
			}
		}()
		return eachHead(ctx, txn, after, func(h edgeHead) error {
			if h.Articles == 0 {
				if evIt == nil {
					evIt = txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixEvidenceAll)})
				}
				e := h.edge()
				var err error
				if e.Evidence, err = readEvidence(evIt, h.ID); err != nil {
					return err
				}
				if e.Evidence, err = h.withInline(e.Evidence); err != nil {
					return err
				}
				h = headOf(e)
			}
			if err := fn(h.summary()); err != nil {
				return callbackErr{err}
			}
			return nil
		})
	})
	return scanResult(op, db.dir, err)
}

var _ graph.EdgeHeadScanner = (*DB)(nil)

// eachHead calls fn with every edge head whose ID is above after, in ID
// order, decoded; it returns fn's errors as they are. Heads are small
// values kept in the tables (below the value threshold), which Badger's
// prefetch would only copy, in a goroutine per head: it is off.
func eachHead(ctx context.Context, txn *badger.Txn, after graph.ID, fn func(edgeHead) error) error {
	prefix := []byte(prefixEdges)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	start := append(slices.Clip(prefix), after...)
	for it.Seek(start); it.Valid(); it.Next() {
		item := it.Item()
		if bytes.Equal(item.Key(), start) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var h edgeHead
		if err := item.Value(func(b []byte) (err error) { h, err = decodeHead(b); return err }); err != nil {
			return fmt.Errorf("decode %s: %w", item.Key(), err)
		}
		if err := fn(h); err != nil {
			return err
		}
	}
	return nil
}
