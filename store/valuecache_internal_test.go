package store

import (
	"fmt"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestValueCacheFollowsWrites checks the cache's answers against a map
// of what was put and noted, through many generations: a value is never
// older than the last put or note of its key, and a deleted key is gone.
func TestValueCacheFollowsWrites(t *testing.T) {
	c := valueCache{limit: 64 << 10}
	want := map[string]string{}
	key := func(i int) []byte { return fmt.Appendf(nil, "e/rel_%d", i) }
	for round := range 20 {
		for i := range 500 {
			k := key(i*7 + round)
			v := fmt.Sprintf("head %d of round %d", i, round)
			switch i % 5 {
			case 0, 1:
				c.put(k, []byte(v))
			case 2:
				c.note([]kv{{key: k, value: []byte(v)}})
				if _, ok := want[string(k)]; !ok {
					continue // note caches only what was cached
				}
			case 3:
				c.note([]kv{{key: k, del: true}})
				delete(want, string(k))
				continue
			case 4:
				continue
			}
			want[string(k)] = v
		}
		for k, v := range want {
			got, ok := c.get([]byte(k))
			if ok && string(got) != v {
				t.Fatalf("round %d: %s = %q, want %q", round, k, got, v)
			}
			if !ok {
				delete(want, k) // evicted: a miss is always allowed
			}
		}
		for i := range 4000 {
			k := key(i)
			if _, cached := want[string(k)]; cached {
				continue
			}
			if got, ok := c.get(k); ok {
				t.Fatalf("round %d: %s = %q, deleted or never put", round, k, got)
			}
		}
	}
}

// TestValueCacheBound checks that the cache stays within its bound and
// keeps the entries still read when it drops a generation.
func TestValueCacheBound(t *testing.T) {
	for _, limit := range []int64{16 << 10, 1 << 20, 8 << 20} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			c := valueCache{limit: limit}
			value := make([]byte, 200)
			hot := []byte("n/act_hot")
			c.put(hot, []byte("hot"))
			for i := range int(limit / 50) {
				c.put(fmt.Appendf(nil, "e/rel_%d", i), value)
				if got, ok := c.get(hot); !ok || string(got) != "hot" {
					t.Fatalf("after %d puts the entry read after each put is %q, %v", i+1, got, ok)
				}
				// Two chunks of slack: the young generation's last and
				// the old one's.
				if s, bound := c.size(), limit+2*int64(max(limit/16, minValueChunk)); s > bound {
					t.Fatalf("after %d puts the cache holds %d bytes, over %d", i+1, s, bound)
				}
			}
			if _, ok := c.get([]byte("e/rel_0")); ok {
				t.Errorf("the first entry put, never read again, is still cached after %d puts", limit/50)
			}
		})
	}
}

// TestValueCacheCollision checks that an entry whose key has the hash of
// another is not taken for it.
func TestValueCacheCollision(t *testing.T) {
	var g valueGen
	g.add(42, []byte("n/a"), []byte("A"), minValueChunk)
	if v, ok := g.find(42, []byte("n/b")); ok {
		t.Errorf("n/b, with n/a's hash, found %q", v)
	}
	if v, ok := g.find(42, []byte("n/a")); !ok || string(v) != "A" {
		t.Errorf("n/a = %q, %v; want A", v, ok)
	}
	g.drop(42, []byte("n/b"))
	if _, ok := g.find(42, []byte("n/a")); !ok {
		t.Errorf("dropping n/b, with n/a's hash, dropped n/a")
	}
	if big := make([]byte, minValueChunk); g.add(7, []byte("e/x"), big, minValueChunk) {
		t.Errorf("an entry larger than a chunk was added")
	}
}

// TestValueCacheRewritesInPlace checks that a write of a cached key whose
// value is no longer than the cached one takes no new bytes (an edge
// head rewritten by every article that adds to it would otherwise fill
// the young generation and push out what later articles read), that a
// longer value is appended, and that each read gives the last value.
func TestValueCacheRewritesInPlace(t *testing.T) {
	c := valueCache{limit: 1 << 20}
	key := []byte("e/rel_hub")
	c.put(key, []byte(`{"support":10,"last":"2026-12-01"}`))
	used := func() int {
		n := 0
		for _, ch := range c.young.chunks {
			n += len(ch)
		}
		return n
	}
	before, size := used(), c.size()
	for i := range 1000 {
		v := fmt.Sprintf(`{"support":%d,"last":"2026-12-%02d"}`, 10+i%90, 1+i%28)
		if i%3 == 0 {
			v = v[:len(v)-2] // shorter
		}
		c.note([]kv{{key: key, value: []byte(v)}})
		if got, ok := c.get(key); !ok || string(got) != v {
			t.Fatalf("after write %d, %s = %q, %v; want %q", i, key, got, ok, v)
		}
	}
	if used() != before || c.size() != size {
		t.Errorf("1000 rewrites no longer than the value took %d bytes of chunks and %d of size", used()-before, c.size()-size)
	}
	longer := `{"support":100,"last":"2026-12-31","verb":"met"}`
	c.note([]kv{{key: key, value: []byte(longer)}})
	if got, ok := c.get(key); !ok || string(got) != longer {
		t.Fatalf("after a longer write, %s = %q, %v; want %q", key, got, ok, longer)
	}
	if used() == before {
		t.Errorf("a longer value was written over the shorter one's bytes")
	}

	// An entry under another key with the same hash is not written over.
	var g valueGen
	g.add(42, []byte("n/a"), []byte("AAAA"), minValueChunk)
	if g.replace(42, []byte("n/b"), []byte("B")) {
		t.Errorf("n/b, with n/a's hash, was written over n/a")
	}
	if v, ok := g.find(42, []byte("n/a")); !ok || string(v) != "AAAA" {
		t.Errorf("n/a = %q, %v; want AAAA", v, ok)
	}
}

// TestValueCacheKeepsCountersApart checks that count/all is kept decoded
// beside the generations: a write of it replaces the counters without
// adding to the generations' bytes, a deletion or reset forgets them,
// and the copy handed out is the caller's to change.
func TestValueCacheKeepsCountersApart(t *testing.T) {
	c := valueCache{limit: 64 << 10}
	c.put([]byte("n/act_x"), []byte("actor"))
	before := c.size()
	if _, ok := c.counters(); ok {
		t.Fatal("counters cached before any were read or written")
	}
	for i := range 1000 {
		cs := counters{"node/actor": int64(i + 1), "edge/MENTIONS": int64(2 * (i + 1))}
		c.note([]kv{{key: keyCounters, value: cs.encode()}})
		got, ok := c.counters()
		if !ok || got["node/actor"] != int64(i+1) || got["edge/MENTIONS"] != int64(2*(i+1)) || len(got) != 2 {
			t.Fatalf("after write %d: counters %v, %v", i, got, ok)
		}
		got["node/actor"] = -5 // the caller's copy
	}
	if c.size() != before {
		t.Errorf("1000 writes of count/all took the generations from %d to %d bytes", before, c.size())
	}
	if _, ok := c.get(keyCounters); ok {
		t.Error("count/all is in the generations")
	}
	if got, _ := c.counters(); got["node/actor"] != 1000 {
		t.Errorf("a caller's change reached the cache: node/actor = %d", got["node/actor"])
	}
	c.note([]kv{{key: keyCounters, del: true}})
	if got, ok := c.counters(); ok {
		t.Errorf("after count/all was deleted: counters %v", got)
	}
	c.keepCounters(counters{"node/article": 3})
	c.note([]kv{{key: keyCounters, value: []byte("not counters")}})
	if got, ok := c.counters(); ok {
		t.Errorf("after a value that does not decode: counters %v", got)
	}
	c.keepCounters(counters{"node/article": 3})
	c.reset()
	if got, ok := c.counters(); ok {
		t.Errorf("after reset: counters %v", got)
	}
}

// TestIngestWarmsNewActorsAndHeads checks what an article leaves in the
// writer's value cache: each new actor's node and the head of each new
// edge between actors, a head of JSON alone (its evidence under ev/), and
// no other node or head, so that the next article naming them reads
// nothing from Badger; the head of an edge to the article's event, which
// no later article reads, holds its evidence (format 8).
func TestIngestWarmsNewActorsAndHeads(t *testing.T) {
	db, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	text := "Anna Lindqvist met Omar Haddad. Omar Haddad accused Lena Berg of lying. The summit ended."
	b := graphtest.NewBuilder(t, "Talks", "2025-04-01", text)
	a, o, l := b.Actor("Anna Lindqvist", graph.Person), b.Actor("Omar Haddad", graph.Person), b.Actor("Lena Berg", graph.Person)
	ev := b.Event("summit", "2025-04-01")
	heads := []graph.ID{
		b.Edge(a, graph.Consult, o, "Anna Lindqvist met Omar Haddad.", "met"),
		b.Edge(o, graph.Accuse, l, "Omar Haddad accused Lena Berg of lying.", "accused"),
	}
	other := b.Edge(a, graph.ParticipatedIn, ev, "Anna Lindqvist met Omar Haddad.", "met")
	if _, err := db.Ingest(t.Context(), b.B); err != nil {
		t.Fatal(err)
	}
	for _, id := range []graph.ID{a, o, l} {
		v, ok := db.aliases.values.get(keyNode(id))
		if n, err := decodeNode(v); !ok || err != nil || n.ID != id {
			t.Errorf("the cache holds %q for actor %s; want its node", v, id)
		}
	}
	for _, id := range heads {
		v, ok := db.aliases.values.get(keyEdge(id))
		h, err := decodeHead(v)
		if !ok || err != nil || h.ID != id || h.inline != "" {
			t.Errorf("the cache holds %q for edge %s; want its head of JSON alone", v, id)
		}
	}
	for _, key := range [][]byte{keyNode(ev), keyNode(b.ID()), keyEdge(other)} {
		if v, ok := db.aliases.values.get(key); ok {
			t.Errorf("the cache holds %s = %q; want only actors and the heads between them", key, v)
		}
	}
	err = db.bdb.View(func(txn *badger.Txn) error {
		for _, id := range append(heads, other) {
			h, _, err := getEdgeHead(txn, id)
			if err != nil {
				return err
			}
			if holds := h.inline != ""; holds != (id == other) {
				t.Errorf("edge %s's head holds evidence: %v", id, holds)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLaterArticleMovesEvidenceOutOfTheHead stores an edge whose head
// holds its evidence (an actor and an object the article brings) and a
// second article naming the same object: its evidence for the edge and
// the first article's are then under ev/, and the head holds none.
func TestLaterArticleMovesEvidenceOutOfTheHead(t *testing.T) {
	db, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var edge graph.ID
	for i, text := range []string{"Anna Lindqvist bought the Oslo ferry.", "Anna Lindqvist sold the Oslo ferry again."} {
		b := graphtest.NewBuilder(t, fmt.Sprintf("Ferry %d", i), fmt.Sprintf("2025-04-0%d", i+1), text)
		a := b.Actor("Anna Lindqvist", graph.Person)
		obj := b.Node(graph.KindObject, "Oslo ferry")
		b.B.Nodes[len(b.B.Nodes)-1].ID = "obj_osloferry"
		_ = obj
		edge = b.Edge(a, graph.Mentions, "obj_osloferry", text, "")
		if _, err := db.Ingest(t.Context(), b.B); err != nil {
			t.Fatal(err)
		}
		var h edgeHead
		var evKeys int
		err := db.bdb.View(func(txn *badger.Txn) error {
			var err error
			if h, _, err = getEdgeHead(txn, edge); err != nil {
				return err
			}
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixEvidence(edge)})
			defer it.Close()
			for it.Rewind(); it.Valid(); it.Next() {
				evKeys++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := i == 0; (h.inline != "") != want || evKeys != 2*i {
			t.Errorf("after article %d the head holds evidence: %v, with %d ev/ keys", i, h.inline != "", evKeys)
		}
	}
	e, err := db.Edge(t.Context(), edge)
	if err != nil || len(e.Evidence) != 2 || e.Support() != 2 {
		t.Fatalf("Edge = %+v, %v; want two articles' evidence", e, err)
	}
	graphtest.CheckConsistent(t, db)
}
