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

// TestViewerKeepsTheCaseOfVerbs drives the viewer over an article whose
// roles name nationalities and people: the line's label, the relation's
// heading and the timeline show the verb as stored ("Kenyan President"),
// not lower-cased ("kenyan president", "donald trump's son-in-law").
func TestViewerKeepsTheCaseOfVerbs(t *testing.T) {
	browsertest.Chromium(t)
	db := ingestAll(t, []graph.Article{{Title: "Ruto in Kampala", Published: "2026-02-02", Origin: "roles",
		Text: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n"}})
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ruto := actorID(t, db, "William Ruto")
	var role graph.Edge
	err := db.ScanEdges(ctx, "", func(e graph.Edge) error {
		if e.Class == graph.Role && e.Source == ruto {
			role = e
		}
		return nil
	})
	if err != nil || role.Verb != "Kenyan President" {
		t.Fatalf("stored ROLE of William Ruto: %+v, %v; want the verb \"Kenyan President\"", role, err)
	}
	_, p := openViewer(t, ctx, srv.URL+"/viewer/")
	searchFor(t, ctx, p, "William Ruto")
	p.Eval(t, ctx, fmt.Sprintf(`newsgraphViewer.select(%s); newsgraphViewer.openTimeline(%s); true`, jsString(string(role.ID)), jsString(string(ruto))))
	p.WaitFor(t, ctx, "the relation's details and the timeline", fmt.Sprintf(
		`document.querySelector('#details h2') && document.querySelectorAll('#tl-list li.entry[data-edge=%s]').length > 0`, jsString(string(role.ID))))
	var shown struct{ Label, Heading, Timeline string }
	evalJSON(t, ctx, p, fmt.Sprintf(`JSON.stringify({
		label: newsgraphViewer.cy.getElementById(%[1]s).data('short'),
		heading: document.querySelector('#details h2').textContent,
		timeline: document.querySelector('#tl-list li.entry[data-edge=%[1]s]').textContent })`, jsString(string(role.ID))), &shown)
	if shown.Label != "Kenyan President" {
		t.Errorf("line label %q, want %q", shown.Label, "Kenyan President")
	}
	for what, text := range map[string]string{"heading": shown.Heading, "timeline entry": shown.Timeline} {
		if !strings.Contains(text, "Kenyan President") {
			t.Errorf("%s %q lacks %q", what, text, "Kenyan President")
		}
	}
}
