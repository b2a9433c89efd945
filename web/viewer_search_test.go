package web_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	// The view must have settled (idle: laid out, labels placed): under
	// load the callers' checks of the drawing otherwise read a layout
	// still in progress, whose labels overlap.
	id, _ := p.WaitFor(t, ctx, "the search for "+text+" to draw its best hit", `(() => {
		const v = newsgraphViewer, h = v.state.hits[0];
		return h && v.state.roots[0] === h.node.id && v.cy.getElementById(h.node.id).nonempty() && v.idle() ? h.node.id : '';
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
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b, p := openViewer(t, ctx, srv.URL+"/viewer/")

	zelensky := actorID(t, db, "Volodymyr Zelensky")
	for _, q := range []string{"Zelenksy", "Зеленский", "zelenskiy"} {
		if got := searchFor(t, ctx, p, q); got != string(zelensky) {
			t.Errorf("search %q draws %s first, want Volodymyr Zelensky %s", q, got, zelensky)
		}
	}

	// The default view of Zelensky: his actors and their interactions,
	// labels legible and apart.
	p.Eval(t, ctx, `document.getElementById('results').hidden = true`)
	checkLegible(t, ctx, p, "Zelensky in the seeds", 0.99)
	p.Screenshot(t, ctx, screenshotPath(t, "viewer-seeds-zelensky.png"))

	// The keyboard picks a hit from the list: the second actor of
	// "Zelensky"'s hits is not the one drawn until chosen.
	p.Eval(t, ctx, `document.getElementById('results').hidden = false; true`)
	second := p.Eval(t, ctx, `(() => { const input = document.getElementById('search-input');
		const key = (k) => input.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true}));
		key('ArrowDown'); key('ArrowDown');
		const li = document.querySelector('#results li.hit.active');
		key('Enter');
		return li ? li.dataset.id : ''; })()`).(string)
	p.WaitFor(t, ctx, "the hit chosen by the keyboard to be drawn", fmt.Sprintf(
		`newsgraphViewer.state.roots[0] === %s && newsgraphViewer.idle()`, jsString(second)))
	if second == "" || second == string(zelensky) {
		t.Errorf("the keyboard chose %q; want the second hit, not Zelensky", second)
	}

	// "peace plan" finds nodes of several kinds: the list groups them,
	// each group with its count, and the counts add up to the hits.
	searchFor(t, ctx, p, "peace plan")
	var list struct {
		Groups  []struct{ Kind, Count string }
		Hits    map[string]int
		Summary string
	}
	evalJSON(t, ctx, p, `(() => {
		const ul = document.getElementById('results'), hits = {};
		for (const li of ul.querySelectorAll('li.hit')) hits[li.dataset.kind] = (hits[li.dataset.kind] || 0) + 1;
		return JSON.stringify({
			groups: [...ul.querySelectorAll('li.group')].map(g => ({kind: g.dataset.kind, count: g.querySelector('.count').textContent})),
			hits, summary: ul.querySelector('li.summary') ? ul.querySelector('li.summary').textContent : ''});
	})()`, &list)
	total := 0
	kinds := map[string]bool{}
	for _, g := range list.Groups {
		var n int
		fmt.Sscan(g.Count, &n)
		total += n
		kinds[g.Kind] = true
		if n < list.Hits[g.Kind] || list.Hits[g.Kind] == 0 {
			t.Errorf("results for \"peace plan\": the %s group counts %d matches and lists %d", g.Kind, n, list.Hits[g.Kind])
		}
		// "1 object", not "1 objects"; "2 statements".
		counted := fmt.Sprintf("%d %s", n, g.Kind)
		if n != 1 {
			counted += "s"
		}
		if !strings.Contains(list.Summary+",", counted+",") {
			t.Errorf("results summary %q does not say %q", list.Summary, counted)
		}
	}
	if len(list.Groups) < 2 || !kinds["statement"] || !kinds["object"] {
		t.Errorf("results for \"peace plan\": groups %+v; want the statements and the object among them", list.Groups)
	}
	if !strings.HasPrefix(list.Summary, fmt.Sprintf("%d found", total)) {
		t.Errorf("results summary %q; want the %d matches the groups count", list.Summary, total)
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
	// Its 3,000 articles take a while to ingest; the other browser
	// tests spend theirs waiting on Chromium.
	t.Parallel()
	db, hub := generatedGraph(t, 3000)
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
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

	// The hub's view: its strongest neighbours and a "+ n more" node,
	// legible at the default zoom.
	p.Eval(t, ctx, `document.getElementById('results').hidden = true`)
	var view struct {
		Actors int
		More   string
	}
	evalJSON(t, ctx, p, `(() => { const cy = newsgraphViewer.cy, m = cy.nodes('.more');
		return JSON.stringify({actors: cy.nodes().filter(n => n.data('kind') === 'actor').length, more: m.length ? m.data('short') : ''}); })()`, &view)
	if view.Actors < 8 || view.Actors > 30 || !strings.HasPrefix(view.More, "+ ") {
		t.Errorf("the hub's view draws %d actors and the more node %q; want its strongest neighbours (8 to 30) and \"+ n more\"", view.Actors, view.More)
	}
	checkLegible(t, ctx, p, "the hub "+hub, 0.6)
	p.Screenshot(t, ctx, screenshotPath(t, "viewer-hub.png"))

	// "+ n more" shows the next strongest neighbours, and says how many
	// are left.
	p.Eval(t, ctx, `newsgraphViewer.cy.nodes('.more').emit('tap'), true`)
	p.WaitFor(t, ctx, "more neighbours of the hub", fmt.Sprintf(`newsgraphViewer.idle() &&
		newsgraphViewer.cy.nodes().filter(n => n.data('kind') === 'actor').length > %d`, view.Actors))
	var more struct {
		Actors int
		More   string
	}
	evalJSON(t, ctx, p, `(() => { const cy = newsgraphViewer.cy, m = cy.nodes('.more');
		return JSON.stringify({actors: cy.nodes().filter(n => n.data('kind') === 'actor').length, more: m.length ? m.data('short') : ''}); })()`, &more)
	var before, after int
	fmt.Sscanf(view.More, "+ %d", &before)
	fmt.Sscanf(more.More, "+ %d", &after)
	if more.Actors != view.Actors+10 || after != before-10 {
		t.Errorf("after \"%s\": %d actors and %q; want 10 more actors and 10 fewer left", view.More, more.Actors, more.More)
	}
	checkLegible(t, ctx, p, "the hub with 10 more neighbours", 0.5)
	for _, pr := range b.Problems() {
		t.Errorf("browser reported: %s", pr)
	}
}

var shots = flag.String("screenshots", "", "save the viewer tests' screenshots in this `dir` (default: a temporary directory)")

// screenshotPath is where the screenshot name is saved.
func screenshotPath(t *testing.T, name string) string {
	dir := *shots
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, name)
}

// legibility is what checkLegible reads from the rendered view.
type legibility struct {
	// Labels is how many labels are drawn, Actors how many actor nodes
	// and Named how many of them show their name.
	Labels, Actors, Named int
	// Overlaps lists pairs of drawn labels whose boxes overlap.
	Overlaps []string
	// FontPx is the size in screen pixels of the node labels' font.
	FontPx float64
	// Outside lists drawn labels that lie out of the graph's area.
	Outside []string
}

// checkLegible reads the boxes of the labels drawn at the current zoom
// from Cytoscape (rendered coordinates, as on the screen) and fails the
// test when two overlap, when a label lies outside the graph's area,
// when the node labels' font is under 9 px, or when fewer than
// minNamed of the actors show their names (the collision pass may hide
// lower-ranked labels, but not most of them).
func checkLegible(t *testing.T, ctx context.Context, p *browsertest.Page, what string, minNamed float64) legibility {
	t.Helper()
	var l legibility
	evalJSON(t, ctx, p, `(() => {
		const cy = newsgraphViewer.cy, w = cy.width(), h = cy.height();
		const drawn = cy.elements().filter(e => e.visible() && e.style('label') && Number(e.style('text-opacity')) > 0 &&
			cy.zoom() * parseFloat(e.style('font-size')) >= parseFloat(e.style('min-zoomed-font-size')));
		const boxes = drawn.map(e => ({id: e.id(), label: e.style('label').split('\n')[0],
			b: e.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true, useCache: false})}));
		const overlaps = [], outside = [];
		for (let i = 0; i < boxes.length; i++) {
			const a = boxes[i].b;
			if (a.x1 < -1 || a.y1 < -1 || a.x2 > w + 1 || a.y2 > h + 1) outside.push(boxes[i].label);
			for (let j = i + 1; j < boxes.length; j++) {
				const b = boxes[j].b;
				const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
				if (dx > 1 && dy > 1) overlaps.push(boxes[i].label + ' × ' + boxes[j].label);
			}
		}
		const actors = cy.nodes().filter(n => n.data('kind') === 'actor');
		const named = actors.filter(n => drawn.contains(n));
		return JSON.stringify({labels: boxes.length, actors: actors.length, named: named.length, overlaps, outside,
			fontPx: cy.zoom() * parseFloat(cy.nodes().first().style('font-size'))});
	})()`, &l)
	t.Logf("%s: %d labels drawn, %d of %d actors named, font %.1f px", what, l.Labels, l.Named, l.Actors, l.FontPx)
	if len(l.Overlaps) > 0 {
		t.Errorf("%s: %d pairs of labels overlap: %v", what, len(l.Overlaps), l.Overlaps)
	}
	if len(l.Outside) > 0 {
		t.Errorf("%s: labels out of the graph's area: %v", what, l.Outside)
	}
	if l.FontPx < 9 {
		t.Errorf("%s: node labels are %.1f px at the default zoom; want at least 9", what, l.FontPx)
	}
	if float64(l.Named) < minNamed*float64(l.Actors) {
		t.Errorf("%s: only %d of %d actors show their names; want at least %.0f%%", what, l.Named, l.Actors, 100*minNamed)
	}
	return l
}
