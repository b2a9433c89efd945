package store

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"math/bits"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// writtenPrefixes are the prefixes of the keys writtenKeys answers for.
var writtenPrefixes = []string{"n/", prefixEdges, "count/", prefixAliasAll}

// startWrittenKeys makes the writer's filter of written keys complete
// when the database holds none of the keys it answers for (a new
// database, typically the start of a bulk load).
func (db *DB) startWrittenKeys() error {
	if db.opts.ReadOnly {
		return nil
	}
	empty := true
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for _, p := range writtenPrefixes {
			if it.Seek([]byte(p)); it.ValidForPrefix([]byte(p)) {
				empty = false
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("look for stored nodes: %w", err)
	}
	if empty {
		db.aliases.written.start()
	}
	return nil
}

// writtenKeys answers, for the writer, "is this key certainly absent?"
// without asking Badger, for the keys planning reads by value (nodes,
// edge heads, counters; plannerReads) and the names of the alias index.
// Most of what planning an article reads from Badger is keys that are
// not there (the article itself, the duplicate check; new actors and
// statements; the heads of new edges), and each such read looks into
// every memtable and every level-0 table whose bloom filter does not
// rule the key out, then level by level: the more tables a bulk load
// has written, the more each absent key costs.
//
// The filter holds every such key written since Open, and is complete
// (it knows every key the database holds) only when the database held
// none of them at Open: every write of a running store reports its keys
// to aliasCache.note (see aliascache.go), which adds them here. A write
// that bypasses note (a restore) calls forget, after which the filter
// answers "maybe" for every key. A key the filter does not hold is
// absent; one it holds may be absent too (a deleted key, or a false
// positive of about 1%), and is read from Badger as before.
//
// The filter is a chain of blocked bloom filters, each twice the size of
// the one before it (the first for 2^20 keys, 10 bits a key), so it
// grows with the keys written: about 4 MB for the 2.5 million node and
// edge keys of 100,000 generated articles.
type writtenKeys struct {
	mu sync.Mutex // for the race detector's sake; writeMu already orders users
	// complete says the filters hold every planner key in the database.
	complete bool
	filters  []bloomBlocks
	seed     maphash.Seed
	// answered counts the reads answered "absent", for tests.
	answered int64
}

// bloomBlocks is a blocked bloom filter: a key sets bloomProbes bits of
// one 512-bit block, so a probe costs one cache line.
type bloomBlocks struct {
	blocks   [][8]uint64
	keys     int // keys added
	capacity int // keys it holds at about 1% false positives
}

const (
	firstBloomKeys = 1 << 20
	bloomBitsAKey  = 10
	bloomProbes    = 7
)

func newBloomBlocks(capacity int) bloomBlocks {
	return bloomBlocks{blocks: make([][8]uint64, capacity*bloomBitsAKey/512), capacity: capacity}
}

// bloomBits returns the block and the bits within it of hash h.
func (f *bloomBlocks) bloomBits(h uint64) (block *[8]uint64, probe uint64) {
	hi, _ := bits.Mul64(h, uint64(len(f.blocks)))
	return &f.blocks[hi], h
}

func (f *bloomBlocks) add(h uint64) {
	b, p := f.bloomBits(h)
	for range bloomProbes {
		p = p*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019
		bit := p >> 55 // 0..511
		b[bit/64] |= 1 << (bit % 64)
	}
	f.keys++
}

func (f *bloomBlocks) mayHave(h uint64) bool {
	b, p := f.bloomBits(h)
	for range bloomProbes {
		p = p*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019
		bit := p >> 55
		if b[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
	}
	return true
}

// start makes the filter complete, for a database that holds no planner
// key: called by Open when it finds none.
func (w *writtenKeys) start() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.complete = true
}

// forget gives the filter up until the database is opened again: a
// write that does not report its keys to note has happened.
func (w *writtenKeys) forget() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.complete, w.filters = false, nil
}

func (w *writtenKeys) hash(key []byte) uint64 {
	if w.seed == (maphash.Seed{}) {
		w.seed = maphash.MakeSeed()
	}
	return maphash.Bytes(w.seed, key)
}

// absent reports whether key is certainly not in the database: false
// when the filter is not complete, or may hold the key.
func (w *writtenKeys) absent(key []byte) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.complete {
		return false
	}
	h := w.hash(key)
	for i := range w.filters {
		if w.filters[i].mayHave(h) {
			return false
		}
	}
	w.answered++
	return true
}

// note adds the planner keys among written ops (deletions too: a key
// deleted in a write may be written again in the same one), and for
// each alias key its name's prefix.
func (w *writtenKeys) note(ops []kv) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.complete {
		return
	}
	for _, op := range ops {
		switch {
		case plannerReads(op.key):
			w.addLocked(op.key)
		case bytes.HasPrefix(op.key, []byte(prefixAliasAll)):
			if i := bytes.LastIndexByte(op.key, '/'); i >= len(prefixAliasAll) {
				w.addLocked(op.key[:i+1])
			}
		}
	}
}

func (w *writtenKeys) addLocked(key []byte) {
	n := len(w.filters)
	if n == 0 || w.filters[n-1].keys >= w.filters[n-1].capacity {
		capacity := firstBloomKeys
		if n > 0 {
			capacity = 2 * w.filters[n-1].capacity
		}
		w.filters = append(w.filters, newBloomBlocks(capacity))
		n++
	}
	w.filters[n-1].add(w.hash(key))
}

// size is the bytes of the filters.
func (w *writtenKeys) size() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	var n int64
	for _, f := range w.filters {
		n += int64(len(f.blocks)) * 64
	}
	return n
}
