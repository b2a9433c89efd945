package store

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Format 6's keys that format 7 packs: an article's an/ and ae/ keys
// into its ap/ key (provenance.go), the counters into count/all
// (counters.go), and the relations by first and by last seen into one
// list per class (seenorder.go).
const (
	prefixArticleNodesV6 = "an/"
	prefixArticleEdgesV6 = "ae/"
)

// prefixCountersV6 are format 6's counter keys (count/<name>).
var prefixCountersV6 = []string{"count/node/", "count/edge/", "count/mod/"}

// keyDropV6 marks a format 7 database whose format 6 keys are still to
// be dropped: the upgrade sets it with meta/format and deletes it once
// the drops are done, so that Open finishes them after a crash between.
var keyDropV6 = []byte("meta/drop6")

// migrateV6 upgrades a format 6 database to format 7: one pass over the
// an/ and ae/ keys side by side (both sort by article) writes each
// article's ap/ key, a batch of articles per transaction, one over the
// edge heads their ord/r/seen/ keys; count/all is
// written from the count/ keys with meta/format "7" and the drop marker
// in one transaction; then the format 6 keys are dropped. Until
// meta/format says 7 the old keys are all there and the pass can start
// again from the beginning; after it, only the drops are left.
func (db *DB) migrateV6() error {
	if err := db.packProvenance(); err != nil {
		return fmt.Errorf("migrate to format 7: %w", err)
	}
	err := db.writeHeadOrders(func(h edgeHead, s edgeSummary) [][]byte {
		return seenKeys(h.ID, h.Class, graph.Edge{Articles: s.support, First: s.first, Last: s.last})
	})
	if err != nil {
		return fmt.Errorf("migrate to format 7: %w", err)
	}
	err = db.bdb.Update(func(txn *badger.Txn) error {
		cs := counters{}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("count/"), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := string(it.Item().Key())
			if !hasAnyPrefix(key, prefixCountersV6) {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			cs[strings.TrimPrefix(key, "count/")] = decodeCount(v)
		}
		it.Close()
		if err := txn.Set(keyCounters, cs.encode()); err != nil {
			return err
		}
		if err := txn.Set(keyDropV6, []byte("1")); err != nil {
			return err
		}
		return txn.Set(keyFormat, []byte("7"))
	})
	if err != nil {
		return fmt.Errorf("migrate to format 7: %w", err)
	}
	return db.dropV6()
}

// dropV6 drops format 6's an/, ae/, counter and first and last seen
// order keys, then the marker that says they are to be dropped.
func (db *DB) dropV6() error {
	drops := append([]string{prefixArticleNodesV6, prefixArticleEdgesV6}, prefixCountersV6...)
	for _, p := range append(drops, prefixSeenOrdersV6...) {
		if err := db.bdb.DropPrefix([]byte(p)); err != nil {
			return fmt.Errorf("migrate to format 7: drop the %s keys: %w", p, err)
		}
	}
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(keyDropV6) })
}

// finishV6Drops finishes an upgrade to format 7 that stopped before its
// drops were done.
func (db *DB) finishV6Drops() error { return db.finishDrops(keyDropV6, db.dropV6) }

// finishDrops runs drop when marker is stored: an upgrade wrote its new
// keys (or, for format 9, its new format) and the marker in one
// transaction, then stopped before drop (which deletes the marker last)
// was done. drop may write keys as well as drop them (fillV8).
func (db *DB) finishDrops(marker []byte, drop func() error) error {
	var pending bool
	err := db.bdb.View(func(txn *badger.Txn) error {
		_, err := txn.Get(marker)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		pending = err == nil
		return err
	})
	if err != nil || !pending {
		return err
	}
	return drop()
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// provRun walks the keys under one of format 6's prefixes (an/ or ae/),
// <prefix><article>/<id>.
type provRun struct {
	it     *badger.Iterator
	prefix int
}

// art is the article of the run's current key, nil at the end.
func (r *provRun) art() ([]byte, []byte, error) {
	if !r.it.Valid() {
		return nil, nil, nil
	}
	key := r.it.Item().Key()
	rest := key[r.prefix:]
	i := bytes.IndexByte(rest, '/')
	if i <= 0 || i == len(rest)-1 {
		return nil, nil, fmt.Errorf("malformed key %q", key)
	}
	return rest[:i], rest[i+1:], nil
}

// take appends the IDs of the run's keys of article art to ids.
func (r *provRun) take(art []byte, ids []graph.ID) ([]graph.ID, error) {
	for {
		a, id, err := r.art()
		if err != nil || a == nil || !bytes.Equal(a, art) {
			return ids, err
		}
		ids = append(ids, graph.ID(id))
		r.it.Next()
	}
}

// packProvenance writes every article's ap/ key from its an/ and ae/
// keys.
func (db *DB) packProvenance() error {
	const batch = 1024 // articles a transaction
	return db.bdb.View(func(txn *badger.Txn) error {
		var runs [2]*provRun
		for i, p := range []string{prefixArticleNodesV6, prefixArticleEdgesV6} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(p)})
			defer it.Close()
			it.Rewind()
			runs[i] = &provRun{it: it, prefix: len(p)}
		}
		var ops []kv
		flush := func() error {
			if len(ops) == 0 {
				return nil
			}
			err := db.writeOne(ops)
			if errors.Is(err, badger.ErrTxnTooBig) {
				err = db.writeChunked("", ops)
			}
			ops = nil
			return err
		}
		articles := 0
		for {
			a, _, err := runs[0].art()
			if err != nil {
				return err
			}
			b, _, err := runs[1].art()
			if err != nil {
				return err
			}
			if a == nil && b == nil {
				return flush()
			}
			art := a
			if a == nil || b != nil && bytes.Compare(b, a) < 0 {
				art = b
			}
			art = bytes.Clone(art)
			var p provenance
			if p.nodes, err = runs[0].take(art, nil); err != nil {
				return err
			}
			if p.edges, err = runs[1].take(art, nil); err != nil {
				return err
			}
			p.nodes, p.edges = sortedIDs(p.nodes), sortedIDs(p.edges)
			ops = append(ops, kv{key: keyProvenance(graph.ID(art)), value: encodeProvenance(p)})
			if articles++; articles%batch == 0 {
				if err := flush(); err != nil {
					return err
				}
			}
			if articles%(256*batch) == 0 {
				db.logf("store %s: format 7: packed the provenance of %d articles", db.dir, articles)
			}
		}
	})
}
