package main_test

import (
	"os"
	"path/filepath"
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
