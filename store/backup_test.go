package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// backupArticle makes article i: one shared actor, one of its own, an
// edge between them and a statement.
func backupArticle(t testing.TB, i int) *graph.Batch {
	text := fmt.Sprintf("Rustem Umerov met delegate Number%d in Geneva on day %d. \"Talks were good,\" Umerov said.", i, i)
	b := graphtest.NewBuilder(t, fmt.Sprintf("Geneva %d", i), "2026-01-02", text)
	u := b.Actor("Rustem Umerov", graph.Person, "Umerov")
	d := b.Actor(fmt.Sprintf("Delegate Number%d", i), graph.Person)
	first, _, _ := strings.Cut(text, " \"")
	b.Edge(u, graph.Consult, d, first, "met")
	s := b.Node(graph.KindStatement, "Talks were good")
	b.Edge(u, graph.Stated, s, text[len(first)+1:], "said")
	return b.B
}

// filledDB opens a database in a new directory holding n articles.
func filledDB(t *testing.T, n int) (*store.DB, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	db := open(t, dir, store.Options{})
	for i := range n {
		if _, err := db.Ingest(t.Context(), backupArticle(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	return db, dir
}

func mustDump(t *testing.T, r graph.Reader) string {
	t.Helper()
	d, err := graphtest.Dump(t.Context(), r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// dumpDir dumps the database in dir, opened and closed again.
func dumpDir(t *testing.T, dir string) string {
	t.Helper()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", dir, err)
	}
	defer db.Close()
	graphtest.CheckConsistent(t, db)
	return mustDump(t, db)
}

func backup(t *testing.T, db *store.DB) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := db.Backup(t.Context(), &b); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	return b.Bytes()
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	db, _ := filledDB(t, 30)
	want := mustDump(t, db)
	data := backup(t, db)
	if again := backup(t, db); !bytes.Equal(again, data) {
		t.Errorf("two backups of an unchanged database differ (%d and %d bytes)", len(data), len(again))
	}

	for _, name := range []string{"new", "empty-dir"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "sub", "restored")
			if name == "empty-dir" {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			res, err := store.Restore(t.Context(), dir, bytes.NewReader(data), store.RestoreOptions{})
			if err != nil {
				t.Fatalf("Restore: %v", err)
			}
			if res.Replaced || res.Stats.Articles() != 30 || res.Keys == 0 {
				t.Errorf("result %+v, want 30 articles, nothing replaced", res)
			}
			if got := dumpDir(t, dir); got != want {
				t.Errorf("the restored database differs from the original (%d and %d bytes of dump)", len(got), len(want))
			}
			if names := dirNames(t, filepath.Dir(dir)); len(names) != 1 {
				t.Errorf("files beside the restored database: %q, want it alone", names)
			}
		})
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

func TestRestoreTargets(t *testing.T) {
	src, _ := filledDB(t, 5)
	data := backup(t, src)
	want := mustDump(t, src)

	// A database holding other articles.
	other, otherDir := filledDB(t, 0)
	for i := 100; i < 103; i++ {
		if _, err := other.Ingest(t.Context(), backupArticle(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	otherDump := mustDump(t, other)

	t.Run("in use", func(t *testing.T) {
		_, err := store.Restore(t.Context(), otherDir, bytes.NewReader(data), store.RestoreOptions{Force: true})
		if err == nil || !strings.Contains(err.Error(), "in use") {
			t.Fatalf("restore over an open database: %v, want 'in use'", err)
		}
	})
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	t.Run("holding data, not forced", func(t *testing.T) {
		_, err := store.Restore(t.Context(), otherDir, bytes.NewReader(data), store.RestoreOptions{})
		if err == nil || graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), "3 articles") || !strings.Contains(err.Error(), otherDir) {
			t.Fatalf("restore over a database with data: %v, want an Invalid error naming it and its 3 articles", err)
		}
		if got := dumpDir(t, otherDir); got != otherDump {
			t.Error("a refused restore changed the target")
		}
	})
	t.Run("holding data, forced", func(t *testing.T) {
		res, err := store.Restore(t.Context(), otherDir, bytes.NewReader(data), store.RestoreOptions{Force: true})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Replaced {
			t.Errorf("result %+v, want Replaced", res)
		}
		if got := dumpDir(t, otherDir); got != want {
			t.Error("a forced restore did not give the backup's database")
		}
		if names := dirNames(t, filepath.Dir(otherDir)); len(names) != 1 {
			t.Errorf("files beside the restored database: %q, want it alone", names)
		}
	})
	t.Run("an empty database", func(t *testing.T) {
		_, dir := filledDB(t, 0)
		// filledDB's database is closed at the end of the test; use a
		// fresh empty one instead.
		dir = filepath.Join(filepath.Dir(dir), "empty")
		db, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		if _, err := store.Restore(t.Context(), dir, bytes.NewReader(data), store.RestoreOptions{}); err != nil {
			t.Fatalf("restore into an empty database: %v", err)
		}
		if got := dumpDir(t, dir); got != want {
			t.Error("restore into an empty database did not give the backup's database")
		}
	})
	t.Run("not a database", func(t *testing.T) {
		dir := t.TempDir()
		keep := filepath.Join(dir, "notes.txt")
		if err := os.WriteFile(keep, []byte("precious"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := store.Restore(t.Context(), dir, bytes.NewReader(data), store.RestoreOptions{Force: true})
		if err == nil {
			t.Fatal("restore over a folder that is not a database succeeded")
		}
		if b, _ := os.ReadFile(keep); string(b) != "precious" {
			t.Error("the folder's file is gone")
		}
	})
}

// TestRestoreRefusesBadBackups feeds Restore wrong, truncated and
// damaged backups: each fails with an Invalid error and leaves the target
// database as it was, with nothing left beside it.
func TestRestoreRefusesBadBackups(t *testing.T) {
	src, _ := filledDB(t, 40)
	data := backup(t, src)
	header := len("newsgraph backup 1\n")

	flip := func(i int) []byte {
		b := bytes.Clone(data)
		b[i] ^= 0x40
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "empty input"},
		{"a JSON export", []byte(`{"nodes":[],"edges":[]}`), "not a newsgraph backup"},
		{"the header alone", data[:header], "truncated after 0 keys"},
		{"cut in the first frame", data[:header+100], "truncated after 0 keys (in a frame)"},
		{"cut before the end marker", data[:len(data)-len("end keys=")-20], "truncated"},
		{"cut in the trailer", data[:len(data)-5], "trailer"},
		{"a value byte flipped", flip(len(data) / 2), ""},
		{"a length byte flipped", flip(header + 7), "damaged"},
		{"garbage after", append(bytes.Clone(data), "more"...), "data after the trailer"},
	}
	for i := header + 50; i < len(data)-30; i += len(data) / 4 {
		tests = append(tests, struct {
			name string
			data []byte
			want string
		}{fmt.Sprintf("cut at byte %d", i), data[:i], "truncated"})
	}

	target, targetDir := filledDB(t, 2)
	before := mustDump(t, target)
	if err := target.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, dir := range []string{targetDir, filepath.Join(t.TempDir(), "fresh")} {
				_, err := store.Restore(t.Context(), dir, bytes.NewReader(tt.data), store.RestoreOptions{Force: true})
				if err == nil {
					t.Fatalf("restore into %s succeeded", dir)
				}
				if graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("error %v, want an Invalid error saying %q", err, tt.want)
				}
				if names := dirNames(t, filepath.Dir(dir)); len(names) > 1 || (dir == targetDir) != (len(names) == 1) {
					t.Errorf("beside %s after a failed restore: %q", dir, names)
				}
			}
			if got := dumpDir(t, targetDir); got != before {
				t.Error("a failed restore changed the target database")
			}
		})
	}
}

// TestBackupDuringWrites takes backups while a writer ingests: each one
// restores to a consistent database holding whole articles only, the
// ones written before it.
func TestBackupDuringWrites(t *testing.T) {
	db, _ := filledDB(t, 0)
	const n = 150
	var written atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range n {
			if _, err := db.Ingest(context.Background(), backupArticle(t, i)); err != nil {
				t.Error(err)
				return
			}
			written.Add(1)
		}
	}()
	var backups [][]byte
	var floors []int64
	for written.Load() < n && len(backups) < 8 {
		floor := written.Load()
		var b bytes.Buffer
		if err := db.Backup(t.Context(), &b); err != nil {
			t.Fatal(err)
		}
		backups, floors = append(backups, b.Bytes()), append(floors, floor)
	}
	wg.Wait()
	t.Logf("%d backups taken while %d articles were written", len(backups), n)
	for i, data := range backups {
		dir := filepath.Join(t.TempDir(), "db")
		res, err := store.Restore(t.Context(), dir, bytes.NewReader(data), store.RestoreOptions{})
		if err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		arts := res.Stats.Articles()
		if arts < floors[i] {
			t.Errorf("backup %d has %d articles, but %d were written before it began", i, arts, floors[i])
		}
		// Whole articles only: article k brings delegate k, one CONSULT
		// and one STATED edge and one statement, so the counters and a
		// scan (CheckConsistent) agree on exact multiples.
		r, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		graphtest.CheckConsistent(t, r)
		st, err := r.Stats(t.Context())
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		wantActors := arts + 1
		if arts == 0 {
			wantActors = 0
		}
		if st.Nodes[graph.KindActor] != wantActors || st.Edges[graph.Consult] != arts {
			t.Errorf("backup %d: %d articles with %d actors and %d CONSULT edges, want %d and %d: an article is half there",
				i, arts, st.Nodes[graph.KindActor], st.Edges[graph.Consult], wantActors, arts)
		}
	}
}

func TestBackupHonoursContext(t *testing.T) {
	db, _ := filledDB(t, 3)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := db.Backup(ctx, io.Discard)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Backup with a cancelled context: %v", err)
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestBackupReportsWriteErrors(t *testing.T) {
	db, _ := filledDB(t, 3)
	for _, n := range []int{0, 10, 100} {
		err := db.Backup(t.Context(), &failWriter{n})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Backup into a writer failing after %d bytes: %v", n, err)
		}
	}
}
