package store

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"github.com/newsgraph/newsgraph/graph"
)

// Options configure Open. The zero value is usable: every zero field
// means the default that DefaultOptions spells out.
type Options struct {
	// ReadOnly opens the database without writing to it. Badger then
	// takes a shared lock: several read-only processes may open one
	// directory, but not while a writer has it. Ingest fails.
	// Default false.
	ReadOnly bool
	// InMemory keeps everything in memory and nothing on disk; the dir
	// given to Open is ignored. Default false.
	InMemory bool
	// Logger receives Badger's warnings and errors and the store's own
	// (value-log GC failures, crash recovery). Nil is silent. Default nil.
	Logger *log.Logger
	// GCInterval is how often value-log garbage collection runs. Zero
	// means 10 minutes; a negative value disables it.
	GCInterval time.Duration
	// GCDiscardRatio is the share of a value-log file that must be
	// garbage before GC rewrites it. Zero means 0.5.
	GCDiscardRatio float64
	// MemTableSize is Badger's memtable size in bytes; a write
	// transaction holds at most 15% of it, beyond which Ingest splits the
	// article's write (see doc.go). Zero means Badger's 64 MiB. Tests
	// lower it to exercise split writes.
	MemTableSize int64
	// MemTables is how many memtables Badger keeps in memory, the one
	// being written and those waiting to be flushed; each takes
	// MemTableSize on the heap and as much again in its mapped log file.
	// Zero means Badger's 5; bulk loads that must stay small use 2.
	MemTables int
	// BulkLoad shapes Badger's tree for a long run of writes: level 0
	// holds up to 160 tables before it is compacted, more with memtables
	// under 64 MiB (bulkLevelZero; Badger's default is 5), the base level 512
	// MiB instead of 10 MiB, and tables are 8 MiB instead of 2 MiB, so
	// that a load of up to about 240,000 generated articles into a new
	// database is compacted once, by CompactBulkLoad at its end, every
	// key written once more (and its first few level-0 tables once
	// before, so that the final compaction runs in several key ranges
	// side by side: seedBaseLevel). Compacting level 0 as the load went
	// rewrote each key 9–15 times past 60,000 articles (level-0 tables
	// span the whole key space, so each compaction rewrites the base
	// level, which spills into a last level that grows), and the CPU an
	// article cost grew with the database (3.2 ms in the first tenth of
	// 100,000 articles, 12 in the last). Reads of keys that are not
	// stored, which would look into every level-0 table, are answered
	// by the writer's filter of written keys (writtenkeys.go) when the
	// load started on a new database; reads of stored keys mostly by the
	// writer's value cache.
	//
	// The tables a bulk load writes are not compressed: past 40,000
	// articles compactions are most of a bulk load's work, and Snappy
	// made the tables only 1.5 times smaller while compressing and
	// decompressing every block a compaction reads and writes took 14%
	// of the CPU of ingest's last tenth at 100,000 articles and a
	// quarter of its allocations. Badger records each table's
	// compression, so a database keeps working when later opened
	// without BulkLoad, whose compactions compress what they rewrite.
	// The base level is 512 MiB rather than 256 MiB to hold about as
	// many keys uncompressed, so that the last level stays a few times
	// the base level's size.
	BulkLoad bool
	// CacheSize is the size in bytes of Badger's cache of decompressed
	// table blocks (tables are compressed, so it cannot be off). Zero
	// means Badger's 256 MiB. On a database of uncompressed tables it
	// is the number of 4 KB blocks it would hold (see blockcache.go).
	CacheSize int64
	// WriterCacheSize bounds, in bytes, the writer's cache of the values
	// that planning an article reads again (actors, edge heads,
	// counters; see valuecache.go). Zero means 256 MiB, which holds what
	// 100,000 generated articles read back with room to spare; the cache
	// only grows to what ingest reads.
	WriterCacheSize int64
	// NodeCacheSize bounds, in bytes, the readers' cache of each node's
	// record and strongest links (see nodecache.go), which writes keep
	// up to date node by node. Zero means 64 MiB; negative turns it
	// off.
	NodeCacheSize int64
	// WriteBehind lets Ingest return once the article is planned and
	// handed to Badger, before the commit is done, so that planning the
	// next article overlaps writing this one: for bulk loads. Each
	// article is still written all or nothing, but readers may not see
	// it until a few milliseconds after Ingest returns, and a failed
	// commit is reported by the next call (the store then refuses work
	// until reopened) and by Close, which waits for every commit.
	// Default false.
	WriteBehind bool
	// SyncWrites makes every commit wait for an fsync. Default false
	// (Badger's default): a crash may lose the last commits, never
	// half of one.
	SyncWrites bool
	// MappedResidentLimit, when positive, caps in bytes the process's
	// resident pages of mapped files (RssFile): about once a second, a
	// goroutine asks Linux to page out the database's mapped table and
	// value-log files, oldest first, while RssFile is above it (see
	// doc.go, "Memory"). Badger maps every table it writes or reads, and
	// those pages otherwise stay resident until the machine runs short of
	// memory. Pages read again after a trim come from disk. Linux 5.4 or
	// later; ignored elsewhere and for in-memory databases. Default 0,
	// off.
	MappedResidentLimit int64
	// AcceptLogDamage opens a database whose write log (a .mem file) is
	// damaged, dropping the commits after the damage with a warning to
	// Logger. Without it Open refuses such a database (see integrity.go).
	// Default false.
	AcceptLogDamage bool
	// CountKeyFamilies makes Ingest count the keys it hands Badger by
	// family (DB.KeyFamilies), for measures of a load's keys; about a
	// map update a key. Default false.
	CountKeyFamilies bool
	// DiskReserve is the free space, in bytes, below which writes are
	// refused with graph.ErrNoSpace instead of letting Badger fill the
	// disk, which crashes the process (see diskspace.go). Zero means
	// 4×MemTableSize + 16 MiB; negative turns the check off.
	DiskReserve int64
}

// bulkBaseLevelSize is the base level's size under Options.BulkLoad.
const bulkBaseLevelSize = 512 << 20

// bulkLevelZeroTables is how many level-0 tables a bulk load with 64
// MiB memtables lets pile up before Badger compacts them (see
// Options.BulkLoad): a memtable of 64 MiB flushes into a table of about
// 1,500 generated articles' writes (68 tables for 100,000), so 160 hold
// about 240,000 articles. Writes stall at half as many again. The bound
// keeps a database that many small bulk loads add to (each too small to
// be flattened at its end) from piling up tables without end: past it,
// Badger compacts level 0 as usual. Smaller memtables flush into more
// tables for the same articles, and the bound grows with them
// (bulkLevelZero).
const bulkLevelZeroTables = 160

// bulkLevelZero is the bound on level-0 tables of a bulk load with
// memtables of memTable bytes: bulkLevelZeroTables for 64 MiB or more,
// as many more tables as the memtables are smaller (320 for the 32 MiB
// of newsgraph ingest), at most four times as many.
func bulkLevelZero(memTable int64) int {
	scale := min(max((64<<20)/max(memTable, 1), 1), 4)
	return bulkLevelZeroTables * int(scale)
}

// minMemTableSize is the smallest Options.MemTableSize Open accepts.
const minMemTableSize = 16 << 10

// DefaultOptions returns the options Open uses for zero fields.
func DefaultOptions() Options {
	return Options{
		GCInterval:     10 * time.Minute,
		GCDiscardRatio: 0.5,
		MemTableSize:   64 << 20,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.GCInterval == 0 {
		o.GCInterval = d.GCInterval
	}
	if o.GCDiscardRatio == 0 {
		o.GCDiscardRatio = d.GCDiscardRatio
	}
	if o.MemTableSize == 0 {
		o.MemTableSize = d.MemTableSize
	}
	if o.DiskReserve == 0 {
		o.DiskReserve = defaultReserve(o.MemTableSize)
	}
	return o
}

// DB is a graph.Store kept in Badger. Its methods are safe for concurrent
// use.
type DB struct {
	bdb  *badger.DB
	dir  string
	opts Options

	// writeMu orders writers (see doc.go). It also guards planScratch
	// and families.
	writeMu sync.Mutex
	// planScratch is Ingest's key list, kept between articles so that
	// each plan appends to an array already grown (see planOps).
	planScratch []kv
	// families counts Ingest's keys by family when
	// Options.CountKeyFamilies is set, else nil (see keyfamilies.go).
	families keyFamilies
	// gate is held for writing while a split article is applied, and
	// for reading while a reader takes its snapshot.
	gate sync.RWMutex

	// aliases caches the alias index for the writer (see aliascache.go).
	aliases aliasCache
	// nodes caches, for readers, nodes' records and strongest links
	// (see nodecache.go).
	nodes nodeCache
	// wb holds the writes of commits under way (see writebehind.go).
	wb writeBehind
	// trim pages out mapped files (see rsstrim_linux.go).
	trim trimmer

	closed atomic.Bool
	// broken holds the error of a split write that failed half-applied;
	// from then on every call fails until a reopen recovers the article.
	broken atomic.Pointer[error]
	// version counts committed writes; see Version.
	version atomic.Uint64
	// ingested counts the articles Ingest stored since Open (see
	// CompactBulkLoad).
	ingested atomic.Int64
	// seeded says that a bulk load's base level holds tables, or that
	// seedBaseLevel put them there (see compact.go); guarded by writeMu.
	seeded bool
	// counts holds the counters as last read, for the version they were
	// read at (see countcache.go).
	counts  countCache
	stopGC  chan struct{}
	gcDone  chan struct{}
	closeMu sync.Mutex
	// reads counts the read snapshots in use, which Close waits for.
	reads readers

	// delayCommit, when set by tests, is handed each write-behind
	// commit to start later, in order, as a slow disk would.
	delayCommit func(commit func())

	// failpoint, when set by tests, is called at each step of a split
	// write; an error stops the write there, as a crash would.
	failpoint func(step string) error
}

var _ graph.Store = (*DB)(nil)

// Open opens (creating it when needed) the database in directory dir.
// It checks the format version, recovers an article whose split write a
// crash interrupted, and starts value-log GC.
func Open(dir string, opts Options) (*DB, error) {
	opts = opts.withDefaults()
	name := dir
	if opts.InMemory {
		name = "(in memory)"
	}
	fail := func(err error) (*DB, error) {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if opts.CacheSize < 0 || opts.MemTables < 0 || opts.WriterCacheSize < 0 {
		return fail(fmt.Errorf("cache size %d, writer cache size %d and memtables %d must not be negative", opts.CacheSize, opts.WriterCacheSize, opts.MemTables))
	}
	if opts.MemTableSize < minMemTableSize {
		return fail(fmt.Errorf("memtable size %d is below the minimum of %d bytes", opts.MemTableSize, minMemTableSize))
	}
	if !opts.InMemory && !opts.ReadOnly {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(err)
		}
	}
	bo := badger.DefaultOptions(dir)
	if opts.InMemory {
		bo = badger.DefaultOptions("").WithInMemory(true)
	}
	maxBatch := opts.MemTableSize * 15 / 100
	bo = bo.WithReadOnly(opts.ReadOnly).
		WithMemTableSize(opts.MemTableSize).
		WithValueThreshold(min(bo.ValueThreshold, maxBatch/2)).
		WithSyncWrites(opts.SyncWrites).
		WithNumMemtables(cmp.Or(opts.MemTables, bo.NumMemtables)).
		WithBlockCacheSize(cmp.Or(opts.CacheSize, bo.BlockCacheSize)).
		// Writers are ordered by writeMu and write without reading in
		// the write transaction, so Badger's conflict tracking would
		// only cost time.
		WithDetectConflicts(false).
		WithLogger(badgerLogger{opts.Logger}).
		WithChecksumVerificationMode(checksumMode)
	if opts.BulkLoad {
		l0 := bulkLevelZero(opts.MemTableSize)
		bo = bo.WithNumLevelZeroTables(l0).
			WithNumLevelZeroTablesStall(l0 + l0/2).
			WithBaseLevelSize(bulkBaseLevelSize).
			WithBaseTableSize(8 << 20).
			WithCompression(options.None)
	}
	if err := preflight(dir, opts); err != nil {
		return fail(err)
	}
	mapped, largest := false, int64(0)
	if !opts.InMemory {
		if mapped, largest = mappedTables(dir, opts.BulkLoad); mapped {
			bo = withMappedTables(bo)
		}
	}
	var logsBefore []string
	if !opts.InMemory {
		_, logsBefore, _ = dirFiles(dir)
	}
	bdb, err := badger.Open(bo)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			// Badger's own words ("Cannot acquire directory lock on
			// ... Another process is using this Badger database. err:
			// resource temporarily unavailable") name the folder again
			// and say nothing more.
			return nil, graph.Errorf("store.Open", graph.Conflict, "database %s is in use by another process", dir)
		}
		if !opts.InMemory && !opts.ReadOnly {
			removeNewLogs(dir, logsBefore, opts.logf)
		}
		return fail(describeOpenError(dir, err))
	}
	if mapped && bo.BlockCacheSize > 0 {
		if _, err := bdb.CacheMaxCost(badger.BlockCache, mappedCacheCost(bo, largest)); err != nil {
			bdb.Close()
			return fail(err)
		}
	}
	db := &DB{bdb: bdb, dir: name, opts: opts}
	db.aliases.values.limit = opts.WriterCacheSize
	db.nodes.limit = opts.NodeCacheSize
	db.wb.init()
	if opts.CountKeyFamilies {
		db.families = keyFamilies{}
	}
	if err := db.checkFormat(); err != nil {
		bdb.Close()
		return fail(err)
	}
	if err := db.recover(); err != nil {
		bdb.Close()
		return fail(err)
	}
	if err := db.startWrittenKeys(); err != nil {
		bdb.Close()
		return fail(err)
	}
	db.stopGC = make(chan struct{})
	db.gcDone = make(chan struct{})
	if opts.InMemory || opts.ReadOnly || opts.GCInterval < 0 {
		close(db.gcDone)
	} else {
		go db.runGC()
	}
	if !opts.InMemory {
		db.trim.start(dir, opts.MappedResidentLimit, db.logf)
	}
	return db, nil
}

// Close stops value-log GC and closes the database. Calls after the first
// return nil.
func (db *DB) Close() error {
	db.closeMu.Lock()
	defer db.closeMu.Unlock()
	if db.closed.Load() {
		return nil
	}
	close(db.stopGC)
	<-db.gcDone
	db.trim.halt()
	// Let a running Ingest and queued commits finish before Badger goes
	// away.
	db.writeMu.Lock()
	db.closed.Store(true)
	werr := db.wb.wait()
	db.writeMu.Unlock()
	// Badger unmaps its tables as it closes: an iterator still reading
	// them would fault, a crash no recover catches.
	db.reads.close()
	if err := db.bdb.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", db.dir, err)
	}
	if werr != nil {
		return fmt.Errorf("close store %s: a queued article failed to commit: %w", db.dir, werr)
	}
	return nil
}

// Dir returns the directory the database was opened in ("(in memory)"
// for in-memory databases).
func (db *DB) Dir() string { return db.dir }

func (db *DB) runGC() {
	defer close(db.gcDone)
	t := time.NewTicker(db.opts.GCInterval)
	defer t.Stop()
	for {
		select {
		case <-db.stopGC:
			return
		case <-t.C:
		}
		for {
			err := db.bdb.RunValueLogGC(db.opts.GCDiscardRatio)
			if err != nil {
				if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) {
					db.logf("store %s: value-log GC: %v", db.dir, err)
				}
				break
			}
			select {
			case <-db.stopGC:
				return
			default:
			}
		}
	}
}

func (db *DB) logf(format string, args ...any) { db.opts.logf(format, args...) }

func (o Options) logf(format string, args ...any) {
	if o.Logger != nil {
		o.Logger.Printf(format, args...)
	}
}

// upgrades are the formats Open upgrades, oldest first: migrateV1 turns
// format 1 into 2, migrateV2 2 into 3, migrateV3 3 into 4, migrateV4 4
// into 5, migrateV5 5 into 6, migrateV6 6 into 7, migrateV7 7 into 8,
// migrateV8 8 into 9, migrateV9 9 into 10, migrateV10 10 into 11.
var upgrades = []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}

// checkFormat writes the format version into an empty database and
// refuses a database of another version or none.
func (db *DB) checkFormat() error {
	var version []byte
	empty := true
	err := db.bdb.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keyFormat)
		if err == nil {
			version, err = item.ValueCopy(nil)
			return err
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return fmt.Errorf("read format version: %w", err)
	}
	switch {
	case version != nil && string(version) == formatVersion && db.opts.ReadOnly:
		return nil
	case version != nil && string(version) == formatVersion:
		if err := db.finishV6Drops(); err != nil {
			return err
		}
		if err := db.finishV7Drops(); err != nil {
			return err
		}
		if err := db.finishV8Fill(); err != nil {
			return err
		}
		if err := db.finishV9Drops(); err != nil {
			return err
		}
		return db.finishV10Drops()
	case slices.Contains(upgrades, string(version)) && db.opts.ReadOnly:
		return fmt.Errorf("the database is in format %s: open it read-write once to upgrade it to format %s", version, formatVersion)
	case slices.Contains(upgrades, string(version)):
		db.logf("store %s: upgrading from format %s to format %s", db.dir, version, formatVersion)
		steps := []func() error{db.migrateV1, db.migrateV2, db.migrateV3, db.migrateV4, db.migrateV5, db.migrateV6, db.migrateV7, db.migrateV8, db.migrateV9, db.migrateV10}
		for _, step := range steps[slices.Index(upgrades, string(version)):] {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	case version != nil:
		return fmt.Errorf("unknown format version %q (this build reads version %s)", version, formatVersion)
	case !empty:
		return errors.New("not a newsgraph database: it holds keys but no format version")
	case db.opts.ReadOnly:
		return nil // an empty database, left as it is
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(keyFormat, []byte(formatVersion))
	})
}

// snapshot opens a read transaction, which the caller must end with
// db.endRead; Close waits until every snapshot has ended. It waits
// while a split article is being applied, so that the snapshot has all
// of it or none.
func (db *DB) snapshot() (*badger.Txn, error) {
	if !db.reads.enter() {
		return nil, errors.New("store is closed")
	}
	if err := db.usable(); err != nil {
		db.reads.exit()
		return nil, err
	}
	db.gate.RLock()
	txn := db.bdb.NewTransaction(false)
	db.gate.RUnlock()
	return txn, nil
}

// endRead discards a snapshot's transaction and lets Close go on.
func (db *DB) endRead(txn *badger.Txn) {
	txn.Discard()
	db.reads.exit()
}

// readers counts the reads in flight, so that Close can wait for them.
type readers struct {
	mu      sync.Mutex
	n       int
	closing bool
	idle    chan struct{} // closed when n falls to 0 while closing
}

// enter counts a read in, false once the store is closing.
func (r *readers) enter() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return false
	}
	r.n++
	return true
}

// exit counts a read out.
func (r *readers) exit() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.n--; r.n == 0 && r.idle != nil {
		close(r.idle)
		r.idle = nil
	}
}

// close refuses new reads and waits for those in flight to end.
func (r *readers) close() {
	r.mu.Lock()
	r.closing = true
	if r.n == 0 {
		r.mu.Unlock()
		return
	}
	idle := make(chan struct{})
	r.idle = idle
	r.mu.Unlock()
	<-idle
}

// usable returns why the store cannot be used, or nil.
func (db *DB) usable() error {
	if db.closed.Load() {
		return errors.New("store is closed")
	}
	if p := db.broken.Load(); p != nil {
		return fmt.Errorf("an article was left half-written and needs recovery: close and reopen the database (%w)", *p)
	}
	return nil
}

// view runs fn in a read snapshot; op names the operation for errors.
func (db *DB) view(op string, fn func(txn *badger.Txn) error) error {
	txn, err := db.snapshot()
	if err != nil {
		return graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
	}
	defer db.endRead(txn)
	return fn(txn)
}

// kv is one planned write; a nil value deletes the key.
type kv struct {
	key, value []byte
	del        bool
}

// writeChunked writes ops in as few transactions as Badger allows,
// committing whenever the current one is full. It is not atomic: callers
// make it so (see doc.go). After each commit but the last it calls the
// test failpoint with step.
func (db *DB) writeChunked(step string, ops []kv) error {
	touched := writtenNodes(ops)
	db.nodes.begin(touched)
	defer db.nodes.end(touched)
	txn := db.bdb.NewTransaction(true)
	defer func() { txn.Discard() }()
	inTxn := 0
	for i, op := range ops {
		err := setOp(txn, op)
		if errors.Is(err, badger.ErrTxnTooBig) && inTxn > 0 {
			cerr := txn.Commit()
			db.version.Add(1)
			if cerr != nil {
				db.aliases.reset()
				return cerr
			}
			db.aliases.note(ops[i-inTxn : i])
			if err := db.fail(step); err != nil {
				return err
			}
			txn = db.bdb.NewTransaction(true)
			inTxn = 0
			err = setOp(txn, op)
		}
		if err != nil {
			if errors.Is(err, badger.ErrTxnTooBig) {
				return fmt.Errorf("key %.40q with a value of %d bytes is too big for one transaction: %w", op.key, len(op.value), err)
			}
			return err
		}
		inTxn++
	}
	err := txn.Commit()
	db.version.Add(1)
	if err != nil {
		db.aliases.reset()
		return err
	}
	db.aliases.note(ops[len(ops)-inTxn:])
	return nil
}

func setOp(txn *badger.Txn, op kv) error {
	if op.del {
		return txn.Delete(op.key)
	}
	return txn.Set(op.key, op.value)
}

// recover finishes or undoes split writes a crash interrupted (see
// doc.go).
func (db *DB) recover() error {
	type pend struct {
		art   graph.ID
		state string
	}
	var pending []pend
	var orphans [][]byte
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixPending), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			pending = append(pending, pend{graph.ID(lastSegment(it.Item().Key())), string(v)})
		}
		known := map[graph.ID]bool{}
		for _, p := range pending {
			known[p.art] = true
		}
		st := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixStageAll)})
		defer st.Close()
		for st.Rewind(); st.Valid(); st.Next() {
			k := st.Item().Key()
			rest := k[len(prefixStageAll):]
			art := graph.ID(rest[:max(bytes.IndexByte(rest, '/'), 0)])
			if !known[art] {
				orphans = append(orphans, st.Item().KeyCopy(nil))
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("recover: %w", err)
	}
	if db.opts.ReadOnly {
		for _, p := range pending {
			if p.state == "applying" {
				return fmt.Errorf("article %s was being written when the database was last closed: open it read-write once to recover it", p.art)
			}
		}
		return nil
	}
	for _, p := range pending {
		switch p.state {
		case "applying":
			db.logf("store %s: finishing the interrupted write of article %s", db.dir, p.art)
			if err := db.applyStaged(p.art); err != nil {
				return fmt.Errorf("recover article %s: %w", p.art, err)
			}
			if err := db.dropStaged(p.art); err != nil {
				return fmt.Errorf("recover article %s: %w", p.art, err)
			}
		default:
			db.logf("store %s: undoing the interrupted write of article %s", db.dir, p.art)
			if err := db.dropStaged(p.art); err != nil {
				return fmt.Errorf("recover article %s: %w", p.art, err)
			}
			if err := db.writeChunked("", []kv{{key: keyPending(p.art), del: true}}); err != nil {
				return fmt.Errorf("recover article %s: %w", p.art, err)
			}
		}
	}
	if len(orphans) > 0 {
		ops := make([]kv, len(orphans))
		for i, k := range orphans {
			ops[i] = kv{key: k, del: true}
		}
		if err := db.writeChunked("", ops); err != nil {
			return fmt.Errorf("recover: delete %d staged keys: %w", len(ops), err)
		}
	}
	return nil
}

// badgerLogger passes Badger's warnings and errors to a *log.Logger and
// drops its chatter; a nil logger drops everything.
type badgerLogger struct{ l *log.Logger }

func (b badgerLogger) Errorf(f string, v ...any) {
	if b.l != nil {
		b.l.Printf("badger: error: "+strings.TrimSuffix(f, "\n"), v...)
	}
}

func (b badgerLogger) Warningf(f string, v ...any) {
	if b.l != nil {
		b.l.Printf("badger: warning: "+strings.TrimSuffix(f, "\n"), v...)
	}
}

func (badgerLogger) Infof(string, ...any)  {}
func (badgerLogger) Debugf(string, ...any) {}
