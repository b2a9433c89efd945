package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/browsertest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/web"
)

var screenshot = flag.String("screenshot", "", "save the viewer test's screenshot to this PNG `file` (default: a temporary file)")

// viewerServer serves what newsgraph serve does for the viewer: the
// GraphQL API at /graphql, exports at /export and the viewer at /viewer/.
func viewerServer(t *testing.T, r graph.Reader) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(r, resolvers.Options{}))
	mux.Handle("/export", web.ExportHandler(r))
	mux.Handle("/viewer/", http.StripPrefix("/viewer", web.Viewer("/graphql", "/export")))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestViewerOffline drives the viewer in headless Chromium, in which no
// host but 127.0.0.1 resolves: it searches for Zelensky, checks that his
// neighbourhood is drawn, taps a relation and reads its evidence in the
// side panel, expands a node, filters by class and period, exports the
// view, and checks that nothing was fetched from anywhere but the test
// server.
func TestViewerOffline(t *testing.T) {
	chromium := browsertest.Chromium(t)
	f := newFixture(t)
	srv := viewerServer(t, f.db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b := browsertest.Start(t, ctx, chromium)
	downloads := t.TempDir()
	b.AllowDownloads(t, ctx, downloads)
	p := b.Open(t, ctx, srv.URL+"/viewer")
	p.SetViewport(t, ctx, 1440, 900)
	p.WaitFor(t, ctx, "the viewer to load", `!!window.newsgraphViewer && document.readyState === 'complete'`)

	js := func(format string, args ...any) string { return fmt.Sprintf(format, args...) }
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }

	// Search: Zelensky's actors and their interactions at depth 1 are
	// drawn, as the domain's traversal over the actor relations computes
	// them, one line per pair of nodes, with him as the selected root.
	p.Eval(t, ctx, `document.getElementById('search-input').value = 'Zelensky';
		document.querySelector('#search button[type=submit]').click(); true`)
	p.WaitFor(t, ctx, "Zelensky's neighbourhood", js(
		`newsgraphViewer.cy.nodes().length > 1 && newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.idle()`, q(string(f.zelensky))))
	sub, err := graph.Neighborhood(ctx, f.db, []graph.ID{f.zelensky}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, Classes: actorClasses()})
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[[2]graph.ID]bool{}
	for _, e := range sub.Edges {
		pairs[[2]graph.ID{min(e.Source, e.Target), max(e.Source, e.Target)}] = true
	}
	var drawn struct {
		Nodes, Edges int
		Root         bool
		Selected     string
		Panel        string
	}
	evalJSON(t, ctx, p, js(`(() => { const cy = newsgraphViewer.cy, z = cy.getElementById(%s);
		return JSON.stringify({nodes: cy.nodes().not('.more').length, edges: cy.edges().not('.more').length, root: z.hasClass('root'),
			selected: cy.$(':selected').id(), panel: document.getElementById('details').innerText}); })()`, q(string(f.zelensky))), &drawn)
	if drawn.Nodes != len(sub.Nodes) || drawn.Edges != len(pairs) {
		t.Errorf("the viewer draws %d nodes and %d lines; Zelensky's actor neighbourhood has %d nodes and %d linked pairs",
			drawn.Nodes, drawn.Edges, len(sub.Nodes), len(pairs))
	}
	if !drawn.Root || drawn.Selected != string(f.zelensky) || !strings.Contains(drawn.Panel, "Volodymyr Zelensky") || !strings.Contains(drawn.Panel, "Zelenskyy") {
		t.Errorf("Zelensky is root %v, selection %q, panel %q; want him marked, selected, and his aliases shown", drawn.Root, drawn.Selected, drawn.Panel)
	}
	// What he said is folded into counts: on his label and in the panel.
	label := p.Eval(t, ctx, js(`newsgraphViewer.cy.getElementById(%s).data('short')`, q(string(f.zelensky)))).(string)
	if !strings.Contains(label, "❝ 2") || !strings.Contains(drawn.Panel, "2 statements") {
		t.Errorf("Zelensky's label %q and panel do not count his 2 statements:\n%s", label, drawn.Panel)
	}
	// One of a kind is counted in the singular ("1 events" before).
	for _, one := range []string{"1 event", "1 article"} {
		if !strings.Contains(drawn.Panel, one+"\n") && !strings.HasSuffix(drawn.Panel, one) || strings.Contains(drawn.Panel, one+"s") {
			t.Errorf("Zelensky's panel does not say %q:\n%s", one, drawn.Panel)
		}
	}

	// Tap the call relation: the panel shows both sentences it was read
	// from and links to both articles.
	p.Eval(t, ctx, js(`newsgraphViewer.cy.getElementById(%s).emit('tap'), true`, q(string(f.consult))))
	panel := p.WaitFor(t, ctx, "the relation's evidence in the side panel", js(
		`(() => { const s = document.getElementById('details').innerText; return s.includes(%s) ? s : ''; })()`, q(sentCall))).(string)
	for _, want := range []string{"CONSULT", "held a phone conversation with", sentAgain, "Zelensky holds phone conversation with U.S. envoy", "Zelensky rules out giving up land", "2 articles"} {
		if !strings.Contains(panel, want) {
			t.Errorf("the panel of the call relation lacks %q:\n%s", want, panel)
		}
	}
	if links := p.Eval(t, ctx, `[...document.querySelectorAll('#details .evidence a[href]')].map(a => a.getAttribute('href')).join(' ')`).(string); links != "https://news.example/zelensky-call https://news.example/zelensky-land" {
		t.Errorf("the evidence links to %q", links)
	}

	// Unfold Zelensky, then tap a statement: its text and its speaker.
	quote := "Ukraine will not give up its land."
	p.Eval(t, ctx, js(`newsgraphViewer.select(%s); document.getElementById('unfold').click(); true`, q(string(f.zelensky))))
	p.WaitFor(t, ctx, "Zelensky's statements to be unfolded", js(
		`newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.idle()`, q(string(f.landQuote))))
	p.Eval(t, ctx, js(`newsgraphViewer.cy.getElementById(%s).emit('tap'), true`, q(string(f.landQuote))))
	p.WaitFor(t, ctx, "the statement in the side panel", js(
		`(() => { const s = document.getElementById('details').innerText; return s.includes(%s) && s.includes('Speaker') && s.includes('Volodymyr Zelensky'); })()`, q(quote)))

	// Double-click Witkoff: his neighbourhood is merged in, bringing the
	// United States, which is two hops from Zelensky.
	p.Eval(t, ctx, js(`newsgraphViewer.cy.getElementById(%s).emit('dbltap'), true`, q(string(f.witkoff))))
	p.WaitFor(t, ctx, "Witkoff's neighbours to be merged in", js(
		`newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.cy.getElementById(%s).hasClass('root') && newsgraphViewer.idle()`, q(string(f.usa)), q(string(f.witkoff))))

	// Filters: unticking STATED hides the statements; a period from
	// 2025-12-28 hides the relations seen only before it.
	var hidden struct{ Stated, Quote, Land, Role, Consult bool }
	roleZU := graph.EdgeID(f.zelensky, graph.Role, f.ukraine)
	statedZQ := graph.EdgeID(f.zelensky, graph.Stated, f.planQuote)
	p.Eval(t, ctx, `(() => { const box = document.querySelector('#class-filters input[data-class=STATED]');
		box.checked = false; box.dispatchEvent(new Event('change'));
		const since = document.getElementById('since');
		since.value = '2025-12-28'; since.dispatchEvent(new Event('change')); return true; })()`)
	p.WaitFor(t, ctx, "the filters to apply", `newsgraphViewer.state.since === '2025-12-28' && newsgraphViewer.idle()`)
	evalJSON(t, ctx, p, js(`(() => {
		const cy = newsgraphViewer.cy, h = (id) => cy.getElementById(id).empty();
		return JSON.stringify({stated: h(%s), quote: h(%s), land: h(%s), role: h(%s), consult: h(%s)}); })()`,
		q(string(statedZQ)), q(string(f.planQuote)), q(string(f.landQuote)), q(string(roleZU)), q(string(f.consult))), &hidden)
	if !hidden.Stated || !hidden.Quote || !hidden.Land || !hidden.Role || hidden.Consult {
		t.Errorf("hidden after filtering out STATED and before 2025-12-28: %+v; want the statements, their STATED relations and "+
			"Zelensky's ROLE hidden, the call shown", hidden)
	}

	// Export the filtered view: the download holds exactly the nodes
	// shown, and every relation shown.
	var exp struct {
		Status, Shown, Nodes int
		Missing              []string
		Type, URL            string
	}
	evalJSON(t, ctx, p, `(async () => {
		const v = newsgraphViewer, cy = v.cy, url = v.exportURL('json');
		const r = await fetch(url), doc = await r.json();
		const ids = new Set(doc.edges.map(e => e.id));
		const shown = cy.edges().not('.more').map(e => e.id());
		return JSON.stringify({status: r.status, url, type: r.headers.get('Content-Type'),
			shown: cy.nodes().not('.more').length, nodes: doc.nodes.length,
			missing: shown.filter(id => !ids.has(id))}); })()`, &exp)
	if exp.Status != 200 || exp.Nodes != exp.Shown || len(exp.Missing) > 0 || exp.Shown < 3 {
		t.Errorf("export of the view %s: status %d, %d nodes for %d shown, relations shown but missing %v", exp.URL, exp.Status, exp.Nodes, exp.Shown, exp.Missing)
	}
	if !strings.Contains(exp.URL, "since=2025-12-28") || strings.Contains(exp.URL, "STATED") || !strings.Contains(exp.URL, "depth=0") {
		t.Errorf("export URL %s does not carry the view's filters", exp.URL)
	}
	// The export buttons save the files: the graphml download holds the
	// nodes shown, the PNG is a picture.
	p.Eval(t, ctx, `document.getElementById('export-format').value = 'graphml';
		document.getElementById('export-download').click();
		document.getElementById('export-png').click(); true`)
	graphml := fmt.Sprintf("newsgraph-%s-and-%d-more-graphml.graphml", firstShown(t, ctx, p), exp.Shown-1)
	pngName := "newsgraph-volodymyr-zelenski.png"
	for _, name := range []string{graphml, pngName} {
		data := waitForFile(t, ctx, filepath.Join(downloads, name))
		switch name {
		case graphml:
			if nodes, _ := count(t, "graphml", data); nodes != exp.Shown {
				t.Errorf("the downloaded %s holds %d nodes, want the %d shown", name, nodes, exp.Shown)
			}
		case pngName:
			if !bytes.HasPrefix(data, []byte("\x89PNG\r\n")) || len(data) < 5000 {
				t.Errorf("the downloaded %s is %d bytes starting %q: not a picture of the view", name, len(data), data[:min(8, len(data))])
			}
		}
	}

	// An unknown name says so.
	p.Eval(t, ctx, `document.getElementById('search-input').value = 'Nobody Atall';
		document.querySelector('#search button[type=submit]').click(); true`)
	p.WaitFor(t, ctx, "the search to say it found nothing",
		`document.getElementById('status').innerText.includes('Nothing is called')`)
	p.Eval(t, ctx, `document.getElementById('results').hidden = true`)

	// A picture for people: Zelensky at depth 2, unfiltered, with the
	// call selected.
	p.Eval(t, ctx, `document.getElementById('classes-all').click();
		const since = document.getElementById('since');
		since.value = ''; since.dispatchEvent(new Event('change'));
		document.getElementById('depth').value = '2';
		document.getElementById('search-input').value = 'zelenskiy';
		document.querySelector('#search button[type=submit]').click(); true`)
	p.WaitFor(t, ctx, "the depth-2 neighbourhood", js(
		`newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.idle()`, q(string(f.zelensky)), q(string(f.usa))))
	p.Eval(t, ctx, `document.getElementById('results').hidden = true`)
	p.Eval(t, ctx, js(`newsgraphViewer.cy.getElementById(%s).emit('tap'), true`, q(string(f.consult))))
	path := *screenshot
	if path == "" {
		path = filepath.Join(t.TempDir(), "viewer.png")
	}
	p.Screenshot(t, ctx, path)
	t.Logf("screenshot: %s", path)

	// Everything the page fetched came from the test server.
	reqs := b.Requests()
	t.Logf("the page made %d requests", len(reqs))
	if len(reqs) < 10 {
		t.Errorf("the browser saw only %d requests: %v", len(reqs), reqs)
	}
	for _, u := range reqs {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:"+srv.URL+"/") {
			t.Errorf("the page fetched %s, which is not on the test server %s", u, srv.URL)
		}
	}
	for _, pr := range b.Problems() {
		t.Errorf("browser reported: %s", pr)
	}
}

// firstShown is the ID of the first node the viewer shows, which names
// the export's file.
func firstShown(t *testing.T, ctx context.Context, p *browsertest.Page) string {
	t.Helper()
	return p.Eval(t, ctx, `newsgraphViewer.cy.nodes().not('.more')[0].id()`).(string)
}

// waitForFile waits for a download to be complete in path and returns
// its content.
func waitForFile(t *testing.T, ctx context.Context, path string) []byte {
	t.Helper()
	for {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			return data
		}
		select {
		case <-ctx.Done():
			entries, _ := os.ReadDir(filepath.Dir(path))
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("no download %s; the download directory holds %v", filepath.Base(path), names)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// evalJSON evaluates expr, which gives a JSON string, and decodes it.
func evalJSON(t *testing.T, ctx context.Context, p *browsertest.Page, expr string, v any) {
	t.Helper()
	s, ok := p.Eval(t, ctx, expr).(string)
	if !ok {
		t.Fatalf("evaluate %s: not a string", expr)
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("evaluate %s: %v\n%s", expr, err, s)
	}
}

// actorClasses are the relation classes the viewer draws between actors
// by default: every class but those that link actors to what they said,
// took part in, discussed and were mentioned in.
func actorClasses() []graph.EdgeClass {
	var cs []graph.EdgeClass
	for _, c := range graph.EdgeClasses {
		switch c {
		case graph.Stated, graph.About, graph.ParticipatedIn, graph.Proposed, graph.Reviewed, graph.RevisedTo, graph.Mentions:
		default:
			cs = append(cs, c)
		}
	}
	return cs
}
