package main_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goName matches a Go qualified function name as packages put it before
// their messages for logs ("ingest.ParseFormat: ", "store.Open: ").
var goName = regexp.MustCompile(`\b[a-z]+\.[A-Z][A-Za-z]*: `)

func TestErrorsNameTheInputNotTheFunction(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	noFolder := filepath.Join(t.TempDir(), "none")
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"unknown format", []string{"ingest", "--format", "pdf", "-"}, []string{`--format: "pdf" is not an input format`, "txt, md, html, jsonl, auto"}},
		{"unknown root", []string{"export", "--db", db, "--root", "Nobody Atall"}, []string{`newsgraph export: --root: no actor named "Nobody Atall"`}},
		{"no database", []string{"export", "--db", filepath.Join(t.TempDir(), "none")}, []string{"newsgraph export: no database at "}},
		{"missing file", []string{"ingest", "--db", db, filepath.Join(t.TempDir(), "gone.txt")}, []string{"gone.txt"}},
		// The folder of -o FILE is named, not the temporary file
		// ".x.json.tmp-PID-…" that was to be written first.
		{"output in a missing folder", []string{"export", "--db", db, "-o", filepath.Join(noFolder, "x.json")},
			[]string{"create " + filepath.Join(noFolder, "x.json") + ": folder " + noFolder + ": no such file or directory"}},
		{"backup in a missing folder", []string{"backup", "--db", db, "-o", filepath.Join(noFolder, "x.backup")},
			[]string{"create " + filepath.Join(noFolder, "x.backup") + ": folder " + noFolder + ": no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", tt.args...)
			if r.code == 0 {
				t.Fatalf("exit 0, want a failure")
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q, want it to say %q", r.stderr, w)
				}
			}
			if strings.Contains(r.stderr, ".tmp-") {
				t.Errorf("stderr names a temporary file:\n%s", r.stderr)
			}
			if m := goName.FindString(r.stderr); m != "" {
				t.Errorf("stderr names the Go function %q:\n%s", m, r.stderr)
			}
			if regexp.MustCompile(`\b(\w+): (\w+): `).FindStringSubmatch(r.stderr) != nil {
				for _, m := range regexp.MustCompile(`\b(\w+): (\w+): `).FindAllStringSubmatch(r.stderr, -1) {
					if m[1] == m[2] {
						t.Errorf("stderr doubles the prefix %q:\n%s", m[0], r.stderr)
					}
				}
			}
		})
	}
}

func TestSummaryCountsFilesInTheSingular(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	r := mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	if !strings.Contains(r.stderr, "(1 file in ") {
		t.Errorf("summary %q, want (1 file in …)", r.stderr)
	}
}

// flagLine matches a flag in the Flags section of --help.
var flagLine = regexp.MustCompile(`(?m)^  -(\S+)`)

// flagArg matches a flag and the name of its argument in the Flags
// section of --help.
var flagArg = regexp.MustCompile(`(?m)^  -(\S+) (\S+)$`)

func TestUsageLineListsEveryFlag(t *testing.T) {
	for _, cmd := range []string{"serve", "ingest", "export", "migrate", "backup", "restore", "parse", "explain", "check", "gen", "loadtest", "version", "help"} {
		t.Run(cmd, func(t *testing.T) {
			r := mustRun(t, 0, cmd, "--help")
			usage, _, _ := strings.Cut(r.stdout, "\n\n")
			flags := flagLine.FindAllStringSubmatch(r.stdout, -1)
			if cmd != "version" && cmd != "help" && len(flags) == 0 {
				t.Fatalf("--help lists no flags:\n%s", r.stdout)
			}
			for _, f := range flags {
				if !regexp.MustCompile(`-` + regexp.QuoteMeta(f[1]) + `\b`).MatchString(usage) {
					t.Errorf("usage line %q lacks --%s", usage, f[1])
				}
			}
			// A flag's argument is named alike in the usage line and
			// in its description ("--from SRC", "-from SRC").
			for _, f := range flagArg.FindAllStringSubmatch(r.stdout, -1) {
				inUsage := regexp.MustCompile(`-` + regexp.QuoteMeta(f[1]) + ` (\S+?)(?:[\]\s)]|$)`).FindStringSubmatch(usage)
				if inUsage != nil && inUsage[1] != f[2] {
					t.Errorf("--%s is given %s in the usage line and %s in its description", f[1], inUsage[1], f[2])
				}
			}
		})
	}
	r := mustRun(t, 0, "serve", "--help")
	if usage, _, _ := strings.Cut(r.stdout, "\n\n"); !strings.Contains(usage, "[--response-cache SIZE]") {
		t.Errorf("serve usage %q lacks [--response-cache SIZE]", usage)
	}
}

func TestIngestWarnsOfArticlesWithNothingExtracted(t *testing.T) {
	dir := t.TempDir()
	german := writeFile(t, dir, "de.txt", []byte("Title: Gespräche in Genf\n\n"+strings.Repeat(
		"Der ukrainische Präsident hat am Montag mit dem französischen Präsidenten über den Friedensplan gesprochen, "+
			"und die Gespräche sollen in der nächsten Woche in Genf fortgesetzt werden. ", 4)))
	rule := writeFile(t, dir, "rule.txt", []byte("* * *\n"))
	chinese := writeFile(t, dir, "zh.txt", []byte("习近平主席今天在北京会见了法国总统马克龙。\n"))
	english := testdata("call.txt")
	db := filepath.Join(t.TempDir(), "db")
	r := mustRun(t, 0, "ingest", "--db", db, german, rule, chinese, english)
	for _, w := range []string{
		"warning: " + german + ": nothing extracted: the text is not in English",
		"warning: " + rule + ": nothing extracted: no sentences",
		"warning: " + chinese + ": nothing extracted: the text is not in English",
	} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "warning: "+english) {
		t.Errorf("stderr warns about %s, from which actors are extracted:\n%s", english, r.stderr)
	}
	if !strings.Contains(r.stderr, "4 ingested") {
		t.Errorf("stderr %q, want all four stored", r.stderr)
	}
	// Again: duplicates are not warned about, and --quiet says nothing.
	r = mustRun(t, 0, "ingest", "--db", db, "--quiet", german)
	if r.stderr != "" {
		t.Errorf("ingest --quiet of a duplicate said %q", r.stderr)
	}
}

func TestExportNQuadsUnderABase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	r := mustRun(t, 0, "export", "--db", db, "--format", "nquads", "--root", "Zelensky", "--base", "https://newsgraph.example/id/")
	if !strings.HasPrefix(r.stdout, "<https://newsgraph.example/id/") || strings.Contains(r.stdout, "_:") {
		t.Errorf("export --base: %.200q, want IRIs under the base and no blank nodes", r.stdout)
	}
	r = mustRun(t, 0, "export", "--db", db, "--format", "nquads")
	if !strings.HasPrefix(r.stdout, "<urn:newsgraph:id:") {
		t.Errorf("export without --base: %.200q, want IRIs under urn:newsgraph:id:", r.stdout)
	}
	r = run(t, "", "export", "--db", db, "--format", "nquads", "--base", "id/")
	if r.code != 2 || !strings.Contains(r.stderr, `--base: base "id/" is not an absolute IRI`) {
		t.Errorf("export --base id/: exit %d, %q", r.code, r.stderr)
	}
}

// ingest --verbose tells each article's counts in good English: "1 node",
// not "1 nodes".
func TestIngestVerboseCounts(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "a.txt", []byte("French President Emmanuel Macron called Chinese President Xi Jinping on Tuesday.\n"))
	second := writeFile(t, dir, "b.txt", []byte("Title: Macron meets Scholz in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday. "+
		"Scholz rejected calls from Poland to raise the NATO spending target, and Polish Prime Minister Donald Tusk accused Berlin of dragging its feet.\n"))
	db := filepath.Join(t.TempDir(), "db")
	r := mustRun(t, 0, "ingest", "--db", db, "--verbose", first, second)
	line := regexp.MustCompile(`(?m)^ok: (\S+) \(article art_[0-9a-f]+: \d+ nodes? and \d+ edges? created, (\d+) (nodes?) and (\d+) (edges?) updated\)$`)
	oks := line.FindAllStringSubmatch(r.stderr, -1)
	if len(oks) != 2 {
		t.Fatalf("stderr %q: want an ok line for each article", r.stderr)
	}
	for _, m := range oks {
		for _, c := range [][2]string{{m[2], m[3]}, {m[4], m[5]}} {
			if (c[0] == "1") != !strings.HasSuffix(c[1], "s") {
				t.Errorf("%s: %q", m[1], m[0])
			}
		}
	}
	if !regexp.MustCompile(` 1 (node|edge) `).MatchString(r.stderr) {
		t.Errorf("stderr %q: no count of one, so the singular is not tested (the second article updated Macron's ROLE)", r.stderr)
	}
}
