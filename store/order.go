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

var _ graph.SelectiveOrderedReader = (*DB)(nil)

// EdgesInOrder lists edge heads in order o from the ord/r/ keys
// (graph.OrderedReader): the first page of relations by support reads a
// page of keys and heads, not every edge.
func (db *DB) EdgesInOrder(ctx context.Context, o graph.Order, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error {
	return db.SelectedEdgesInOrder(ctx, o, graph.EdgeSelection{}, desc, afterKey, afterID, fn)
}

// SelectedEdgesInOrder lists the heads of the edges sel admits in order
// o (graph.SelectiveOrderedReader): the ord/r/ keys of the classes
// asked for are read side by side and merged, and an edge whose
// modality (in the key's value) is not asked for is passed over without
// reading its head.
func (db *DB) SelectedEdgesInOrder(ctx context.Context, o graph.Order, sel graph.EdgeSelection, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error {
	const op = "store.EdgesInOrder"
	if !slices.Contains(edgeOrders, o) {
		return graph.Errorf(op, graph.Invalid, "unknown order %q", o)
	}
	classes := slices.Compact(slices.Sorted(slices.Values(sel.Classes))) // one scan per class
	if len(classes) == 0 {
		classes = graph.EdgeClasses
	}
	var prefixes [][]byte
	for _, c := range classes {
		if passedOver(o) != 0 {
			prefixes = append(prefixes, prefixEdgeSeen(c))
		} else {
			prefixes = append(prefixes, prefixEdgeOrder(o, c))
		}
	}
	err := db.view(op, func(txn *badger.Txn) error {
		er := newEdgeReader(txn)
		defer er.close()
		m := newOrderMerge(txn, prefixes, desc, afterKey, afterID, passedOver(o))
		defer m.close()
		for n := 0; ; n++ {
			if n%256 == 255 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			id, mod, ok, err := m.next()
			if err != nil || !ok {
				return err
			}
			if len(sel.Modalities) > 0 && !slices.Contains(sel.Modalities, mod) {
				continue
			}
			e, ok, err := er.head(id)
			if err != nil {
				return fmt.Errorf("read edge %s: %w", id, err)
			}
			if !ok {
				return fmt.Errorf("the %s order lists edge %s, which is missing", o, id)
			}
			if err := fn(e); err != nil {
				return err
			}
		}
	})
	if err != nil && !errors.Is(err, graph.ErrStop) {
		return readErr(op, db.dir, err)
	}
	return nil
}

// orderMerge reads the ord/r/ keys of several classes in one order,
// each prefix with its own iterator,
// and yields them merged: by what follows the prefix in the key
// (graph.EdgeKey, then the ID), which is the order of format 4's single
// list of every class.
type orderMerge struct {
	desc  bool
	skip  []byte // the key after which the list begins, within a class
	heads []*orderRun
	// pass is the flag of the ord/r/seen/ keys passed over (0: the keys
	// have no flag), see seenorder.go.
	pass byte
}

// orderRun is one class's iterator and the length of its prefix; flag
// says whether its keys end in a flag, which rest leaves out.
type orderRun struct {
	it     *badger.Iterator
	prefix int
	flag   bool
}

func newOrderMerge(txn *badger.Txn, prefixes [][]byte, desc bool, afterKey string, afterID graph.ID, pass byte) *orderMerge {
	m := &orderMerge{desc: desc, pass: pass}
	if afterID != "" {
		m.skip = []byte(afterKey + "/" + string(afterID))
	}
	for _, prefix := range prefixes {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: desc, PrefetchValues: false})
		var start []byte
		switch {
		case m.skip != nil:
			start = append(bytes.Clone(prefix), m.skip...)
		case desc:
			start = append(bytes.Clone(prefix), 0xff)
		default:
			start = prefix
		}
		it.Seek(start)
		r := &orderRun{it: it, prefix: len(prefix), flag: pass != 0}
		if r.valid() && m.skip != nil && bytes.Equal(r.rest(), m.skip) {
			it.Next()
		}
		if !r.valid() {
			it.Close()
			continue
		}
		m.heads = append(m.heads, r)
	}
	return m
}

func (r *orderRun) valid() bool { return r.it.Valid() }

// rest is what follows the prefix in the current key, without its flag.
func (r *orderRun) rest() []byte {
	k := r.it.Item().Key()[r.prefix:]
	if r.flag && len(k) >= 2 {
		k = k[:len(k)-2]
	}
	return k
}

// passed reports whether the current key is one the list passes over.
func (r *orderRun) passed(pass byte) bool {
	k := r.it.Item().Key()
	return r.flag && k[len(k)-1] == pass
}

// advance moves run i on, dropping it at its end.
func (m *orderMerge) advance(i int) {
	r := m.heads[i]
	if r.it.Next(); !r.valid() {
		r.it.Close()
		m.heads = slices.Delete(m.heads, i, i+1)
	}
}

// next is the next edge's ID and modality; ok is false at the end.
func (m *orderMerge) next() (id graph.ID, mod graph.Modality, ok bool, err error) {
	for {
		best := m.best()
		if best < 0 {
			return "", "", false, nil
		}
		if m.heads[best].passed(m.pass) {
			m.advance(best)
			continue
		}
		return m.take(best)
	}
}

// best is the run whose key comes next, -1 when none is left.
func (m *orderMerge) best() int {
	best := -1
	for i, r := range m.heads {
		if best < 0 {
			best = i
			continue
		}
		c := bytes.Compare(r.rest(), m.heads[best].rest())
		if m.desc && c > 0 || !m.desc && c < 0 {
			best = i
		}
	}
	return best
}

// take reads run best's key and moves the run on.
func (m *orderMerge) take(best int) (id graph.ID, mod graph.Modality, ok bool, err error) {
	r := m.heads[best]
	item := r.it.Item()
	rest := r.rest()
	i := bytes.LastIndexByte(rest, '/')
	if i < 0 {
		return "", "", false, fmt.Errorf("malformed order key %q", item.Key())
	}
	id = graph.ID(rest[i+1:])
	err = item.Value(func(v []byte) error {
		mod = parseOrderValue(v)
		return nil
	})
	if err != nil {
		return "", "", false, err
	}
	m.advance(best)
	return id, mod, true, nil
}

// close closes the iterators still open.
func (m *orderMerge) close() {
	for _, r := range m.heads {
		r.it.Close()
	}
	m.heads = nil
}

// NodesByDate lists articles, statements or events by date from the
// ord/n/ keys (graph.OrderedReader).
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
