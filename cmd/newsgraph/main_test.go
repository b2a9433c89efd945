package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	main "github.com/newsgraph/newsgraph/cmd/newsgraph"
)

// result is what one run of the program gave.
type result struct {
	code           int
	stdout, stderr string
}

// run runs newsgraph in-process with args and stdin, as the binary would.
func run(t testing.TB, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := new(main.Main).Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// mustRun runs newsgraph and fails the test unless it exits with code.
func mustRun(t testing.TB, code int, args ...string) result {
	t.Helper()
	r := run(t, "", args...)
	if r.code != code {
		t.Fatalf("newsgraph %s: exit %d, want %d\nstderr:\n%s", strings.Join(args, " "), r.code, code, r.stderr)
	}
	return r
}

// exported is the part of the json export the tests read.
type exported struct {
	Nodes []struct {
		ID      string   `json:"id"`
		Kind    string   `json:"kind"`
		Label   string   `json:"label"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
		Text    string   `json:"text"`
		Date    string   `json:"date"`
		URL     string   `json:"url"`
		Source  string   `json:"source"`
	} `json:"nodes"`
	Edges []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Class  string `json:"class"`
	} `json:"edges"`
}

func decodeExport(t testing.TB, data string) exported {
	t.Helper()
	var g exported
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		t.Fatalf("export is not JSON: %v\n%.300s", err, data)
	}
	return g
}

// labels returns the labels of the nodes of a kind, in export order.
func (g exported) labels(kind string) []string {
	var out []string
	for _, n := range g.Nodes {
		if n.Kind == kind {
			out = append(out, n.Label)
		}
	}
	return out
}

// lockedBuffer is a bytes.Buffer safe for a server goroutine to write
// while a test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// filesIn lists the names in dir.
func filesIn(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func testdata(name string) string { return filepath.Join("testdata", name) }
