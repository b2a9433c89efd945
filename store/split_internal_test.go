package store

// Internal tests: they stop split writes half-way through a failpoint,
// as a crash would, and look at raw keys.

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
)

// smallOpts makes every article of bigArticle too big for one
// transaction.
func smallOpts(logTo *bytes.Buffer) Options {
	o := Options{MemTableSize: 16 << 10}
	if logTo != nil {
		o.Logger = log.New(logTo, "", 0)
	}
	return o
}

// bigArticle has n people, each meeting the first, so its write needs
// several transactions under smallOpts.
func bigArticle(t testing.TB, n int) *graphtest.Builder {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "Host Anna Berg met guest Delegate%03d Example in the hall. ", i)
	}
	text := sb.String()
	b := graphtest.NewBuilder(t, fmt.Sprintf("Big summit of %d", n), "2025-12-24", text)
	host := b.Actor("Anna Berg", graph.Person, "Berg")
	for i := range n {
		g := b.Actor(fmt.Sprintf("Delegate%03d Example", i), graph.Person)
		b.Edge(host, graph.Consult, g, fmt.Sprintf("Host Anna Berg met guest Delegate%03d Example in the hall.", i), "met")
	}
	return b
}

// rawCount counts the keys under prefix, bypassing the reader gate.
func rawCount(t *testing.T, db *DB, prefix string) int {
	t.Helper()
	n := 0
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func countActors(t *testing.T, db *DB) int {
	t.Helper()
	n := 0
	if err := db.ScanNodes(t.Context(), graph.KindActor, "", func(graph.Node) error { n++; return nil }); err != nil {
		t.Fatalf("ScanNodes: %v", err)
	}
	return n
}

func TestSplitWriteIsAllOrNothingForReaders(t *testing.T) {
	var logs bytes.Buffer
	db, err := Open(t.TempDir(), smallOpts(&logs))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 60
	a := bigArticle(t, n)

	var steps []string
	var partial int
	readerDone := make(chan int, 1)
	db.failpoint = func(step string) error {
		steps = append(steps, step)
		if step != "apply" || partial != 0 {
			return nil
		}
		// Wait for a moment when some actors are in place, not all ...
		c := rawCount(t, db, "n/"+graph.KindPrefix(graph.KindActor))
		if c == 0 || c == n+1 {
			return nil
		}
		partial = c
		// ... when a reader that starts must wait for the rest.
		go func() {
			m := 0
			db.ScanNodes(t.Context(), graph.KindActor, "", func(graph.Node) error { m++; return nil })
			readerDone <- m
		}()
		select {
		case m := <-readerDone:
			t.Errorf("a reader finished during the split write, seeing %d of %d actors", m, n+1)
			readerDone <- m
		case <-time.After(100 * time.Millisecond):
		}
		return nil
	}
	res, err := db.Ingest(t.Context(), a.B)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if res.NodesCreated != n+2 || res.EdgesCreated != n {
		t.Errorf("IngestResult = %+v", res)
	}
	if !strings.Contains(strings.Join(steps, " "), "stage") || !strings.Contains(strings.Join(steps, " "), "apply") {
		t.Fatalf("the write was not split (steps %v); the test needs a bigger article", steps)
	}
	if partial == 0 {
		t.Fatalf("no step of the apply left part of the actors in place; the test needs smaller chunks")
	}
	select {
	case m := <-readerDone:
		if m != n+1 {
			t.Errorf("the waiting reader saw %d actors, want all %d", m, n+1)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the waiting reader never finished")
	}
	if !strings.Contains(logs.String(), "writing it in steps") {
		t.Errorf("no log line about the split write: %q", logs.String())
	}
	for _, p := range []string{prefixPending, prefixStageAll} {
		if c := rawCount(t, db, p); c != 0 {
			t.Errorf("%d keys left under %s", c, p)
		}
	}
	checkBigArticle(t, db, a, n)
}

// checkBigArticle checks that all of bigArticle(n) is stored.
func checkBigArticle(t *testing.T, db *DB, a *graphtest.Builder, n int) {
	t.Helper()
	if got := countActors(t, db); got != n+1 {
		t.Errorf("%d actors stored, want %d", got, n+1)
	}
	host, err := db.Lookup(t.Context(), "Anna Berg")
	if err != nil || len(host) != 1 {
		t.Fatalf("Lookup(Anna Berg) = %v, %v", host, err)
	}
	links, err := db.Adjacent(t.Context(), host[0], graph.Both, nil)
	if err != nil || len(links) != n {
		t.Errorf("host has %d links (%v), want %d", len(links), err, n)
	}
	text, err := db.ArticleText(t.Context(), a.ID())
	if err != nil || text != a.B.Text {
		t.Errorf("ArticleText: %v", err)
	}
	s, err := db.Stats(t.Context())
	if err != nil || s.Nodes[graph.KindActor] != int64(n+1) || s.Edges[graph.Consult] != int64(n) {
		t.Errorf("Stats = %+v, %v", s, err)
	}
}

func TestSplitWriteCrash(t *testing.T) {
	const n = 40
	for _, tc := range []struct {
		step string // where the "crash" happens
		// present says whether the article is there after reopening:
		// before pending says "applying" it is rolled back, after it
		// is rolled forward.
		present bool
		log     string
	}{
		{"stage", false, "undoing"},
		{"staged", false, "undoing"},
		{"marked", true, "finishing"},
		{"apply", true, "finishing"},
	} {
		t.Run("at "+tc.step, func(t *testing.T) {
			dir := t.TempDir()
			db, err := Open(dir, smallOpts(nil))
			if err != nil {
				t.Fatal(err)
			}
			// A small article first, so the store is not empty.
			small := bigArticle(t, 1)
			small.B.Article.Label = "Small"
			if _, err := db.Ingest(t.Context(), small.B); err != nil {
				t.Fatal(err)
			}
			before, err := graphtest.Dump(t.Context(), db)
			if err != nil {
				t.Fatal(err)
			}

			crash := errors.New("simulated crash")
			db.failpoint = func(step string) error {
				if step == tc.step {
					return crash
				}
				return nil
			}
			a := bigArticle(t, n)
			if _, err := db.Ingest(t.Context(), a.B); !errors.Is(err, crash) {
				t.Fatalf("Ingest: %v, want the simulated crash", err)
			}
			if tc.present {
				// Committed but not in place: readers are refused.
				if _, err := db.Node(t.Context(), a.ID()); err == nil || !strings.Contains(err.Error(), "reopen") {
					t.Errorf("Node after a half-applied write: %v, want an error asking for a reopen", err)
				}
				if _, err := db.Ingest(t.Context(), bigArticle(t, 2).B); err == nil {
					t.Errorf("Ingest after a half-applied write succeeded")
				}
			} else {
				// Not committed: readers see the store as before.
				after, err := graphtest.Dump(t.Context(), db)
				if err != nil {
					t.Fatal(err)
				}
				if after != before {
					t.Errorf("readers see a change after a failed staging:\n%s", after)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}

			if tc.present {
				if _, err := Open(dir, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "read-write") {
					t.Errorf("read-only Open of an unrecovered store: %v, want a refusal", err)
				}
			}
			var logs bytes.Buffer
			db, err = Open(dir, smallOpts(&logs))
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			defer db.Close()
			if !strings.Contains(logs.String(), tc.log) {
				t.Errorf("recovery log %q lacks %q", logs.String(), tc.log)
			}
			for _, p := range []string{prefixPending, prefixStageAll} {
				if c := rawCount(t, db, p); c != 0 {
					t.Errorf("%d keys left under %s after recovery", c, p)
				}
			}
			if tc.present {
				checkBigArticle(t, db, a, n)
				if res, err := db.Ingest(t.Context(), a.B); err != nil || !res.Duplicate {
					t.Errorf("re-ingest after roll-forward: %+v, %v; want Duplicate", res, err)
				}
				return
			}
			after, err := graphtest.Dump(t.Context(), db)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("after rollback the store differs from before:\n%s", after)
			}
			if _, err := db.ArticleText(t.Context(), a.ID()); !graph.IsNotFound(err) {
				t.Errorf("ArticleText of the rolled-back article: %v, want not found", err)
			}
			res, err := db.Ingest(t.Context(), a.B)
			if err != nil || res.Duplicate {
				t.Fatalf("re-ingest after rollback: %+v, %v", res, err)
			}
			checkBigArticle(t, db, a, n)
		})
	}
}

// TestSplitWriteRetryAfterFailure shows that a staging that failed in a
// live process (no reopen) leaves nothing that spoils the next attempt.
func TestSplitWriteRetryAfterFailure(t *testing.T) {
	db, err := Open(t.TempDir(), smallOpts(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := bigArticle(t, 30)
	db.failpoint = func(step string) error {
		if step == "staged" {
			return errors.New("disk full")
		}
		return nil
	}
	if _, err := db.Ingest(t.Context(), a.B); err == nil {
		t.Fatal("Ingest succeeded despite the failure")
	}
	db.failpoint = nil
	if _, err := db.Ingest(t.Context(), a.B); err != nil {
		t.Fatalf("second attempt: %v", err)
	}
	checkBigArticle(t, db, a, 30)
	for _, p := range []string{prefixPending, prefixStageAll} {
		if c := rawCount(t, db, p); c != 0 {
			t.Errorf("%d keys left under %s", c, p)
		}
	}
}

// TestReadersDuringSplitWrites runs readers against a stream of split
// writes and checks that every snapshot holds whole articles only.
func TestReadersDuringSplitWrites(t *testing.T) {
	db, err := Open(t.TempDir(), smallOpts(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const articles, per = 4, 25
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var bad []string
	var mu sync.Mutex
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				// Each article brings per delegates and one host; the
				// host is shared by name, so whole articles give
				// 1 + k*per actors.
				n := 0
				err := db.ScanNodes(t.Context(), graph.KindActor, "", func(graph.Node) error { n++; return nil })
				if err != nil || (n != 0 && (n-1)%per != 0) {
					mu.Lock()
					bad = append(bad, fmt.Sprint(n, err))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range articles {
		var sb strings.Builder
		type pair struct{ name, sentence string }
		var ps []pair
		for j := range per {
			s := fmt.Sprintf("Host Anna Berg met guest R%dDelegate%03d Example in the hall. ", i, j)
			sb.WriteString(s)
			ps = append(ps, pair{fmt.Sprintf("R%dDelegate%03d Example", i, j), strings.TrimSpace(s)})
		}
		b := graphtest.NewBuilder(t, fmt.Sprintf("Round %d", i), "", sb.String())
		host := b.Actor("Anna Berg", graph.Person, "Berg")
		for _, p := range ps {
			g := b.Actor(p.name, graph.Person)
			b.Edge(host, graph.Consult, g, p.sentence, "met")
		}
		if _, err := db.Ingest(t.Context(), b.B); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if len(bad) > 0 {
		t.Errorf("readers saw half-written articles: actor counts %v", bad)
	}
	if got := countActors(t, db); got != 1+articles*per {
		t.Errorf("%d actors, want %d", got, 1+articles*per)
	}
}

// TestSplitWriteProcessCrash kills a real process in the middle of a
// split write (this test binary, re-run, exits at a failpoint without
// closing Badger) and recovers in this one.
func TestSplitWriteProcessCrash(t *testing.T) {
	const n = 40
	if dir := os.Getenv("STORE_CRASH_DIR"); dir != "" {
		step := os.Getenv("STORE_CRASH_STEP")
		db, err := Open(dir, smallOpts(nil))
		if err != nil {
			fmt.Println("open:", err)
			os.Exit(1)
		}
		db.failpoint = func(s string) error {
			if s == step {
				os.Exit(3) // no Close: Badger replays its log on the next Open
			}
			return nil
		}
		db.Ingest(context.Background(), bigArticle(t, n).B)
		os.Exit(0)
	}
	for _, tc := range []struct {
		step    string
		present bool
		log     string
	}{{"stage", false, "undoing"}, {"apply", true, "finishing"}} {
		t.Run("at "+tc.step, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestSplitWriteProcessCrash$")
			cmd.Env = append(os.Environ(), "STORE_CRASH_DIR="+dir, "STORE_CRASH_STEP="+tc.step)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 3 {
				t.Fatalf("child did not crash at %s: %v\n%s", tc.step, err, out)
			}
			var logs bytes.Buffer
			db, err := Open(dir, smallOpts(&logs))
			if err != nil {
				t.Fatalf("reopen after the crash: %v", err)
			}
			defer db.Close()
			if !strings.Contains(logs.String(), tc.log) {
				t.Errorf("recovery log %q lacks %q", logs.String(), tc.log)
			}
			for _, p := range []string{prefixPending, prefixStageAll} {
				if c := rawCount(t, db, p); c != 0 {
					t.Errorf("%d keys left under %s after recovery", c, p)
				}
			}
			a := bigArticle(t, n)
			if tc.present {
				checkBigArticle(t, db, a, n)
				return
			}
			if s, err := db.Stats(t.Context()); err != nil || s.TotalNodes() != 0 || rawCount(t, db, "n/") != 0 {
				t.Errorf("after rollback Stats = %+v, %v, %d node keys; want an empty store", s, err, rawCount(t, db, "n/"))
			}
			if _, err := db.Ingest(t.Context(), a.B); err != nil {
				t.Fatalf("re-ingest after rollback: %v", err)
			}
			checkBigArticle(t, db, a, n)
		})
	}
}
