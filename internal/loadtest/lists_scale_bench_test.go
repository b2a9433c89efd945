package loadtest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// BenchmarkListsAtScale is issue 14's targets for lists on a large graph:
// relations(orderBy: SUPPORT, first: 20) and statements(orderBy: DATE,
// first: 20) within 10 ms on a 100,000-article graph, with memory per
// request independent of the graph's size, and each at most 20× a single
// node(id) lookup. Every database named by NEWSGRAPH_BENCH_LISTS_DB (a
// comma-separated list) is served by a real HTTP server, response cache
// off, one request at a time; the cases run interleaved (each database's
// node, relations and statements, then again), NEWSGRAPH_BENCH_RUNS
// times (3 unless set), and each reports its CPU (client and server, one
// process), its median and 99th percentile wall time, what it allocated,
// the size of its answer, and, for the lists, "x-node": its CPU against
// the node lookup's of the same database and run.
//
// An entry is DIR or DIR:N. A DIR that does not exist is built first from
// N (default 100,000) planted articles (plantedBatch, with the store
// options of newsgraph ingest, flattened at the end as it does; about
// 10 minutes of CPU for 100,000) and kept, so that later runs reuse it;
// BenchmarkIngestGrowth with NEWSGRAPH_GROWTH_DB builds the same
// database. Without NEWSGRAPH_BENCH_LISTS_DB the benchmark is skipped.
//
//	NEWSGRAPH_BENCH_LISTS_DB=/tmp/lists-10k:10000,/tmp/lists-100k go test -run X -bench ListsAtScale -benchtime 100x -timeout 2h ./internal/loadtest
func BenchmarkListsAtScale(b *testing.B) {
	spec := os.Getenv("NEWSGRAPH_BENCH_LISTS_DB")
	if spec == "" {
		b.Skip("NEWSGRAPH_BENCH_LISTS_DB is not set: name the databases to measure, e.g. /tmp/lists-100k (built there from 100,000 planted articles when missing) or DIR:N for N articles")
	}
	runs := envInt(b, "NEWSGRAPH_BENCH_RUNS", 3)
	type served struct {
		name string
		url  string
		node []byte // the node(id) query of one of its actors
	}
	var dbs []served
	for _, entry := range strings.Split(spec, ",") {
		dir, n, err := listsDBEntry(entry)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			plantDB(b, dir, n)
		}
		db, err := store.Open(dir, store.Options{ReadOnly: true})
		if err != nil {
			b.Fatalf("open %s: %v", dir, err)
		}
		b.Cleanup(func() { db.Close() })
		var actor graph.ID
		if err := db.ScanNodes(b.Context(), graph.KindActor, "", func(n graph.Node) error { actor = n.ID; return graph.ErrStop }); err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer(resolvers.NewHandler(db, resolvers.Options{ResponseCacheBytes: -1}))
		b.Cleanup(srv.Close)
		dbs = append(dbs, served{filepath.Base(dir), srv.URL + "/graphql", listsQuery(b, `{ node(id: "`+string(actor)+`") { id ... on Actor { name } } }`)})
	}
	lists := []struct {
		name string
		body []byte
	}{
		{"relations-by-support", listsQuery(b, `{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`)},
		{"statements-by-date", listsQuery(b, `{ statements(orderBy: {field: DATE, direction: DESC}, first: 20) { totalCount edges { node { id text date } } } }`)},
	}
	client := &http.Client{}
	defer client.CloseIdleConnections()
	fmt.Fprintf(os.Stderr, "BenchmarkListsAtScale: measuring; load average %s", loadAverage())
	for run := 1; run <= runs; run++ {
		for _, d := range dbs {
			var nodeCPU float64
			measure := func(name string, body []byte) (cpuPerOp float64) {
				b.Run(fmt.Sprintf("run%d/%s/%s", run, d.name, name), func(b *testing.B) {
					b.ReportAllocs()
					var buf bytes.Buffer
					post := func() {
						if err := postQuery(client, d.url, body, &buf); err != nil {
							b.Fatal(err)
						}
					}
					post()
					c0 := cpuTime(b)
					timed(b, post)
					cpuPerOp = float64(cpuTime(b)-c0) / float64(time.Millisecond) / float64(b.N)
					b.ReportMetric(float64(buf.Len()), "bytes/response")
					if nodeCPU > 0 {
						b.ReportMetric(cpuPerOp/nodeCPU, "x-node")
					}
				})
				return cpuPerOp
			}
			nodeCPU = measure("node", d.node)
			for _, l := range lists {
				measure(l.name, l.body)
			}
		}
	}
}

// listsDBEntry splits an entry of NEWSGRAPH_BENCH_LISTS_DB, DIR or DIR:N,
// into the directory and the articles to plant when it must be built.
func listsDBEntry(entry string) (dir string, n int, err error) {
	dir, count, found := strings.Cut(strings.TrimSpace(entry), ":")
	if dir == "" {
		return "", 0, fmt.Errorf("NEWSGRAPH_BENCH_LISTS_DB: empty entry in %q", os.Getenv("NEWSGRAPH_BENCH_LISTS_DB"))
	}
	if !found {
		return dir, 100000, nil
	}
	if n, err = strconv.Atoi(count); err != nil || n <= 0 {
		return "", 0, fmt.Errorf("NEWSGRAPH_BENCH_LISTS_DB: %q: %q is not a number of articles", entry, count)
	}
	return dir, n, nil
}

// listsQuery is the body of a POST of query q.
func listsQuery(b *testing.B, q string) []byte {
	body, err := json.Marshal(map[string]any{"query": q})
	if err != nil {
		b.Fatal(err)
	}
	return body
}

// plantDB builds a database in dir (which must not exist) from n planted
// articles of seed 1 with newsgraph ingest's store options, flattened at
// the end, logging its progress every tenth. A build that fails removes
// the half-built directory, so that the next run does not take it for a
// finished one.
func plantDB(b *testing.B, dir string, n int) {
	ctx := context.Background()
	fmt.Fprintf(os.Stderr, "BenchmarkListsAtScale: building %s from %d planted articles\n", dir, n)
	g := corpus.New(corpus.Options{Seed: 1})
	types := map[string]graph.ActorType{}
	for _, a := range g.Actors() {
		types[a.Name] = a.Type
	}
	tmp := dir + ".building"
	if err := os.RemoveAll(tmp); err != nil {
		b.Fatal(err)
	}
	db, err := store.Open(tmp, plantedStoreOptions(32<<20))
	if err != nil {
		b.Fatal(err)
	}
	fail := func(err error) {
		db.Close()
		os.RemoveAll(tmp)
		b.Fatalf("build %s: %v", dir, err)
	}
	start := time.Now()
	for i := range n {
		if _, err := db.Ingest(ctx, plantedBatch(b, g.Article(i), types)); err != nil {
			fail(fmt.Errorf("article %d: %w", i, err))
		}
		if (i+1)%max(n/10, 1) == 0 {
			fmt.Fprintf(os.Stderr, "BenchmarkListsAtScale: %s: %d of %d articles, %s\n", dir, i+1, n, time.Since(start).Round(time.Second))
		}
	}
	if _, err := db.CompactBulkLoad(ctx); err != nil {
		fail(err)
	}
	if err := db.Close(); err != nil {
		os.RemoveAll(tmp)
		b.Fatalf("build %s: close: %v", dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
}
