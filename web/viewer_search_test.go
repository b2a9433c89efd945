package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/browsertest"
)

// openViewer starts a headless Chromium on the viewer of srv and waits
// for the page's script to be ready.
func openViewer(t *testing.T, ctx context.Context, url string) (*browsertest.Browser, *browsertest.Page) {
	t.Helper()
	b := browsertest.Start(t, ctx, browsertest.Chromium(t))
	p := b.Open(t, ctx, url)
	p.SetViewport(t, ctx, 1400, 900)
	p.WaitFor(t, ctx, "the viewer to load", `!!window.newsgraphViewer && document.readyState === 'complete'`)
	return b, p
}

// searchFor types text into the search box, submits it and waits for
// the neighbourhood of the best hit to be drawn; it returns that hit's
// ID.
func searchFor(t *testing.T, ctx context.Context, p *browsertest.Page, text string) string {
	t.Helper()
	p.Eval(t, ctx, fmt.Sprintf(`newsgraphViewer.state.hits = [];
		document.getElementById('search-input').value = %s;
		document.querySelector('#search button[type=submit]').click(); true`, jsString(text)))
	id, _ := p.WaitFor(t, ctx, "the search for "+text+" to draw its best hit", `(() => {
		const v = newsgraphViewer, h = v.state.hits[0];
		return h && v.state.roots[0] === h.node.id && v.cy.getElementById(h.node.id).nonempty() ? h.node.id : '';
	})()`).(string)
	return id
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r > 0x7e:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestViewerSearchAnySpelling searches the seed articles by a
// misspelling and by Cyrillic, and checks that the best hit is
// Zelensky, drawn as the view's root, and that the result list groups
// the hits by kind with their counts.
func TestViewerSearchAnySpelling(t *testing.T) {
	browsertest.Chromium(t)
	db := seedGraph(t)
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b, p := openViewer(t, ctx, srv.URL+"/viewer/")

	zelensky := actorID(t, db, "Volodymyr Zelensky")
	for _, q := range []string{"Zelenksy", "Зеленский", "zelenskiy"} {
		if got := searchFor(t, ctx, p, q); got != string(zelensky) {
			t.Errorf("search %q draws %s first, want Volodymyr Zelensky %s", q, got, zelensky)
		}
	}

	// "peace plan" finds nodes of several kinds: the list groups them,
	// each group with its count, and the counts add up to the hits.
	searchFor(t, ctx, p, "peace plan")
	var list struct {
		Groups  []struct{ Kind, Count string }
		Hits    int
		Summary string
	}
	evalJSON(t, ctx, p, `(() => {
		const ul = document.getElementById('results');
		return JSON.stringify({
			groups: [...ul.querySelectorAll('li.group')].map(g => ({kind: g.dataset.kind, count: g.querySelector('.count').textContent})),
			hits: ul.querySelectorAll('li.hit').length,
			summary: ul.querySelector('li.summary') ? ul.querySelector('li.summary').textContent : ''});
	})()`, &list)
	total := 0
	kinds := map[string]bool{}
	for _, g := range list.Groups {
		var n int
		fmt.Sscan(g.Count, &n)
		total += n
		kinds[g.Kind] = true
	}
	if len(list.Groups) < 2 || total != list.Hits || !kinds["statement"] || !kinds["object"] {
		t.Errorf("results for \"peace plan\": groups %+v, %d hits; want the statement and the object among groups whose counts add up", list.Groups, list.Hits)
	}
	if !strings.Contains(list.Summary, "found") {
		t.Errorf("results summary %q", list.Summary)
	}
	for _, pr := range b.Problems() {
		t.Errorf("browser reported: %s", pr)
	}
}

// TestViewerHub searches a 3,000-article generated graph for the
// surname of its most mentioned person, which many share: the hub is
// ranked first and drawn.
func TestViewerHub(t *testing.T) {
	browsertest.Chromium(t)
	db, hub := generatedGraph(t, 3000)
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	b, p := openViewer(t, ctx, srv.URL+"/viewer/")

	surname := hub[strings.LastIndex(hub, " ")+1:]
	searchFor(t, ctx, p, surname)
	var first struct {
		Name      string
		Namesakes int
	}
	evalJSON(t, ctx, p, fmt.Sprintf(`(() => { const hits = newsgraphViewer.state.hits;
		return JSON.stringify({name: hits[0].node.name || '', namesakes: hits.filter(h => h.kind === 'actor' && (h.node.name || '').endsWith(%s)).length}); })()`,
		jsString(" "+surname)), &first)
	if first.Name != hub || first.Namesakes < 3 {
		t.Errorf("search %q ranks %q first among %d namesakes; want the hub %q", surname, first.Name, first.Namesakes, hub)
	}
	for _, pr := range b.Problems() {
		t.Errorf("browser reported: %s", pr)
	}
}
