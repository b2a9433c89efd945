package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// migrateV2 upgrades a format 2 database to format 3, which adds the
// rank/ keys (doc.go): for every out/ key, the edge's two rank/ keys,
// a batch of edges per transaction. An edge whose head has no summary
// of its evidence (written before the summary was kept) gets one first,
// with its support in its out/ and in/ values, so that every edge's
// rank/ keys say its support from here on. The writes are idempotent: a
// crash part way leaves format 2 in meta/format, and the next Open does
// it again from the start.
func (db *DB) migrateV2() error {
	const batch = 1024
	var after []byte
	edges := 0
	for {
		var ops []kv
		var last []byte
		err := db.bdb.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("out/"), PrefetchValues: true})
			defer it.Close()
			start := []byte("out/")
			if after != nil {
				start = append(after, 0)
			}
			n := 0
			for it.Seek(start); it.Valid() && n < batch; it.Next() {
				item := it.Item()
				last = item.KeyCopy(nil)
				n++
				parts := bytes.Split(last[len("out/"):], []byte("/"))
				if len(parts) != 3 {
					return fmt.Errorf("malformed adjacency key %q", last)
				}
				src, class, dst := graph.ID(parts[0]), graph.EdgeClass(parts[1]), graph.ID(parts[2])
				v, err := item.ValueCopy(nil)
				if err != nil {
					return err
				}
				id, articles, mod := parseAdjValue(v)
				if articles == 0 {
					e, ok, err := getEdge(txn, id)
					if err != nil {
						return fmt.Errorf("read edge %s: %w", id, err)
					}
					if !ok {
						return fmt.Errorf("adjacency key %q names edge %s, which is missing", last, id)
					}
					head, err := encodeHead(e)
					if err != nil {
						return err
					}
					articles = e.Support()
					ops = append(ops, kv{key: keyEdge(id), value: head},
						kv{key: keyOut(src, class, dst), value: adjValue(id, articles, e.MostFactual())},
						kv{key: keyIn(dst, class, src), value: adjValue(id, articles, e.MostFactual())})
					mod = e.MostFactual()
				}
				for _, k := range rankKeys(src, class, dst, articles) {
					ops = append(ops, kv{key: k, value: rankValue(id, mod)})
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("migrate to format 3: %w", err)
		}
		if last == nil {
			break
		}
		if err := db.writeOne(ops); err != nil {
			if !errors.Is(err, badger.ErrTxnTooBig) {
				return fmt.Errorf("migrate to format 3: %w", err)
			}
			if err := db.writeChunked("", ops); err != nil {
				return fmt.Errorf("migrate to format 3: %w", err)
			}
		}
		if edges += batch; edges%(256*batch) == 0 {
			db.logf("store %s: format 3: ranked the links of %d edges", db.dir, edges)
		}
		after = last
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(keyFormat, []byte("3"))
	})
}

// migrateV3 upgrades a format 3 database to format 4, which adds the
// ord/ keys (doc.go): one pass over the articles and statements writes
// their ord/n/ keys. Format 4's relation orders (ord/e/) are not
// written: migrateV4 writes format 5's (ord/r/) from the heads next.
// Like migrateV2 it is idempotent and sets meta/format last.
func (db *DB) migrateV3() error {
	dates := map[graph.ID]string{} // article dates, for statements
	steps := []struct {
		prefix string
		keys   func(txn *badger.Txn, key, value []byte) ([]kv, error)
	}{
		{string(prefixKind(graph.KindArticle)), func(txn *badger.Txn, k, _ []byte) ([]kv, error) {
			id := graph.ID(lastSegment(k))
			n, _, err := getNode(txn, id)
			dates[id] = n.Date
			return []kv{{key: keyNodeDate(graph.KindArticle, n.Date, id), value: []byte{}}}, err
		}},
		{string(prefixKind(graph.KindStatement)), func(txn *badger.Txn, k, _ []byte) ([]kv, error) {
			id := graph.ID(lastSegment(k))
			n, _, err := getNode(txn, id)
			return []kv{{key: keyNodeDate(graph.KindStatement, dates[n.Article], id), value: []byte{}}}, err
		}},
	}
	for _, step := range steps {
		if err := db.eachBatch(step.prefix, step.keys); err != nil {
			return fmt.Errorf("migrate to format 4: %w", err)
		}
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(keyFormat, []byte("4"))
	})
}

// migrateV4 upgrades a format 4 database to format 5, whose relation
// orders are kept per class with each edge's modality (ord/r/ instead of
// ord/e/) and which counts edges by class and modality (count/mod/):
// it drops the ord/e/ keys, writes every edge's ord/r/ keys in one pass
// over the heads, counting them, and writes the counters with
// meta/format last, so that a crash part way starts again from the
// beginning on the next Open.
func (db *DB) migrateV4() error {
	if err := db.bdb.DropPrefix([]byte(prefixEdgeOrderV4)); err != nil {
		return fmt.Errorf("migrate to format 5: drop the ord/e/ keys: %w", err)
	}
	counts := modCounts{}
	err := db.eachBatch(prefixEdges, func(_ *badger.Txn, _, v []byte) ([]kv, error) {
		var h edgeHead
		if err := json.Unmarshal(v, &h); err != nil {
			return nil, err
		}
		s := h.index()
		counts.move(h.Class, nil, &s)
		var ops []kv
		for _, k := range orderKeys(h.ID, h.Class, s) {
			ops = append(ops, kv{key: k, value: orderValue(s.mod)})
		}
		return ops, nil
	})
	if err != nil {
		return fmt.Errorf("migrate to format 5: %w", err)
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		for k, n := range counts {
			if err := txn.Set(keyCountModality(k.class, k.mod), encodeCount(n)); err != nil {
				return err
			}
		}
		return txn.Set(keyFormat, []byte("5"))
	})
}

// writeHeadOrders writes, for every edge's head, the order keys keysOf
// gives it, each valued with the edge's modality as the orders keep it:
// the pass an upgrade makes when it adds an order of edges.
func (db *DB) writeHeadOrders(keysOf func(edgeHead, edgeSummary) [][]byte) error {
	return db.eachBatch(prefixEdges, func(_ *badger.Txn, _, v []byte) ([]kv, error) {
		h, err := decodeHead(v)
		if err != nil {
			return nil, err
		}
		s := h.index()
		var ops []kv
		for _, k := range keysOf(h, s) {
			ops = append(ops, kv{key: k, value: orderValue(s.mod)})
		}
		return ops, nil
	})
}

// migrateV5 upgrades a format 5 database to format 6, which adds the
// facts' order of every class (ord/f/) and the events' dates (ord/n/event/):
// one pass over the heads writes the ord/f/ keys of the edges that are
// facts, one over the events their date keys, and meta/format is set
// last. The writes are idempotent, so a crash part way starts again from
// the beginning on the next Open.
func (db *DB) migrateV5() error {
	err := db.writeHeadOrders(func(h edgeHead, s edgeSummary) [][]byte { return factKeys(h.ID, s) })
	if err != nil {
		return fmt.Errorf("migrate to format 6: %w", err)
	}
	err = db.eachBatch(string(prefixKind(graph.KindEvent)), func(txn *badger.Txn, k, _ []byte) ([]kv, error) {
		id := graph.ID(lastSegment(k))
		n, ok, err := getNode(txn, id)
		if err != nil || !ok {
			return nil, err
		}
		return []kv{{key: keyEventDate(n), value: []byte{}}}, nil
	})
	if err != nil {
		return fmt.Errorf("migrate to format 6: %w", err)
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(keyFormat, []byte("6"))
	})
}

// eachBatch writes, for every key under prefix, the writes that keys
// returns for it, a batch of keys per transaction.
func (db *DB) eachBatch(prefix string, keys func(txn *badger.Txn, key, value []byte) ([]kv, error)) error {
	const batch = 1024
	var after []byte
	for {
		var ops []kv
		var last []byte
		err := db.bdb.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix), PrefetchValues: true})
			defer it.Close()
			start := []byte(prefix)
			if after != nil {
				start = append(after, 0)
			}
			for n := 0; n < batch; n++ {
				if n == 0 {
					it.Seek(start)
				} else {
					it.Next()
				}
				if !it.Valid() {
					break
				}
				last = it.Item().KeyCopy(nil)
				v, err := it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				ks, err := keys(txn, last, v)
				if err != nil {
					return fmt.Errorf("%s: %w", last, err)
				}
				ops = append(ops, ks...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if last == nil {
			return nil
		}
		if err := db.writeOne(ops); err != nil {
			if !errors.Is(err, badger.ErrTxnTooBig) {
				return err
			}
			if err := db.writeChunked("", ops); err != nil {
				return err
			}
		}
		after = last
	}
}
