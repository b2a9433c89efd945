package pgstore_test

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/store"
)

// Benchmarks of the PostgreSQL store side by side with the Badger store,
// on the same generated graphs (graphtest.GenerateGraph), against the
// server internal/pgtest starts (PostgreSQL's default durability:
// fsync and synchronous commit on). See BENCHMARKS.md for the figures.

// countingWriter counts the articles stored through it.
type countingWriter struct {
	graph.Writer
	n atomic.Int64
}

func (c *countingWriter) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	res, err := c.Writer.Ingest(ctx, b)
	if err == nil && !res.Duplicate {
		c.n.Add(1)
	}
	return res, err
}

// benchStores opens an empty store of each kind: Badger as newsgraph
// serve opens it, and PostgreSQL committing each article durably
// ("postgres") and as newsgraph ingest does ("postgres-bulk",
// pgstore.Options.BulkLoad).
func benchStores(b *testing.B) map[string]graph.Store {
	b.Helper()
	bdb, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bdb.Close() })
	bulk, err := pgstore.Open(b.Context(), pgtest.URL(b), pgstore.Options{BulkLoad: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bulk.Close() })
	return map[string]graph.Store{"badger": bdb, "postgres": open(b), "postgres-bulk": bulk}
}

// BenchmarkIngest10k ingests 10,000 generated articles (1,000 actors,
// two to five a piece, up to ten edges) one at a time, as newsgraph
// ingest does, into each store.
//
//	go test -run X -bench Ingest10k -benchtime 1x ./pgstore
func BenchmarkIngest10k(b *testing.B) {
	for _, name := range []string{"badger", "postgres", "postgres-bulk"} {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				s := benchStores(b)[name]
				w := &countingWriter{Writer: s}
				b.StartTimer()
				start := time.Now()
				graphtest.GenerateGraph(b, w, 1, 1000, 10000)
				if c, ok := s.(interface{ Close() error }); ok && name == "postgres-bulk" {
					if err := c.Close(); err != nil { // waits for the disk
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(w.n.Load())/time.Since(start).Seconds(), "articles/s")
			}
		})
	}
}

// BenchmarkNeighborhood times graph.Neighborhood at depth 2 with the
// GraphQL API's default caps (150 nodes, 400 edges, heads) around the
// actor with the most links (the hub) and an actor of median degree,
// in a graph of 10,000 generated articles held by both stores.
//
//	go test -run X -bench Neighborhood -benchtime 200x ./pgstore
func BenchmarkNeighborhood(b *testing.B) {
	ctx := context.Background()
	all := benchStores(b)
	stores := map[string]graph.Store{"badger": all["badger"], "postgres": all["postgres-bulk"]}
	for _, s := range stores {
		graphtest.GenerateGraph(b, s, 1, 1000, 10000)
	}
	hub, median := pickActors(b, stores["badger"])
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true}
	for _, root := range []struct {
		name string
		id   graph.ID
	}{{"hub", hub}, {"median", median}} {
		for _, name := range []string{"badger", "postgres"} {
			b.Run(root.name+"/"+name, func(b *testing.B) {
				var nodes, edges int
				for range b.N {
					sub, err := graph.Neighborhood(ctx, stores[name], []graph.ID{root.id}, opt)
					if err != nil {
						b.Fatal(err)
					}
					nodes, edges = len(sub.Nodes), len(sub.Edges)
				}
				b.ReportMetric(float64(nodes), "nodes")
				b.ReportMetric(float64(edges), "edges")
			})
		}
	}
}

// pickActors returns the actor with the most links and one of median
// degree.
func pickActors(b *testing.B, r graph.Reader) (hub, median graph.ID) {
	type deg struct {
		id graph.ID
		n  int
	}
	var all []deg
	ctx := context.Background()
	err := r.ScanNodes(ctx, graph.KindActor, "", func(n graph.Node) error {
		links, err := r.Adjacent(ctx, n.ID, graph.Both, nil)
		all = append(all, deg{n.ID, len(links)})
		return err
	})
	if err != nil || len(all) == 0 {
		b.Fatalf("scan actors: %v (%d)", err, len(all))
	}
	slices.SortFunc(all, func(x, y deg) int { return y.n - x.n })
	b.Logf("hub %s: %d links; median %s: %d links", all[0].id, all[0].n, all[len(all)/2].id, all[len(all)/2].n)
	return all[0].id, all[len(all)/2].id
}

// BenchmarkMigrate34k copies a graph of 34,000 generated articles
// (3,000 actors) from Badger into PostgreSQL and back into a new Badger
// database with graph.Copy, as newsgraph migrate does, and checks that
// the three hold the same (fullDump: every node, edge with evidence,
// text, provenance and redirect).
//
//	go test -run X -bench Migrate34k -benchtime 1x -timeout 60m ./pgstore
func BenchmarkMigrate34k(b *testing.B) {
	ctx := context.Background()
	src, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	w := &countingWriter{Writer: src}
	graphtest.GenerateGraph(b, w, 3, 3000, 34000)
	want := fullDump(b, src)
	edges := 0
	src.ScanEdgeHeads(ctx, "", func(graph.Edge) error { edges++; return nil })
	b.Logf("source: %d articles, %d edges, dump %d bytes", w.n.Load(), edges, len(want))
	for range b.N {
		pg := open(b)
		start := time.Now()
		if _, err := graph.Copy(ctx, src, "src", pg, nil); err != nil {
			b.Fatal(err)
		}
		to := time.Since(start)
		back, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if _, err := graph.Copy(ctx, pg, "pg", back, nil); err != nil {
			b.Fatal(err)
		}
		from := time.Since(start)
		b.ReportMetric(to.Seconds(), "s-to-postgres")
		b.ReportMetric(from.Seconds(), "s-to-badger")
		b.StopTimer()
		wantExport := jsonExport(b, src)
		for name, s := range map[string]copyStore{"postgres": pg, "badger copy": back} {
			if got := fullDump(b, s); got != want {
				b.Fatalf("%s differs from the source:\n%s", name, firstDiff(want, got))
			}
			if got := jsonExport(b, s); got != wantExport {
				b.Fatalf("the json export of %s differs from the source's:\n%s", name, firstDiff(wantExport, got))
			}
		}
		b.Logf("dumps and json exports (%d bytes) identical", len(wantExport))
		back.Close()
		b.StartTimer()
	}
}

// jsonExport is r's whole-graph json export.
func jsonExport(b *testing.B, r graph.Reader) string {
	f, err := export.Lookup("json")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	if err := f.Write(context.Background(), &sb, r, export.Scope{}); err != nil {
		b.Fatal(err)
	}
	return sb.String()
}
