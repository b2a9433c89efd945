package web_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/browsertest"
	"github.com/newsgraph/newsgraph/store"
)

// The viewer links an article's title to its URL only when that is an
// http(s) URL: a graph stored before ingest refused other URLs may hold
// "javascript:…", which the details panel made the href of the title's
// link (only the page's Content-Security-Policy kept a click from
// running it).
func TestViewerLinksOnlyHTTPURLs(t *testing.T) {
	chromium := browsertest.Chromium(t)
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ids := map[string]graph.ID{}
	for _, c := range []struct{ title, url, sent string }{
		{"Talks with a script for a URL", "javascript:document.title='ran'", "Emmanuel Macron met Friedrich Merz in Paris."},
		{"Talks with a web URL", "https://news.example/talks", "Emmanuel Macron met Friedrich Merz in Berlin."},
	} {
		sent := c.sent
		b := graphtest.NewBuilder(t, c.title, "2026-12-01", sent)
		b.B.Article.URL = c.url
		macron := b.Actor("Emmanuel Macron", graph.Person, "Macron")
		b.Edge(b.ID(), graph.Mentions, macron, sent, "")
		res, err := db.Ingest(context.Background(), b.B)
		if err != nil {
			t.Fatal(err)
		}
		ids[c.url] = res.Article
	}
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b := browsertest.Start(t, ctx, chromium)
	for url, id := range ids {
		p := b.Open(t, ctx, fmt.Sprintf("%s/viewer/#r=%s&sel=%s", srv.URL, id, id))
		p.WaitFor(t, ctx, "the article's details", `(() => { const d = document.getElementById('details');
			return !!d && d.innerText.includes('Talks with') && !!window.newsgraphViewer && newsgraphViewer.idle(); })()`)
		var hrefs []string
		evalJSON(t, ctx, p, `JSON.stringify([...document.querySelectorAll('#details a')].map((a) => a.getAttribute('href') || ''))`, &hrefs)
		linked := false
		for _, h := range hrefs {
			linked = linked || h == url
		}
		if want := url[:6] == "https:"; linked != want {
			t.Errorf("article with URL %q: links in its details %q; want the URL linked %v", url, hrefs, want)
		}
	}
	if problems := b.Problems(); len(problems) > 0 {
		t.Errorf("the browser reported %v", problems)
	}
}
