package resolvers_test

import (
	"bytes"
	"io"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/web"
)

func TestExportQuery(t *testing.T) {
	f := newFixture(t)
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(f.db, resolvers.Options{}))
	mux.Handle("/export", web.ExportHandler(f.db))
	srv := newServer(t, mux)
	const q = `query($format: String!, $roots: [String!], $depth: Int, $classes: [EdgeClass!], $since: String, $base: String) {
		export(format: $format, roots: $roots, depth: $depth, classes: $classes, since: $since, base: $base) {
			format mediaType fileName url roots { id } text } }`
	type answer struct {
		Export struct {
			Format, MediaType, FileName, URL string
			Roots                            []struct{ ID string }
			Text                             *string
		}
	}
	t.Run("by name, as /export and the command line", func(t *testing.T) {
		var a answer
		mustData(t, srv, q, map[string]any{"format": "graphml", "roots": []string{"Zelenskyy"}, "depth": 1}, &a)
		e := a.Export
		want := export.Scope{Roots: []graph.ID{f.zelensky}, Depth: 1}
		var direct bytes.Buffer
		if err := export.Write(t.Context(), &direct, f.db, "graphml", want); err != nil {
			t.Fatal(err)
		}
		if e.Text == nil || *e.Text != direct.String() {
			t.Errorf("text differs from export.Write of %+v", want)
		}
		if e.Format != "graphml" || e.MediaType != "application/graphml+xml" || e.FileName != "newsgraph-"+string(f.zelensky)+"-graphml.graphml" {
			t.Errorf("export %+v", e)
		}
		if len(e.Roots) != 1 || e.Roots[0].ID != string(f.zelensky) {
			t.Errorf("roots %+v, want Zelensky's ID", e.Roots)
		}
		resp, err := http.Get(srv.URL + e.URL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, direct.Bytes()) {
			t.Errorf("GET %s: status %d, %d bytes; want the same document", e.URL, resp.StatusCode, len(body))
		}
	})
	t.Run("a zip is downloaded, not answered", func(t *testing.T) {
		var a answer
		mustData(t, srv, q, map[string]any{"format": "csv", "classes": []string{"CONSULT"}}, &a)
		if a.Export.Text != nil || a.Export.URL != "/export?class=CONSULT&format=csv" {
			t.Errorf("csv export: text %v, url %q", a.Export.Text != nil, a.Export.URL)
		}
	})
	t.Run("whole graph", func(t *testing.T) {
		var a answer
		mustData(t, srv, q, map[string]any{"format": "nquads"}, &a)
		if a.Export.Text == nil || len(*a.Export.Text) == 0 || len(a.Export.Roots) != 0 {
			t.Errorf("whole-graph export: %+v", a.Export)
		}
	})
	t.Run("nquads under a base", func(t *testing.T) {
		var a answer
		mustData(t, srv, q, map[string]any{"format": "nquads", "roots": []string{"Peskov"}, "base": "https://newsgraph.example/id/"}, &a)
		if a.Export.Text == nil || !bytes.HasPrefix([]byte(*a.Export.Text), []byte("<https://newsgraph.example/id/")) {
			t.Errorf("nquads text does not start with an IRI under the base")
		}
		resp, err := http.Get(srv.URL + a.Export.URL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || string(body) != *a.Export.Text {
			t.Errorf("GET %s: status %d; want the same document", a.Export.URL, resp.StatusCode)
		}
	})
	for _, tt := range []struct {
		name string
		vars map[string]any
		code string
		msg  string
	}{
		{"unknown format", map[string]any{"format": "pdf"}, "INVALID_ARGUMENT", `format: unknown export format "pdf"`},
		{"unknown name", map[string]any{"format": "json", "roots": []string{"Nobody Atall"}}, "INVALID_ARGUMENT", `roots: no actor named "Nobody Atall"`},
		{"unknown ID", map[string]any{"format": "json", "roots": []string{"act_0000000000000000"}}, "NOT_FOUND", `roots: no node "act_0000000000000000"`},
		{"depth without roots", map[string]any{"format": "json", "depth": 2}, "INVALID_ARGUMENT", "depth: needs at least one root"},
		{"depth too large", map[string]any{"format": "json", "roots": []string{"Zelensky"}, "depth": 7}, "INVALID_ARGUMENT", "depth: 7 is out of range 0 to 6"},
		{"bad date", map[string]any{"format": "json", "since": "soon"}, "INVALID_ARGUMENT", `since: "soon" is not a date`},
		{"relative base", map[string]any{"format": "nquads", "base": "id/"}, "INVALID_ARGUMENT", `base: base "id/" is not an absolute IRI`},
	} {
		t.Run(tt.name, func(t *testing.T) { failing(t, srv, q, tt.vars, tt.code, tt.msg) })
	}
}
