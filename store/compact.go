package store

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// The keys that hold an edge's support (rank/, and the by-support
// order ord/r/support/; ord/f/support/ too up to format 9) move whenever the edge gains
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
	db.releaseWriterCache()
	if err := db.flushMemtables(); err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	db.trim.markCold(db.nextTableNumber())
	err = db.bdb.Flatten(2)
	db.trim.markCold(0)
	if err != nil {
		return res, fmt.Errorf("store %s: compact: %w", db.dir, err)
	}
	db.ingested.Store(0)
	res.Flattened, res.Took = true, time.Since(start)
	return res, nil
}

// releaseWriterCache empties the writer's value cache (up to
// Options.WriterCacheSize, 256 MiB by default at the end of a long load)
// and returns the memory it held to the system before a flatten: the
// load it served is over, and the flatten's table builders and the
// pages of the tables it reads are a bulk load's peak of resident
// memory, on top of the heap the load left. A write after the flatten
// reads what it needs from Badger and fills the cache again.
func (db *DB) releaseWriterCache() {
	db.aliases.reset()
	debug.FreeOSMemory()
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

// A bulk load into a new database leaves every table in level 0 and
// nothing below it, and Badger splits a compaction into key ranges, run
// side by side, only at the boundaries of the tables of the level it
// compacts into (levelsController.addSplits). So the flatten at the
// load's end, level 0 into an empty base level, ran in one goroutine
// (Badger's log: "with 1 splits"), with one of two cores idle for the
// whole of it: by session 18's figures for 100,000 articles on a quiet
// machine (573 CPU-s in 315 s), about a minute. Once the load has piled
// up seedLevelZeroTables tables, the writer compacts them into the base
// level (seedBaseLevel, about 100 MB once), whose base-level tables (8
// MiB each under Options.BulkLoad, about a dozen) then split the final
// flatten into four key ranges (BENCHMARKS.md, session 19).

// seedLevelZeroTables is how many level-0 tables a bulk load into a
// tree with nothing below level 0 piles up before seedBaseLevel
// compacts them into the base level. Four tables of a 32 MiB memtable
// are about 2,500 generated articles and a dozen base-level tables.
var seedLevelZeroTables = 4

// seedCheckEvery is how many articles Ingest stores between two looks
// at the tree's levels for seedBaseLevel.
var seedCheckEvery int64 = 64

// seedBaseLevel compacts a bulk load's level-0 tables into the base
// level once there are seedLevelZeroTables of them and nothing below
// level 0, so that the flatten at the load's end runs in several key
// ranges side by side (see seedLevelZeroTables). It is called by Ingest
// under writeMu, after the article is queued; it waits for the queued
// commits, since Badger refuses writes while it compacts this way.
func (db *DB) seedBaseLevel() error {
	if !db.opts.BulkLoad || db.opts.InMemory || db.seeded || db.ingested.Load()%seedCheckEvery != 0 {
		return nil
	}
	levelZero := 0
	for _, l := range db.bdb.Levels() {
		switch {
		case l.Level == 0:
			levelZero = l.NumTables
		case l.NumTables > 0:
			db.seeded = true // a tree below level 0 already splits compactions
			return nil
		}
	}
	if levelZero < seedLevelZeroTables {
		return nil
	}
	db.seeded = true
	if err := db.settle(); err != nil {
		return err
	}
	return db.flushMemtables()
}

// nextTableNumber returns a number above every table's in the tree:
// Badger numbers new tables upwards, so the tables a compaction started
// now writes are numbered from it on.
func (db *DB) nextTableNumber() uint64 {
	var last uint64
	for _, t := range db.bdb.Tables() {
		last = max(last, t.ID)
	}
	return last + 1
}
