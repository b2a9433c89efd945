package main_test

import (
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// News as sites and feeds serve it, read into Badger on disk by ingest
// and through ingestArticle of a real server: a
// page with a cookie banner, share buttons, a byline, "Read more" and
// "Related" links and a paragraph of the story that starts "Read more";
// a text file whose headers and text hold HTML character references
// and whose last line ends in a date (not the article's); a JSONL feed
// whose text is HTML. Every article keeps its title as written, the
// statements of every paragraph of its story and the date it gives, and
// none takes a date from a sentence or text from a link to another
// story.
func TestNewsAsSitesServeIt(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Port workers strike over automation plan &#8211; Baltic Courier</title>
<meta property="og:site_name" content="Baltic Courier">
<link rel="canonical" href="https://www.balticcourier.example/port-strike"></head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. <button>Accept all</button></p></div>
<header><nav><a href="/">Home</a> | <a href="/business">Business</a></nav><time datetime="2026-12-07">Today</time></header>
<main><article><h1>Port workers strike over automation plan</h1>
<p class="byline">By Liis Tamm, Business correspondent</p><p><time datetime="2026-11-30">30 November 2026</time></p>
<div class="share-buttons"><a>Share on Facebook</a> <a>Email</a></div>
<p>Dockworkers at the Port of Muuga walked off the job on Monday after the port operator, Tallinna Sadam, refused to withdraw its plan.</p>
<p>Read more about the union&rsquo;s demands, Kaido Saar told reporters, in the letter it sent to the Economy Ministry, which has not replied.</p>
<p>Read more: <a href="/plan">Port unveils automation plan</a></p>
<p>Related: <a href="/rotterdam">Rotterdam dockers end strike</a></p>
</article></main><footer><p>&copy; 2026 Baltic Courier</p></footer></body></html>`
	wire := "Title: Chile &amp; Argentina sign lithium accord\n\n" +
		"Chile and Argentina signed an agreement on Tuesday to coordinate lithium exports, Chilean Foreign Minister Alberto van Klaveren said.\n\n" +
		"Argentina&#8217;s Foreign Minister Gerardo Werthein said the review would be held on March 15, 2027\n"
	feed := `{"title":"Kenya &amp; Uganda agree pipeline route","published":"2026-12-02","text":"<p>Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on a pipeline route on Wednesday.</p><p>Ruto said construction would begin in 2027.</p><p>Read more: <a href=\"/x\">Uganda oil exports</a></p>"}` + "\n"
	for name, text := range map[string]string{"port.html": page, "wire.txt": wire, "feed.jsonl": feed} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "db")
	r := mustRun(t, 0, "ingest", "--db", db, in)
	if !strings.Contains(r.stderr, "character references") || !strings.Contains(r.stderr, `"text" is HTML`) {
		t.Errorf("ingest notes say nothing of what was decoded:\n%s", r.stderr)
	}

	base, _ := serve(t, "--db", db, "--no-seeds")
	type article struct {
		Title, Published string
		Statements       struct {
			Edges []struct{ Node struct{ Text string } }
		}
	}
	var got struct {
		Articles struct{ Edges []struct{ Node article } }
	}
	query(t, base, `{ articles(first: 10) { edges { node { title published statements(first: 20) { edges { node { text } } } } } } }`, &got)
	byTitle := map[string]article{}
	for _, e := range got.Articles.Edges {
		byTitle[e.Node.Title] = e.Node
	}
	want := map[string]struct {
		date      string
		statement string
	}{
		"Port workers strike over automation plan": {"2026-11-30", "Read more about the union\u2019s demands"},
		"Chile & Argentina sign lithium accord":    {"", "the review would be held on March 15, 2027"},
		"Kenya & Uganda agree pipeline route":      {"2026-12-02", "construction would begin in 2027"},
	}
	for title, w := range want {
		a, ok := byTitle[title]
		if !ok {
			t.Errorf("no article %q among %v", title, slices.Collect(maps.Keys(byTitle)))
			continue
		}
		if a.Published != w.date {
			t.Errorf("%q: published %q, want %q", title, a.Published, w.date)
		}
		var texts []string
		for _, s := range a.Statements.Edges {
			texts = append(texts, s.Node.Text)
		}
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, w.statement) }) {
			t.Errorf("%q: no statement with %q among %q", title, w.statement, texts)
		}
	}
	resp, err := http.Get(base + "/export?format=json")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("/export: %v %s", err, resp.Status)
	}
	ex := string(raw)
	for _, link := range []string{"Port unveils", "Rotterdam", "Uganda oil exports", "cookies", "Share on", "&amp;", "&#8217;", "<p>"} {
		if strings.Contains(ex, link) {
			t.Errorf("the graph holds %q", link)
		}
	}

	// ingestArticle reads the same page and text the same way.
	for _, text := range []string{page, wire} {
		body, _ := json.Marshal(text)
		var res struct {
			IngestArticle struct {
				Duplicate bool
				Article   struct{ Title, Published string }
			}
		}
		query(t, base, `mutation { ingestArticle(input: {text: `+string(body)+`}) { duplicate article { title published } } }`, &res)
		if a := res.IngestArticle; !a.Duplicate {
			t.Errorf("ingestArticle stored %+v again: ingest and the API read the text differently", a.Article)
		}
	}
}

// A JSON array of articles and an RSS feed, named on the command line
// or piped in, are read article by article into Badger on disk: each
// article stored once, each bad item named with the exit status 1, and
// nothing stored of an item that failed. They were stored as one
// article of raw JSON or XML with nothing extracted and exit status 0.
func TestIngestDocumentsOfManyArticles(t *testing.T) {
	dir := t.TempDir()
	array := filepath.Join(dir, "articles.json")
	if err := os.WriteFile(array, []byte(`[
 {"title":"Ruto meets Museveni","published":"2026-12-02","text":"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Wednesday."},
 {"title":"Nothing","text":"   "}
]`), 0o644); err != nil {
		t.Fatal(err)
	}
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire</title>
<item><title>Chile and Argentina sign accord</title><link>https://andeswire.example/a1</link><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Gerardo Werthein in Santiago on Tuesday.&lt;/p&gt;</description></item>
</channel></rss>`
	db := filepath.Join(dir, "db")
	r := mustRun(t, 1, "ingest", "--db", db, array)
	if !strings.Contains(r.stderr, "articles.json item 2: \"text\" is empty") || !strings.Contains(r.stderr, "1 ingested, 0 duplicates, 1 failed") {
		t.Errorf("ingest of the array: stderr\n%s", r.stderr)
	}
	if r := run(t, rss, "ingest", "--db", db, "-"); r.code != 0 || !strings.Contains(r.stderr, "1 ingested") {
		t.Errorf("ingest of the feed on standard input: exit %d\n%s", r.code, r.stderr)
	}
	ex := decodeExport(t, mustRun(t, 0, "export", "--db", db, "--format", "json").stdout)
	var articles []string
	for _, n := range ex.Nodes {
		if n.Kind == "article" {
			articles = append(articles, n.Label+" | "+n.Date+" | "+n.Source)
		}
	}
	slices.Sort(articles)
	want := []string{"Chile and Argentina sign accord | 2026-12-01 | Andes Wire", "Ruto meets Museveni | 2026-12-02 | "}
	if !slices.Equal(articles, want) {
		t.Errorf("articles %q, want %q", articles, want)
	}
	if labels := ex.labels("actor"); !slices.Contains(labels, "Gerardo Werthein") || !slices.Contains(labels, "Yoweri Museveni") {
		t.Errorf("actors %q: nothing extracted from the documents' articles", labels)
	}
}
