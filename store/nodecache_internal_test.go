package store

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNodeCacheKeepsNoStaleEntry steps through the orders in which a
// reader and a write of a node can meet: the reader's entry is cached
// only when no write of the node began or ended since the reader looked,
// and a write drops the node's entry when it begins and when it ends.
func TestNodeCacheKeepsNoStaleEntry(t *testing.T) {
	x, y := graph.ID("act_x"), graph.ID("act_y")
	write := nodeWrite{ids: []string{string(x)}}
	build := func() []*entryBuild {
		b := &entryBuild{}
		b.keepRecord(graph.Node{ID: x, Kind: graph.KindActor, Label: "X"})
		b.add(3, []byte(graph.Consult), []byte(y), true, []byte("edge1"), graph.Asserted)
		return []*entryBuild{b}
	}
	cached := func(c *nodeCache) bool {
		found := make([]*nodeEntry, 1)
		c.lookup([]graph.ID{x}, found)
		return found[0] != nil
	}
	steps := []struct {
		name string
		run  func(c *nodeCache) // a reader's lookup, read and keep, and writes between
		want bool
	}{
		{"no write", func(c *nodeCache) {
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.keep(e, []graph.ID{x}, build())
		}, true},
		{"a write begun and ended after the lookup", func(c *nodeCache) {
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.begin(write)
			c.end(write)
			c.keep(e, []graph.ID{x}, build())
		}, false},
		{"a write under way at the lookup", func(c *nodeCache) {
			c.begin(write)
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.keep(e, []graph.ID{x}, build())
			c.end(write)
		}, false},
		{"a write begun before the lookup, ended before the keep", func(c *nodeCache) {
			c.begin(write)
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.end(write)
			c.keep(e, []graph.ID{x}, build())
		}, false},
		{"a write ended before the lookup", func(c *nodeCache) {
			c.begin(write)
			c.end(write)
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.keep(e, []graph.ID{x}, build())
		}, true},
		{"a write of another node", func(c *nodeCache) {
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			other := nodeWrite{ids: []string{"act_other"}}
			c.begin(other)
			c.end(other)
			if c.slot("act_other") == c.slot(string(x)) {
				t.Skip("act_other and act_x share a slot with this seed")
			}
			c.keep(e, []graph.ID{x}, build())
		}, true},
		{"a restore after the lookup", func(c *nodeCache) {
			e := c.lookup([]graph.ID{x}, make([]*nodeEntry, 1))
			c.begin(nodeWrite{all: true})
			c.end(nodeWrite{all: true})
			c.keep(e, []graph.ID{x}, build())
		}, false},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			var c nodeCache
			s.run(&c)
			if got := cached(&c); got != s.want {
				t.Errorf("cached %v, want %v", got, s.want)
			}
			if !s.want {
				return
			}
			// A write of the node drops its entry as it begins.
			c.begin(write)
			if cached(&c) {
				t.Error("the entry outlived the beginning of a write of its node")
			}
			c.end(write)
		})
	}
}

// TestNodeCacheIsBounded fills a small cache with more entries than it
// holds: it keeps about its bound, the latest entries.
func TestNodeCacheIsBounded(t *testing.T) {
	c := nodeCache{limit: 64 << 10}
	var last graph.ID
	for i := range 2000 {
		id := graph.ID("act_" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)))
		b := &entryBuild{}
		b.keepRecord(graph.Node{ID: id, Kind: graph.KindActor, Label: string(id)})
		for j := range 10 {
			b.add(10-j, []byte(graph.Consult), []byte("act_far"), true, []byte("edge"+string(rune('a'+j))), graph.Asserted)
		}
		e := c.lookup([]graph.ID{id}, make([]*nodeEntry, 1))
		c.keep(e, []graph.ID{id}, []*entryBuild{b})
		last = id
	}
	if size, n := c.size(); size > c.limit || n == 0 {
		t.Errorf("the cache holds %d bytes in %d entries, bound %d", size, n, c.limit)
	}
	found := make([]*nodeEntry, 1)
	c.lookup([]graph.ID{last}, found)
	if found[0] == nil || found[0].link(9).Edge != "edgej" || found[0].link(0).Support != 10 {
		t.Errorf("the last entry kept is %+v", found[0])
	}
}
