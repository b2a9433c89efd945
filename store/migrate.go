package store

import (
	"bytes"
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
				id, articles := parseAdjValue(v)
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
						kv{key: keyOut(src, class, dst), value: adjValue(id, articles)},
						kv{key: keyIn(dst, class, src), value: adjValue(id, articles)})
				}
				for _, k := range rankKeys(src, class, dst, articles) {
					ops = append(ops, kv{key: k, value: []byte(id)})
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
		return txn.Set(keyFormat, []byte(formatVersion))
	})
}
