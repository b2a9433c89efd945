package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// BenchmarkNeighborhoodFloor compares graph.Neighborhood with the options
// of the GraphQL neighborhood query's defaults (depth 2, both directions,
// at most 150 nodes and 400 edges, edges as heads) on the store with a
// replay of exactly the reads that traversal makes, in one Badger
// transaction, without decoding a value: the physical floor of this
// store for the query. The replay reads the same keys (adjacency
// prefixes, the links AdjacentAmong walks and seeks to, node and head
// keys), recorded from one traversal.
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
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true}

	rec := &readRecorder{DB: db}
	sub, err := graph.Neighborhood(ctx, rec, []graph.ID{root}, opt)
	if err != nil {
		b.Fatal(err)
	}
	fl, err := db.replay(rec.reads)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("root %s: %d nodes, %d edges (truncated %v); the replay reads %d keys, %d bytes, in %d reads",
		root, len(sub.Nodes), len(sub.Edges), sub.Truncated, fl.keys, fl.bytes, len(rec.reads))

	b.Run("graph.Neighborhood", func(b *testing.B) {
		b.ReportAllocs()
		cpu := processCPU()
		for b.Loop() {
			if _, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt); err != nil {
				b.Fatal(err)
			}
		}
		// CPU time says more than wall time on a shared machine.
		b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	})
	b.Run("replay-floor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := db.replay(rec.reads); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// processCPU is the CPU time this process has used, in nanoseconds
// (the traversal, and the store's background goroutines: the database
// is opened read-only, so they do little).
func processCPU() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// storeRead is one read a traversal made: an adjacency scan (among nil
// for all links), or point reads of nodes or edge heads.
type storeRead struct {
	adjacent []graph.ID
	classes  []graph.EdgeClass
	among    []graph.ID
	nodes    []graph.ID
	heads    []graph.ID
}

// readRecorder is the store, recording the reads a traversal makes.
type readRecorder struct {
	*DB
	reads []storeRead
}

func (r *readRecorder) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	r.reads = append(r.reads, storeRead{adjacent: []graph.ID{id}, classes: classes})
	return r.DB.Adjacent(ctx, id, dir, classes)
}

func (r *readRecorder) AdjacentAmong(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	r.reads = append(r.reads, storeRead{adjacent: ids, classes: classes, among: among})
	return r.DB.AdjacentAmong(ctx, ids, dir, classes, among)
}

func (r *readRecorder) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	r.reads = append(r.reads, storeRead{nodes: ids})
	return r.DB.Nodes(ctx, ids)
}

func (r *readRecorder) EdgeHeads(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	r.reads = append(r.reads, storeRead{heads: ids})
	return r.DB.EdgeHeads(ctx, ids)
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

// floorResult counts what replay read.
type floorResult struct {
	keys, bytes int
}

// replay makes the reads of a traversal (see BenchmarkNeighborhoodFloor)
// in one transaction, touching every key and value and decoding none:
// whole adjacency prefixes for Adjacent, and for AdjacentAmong the same
// walk, with the same seeks, that it makes. The benchmark asks for every
// class, so classes are not replayed.
func (db *DB) replay(reads []storeRead) (floorResult, error) {
	var res floorResult
	txn := db.bdb.NewTransaction(false)
	defer txn.Discard()
	its := map[string]*badger.Iterator{}
	for _, dir := range []string{"out", "in"} {
		its[dir] = txn.NewIterator(badger.IteratorOptions{Prefix: []byte(dir + "/")})
		defer its[dir].Close()
	}
	touch := func(item *badger.Item) error {
		res.keys++
		return item.Value(func(v []byte) error { res.bytes += len(v); return nil })
	}
	get := func(key []byte) error {
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return touch(item)
	}
	for _, r := range reads {
		for _, id := range r.nodes {
			if err := get(keyNode(id)); err != nil {
				return res, err
			}
		}
		for _, id := range r.heads {
			if err := get(keyEdge(id)); err != nil {
				return res, err
			}
		}
		for _, dir := range []string{"out", "in"} {
			it := its[dir]
			for _, id := range r.adjacent {
				base := prefixAdj(dir, id, "")
				var cur []byte
				j, steps := 0, 0
				for it.Seek(base); it.ValidForPrefix(base); {
					item := it.Item()
					if r.among == nil {
						if err := touch(item); err != nil {
							return res, err
						}
						it.Next()
						continue
					}
					rest := item.Key()[len(base):]
					slash := bytes.IndexByte(rest, '/')
					class, other := rest[:slash], rest[slash+1:]
					if !bytes.Equal(class, cur) {
						cur, j, steps = bytes.Clone(class), 0, 0
					}
					found := false
					if j < len(r.among) {
						switch c := strings.Compare(string(other), string(r.among[j])); {
						case c == 0:
							found = true
						case c > 0:
							var k int
							k, found = slices.BinarySearchFunc(r.among[j:], other, func(m graph.ID, o []byte) int { return strings.Compare(string(m), string(o)) })
							j += k
						}
					}
					switch {
					case found:
						if err := touch(item); err != nil {
							return res, err
						}
						it.Next()
						steps = 0
					case j == len(r.among):
						it.Seek(append(append(slices.Clip(base), class...), '0'))
					case steps < leapSteps:
						it.Next()
						steps++
					default:
						it.Seek(append(append(append(slices.Clip(base), class...), '/'), r.among[j]...))
						steps = 0
					}
				}
			}
		}
	}
	return res, nil
}
