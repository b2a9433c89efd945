package store

import (
	"bytes"
	"slices"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// aliasCache mirrors, for the writer, the parts of the alias index that
// actor resolution has looked up. Resolving one article looks up a few
// folded names per actor, and a Badger prefix scan costs an iterator over
// every memtable and level each time, the largest share of planning an
// article; the cache answers repeated names (the same people recur
// across articles) and names known to be absent from memory.
//
// It is only used and changed under writeMu, and every write to the
// database goes through writeOne or writeChunked under that mutex (or in
// Open), which report committed keys to note; so the cache always equals
// the committed index. A write that fails part way empties it.
type aliasCache struct {
	mu sync.Mutex // for the race detector's sake; writeMu already orders users
	m  map[string][]graph.ID
	// values caches the nodes, edge heads and counters the writer reads
	// (see valuecache.go); it is kept by the same note and reset.
	values valueCache
	// written knows which of those keys, and which names, certainly are
	// not stored (see writtenkeys.go); note adds to it, and reset leaves
	// it: a key of a failed write that it holds is read from Badger.
	written writtenKeys
}

// maxAliasCache bounds the cache's entries; past it the cache starts
// again empty.
const maxAliasCache = 1 << 21

// lookup returns the actors indexed under folded, from the cache or, on
// a miss, from txn with patch applied (the writes txn may lack; see
// writebehind.go).
func (c *aliasCache) lookup(txn *badger.Txn, folded string, patch func(string, []graph.ID) []graph.ID) ([]graph.ID, error) {
	c.mu.Lock()
	ids, ok := c.m[folded]
	c.mu.Unlock()
	if ok {
		return slices.Clone(ids), nil
	}
	if !c.written.absent(prefixAlias(folded)) {
		var err error
		if ids, err = aliasIDs(txn, folded); err != nil {
			return nil, err
		}
	}
	ids = patch(folded, ids)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxAliasCache {
		c.m = map[string][]graph.ID{}
	}
	c.m[folded] = slices.Clone(ids)
	c.mu.Unlock()
	return ids, nil
}

// note updates the cached names and values among committed writes.
func (c *aliasCache) note(ops []kv) {
	c.values.note(ops)
	c.written.note(ops)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		return
	}
	for _, op := range ops {
		rest, ok := bytes.CutPrefix(op.key, []byte(prefixAliasAll))
		if !ok {
			continue
		}
		i := bytes.LastIndexByte(rest, '/')
		if i < 0 {
			continue
		}
		folded, id := string(rest[:i]), graph.ID(rest[i+1:])
		ids, cached := c.m[folded]
		if !cached {
			continue
		}
		at, found := slices.BinarySearch(ids, id)
		switch {
		case op.del && found:
			c.m[folded] = slices.Delete(ids, at, at+1)
		case !op.del && !found:
			c.m[folded] = slices.Insert(ids, at, id)
		}
	}
}

// reset empties the cache and the value cache.
func (c *aliasCache) reset() {
	c.values.reset()
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

// has reports whether the cache knows that actor id is indexed under
// folded; false may also mean that the cache does not know.
func (c *aliasCache) has(folded string, id graph.ID) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, found := slices.BinarySearch(c.m[folded], id)
	return found
}
