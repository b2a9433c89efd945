package store

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// BenchmarkNeighborhoodFloor compares graph.Neighborhood (depth 2, both
// directions, at most 1000 nodes: what the GraphQL neighborhood query
// asks by default) on the store with a hand-written read of exactly the
// keys that traversal needs, in one Badger transaction, without decoding
// a value: the physical floor of this store for the query.
//
// With NEWSGRAPH_BENCH_DB=DIR it runs on an existing database (opened
// read-only) from the actor NEWSGRAPH_BENCH_ROOT names (default: the
// actor with the most links among the first 2000); otherwise on a
// database of 1500 small articles about a pool of 300 people built here.
func BenchmarkNeighborhoodFloor(b *testing.B) {
	ctx := context.Background()
	var db *DB
	var err error
	if dir := os.Getenv("NEWSGRAPH_BENCH_DB"); dir != "" {
		db, err = Open(dir, Options{ReadOnly: true})
	} else {
		db, err = Open(b.TempDir(), Options{})
		if err == nil {
			fillForFloor(b, db)
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	root := benchRoot(b, ctx, db)
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 1000}

	sub, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt)
	if err != nil {
		b.Fatal(err)
	}
	fl, err := db.floor(root, opt)
	if err != nil {
		b.Fatal(err)
	}
	if fl.nodes != len(sub.Nodes) || fl.edges != len(sub.Edges) {
		b.Fatalf("the floor read %d nodes and %d edges, the traversal returned %d and %d", fl.nodes, fl.edges, len(sub.Nodes), len(sub.Edges))
	}
	evidence := 0
	for _, e := range sub.Edges {
		evidence += len(e.Evidence)
	}
	b.Logf("root %s: %d nodes, %d edges, %d pieces of evidence, %d keys and %d bytes read", root, fl.nodes, fl.edges, evidence, fl.keys, fl.bytes)

	b.Run("graph.Neighborhood", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt); err != nil {
				b.Fatal(err)
			}
		}
	})
	heads := opt
	heads.Heads = true
	b.Run("graph.Neighborhood-heads", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := graph.Neighborhood(ctx, db, []graph.ID{root}, heads); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("prefix-scan-floor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := db.floor(root, opt); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// fillForFloor ingests articles in which people of a pool of 300, the
// first few much more often than the rest, meet and are mentioned.
func fillForFloor(b *testing.B, db *DB) {
	b.Helper()
	ctx := context.Background()
	pick := func(i, k int) int { // skewed: low numbers often
		x := (i*7919 + k*104729) % 1000
		return x * x / 3334
	}
	for i := range 1500 {
		var names []string
		for k := range 6 {
			n := fmt.Sprintf("Person%03d Pool", pick(i, k))
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		var sb strings.Builder
		for j := 1; j < len(names); j++ {
			fmt.Fprintf(&sb, "%s met %s on day %d. ", names[0], names[j], i)
		}
		text := sb.String()
		bl := graphtest.NewBuilder(b, fmt.Sprintf("Day %d", i), fmt.Sprintf("2025-01-%02d", 1+i%28), text)
		var ids []graph.ID
		for _, n := range names {
			ids = append(ids, bl.Actor(n, graph.Person))
		}
		for j := 1; j < len(ids); j++ {
			s := fmt.Sprintf("%s met %s on day %d.", names[0], names[j], i)
			bl.Edge(ids[0], graph.Consult, ids[j], s, "met")
			bl.Edge(bl.ID(), graph.Mentions, ids[j], s, "")
		}
		if _, err := db.Ingest(ctx, bl.B); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRoot finds the root actor: NEWSGRAPH_BENCH_ROOT by name or ID, or
// the most linked of the first 2000 actors.
func benchRoot(b *testing.B, ctx context.Context, db *DB) graph.ID {
	b.Helper()
	if name := os.Getenv("NEWSGRAPH_BENCH_ROOT"); name != "" {
		if _, err := db.Node(ctx, graph.ID(name)); err == nil {
			return graph.ID(name)
		}
		ids, err := db.Lookup(ctx, name)
		if err != nil || len(ids) == 0 {
			b.Fatalf("no actor %q: %v", name, err)
		}
		return ids[0]
	}
	var best graph.ID
	most, n := -1, 0
	err := db.ScanNodes(ctx, graph.KindActor, "", func(nd graph.Node) error {
		links, err := db.Adjacent(ctx, nd.ID, graph.Both, nil)
		if err != nil {
			return err
		}
		if len(links) > most {
			best, most = nd.ID, len(links)
		}
		if n++; n >= 2000 {
			return graph.ErrStop
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return best
}

// floorResult counts what floor read.
type floorResult struct {
	nodes, edges, keys, bytes int
}

// floor reads, in one transaction, the keys graph.Neighborhood with opt
// (Depth, Direction Both, MaxNodes; no classes, period or LimitPerHop)
// reads from root: the root's node, the adjacency keys of every node of
// every hop, the nodes reached and the head and evidence keys of every
// edge among them. It copies nothing and decodes no value beyond the
// adjacency keys' edge IDs, and picks nodes as the traversal does (links
// by class, then far end, then edge).
func (db *DB) floor(root graph.ID, opt graph.TraverseOptions) (floorResult, error) {
	var res floorResult
	txn := db.bdb.NewTransaction(false)
	defer txn.Discard()
	touch := func(key []byte) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		res.keys++
		return item.Value(func(v []byte) error { res.bytes += len(v); return nil })
	}
	if err := touch(keyNode(root)); err != nil {
		return res, err
	}
	type link struct {
		class, other, edge string
	}
	var links []link
	scan := func(dir string, id graph.ID) error {
		prefix := prefixAdj(dir, id, "")
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			rest := item.Key()[len(prefix):]
			i := slices.Index(rest, '/')
			res.keys++
			err := item.Value(func(v []byte) error {
				res.bytes += len(v)
				links = append(links, link{string(rest[:i]), string(rest[i+1:]), string(v)})
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	dist := map[string]int{string(root): 0}
	kept := map[string]bool{}
	frontier := []string{string(root)}
	for hop := 0; hop <= opt.Depth && len(frontier) > 0; hop++ {
		var next []string
		for _, id := range frontier {
			links = links[:0]
			if err := scan("out", graph.ID(id)); err != nil {
				return res, err
			}
			if err := scan("in", graph.ID(id)); err != nil {
				return res, err
			}
			slices.SortFunc(links, func(a, b link) int {
				if c := strings.Compare(a.class, b.class); c != 0 {
					return c
				}
				if c := strings.Compare(a.other, b.other); c != 0 {
					return c
				}
				return strings.Compare(a.edge, b.edge)
			})
			for _, l := range links {
				if _, known := dist[l.other]; known {
					kept[l.edge] = true
					continue
				}
				if hop == opt.Depth || (opt.MaxNodes > 0 && len(dist) >= opt.MaxNodes) {
					continue
				}
				dist[l.other] = hop + 1
				next = append(next, l.other)
				kept[l.edge] = true
			}
		}
		frontier = next
	}
	for id := range dist {
		if id != string(root) {
			if err := touch(keyNode(graph.ID(id))); err != nil {
				return res, err
			}
		}
	}
	res.nodes = len(dist)
	ev := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixEvidenceAll)})
	defer ev.Close()
	for id := range kept {
		if err := touch(keyEdge(graph.ID(id))); err != nil {
			return res, err
		}
		prefix := prefixEvidence(graph.ID(id))
		for ev.Seek(prefix); ev.ValidForPrefix(prefix); ev.Next() {
			res.keys++
			if err := ev.Item().Value(func(v []byte) error { res.bytes += len(v); return nil }); err != nil {
				return res, err
			}
		}
	}
	res.edges = len(kept)
	return res, nil
}
