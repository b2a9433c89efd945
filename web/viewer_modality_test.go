package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/browsertest"
)

// modalityArticle has a meeting that is only planned and one that
// happened, each between actors that meet nowhere else.
const modalityArticle = `Prime Minister Tom Hale will meet General Eva Lund on Monday.

Judge Karin Dahl met Senator Max Ode on Thursday.
`

// TestViewerSaysWhatIsOnlyPlanned drives the viewer in headless
// Chromium over a graph read by the real extractor: a meeting announced
// for next Monday is drawn, listed and read as planned (its label, the
// relation's details, its sentence and its timeline entry say so), and
// one that happened says nothing of the kind.
func TestViewerSaysWhatIsOnlyPlanned(t *testing.T) {
	browsertest.Chromium(t)
	db := ingestAll(t, []graph.Article{{Title: "Harbour talks", Published: "2026-11-29", Text: modalityArticle, Origin: "modality"}})
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	_, p := openViewer(t, ctx, srv.URL+"/viewer/")

	type shown struct {
		Label, Details, Evidence, Timeline string
	}
	// read draws the actor's neighbourhood, selects its CONSULT relation
	// and opens its timeline, and returns what the page shows of them.
	read := func(name string) shown {
		t.Helper()
		id := searchFor(t, ctx, p, name)
		rel, _ := p.Eval(t, ctx, fmt.Sprintf(`(() => { const e = newsgraphViewer.cy.edges('[class = "CONSULT"]').filter((e) => e.source().id() === %[1]s || e.target().id() === %[1]s);
			if (e.length !== 1) return ''; newsgraphViewer.select(e.id()); return e.id(); })()`, jsString(id))).(string)
		if rel == "" {
			t.Fatalf("%s: no one CONSULT relation drawn", name)
		}
		p.WaitFor(t, ctx, "the evidence of "+name+"'s meeting", `document.querySelectorAll('#details ul.evidence blockquote').length > 0`)
		p.Eval(t, ctx, fmt.Sprintf(`newsgraphViewer.openTimeline(%s); true`, jsString(id)))
		p.WaitFor(t, ctx, "the timeline of "+name, fmt.Sprintf(`document.querySelectorAll('#tl-list li.entry[data-edge=%s]').length > 0`, jsString(rel)))
		var s shown
		evalJSON(t, ctx, p, fmt.Sprintf(`JSON.stringify({
			label: newsgraphViewer.cy.getElementById(%[1]s).data('short'),
			details: document.querySelector('#details dl').textContent,
			evidence: document.querySelector('#details ul.evidence li').textContent,
			timeline: document.querySelector('#tl-list li.entry[data-edge=%[1]s]').textContent })`, jsString(rel)), &s)
		return s
	}

	planned := read("Tom Hale")
	for what, text := range map[string]string{"label": planned.Label, "details": planned.Details, "evidence": planned.Evidence, "timeline entry": planned.Timeline} {
		if !strings.Contains(text, "planned") {
			t.Errorf("the planned meeting's %s says nothing of it: %q", what, text)
		}
	}
	held := read("Karin Dahl")
	for what, text := range map[string]string{"label": held.Label, "details": held.Details, "evidence": held.Evidence, "timeline entry": held.Timeline} {
		for _, m := range []string{"planned", "negated", "hypothetical", "demanded"} {
			if strings.Contains(text, m) {
				t.Errorf("the meeting that happened has %q in its %s: %q", m, what, text)
			}
		}
	}
}

// TestViewerShowsWhatDidNotHappenOnRequest drives the viewer over an
// article with a meeting that did not happen: it is not drawn by
// default; with "also what did not happen" it is, labelled negated, and
// the page's URL and its export ask for it too; unticked, it goes.
func TestViewerShowsWhatDidNotHappenOnRequest(t *testing.T) {
	browsertest.Chromium(t)
	db := ingestAll(t, []graph.Article{{Title: "Harbour talks", Published: "2026-11-29", Origin: "negated",
		Text: "Mayor Lena Holm did not meet Governor Piet Visser on Friday.\n\nJudge Karin Dahl met Lena Holm on Thursday.\n"}})
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	_, p := openViewer(t, ctx, srv.URL+"/viewer/")
	visser := actorID(t, db, "Piet Visser")
	searchFor(t, ctx, p, "Lena Holm")
	type view struct {
		Visser         bool
		Labels         []string
		URL, ExportURL string
	}
	look := func() view {
		t.Helper()
		var v view
		evalJSON(t, ctx, p, fmt.Sprintf(`JSON.stringify({
			visser: newsgraphViewer.cy.getElementById(%s).nonempty(),
			labels: newsgraphViewer.cy.edges('[class = "CONSULT"]').map((e) => e.data('short')),
			url: location.hash, exportURL: newsgraphViewer.exportURL('json') })`, jsString(string(visser))), &v)
		return v
	}
	if v := look(); v.Visser || strings.Contains(v.URL, "nf=1") || strings.Contains(v.ExportURL, "nonfactual") {
		t.Errorf("by default: Piet Visser drawn %v, URL %q, export %q; want the meeting that did not happen left out", v.Visser, v.URL, v.ExportURL)
	}
	p.Eval(t, ctx, `document.getElementById('nonfactual').click(); true`)
	p.WaitFor(t, ctx, "the meeting that did not happen to be drawn", fmt.Sprintf(`newsgraphViewer.cy.getElementById(%s).nonempty() && newsgraphViewer.idle()`, jsString(string(visser))))
	v := look()
	negated := false
	for _, l := range v.Labels {
		negated = negated || strings.HasSuffix(l, "· negated")
	}
	if !negated || !strings.Contains(v.URL, "nf=1") || !strings.Contains(v.ExportURL, "nonfactual=true") {
		t.Errorf("with what did not happen: labels %q, URL %q, export %q; want a negated CONSULT, nf=1 and nonfactual=true", v.Labels, v.URL, v.ExportURL)
	}
	p.Eval(t, ctx, `document.getElementById('nonfactual').click(); true`)
	p.WaitFor(t, ctx, "the meeting that did not happen to go", fmt.Sprintf(`newsgraphViewer.cy.getElementById(%s).empty() && newsgraphViewer.idle()`, jsString(string(visser))))
	if v := look(); len(v.Labels) != 1 || strings.Contains(v.URL, "nf=1") {
		t.Errorf("unticked: CONSULT labels %q, URL %q; want the meeting with Karin Dahl only", v.Labels, v.URL)
	}
}
