package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// A JSONL line names an article's fields as ingestArticle and the
// Article type do: a feed that says "publisher" must not lose it (it was
// read as "source" only, so the CLI stored the URL's host where the API
// stored the publisher given).
func TestIngestJSONLPublisherAsTheAPINamesIt(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	feed := filepath.Join(dir, "feed.jsonl")
	lines := `{"title":"Aid pledged","url":"https://feed.example.net/a1","publisher":"Feed News","published":"2026-12-05","text":"Norway pledged aid to Sudan on Friday, Foreign Minister Espen Barth Eide said."}` + "\n" +
		`{"title":"Talks held","url":"https://feed.example.net/a2","source":"Wire Desk","publisher":"Feed News","text":"Friedrich Merz held talks with Emmanuel Macron in Paris on Wednesday."}` + "\n"
	if err := os.WriteFile(feed, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, 0, "ingest", "--db", db, "--quiet", feed)

	base, _ := serve(t, "--db", db, "--no-seeds")
	var got struct {
		Articles struct {
			Edges []struct {
				Node struct {
					Title     string `json:"title"`
					Publisher string `json:"publisher"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"articles"`
	}
	query(t, base, `{ articles(first: 10) { edges { node { title publisher } } } }`, &got)
	want := map[string]string{"Aid pledged": "Feed News", "Talks held": "Wire Desk"}
	if len(got.Articles.Edges) != len(want) {
		t.Fatalf("articles: %+v; want %d", got.Articles.Edges, len(want))
	}
	for _, e := range got.Articles.Edges {
		if w := want[e.Node.Title]; e.Node.Publisher != w {
			t.Errorf("article %q: publisher %q, want %q (\"source\" first, else \"publisher\")", e.Node.Title, e.Node.Publisher, w)
		}
	}
}

// explain FILE refuses an article that ingest refuses for its length,
// with ingest's words: it explained a 1.2 MB text that ingest would not
// store (and took the extractor's time and memory over it).
func TestExplainRefusesWhatIngestRefusesForItsLength(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.txt")
	text := strings.Repeat("Barack Obama met Vladimir Putin in Madrid on Tuesday, officials said. ", 17000)
	if err := os.WriteFile(long, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	in := run(t, "", "ingest", "--db", filepath.Join(dir, "db"), long)
	ex := run(t, "", "explain", long)
	const want = "article text too large"
	if in.code != 1 || !strings.Contains(in.stderr, want) {
		t.Fatalf("ingest of a %d-byte article: exit %d, stderr %q; want 1 and %q", len(text), in.code, in.stderr, want)
	}
	if ex.code != 1 || !strings.Contains(ex.stderr, "long.txt: "+want) || ex.stdout != "" {
		t.Errorf("explain of the article ingest refused: exit %d, stderr %q, %d bytes on stdout; want 1, %q naming the file, nothing on stdout", ex.code, ex.stderr, len(ex.stdout), want)
	}

	// The limit is ingest's flag, on both.
	short := filepath.Join(dir, "short.txt")
	if err := os.WriteFile(short, []byte("Barack Obama met Vladimir Putin in Madrid on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "", "explain", "--max-article-size", "20", short); r.code != 1 || !strings.Contains(r.stderr, "short.txt: "+want) {
		t.Errorf("explain --max-article-size 20 of a 54-byte article: exit %d, stderr %q; want 1 and %q", r.code, r.stderr, want)
	}
	if r := run(t, "", "explain", short); r.code != 0 || !strings.Contains(r.stdout, "CONSULT") {
		t.Errorf("explain of a short article: exit %d, stderr %q, stdout %.200q; want 0 and its CONSULT relation", r.code, r.stderr, r.stdout)
	}
	if r := run(t, "", "explain", "--max-article-size", "lots", short); r.code != 2 || !strings.Contains(r.stderr, `--max-article-size: "lots"`) {
		t.Errorf("explain --max-article-size lots: exit %d, stderr %q; want 2 naming the flag", r.code, r.stderr)
	}
}

// What ingest says of the extensions it reads, in --help and when it
// skips a folder's file, is every extension it reads: it named five
// while a folder's .ndjson, .text, .markdown and .xhtml files were read
// too, so a user renamed files that were fine.
func TestIngestNamesEveryExtensionItReads(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "feed.json"), []byte(`{"text":"Macron met Merz in Paris."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "", "ingest", "--db", filepath.Join(dir, "db"), dir)
	skip := ""
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.Contains(line, "feed.json") {
			skip = line
		}
	}
	if skip == "" {
		t.Fatalf("ingest of a folder holding feed.json: no line names it; stderr %q", r.stderr)
	}
	help := run(t, "", "ingest", "--help").stdout
	// Every extension a name of ParseFormat gives, and some it does not.
	for _, ext := range []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".csv", ".xml", ".pdf"} {
		_, reads := ingest.FormatOf("a" + ext)
		listed := slices.Contains(ingest.Extensions, ext)
		if reads != listed {
			t.Errorf("%s: FormatOf reads it %v, ingest.Extensions lists it %v", ext, reads, listed)
		}
		named := regexp.MustCompile(regexp.QuoteMeta(ext) + `\b[^.]`)
		if reads && !named.MatchString(skip) {
			t.Errorf("%s is read in a folder, but the skip message does not name it: %q", ext, skip)
		}
		if reads && !named.MatchString(strings.Join(strings.Fields(help), " ")) {
			t.Errorf("%s is read in a folder, but ingest --help does not name it", ext)
		}
	}
}

// A flag naming a database, a file or a URL given empty is a usage
// error (exit 2) naming the flag, and nothing is written: --db "" failed
// with exit 1 as if a database were at fault, -o "" on renaming a hidden
// temporary file, and --store "" (an unset $PGURL) ingested into
// ./newsgraph.db.
func TestEmptyPathFlagsAreUsageErrors(t *testing.T) {
	_, db, article := dbOfOneArticle(t)
	work := t.TempDir()
	t.Chdir(work) // where the default ./newsgraph.db would be made
	for _, c := range []struct {
		args []string
		flag string
	}{
		{[]string{"ingest", "--db", "", article}, "--db"},
		{[]string{"ingest", "--store", "", article}, "--store"},
		{[]string{"export", "--db", ""}, "--db"},
		{[]string{"export", "--store=", "--format", "graphml"}, "--store"},
		{[]string{"export", "--db", db, "-o", ""}, "-o"},
		{[]string{"backup", "--db", db, "-o", ""}, "-o"},
		{[]string{"backup", "--db", "", "-o", filepath.Join(work, "b.bak")}, "--db"},
		{[]string{"restore", "--db", filepath.Join(work, "r"), "-i", ""}, "-i"},
		{[]string{"check", "--db", ""}, "--db"},
		{[]string{"explain", "--db", "", "art_0"}, "--db"},
		{[]string{"serve", "--db", "", "--addr", "127.0.0.1:0"}, "--db"},
	} {
		r := run(t, "", c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.flag+" is empty") {
			t.Errorf("newsgraph %q: exit %d, stderr %q; want 2 and %q", c.args, r.code, r.stderr, c.flag+" is empty")
		}
		if left := filesIn(t, work); len(left) > 0 {
			t.Fatalf("newsgraph %q left %v in the working folder", c.args, left)
		}
	}
}

// -o naming a folder fails at once, saying so, and writes nothing: the
// whole export or backup was written to a temporary file first, then the
// rename failed with "rename /x/.out.tmp-123-456 /x/out: file exists".
func TestOutputToAFolderIsRefusedFirst(t *testing.T) {
	dir, db, _ := dbOfOneArticle(t)
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "graphml", "-o", out},
		{"backup", "--db", db, "-o", out},
	} {
		r := run(t, "", args...)
		if r.code != 1 || !strings.Contains(r.stderr, out+" is a folder") || strings.Contains(r.stderr, ".tmp-") {
			t.Errorf("newsgraph %q: exit %d, stderr %q; want 1 and %q, no temporary file named", args, r.code, r.stderr, out+" is a folder")
		}
		for _, name := range filesIn(t, dir) {
			if strings.Contains(name, ".tmp-") {
				t.Errorf("newsgraph %q left %s", args, name)
			}
		}
	}
}

// A page whose publisher is named only in its JSON-LD (schema.org's
// NewsArticle "publisher", as most news sites write it) keeps that name,
// through the API as through the command line: it was left without one.
func TestIngestPageTakesTheJSONLDPublisher(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><title>Talks in Paris</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://lewire.example/p"},
 {"@type":"NewsArticle","headline":"Talks in Paris","datePublished":"2026-11-30T08:00:00+01:00",
  "publisher":{"@type":"Organization","name":"Le  Wire","logo":{"@type":"ImageObject","url":"https://lewire.example/l.png"}}}]}</script>
</head><body><article><p>French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Sunday.</p></article></body></html>`
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	cliDB := filepath.Join(dir, "cli")
	mustRun(t, 0, "ingest", "--db", cliDB, "--quiet", file)
	ex := decodeExport(t, mustRun(t, 0, "export", "--db", cliDB, "--format", "json").stdout)
	var cli []string
	for _, n := range ex.Nodes {
		if n.Kind == "article" {
			cli = append(cli, n.Source)
		}
	}
	if len(cli) != 1 || cli[0] != "Le Wire" {
		t.Errorf("ingest of the page: article sources %q, want [\"Le Wire\"]", cli)
	}

	base, _ := serve(t, "--db", filepath.Join(dir, "api"), "--no-seeds")
	body, _ := json.Marshal(page)
	var got struct {
		IngestArticle struct {
			Article struct{ Publisher, Published string }
		}
	}
	query(t, base, `mutation { ingestArticle(input: {text: `+string(body)+`}) { article { publisher published } } }`, &got)
	if a := got.IngestArticle.Article; a.Publisher != "Le Wire" || a.Published != "2026-11-30" {
		t.Errorf("ingestArticle of the page: publisher %q, published %q; want \"Le Wire\", 2026-11-30", a.Publisher, a.Published)
	}
}

// An article's URL is an http(s) URL or none: the viewer links it and
// the exports carry it to tools that link it, and a "javascript:" or
// "file:" URL was stored as given by ingestArticle, a .txt header and a
// JSONL line (an HTML page's were already dropped).
func TestArticleURLsAreHTTPOrNone(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	feed := filepath.Join(dir, "b.jsonl")
	if err := os.WriteFile(txt, []byte("Title: Talks\nURL: javascript:alert(1)\n\nBarack Obama met Vladimir Putin in Madrid on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(feed, []byte(`{"title":"Aid","url":"file:///etc/passwd","text":"Norway pledged aid to Sudan on Friday."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")
	r := mustRun(t, 0, "ingest", "--db", db, txt, feed)
	for _, want := range []string{`a.txt: url "javascript:alert(1)" is not an http:// or https:// URL`, `b.jsonl:1: url "file:///etc/passwd" is not an http:// or https:// URL`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("ingest: stderr %q; want a note %q", r.stderr, want)
		}
	}
	for _, n := range decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout).Nodes {
		if n.Kind == "article" && (n.URL != "" || n.Source != "") {
			t.Errorf("article %q stored with url %q, source %q; want neither", n.Label, n.URL, n.Source)
		}
	}

	base, _ := serve(t, "--db", db)
	errs := queryErrors(t, base, `mutation { ingestArticle(input: {text: "Emmanuel Macron met Friedrich Merz in Paris.", url: "javascript:alert(1)"}) { article { id } } }`)
	if len(errs) != 1 || errs[0].Extensions.Code != "INVALID_ARGUMENT" || !strings.Contains(errs[0].Message, `input.url: "javascript:alert(1)"`) {
		t.Errorf("ingestArticle with a javascript: URL: errors %+v; want one INVALID_ARGUMENT naming input.url", errs)
	}
	var got struct{ Articles struct{ TotalCount int } }
	query(t, base, `{ articles { totalCount } }`, &got)
	if got.Articles.TotalCount != 2 {
		t.Errorf("after the refused mutation: %d articles, want the 2 ingested before", got.Articles.TotalCount)
	}
	var ok struct {
		IngestArticle struct{ Article struct{ URL string } }
	}
	query(t, base, `mutation { ingestArticle(input: {text: "Emmanuel Macron met Friedrich Merz in Paris.", url: "https://news.example/a"}) { article { url } } }`, &ok)
	if ok.IngestArticle.Article.URL != "https://news.example/a" {
		t.Errorf("ingestArticle with an https URL: url %q", ok.IngestArticle.Article.URL)
	}
}

// --format is the format of standard input; given with files only it
// was ignored without a word, and a JSONL feed named .txt was stored as
// one article of raw JSON. It is a usage error then, and nothing is
// created.
func TestFormatWithoutStandardInputIsAUsageError(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.txt")
	if err := os.WriteFile(feed, []byte(`{"title":"Aid","text":"Norway pledged aid to Sudan on Friday."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")
	for _, args := range [][]string{
		{"ingest", "--db", db, "--format", "jsonl", feed},
		{"explain", "--format", "jsonl", feed},
	} {
		r := run(t, "", args...)
		if r.code != 2 || !strings.Contains(r.stderr, "--format jsonl is for standard input (-) only") || r.stdout != "" {
			t.Errorf("newsgraph %q: exit %d, stderr %q; want 2 and a message that --format is for standard input", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a refused ingest left %s (%v)", db, err)
	}
	// With standard input among the paths, the flag applies to it.
	r := run(t, `{"title":"Talks","text":"Emmanuel Macron met Friedrich Merz in Paris."}`+"\n", "ingest", "--db", db, "--format", "jsonl", "--quiet", "-", feed)
	if r.code != 0 {
		t.Fatalf("ingest --format jsonl - FILE: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout).labels("article"); len(got) != 2 || !slices.Contains(got, "Talks") {
		t.Errorf("articles %q; want Talks (standard input as JSONL) and the .txt file", got)
	}
}

// The errors a server answers before any resolver runs (a mutation
// without or with a wrong write token, a query over the body limit)
// name what was wrong, not the Go operation: they said
// "resolvers.authorize: the write token is wrong" and "resolvers.limits:
// request body of ...", which the error presenter takes off every other
// error.
func TestRefusalsBeforeResolversNameNoGoOperation(t *testing.T) {
	withToken, _ := serve(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds", "--write-token", "s3cret")
	open, _ := serve(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds")
	post := func(base string, body []byte, token string) []gqlError {
		raw := postBody(t, base, token, body)
		var out struct{ Errors []gqlError }
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("POST /graphql: not JSON: %v\n%.300s", err, raw)
		}
		return out.Errors
	}
	mutation, _ := json.Marshal(map[string]string{"query": `mutation { ingestArticle(input: {text: "Emmanuel Macron met Friedrich Merz in Paris."}) { duplicate } }`})
	big, _ := json.Marshal(map[string]string{"query": "{ articles { totalCount } } #" + strings.Repeat("x", 2<<20)})
	goOp := regexp.MustCompile(`\b(graph|store|pgstore|resolvers|ingest|extract|export)\.[A-Za-z]+: `)
	for _, c := range []struct {
		name, base, token, code, msg string
		body                         []byte
	}{
		{"no token", withToken, "", "UNAUTHENTICATED", "Authorization: Bearer", mutation},
		{"wrong token", withToken, "guess", "UNAUTHENTICATED", "the write token is wrong", mutation},
		{"query over the body limit", open, "", "LIMIT_EXCEEDED", "over the limit", big},
	} {
		errs := post(c.base, c.body, c.token)
		if len(errs) != 1 || errs[0].Extensions.Code != c.code || !strings.Contains(errs[0].Message, c.msg) {
			t.Errorf("%s: errors %+v; want one %s saying %q", c.name, errs, c.code, c.msg)
			continue
		}
		if op := goOp.FindString(errs[0].Message); op != "" {
			t.Errorf("%s: message %q names the Go operation %q", c.name, errs[0].Message, op)
		}
	}
}

// dbOfOneArticle ingests a one-sentence article into a database in a new
// temporary folder and returns the folder, the database and the article.
func dbOfOneArticle(t *testing.T) (dir, db, article string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "db")
	article = filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Barack Obama met Vladimir Putin in Madrid on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, 0, "ingest", "--db", db, "--quiet", article)
	return dir, db, article
}
