package web_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/browsertest"
)

// TestViewerPathTimelineAndSharedURL drives the analyst's workbench over
// the seed articles: it draws the path between Peskov and Zelensky
// with each relation's direction, then through articles as well; opens
// Zelensky's timeline and brushes a period, which filters the timeline
// and the graph; then opens the page's URL in a new tab and gets the
// same view back.
func TestViewerPathTimelineAndSharedURL(t *testing.T) {
	browsertest.Chromium(t)
	db := seedGraph(t)
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b, p := openViewer(t, ctx, srv.URL+"/viewer/")
	peskov, zelensky := actorID(t, db, "Dmitry Peskov"), actorID(t, db, "Volodymyr Zelensky")
	q := jsString

	// Path: "Path from here" on Peskov, Zelensky typed by name.
	searchFor(t, ctx, p, "Peskov")
	p.Eval(t, ctx, `document.getElementById('results').hidden = true;
		document.getElementById('path-from-here').click(); true`)
	p.Eval(t, ctx, `document.getElementById('path-to').value = 'Zelenskyy'; document.getElementById('path-find').click(); true`)
	p.WaitFor(t, ctx, "the path to be drawn", `newsgraphViewer.state.paths.length > 0 && newsgraphViewer.idle()`)

	want, err := graph.ShortestPath(ctx, db, peskov, zelensky, graph.PathOptions{Classes: actorClasses(), Direction: graph.Both, MaxDepth: 6})
	if err != nil || want == nil {
		t.Fatalf("the domain finds no path of actor relations from Peskov to Zelensky: %v", err)
	}
	checkDrawnPath(t, ctx, p, want, peskov)

	// The k shortest, as the API lists them: each listed, the second
	// drawn when chosen.
	p.WaitFor(t, ctx, "the choice of k shortest paths", `!document.getElementById('path-k').hidden`)
	p.Eval(t, ctx, `newsgraphViewer.state.paths = []; document.getElementById('path-k').value = '3';
		document.getElementById('path-find').click(); true`)
	p.WaitFor(t, ctx, "the 3 shortest paths", `newsgraphViewer.state.paths.length > 0 && newsgraphViewer.idle()`)
	var k struct {
		Paths, Listed, Drawn int
		Lengths              []int
		Distinct             bool
	}
	p.Eval(t, ctx, `document.querySelector('#path-list li.path[data-index="1"] .path-head').click(); true`)
	p.WaitFor(t, ctx, "the second path to be drawn", `newsgraphViewer.state.pathIndex === 1 && newsgraphViewer.idle()`)
	evalJSON(t, ctx, p, `(() => { const v = newsgraphViewer, ps = v.state.paths;
		return JSON.stringify({paths: ps.length, listed: document.querySelectorAll('#path-list li.path').length,
			drawn: ps[1].edges.filter(id => v.cy.getElementById(id).hasClass('path')).length,
			lengths: ps.map(p => p.edges.length), distinct: new Set(ps.map(p => p.nodes.join())).size === ps.length}); })()`, &k)
	if k.Paths < 2 || k.Listed != k.Paths || !k.Distinct || !slices.IsSorted(k.Lengths) || k.Lengths[0] != want.Len() || k.Drawn != k.Lengths[1] {
		t.Errorf("3 shortest paths: %d found, %d listed, lengths %v, distinct %v, %d steps of the second drawn; want 2 or 3 distinct paths, shortest first, the second drawn",
			k.Paths, k.Listed, k.Lengths, k.Distinct, k.Drawn)
	}
	p.Eval(t, ctx, `document.querySelector('#path-list li.path[data-index="0"] .path-head').click(); true`)
	p.WaitFor(t, ctx, "the first path to be drawn again", `newsgraphViewer.state.pathIndex === 0 && newsgraphViewer.idle()`)

	// Through statements, events and articles too: a path at most as
	// long, and here through an article.
	p.Eval(t, ctx, `newsgraphViewer.state.paths = []; document.getElementById('path-k').value = '1';
		document.getElementById('path-all').checked = true;
		document.getElementById('path-find').click(); true`)
	p.WaitFor(t, ctx, "the path through articles", `newsgraphViewer.state.paths.length > 0 && newsgraphViewer.idle()`)
	var viaAll struct {
		Len   int
		Kinds []string
	}
	evalJSON(t, ctx, p, `(() => { const v = newsgraphViewer, pa = v.state.paths[0];
		return JSON.stringify({len: pa.edges.length, kinds: pa.nodes.map(id => v.store.nodes.get(id).__typename)}); })()`, &viaAll)
	if viaAll.Len > want.Len() || !slices.Contains(viaAll.Kinds, "Article") {
		t.Errorf("the path through everything has %d steps through %v; want at most %d, through an article", viaAll.Len, viaAll.Kinds, want.Len())
	}
	p.Eval(t, ctx, `newsgraphViewer.state.paths = []; document.getElementById('path-all').checked = false;
		document.getElementById('path-find').click(); true`)
	p.WaitFor(t, ctx, "the path of actors again", `newsgraphViewer.state.paths.length > 0 && newsgraphViewer.idle()`)

	// Timeline: Zelensky's evidence in date order; brushing the second
	// half of its dates keeps, in the list and in the graph, only what
	// is dated in the period.
	p.Eval(t, ctx, fmt.Sprintf(`newsgraphViewer.select(%s); document.getElementById('open-timeline').click(); true`, q(string(zelensky))))
	p.WaitFor(t, ctx, "Zelensky's timeline", `document.querySelectorAll('#tl-list li.entry').length > 0 && newsgraphViewer.idle()`)
	days := timelineDays(t, ctx, p)
	if !slices.IsSorted(days) || len(days) < 10 {
		t.Errorf("the timeline lists %d entries dated %v; want them in date order", len(days), days)
	}
	var box struct{ X, Y, W, H float64 }
	evalJSON(t, ctx, p, `(() => { const r = document.getElementById('tl-brush').getBoundingClientRect();
		return JSON.stringify({x: r.left, y: r.top, w: r.width, h: r.height}); })()`, &box)
	y := box.Y + box.H/2
	drag(t, ctx, p, box.X+box.W*0.5, box.X+box.W-2, y)
	p.WaitFor(t, ctx, "the brushed period", `newsgraphViewer.state.since !== '' && newsgraphViewer.idle()`)
	var period struct {
		Since, Until, From, To string
		Outside                []string
	}
	evalJSON(t, ctx, p, `(() => { const v = newsgraphViewer, s = v.state;
		const days = (r) => { const ev = v.store.nodes.get(r.target);
			return r.class === 'PARTICIPATED_IN' && ev && ev.date ? [ev.date] : (r.evidence || []).map(x => x.when || x.date); };
		const outside = v.cy.edges().not('.more').not('.path').filter(e => !days(v.store.edges.get(e.id()))
			.some(d => d && d >= s.since && d <= s.until)).map(e => e.id());
		return JSON.stringify({since: s.since, until: s.until, from: document.getElementById('since').value,
			to: document.getElementById('until').value, outside}); })()`, &period)
	brushed := timelineDays(t, ctx, p)
	if period.Since == "" || period.From != period.Since || period.To != period.Until {
		t.Errorf("brushed period %s to %s, period inputs %s to %s", period.Since, period.Until, period.From, period.To)
	}
	if len(brushed) == 0 || len(brushed) >= len(days) {
		t.Errorf("after brushing %s to %s the timeline lists %d of %d entries; want some and not all", period.Since, period.Until, len(brushed), len(days))
	}
	for _, d := range brushed {
		if d < period.Since || d > period.Until {
			t.Errorf("the brushed timeline lists an entry of %s, out of %s to %s", d, period.Since, period.Until)
			break
		}
	}
	if len(period.Outside) > 0 {
		t.Errorf("the graph still draws relations with no evidence in %s to %s: %v", period.Since, period.Until, period.Outside)
	}

	// The URL holds the view: opened in a new tab, it gives the same
	// nodes, relations, path, period, timeline and selection.
	url := p.Eval(t, ctx, `location.href`).(string)
	if !strings.Contains(url, "#") {
		t.Fatalf("the page's URL %s holds no view", url)
	}
	before := viewState(t, ctx, p)
	p2 := b.Open(t, ctx, url)
	p2.SetViewport(t, ctx, 1400, 900)
	p2.WaitFor(t, ctx, "the shared view to be restored", `!!window.newsgraphViewer && newsgraphViewer.state.roots.length > 0 &&
		newsgraphViewer.idle() && document.querySelectorAll('#tl-list li.entry').length > 0`)
	after := viewState(t, ctx, p2)
	if before != after {
		t.Errorf("the view restored from %s differs:\nbefore %s\nafter  %s", url, before, after)
	}
	checkLegible(t, ctx, p2, "the restored view", 0.6)
	p2.Screenshot(t, ctx, screenshotPath(t, "viewer-path-timeline.png"))

	// A view pasted into the address bar of the open page replaces the
	// one shown.
	kremlin := actorID(t, db, "Kremlin")
	p2.Eval(t, ctx, fmt.Sprintf(`location.hash = 'r=' + %s; true`, q(string(kremlin))))
	p2.WaitFor(t, ctx, "the pasted view", fmt.Sprintf(`newsgraphViewer.state.roots.join() === %s && newsgraphViewer.idle() &&
		newsgraphViewer.state.paths.length === 0 && document.getElementById('timeline').hidden &&
		newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.cy.getElementById(%s).empty()`,
		q(string(kremlin)), q(string(kremlin)), q(string(zelensky))))

	// A shared view naming a node the graph no longer holds is restored
	// without it, and says so.
	p2.Eval(t, ctx, fmt.Sprintf(`location.hash = 'r=act_0000000000000000,' + %s; true`, q(string(kremlin))))
	p2.WaitFor(t, ctx, "the view without the missing node", fmt.Sprintf(`newsgraphViewer.idle() &&
		newsgraphViewer.state.roots.join() === %s && newsgraphViewer.cy.getElementById(%s).nonempty() &&
		document.getElementById('status').innerText.includes('no longer holds act_0000000000000000')`, q(string(kremlin)), q(string(kremlin))))
	for _, pr := range b.Problems() {
		t.Errorf("browser reported: %s", pr)
	}
}

// checkDrawnPath checks that the viewer draws want, a path from start:
// each of its relations drawn as a path line from its source to its
// target, with an arrow unless its class is symmetric, and listed with
// its direction, marked as running against the path when it does.
func checkDrawnPath(t *testing.T, ctx context.Context, p *browsertest.Page, want *graph.Path, start graph.ID) {
	t.Helper()
	type step struct {
		ID, Source, Target, Arrow, Text, Class string
		Path                                   bool
	}
	var got []step
	evalJSON(t, ctx, p, `(() => { const v = newsgraphViewer, pa = v.state.paths[0];
		return JSON.stringify(pa.edges.map(id => { const e = v.cy.getElementById(id), li = document.querySelector('#path-list li.step[data-edge="' + id + '"]');
			return {id, source: e.data('source') || '', target: e.data('target') || '', arrow: e.nonempty() ? e.style('target-arrow-shape') : '',
				path: e.hasClass('path'), text: li ? li.innerText : '', class: li ? li.className : ''}; })); })()`, &got)
	if len(got) != want.Len() {
		t.Fatalf("the viewer draws a path of %d steps; the domain's shortest path of actor relations has %d", len(got), want.Len())
	}
	at := start
	against := 0
	for i, e := range want.Edges {
		g := got[i]
		if g.Source != string(e.Source) || g.Target != string(e.Target) || !g.Path {
			t.Errorf("step %d is drawn %s → %s (path %v); want the relation %s → %s", i, g.Source, g.Target, g.Path, e.Source, e.Target)
		}
		if wantArrow := map[bool]string{true: "none", false: "triangle"}[e.Class.Symmetric()]; g.Arrow != wantArrow {
			t.Errorf("step %d (%s) has the arrow %q, want %q", i, e.Class, g.Arrow, wantArrow)
		}
		if e.Class == graph.Mentions {
			t.Errorf("step %d goes through an article", i)
		}
		dir := "along"
		switch {
		case e.Class.Symmetric():
			dir = "both"
		case e.Source != at:
			dir = "against"
			against++
		}
		if !strings.Contains(g.Class, dir) || !strings.Contains(g.Text, string(e.Class)) || !strings.Contains(g.Text, "→") {
			t.Errorf("step %d is listed %q (%s); want %s, its class and its direction", i, g.Text, g.Class, dir)
		}
		at = want.Nodes[i+1].ID
	}
	t.Logf("the path has %d steps, %d of them against their relation's direction", len(got), against)
}

// timelineDays lists the days of the timeline's entries as listed.
func timelineDays(t *testing.T, ctx context.Context, p *browsertest.Page) []string {
	t.Helper()
	var days []string
	evalJSON(t, ctx, p, `JSON.stringify([...document.querySelectorAll('#tl-list li.entry')].map(li => li.dataset.day).filter(Boolean))`, &days)
	return days
}

// drag drags the mouse from x0 to x1 at y, as a user brushes.
func drag(t *testing.T, ctx context.Context, p *browsertest.Page, x0, x1, y float64) {
	t.Helper()
	steps := []map[string]any{
		{"type": "mouseMoved", "x": x0, "y": y},
		{"type": "mousePressed", "x": x0, "y": y, "button": "left", "buttons": 1, "clickCount": 1},
		{"type": "mouseMoved", "x": (x0 + x1) / 2, "y": y, "button": "left", "buttons": 1},
		{"type": "mouseMoved", "x": x1, "y": y, "button": "left", "buttons": 1},
		{"type": "mouseReleased", "x": x1, "y": y, "button": "left", "buttons": 0, "clickCount": 1},
	}
	for _, s := range steps {
		if _, err := p.Call(ctx, "Input.dispatchMouseEvent", s); err != nil {
			t.Fatal(err)
		}
	}
}

// viewState sums up what a view shows, for comparing two tabs.
func viewState(t *testing.T, ctx context.Context, p *browsertest.Page) string {
	t.Helper()
	return p.Eval(t, ctx, `(() => { const v = newsgraphViewer, s = v.state, cy = v.cy;
		return JSON.stringify({nodes: cy.nodes().map(n => n.id()).sort(), edges: cy.edges().map(e => e.id()).sort(),
			path: s.paths.map(p => p.edges), since: s.since, until: s.until, classes: [...s.hiddenClasses].sort(),
			timeline: s.timeline, entries: document.querySelectorAll('#tl-list li.entry').length,
			selected: cy.$(':selected').map(e => e.id()), query: document.getElementById('search-input').value}); })()`).(string)
}
