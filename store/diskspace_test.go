package store_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// mountTmpfs mounts a tmpfs of the given size (mount's syntax: "24m")
// on a new directory, unmounted when the test ends, or skips the test
// where mounting is not allowed (it needs root; CI runs as root).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput()
	if err != nil {
		t.Skipf("skipping: cannot mount a %s tmpfs to fill (needs root, as in CI): %v: %s", size, err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// noisyArticle is article i with about n bytes of text that does not
// compress.
func noisyArticle(t testing.TB, i, n int) *graph.Batch {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	fmt.Fprintf(&b, "Envoy Person%d met Minister Adams in Geneva.", i)
	for b.Len() < n {
		b.WriteByte(' ')
		for range 3 + r.IntN(6) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
	}
	a := graphtest.NewBuilder(t, fmt.Sprintf("Talks %d", i), "2026-01-02", b.String())
	p := a.Actor(fmt.Sprintf("Envoy Person%d", i), graph.Person)
	q := a.Actor("Minister Adams", graph.Person)
	a.Edge(p, graph.Consult, q, fmt.Sprintf("Envoy Person%d met Minister Adams in Geneva.", i), "met")
	return a.B
}

// TestDiskFullIsAnError: a full disk made Badger's mapped memtable
// fault (SIGBUS), killing the process mid-article. Now, on a 32 MiB
// tmpfs, ingest stops with ErrNoSpace, a clear LimitExceeded error, and
// the database closes and opens again holding exactly the articles
// reported stored, consistent, and takes writes until it is full again.
func TestDiskFullIsAnError(t *testing.T) {
	disk := mountTmpfs(t, "32m")
	dir := filepath.Join(disk, "db")
	opts := store.Options{MemTableSize: 1 << 20, MemTables: 2, GCInterval: -1}
	db, err := store.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	var ierr error
	for i := range 2000 {
		_, ierr = db.Ingest(t.Context(), noisyArticle(t, i, 40<<10))
		if ierr != nil {
			break
		}
		stored++
	}
	if ierr == nil {
		t.Fatalf("%d articles of 40 KB fitted on a 32 MiB disk", stored)
	}
	if !errors.Is(ierr, graph.ErrNoSpace) || graph.KindOf(ierr) != graph.LimitExceeded || !strings.Contains(ierr.Error(), "free some space") {
		t.Fatalf("ingest on a full disk: %v, want ErrNoSpace (LimitExceeded) saying what to do", ierr)
	}
	if stored == 0 {
		t.Fatal("nothing was stored before the disk was full")
	}
	t.Logf("%d articles stored, then: %v", stored, ierr)
	if err := db.Close(); err != nil {
		t.Fatalf("Close on a full disk: %v", err)
	}
	db, err = store.Open(dir, opts)
	if err != nil {
		t.Fatalf("the database does not open after the disk filled: %v", err)
	}
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles() != int64(stored) {
		t.Errorf("%d articles in the database, %d reported stored", st.Articles(), stored)
	}
	graphtest.CheckConsistent(t, db)
	// The reopened database takes writes again until the disk is full
	// again (closing flushed and compressed the log, freeing some), and
	// still holds exactly what was reported.
	for i := stored; i < 2000; i++ {
		if _, ierr = db.Ingest(t.Context(), noisyArticle(t, i, 40<<10)); ierr != nil {
			break
		}
		stored++
	}
	if !errors.Is(ierr, graph.ErrNoSpace) {
		t.Fatalf("ingest after reopening: %v, want ErrNoSpace once full", ierr)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.Stats(t.Context()); err != nil || st.Articles() != int64(stored) {
		t.Errorf("%d articles after the second fill (%v), %d reported stored", st.Articles(), err, stored)
	}
}

// TestDiskReserveOption: the reserve defaults to four memtables and 16
// MiB, and a negative one turns the check off.
func TestDiskReserveOption(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{DiskReserve: 1 << 62})
	if _, err := db.Ingest(t.Context(), article(t, 1).B); !errors.Is(err, graph.ErrNoSpace) || !strings.Contains(err.Error(), "EiB") && !strings.Contains(err.Error(), "GiB") {
		t.Errorf("ingest under an impossible reserve: %v, want ErrNoSpace", err)
	}
	if _, err := db.AddAlias(t.Context(), "x", "y"); !errors.Is(err, graph.ErrNoSpace) {
		t.Errorf("a correction under an impossible reserve: %v, want ErrNoSpace", err)
	}
	db2 := open(t, t.TempDir(), store.Options{DiskReserve: -1})
	if _, err := db2.Ingest(t.Context(), article(t, 1).B); err != nil {
		t.Errorf("ingest with the check off: %v", err)
	}
}
