package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"serve", "ingest", "export", "parse", "version", "help"} {
		for _, args := range [][]string{{cmd, "--help"}, {cmd, "-h"}, {"help", cmd}} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				r := run(t, "", args...)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
				}
				if !strings.HasPrefix(r.stdout, "Usage: newsgraph "+cmd) {
					t.Errorf("stdout %.200q, want the usage of %s", r.stdout, cmd)
				}
			})
		}
	}
	for _, args := range [][]string{{"--help"}, {"help"}, {"-h"}} {
		r := run(t, "", args...)
		if r.code != 0 || !strings.Contains(r.stdout, "Commands:") || !strings.Contains(r.stdout, "export") {
			t.Errorf("newsgraph %s: exit %d, stdout %.200q; want 0 and the command list", args[0], r.code, r.stdout)
		}
	}
	// The export help lists every format.
	r := run(t, "", "export", "--help")
	for _, f := range []string{"json", "--format", "--root", "--class", "-o FILE"} {
		if !strings.Contains(r.stdout, f) {
			t.Errorf("export --help does not mention %q", f)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "Commands:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"ingest"}, "no PATH to ingest"},
		{[]string{"ingest", "--bogus", "x.txt"}, "flag provided but not defined: -bogus"},
		{[]string{"ingest", "--format", "pdf", "-"}, `--format: "pdf" is not an input format`},
		{[]string{"ingest", "--max-size", "lots", "x.txt"}, `--max-size: "lots" is not a positive size`},
		{[]string{"ingest", "--max-size", "10XB", "x.txt"}, `--max-size: "10XB" is not a positive size`},
		{[]string{"export", "--format", "xml"}, `unknown format "xml" (formats: json`},
		{[]string{"export", "--class", "HUGGED"}, `unknown edge class "HUGGED"`},
		{[]string{"export", "--since", "someday"}, `--since: "someday" is not a date`},
		{[]string{"export", "--since", "2025-12-31", "--until", "2025-01-01"}, "--since: 2025-12-31 is after --until 2025-01-01"},
		{[]string{"export", "--root", "Zelensky", "--depth", "-1"}, "--depth: -1 is negative"},
		{[]string{"export", "--depth", "2"}, "--depth: needs at least one root"},
		{[]string{"export", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--addr", "nonsense"}, `--addr "nonsense": want HOST:PORT`},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, `--addr "127.0.0.1:99999": port "99999" is not a port number`},
		{[]string{"version", "x"}, "version takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := run(t, "", tt.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q, want it to say %q", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	r := mustRun(t, 0, "version")
	if !regexp.MustCompile(`^newsgraph \S+ \(.*go1\.\d+`).MatchString(r.stdout) {
		t.Errorf("version printed %q", r.stdout)
	}
}

func TestIngestTwiceExportsTheSameBytes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	r := mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	if !strings.Contains(r.stderr, "1 ingested, 0 duplicates, 0 failed") {
		t.Errorf("first ingest said %q", r.stderr)
	}
	first := mustRun(t, 0, "export", "--db", db, "--format", "json").stdout

	r = mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	if !strings.Contains(r.stderr, "0 ingested, 1 duplicate, 0 failed") {
		t.Errorf("second ingest said %q", r.stderr)
	}
	second := mustRun(t, 0, "export", "--db", db).stdout // json is the default
	if first != second {
		t.Fatalf("exports differ after ingesting the same file again:\n%s\n---\n%s", first, second)
	}

	g := decodeExport(t, first)
	arts := g.labels("article")
	if len(arts) != 1 {
		t.Fatalf("articles %q, want one", arts)
	}
	for _, n := range g.Nodes {
		if n.Kind == "article" && (n.Date != "2025-12-26" || n.URL != "https://news.example.com/world/zelenskyy-call") {
			t.Errorf("article node date %q url %q, want the header lines' 2025-12-26 and URL", n.Date, n.URL)
		}
	}
	if len(g.labels("actor")) == 0 || len(g.Edges) == 0 {
		t.Errorf("export has %d actors and %d edges, want some of each", len(g.labels("actor")), len(g.Edges))
	}
}

func TestIngestFolderWithABadFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	r := run(t, "", "ingest", "--db", db, testdata("mixed"))
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	bad := testdata("mixed/b-empty.txt")
	if !regexp.MustCompile(`(?m)^failed: .*` + regexp.QuoteMeta(bad) + `: empty file$`).MatchString(r.stderr) {
		t.Errorf("stderr does not name %s and its reason:\n%s", bad, r.stderr)
	}
	if !strings.Contains(r.stderr, "3 ingested, 0 duplicates, 1 failed (4 files in ") {
		t.Errorf("stderr has no summary of 3 ingested and 1 failed:\n%s", r.stderr)
	}
	g := decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout)
	arts := strings.Join(g.labels("article"), " | ")
	for _, title := range []string{"Leaders meet in Nairobi", "Drones strike Kyiv", "EU adopts new sanctions against Russia"} {
		if !strings.Contains(arts, title) {
			t.Errorf("articles %q, want %q among them", arts, title)
		}
	}
	if n := len(g.labels("article")); n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
}

func TestIngestMissingPathAndStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	missing := filepath.Join(t.TempDir(), "nope.txt")
	r := run(t, "Title: From a pipe\n\nZelenskyy spoke with Witkoff on Thursday.\n", "ingest", "--db", db, "-", missing)
	if r.code != 1 || !strings.Contains(r.stderr, missing+": no such file or directory") {
		t.Fatalf("exit %d, stderr %q; want 1 naming %s", r.code, r.stderr, missing)
	}
	if !strings.Contains(r.stderr, "1 ingested, 0 duplicates, 1 failed") {
		t.Errorf("stderr %q, want stdin ingested and the missing file failed", r.stderr)
	}
	g := decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout)
	if arts := g.labels("article"); len(arts) != 1 || arts[0] != "From a pipe" {
		t.Errorf("articles %q, want the one from stdin", arts)
	}

	r = run(t, `{"title":"Line one","text":"Peskov said Russia was studying the plan."}`+"\n", "ingest", "--db", db, "--format", "jsonl", "--quiet", "-")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("quiet jsonl from stdin: exit %d, stderr %q; want 0 and silence", r.code, r.stderr)
	}
}

func TestIngestNothingFound(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("a,b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "db"), dir)
	if r.code != 1 || !strings.Contains(r.stderr, "skipped "+filepath.Join(dir, "notes.csv")+": unknown extension") || !strings.Contains(r.stderr, "no articles found in "+dir) {
		t.Errorf("exit %d, stderr %q; want 1, the skipped file and 'no articles found'", r.code, r.stderr)
	}
}

func TestExportToFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, testdata("call.txt"), testdata("mixed"))
	stdout := mustRun(t, 0, "export", "--db", db, "--format", "json").stdout

	dir := t.TempDir()
	out := filepath.Join(dir, "graph.json")
	r := mustRun(t, 0, "export", "--db", db, "--format", "json", "-o", out)
	if r.stdout != "" {
		t.Errorf("export -o wrote %d bytes to stdout", len(r.stdout))
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != stdout {
		t.Errorf("export -o wrote %d bytes, stdout export has %d; want the same", len(data), len(stdout))
	}
	if names := filesIn(t, dir); len(names) != 1 {
		t.Errorf("files beside the export: %q, want graph.json alone", names)
	}

	// A failed export leaves no file, not even a partial one.
	failed := filepath.Join(dir, "failed.json")
	r = run(t, "", "export", "--db", db, "--root", "Nobody Atall", "-o", failed)
	if r.code != 1 || !strings.Contains(r.stderr, `--root: no actor named "Nobody Atall"`) {
		t.Errorf("export of an unknown root: exit %d, stderr %q", r.code, r.stderr)
	}
	if names := filesIn(t, dir); len(names) != 1 {
		t.Errorf("files after a failed export: %q, want graph.json alone", names)
	}
	r = run(t, "", "export", "--db", db, "-o", filepath.Join(dir, "no-such-dir", "x.json"))
	if r.code != 1 || !strings.Contains(r.stderr, "no-such-dir") {
		t.Errorf("export into a missing folder: exit %d, stderr %q; want 1 naming it", r.code, r.stderr)
	}
}

func TestExportScope(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, testdata("call.txt"), testdata("mixed"))
	whole := decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout)

	// An actor named by a spelling the text does not use.
	part := decodeExport(t, mustRun(t, 0, "export", "--db", db, "--root", "Zelenskiy", "--depth", "1").stdout)
	if len(part.Nodes) == 0 || len(part.Nodes) >= len(whole.Nodes) {
		t.Errorf("neighbourhood of Zelenskiy has %d nodes of %d, want some but not all", len(part.Nodes), len(whole.Nodes))
	}
	found := false
	for _, n := range part.Nodes {
		if n.Kind == "actor" && strings.Contains(n.Label, "Zelensk") {
			found = true
		}
	}
	if !found {
		t.Errorf("neighbourhood of Zelenskiy lacks him: %q", part.labels("actor"))
	}

	mentions := decodeExport(t, mustRun(t, 0, "export", "--db", db, "--class", "mentions").stdout)
	for _, e := range mentions.Edges {
		if e.Class != "MENTIONS" {
			t.Errorf("--class mentions exported a %s edge", e.Class)
		}
	}
	none := decodeExport(t, mustRun(t, 0, "export", "--db", db, "--since", "2030-01-01").stdout)
	if len(none.Edges) != 0 {
		t.Errorf("--since 2030-01-01 exported %d edges, want none", len(none.Edges))
	}
}

func TestExportWithoutDatabase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nothing-here")
	r := run(t, "", "export", "--db", dir)
	if r.code != 1 || !strings.Contains(r.stderr, "no database at "+dir) {
		t.Errorf("exit %d, stderr %q; want 1 and 'no database at %s'", r.code, r.stderr, dir)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("export created %s", dir)
	}
}

func TestIngestSizeLimit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	r := run(t, "", "ingest", "--db", db, "--max-size", "100B", testdata("call.txt"), testdata("mixed/a-summit.txt"))
	if r.code != 1 || !regexp.MustCompile(`(?m)^failed: `+regexp.QuoteMeta(testdata("call.txt"))+`: file too large \(\d+ bytes, the limit is 100\)$`).MatchString(r.stderr) {
		t.Errorf("exit %d, stderr %q; want 1 and call.txt named as too large", r.code, r.stderr)
	}
	r = mustRun(t, 0, "ingest", "--db", db, "--max-size", "1KiB", testdata("call.txt"))
	if !strings.Contains(r.stderr, "1 ingested") {
		t.Errorf("under a 1 KiB limit: %q", r.stderr)
	}
}

// Every usage line writes its flags as --help's Flags section and the
// README do: one-letter flags with one dash ("-o FILE", not "--o FILE"),
// and each value named by what it is ("--workers N", "--query-timeout
// DURATION"), never by its Go type ("int", "duration", "uint").
func TestUsageLinesNameFlagsAndValues(t *testing.T) {
	flagInUsage := regexp.MustCompile(`\[(-+)([\w-]+)(?: ([^\]]+))?\]`)
	named := regexp.MustCompile(`^[A-Z][A-Z0-9_:]*(\|[A-Z0-9_:]+)*$|^[a-z]+(\|[a-z]+)+$`)
	for _, cmd := range []string{"serve", "ingest", "export", "migrate", "backup", "restore", "parse", "explain", "check", "gen", "loadtest"} {
		r := run(t, "", cmd, "--help")
		usage, _, _ := strings.Cut(r.stdout, "\n\n")
		if !strings.HasPrefix(usage, "Usage: newsgraph "+cmd) {
			t.Fatalf("%s --help: no usage line first:\n%.300s", cmd, r.stdout)
		}
		for _, m := range flagInUsage.FindAllStringSubmatch(usage, -1) {
			dash, name, value := m[1], m[2], m[3]
			if want := map[bool]string{true: "-", false: "--"}[len(name) == 1]; dash != want {
				t.Errorf("%s usage writes %q; want %s%s", cmd, m[0], want, name)
			}
			if value != "" && !named.MatchString(value) {
				t.Errorf("%s usage writes %q: the value is %q, not a name (FILE, N, DURATION) or a list of choices (text|conllu)", cmd, m[0], value)
			}
		}
	}
}
