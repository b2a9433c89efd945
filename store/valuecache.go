package store

import (
	"bytes"
	"fmt"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// valueCache mirrors, for the writer, the values of the keys that
// planning an article reads again and again: stored actors (the same
// people recur across articles), the heads of the edges between them,
// and the counters. A Badger point read looks in every memtable and
// then level by level, and its JSON is decoded each time; the cache
// answers from memory with the value already decoded.
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
	m  map[string]*cachedValue
	// redirects says whether the database holds redirect keys (see
	// edit.go): unknown until mayRedirect looks, and again after any
	// write of one. Most databases have none, and then Ingest need not
	// look up a redirect for every actor of every article.
	redirects redirectState
}

type redirectState int8

const (
	redirectsUnknown redirectState = iota
	redirectsNone
	redirectsSome
)

// cachedValue is a key's value: raw as written, or decoded once read.
type cachedValue struct {
	raw  []byte
	node *graph.Node
	head *edgeHead
}

// maxValueCache bounds the cache's entries; past it a quarter of them
// are dropped. At a few hundred bytes an entry this is some tens of MB.
const maxValueCache = 1 << 17

// get returns the cached value of key, if any.
func (c *valueCache) get(key []byte) (*cachedValue, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[string(key)]
	return v, ok
}

// put caches raw as key's value.
func (c *valueCache) put(key []byte, v *cachedValue) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*cachedValue{}
	}
	if len(c.m) >= maxValueCache {
		// Drop a quarter, in the map's arbitrary order: the entries read
		// often come back soon, and the rest stay.
		drop := len(c.m) / 4
		for k := range c.m {
			if drop--; drop < 0 {
				break
			}
			delete(c.m, k)
		}
	}
	c.m[string(key)] = v
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
		if len(c.m) == 0 || !plannerReads(op.key) {
			continue
		}
		if _, ok := c.m[string(op.key)]; !ok {
			continue
		}
		if op.del {
			delete(c.m, string(op.key))
			continue
		}
		c.m[string(op.key)] = &cachedValue{raw: op.value}
	}
}

// warm caches the values of ops, which the writer has just handed to
// Badger (and the overlay): new actors and the heads of new edges between
// stored nodes, which later articles are likely to read.
func (c *valueCache) warm(ops []kv) {
	for _, op := range ops {
		c.put(op.key, &cachedValue{raw: op.value})
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
	c.m = nil
	c.redirects = redirectsUnknown
	c.mu.Unlock()
}

// asNode decodes v as a node, once.
func (v *cachedValue) asNode(key []byte) (graph.Node, error) {
	if v.node == nil {
		n, err := decodeNode(v.raw)
		if err != nil {
			return graph.Node{}, fmt.Errorf("decode %s: %w", key, err)
		}
		v.node, v.raw = &n, nil
	}
	n := *v.node
	n.Aliases = append([]string(nil), n.Aliases...)
	return n, nil
}

// asHead decodes v as an edge head, once.
func (v *cachedValue) asHead(key []byte) (edgeHead, error) {
	if v.head == nil {
		h, err := decodeHead(v.raw)
		if err != nil {
			return edgeHead{}, fmt.Errorf("decode %s: %w", key, err)
		}
		v.head, v.raw = &h, nil
	}
	return *v.head, nil
}
