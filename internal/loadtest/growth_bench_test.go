package loadtest_test

import (
	"context"
	"expvar"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/store"
)

// plantedBatch is generated article a as a batch built from what was
// planted in it (its actors, interactions and quotations), without the
// extractor: the store's share of an ingest, whose cost the extractor's
// parse would hide ten times over. Each actor is mentioned, each
// interaction is an edge and each quotation a statement with its STATED
// edge; the evidence of the i-th fact is the i-th sentence of the body.
// Some interactions are not facts (plantedModality), as the extractor
// finds some negated, planned, demanded or hypothetical.
func plantedBatch(tb testing.TB, a *corpus.Article, types map[string]graph.ActorType) *graph.Batch {
	b := graphtest.NewBuilder(tb, a.Title, a.Date, a.Body)
	var sentences []string
	for _, s := range strings.SplitAfter(a.Body, ". ") {
		if s = strings.TrimSpace(s); s != "" {
			sentences = append(sentences, s)
		}
	}
	nth := func(i int) string { return sentences[i%len(sentences)] }
	ids := map[string]graph.ID{}
	for i, name := range a.Actors {
		ids[name] = b.Actor(name, types[name])
		b.Edge(b.ID(), graph.Mentions, ids[name], nth(i), "")
	}
	for i, r := range a.Relations {
		src, dst := ids[r.Source], ids[r.Target]
		if src == "" || dst == "" || src == dst {
			continue
		}
		b.ModalEdge(src, r.Class, dst, nth(i), "", plantedModality(a.Index+i))
	}
	for i, q := range a.Quotes {
		if ids[q.Speaker] == "" {
			continue
		}
		stm := b.Node(graph.KindStatement, q.Text)
		b.Edge(ids[q.Speaker], graph.Stated, stm, nth(i), "said")
	}
	return b.B
}

// plantedModality is the modality of the i-th planted interaction: six
// in ten asserted, one in ten each planned, demanded, hypothetical and
// negated.
func plantedModality(i int) graph.Modality {
	switch i % 10 {
	case 0:
		return graph.Planned
	case 1:
		return graph.Demanded
	case 2:
		return graph.Hypothetical
	case 3:
		return graph.Negated
	}
	return graph.Asserted
}

// cpuTime is the process's user and system CPU time.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's VmHWM in bytes, 0 where /proc is missing.
func peakRSS() int64 { return procStatus("VmHWM") }

// procStatus reads one field of /proc/self/status in bytes, 0 where
// /proc is missing.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		var kb int64
		if _, err := fmt.Sscanf(l, field+": %d kB", &kb); err == nil {
			return kb << 10
		}
	}
	return 0
}

// rssPeaks samples the process's anonymous and file-backed resident
// memory (RssAnon, RssFile) every 200 ms until stop is called, which
// returns the peak of each: VmHWM alone does not tell the heap from
// Badger's mapped tables.
func rssPeaks() (stop func() (anon, file int64)) {
	done := make(chan struct{})
	var anon, file int64
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			anon, file = max(anon, procStatus("RssAnon")), max(file, procStatus("RssFile"))
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (int64, int64) {
		close(done)
		<-finished
		return anon, file
	}
}

// cpuProfile starts a CPU profile into dir/name and returns its stop.
func cpuProfile(tb testing.TB, dir, name string) (stop func()) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		tb.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		tb.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			tb.Fatal(err)
		}
	}
}

// badgerCount reads one of Badger's expvar counters (0 when absent).
func badgerCount(name string) int64 {
	switch v := expvar.Get("badger_" + name).(type) {
	case *expvar.Int:
		return v.Value()
	case *expvar.Map:
		var n int64
		v.Do(func(kv expvar.KeyValue) {
			if i, ok := kv.Value.(*expvar.Int); ok {
				n += i.Value()
			}
		})
		return n
	}
	return 0
}

// plantedStoreOptions are the store options "newsgraph ingest" uses for
// a bulk load, with Badger's memtables of memTable bytes: write-behind,
// 2 memtables, a 64 MiB block cache, the bulk-load tree and 256 MiB of
// mapped tables.
func plantedStoreOptions(memTable int64) store.Options {
	return store.Options{WriteBehind: true, MemTables: 2, CacheSize: 64 << 20, BulkLoad: true, MappedResidentLimit: 256 << 20,
		MemTableSize: memTable}
}

// writerCache is store.Options.WriterCacheSize from
// NEWSGRAPH_WRITER_CACHE_MB (default 0, the store's default): a small
// cache shows in a short run how the writer's cache behaves once a long
// load has outgrown it.
func writerCache(tb testing.TB) int64 {
	return int64(envInt(tb, "NEWSGRAPH_WRITER_CACHE_MB", 0)) << 20
}

// BenchmarkIngestGrowth stores NEWSGRAPH_ARTICLES (default 2000)
// planted articles (plantedBatch) into one fresh database with the
// options "newsgraph ingest" uses (write-behind, 2 memtables, a 64 MiB
// block cache, the bulk-load tree, 256 MiB of mapped tables, a 640 MiB
// soft heap limit), and reports what an article costs in its first and
// last tenth: CPU, Badger's gets (all, and lookups past the memtables,
// per level), bytes compacted and iterators, so that a cost growing with
// the database shows as a ratio above 1, and the peaks of anonymous and
// file-backed resident memory. It logs the CPU per article of every
// tenth, and reports the mean of the second half beside the tenths (a
// tenth may hold a wave of compactions, or none). With NEWSGRAPH_GROWTH_PROFILE=DIR it writes CPU profiles of the
// first and the last tenth (growth-cpu-first.prof, growth-cpu.prof) and
// a heap profile at the end into DIR; with NEWSGRAPH_GROWTH_DB=DIR
// it builds the database in DIR (which must not exist) and keeps it, for
// the list benchmarks (NEWSGRAPH_BENCH_DB); NEWSGRAPH_MEMTABLE_MB sets
// Badger's memtable size (default 32, newsgraph ingest's),
// NEWSGRAPH_WRITER_CACHE_MB the writer's value cache (writerCache). Run it once
// (-benchtime 1x).
func BenchmarkIngestGrowth(b *testing.B) {
	n := envInt(b, "NEWSGRAPH_ARTICLES", 2000)
	memTable := int64(envInt(b, "NEWSGRAPH_MEMTABLE_MB", 32)) << 20
	profDir := os.Getenv("NEWSGRAPH_GROWTH_PROFILE")
	g := corpus.New(corpus.Options{Seed: 1})
	types := map[string]graph.ActorType{}
	for _, a := range g.Actors() {
		types[a.Name] = a.Type
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(640 << 20))
	}
	ctx := context.Background()
	tenth := max(n/10, 1)
	type sample struct {
		cpu                          time.Duration
		gets, lsmGets, it, compacted int64
	}
	now := func() sample {
		return sample{cpuTime(b), badgerCount("get_num_user"), badgerCount("get_num_lsm"), badgerCount("iterator_num_user"),
			badgerCount("write_bytes_compaction")}
	}
	for range b.N {
		dir := os.Getenv("NEWSGRAPH_GROWTH_DB")
		if dir == "" {
			dir = b.TempDir()
		} else if _, err := os.Stat(dir); err == nil {
			b.Fatalf("NEWSGRAPH_GROWTH_DB=%s exists; name a new directory", dir)
		}
		opts := plantedStoreOptions(memTable)
		opts.WriterCacheSize = writerCache(b)
		db, err := store.Open(dir, opts)
		if err != nil {
			b.Fatal(err)
		}
		var first, last, half [2]sample
		stopRSS := rssPeaks()
		stopProfile := func() {}
		start := time.Now()
		tenthStart := now()
		for i := range n {
			switch i {
			case 0:
				first[0] = now()
				if profDir != "" {
					stopProfile = cpuProfile(b, profDir, "growth-cpu-first.prof")
				}
			case tenth:
				first[1] = now()
				stopProfile()
			case n / 2:
				half[0] = now()
			case n - tenth:
				last[0] = now()
				if profDir != "" {
					stopProfile = cpuProfile(b, profDir, "growth-cpu.prof")
				}
			}
			if _, err := db.Ingest(ctx, plantedBatch(b, g.Article(i), types)); err != nil {
				b.Fatalf("article %d: %v", i, err)
			}
			if (i+1)%tenth == 0 {
				s := now()
				b.Logf("articles %d–%d: %.2f CPU-ms/article, %.1f lsm-gets/article, %.1f KB compacted/article, %s wall",
					i+1-tenth, i+1, float64(s.cpu-tenthStart.cpu)/float64(time.Millisecond)/float64(tenth),
					float64(s.lsmGets-tenthStart.lsmGets)/float64(tenth), float64(s.compacted-tenthStart.compacted)/1e3/float64(tenth),
					time.Since(start).Round(time.Second))
				tenthStart = s
			}
		}
		last[1] = now() // up to 16 articles may still be queued for Badger
		half[1] = last[1]
		elapsed := time.Since(start)
		stopProfile()
		if profDir != "" {
			runtime.GC()
			f, err := os.Create(filepath.Join(profDir, "growth-heap.prof"))
			if err != nil {
				b.Fatal(err)
			}
			if err := pprof.WriteHeapProfile(f); err != nil {
				b.Fatal(err)
			}
			f.Close()
		}
		// What newsgraph ingest does at the end of a bulk load, apart
		// from the articles' figures.
		c0 := cpuTime(b)
		cres, err := db.CompactBulkLoad(ctx)
		if err != nil {
			b.Fatal(err)
		}
		compactCPU := cpuTime(b) - c0
		b.Logf("compact: %+v, %s CPU", cres, compactCPU.Round(time.Millisecond))
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		anon, file := stopRSS()
		per := func(s [2]sample) (cpu, gets, lsm, its, kb float64) {
			k := float64(tenth)
			return float64(s[1].cpu-s[0].cpu) / float64(time.Millisecond) / k, float64(s[1].gets-s[0].gets) / k,
				float64(s[1].lsmGets-s[0].lsmGets) / k, float64(s[1].it-s[0].it) / k, float64(s[1].compacted-s[0].compacted) / 1e3 / k
		}
		fc, fg, fl, fi, fk := per(first)
		lc, lg, ll, li, lk := per(last)
		hc := float64(half[1].cpu-half[0].cpu) / float64(time.Millisecond) / float64(n-n/2)
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		b.ReportMetric(fc, "cpu-ms/article-first")
		b.ReportMetric(lc, "cpu-ms/article-last")
		b.ReportMetric(lc/fc, "cpu-growth")
		b.ReportMetric(hc, "cpu-ms/article-second-half")
		b.ReportMetric(fg, "gets/article-first")
		b.ReportMetric(lg, "gets/article-last")
		b.ReportMetric(fl, "lsm-gets/article-first")
		b.ReportMetric(ll, "lsm-gets/article-last")
		b.ReportMetric(fi, "iterators/article-first")
		b.ReportMetric(li, "iterators/article-last")
		b.ReportMetric(fk, "compacted-KB/article-first")
		b.ReportMetric(lk, "compacted-KB/article-last")
		b.ReportMetric(float64(compactCPU)/float64(time.Millisecond)/float64(n), "compact-cpu-ms/article")
		b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MiB")
		b.ReportMetric(float64(anon)/(1<<20), "peak-RssAnon-MiB")
		b.ReportMetric(float64(file)/(1<<20), "peak-RssFile-MiB")
	}
}
