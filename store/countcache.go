package store

import (
	"maps"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// countCache keeps the counters as Stats and EdgeCountsByModality last
// read them, with the write version (DB.version) read before their
// snapshot was taken: while no write has committed since, they are
// answered from memory. Every list's totalCount reads them, and reading
// them from Badger is not cheap on a database being written to: each
// counter has a version per article in the memtables and level-0
// tables, which a prefix scan steps over one by one (EdgeCountsByModality
// took 7 ms of CPU a request on a 1,000-article graph), and a point read
// seeks in every level-0 table. Every write bumps DB.version after it
// commits, so a version equal to the one read before the snapshot means
// no commit since; the snapshot may hold later commits, never fewer.
type countCache struct {
	mu sync.Mutex // guards the fields below
	// statsAt and modsAt are the versions the cached answers were read
	// at, with hasStats and hasMods saying whether there are any.
	statsAt, modsAt   uint64
	hasStats, hasMods bool
	s                 Stats
	mods              map[graph.EdgeClass]map[graph.Modality]int64
}

// stats returns the cached Stats if they were read at version v, as a
// copy the caller may change.
func (c *countCache) stats(v uint64) (Stats, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.hasStats || c.statsAt != v {
		return Stats{}, false
	}
	return Stats{Nodes: maps.Clone(c.s.Nodes), Edges: maps.Clone(c.s.Edges)}, true
}

// keepStats caches s, read at version v.
func (c *countCache) keepStats(v uint64, s Stats) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.statsAt, c.hasStats = v, true
	c.s = Stats{Nodes: maps.Clone(s.Nodes), Edges: maps.Clone(s.Edges)}
}

// modalities returns the cached counts by class and modality if they
// were read at version v, as a copy the caller may change.
func (c *countCache) modalities(v uint64) (map[graph.EdgeClass]map[graph.Modality]int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.hasMods || c.modsAt != v {
		return nil, false
	}
	return cloneModCounts(c.mods), true
}

// keepModalities caches counts, read at version v.
func (c *countCache) keepModalities(v uint64, counts map[graph.EdgeClass]map[graph.Modality]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.modsAt, c.hasMods = v, true
	c.mods = cloneModCounts(counts)
}

func cloneModCounts(m map[graph.EdgeClass]map[graph.Modality]int64) map[graph.EdgeClass]map[graph.Modality]int64 {
	out := make(map[graph.EdgeClass]map[graph.Modality]int64, len(m))
	for c, byMod := range m {
		out[c] = maps.Clone(byMod)
	}
	return out
}
