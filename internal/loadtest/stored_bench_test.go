package loadtest_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/store"
)

// extractedBatches returns the batches the extractor makes of the first
// n generated articles. With NEWSGRAPH_BATCHES=FILE they are read from
// FILE (JSON, one batch a line) when it holds at least n, else extracted
// and written there, so that a run of the store alone need not extract
// again.
func extractedBatches(tb testing.TB, n int) []*graph.Batch {
	file := os.Getenv("NEWSGRAPH_BATCHES")
	if file != "" {
		bs, err := readBatches(file, n)
		if err == nil {
			return bs
		}
		if !errors.Is(err, fs.ErrNotExist) {
			tb.Logf("extracting again: %v", err)
		}
	}
	g := corpus.New(corpus.Options{Seed: 1})
	x := extract.New(extract.Options{})
	bs := make([]*graph.Batch, n)
	for i := range bs {
		a := g.Article(i)
		b, err := x.Extract(graph.Article{Title: a.Title, Published: a.Date, Text: a.Body, Origin: a.FileName()})
		if err != nil {
			tb.Fatalf("extract article %d: %v", i, err)
		}
		bs[i] = b
	}
	if file != "" {
		if err := writeBatches(file, bs); err != nil {
			tb.Fatal(err)
		}
	}
	return bs
}

func readBatches(file string, n int) ([]*graph.Batch, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	var bs []*graph.Batch
	for len(bs) < n && dec.More() {
		var b graph.Batch
		if err := dec.Decode(&b); err != nil {
			return nil, fmt.Errorf("read batches from %s: %w", file, err)
		}
		bs = append(bs, &b)
	}
	if len(bs) < n {
		return nil, fmt.Errorf("%s holds %d batches, not %d", file, len(bs), n)
	}
	return bs, nil
}

func writeBatches(file string, bs []*graph.Batch) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, b := range bs {
		if err := enc.Encode(b); err != nil {
			f.Close()
			return fmt.Errorf("write batches to %s: %w", file, err)
		}
	}
	return f.Close()
}

// BenchmarkIngestExtracted stores NEWSGRAPH_ARTICLES (default 1000)
// generated articles as the extractor made them (extractedBatches,
// extracted before the clock starts) into a fresh database with the
// options "newsgraph ingest" uses: the store's share of an ingest of
// extracted articles, which write more keys than planted ones
// (BenchmarkIngestGrowth). It reports the process's CPU an article
// (getrusage, Badger's goroutines included, up to the last commit) and
// the entries Badger was handed an article (its put_num_user counter:
// the transactions' keys and one end-of-transaction mark each) and their
// bytes (write_bytes_user: keys, values and Badger's headers).
// NEWSGRAPH_MEMTABLE_MB sets Badger's memtable size (default 32, newsgraph
// ingest's). With NEWSGRAPH_KEY_FAMILIES=1 it also logs the keys an
// article wrote by family (store.DB.KeyFamilies; -test.v shows them).
// Compare builds with -cpu 1 -count N, side by side.
func BenchmarkIngestExtracted(b *testing.B) {
	n := envInt(b, "NEWSGRAPH_ARTICLES", 1000)
	memTable := int64(envInt(b, "NEWSGRAPH_MEMTABLE_MB", 32)) << 20
	families := os.Getenv("NEWSGRAPH_KEY_FAMILIES") == "1"
	bs := extractedBatches(b, n)
	ctx := context.Background()
	var cpu time.Duration
	var puts, written int64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := store.Open(b.TempDir(), store.Options{WriteBehind: true, MemTables: 2, CacheSize: 64 << 20, BulkLoad: true, MemTableSize: memTable, CountKeyFamilies: families})
		if err != nil {
			b.Fatal(err)
		}
		c0, p0, w0 := cpuTime(b), badgerCount("put_num_user"), badgerCount("write_bytes_user")
		b.StartTimer()
		for i, batch := range bs {
			if _, err := db.Ingest(ctx, batch); err != nil {
				b.Fatalf("article %d: %v", i, err)
			}
		}
		if err := db.Settle(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime(b) - c0
		puts += badgerCount("put_num_user") - p0
		written += badgerCount("write_bytes_user") - w0
		for _, f := range db.KeyFamilies() {
			b.Logf("keys an article: %-14s %7.2f set, %6.2f deleted", f.Name, float64(f.Sets)/float64(n), float64(f.Deletes)/float64(n))
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	k := float64(n * b.N)
	b.ReportMetric(k/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/k, "cpu-ms/article")
	b.ReportMetric(float64(puts)/k, "badger-entries/article")
	b.ReportMetric(float64(written)/k/1000, "badger-KB/article")
}

// TestBatchesRoundTrip checks that extracted batches written by
// writeBatches read back equal, so that BenchmarkIngestExtracted stores
// what the extractor made whether it extracted or read them.
func TestBatchesRoundTrip(t *testing.T) {
	file := filepath.Join(t.TempDir(), "batches.json")
	t.Setenv("NEWSGRAPH_BATCHES", file)
	want := extractedBatches(t, 3)
	got, err := readBatches(file, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("batches read back differ from those written")
	}
	if len(want[0].Edges) == 0 {
		t.Errorf("the first article's batch has no edges")
	}
	if _, err := readBatches(file, 4); err == nil {
		t.Errorf("a file of 3 batches gave 4")
	}
}
