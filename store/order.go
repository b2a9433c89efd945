package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

var _ graph.OrderedReader = (*DB)(nil)

// EdgesInOrder lists edge heads in order o from the ord/e/ keys
// (graph.OrderedReader): the first page of relations by support reads a
// page of keys and heads, not every edge.
func (db *DB) EdgesInOrder(ctx context.Context, o graph.Order, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error {
	const op = "store.EdgesInOrder"
	if !slices.Contains(edgeOrders, o) {
		return graph.Errorf(op, graph.Invalid, "unknown order %q", o)
	}
	err := db.view(op, func(txn *badger.Txn) error {
		er := newEdgeReader(txn)
		defer er.close()
		return walkOrder(ctx, txn, prefixEdgeOrder(o), desc, afterKey, afterID, func(_ string, id graph.ID) error {
			e, ok, err := er.head(id)
			if err != nil {
				return fmt.Errorf("read edge %s: %w", id, err)
			}
			if !ok {
				return fmt.Errorf("the %s order lists edge %s, which is missing", o, id)
			}
			return fn(e)
		})
	})
	if err != nil && !errors.Is(err, graph.ErrStop) {
		return readErr(op, db.dir, err)
	}
	return nil
}

// NodesByDate lists articles or statements by date from the ord/n/ keys
// (graph.OrderedReader).
func (db *DB) NodesByDate(ctx context.Context, k graph.NodeKind, desc bool, afterKey string, afterID graph.ID, fn func(string, graph.Node) error) error {
	const op = "store.NodesByDate"
	if !slices.Contains(datedKinds, k) {
		return graph.Errorf(op, graph.Invalid, "nodes of kind %q are not kept by date", k)
	}
	err := db.view(op, func(txn *badger.Txn) error {
		return walkOrder(ctx, txn, prefixNodeDate(k), desc, afterKey, afterID, func(date string, id graph.ID) error {
			n, ok, err := getNode(txn, id)
			if err != nil {
				return fmt.Errorf("read node %s: %w", id, err)
			}
			if !ok {
				return fmt.Errorf("the date order lists node %s, which is missing", id)
			}
			return fn(date, n)
		})
	})
	if err != nil && !errors.Is(err, graph.ErrStop) {
		return readErr(op, db.dir, err)
	}
	return nil
}

// walkOrder calls fn with the key and ID of each <prefix><key>/<id> key,
// ascending or descending, beginning strictly after (afterKey, afterID)
// when afterID is not empty.
func walkOrder(ctx context.Context, txn *badger.Txn, prefix []byte, desc bool, afterKey string, afterID graph.ID, fn func(string, graph.ID) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: desc})
	defer it.Close()
	var start, skip []byte
	switch {
	case afterID != "":
		skip = append(append(bytes.Clone(prefix), afterKey+"/"...), afterID...)
		start = skip
	case desc:
		start = append(bytes.Clone(prefix), 0xff)
	default:
		start = prefix
	}
	n := 0
	for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
		key := it.Item().Key()
		if skip != nil && bytes.Equal(key, skip) {
			continue
		}
		if n++; n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rest := key[len(prefix):]
		i := bytes.LastIndexByte(rest, '/')
		if i < 0 {
			return fmt.Errorf("malformed order key %q", key)
		}
		if err := fn(string(rest[:i]), graph.ID(rest[i+1:])); err != nil {
			return err
		}
	}
	return nil
}

func slicesContains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
