package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// open opens a database in dir and closes it when the test ends.
func open(t testing.TB, dir string, opts store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(dir, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir(), store.Options{})
	})
}

// TestConformanceBulkLoad runs the suite on the tree shape newsgraph
// ingest uses.
func TestConformanceBulkLoad(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir(), store.Options{BulkLoad: true, WriteBehind: true, MemTables: 2})
	})
}

func TestConformanceInMemory(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return open(t, "", store.Options{InMemory: true})
	})
}

// TestConformanceSplitWrites runs the suite with a memtable so small that
// most articles are written through the staged, split path.
func TestConformanceSplitWrites(t *testing.T) {
	var log syncBuffer
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir(), store.Options{MemTableSize: 16 << 10, Logger: log.logger()})
	})
	if n := strings.Count(log.String(), "writing it in steps"); n < 5 {
		t.Errorf("only %d articles were written in steps; the test no longer exercises split writes:\n%s", n, log.String())
	}
}

// syncBuffer collects log lines from several goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) logger() *log.Logger { return log.New(b, "", 0) }

// article makes a small article numbered i that names Zelensky.
func article(t testing.TB, i int) *graphtest.Builder {
	text := fmt.Sprintf("Volodymyr Zelensky met envoy Person%d in Kyiv on day %d.", i, i)
	b := graphtest.NewBuilder(t, fmt.Sprintf("Meeting %d", i), "2025-12-01", text)
	z := b.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
	p := b.Actor(fmt.Sprintf("Envoy Person%d", i), graph.Person)
	b.Edge(z, graph.Consult, p, text, "met")
	return b
}

func TestReopenKeepsData(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := db.Ingest(t.Context(), article(t, i).B); err != nil {
			t.Fatal(err)
		}
	}
	before, err := graphtest.Dump(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := db.Node(t.Context(), "act_x"); err == nil || graph.IsNotFound(err) {
		t.Errorf("Node on a closed store: %v, want an error other than not found", err)
	}

	db2 := open(t, dir, store.Options{})
	after, err := graphtest.Dump(t.Context(), db2)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("reopened store differs:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	stats2, err := db2.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(stats2) != fmt.Sprint(stats) {
		t.Errorf("stats after reopen %v, before %v", stats2, stats)
	}
	if res, err := db2.Ingest(t.Context(), article(t, 1).B); err != nil || !res.Duplicate {
		t.Errorf("re-ingest after reopen: %+v, %v; want Duplicate", res, err)
	}
}

func TestStatsCountsKindsAndClasses(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	for i := range 4 {
		if _, err := db.Ingest(t.Context(), article(t, i).B); err != nil {
			t.Fatal(err)
		}
	}
	// A duplicate and an invalid batch change no count.
	if _, err := db.Ingest(t.Context(), article(t, 0).B); err != nil {
		t.Fatal(err)
	}
	bad := article(t, 9).B
	bad.Edges[0].Class = "NOPE"
	if _, err := db.Ingest(t.Context(), bad); err == nil {
		t.Fatal("invalid batch accepted")
	}
	s, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := map[graph.NodeKind]int64{graph.KindArticle: 4, graph.KindActor: 5}
	if fmt.Sprint(s.Nodes) != fmt.Sprint(want) || s.Edges[graph.Consult] != 4 || len(s.Edges) != 1 {
		t.Errorf("Stats = %+v, want nodes %v and 4 CONSULT edges", s, want)
	}
	if s.Articles() != 4 || s.TotalNodes() != 9 || s.TotalEdges() != 4 {
		t.Errorf("Articles %d, TotalNodes %d, TotalEdges %d; want 4, 9, 4", s.Articles(), s.TotalNodes(), s.TotalEdges())
	}
	// The counters agree with a full scan.
	n := 0
	if err := db.ScanNodes(t.Context(), graph.KindActor, "", func(graph.Node) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if int64(n) != s.Nodes[graph.KindActor] {
		t.Errorf("scan found %d actors, Stats says %d", n, s.Nodes[graph.KindActor])
	}
}

func TestOpenRefusesOtherFormats(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(txn *badger.Txn) error
		want    string
	}{
		{"unknown version", func(txn *badger.Txn) error { return txn.Set([]byte("meta/format"), []byte("99")) }, `unknown format version "99"`},
		{"foreign database", func(txn *badger.Txn) error { return txn.Set([]byte("users/1"), []byte("alice")) }, "not a newsgraph database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
			if err != nil {
				t.Fatal(err)
			}
			if err := bdb.Update(tc.prepare); err != nil {
				t.Fatal(err)
			}
			if err := bdb.Close(); err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{false, true} {
				db, err := store.Open(dir, store.Options{ReadOnly: ro})
				if err == nil {
					db.Close()
					t.Fatalf("Open (read-only %v) accepted the database", ro)
				}
				if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), dir) {
					t.Errorf("Open (read-only %v): %q, want it to name %s and say %q", ro, err, dir, tc.want)
				}
			}
		})
	}
}

func TestOpenWritesFormatVersion(t *testing.T) {
	dir := t.TempDir() + "/nested/db"
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte("meta/format"))
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		if string(v) != store.FormatVersion {
			t.Errorf("meta/format = %q, want %s", v, store.FormatVersion)
		}
		return err
	})
	if err != nil {
		t.Fatalf("read meta/format: %v", err)
	}
}

func TestLockedDirectory(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir, store.Options{})
	for _, ro := range []bool{false, true} {
		db2, err := store.Open(dir, store.Options{ReadOnly: ro})
		if err == nil {
			db2.Close()
			t.Fatalf("second Open (read-only %v) of a directory in use succeeded", ro)
		}
		want := "database " + dir + " is in use by another process"
		if !strings.Contains(err.Error(), want) {
			t.Errorf("second Open (read-only %v): %q, want %q", ro, err, want)
		}
	}
	// The first handle still works.
	if _, err := db.Ingest(t.Context(), article(t, 1).B); err != nil {
		t.Errorf("Ingest on the first handle: %v", err)
	}
}

// TestLockedDirectoryOtherProcess holds a database open in a child
// process (this test binary, re-run) and opens it from this one.
func TestLockedDirectoryOtherProcess(t *testing.T) {
	if dir := os.Getenv("STORE_TEST_HOLD_DIR"); dir != "" {
		db, err := store.Open(dir, store.Options{})
		if err != nil {
			fmt.Println("open failed:", err)
			os.Exit(1)
		}
		fmt.Println("holding")
		// Hold the database until the parent closes stdin.
		buf := make([]byte, 1)
		os.Stdin.Read(buf)
		db.Close()
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockedDirectoryOtherProcess$")
	cmd.Env = append(os.Environ(), "STORE_TEST_HOLD_DIR="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer stdin.Close()
	line := make([]byte, 8)
	if n, _ := stdout.Read(line); !bytes.HasPrefix(line[:n], []byte("holding")) {
		t.Fatalf("child process did not open the database: %q", line[:n])
	}
	_, err = store.Open(dir, store.Options{})
	if err == nil || !strings.Contains(err.Error(), "is in use by another process") {
		t.Fatalf("Open of a directory another process holds: %v", err)
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	// Once the other process is gone the directory opens.
	open(t, dir, store.Options{})
}

func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, 1)
	if _, err := db.Ingest(t.Context(), a.B); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Two read-only handles share the directory.
	ro1 := open(t, dir, store.Options{ReadOnly: true})
	ro2 := open(t, dir, store.Options{ReadOnly: true})
	for _, ro := range []*store.DB{ro1, ro2} {
		if text, err := ro.ArticleText(t.Context(), a.ID()); err != nil || text != a.B.Text {
			t.Errorf("ArticleText read-only = %q, %v", text, err)
		}
	}
	_, err = ro1.Ingest(t.Context(), article(t, 2).B)
	if graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Ingest on a read-only store: %v, want an invalid-kind error saying read-only", err)
	}
	// A writer cannot join them.
	if _, err := store.Open(dir, store.Options{}); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Errorf("read-write Open beside read-only handles: %v", err)
	}
}

func TestOpenErrorsNameTheDirectory(t *testing.T) {
	file := t.TempDir() + "/plain-file"
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		dir  string
		opts store.Options
	}{
		{"dir is a file", file, store.Options{}},
		{"read-only missing dir", t.TempDir() + "/missing", store.Options{ReadOnly: true}},
		{"memtable too small", t.TempDir(), store.Options{MemTableSize: 1024}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := store.Open(tc.dir, tc.opts)
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), tc.dir) {
				t.Errorf("error %q does not name %s", err, tc.dir)
			}
		})
	}
}

func TestIngestRejectsIDsUnfitForKeys(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	for _, tc := range []struct {
		name  string
		spoil func(b *graph.Batch)
	}{
		{"node ID with a slash", func(b *graph.Batch) { b.Nodes[1].ID = "act_a/b"; b.Edges[0].Target = "act_a/b" }},
		{"empty node ID", func(b *graph.Batch) { b.Nodes[1].ID = "" }},
		{"node ID with a newline", func(b *graph.Batch) { b.Nodes[1].ID = "act_a\nb" }},
		{"edge end with a slash", func(b *graph.Batch) { b.Edges[0].Source = "out/x" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := article(t, 1).Clone()
			tc.spoil(b)
			_, err := db.Ingest(t.Context(), b)
			if graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), "Meeting 1") {
				t.Errorf("Ingest: %v, want an invalid-kind error naming the article", err)
			}
		})
	}
	if s, err := db.Stats(t.Context()); err != nil || s.TotalNodes() != 0 {
		t.Errorf("after rejected batches Stats = %+v, %v; want nothing stored", s, err)
	}
}

func TestIngestHonoursContext(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := db.Ingest(ctx, article(t, 1).B); !errors.Is(err, context.Canceled) {
		t.Errorf("Ingest with a cancelled context: %v", err)
	}
	if _, err := db.Node(ctx, "act_x"); !errors.Is(err, context.Canceled) {
		t.Errorf("Node with a cancelled context: %v", err)
	}
	if s, err := db.Stats(t.Context()); err != nil || s.TotalNodes() != 0 {
		t.Errorf("Stats = %+v, %v; want nothing stored", s, err)
	}
}

// TestValueLogGC runs value-log GC on a short timer while articles are
// written, and checks that it reports no failure, that Close stops it,
// and that the data survives.
func TestValueLogGC(t *testing.T) {
	var logs syncBuffer
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{GCInterval: 5 * time.Millisecond, Logger: logs.logger()})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if _, err := db.Ingest(t.Context(), article(t, i).B); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(30 * time.Millisecond)
	done := make(chan error)
	go func() { done <- db.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Close: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return: the GC goroutine was not stopped")
	}
	if strings.Contains(logs.String(), "GC") {
		t.Errorf("value-log GC failed: %s", logs.String())
	}
	db = open(t, dir, store.Options{GCInterval: -1})
	if s, err := db.Stats(t.Context()); err != nil || s.Articles() != 20 {
		t.Errorf("after GC and reopen Stats = %+v, %v", s, err)
	}
}

func TestEditorConformance(t *testing.T) {
	graphtest.RunEditor(t, func(t *testing.T) graph.EditStore {
		return open(t, t.TempDir(), store.Options{})
	})
}

func TestEditorConformanceInMemory(t *testing.T) {
	graphtest.RunEditor(t, func(t *testing.T) graph.EditStore {
		return open(t, "", store.Options{InMemory: true})
	})
}

// TestEditorConformanceSplitWrites runs the editor suite with a memtable
// so small that corrections go through the staged, split path, deletions
// included.
func TestEditorConformanceSplitWrites(t *testing.T) {
	var log syncBuffer
	graphtest.RunEditor(t, func(t *testing.T) graph.EditStore {
		return open(t, t.TempDir(), store.Options{MemTableSize: 16 << 10, Logger: log.logger()})
	})
	if n := strings.Count(log.String(), "store.DeleteArticle is too big"); n < 2 {
		t.Errorf("only %d deletions were written in steps; the test no longer exercises split corrections:\n%s", n, log.String())
	}
}

// TestNeighborhoodConformance checks capped neighbourhoods read from
// Badger on disk against brute force over a generated graph.
func TestNeighborhoodConformance(t *testing.T) {
	graphtest.RunNeighborhood(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir(), store.Options{})
	})
}

// TestNeighborhoodAfterEdits checks that neighbourhoods, ranked links
// and records read again after each kind of write (an article, an
// alias, a merge, a deletion) are the graph as written, though the node
// cache held them, with and without write-behind.
func TestNeighborhoodAfterEdits(t *testing.T) {
	for _, behind := range []bool{false, true} {
		t.Run(fmt.Sprintf("writeBehind=%v", behind), func(t *testing.T) {
			graphtest.RunNeighborhoodAfterEdits(t, func(t *testing.T) graph.EditStore {
				return open(t, t.TempDir(), store.Options{WriteBehind: behind})
			})
		})
	}
}
