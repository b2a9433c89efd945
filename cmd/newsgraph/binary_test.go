package main_test

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds newsgraph once per test run and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found: cannot build the binary")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "newsgraph")
		out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := pgtest.Main(m) // runs m, with a PostgreSQL for --store
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// exitCode runs cmd and returns its exit status.
func exitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatalf("%s: %v", cmd, err)
	return -1
}

func TestBinaryIngestAndExport(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "db")

	var stderr bytes.Buffer
	cmd := exec.Command(bin, "ingest", "--db", db, testdata("mixed"))
	cmd.Stderr = &stderr
	if code := exitCode(t, cmd); code != 1 {
		t.Fatalf("ingest of a folder with a bad file: exit %d, want 1\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "b-empty.txt: empty file") || !strings.Contains(stderr.String(), "3 ingested, 0 duplicates, 1 failed") {
		t.Errorf("ingest stderr:\n%s", stderr.String())
	}

	out := filepath.Join(t.TempDir(), "graph.json")
	cmd = exec.Command(bin, "export", "--db", db, "--format", "json", "-o", out)
	if code := exitCode(t, cmd); code != 0 {
		t.Fatalf("export: exit %d", code)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	g := decodeExport(t, string(data))
	if n := len(g.labels("article")); n != 3 {
		t.Errorf("exported %d articles, want 3", n)
	}

	// The in-process run gives the same bytes as the binary.
	if r := mustRun(t, 0, "export", "--db", db); r.stdout != string(data) {
		t.Errorf("in-process export differs from the binary's (%d and %d bytes)", len(r.stdout), len(data))
	}

	cmd = exec.Command(bin, "export", "--db", db, "--format", "bogus")
	stderr.Reset()
	cmd.Stderr = &stderr
	if code := exitCode(t, cmd); code != 2 || !strings.Contains(stderr.String(), `unknown format "bogus"`) {
		t.Errorf("export --format bogus: exit %d, stderr %q; want 2", code, stderr.String())
	}
}

func TestBinaryServeStopsOnSIGINT(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0", "--no-seeds")
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	var mu sync.Mutex
	var log strings.Builder
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			mu.Lock()
			log.WriteString(sc.Text() + "\n")
			mu.Unlock()
			lines <- sc.Text()
		}
		close(lines)
	}()
	read := func() string { mu.Lock(); defer mu.Unlock(); return log.String() }
	base := waitFor(t, read, listening, 60*time.Second)

	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /: %s", resp.Status)
	}

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	for range lines {
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err != nil {
			t.Errorf("serve after SIGINT: %v, want exit 0\n%s", err, read())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve still running 30s after SIGINT")
	}
	if !strings.Contains(read(), "shutting down") {
		t.Errorf("serve did not report shutting down:\n%s", read())
	}
	// The database was closed cleanly: it opens read-only for export.
	if r := run(t, "", "export", "--db", db); r.code != 0 {
		t.Errorf("export after the server stopped: exit %d\n%s", r.code, r.stderr)
	}
}
