package main_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// The commands on a PostgreSQL graph (--store), against the server
// internal/pgtest starts for this test binary.

func TestPostgresServeSeedsAndAnswersGraphQL(t *testing.T) {
	url := pgtest.URL(t)
	s := startServe(t, "--store", url)
	if !strings.Contains(s.stderr.String(), "filled with the seed articles: 5 ingested, 0 duplicates, 0 failed") {
		t.Errorf("serve did not report seeding:\n%s", s.stderr.String())
	}
	if strings.Contains(s.stderr.String(), "newsgraph@") && strings.Contains(url, "password") {
		t.Errorf("serve printed the password")
	}
	var d actorsData
	query(t, s.base, zelenskyyQuery, &d)
	if d.Actors.TotalCount != 1 || len(d.Actors.Edges) != 1 || d.Actors.Edges[0].Node.Statements.TotalCount == 0 {
		t.Fatalf("actors named Zelenskyy: %+v, want one with statements", d.Actors)
	}
	if code := s.stop(t); code != 0 {
		t.Fatalf("serve exited %d", code)
	}
	// A second server finds the graph and does not seed it again.
	s = startServe(t, "--store", url)
	if strings.Contains(s.stderr.String(), "filled with the seed articles") {
		t.Errorf("serve seeded a graph that has articles:\n%s", s.stderr.String())
	}
	var again actorsData
	query(t, s.base, zelenskyyQuery, &again)
	if again.Actors.Edges[0].Node.ID != d.Actors.Edges[0].Node.ID {
		t.Errorf("after a restart Zelensky is %s, was %s", again.Actors.Edges[0].Node.ID, d.Actors.Edges[0].Node.ID)
	}
}

// TestPostgresIngestAndExportMatchBadger ingests the same files into
// both stores and compares their exports, which must be identical.
func TestPostgresIngestAndExportMatchBadger(t *testing.T) {
	url := pgtest.URL(t)
	db := filepath.Join(t.TempDir(), "db")
	for _, target := range [][]string{{"--db", db}, {"--store", url}} {
		r := run(t, "", append(append([]string{"ingest"}, target...), testdata("mixed"))...)
		if r.code != 1 || !strings.Contains(r.stderr, "3 ingested, 0 duplicates, 1 failed") {
			t.Fatalf("ingest %s: exit %d, want 1 (one empty file)\n%s", target[0], r.code, r.stderr)
		}
	}
	// Ingesting again changes nothing.
	if r := run(t, "", "ingest", "--store", url, testdata("mixed")); !strings.Contains(r.stderr, "0 ingested, 3 duplicates, 1 failed") {
		t.Errorf("second ingest into PostgreSQL:\n%s", r.stderr)
	}
	for _, format := range []string{"json", "graphml", "csv"} {
		b := mustRun(t, 0, "export", "--db", db, "--format", format)
		p := mustRun(t, 0, "export", "--store", url, "--format", format)
		if b.stdout != p.stdout || len(b.stdout) < 100 {
			t.Errorf("--format %s: the PostgreSQL export differs from Badger's:\nBadger:\n%.2000s\nPostgreSQL:\n%.2000s", format, b.stdout, p.stdout)
		}
	}
	b := mustRun(t, 0, "export", "--db", db, "--root", "Ramaphosa", "--depth", "2")
	p := mustRun(t, 0, "export", "--store", url, "--root", "Ramaphosa", "--depth", "2")
	if b.stdout != p.stdout {
		t.Errorf("rooted exports differ:\nBadger:\n%.2000s\nPostgreSQL:\n%.2000s", b.stdout, p.stdout)
	}
}

func TestPostgresStoreErrors(t *testing.T) {
	url := pgtest.URL(t)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", "--store", "mysql://u:pw@host/db"}, 2, `--store "mysql://u:xxxxx@host/db": want a postgres:// or postgresql:// URL`},
		{[]string{"ingest", "--db", "x", "--store", url, "-"}, 2, "--db and --store name two databases; give one"},
		{[]string{"export", "--store", url}, 1, "no newsgraph graph at"},
		{[]string{"export", "--store", "postgres://newsgraph:pw@127.0.0.1:1/none?sslmode=disable&connect_timeout=5"}, 1, "127.0.0.1"},
	} {
		r := run(t, "", tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("newsgraph %s: exit %d, stderr %q; want %d and %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.code, tt.want)
		}
		if strings.Contains(r.stderr, ":pw@") {
			t.Errorf("newsgraph %s printed a password: %s", strings.Join(tt.args, " "), r.stderr)
		}
	}
}

// TestPostgresMigrateBothWays copies a Badger database into PostgreSQL
// and back with newsgraph migrate, which verifies each copy; the three
// exports are the same.
func TestPostgresMigrateBothWays(t *testing.T) {
	url := pgtest.URL(t)
	db := filepath.Join(t.TempDir(), "db")
	back := filepath.Join(t.TempDir(), "back")
	run(t, "", "ingest", "--db", db, testdata("mixed"))

	r := mustRun(t, 0, "migrate", "--from", db, "--to", url)
	for _, want := range []string{"json export identical", "content digest identical", "edges copied"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("migrate to PostgreSQL did not say %q:\n%s", want, r.stderr)
		}
	}
	// Run again: the copy is finished, and is verified again.
	if r := mustRun(t, 0, "migrate", "--from", db, "--to", url); !strings.Contains(r.stderr, "resumed") {
		t.Errorf("a second migrate:\n%s", r.stderr)
	}
	mustRun(t, 0, "migrate", "--from", url, "--to", back)
	want := mustRun(t, 0, "export", "--db", db).stdout
	for _, args := range [][]string{{"--store", url}, {"--db", back}} {
		if got := mustRun(t, 0, append([]string{"export"}, args...)...).stdout; got != want {
			t.Errorf("export %s differs from the source's", args[0])
		}
	}

	// A destination that holds another graph is refused.
	r = run(t, "", "migrate", "--from", back, "--to", url)
	if r.code != 1 || !strings.Contains(r.stderr, "holds a copy from") {
		t.Errorf("migrate into a copy of another source: exit %d\n%s", r.code, r.stderr)
	}
	other := filepath.Join(t.TempDir(), "other")
	run(t, "", "ingest", "--db", other, testdata("call.txt"))
	r = run(t, "", "migrate", "--from", url, "--to", other)
	if r.code != 1 || !strings.Contains(r.stderr, "not empty") {
		t.Errorf("migrate into a database that holds a graph: exit %d\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{{"migrate", "--from", db}, {"migrate", "--from", db, "--to", db}} {
		if r := run(t, "", args...); r.code != 2 {
			t.Errorf("newsgraph %s: exit %d, want 2", strings.Join(args, " "), r.code)
		}
	}
	if r := run(t, "", "migrate", "--from", filepath.Join(t.TempDir(), "none"), "--to", url); r.code != 1 || !strings.Contains(r.stderr, "--from: no database at") {
		t.Errorf("migrate from a missing folder: exit %d\n%s", r.code, r.stderr)
	}
}
