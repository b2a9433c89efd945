package loadtest_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// BenchmarkHubSideBySide is issue 14's hub neighbourhood in one run:
// the depth-2 neighbourhood of NEWSGRAPH_BENCH_ROOT (default "Brian
// Griffin") with the server's default caps (loadtest.NeighborhoodQuery),
// asked by one client, one request at a time, over HTTP of a real
// server:
//
//   - badger/cached: the answer served again from the response cache,
//     as newsgraph serve does while the graph does not change;
//   - badger/fresh: response cache off, every request walks the graph;
//   - postgres/fresh: the same graph copied into PostgreSQL 15 (pgstore,
//     whose strength indexes cover the links), response cache off;
//
// and graph.Neighborhood in process on each store, with the edges taken
// from the links as the GraphQL graph view does (store/badger,
// store/postgres). The cases are interleaved (every case, then every
// case again), NEWSGRAPH_BENCH_RUNS times (3 unless set), so that a
// change in the machine's load falls on all alike. Each reports the
// median and 99th percentile wall time and the CPU per request of this
// process (client and newsgraph's server) and of the PostgreSQL server.
//
// The Badger database is NEWSGRAPH_BENCH_DB (opened read-only; without
// it 1000 articles ingested here). The PostgreSQL copy is made by the
// benchmark into the server internal/pgtest starts (graph.Copy, as
// newsgraph migrate does, then VACUUM (ANALYZE); minutes for 34,000
// articles), or is the one at the URL in NEWSGRAPH_BENCH_PG (whose
// server's CPU is reported when NEWSGRAPH_BENCH_PG_PID gives its
// postmaster's pid). Skipped without PostgreSQL.
//
//	NEWSGRAPH_BENCH_DB=/tmp/db34 go test -run X -bench HubSideBySide -benchtime 100x -timeout 60m ./internal/loadtest
func BenchmarkHubSideBySide(b *testing.B) {
	ctx := context.Background()
	runs := envInt(b, "NEWSGRAPH_BENCH_RUNS", 3)
	name := cmp.Or(os.Getenv("NEWSGRAPH_BENCH_ROOT"), "Brian Griffin")
	bdb := benchDB(b, store.Options{ReadOnly: true})
	url := os.Getenv("NEWSGRAPH_BENCH_PG")
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
		start, cpu := time.Now(), serverCPU(b)
		if _, err := graph.Copy(ctx, bdb, "badger", pg, nil); err != nil {
			b.Fatal(err)
		}
		vacuum(b, url)
		fmt.Fprintf(os.Stderr, "BenchmarkHubSideBySide: copied the graph into PostgreSQL in %s (%s of CPU)\n",
			time.Since(start).Round(time.Second), (serverCPU(b).total() - cpu.total()).Round(time.Second))
	}
	ids, err := bdb.Lookup(ctx, name)
	if err != nil || len(ids) == 0 {
		b.Fatalf("no actor %q: %v", name, err)
	}
	root := ids[0]

	type server struct {
		name string
		url  string
	}
	var servers []server
	for _, s := range []struct {
		name  string
		r     graph.Reader
		cache int64
	}{{"badger/cached", bdb, 0}, {"badger/fresh", bdb, -1}, {"postgres/fresh", pg, -1}} {
		srv := httptest.NewServer(resolvers.NewHandler(s.r, resolvers.Options{ResponseCacheBytes: s.cache}))
		defer srv.Close()
		servers = append(servers, server{s.name, srv.URL + "/graphql"})
	}
	body, err := json.Marshal(map[string]any{"query": loadtest.NeighborhoodQuery, "variables": map[string]any{"id": root}})
	if err != nil {
		b.Fatal(err)
	}
	client := &http.Client{}
	defer client.CloseIdleConnections()
	answers := map[string][]byte{}
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, FromLinks: true}
	stores := []struct {
		name string
		r    graph.Reader
	}{{"store/badger", bdb}, {"store/postgres", pg}}
	defer func() { fmt.Fprintf(os.Stderr, "BenchmarkHubSideBySide: measured; load average %s", loadAverage()) }()
	fmt.Fprintf(os.Stderr, "BenchmarkHubSideBySide: measuring; load average %s", loadAverage())
	for run := 1; run <= runs; run++ {
		for _, s := range servers {
			b.Run(fmt.Sprintf("run%d/%s", run, s.name), func(b *testing.B) {
				var buf bytes.Buffer
				post := func() {
					if err := postQuery(client, s.url, body, &buf); err != nil {
						b.Fatal(err)
					}
				}
				post() // the cached server's answer is cached from here
				answers[s.name] = bytes.Clone(buf.Bytes())
				timed(b, func() { post() })
				b.ReportMetric(float64(buf.Len()), "bytes/response")
			})
		}
		for _, s := range stores {
			b.Run(fmt.Sprintf("run%d/%s", run, s.name), func(b *testing.B) {
				var sub *graph.Subgraph
				timed(b, func() {
					var err error
					if sub, err = graph.Neighborhood(ctx, s.r, []graph.ID{root}, opt); err != nil {
						b.Fatal(err)
					}
				})
				b.ReportMetric(float64(len(sub.Nodes)), "nodes")
				b.ReportMetric(float64(len(sub.Edges)), "edges")
			})
		}
	}
	a, c, p := answers["badger/fresh"], answers["badger/cached"], answers["postgres/fresh"]
	if a != nil && c != nil && !bytes.Equal(a, c) {
		b.Errorf("the cached answer (%d bytes) is not the fresh one (%d bytes)", len(c), len(a))
	}
	if a != nil && p != nil && !bytes.Equal(a, p) {
		b.Logf("PostgreSQL's answer (%d bytes) differs from Badger's (%d bytes)", len(p), len(a))
	}
}

// timed runs f b.N times and reports the median and 99th percentile of
// its wall time and the CPU time per call of this process and of the
// PostgreSQL server.
func timed(b *testing.B, f func()) {
	lat := make([]time.Duration, 0, b.N)
	cpu := serverCPU(b)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		f()
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	now := serverCPU(b)
	per := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
	b.ReportMetric(per(now.client-cpu.client), "client-cpu-ms/op")
	b.ReportMetric(per(now.server-cpu.server), "pg-cpu-ms/op")
	slices.Sort(lat)
	q := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
}

// cpuPair is the CPU time used so far by this process and by the
// PostgreSQL server (pgtest's, or NEWSGRAPH_BENCH_PG_PID's; 0 when
// neither).
type cpuPair struct{ client, server time.Duration }

func (c cpuPair) total() time.Duration { return c.client + c.server }

func serverCPU(b *testing.B) cpuPair {
	s, _ := pgtest.ServerCPU()
	if pid := envInt(b, "NEWSGRAPH_BENCH_PG_PID", 0); pid > 0 {
		s, _ = pgtest.TreeCPU(pid)
	}
	return cpuPair{cpuTime(b), s}
}

// postQuery posts body to url and reads the answer into buf, an error
// unless it is 200 with data.
func postQuery(client *http.Client, url string, body []byte, buf *bytes.Buffer) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(buf.Bytes(), []byte(`{"data"`)) {
		return fmt.Errorf("HTTP %s: %.300s", resp.Status, buf.Bytes())
	}
	return nil
}

// vacuum vacuums and analyzes the graph at url after the copy, as
// autovacuum would some time after: until then an index-only scan of
// the strength indexes reads each link's heap page as well.
func vacuum(b *testing.B, url string) {
	conn, err := pgx.Connect(b.Context(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(b.Context(), "VACUUM (ANALYZE)"); err != nil {
		b.Fatalf("VACUUM: %v", err)
	}
}

// loadAverage is /proc/loadavg's line, or why it could not be read.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return err.Error() + "\n"
	}
	return string(data)
}

// BenchmarkHubFreshCached is issue 14's two ratios in one run, without
// PostgreSQL: the hub's depth-2 neighbourhood with the server's default
// caps (loadtest.NeighborhoodQuery, root NEWSGRAPH_BENCH_ROOT, default
// "Brian Griffin") afresh (badger/fresh, response cache off) against
// the same answer from the response cache (badger/cached), and the
// first 20 relations by support and statements by date against a
// single node(id) lookup (response cache off), each over HTTP of a real
// server, one request at a time. graph.Neighborhood in process
// (store/badger) shows what of the fresh answer the traversal costs.
// The cases are interleaved, NEWSGRAPH_BENCH_RUNS times (3 unless set);
// each reports its CPU per request (client and server, one process) and
// its median and 99th percentile wall time. With NEWSGRAPH_BENCH_WARM=1
// it also serves the neighbourhood afresh from warmNodes (warm/fresh,
// store/warm: every node's record and links held in memory once read),
// the most a per-node cache that survives writes could give, and checks
// that its answer is the store's byte for byte.
//
//	NEWSGRAPH_BENCH_DB=/tmp/db34 go test -run X -bench HubFreshCached -benchtime 100x ./internal/loadtest
func BenchmarkHubFreshCached(b *testing.B) {
	ctx := context.Background()
	runs := envInt(b, "NEWSGRAPH_BENCH_RUNS", 3)
	name := cmp.Or(os.Getenv("NEWSGRAPH_BENCH_ROOT"), "Brian Griffin")
	db := benchDB(b, store.Options{ReadOnly: true})
	ids, err := db.Lookup(ctx, name)
	if err != nil || len(ids) == 0 {
		b.Fatalf("no actor %q: %v", name, err)
	}
	root := ids[0]
	hood, err := json.Marshal(map[string]any{"query": loadtest.NeighborhoodQuery, "variables": map[string]any{"id": root}})
	if err != nil {
		b.Fatal(err)
	}
	query := func(q string) []byte {
		body, err := json.Marshal(map[string]any{"query": q})
		if err != nil {
			b.Fatal(err)
		}
		return body
	}
	cached := httptest.NewServer(resolvers.NewHandler(db, resolvers.Options{ResponseCacheBytes: 0}))
	defer cached.Close()
	fresh := httptest.NewServer(resolvers.NewHandler(db, resolvers.Options{ResponseCacheBytes: -1}))
	defer fresh.Close()
	cases := []struct {
		name string
		url  string
		body []byte
	}{
		{"badger/cached", cached.URL + "/graphql", hood},
		{"badger/fresh", fresh.URL + "/graphql", hood},
		{"node", fresh.URL + "/graphql", query(`{ node(id: "` + string(root) + `") { id ... on Actor { name } } }`)},
		{"relations-by-support", fresh.URL + "/graphql", query(`{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`)},
		{"statements-by-date", fresh.URL + "/graphql", query(`{ statements(orderBy: {field: DATE, direction: DESC}, first: 20) { totalCount edges { node { id text date } } } }`)},
	}
	var warm *warmNodes
	if os.Getenv("NEWSGRAPH_BENCH_WARM") != "" {
		warm = newWarmNodes(db)
		warmSrv := httptest.NewServer(resolvers.NewHandler(warm, resolvers.Options{ResponseCacheBytes: -1}))
		defer warmSrv.Close()
		cases = append(cases, struct {
			name string
			url  string
			body []byte
		}{"warm/fresh", warmSrv.URL + "/graphql", hood})
	}
	client := &http.Client{}
	defer client.CloseIdleConnections()
	answers := map[string][]byte{}
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, FromLinks: true}
	if warm != nil {
		// Fill the memory outside the server's time limit: the first
		// reading of a hub's every link takes seconds on a large graph.
		if _, err := graph.Neighborhood(ctx, warm, []graph.ID{root}, opt); err != nil {
			b.Fatal(err)
		}
	}
	defer func() { fmt.Fprintf(os.Stderr, "BenchmarkHubFreshCached: measured; load average %s", loadAverage()) }()
	fmt.Fprintf(os.Stderr, "BenchmarkHubFreshCached: measuring; load average %s", loadAverage())
	for run := 1; run <= runs; run++ {
		for _, c := range cases {
			b.Run(fmt.Sprintf("run%d/%s", run, c.name), func(b *testing.B) {
				var buf bytes.Buffer
				post := func() {
					if err := postQuery(client, c.url, c.body, &buf); err != nil {
						b.Fatal(err)
					}
				}
				post() // the cached server's answer is cached from here
				answers[c.name] = bytes.Clone(buf.Bytes())
				timed(b, post)
				b.ReportMetric(float64(buf.Len()), "bytes/response")
			})
		}
		readers := []struct {
			name string
			r    graph.Reader
		}{{"badger", db}}
		if warm != nil {
			readers = append(readers, struct {
				name string
				r    graph.Reader
			}{"warm", warm})
		}
		for _, rd := range readers {
			b.Run(fmt.Sprintf("run%d/store/%s", run, rd.name), func(b *testing.B) {
				var sub *graph.Subgraph
				timed(b, func() {
					var err error
					if sub, err = graph.Neighborhood(ctx, rd.r, []graph.ID{root}, opt); err != nil {
						b.Fatal(err)
					}
				})
				b.ReportMetric(float64(len(sub.Nodes)), "nodes")
				b.ReportMetric(float64(len(sub.Edges)), "edges")
			})
		}
	}
	for _, other := range []string{"badger/cached", "warm/fresh"} {
		if a, c := answers["badger/fresh"], answers[other]; a != nil && c != nil && !bytes.Equal(a, c) {
			b.Errorf("the %s answer (%d bytes) is not the fresh one (%d bytes)", other, len(c), len(a))
		}
	}
}
