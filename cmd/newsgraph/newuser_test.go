package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
