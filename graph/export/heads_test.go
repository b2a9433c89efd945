package export_test

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// readerOnly hides a store's EdgeHeadReader and EdgeHeadScanner, so
// that exports read every edge with its evidence.
type readerOnly struct{ graph.Reader }

// TestHeadsGiveTheSameOutput exports the fixture from a store, which
// can load edge heads without evidence, and from the same store seen
// as a plain graph.Reader: every format and scope must give the same
// bytes, whether or not the export left evidence unread.
func TestHeadsGiveTheSameOutput(t *testing.T) {
	db := openStore(t, fixture(t)...)
	if _, ok := graph.Reader(db).(graph.EdgeHeadScanner); !ok {
		t.Fatal("the store no longer scans edge heads; this test would compare a path with itself")
	}
	scopes := map[string]export.Scope{
		"whole graph":        {},
		"classes":            {Classes: []graph.EdgeClass{graph.Consult, graph.Stated}},
		"period":             {Since: "2025-12-20"},
		"rooted":             {Roots: []graph.ID{graph.ActorID("Vladimir Putin")}, Depth: 2},
		"rooted with period": {Roots: []graph.ID{graph.ActorID("Vladimir Putin")}, Depth: 2, Until: "2025-12-19"},
	}
	for _, f := range export.Formats() {
		for name, scope := range scopes {
			got := export1(t, db, f.Name, scope)
			want := export1(t, readerOnly{db}, f.Name, scope)
			if !bytes.Equal(got, want) {
				t.Errorf("%s, %s: export differs when edge heads are used:\n%s\nwant:\n%s", f.Name, name, got, want)
			}
		}
	}
}
