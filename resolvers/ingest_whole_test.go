package resolvers_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
)

// An HTML page sent to ingestArticle is read as newsgraph ingest reads
// the same .html file: the same article (its ID), its title and date
// from the page unless given, and what it says extracted. It was read as
// plain text: its markup became the title and nothing was extracted.
func TestIngestArticleReadsAnHTMLPage(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	const page = `<!doctype html><html><head><title>Ruto and Museveni meet | Example News</title>
<meta property="og:title" content="Ruto and Museveni meet in Kampala">
<meta property="article:published_time" content="2026-02-11T09:00:00Z"></head>
<body><nav>Home | World | Africa</nav><article><h1>Ruto and Museveni meet in Kampala</h1>
<p>Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.</p>
<p>Ruto said the two governments would "work together against cross-border raids".</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`
	const q = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) {
		duplicate nodesCreated warnings article { id title published } } }`
	type answer struct {
		IngestArticle struct {
			Duplicate    bool
			NodesCreated int
			Warnings     []string
			Article      struct{ ID, Title, Published string }
		}
	}
	var got answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": page}}, &got)
	a := got.IngestArticle.Article
	if a.Title != "Ruto and Museveni meet in Kampala" || a.Published != "2026-02-11" {
		t.Errorf("article %q of %q, want the page's title and date", a.Title, a.Published)
	}
	text, err := f.db.ArticleText(context.Background(), graph.ID(a.ID))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "<") || strings.Contains(text, "newsletter") || !strings.Contains(text, "Kenyan President William Ruto met") {
		t.Errorf("stored text %q, want the article's paragraphs without markup or furniture", text)
	}
	if got.IngestArticle.NodesCreated < 3 || len(got.IngestArticle.Warnings) > 0 {
		t.Errorf("%d nodes created, warnings %q; want the two presidents and their meeting", got.IngestArticle.NodesCreated, got.IngestArticle.Warnings)
	}
	// The same page as a file reads as the same article.
	file := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ins, err := ingest.ReadFile(file, ingest.DefaultOptions())
	if err != nil || len(ins) != 1 {
		t.Fatalf("read %s: %v (%d inputs)", file, err, len(ins))
	}
	var again answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": ins[0].Article.Text, "title": "x"}}, &again)
	if !again.IngestArticle.Duplicate || again.IngestArticle.Article.ID != a.ID {
		t.Errorf("the file's text stored as %s (duplicate %v), the page as %s", again.IngestArticle.Article.ID, again.IngestArticle.Duplicate, a.ID)
	}
	// Fields given win over the page's.
	var given answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": strings.Replace(page, "Monday", "Tuesday", 1),
		"title": "Given title", "published": "2026-02-12"}}, &given)
	if g := given.IngestArticle.Article; g.Title != "Given title" || g.Published != "2026-02-12" {
		t.Errorf("given title and date: stored %q of %q", g.Title, g.Published)
	}
	// A page with no article text is refused, naming the input.
	r := post(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": "<html><body><nav>Home</nav></body></html>"}})
	if len(r.Errors) != 1 || r.Errors[0].code() != "INVALID_ARGUMENT" || !strings.Contains(r.Errors[0].Message, "no article text found in the page") {
		t.Errorf("an empty page: %+v", r.Errors)
	}
}

// A text sent with the header lines of a .txt article is read as
// newsgraph ingest reads that file: the headers fill the title, URL,
// publisher and date, and are not the text. The title was "Title: ...".
func TestIngestArticleReadsHeaderLines(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	const headed = "Title: Macron meets Scholz in Berlin\nDate: 2026-03-04\nSource: https://example.org/macron-scholz\n\n" +
		"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday. " +
		"Scholz rejected calls from Poland to raise the NATO spending target.\n"
	const q = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) {
		duplicate warnings article { id title url publisher published } } }`
	type answer struct {
		IngestArticle struct {
			Duplicate bool
			Warnings  []string
			Article   struct{ ID, Title, URL, Publisher, Published string }
		}
	}
	var got answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": headed}}, &got)
	a := got.IngestArticle.Article
	if a.Title != "Macron meets Scholz in Berlin" || a.Published != "2026-03-04" || a.URL != "https://example.org/macron-scholz" || a.Publisher != "example.org" {
		t.Errorf("article %+v, want the headers' title, date, URL and publisher", a)
	}
	text, err := f.db.ArticleText(context.Background(), graph.ID(a.ID))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Title:") || !strings.HasPrefix(text, "French President") {
		t.Errorf("stored text %q, want the text after the headers", text)
	}
	// The same text as a .txt file is the same article.
	file := filepath.Join(t.TempDir(), "macron.txt")
	if err := os.WriteFile(file, []byte(headed), 0o644); err != nil {
		t.Fatal(err)
	}
	ins, err := ingest.ReadFile(file, ingest.DefaultOptions())
	if err != nil || len(ins) != 1 {
		t.Fatalf("read %s: %v (%d inputs)", file, err, len(ins))
	}
	if id := graph.ArticleID(ins[0].Article.Text); id != graph.ID(a.ID) {
		t.Errorf("the file reads as article %s, the API stored %s", id, a.ID)
	}
	// Given fields win; a first paragraph that only looks like a header
	// stays text.
	var given answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": strings.Replace(headed, "Tuesday", "Wednesday", 1), "title": "Given"}}, &given)
	if g := given.IngestArticle.Article; g.Title != "Given" || g.Published != "2026-03-04" {
		t.Errorf("with a title given: %+v", g)
	}
	const notHeaders = "Note: French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Thursday.\n\nThe two spoke for an hour.\n"
	var plain answer
	mustData(t, srv, q, map[string]any{"in": map[string]any{"text": notHeaders}}, &plain)
	text, err = f.db.ArticleText(context.Background(), graph.ID(plain.IngestArticle.Article.ID))
	if err != nil || text != notHeaders {
		t.Errorf("a text with no header block stored as %q (%v), want it as sent", text, err)
	}
}
