package web_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/browsertest"
)

// TestViewerPathControlsStayReadable draws a path in headless Chromium
// and measures the path form: once the choice of k shortest paths and
// the Clear button show, the choice still shows its word ("shortest",
// not "sho") and "Find path" stays on one line.
func TestViewerPathControlsStayReadable(t *testing.T) {
	browsertest.Chromium(t)
	db := seedGraph(t)
	srv := viewerServer(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	_, p := openViewer(t, ctx, srv.URL+"/viewer/")
	searchFor(t, ctx, p, "Peskov")
	p.Eval(t, ctx, `document.getElementById('results').hidden = true;
		document.getElementById('path-from-here').click();
		document.getElementById('path-to').value = 'Zelenskyy'; document.getElementById('path-find').click(); true`)
	p.WaitFor(t, ctx, "the path and its controls", `newsgraphViewer.state.paths.length > 0 && newsgraphViewer.idle() &&
		!document.getElementById('path-k').hidden && !document.getElementById('path-clear').hidden`)
	var m struct {
		SelectWidth, TextWidth, FindHeight, ClearHeight float64
	}
	evalJSON(t, ctx, p, `(() => {
		const sel = document.getElementById('path-k'), find = document.getElementById('path-find'), clear = document.getElementById('path-clear');
		const c = document.createElement('canvas').getContext('2d');
		c.font = getComputedStyle(sel).font;
		const widest = Math.max(...[...sel.options].map(o => c.measureText(o.text).width));
		return JSON.stringify({selectWidth: sel.getBoundingClientRect().width, textWidth: widest,
			findHeight: find.getBoundingClientRect().height, clearHeight: clear.getBoundingClientRect().height}); })()`, &m)
	// The select's arrow and padding take about 24 px besides its text.
	if m.SelectWidth < m.TextWidth+20 {
		t.Errorf("the choice of paths is %.0f px wide, its longest option %.0f px: the word is cut", m.SelectWidth, m.TextWidth)
	}
	if m.FindHeight > m.ClearHeight*1.3 {
		t.Errorf("Find path is %.0f px high, Clear %.0f px: its words wrap", m.FindHeight, m.ClearHeight)
	}
}
