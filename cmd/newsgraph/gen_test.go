package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenWritesTheSameCorpusForASeed(t *testing.T) {
	a, b, c := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b"), filepath.Join(t.TempDir(), "c")
	r := mustRun(t, 0, "gen", "--articles", "12", "-o", a, "--seed", "4")
	if !strings.Contains(r.stdout, "wrote 12 articles") || !strings.Contains(r.stdout, "most mentioned: ") {
		t.Errorf("stdout %q; want the count and the hubs", r.stdout)
	}
	mustRun(t, 0, "gen", "--articles", "12", "-o", b, "--seed", "4", "--workers", "1")
	mustRun(t, 0, "gen", "--articles", "12", "-o", c, "--seed", "5")
	read := func(dir string) map[string][]byte {
		t.Helper()
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = data
		}
		return out
	}
	fa, fb, fc := read(a), read(b), read(c)
	if len(fa) != 12 {
		t.Fatalf("%d files, want 12", len(fa))
	}
	for name, data := range fa {
		if !bytes.HasPrefix(data, []byte("Title: ")) || !bytes.Contains(data, []byte("\nDate: 20")) {
			t.Errorf("%s does not start with Title: and Date: headers: %.80q", name, data)
		}
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs between two runs with seed 4", name)
		}
		if bytes.Equal(data, fc[name]) {
			t.Errorf("%s is the same with seeds 4 and 5", name)
		}
	}
	// The articles ingest.
	db := filepath.Join(t.TempDir(), "db")
	r = mustRun(t, 0, "ingest", "--db", db, a)
	if !strings.Contains(r.stderr, "12 ingested") {
		t.Errorf("ingest stderr %q; want 12 ingested", r.stderr)
	}
}

func TestGenUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"gen", "-o", "x"}, "--articles must be a positive number"},
		{[]string{"gen", "--articles", "3"}, "no output directory (-o DIR)"},
		{[]string{"gen", "--articles", "3", "-o", "x", "extra"}, `unexpected argument "extra"`},
		{[]string{"gen", "--articles", "3", "-o", "x", "--people", "-1"}, "must not be negative"},
	} {
		r := run(t, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("newsgraph %s: exit %d, stderr %q; want 2 and %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
}
