package main_test

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// progressRE reads the progress bar of "newsgraph ingest --progress".
var progressRE = regexp.MustCompile(`(\d+)/(\d+) files`)

// ingestUntil runs the binary's ingest of dir into db, sends sig once the
// progress bar shows at least after files done, and returns the exit
// status, stderr and the number of files the bar showed last.
func ingestUntil(t *testing.T, bin, db, dir string, after int, sig syscall.Signal) (int, string, int) {
	t.Helper()
	cmd := exec.Command(bin, "ingest", "--db", db, "--progress", dir)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var out strings.Builder
	shown := 0
	sent := make(chan struct{})
	var once sync.Once
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for {
			n, err := pipe.Read(buf)
			mu.Lock()
			out.Write(buf[:n])
			// The bar is redrawn after a carriage return.
			s := out.String()
			tail := s[max(0, strings.LastIndex(s, "\r")):]
			if m := progressRE.FindStringSubmatch(tail); m != nil {
				shown, _ = strconv.Atoi(m[1])
			}
			reached := shown >= after
			mu.Unlock()
			if reached {
				once.Do(func() {
					cmd.Process.Signal(sig)
					close(sent)
				})
			}
			if err != nil {
				return
			}
		}
	}()
	<-done
	err = cmd.Wait()
	select {
	case <-sent:
	default:
		t.Fatalf("ingest ended before %d files were done, so it was never interrupted:\n%s", after, out.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		}
	} else if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	return code, out.String(), shown
}

// storedIndexes returns the numbers of the synthetic articles an export
// holds (their titles end in "(i)"), sorted.
func storedIndexes(t *testing.T, g graphJSON) []int {
	t.Helper()
	re := regexp.MustCompile(`\((\d+)\)$`)
	var out []int
	for _, l := range labelsOf(g, "article") {
		m := re.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("article %q is not one of the test's", l)
		}
		i, _ := strconv.Atoi(m[1])
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// checkPrefix fails unless idx is 0, 1, ..., len(idx)-1.
func checkPrefix(t *testing.T, what string, idx []int) {
	t.Helper()
	for i, v := range idx {
		if v != i {
			t.Fatalf("%s: articles stored are not the first %d in input order: article %d is at position %d (%v...)", what, len(idx), v, i, idx[:min(len(idx), i+3)])
		}
	}
}

// cleanExport ingests the first n articles of dir in-process into a new
// database and returns its json export.
func cleanExport(t *testing.T, dir string, n int) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	db := filepath.Join(t.TempDir(), "clean")
	mustRun(t, 0, append([]string{"ingest", "--db", db, "--quiet"}, files[:n]...)...)
	return mustRun(t, 0, "export", "--db", db).stdout
}

// checkDB opens db as the server would and checks that what a reader
// sees is consistent: every link has its edge, every edge its ends and
// evidence, and the counters agree with a scan.
func checkDB(t *testing.T, db string) {
	t.Helper()
	s, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatalf("the database does not open after the interruption: %v", err)
	}
	defer s.Close()
	graphtest.CheckConsistent(t, s)
}

// TestIngestInterruptedAndKilled runs the real binary on 2,000 articles,
// stops it with SIGTERM, then SIGKILLs a second run midway, and checks
// after each that nothing is half-stored and that the work resumes.
//
// The criterion: ingest writes articles one Badger transaction each, in
// input order (files in lexical order; write-behind queues the commits
// but keeps their order), so after any interruption the
// stored articles must be exactly the first k of the input, and the whole
// database must equal, byte for byte in the json export, the database a
// clean run over just those k files builds. That proves every stored
// article is complete (all its nodes, edges, evidence and the counters)
// and no later article left anything behind. Running the same ingest
// again must then finish with the k articles as duplicates and give the
// export of one clean uninterrupted run over all 2,000.
func TestIngestInterruptedAndKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 2,000 articles several times")
	}
	bin := binary(t)
	const n = 2000
	dir := t.TempDir()
	for i := range n {
		writeFile(t, dir, fmt.Sprintf("a%04d.txt", i), []byte(newsArticle(i)))
	}
	db := filepath.Join(t.TempDir(), "db")

	// SIGTERM: a graceful stop that says how far it got.
	code, stderr, shown := ingestUntil(t, bin, db, dir, 150, syscall.SIGTERM)
	if code != 1 || !strings.Contains(stderr, "interrupted; the articles counted above are stored") {
		t.Fatalf("ingest after SIGTERM: exit %d, want 1 and 'interrupted'\n%s", code, stderr)
	}
	m := regexp.MustCompile(`newsgraph ingest: (\d+) ingested, 0 duplicates, 0 failed`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary after SIGTERM:\n%s", stderr)
	}
	termed, _ := strconv.Atoi(m[1])
	got := mustRun(t, 0, "export", "--db", db).stdout // read-only: the database was closed cleanly
	idx := storedIndexes(t, parseGraph(t, got))
	if len(idx) != termed || termed < shown || termed >= n {
		t.Fatalf("after SIGTERM %d articles are stored, the summary says %d, the bar showed %d", len(idx), termed, shown)
	}
	checkPrefix(t, "after SIGTERM", idx)
	if want := cleanExport(t, dir, termed); got != want {
		t.Fatalf("after SIGTERM the database differs from a clean ingest of the first %d articles", termed)
	}
	t.Logf("SIGTERM after %d files shown: %d articles stored", shown, termed)

	// SIGKILL: no chance to close the database.
	code, stderr, shown = ingestUntil(t, bin, db, dir, termed+400, syscall.SIGKILL)
	if code != -int(syscall.SIGKILL) {
		t.Fatalf("ingest was to be killed, but exited %d\n%s", code, stderr)
	}
	checkDB(t, db)
	got = mustRun(t, 0, "export", "--db", db).stdout
	idx = storedIndexes(t, parseGraph(t, got))
	killed := len(idx)
	// The bar counts articles handed to the store; with write-behind a
	// few of those may not have been committed when the kill came, and
	// are simply ingested again by the next run.
	if killed == 0 || killed >= n {
		t.Fatalf("after SIGKILL %d articles are stored; the bar had shown %d files done", killed, shown)
	}
	checkPrefix(t, "after SIGKILL", idx)
	if want := cleanExport(t, dir, killed); got != want {
		t.Fatalf("after SIGKILL the database differs from a clean ingest of the first %d articles", killed)
	}
	t.Logf("SIGKILL after %d files shown: %d articles stored", shown, killed)

	// The same command again finishes the work, without duplicates.
	cmd := exec.Command(bin, "ingest", "--db", db, dir)
	var errb strings.Builder
	cmd.Stderr = &errb
	cmd.Stdout = io.Discard
	start := time.Now()
	if code := exitCode(t, cmd); code != 0 {
		t.Fatalf("ingest after the crash: exit %d\n%s", code, errb.String())
	}
	if want := fmt.Sprintf("%d ingested, %d duplicates, 0 failed", n-killed, killed); !strings.Contains(errb.String(), want) {
		t.Errorf("ingest after the crash said %q, want %q", errb.String(), want)
	}
	t.Logf("resumed run took %s", time.Since(start).Round(time.Millisecond))
	if got, want := mustRun(t, 0, "export", "--db", db).stdout, cleanExport(t, dir, n); got != want {
		t.Fatalf("after the resumed run the database differs from one clean run over all %d articles (%d and %d bytes)", n, len(got), len(want))
	}
	checkDB(t, db)
}
