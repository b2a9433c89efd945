package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupRestoreRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, "--quiet", testdata("call.txt"), testdata("mixed"))
	want := mustRun(t, 0, "export", "--db", db).stdout

	dir := t.TempDir()
	file := filepath.Join(dir, "graph.backup")
	r := mustRun(t, 0, "backup", "--db", db, "-o", file)
	if !strings.Contains(r.stderr, "4 articles") || r.stdout != "" {
		t.Errorf("backup said %q on stderr and %d bytes on stdout", r.stderr, len(r.stdout))
	}
	if names := filesIn(t, dir); len(names) != 1 {
		t.Errorf("files beside the backup: %q, want it alone", names)
	}

	restored := filepath.Join(t.TempDir(), "restored")
	r = mustRun(t, 0, "restore", "--db", restored, "-i", file)
	if !strings.Contains(r.stderr, "restored into "+restored+": 4 articles") {
		t.Errorf("restore said %q", r.stderr)
	}
	if got := mustRun(t, 0, "export", "--db", restored).stdout; got != want {
		t.Fatalf("the restored database exports %d bytes, the original %d: they differ", len(got), len(want))
	}

	// Through standard output and standard input.
	viaPipe := mustRun(t, 0, "backup", "--db", db, "-o", "-").stdout
	piped := filepath.Join(t.TempDir(), "piped")
	if r := run(t, viaPipe, "restore", "--db", piped, "-i", "-"); r.code != 0 {
		t.Fatalf("restore from stdin: exit %d\n%s", r.code, r.stderr)
	}
	if got := mustRun(t, 0, "export", "--db", piped).stdout; got != want {
		t.Error("the database restored from standard input differs from the original")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != viaPipe {
		t.Errorf("the backup to a file (%d bytes) and to stdout (%d bytes) differ", len(data), len(viaPipe))
	}

	// The restored database takes new articles like the original.
	mustRun(t, 0, "ingest", "--db", restored, "--quiet", testdata("mixed/c-strike.md"))
	r = mustRun(t, 0, "ingest", "--db", restored, testdata("call.txt"))
	if !strings.Contains(r.stderr, "0 ingested, 1 duplicate") {
		t.Errorf("an article of the backup was not known as stored after the restore: %q", r.stderr)
	}
}

func TestRestoreRefusals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, "--quiet", testdata("call.txt"))
	file := filepath.Join(t.TempDir(), "one.backup")
	mustRun(t, 0, "backup", "--db", db, "-o", file)
	one := mustRun(t, 0, "export", "--db", db).stdout

	other := filepath.Join(t.TempDir(), "other")
	mustRun(t, 1, "ingest", "--db", other, "--quiet", testdata("mixed"))
	two := mustRun(t, 0, "export", "--db", other).stdout

	r := run(t, "", "restore", "--db", other, "-i", file)
	if r.code != 1 || !strings.Contains(r.stderr, "the database holds data: 3 articles") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("restore over a database with data: exit %d, stderr %q; want 1, the count and --force", r.code, r.stderr)
	}
	if got := mustRun(t, 0, "export", "--db", other).stdout; got != two {
		t.Error("a refused restore changed the database")
	}

	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct{ name, data, want string }{
		{"cut.backup", string(data[:len(data)/2]), "truncated"},
		{"export.json", one, "not a newsgraph backup"},
		{"empty.backup", "", "empty input"},
	} {
		p := filepath.Join(t.TempDir(), bad.name)
		if err := os.WriteFile(p, []byte(bad.data), 0o644); err != nil {
			t.Fatal(err)
		}
		r := run(t, "", "restore", "--db", other, "--force", "-i", p)
		if r.code != 1 || !strings.Contains(r.stderr, p+": ") || !strings.Contains(r.stderr, bad.want) {
			t.Errorf("restore --force of %s: exit %d, stderr %q; want 1 naming it and saying %q", bad.name, r.code, r.stderr, bad.want)
		}
		if m := goName.FindString(r.stderr); m != "" {
			t.Errorf("restore --force of %s names the Go function %q: %q", bad.name, m, r.stderr)
		}
		if got := mustRun(t, 0, "export", "--db", other).stdout; got != two {
			t.Errorf("a failed restore of %s changed the database", bad.name)
		}
	}
	if names := filesIn(t, filepath.Dir(other)); len(names) != 1 {
		t.Errorf("beside the database after failed restores: %q, want it alone", names)
	}

	r = mustRun(t, 0, "restore", "--db", other, "--force", "-i", file)
	if !strings.Contains(r.stderr, "replacing the database that was there") {
		t.Errorf("forced restore said %q", r.stderr)
	}
	if got := mustRun(t, 0, "export", "--db", other).stdout; got != one {
		t.Error("a forced restore did not give the backup's database")
	}
}

func TestBackupErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing")
	r := run(t, "", "backup", "--db", missing, "-o", filepath.Join(t.TempDir(), "x.backup"))
	if r.code != 1 || !strings.Contains(r.stderr, "no database at "+missing) {
		t.Errorf("backup of a missing database: exit %d, stderr %q", r.code, r.stderr)
	}

	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, "--quiet", testdata("call.txt"))
	dir := t.TempDir()
	r = run(t, "", "backup", "--db", db, "-o", filepath.Join(dir, "no-such-dir", "x.backup"))
	if r.code != 1 || !strings.Contains(r.stderr, "no-such-dir") {
		t.Errorf("backup into a missing folder: exit %d, stderr %q", r.code, r.stderr)
	}
	if names := filesIn(t, dir); len(names) != 0 {
		t.Errorf("a failed backup left %q", names)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"backup", "--db", db}, "no output file (-o FILE"},
		{[]string{"backup", "--db", db, "-o", "x", "extra"}, `unexpected argument "extra"`},
		{[]string{"restore", "--db", db}, "no backup file (-i FILE"},
		{[]string{"restore", "-i", "x", "--bogus"}, "flag provided but not defined: -bogus"},
	} {
		r := run(t, "", tt.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, r.code, r.stderr, tt.want)
		}
	}
	for _, cmd := range []string{"backup", "restore"} {
		r := mustRun(t, 0, cmd, "--help")
		if !strings.HasPrefix(r.stdout, "Usage: newsgraph "+cmd) || !strings.Contains(r.stdout, "--db") {
			t.Errorf("%s --help: %.200q", cmd, r.stdout)
		}
	}

	// A served database cannot be backed up or restored into by another
	// process.
	served := filepath.Join(t.TempDir(), "served")
	serve(t, "--db", served, "--no-seeds")
	file := filepath.Join(t.TempDir(), "b.backup")
	r = run(t, "", "backup", "--db", served, "-o", file)
	if r.code != 1 || !strings.Contains(r.stderr, "in use by another process") {
		t.Errorf("backup of a served database: exit %d, stderr %q", r.code, r.stderr)
	}
	mustRun(t, 0, "backup", "--db", db, "-o", file)
	r = run(t, "", "restore", "--db", served, "--force", "-i", file)
	if r.code != 1 || !strings.Contains(r.stderr, "in use by another process") {
		t.Errorf("restore into a served database: exit %d, stderr %q", r.code, r.stderr)
	}
}
