package store

import (
	"context"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// The keys that hold an edge's support (rank/, and the by-support
// orders ord/r/support/ and ord/f/support/) move whenever the edge gains
// an article: the key for the old support is deleted and the one for
// the new written. Badger keeps each deletion marker until a compaction
// carries it into the last level, and a bulk load leaves its tree with
// level-0 tables and levels above the last, each of which a reader's
// iterator seeks in. On the 34k-article corpus as ingested, the hub's
// neighbourhood cost 29–33 CPU-ms; 32–37 (at a higher load) with only
// the support keys rewritten without their deletion markers (DropPrefix,
// then the live keys again from out/: the level-0 tables and upper
// levels stay), and 12–16 with the tree flattened into its last level,
// deletion markers and replaced versions dropped. So a bulk load of a
// good part of the graph ends by flattening the tree (CompactBulkLoad): 38
// CPU-seconds for those 34k articles, about 1.1 ms an article. Under
// Options.BulkLoad the load's tables stay in level 0, so that the
// flush (DropPrefix) compacts every level-0 table into the base level,
// the last one when the load started on a new database, in one pass:
// the load's one compaction.

// compactMinArticles is the fewest articles ingested since Open worth
// flattening the tree for, whatever the size of the graph.
var compactMinArticles int64 = 1000

// compactWorthIt reports whether ingested articles stored since Open are
// worth flattening a tree holding articles articles: when they are at
// least a quarter of them. A flatten rewrites the whole tree, worth it
// after a load of a good part of the graph (its level-0 tables, upper
// levels and deletion markers are the load's), not after a few articles
// added to a large one. The articles, not the moved keys, are counted:
// most edges of a planted corpus are an article's MENTIONS, which never
// move, yet the tree a load leaves costs the reads all the same.
func compactWorthIt(ingested, articles int64) bool {
	return ingested >= compactMinArticles && 4*ingested >= articles
}

// CompactResult says what CompactBulkLoad did.
type CompactResult struct {
	Flattened bool
	// Ingested is the number of articles stored since Open, Articles
	// the number stored in all.
	Ingested, Articles int64
	Took               time.Duration
}

// CompactBulkLoad flattens Badger's tree into one level when the articles
// ingested since Open are a good part of the graph (compactWorthIt), so
// that reads no longer step over the support keys the articles moved
// nor seek in level 0 and the levels above the last. It is meant for the
// end of a bulk load (newsgraph ingest): it waits for every queued
// commit, and no write may run while it does (Ingest and corrections
// wait for it). It takes minutes on a large database; an interruption
// (a killed process) loses nothing, Badger records each compaction
// whole.
func (db *DB) CompactBulkLoad(ctx context.Context) (CompactResult, error) {
	var res CompactResult
	if db.opts.ReadOnly || db.opts.InMemory {
		return res, nil
	}
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if err := db.settle(); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	if err := db.usable(); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	res.Ingested = db.ingested.Load()
	if res.Ingested < compactMinArticles {
		return res, nil
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return res, fmt.Errorf("store %s: compact: count the articles: %w", db.dir, err)
	}
	res.Articles = st.Nodes[graph.KindArticle]
	if !compactWorthIt(res.Ingested, res.Articles) {
		return res, nil
	}
	start := time.Now()
	db.logf("store %s: flattening the tree: %d of its %d articles stored since open", db.dir, res.Ingested, res.Articles)
	if err := db.flushMemtables(); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	if err := db.bdb.Flatten(2); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	db.ingested.Store(0)
	res.Flattened, res.Took = true, time.Since(start)
	return res, nil
}

// keyFlush is written and dropped by flushMemtables.
var keyFlush = []byte("meta/flush")

// flushMemtables writes Badger's memtables into level-0 tables, which
// Flatten then carries down with the rest: Badger flushes a memtable
// only when it is full, at Close, and for DropPrefix, which skips the
// dropped keys as it flushes (and then compacts level 0 into the base
// level). So a key written here and dropped flushes them all.
func (db *DB) flushMemtables() error {
	if err := db.bdb.Update(func(txn *badger.Txn) error { return txn.Set(keyFlush, nil) }); err != nil {
		return fmt.Errorf("flush the memtables: %w", err)
	}
	if err := db.bdb.DropPrefix(keyFlush); err != nil {
		return fmt.Errorf("flush the memtables: %w", err)
	}
	return nil
}
