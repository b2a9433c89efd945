package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

// exportServer serves web.ExportHandler(r) at /export on a random port.
func exportServer(t *testing.T, r graph.Reader) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/export", web.ExportHandler(r))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// expected computes, without the exporter, the nodes and edges a scope
// holds: the traversal's subgraph for a rooted scope, the filtered edges
// and the nodes at their ends for a filtered whole-graph scope, and
// everything otherwise.
func expected(t *testing.T, r graph.Reader, s export.Scope) (nodes, edges int) {
	t.Helper()
	ctx := context.Background()
	if len(s.Roots) > 0 {
		sub, err := graph.Neighborhood(ctx, r, s.Roots, graph.TraverseOptions{
			Depth: s.Depth, Classes: s.Classes, Direction: graph.Both, Since: s.Since, Until: s.Until})
		if err != nil {
			t.Fatal(err)
		}
		return len(sub.Nodes), len(sub.Edges)
	}
	filtered := len(s.Classes) > 0 || s.Since != "" || s.Until != ""
	ends := map[graph.ID]bool{}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		if (len(s.Classes) == 0 || slices.Contains(s.Classes, e.Class)) && e.SeenBetween(s.Since, s.Until) {
			edges++
			ends[e.Source], ends[e.Target] = true, true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if filtered {
		return len(ends), edges
	}
	for _, k := range graph.NodeKinds {
		if err := r.ScanNodes(ctx, k, "", func(graph.Node) error { nodes++; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	return nodes, edges
}

var (
	dotNodeRE = regexp.MustCompile(`(?m)^  "[^"]+" \[id=`)
	dotEdgeRE = regexp.MustCompile(`(?m)^  "[^"]+" -> "[^"]+" \[id=`)
	rdfTypeRE = regexp.MustCompile(`(?m)^\S+ (?:<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <[^>]*:|<dgraph\.type> ")(\w+)[>"] \.$`)
)

// count reads an export back and counts its nodes and edges, each format
// in its own way.
func count(t *testing.T, format string, body []byte) (nodes, edges int) {
	t.Helper()
	switch format {
	case "json":
		var doc struct{ Nodes, Edges []json.RawMessage }
		if err := json.Unmarshal(body, &doc); err != nil {
			t.Fatalf("json export does not parse: %v", err)
		}
		return len(doc.Nodes), len(doc.Edges)
	case "cytoscape":
		var doc struct {
			Elements struct{ Nodes, Edges []json.RawMessage }
		}
		if err := json.Unmarshal(body, &doc); err != nil {
			t.Fatalf("cytoscape export does not parse: %v", err)
		}
		return len(doc.Elements.Nodes), len(doc.Elements.Edges)
	case "graphml", "gexf":
		d := xml.NewDecoder(bytes.NewReader(body))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				return nodes, edges
			}
			if err != nil {
				t.Fatalf("%s export is not XML: %v", format, err)
			}
			if se, ok := tok.(xml.StartElement); ok {
				switch se.Name.Local {
				case "node":
					nodes++
				case "edge":
					edges++
				}
			}
		}
	case "csv":
		zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatalf("csv export is not a zip archive: %v", err)
		}
		for _, f := range zr.File {
			if !strings.HasSuffix(f.Name, ".csv") {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(rc).ReadAll()
			rc.Close()
			if err != nil {
				t.Fatalf("%s in the csv export: %v", f.Name, err)
			}
			if strings.HasPrefix(f.Name, "nodes_") {
				nodes += len(rows) - 1
			} else {
				edges += len(rows) - 1
			}
		}
		return nodes, edges
	case "nquads", "dgraph":
		for _, m := range rdfTypeRE.FindAllSubmatch(body, -1) {
			switch string(m[1]) {
			case "Relation":
				edges++
			case "Evidence":
			default:
				nodes++
			}
		}
		return nodes, edges
	case "dot":
		return len(dotNodeRE.FindAll(body, -1)), len(dotEdgeRE.FindAll(body, -1))
	}
	t.Fatalf("no counter for format %s", format)
	return 0, 0
}

func TestExportDownloadsEveryFormat(t *testing.T) {
	f := newFixture(t)
	srv := exportServer(t, f.db)
	scopes := []struct {
		name  string
		query string
		scope export.Scope
		file  string // the file name before "-<format>.<ext>"
	}{
		{"whole graph", "", export.Scope{}, "newsgraph-graph"},
		{"one root, depth 1", "root=" + string(f.zelensky) + "&depth=1",
			export.Scope{Roots: []graph.ID{f.zelensky}, Depth: 1}, "newsgraph-" + string(f.zelensky)},
		{"one root, default depth", "root=" + string(f.peskov),
			export.Scope{Roots: []graph.ID{f.peskov}, Depth: 1}, "newsgraph-" + string(f.peskov)},
		{"two roots, depth 2, classes", "root=" + string(f.zelensky) + "&root=" + string(f.peskov) + "&depth=2&class=CONSULT,role&class=STATED",
			export.Scope{Roots: []graph.ID{f.zelensky, f.peskov}, Depth: 2, Classes: []graph.EdgeClass{graph.Consult, graph.Role, graph.Stated}},
			"newsgraph-" + string(f.zelensky) + "-and-1-more"},
		{"root with a period", "root=" + string(f.ukraine) + "&depth=2&until=2025-12-31",
			export.Scope{Roots: []graph.ID{f.ukraine}, Depth: 2, Until: "2025-12-31"}, "newsgraph-" + string(f.ukraine)},
		{"whole graph since a date", "since=2025-12-28",
			export.Scope{Since: "2025-12-28"}, "newsgraph-graph"},
		{"whole graph, one class", "class=sanction",
			export.Scope{Classes: []graph.EdgeClass{graph.Sanction}}, "newsgraph-graph"},
	}
	seen := map[[2]int]bool{}
	for _, sc := range scopes {
		wantNodes, wantEdges := expected(t, f.db, sc.scope)
		if wantNodes == 0 || wantEdges == 0 {
			t.Fatalf("%s: the fixture gives %d nodes and %d edges; the case tests nothing", sc.name, wantNodes, wantEdges)
		}
		seen[[2]int{wantNodes, wantEdges}] = true
		for _, format := range export.Formats() {
			t.Run(sc.name+"/"+format.Name, func(t *testing.T) {
				u := srv.URL + "/export?format=" + format.Name
				if sc.query != "" {
					u += "&" + sc.query
				}
				resp, body := get(t, u)
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("GET %s: status %d: %s", u, resp.StatusCode, body)
				}
				if ct := resp.Header.Get("Content-Type"); ct != format.MediaType {
					t.Errorf("Content-Type %q, want %q", ct, format.MediaType)
				}
				wantCD := fmt.Sprintf(`attachment; filename="%s-%s.%s"`, sc.file, format.Name, format.Extension)
				if cd := resp.Header.Get("Content-Disposition"); cd != wantCD {
					t.Errorf("Content-Disposition %q, want %q", cd, wantCD)
				}
				var direct bytes.Buffer
				if err := export.Write(context.Background(), &direct, f.db, format.Name, sc.scope); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(body, direct.Bytes()) {
					t.Errorf("the download (%d bytes) differs from export.Write of the same scope (%d bytes)", len(body), direct.Len())
				}
				nodes, edges := count(t, format.Name, body)
				if nodes != wantNodes || edges != wantEdges {
					t.Errorf("the download holds %d nodes and %d edges, want %d and %d", nodes, edges, wantNodes, wantEdges)
				}
			})
		}
	}
	if len(seen) < 5 {
		t.Errorf("the scopes give only %d distinct (nodes, edges) counts: they do not tell scopes apart", len(seen))
	}
}

func TestExportHeadSendsHeadersOnly(t *testing.T) {
	f := newFixture(t)
	srv := exportServer(t, f.db)
	for _, tt := range []struct {
		query  string
		status int
	}{
		{"format=graphml&root=" + string(f.witkoff), http.StatusOK},
		{"format=graphml&root=act_nobody", http.StatusNotFound},
		{"format=pdf", http.StatusBadRequest},
	} {
		resp, err := http.Head(srv.URL + "/export?" + tt.query)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("HEAD /export?%s: status %d, want %d", tt.query, resp.StatusCode, tt.status)
		}
		if cd := resp.Header.Get("Content-Disposition"); (tt.status == http.StatusOK) != (cd != "") {
			t.Errorf("HEAD /export?%s: Content-Disposition %q", tt.query, cd)
		}
	}
}

func TestExportRejectsBadRequests(t *testing.T) {
	f := newFixture(t)
	srv := exportServer(t, f.db)
	z := string(f.zelensky)
	tests := []struct {
		name   string
		method string
		query  string
		status int
		want   string // in the message
	}{
		{"no format", "GET", "root=" + z, 400, "parameter format: missing; one of json, cytoscape, graphml"},
		{"empty format", "GET", "format=", 400, "parameter format: missing"},
		{"unknown format", "GET", "format=pdf", 400, `parameter format: unknown format "pdf"`},
		{"format twice", "GET", "format=json&format=dot", 400, "parameter format: given 2 times"},
		{"misspelt parameter", "GET", "format=json&roots=" + z, 400, `unknown parameter "roots" (known: format, root, depth`},
		{"empty root", "GET", "format=json&root=", 400, "parameter root: empty node ID"},
		{"unknown root", "GET", "format=json&root=" + z + "&root=act_0000000000000000", 404, `parameter root: no node "act_0000000000000000"`},
		{"root that is an edge", "GET", "format=json&root=" + string(f.consult), 404, "parameter root: no node"},
		{"depth not a number", "GET", "format=json&root=" + z + "&depth=two", 400, `parameter depth: "two" is not a whole number`},
		{"negative depth", "GET", "format=json&root=" + z + "&depth=-1", 400, "parameter depth: -1 is out of range 0 to 6"},
		{"depth too large", "GET", "format=json&root=" + z + "&depth=7", 400, "parameter depth: 7 is out of range 0 to 6"},
		{"depth without root", "GET", "format=json&depth=2", 400, "parameter depth: needs at least one root"},
		{"unknown class", "GET", "format=json&class=HUGS", 400, `parameter class: unknown edge class "HUGS"; one of CONSULT`},
		{"empty class", "GET", "format=json&class=ROLE,", 400, "parameter class: empty edge class"},
		{"since not a date", "GET", "format=json&since=yesterday", 400, `parameter since: "yesterday" is not a date of the form YYYY-MM-DD`},
		{"until not a date", "GET", "format=json&until=2025-13-01", 400, `parameter until: "2025-13-01" is not a date`},
		{"since after until", "GET", "format=json&since=2026-01-01&until=2025-01-01", 400, "parameter since: 2026-01-01 is after parameter until 2025-01-01"},
		{"post", "POST", "format=json", 405, "method POST not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+"/export?"+tt.query, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tt.status, body)
			}
			if !strings.Contains(string(body), tt.want) {
				t.Errorf("message %q does not contain %q", body, tt.want)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("Content-Type %q, want text/plain", ct)
			}
			if cd := resp.Header.Get("Content-Disposition"); cd != "" {
				t.Errorf("an error is offered as a download: Content-Disposition %q", cd)
			}
		})
	}
}

// gatedReader is a store whose ScanEdges (which an export calls after
// writing every node) waits for gate to close, or fails with fail.
type gatedReader struct {
	*store.DB
	gate chan struct{}
	fail error
}

func (g *gatedReader) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	if g.gate != nil {
		select {
		case <-g.gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if g.fail != nil {
		return g.fail
	}
	return g.DB.ScanEdges(ctx, after, fn)
}

// bigStore stores one article with n actors, each with long aliases, so
// that their nodes alone fill far more than the exporter's 64 KiB buffer.
func bigStore(t *testing.T, n int) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	text := "A long list of people met."
	b := &graph.Batch{Article: graph.Node{ID: graph.ArticleID(text), Kind: graph.KindArticle, Label: "A list"}, Text: text}
	for i := range n {
		name := fmt.Sprintf("Person Number %05d", i)
		b.Nodes = append(b.Nodes, graph.Node{ID: graph.ActorID(name), Kind: graph.KindActor, Label: name, Type: string(graph.Person),
			Aliases: []string{fmt.Sprintf("Somebody With A Rather Long Alias %05d", i), fmt.Sprintf("Another Long Alias Of Person %05d", i)}})
	}
	if _, err := db.Ingest(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExportStreamsBeforeTheEnd(t *testing.T) {
	db := bigStore(t, 2000)
	gr := &gatedReader{DB: db, gate: make(chan struct{})}
	srv := exportServer(t, gr)

	resp, err := http.Get(srv.URL + "/export?format=json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	// While the export waits to read edges, the nodes already written
	// must have reached the client.
	got := make(chan int, 1)
	go func() {
		n, _ := io.ReadFull(resp.Body, make([]byte, 64<<10))
		got <- n
	}()
	select {
	case n := <-got:
		if n < 64<<10 {
			t.Fatalf("read %d bytes before the export finished, want 64 KiB", n)
		}
	case <-time.After(10 * time.Second):
		close(gr.gate)
		t.Fatal("no 64 KiB of the export reached the client while it was still being written: the response is buffered")
	}
	close(gr.gate)
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read the rest: %v", err)
	}
	if !bytes.HasSuffix(rest, []byte("]}\n")) {
		t.Errorf("the export does not end as a JSON document: ...%q", rest[max(0, len(rest)-40):])
	}
}

func TestExportFailure(t *testing.T) {
	boom := errors.New("disk on fire")
	t.Run("before the first byte gives 500 and no download", func(t *testing.T) {
		f := newFixture(t) // small: every node fits the exporter's buffer
		srv := exportServer(t, &gatedReader{DB: f.db, fail: boom})
		resp, body := get(t, srv.URL+"/export?format=graphml")
		if resp.StatusCode != http.StatusInternalServerError {
			t.Errorf("status %d, want 500", resp.StatusCode)
		}
		if cd := resp.Header.Get("Content-Disposition"); cd != "" {
			t.Errorf("Content-Disposition %q on a failed export", cd)
		}
		if strings.Contains(string(body), boom.Error()) {
			t.Errorf("the client sees the internal error: %q", body)
		}
	})
	t.Run("after the first byte cuts the download off", func(t *testing.T) {
		srv := exportServer(t, &gatedReader{DB: bigStore(t, 2000), fail: boom})
		resp, err := http.Get(srv.URL + "/export?format=json")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d, want 200 (the export had begun)", resp.StatusCode)
		}
		b, err := io.ReadAll(resp.Body)
		if err == nil {
			t.Fatalf("read %d bytes and a clean end of the body: a cut-off export looks whole", len(b))
		}
		if len(b) < 64<<10 {
			t.Errorf("read %d bytes before the cut, want the nodes written so far (64 KiB or more)", len(b))
		}
	})
}

// anyNode is a store in which every asked-for node exists: a node not
// stored is made up as an actor with no edges, and every name is the
// name of the one actor with that name as ID.
type anyNode struct{ *store.DB }

func (a anyNode) Lookup(ctx context.Context, name string) ([]graph.ID, error) {
	return []graph.ID{graph.ID(name)}, nil
}

func (a anyNode) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	out := make([]graph.Node, len(ids))
	for i, id := range ids {
		out[i] = graph.Node{ID: id, Kind: graph.KindActor, Label: string(id)}
	}
	return out, nil
}

func TestExportFileNameIsSafe(t *testing.T) {
	srv := exportServer(t, anyNode{newFixture(t).db})
	root := `x"; filename="../evil.sh` + "\u00e9"
	resp, body := get(t, srv.URL+"/export?format=dot&root="+url.QueryEscape(root))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	want := `attachment; filename="newsgraph-x___filename_____evil_sh_-dot.dot"`
	if cd := resp.Header.Get("Content-Disposition"); cd != want {
		t.Errorf("Content-Disposition %q, want %q", cd, want)
	}
}
