package store

import (
	"bytes"
	"hash/maphash"
	"maps"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// valueCache mirrors, for the writer, the values of the keys that
// planning an article reads again and again: stored actors (the same
// people recur across articles), the heads of the edges between them,
// and the counters (kept decoded, apart from the rest). A Badger point read looks in every memtable and
// then level by level, seeking in each table whose bloom filter holds
// the key, so a read that misses the cache costs more as the database
// gets more levels: at 100,000 generated articles the 400,000 heads of
// the edges between actors are read back by later articles, and a cache
// of a fixed number of entries no longer held them.
//
// So the cache is bounded by bytes (Options.WriterCacheSize), and holds
// the values as written, in chunks of bytes indexed by a hash of the key
// (map[uint64]span, no pointers): the garbage collector does not walk
// its hundreds of thousands of entries, and a value is decoded when read
// (decode.go's fast paths take a microsecond or two). It keeps two
// generations: entries are added to the young one; when the young one
// holds half the bound, the old one is dropped and the young one becomes
// old; a hit in the old generation is copied to the young one. So what
// articles keep reading stays, and what they stopped reading goes, with
// no bookkeeping per read.
//
// It follows the alias cache's rules (see aliascache.go): it is used
// under writeMu, entries are added on a read miss from the values the
// planner read, and every write reports its keys to note, which replaces
// the cached values of those keys (a write-behind article at the moment
// it is queued, when the overlay takes its writes too, so the cache is
// never older than overlay and snapshot together). A failed write empties
// it.
type valueCache struct {
	mu sync.Mutex // for the race detector's sake; writeMu already orders users
	// young and old are the two generations; limit bounds their bytes
	// together (defaultWriterCache when zero).
	young, old valueGen
	limit      int64
	seed       maphash.Seed
	// redirects says whether the database holds redirect keys (see
	// edit.go): unknown until mayRedirect looks, and again after any
	// write of one. Most databases have none, and then Ingest need not
	// look up a redirect for every actor of every article.
	redirects redirectState
	// counts is count/all decoded, when hasCounts: every article reads
	// and rewrites it, so it is kept beside the generations rather than
	// in them, where its value (about 450 bytes, a new one every
	// article) pushed actors and heads out sooner and was decoded again
	// by every article.
	counts    counters
	hasCounts bool
}

type redirectState int8

const (
	redirectsUnknown redirectState = iota
	redirectsNone
	redirectsSome
)

// defaultWriterCache is Options.WriterCacheSize's default: the heads of
// the 400,000 edges between actors of 100,000 generated articles, with
// their actors and counters, take about 100 MB.
const defaultWriterCache = 256 << 20

// The bytes of entries are kept in chunks of a sixteenth of the bound,
// between these sizes; an entry larger than a chunk is not cached.
const (
	minValueChunk = 4 << 10
	maxValueChunk = 1 << 20
)

// valueGen is one generation: entries (key length, key, value) appended
// to chunks, found by the hash of their key.
type valueGen struct {
	index  map[uint64]span
	chunks [][]byte
	size   int64 // bytes of the chunks in use, and of the index
}

// span is where an entry is: chunk, offset and length of key and value,
// and the bytes after the key that the entry may use (the length of the
// value it was added with, which a shorter one written over it leaves).
type span struct {
	chunk, off, keyLen, valLen, room uint32
}

// indexEntryCost is what an index entry costs in bytes, about: the key
// and span, and a map's slack.
const indexEntryCost = 48

// find returns key's value in g, if any.
func (g *valueGen) find(h uint64, key []byte) ([]byte, bool) {
	sp, ok := g.index[h]
	if !ok {
		return nil, false
	}
	c := g.chunks[sp.chunk]
	k := c[sp.off : sp.off+sp.keyLen]
	if !bytes.Equal(k, key) {
		return nil, false // another key with the same hash
	}
	v := c[sp.off+sp.keyLen : sp.off+sp.keyLen+sp.valLen]
	return v[:len(v):len(v)], true
}

// add appends key and value to g, in chunks of chunk bytes; false when
// the entry is larger than a chunk.
func (g *valueGen) add(h uint64, key, value []byte, chunk int) bool {
	n := len(key) + len(value)
	if n > chunk {
		return false
	}
	if g.index == nil {
		g.index = map[uint64]span{}
	}
	last := len(g.chunks) - 1
	if last < 0 || len(g.chunks[last])+n > cap(g.chunks[last]) {
		g.chunks = append(g.chunks, make([]byte, 0, chunk))
		g.size += int64(chunk)
		last++
	}
	c := g.chunks[last]
	off := len(c)
	c = append(append(c, key...), value...)
	g.chunks[last] = c
	if _, ok := g.index[h]; !ok {
		g.size += indexEntryCost
	}
	g.index[h] = span{chunk: uint32(last), off: uint32(off), keyLen: uint32(len(key)), valLen: uint32(len(value)), room: uint32(len(value))}
	return true
}

// replace writes value over key's entry in g where it fits (no longer
// than the value the entry was added with), and reports whether it did. Most
// writes of a cached key (an edge head an article adds to: its support
// and last-seen date; an actor given an alias) keep its length or nearly,
// so a rewrite takes no new bytes of the generation, which would
// otherwise fill up with the churn of the heads that every article
// updates and drop the entries that later articles read back from Badger
// (BENCHMARKS.md, session 18).
func (g *valueGen) replace(h uint64, key, value []byte) bool {
	sp, ok := g.index[h]
	if !ok || int(sp.room) < len(value) {
		return false
	}
	c := g.chunks[sp.chunk]
	if !bytes.Equal(c[sp.off:sp.off+sp.keyLen], key) {
		return false
	}
	copy(c[sp.off+sp.keyLen:], value)
	sp.valLen = uint32(len(value))
	g.index[h] = sp
	return true
}

// drop removes key's entry from g's index (its bytes stay until the
// generation is dropped).
func (g *valueGen) drop(h uint64, key []byte) {
	if _, ok := g.find(h, key); ok {
		delete(g.index, h)
		g.size -= indexEntryCost
	}
}

func (c *valueCache) hash(key []byte) uint64 {
	if c.seed == (maphash.Seed{}) {
		c.seed = maphash.MakeSeed()
	}
	return maphash.Bytes(c.seed, key)
}

// get returns the cached value of key, if any. The value is the
// cache's: the caller decodes it and does not keep or change it (a later
// write of the key may be written over it; see valueGen.replace).
func (c *valueCache) get(key []byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hash(key)
	if v, ok := c.young.find(h, key); ok {
		return v, true
	}
	v, ok := c.old.find(h, key)
	if ok {
		c.old.drop(h, key)
		c.addLocked(h, key, v) // still read: keep it in the young generation
	}
	return v, ok
}

// put caches value as key's value.
func (c *valueCache) put(key, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hash(key)
	c.old.drop(h, key)
	c.addLocked(h, key, value)
}

// addLocked adds an entry to the young generation, which becomes the
// old one once it holds half the bound.
func (c *valueCache) addLocked(h uint64, key, value []byte) {
	limit := c.limit
	if limit <= 0 {
		limit = defaultWriterCache
	}
	if c.young.size >= limit/2 {
		c.old, c.young = c.young, valueGen{}
	}
	chunk := int(min(max(limit/16, minValueChunk), maxValueChunk))
	if !c.young.add(h, key, value, chunk) {
		c.young.drop(h, key)
	}
}

// size is the bytes the cache holds, about.
func (c *valueCache) size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.young.size + c.old.size
}

// note replaces the cached values of keys among committed (or queued)
// writes. A deleted key leaves the cache.
func (c *valueCache) note(ops []kv) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, op := range ops {
		if bytes.HasPrefix(op.key, []byte(prefixRedirect)) {
			c.redirects = redirectsUnknown
		}
		if bytes.Equal(op.key, keyCounters) {
			c.noteCountersLocked(op)
			continue
		}
		if c.young.index == nil && c.old.index == nil || !plannerReads(op.key) {
			continue
		}
		h := c.hash(op.key)
		_, young := c.young.find(h, op.key)
		_, old := c.old.find(h, op.key)
		if !young && !old {
			continue
		}
		c.old.drop(h, op.key)
		if op.del {
			c.young.drop(h, op.key)
			continue
		}
		if young && c.young.replace(h, op.key, op.value) {
			continue
		}
		c.addLocked(h, op.key, op.value)
	}
}

// noteCountersLocked keeps a write of count/all as the cached counters
// (a deletion or a value that does not decode forgets them).
func (c *valueCache) noteCountersLocked(op kv) {
	c.counts, c.hasCounts = nil, false
	if op.del {
		return
	}
	if cs, err := decodeCounters(op.value); err == nil {
		c.counts, c.hasCounts = cs, true
	}
}

// counters returns a copy of the cached counters, if any.
func (c *valueCache) counters() (counters, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.hasCounts {
		return nil, false
	}
	return maps.Clone(c.counts), true
}

// keepCounters caches cs, read from the database, as the counters.
func (c *valueCache) keepCounters(cs counters) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts, c.hasCounts = maps.Clone(cs), true
}

// warm caches the values of ops, which the writer has just handed to
// Badger (and the overlay): new actors and the heads of new edges between
// stored nodes or actors, which later articles are likely to read.
func (c *valueCache) warm(ops []kv) {
	for _, op := range ops {
		c.put(op.key, op.value)
	}
}

// mayRedirect reports whether the database, as txn sees it, may hold
// redirect keys, looking once after each write of one.
func (c *valueCache) mayRedirect(txn *badger.Txn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.redirects == redirectsUnknown {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRedirect)})
		it.Rewind()
		c.redirects = redirectsNone
		if it.Valid() {
			c.redirects = redirectsSome
		}
		it.Close()
	}
	return c.redirects == redirectsSome
}

// reset empties the cache.
func (c *valueCache) reset() {
	c.mu.Lock()
	c.young, c.old = valueGen{}, valueGen{}
	c.redirects = redirectsUnknown
	c.counts, c.hasCounts = nil, false
	c.mu.Unlock()
}
