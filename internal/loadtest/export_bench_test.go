package loadtest_test

import (
	"context"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/store"
)

// countingWriter counts what is written to it and drops it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkExportGraphML writes the whole graph of a store as GraphML,
// reporting MB/s and the peak Go heap in use while writing. With
// NEWSGRAPH_BENCH_DB=DIR it exports that database (opened read-only,
// with the block cache of newsgraph export);
// otherwise a database of 1000 generated articles built here.
func BenchmarkExportGraphML(b *testing.B) {
	ctx := context.Background()
	// As newsgraph export opens it: a small block cache, which a
	// one-pass scan does not need.
	db := benchDB(b, store.Options{ReadOnly: true, CacheSize: 16 << 20})
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var peak uint64
	var mu sync.Mutex
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // sample the heap in use
		defer close(done)
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			mu.Lock()
			peak = max(peak, m.HeapInuse)
			mu.Unlock()
		}
	}()
	var total int64
	b.ResetTimer()
	for b.Loop() {
		w := &countingWriter{}
		if err := export.Write(ctx, w, db, "graphml", export.Scope{}); err != nil {
			b.Fatal(err)
		}
		total += w.n
	}
	b.StopTimer()
	close(stop)
	<-done
	b.ReportMetric(float64(total)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(s.TotalEdges()), "edges")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// benchDB opens the database NEWSGRAPH_BENCH_DB names with opts, or,
// without it, a database of 1000 articles of newsgraph gen's seed 1
// built here; it is closed when the benchmark ends.
func benchDB(b *testing.B, opts store.Options) *store.DB {
	b.Helper()
	dir := os.Getenv("NEWSGRAPH_BENCH_DB")
	if dir == "" {
		dir, opts = b.TempDir(), store.Options{}
	}
	db, err := store.Open(dir, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if os.Getenv("NEWSGRAPH_BENCH_DB") != "" {
		return db
	}
	g := corpus.New(corpus.Options{Seed: 1})
	arts := make([]graph.Article, 1000)
	for i := range arts {
		a := g.Article(i)
		arts[i] = graph.Article{Title: a.Title, Published: a.Date, Text: a.Body, Origin: a.FileName()}
	}
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	if _, err := p.IngestArticles(context.Background(), arts, nil); err != nil {
		b.Fatal(err)
	}
	return db
}
