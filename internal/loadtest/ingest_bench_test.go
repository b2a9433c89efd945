package loadtest_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/store"
)

// envInt reads a size from the environment for the big benchmarks.
func envInt(tb testing.TB, name string, def int) int {
	tb.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		tb.Fatalf("%s=%q is not a positive number", name, s)
	}
	return n
}

// BenchmarkIngestPipeline extracts and stores generated articles through
// ingest.Pipeline into a store on disk, as "newsgraph ingest" does but
// without reading files, and with the store options it uses (write-behind,
// 2 memtables, a 64 MiB block cache). Each iteration ingests
// NEWSGRAPH_ARTICLES articles (default 2000) into a fresh database.
func BenchmarkIngestPipeline(b *testing.B) {
	n := envInt(b, "NEWSGRAPH_ARTICLES", 2000)
	g := corpus.New(corpus.Options{Seed: 1})
	arts := make([]graph.Article, n)
	size := 0
	for i := range arts {
		a := g.Article(i)
		arts[i] = graph.Article{Title: a.Title, Published: a.Date, Text: a.Body, Origin: a.FileName()}
		size += len(a.Body)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := store.Open(b.TempDir(), store.Options{WriteBehind: true, MemTables: 2, CacheSize: 64 << 20, BulkLoad: true})
		if err != nil {
			b.Fatal(err)
		}
		p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
		b.StartTimer()
		rep, err := p.IngestArticles(ctx, arts, nil)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Ingested != n {
			b.Fatalf("%d of %d articles ingested: %s", rep.Ingested, n, rep.Summary())
		}
		b.StopTimer()
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
