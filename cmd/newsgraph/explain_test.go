package main_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

const seedArticle = "../../seeds/000_97bc9f889c20d96a.txt"

// decodeExplanations reads the stream of JSON objects explain --json
// writes.
func decodeExplanations(t *testing.T, data string) []extract.Explanation {
	t.Helper()
	var out []extract.Explanation
	dec := json.NewDecoder(strings.NewReader(data))
	for {
		var ex extract.Explanation
		err := dec.Decode(&ex)
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("explain --json: %v\n%.500s", err, data)
		}
		out = append(out, ex)
	}
}

func TestExplainFile(t *testing.T) {
	if h := mustRun(t, 0, "explain", "--help"); !strings.HasPrefix(h.stdout, "Usage: newsgraph explain") || !strings.Contains(h.stdout, "docs/EXPLAIN.md") {
		t.Errorf("explain --help: %.300q", h.stdout)
	}
	r := mustRun(t, 0, "explain", seedArticle)
	for _, want := range []string{
		`ARTICLE art_`,
		"\nACTORS (", "\nSTATEMENTS (", "\nRELATIONS (", "\nEVENTS (", "\nROLES (",
		"Volodymyr Zelensky -CONSULT-> Steve Witkoff",
		"rule      rel.verb-object",
		"rule      stmt.quote-then-verb (quotation, cue \"said\")",
		"mention.single-name: single name matched to a word of the full name Steve Witkoff",
		"when      2025-12-25 from s1 320-328 \"Thursday\"",
		"trigger     had/VERB --ccomp--> said",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain output lacks %q", want)
		}
	}
	if strings.Contains(r.stdout, "REJECTED") {
		t.Error("explain without --all lists rejected candidates")
	}
	if r.stderr != "" {
		t.Errorf("stderr %q, want nothing", r.stderr)
	}
	all := mustRun(t, 0, "explain", "--all", seedArticle)
	if !strings.Contains(all.stdout, "\nREJECTED (") || !strings.Contains(all.stdout, "object not an actor") {
		t.Errorf("explain --all lists no rejected candidates:\n%.3000s", all.stdout[strings.Index(all.stdout, "ROLES"):])
	}
	js := decodeExplanations(t, mustRun(t, 0, "explain", "--json", "--all", seedArticle).stdout)
	if len(js) != 1 || len(js[0].Relations) == 0 || len(js[0].Rejected) == 0 || js[0].Relations[0].Rule == "" {
		t.Fatalf("explain --json --all: %d explanations, want one with relations, rules and rejections", len(js))
	}
}

func TestExplainStdinAndFormats(t *testing.T) {
	text := "Kenyan President William Ruto hosted South African President Cyril Ramaphosa on Saturday for talks on regional security.\n"
	r := run(t, text, "explain", "--json")
	if r.code != 0 {
		t.Fatalf("explain from stdin: exit %d\n%s", r.code, r.stderr)
	}
	ex := decodeExplanations(t, r.stdout)
	if len(ex) != 1 || len(ex[0].Relations) == 0 || ex[0].Relations[0].Source.Label != "William Ruto" {
		t.Fatalf("explain from stdin: %+v, want Ruto's relation", ex)
	}
	r = run(t, text, "explain", "--sentences", "-")
	for _, want := range []string{"\nSENTENCES (1)\n", "s0 0-", "hosted           VERB   root         -> ROOT", "mention   \"William Ruto\"", "made      relation 1 William Ruto -CONSULT-> Cyril Ramaphosa, asserted"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("explain --sentences: exit %d, output lacks %q:\n%s", r.code, want, r.stdout)
		}
	}
	html := "<html><head><title>Talks</title></head><body><article><p>" + text + "</p></article></body></html>"
	if r := run(t, html, "explain", "--format", "html", "-"); r.code != 0 || !strings.Contains(r.stdout, "William Ruto -CONSULT-> Cyril Ramaphosa") {
		t.Errorf("explain --format html -: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// A JSONL file: every good line is explained, a bad one is named.
	dir := t.TempDir()
	jsonl := `{"text": "` + strings.TrimSpace(text) + `", "title": "Talks"}` + "\n" + `{"title": "no text"}` + "\n"
	path := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(path, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	r = run(t, "", "explain", "--json", path)
	if r.code != 1 || !strings.Contains(r.stderr, "feed.jsonl:2") || len(decodeExplanations(t, r.stdout)) != 1 {
		t.Errorf("explain of a JSONL file with a bad line: exit %d, stderr %q; want 1, the line named, one explanation", r.code, r.stderr)
	}
}

// ingestMixed ingests testdata/mixed into a new database and returns it
// with the stored articles by title.
func ingestMixed(t *testing.T, target ...string) map[string]string {
	t.Helper()
	r := run(t, "", append(append([]string{"ingest"}, target...), testdata("mixed"))...)
	if r.code != 1 || !strings.Contains(r.stderr, "3 ingested") {
		t.Fatalf("ingest: exit %d\n%s", r.code, r.stderr)
	}
	g := decodeExport(t, mustRun(t, 0, append([]string{"export", "--format", "json"}, target...)...).stdout)
	out := map[string]string{}
	for _, n := range g.Nodes {
		if n.Kind == "article" {
			out[n.Label] = n.ID
		}
	}
	return out
}

func TestExplainStoredArticle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	arts := ingestMixed(t, "--db", db)
	id := arts["Leaders meet in Nairobi"]
	if id == "" {
		t.Fatalf("no article \"Leaders meet in Nairobi\" among %v", arts)
	}
	ex := decodeExplanations(t, mustRun(t, 0, "explain", "--json", "--db", db, id).stdout)
	if len(ex) != 1 || string(ex[0].Article.ID) != id || ex[0].Article.Date != "2026-05-09" {
		t.Fatalf("explain --db %s: %+v, want the article again with its date", id, ex)
	}
	found := false
	for _, r := range ex[0].Relations {
		found = found || r.Source.Label == "William Ruto" && r.Target.Label == "Cyril Ramaphosa" && r.Edge != ""
	}
	if !found {
		t.Errorf("the stored article's explanation lacks Ruto -> Ramaphosa: %+v", ex[0].Relations)
	}
	// The same by URL, for an article that has one.
	var url string
	g := decodeExport(t, mustRun(t, 0, "export", "--db", db, "--format", "json").stdout)
	for _, n := range g.Nodes {
		if n.Kind == "article" && n.URL != "" {
			url, id = n.URL, n.ID
		}
	}
	if url != "" {
		ex = decodeExplanations(t, mustRun(t, 0, "explain", "--json", "--db", db, url).stdout)
		if len(ex) != 1 || string(ex[0].Article.ID) != id {
			t.Errorf("explain --db by URL %s: got %+v, want article %s", url, ex, id)
		}
	}
}

// An article stored without a title is stored under its first line,
// which ingest read as text; explaining it from the database reads that
// line too (given back as the title, it was taken for the headline and
// its relation was missing), and file and database name it alike.
func TestExplainUntitledStoredArticle(t *testing.T) {
	const lead = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday."
	file := filepath.Join(t.TempDir(), "untitled.txt")
	if err := os.WriteFile(file, []byte(lead+"\nThey discussed trade.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, file)
	id := ""
	for _, n := range decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout).Nodes {
		if n.Kind == "article" {
			id = n.ID
		}
	}
	for _, args := range [][]string{{"explain", "--json", file}, {"explain", "--json", "--db", db, id}} {
		ex := decodeExplanations(t, mustRun(t, 0, args...).stdout)
		if len(ex) != 1 || ex[0].Article.Title != lead {
			t.Fatalf("%s: %+v, want one article titled by its first line", strings.Join(args, " "), ex)
		}
		met := false
		for _, r := range ex[0].Relations {
			met = met || r.Source.Label == "William Ruto" && r.Target.Label == "Yoweri Museveni"
		}
		if !met {
			t.Errorf("%s: the explanation lacks Ruto -> Museveni, read from the first line: %+v", strings.Join(args, " "), ex[0].Relations)
		}
	}
}

func TestExplainStoredOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	arts := ingestMixed(t, "--store", url)
	id := arts["Leaders meet in Nairobi"]
	r := mustRun(t, 0, "explain", "--store", url, id)
	if !strings.Contains(r.stdout, "William Ruto -CONSULT-> Cyril Ramaphosa") {
		t.Errorf("explain --store: no Ruto -> Ramaphosa in\n%s", r.stdout)
	}
}

func TestExplainBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	blank := filepath.Join(dir, "blank.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blank, []byte("Title: Nothing\n\n   \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")
	arts := ingestMixed(t, "--db", db)
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"missing file", "", []string{"explain", filepath.Join(dir, "nope.txt")}, 1, "nope.txt: no such file or directory"},
		{"empty file", "", []string{"explain", empty}, 1, "empty.txt"},
		{"blank text", "", []string{"explain", blank}, 1, "blank.txt"},
		{"empty stdin", "", []string{"explain", "-"}, 1, "standard input"},
		{"a folder", "", []string{"explain", dir}, 1, "is a directory"},
		{"unknown article", "", []string{"explain", "--db", db, "art_0000000000000000"}, 1, `no article, node or edge with ID or URL "art_0000000000000000"`},
		{"unknown URL", "", []string{"explain", "--db", db, "https://example.com/none"}, 1, `no article, node or edge with ID or URL "https://example.com/none"`},
		{"missing database", "", []string{"explain", "--db", filepath.Join(dir, "nodb"), arts["Leaders meet in Nairobi"]}, 1, "nodb"},
		{"two files", "", []string{"explain", "a.txt", "b.txt"}, 2, "one FILE or ID at most, got 2"},
		{"only nothing", "", []string{"explain", "--only", "act_0000000000000000", seedArticle}, 1, "nothing extracted from it is or names act_0000000000000000"},
		{"no articles", "", []string{"explain", "--max-articles", "0", "--db", db, "x"}, 2, "--max-articles must be at least 1"},
		{"no article", "", []string{"explain", "--db", db}, 2, "no ID or URL to explain"},
		{"bad format", "", []string{"explain", "--format", "pdf"}, 2, `--format: "pdf" is not an input format`},
		{"db and store", "", []string{"explain", "--db", db, "--store", "postgres://x/y", "a"}, 2, "--db and --store name two databases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.stdin, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.want)
			}
			if tt.code != 0 && r.stdout != "" {
				t.Errorf("stdout %.200q, want nothing on failure", r.stdout)
			}
		})
	}
}

// TestExplainStoredEdgeAndActor: an edge is explained by each article of
// its evidence, an actor by each article that mentions it, shown only as
// far as they made it, with the stored IDs.
func TestExplainStoredEdgeAndActor(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	r := run(t, "", "ingest", "--db", db, "../../seeds")
	if r.code != 0 {
		t.Fatalf("ingest seeds: exit %d\n%s", r.code, r.stderr)
	}
	var g struct {
		Nodes []struct{ ID, Kind, Label string } `json:"nodes"`
		Edges []struct {
			ID, Source, Target, Class string
			Evidence                  []struct{ Article string } `json:"evidence"`
		} `json:"edges"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, 0, "export", "--db", db, "--format", "json").stdout), &g); err != nil {
		t.Fatal(err)
	}
	label := map[string]string{}
	for _, n := range g.Nodes {
		label[n.ID] = n.Label
	}
	checked := 0
	for _, e := range g.Edges {
		if e.Class != "CONSULT" || len(e.Evidence) < 2 || checked == 2 {
			continue
		}
		checked++
		ex := decodeExplanations(t, mustRun(t, 0, "explain", "--json", "--db", db, e.ID).stdout)
		if len(ex) < 2 {
			t.Errorf("edge %s (%d articles of evidence): %d explanations", e.ID, len(e.Evidence), len(ex))
		}
		for _, x := range ex {
			found := false
			for _, r := range x.Relations {
				if string(r.Edge) == e.ID {
					found = true
				}
			}
			if !found || len(x.Statements) != 0 || len(x.Actors) == 0 {
				t.Errorf("edge %s %s-%s: the explanation of article %s does not show just it: %d relations, %d statements, %d actors",
					e.ID, label[e.Source], label[e.Target], x.Article.ID, len(x.Relations), len(x.Statements), len(x.Actors))
			}
		}
	}
	if checked == 0 {
		t.Fatal("no CONSULT edge read from two seed articles")
	}
	var witkoff string
	for _, n := range g.Nodes {
		if n.Label == "Steve Witkoff" {
			witkoff = n.ID
		}
	}
	r = run(t, "", "explain", "--max-articles", "2", "--db", db, witkoff)
	if r.code != 0 || strings.Count(r.stdout, "ARTICLE ") != 2 || !strings.Contains(r.stderr, "explaining the first 2 (--max-articles)") {
		t.Errorf("explain an actor: exit %d, %d articles, stderr %q", r.code, strings.Count(r.stdout, "ARTICLE "), r.stderr)
	}
	if !strings.Contains(r.stdout, "Steve Witkoff [person] "+witkoff) {
		t.Errorf("the actor's stored ID is not shown:\n%.1500s", r.stdout)
	}
}

func TestBinaryExplain(t *testing.T) {
	bin := binary(t)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "explain", "--json", seedArticle)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if code := exitCode(t, cmd); code != 0 {
		t.Fatalf("explain: exit %d\n%s", code, stderr.String())
	}
	ex := decodeExplanations(t, stdout.String())
	if len(ex) != 1 || len(ex[0].Statements) == 0 || ex[0].Statements[0].Rule == "" {
		t.Fatalf("explain --json from the binary: %d explanations, want one with statements and rules", len(ex))
	}
	stdout.Reset()
	stderr.Reset()
	cmd = exec.Command(bin, "explain", "no-such-article.txt")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if code := exitCode(t, cmd); code != 1 || !strings.Contains(stderr.String(), "no-such-article.txt") || stdout.Len() != 0 {
		t.Errorf("explain of a missing file: exit %d, stderr %q; want 1 naming the file", code, stderr.String())
	}
}

// TestServeExplains asks a running server to explain a stored relation
// through GraphQL (the database is locked while it serves, so explain
// --db cannot): the answer is the command's own explanation of the same
// articles, as text and as JSON, and bad arguments are refused naming
// them.
func TestServeExplains(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "ingest", "--db", db, "../../seeds")
	var g struct {
		Edges []struct {
			ID, Class string
			Evidence  []struct{ Article string } `json:"evidence"`
		} `json:"edges"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, 0, "export", "--db", db, "--format", "json").stdout), &g); err != nil {
		t.Fatal(err)
	}
	edge, articles := "", map[string]bool{}
	for _, e := range g.Edges {
		if e.Class == "CONSULT" && len(e.Evidence) >= 2 {
			edge = e.ID
			for _, ev := range e.Evidence {
				articles[ev.Article] = true
			}
			break
		}
	}
	if len(articles) < 2 {
		t.Fatal("no CONSULT edge read from two seed articles")
	}
	cli := mustRun(t, 0, "explain", "--max-articles", "1", "--db", db, edge).stdout
	cliAll := mustRun(t, 0, "explain", "--all", "--max-articles", "1", "--db", db, edge).stdout

	base, _ := serve(t, "--db", db, "--no-seeds")
	var data struct {
		Explain struct {
			TotalArticles int
			Articles      []struct{ ID string }
			Text, JSON    string
		}
	}
	query(t, base, `{ explain(id: "`+edge+`", maxArticles: 1) { totalArticles articles { id } text json } }`, &data)
	x := data.Explain
	if x.TotalArticles != len(articles) || len(x.Articles) != 1 || !articles[x.Articles[0].ID] {
		t.Errorf("explain %s: %d articles of %d (%v), want 1 of the %d with evidence", edge, len(x.Articles), x.TotalArticles, x.Articles, len(articles))
	}
	if x.Text != cli {
		t.Errorf("the API's text differs from explain --db's:\n%s\n---\n%s", x.Text, cli)
	}
	var exs []extract.Explanation
	if err := json.Unmarshal([]byte(x.JSON), &exs); err != nil || len(exs) != 1 {
		t.Fatalf("json: %d explanations, %v", len(exs), err)
	}
	found := false
	for _, r := range exs[0].Relations {
		found = found || string(r.Edge) == edge
	}
	if !found || string(exs[0].Article.ID) != x.Articles[0].ID {
		t.Errorf("the JSON explanation of article %s does not show relation %s", exs[0].Article.ID, edge)
	}
	query(t, base, `{ explain(id: "`+edge+`", maxArticles: 1, rejected: true) { text } }`, &data)
	if data.Explain.Text != cliAll {
		t.Errorf("rejected: true differs from explain --all")
	}

	for _, tt := range []struct{ q, code, msg string }{
		{`{ explain(id: "rel_0000000000000000") { text } }`, "NOT_FOUND", `no article, node or edge with ID or URL "rel_0000000000000000"`},
		{`{ explain(id: "` + edge + `", maxArticles: 0) { text } }`, "INVALID_ARGUMENT", "maxArticles must be between 1 and 20, got 0"},
		{`{ explain(id: "") { text } }`, "INVALID_ARGUMENT", "id: empty"},
		{`{ a: explain(id: "` + edge + `", maxArticles: 20) { text } b: explain(id: "` + edge + `", maxArticles: 20) { text } }`, "LIMIT_EXCEEDED", "complexity"},
	} {
		if errs := queryErrors(t, base, tt.q); len(errs) != 1 || errs[0].Extensions.Code != tt.code || !strings.Contains(errs[0].Message, tt.msg) {
			t.Errorf("%s: errors %+v, want %s naming %q", tt.q, errs, tt.code, tt.msg)
		}
	}
}
