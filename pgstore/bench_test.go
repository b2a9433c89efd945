package pgstore_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

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

// cpuUse is the CPU time used so far by this process (the client: the
// traversal or ingest itself, pgx, and for Badger the store, including
// its background goroutines) and by the PostgreSQL server pgtest
// started (every backend and background process).
type cpuUse struct{ client, server time.Duration }

func cpuNow() cpuUse {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	server, _ := pgtest.ServerCPU()
	return cpuUse{time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), server}
}

// report adds the CPU time used since c, per op, to b's metrics: on a
// shared machine CPU time says more than wall time, which includes the
// waits for a core.
func (c cpuUse) report(b *testing.B, ops int) {
	now := cpuNow()
	per := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(ops) }
	b.ReportMetric(per(now.client-c.client), "client-cpu-ms/op")
	b.ReportMetric(per(now.server-c.server), "server-cpu-ms/op")
}

// benchStores opens an empty store of each kind: Badger as newsgraph
// serve opens it, and PostgreSQL committing each article durably
// ("postgres") and as newsgraph ingest does ("postgres-bulk",
// pgstore.Options.BulkLoad).
func benchStores(b *testing.B) map[string]graph.Store {
	s, _ := benchStoresURL(b)
	return s
}

// benchStoresURL is benchStores, with the URL of "postgres-bulk".
func benchStoresURL(b *testing.B) (map[string]graph.Store, string) {
	b.Helper()
	bdb, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bdb.Close() })
	url := pgtest.URL(b)
	bulk, err := pgstore.Open(b.Context(), url, pgstore.Options{BulkLoad: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bulk.Close() })
	return map[string]graph.Store{"badger": bdb, "postgres": open(b), "postgres-bulk": bulk}, url
}

// settle vacuums and analyzes the graph at url after a load, as
// autovacuum does some time after one: until then the strength indexes'
// pages are not marked all-visible, an index-only scan reads the heap
// page of each link as well, and the timings would depend on whether
// autovacuum came by during the benchmark.
func settle(b *testing.B, url string) {
	b.Helper()
	conn, err := pgx.Connect(b.Context(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(b.Context(), "VACUUM (ANALYZE)"); err != nil {
		b.Fatalf("VACUUM: %v", err)
	}
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
				start, cpu := time.Now(), cpuNow()
				graphtest.GenerateGraph(b, w, 1, 1000, 10000)
				if c, ok := s.(interface{ Close() error }); ok && name == "postgres-bulk" {
					if err := c.Close(); err != nil { // waits for the disk
						b.Fatal(err)
					}
				}
				n := float64(w.n.Load())
				b.ReportMetric(n/time.Since(start).Seconds(), "articles/s")
				used := cpuNow()
				b.ReportMetric(n/(used.client-cpu.client+used.server-cpu.server).Seconds(), "articles/cpu-s")
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
	all, url := benchStoresURL(b)
	stores := map[string]graph.Store{"badger": all["badger"], "postgres": all["postgres-bulk"]}
	for _, s := range stores {
		graphtest.GenerateGraph(b, s, 1, 1000, 10000)
	}
	settle(b, url)
	hub, median := pickActors(b, stores["badger"])
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true}
	for _, root := range []struct {
		name string
		id   graph.ID
	}{{"hub", hub}, {"median", median}} {
		for _, name := range []string{"badger", "postgres"} {
			b.Run(root.name+"/"+name, func(b *testing.B) {
				neighborhoodRuns(b, stores[name], root.id, opt)
			})
		}
	}
}

// BenchmarkNeighborhoodSparse is BenchmarkNeighborhood's median case on
// a sparser graph, closer to a news archive's long tail: 10,000 actors
// for 10,000 articles, so that a median actor has a handful of links and
// its depth-2 neighbourhood stays under the caps.
//
//	go test -run X -bench NeighborhoodSparse -benchtime 100x ./pgstore
func BenchmarkNeighborhoodSparse(b *testing.B) {
	all, url := benchStoresURL(b)
	stores := map[string]graph.Store{"badger": all["badger"], "postgres": all["postgres-bulk"]}
	for _, s := range stores {
		graphtest.GenerateGraph(b, s, 2, 10000, 10000)
	}
	settle(b, url)
	_, median := pickActors(b, stores["badger"])
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true}
	for _, name := range []string{"badger", "postgres"} {
		b.Run("median/"+name, func(b *testing.B) {
			neighborhoodRuns(b, stores[name], median, opt)
		})
	}
}

// BenchmarkNeighborhoodCorpus is BenchmarkNeighborhood on a graph
// built elsewhere: the Badger database in NEWSGRAPH_BENCH_DB (opened
// read-only) and the same graph in PostgreSQL, at the URL in
// NEWSGRAPH_BENCH_PG (copied there by newsgraph migrate, then vacuumed
// and analyzed), or else copied by the benchmark into the server
// internal/pgtest starts (graph.Copy, as newsgraph migrate does, and
// settled; minutes for 34,000 articles, but the server's CPU time is
// then reported), around the actors NEWSGRAPH_BENCH_ROOTS names (names
// or IDs, comma-separated). It is skipped unless NEWSGRAPH_BENCH_DB and
// NEWSGRAPH_BENCH_ROOTS are set.
//
//	newsgraph gen --articles 34000 -o /tmp/c34k && newsgraph ingest --db /tmp/db34 /tmp/c34k
//	NEWSGRAPH_BENCH_DB=/tmp/db34 NEWSGRAPH_BENCH_ROOTS="United States,Brian Griffin" \
//	  go test -run X -bench NeighborhoodCorpus -benchtime 50x -timeout 60m ./pgstore
func BenchmarkNeighborhoodCorpus(b *testing.B) {
	dir, url, names := os.Getenv("NEWSGRAPH_BENCH_DB"), os.Getenv("NEWSGRAPH_BENCH_PG"), os.Getenv("NEWSGRAPH_BENCH_ROOTS")
	if dir == "" || names == "" {
		b.Skip("set NEWSGRAPH_BENCH_DB and NEWSGRAPH_BENCH_ROOTS (and NEWSGRAPH_BENCH_PG to a copy of the graph) to run it")
	}
	ctx := context.Background()
	bdb, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer bdb.Close()
	copied := url == ""
	if copied {
		url = pgtest.URL(b)
	}
	pg, err := pgstore.Open(ctx, url, pgstore.Options{BulkLoad: copied})
	if err != nil {
		b.Fatal(err)
	}
	defer pg.Close()
	if copied {
		start := time.Now()
		if _, err := graph.Copy(ctx, bdb, "badger", pg, nil); err != nil {
			b.Fatal(err)
		}
		settle(b, url)
		fmt.Fprintf(os.Stderr, "BenchmarkNeighborhoodCorpus: copied %s into PostgreSQL in %s\n", dir, time.Since(start).Round(time.Second))
	}
	stores := map[string]graph.Reader{"badger": bdb, "postgres": pg}
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true}
	for _, name := range strings.Split(names, ",") {
		root := graph.ID(strings.TrimSpace(name))
		if _, err := bdb.Node(ctx, root); err != nil {
			ids, err := bdb.Lookup(ctx, string(root))
			if err != nil || len(ids) == 0 {
				b.Fatalf("no actor %q: %v", root, err)
			}
			root = ids[0]
		}
		for _, kind := range []string{"badger", "postgres"} {
			b.Run(strings.ReplaceAll(strings.TrimSpace(name), " ", "_")+"/"+kind, func(b *testing.B) {
				neighborhoodRuns(b, stores[kind], root, opt)
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
// text, provenance and redirect, and the json export). Each phase prints
// its progress and time on stderr as it goes. NEWSGRAPH_BENCH_ARTICLES
// sets another number of articles (actors: one for 11 articles), for a
// quicker run.
//
//	go test -run X -bench Migrate34k -benchtime 1x -timeout 60m ./pgstore
func BenchmarkMigrate34k(b *testing.B) {
	ctx := context.Background()
	articles := 34000
	if v := os.Getenv("NEWSGRAPH_BENCH_ARTICLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 11 {
			b.Fatalf("NEWSGRAPH_BENCH_ARTICLES=%q: want a number of articles, at least 11", v)
		}
		articles = n
	}
	began := time.Now()
	phase := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "BenchmarkMigrate34k %6.1fs: %s\n", time.Since(began).Seconds(), fmt.Sprintf(format, args...))
	}
	progress := func(to string) graph.CopyProgress {
		return func(what string, n int) {
			if n > 0 && n%5000 < 500 { // Copy reports every page of 500
				phase("copy to %s: %d %s", to, n, what)
			}
		}
	}
	src, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	w := &countingWriter{Writer: src}
	phase("generating %d articles into Badger", articles)
	graphtest.GenerateGraph(b, w, 3, max(articles/11, 1), articles)
	phase("dumping the source")
	want := fullDump(b, src)
	wantExport := jsonExport(b, src)
	edges := 0
	src.ScanEdgeHeads(ctx, "", func(graph.Edge) error { edges++; return nil })
	phase("source: %d articles, %d edges, dump %d bytes, json export %d bytes", w.n.Load(), edges, len(want), len(wantExport))
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		pg := open(b) // the first starts the server
		b.StartTimer()
		start, cpu := time.Now(), cpuNow()
		if _, err := graph.Copy(ctx, src, "src", pg, progress("postgres")); err != nil {
			b.Fatal(err)
		}
		to := time.Since(start)
		phase("copied to PostgreSQL in %s", to.Round(time.Millisecond))
		back, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if _, err := graph.Copy(ctx, pg, "pg", back, progress("badger")); err != nil {
			b.Fatal(err)
		}
		from := time.Since(start)
		phase("copied back to Badger in %s", from.Round(time.Millisecond))
		b.StopTimer()
		cpu.report(b, 1)
		b.ReportMetric(to.Seconds(), "s-to-postgres")
		b.ReportMetric(from.Seconds(), "s-to-badger")
		for _, c := range []struct {
			name string
			s    copyStore
		}{{"postgres", pg}, {"badger copy", back}} {
			phase("verifying %s", c.name)
			if got := fullDump(b, c.s); got != want {
				b.Fatalf("%s differs from the source:\n%s", c.name, firstDiff(want, got))
			}
			if got := jsonExport(b, c.s); got != wantExport {
				b.Fatalf("the json export of %s differs from the source's:\n%s", c.name, firstDiff(wantExport, got))
			}
		}
		phase("dumps and json exports (%d bytes) identical", len(wantExport))
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

// neighborhoodRuns times b.N neighbourhoods of root in s, reporting CPU
// time (client and server) and the answer's size.
func neighborhoodRuns(b *testing.B, s graph.Reader, root graph.ID, opt graph.TraverseOptions) {
	ctx := context.Background()
	var nodes, edges int
	cpu := cpuNow()
	for range b.N {
		sub, err := graph.Neighborhood(ctx, s, []graph.ID{root}, opt)
		if err != nil {
			b.Fatal(err)
		}
		nodes, edges = len(sub.Nodes), len(sub.Edges)
	}
	cpu.report(b, b.N)
	b.ReportMetric(float64(nodes), "nodes")
	b.ReportMetric(float64(edges), "edges")
}

// BenchmarkNeighborhoodView is the neighbourhood comparison in
// one run: depth 2 with the GraphQL defaults (150 nodes, 400 edges),
// around the hub and a median actor of the dense 10,000-article graph
// (1,000 actors, BenchmarkNeighborhood's) and of the sparse one (10,000
// actors, BenchmarkNeighborhoodSparse's), with the edge heads read by ID
// ("heads") and with the edges taken from the links the walk read
// ("fromlinks", graph.TraverseOptions.FromLinks, the GraphQL graph
// view's path), Badger and PostgreSQL side by side. The graphs are
// loaded once; the runs are interleaved (run1: every case, then run2…),
// NEWSGRAPH_BENCH_RUNS of them (3 unless set), so that a change in the
// machine's load shows in every case alike. With NEWSGRAPH_BENCH_QUIET
// set (a duration such as 90m), the benchmark waits after loading, up to
// that long, for a quiet moment (waitQuiet) before it measures, so that
// wall times can be taken on a shared machine.
//
//	go test -run X -bench NeighborhoodView -benchtime 50x -timeout 60m ./pgstore
func BenchmarkNeighborhoodView(b *testing.B) {
	runs := 3
	if v := os.Getenv("NEWSGRAPH_BENCH_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("NEWSGRAPH_BENCH_RUNS=%q: want a number of runs, at least 1", v)
		}
		runs = n
	}
	type root struct {
		name string
		id   graph.ID
	}
	type loaded struct {
		name   string
		stores map[string]graph.Store
		roots  []root
	}
	var graphs []loaded
	for _, g := range []struct {
		name           string
		seed           uint64
		actors, events int
	}{{"dense", 1, 1000, 10000}, {"sparse", 2, 10000, 10000}} {
		all, url := benchStoresURL(b)
		stores := map[string]graph.Store{"badger": all["badger"], "postgres": all["postgres-bulk"]}
		start := time.Now()
		for _, s := range stores {
			graphtest.GenerateGraph(b, s, g.seed, g.actors, g.events)
		}
		settle(b, url)
		fmt.Fprintf(os.Stderr, "BenchmarkNeighborhoodView: %s graph loaded into both stores in %s\n", g.name, time.Since(start).Round(time.Second))
		hub, median := pickActors(b, stores["badger"])
		graphs = append(graphs, loaded{g.name, stores, []root{{"hub", hub}, {"median", median}}})
	}
	if v := os.Getenv("NEWSGRAPH_BENCH_QUIET"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_QUIET=%q: want a duration such as 90m", v)
		}
		waitQuiet(b, d)
	}
	defer fmt.Fprintf(os.Stderr, "BenchmarkNeighborhoodView: measured; load average %s", loadAverage())
	for run := 1; run <= runs; run++ {
		for _, g := range graphs {
			for _, r := range g.roots {
				for _, fromLinks := range []bool{false, true} {
					mode := "heads"
					if fromLinks {
						mode = "fromlinks"
					}
					opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, Heads: true, FromLinks: fromLinks}
					for _, kind := range []string{"badger", "postgres"} {
						b.Run(fmt.Sprintf("%s/%s/%s/%s/run%d", g.name, r.name, mode, kind, run), func(b *testing.B) {
							neighborhoodRuns(b, g.stores[kind], r.id, opt)
						})
					}
				}
			}
		}
	}
}

// waitQuiet waits, up to limit, until the machine's CPUs have been at
// least 80 % idle for ten seconds (from /proc/stat), and reports on
// stderr what it found: a quiet moment or the end of the wait.
func waitQuiet(b *testing.B, limit time.Duration) {
	start := time.Now()
	for time.Since(start) < limit {
		idle, err := idleShare(10 * time.Second)
		if err != nil {
			b.Fatalf("waiting for a quiet moment: %v", err)
		}
		if idle >= 0.8 {
			fmt.Fprintf(os.Stderr, "BenchmarkNeighborhoodView: quiet after %s (%.0f %% idle for 10 s); load average %s",
				time.Since(start).Round(time.Second), idle*100, loadAverage())
			return
		}
	}
	fmt.Fprintf(os.Stderr, "BenchmarkNeighborhoodView: no quiet moment in %s; measuring anyway; load average %s", limit, loadAverage())
}

// idleShare is the share of the machine's CPU time spent idle (or
// waiting for the disk) over the next d, from /proc/stat's cpu line.
func idleShare(d time.Duration) (float64, error) {
	read := func() (idle, total float64, err error) {
		data, err := os.ReadFile("/proc/stat")
		if err != nil {
			return 0, 0, err
		}
		line, _, _ := strings.Cut(string(data), "\n")
		fields := strings.Fields(line)
		if len(fields) < 6 || fields[0] != "cpu" {
			return 0, 0, fmt.Errorf("/proc/stat: unexpected first line %q", line)
		}
		for i, f := range fields[1:] {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return 0, 0, fmt.Errorf("/proc/stat: %q: %w", f, err)
			}
			total += v
			if i == 3 || i == 4 { // idle, iowait
				idle += v
			}
		}
		return idle, total, nil
	}
	i0, t0, err := read()
	if err != nil {
		return 0, err
	}
	time.Sleep(d)
	i1, t1, err := read()
	if err != nil || t1 == t0 {
		return 0, err
	}
	return (i1 - i0) / (t1 - t0), nil
}

// loadAverage is /proc/loadavg's line, or why it could not be read.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return err.Error() + "\n"
	}
	return string(data)
}
