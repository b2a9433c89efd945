package store

import (
	"bytes"
	"context"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"
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
// deletion markers and replaced versions dropped. So a bulk load that
// moved many keys ends by flattening the tree (CompactBulkLoad): 38
// CPU-seconds for those 34k articles, about 1.1 ms an article.

// compactMinMoves is the fewest moved rank/ keys worth flattening the
// tree for, whatever the size of the graph.
var compactMinMoves int64 = 50_000

// compactWorthIt reports whether moved rank/ keys deleted since Open are
// worth flattening a tree holding edges edges: when they are at least a
// quarter as many as the edges. A flatten rewrites the whole tree, worth
// it after a load of a good part of the graph, not after a few articles
// added to a large one. (Each support change moves two rank/ keys; the
// 34k corpus ingested at once moves about 550,000 for 1.17 M edges.)
func compactWorthIt(moved, edges int64) bool {
	return moved >= compactMinMoves && 4*moved >= edges
}

// CompactResult says what CompactBulkLoad did.
type CompactResult struct {
	Flattened bool
	// Moved is the number of rank/ keys Ingest moved since Open; Edges
	// the edges stored.
	Moved, Edges int64
	Took         time.Duration
}

// CompactBulkLoad flattens Badger's tree into one level when the articles
// ingested since Open moved many support keys (compactWorthIt), so that
// reads no longer step over their deleted versions nor seek in level 0
// and the levels above the last. It is meant for the end of a bulk load
// (newsgraph ingest): it waits for every queued commit, and no write
// may run while it does (Ingest and corrections wait for it). It takes
// minutes on a large database; an interruption (a killed process) loses
// nothing, Badger records each compaction whole.
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
	res.Moved = db.moved.Load()
	if res.Moved < compactMinMoves {
		return res, nil
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return res, fmt.Errorf("store %s: compact: count the edges: %w", db.dir, err)
	}
	for _, n := range st.Edges {
		res.Edges += n
	}
	if !compactWorthIt(res.Moved, res.Edges) {
		return res, nil
	}
	start := time.Now()
	db.logf("store %s: flattening the tree: %d rank keys moved since open, for %d edges", db.dir, res.Moved, res.Edges)
	if err := db.flushMemtables(); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	if err := db.bdb.Flatten(2); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	db.moved.Store(0)
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

// deletedRankKeys counts the rank/ keys ops delete: the keys an
// article's support changes moved.
func deletedRankKeys(ops []kv) int64 {
	var n int64
	for _, op := range ops {
		if op.del && bytes.HasPrefix(op.key, []byte(prefixRankAll)) {
			n++
		}
	}
	return n
}
