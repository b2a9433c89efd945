package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change)\n%s",
			path, firstDiff(want, got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return "(same lines)"
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// export runs export.Write and fails the test on error.
func export1(t *testing.T, r graph.Reader, format string, scope export.Scope) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, r, format, scope); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return buf.Bytes()
}

// counts is how many nodes and edges a graph.Reader holds, counted by
// scanning it.
func counts(t *testing.T, r graph.Reader) (nodes, edges int) {
	t.Helper()
	ctx := context.Background()
	for _, k := range graph.NodeKinds {
		if err := r.ScanNodes(ctx, k, "", func(graph.Node) error { nodes++; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.ScanEdges(ctx, "", func(graph.Edge) error { edges++; return nil }); err != nil {
		t.Fatal(err)
	}
	return nodes, edges
}

func TestFormats(t *testing.T) {
	for _, f := range export.Formats() {
		got, err := export.Lookup(f.Name)
		if err != nil {
			t.Errorf("Lookup(%q): %v", f.Name, err)
			continue
		}
		if got.Name != f.Name || f.MediaType == "" || f.Extension == "" || f.Description == "" {
			t.Errorf("format %q is incomplete: %+v", f.Name, got)
		}
	}
	_, err := export.Lookup("xlsx")
	if graph.KindOf(err) != graph.Invalid {
		t.Fatalf("Lookup(xlsx) = %v, want an Invalid error", err)
	}
	for _, want := range []string{`"xlsx"`, "known: json"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Lookup(xlsx) error %q does not mention %s", err, want)
		}
	}
	var buf bytes.Buffer
	err = export.Write(context.Background(), &buf, newMemGraph(t), "xlsx", export.Scope{})
	if graph.KindOf(err) != graph.Invalid || buf.Len() > 0 {
		t.Errorf("Write(xlsx) = %v with %d bytes written, want an Invalid error and no output", err, buf.Len())
	}
}

// jsonDoc is the json format read back.
type jsonDoc struct {
	Nodes []map[string]any `json:"nodes"`
	Edges []map[string]any `json:"edges"`
}

func decodeJSON(t *testing.T, data []byte) jsonDoc {
	t.Helper()
	var doc jsonDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("json export does not parse: %v", err)
	}
	if doc.Nodes == nil || doc.Edges == nil {
		t.Fatalf("json export lacks nodes or edges: %.200s", data)
	}
	return doc
}

// keyOrder lists the keys of the JSON object on one line of output.
func keyOrder(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(strings.TrimSuffix(line, ",")))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("line %q is not an object", line)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestJSONContract(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	out := export1(t, g, "json", export.Scope{})
	golden(t, "fixture.json", out)
	doc := decodeJSON(t, out)

	nn, ne := counts(t, g)
	if len(doc.Nodes) != nn || len(doc.Edges) != ne {
		t.Fatalf("json export has %d nodes and %d edges, the graph %d and %d", len(doc.Nodes), len(doc.Edges), nn, ne)
	}
	rank := map[string]int{}
	for i, k := range graph.NodeKinds {
		rank[string(k)] = i
	}
	for i, n := range doc.Nodes {
		for _, key := range []string{"id", "kind", "label", "type", "text"} {
			if _, ok := n[key].(string); !ok {
				t.Errorf("node %d: %q is %T, want a string", i, key, n[key])
			}
		}
		if _, ok := n["aliases"].([]any); !ok {
			t.Errorf("node %v: aliases is %T, want an array", n["id"], n["aliases"])
		}
		if _, ok := rank[n["kind"].(string)]; !ok {
			t.Errorf("node %v: unknown kind %v", n["id"], n["kind"])
		}
		if i > 0 {
			p := doc.Nodes[i-1]
			pr, r := rank[p["kind"].(string)], rank[n["kind"].(string)]
			if pr > r || (pr == r && p["id"].(string) >= n["id"].(string)) {
				t.Errorf("nodes out of order: %v before %v", p["id"], n["id"])
			}
		}
	}
	classes := map[string]bool{}
	for _, c := range graph.EdgeClasses {
		classes[string(c)] = true
	}
	for i, e := range doc.Edges {
		if !classes[e["class"].(string)] {
			t.Errorf("edge %v: unknown class %v", e["id"], e["class"])
		}
		if i > 0 && doc.Edges[i-1]["id"].(string) >= e["id"].(string) {
			t.Errorf("edges out of order: %v before %v", doc.Edges[i-1]["id"], e["id"])
		}
		ev, ok := e["evidence"].([]any)
		if !ok || len(ev) == 0 {
			t.Errorf("edge %v: evidence %v, want a non-empty array", e["id"], e["evidence"])
			continue
		}
		for _, x := range ev {
			m := x.(map[string]any)
			for _, key := range []string{"article", "sentence", "start", "end"} {
				if _, ok := m[key]; !ok {
					t.Errorf("edge %v: evidence without %s", e["id"], key)
				}
			}
		}
	}

	// The contract fields come first, in this order, on every line.
	lines := strings.Split(string(out), "\n")
	nodeKeys := []string{"id", "kind", "label", "type", "aliases", "text"}
	edgeKeys := []string{"id", "source", "target", "class", "verb", "support", "evidence"}
	inEdges := false
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, `],"edges":[`):
			inEdges = true
			continue
		case l == "" || strings.HasPrefix(l, "]"):
			continue
		}
		keys := keyOrder(t, l)
		want := nodeKeys
		if inEdges {
			want = edgeKeys
		}
		if len(keys) < len(want) || !slices.Equal(keys[:len(want)], want) {
			t.Errorf("keys %v, want them to start with %v", keys, want)
		}
	}
}

func TestJSONSupportAndEvidence(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	doc := decodeJSON(t, export1(t, g, "json", export.Scope{}))
	zel, wit := graph.ActorID("Volodymyr Zelensky"), graph.ActorID("Steve Witkoff")
	s, tg := graph.Orient(zel, graph.Consult, wit)
	id := string(graph.EdgeID(s, graph.Consult, tg))
	for _, e := range doc.Edges {
		if e["id"] != id {
			continue
		}
		if e["support"] != 2.0 || len(e["evidence"].([]any)) != 2 {
			t.Errorf("Zelensky CONSULT Witkoff: support %v, %d pieces of evidence; want 2 and 2",
				e["support"], len(e["evidence"].([]any)))
		}
		if e["first_seen"] != "2025-12-19" || e["last_seen"] != "2025-12-26" || e["symmetric"] != true {
			t.Errorf("Zelensky CONSULT Witkoff: first %v last %v symmetric %v", e["first_seen"], e["last_seen"], e["symmetric"])
		}
		return
	}
	t.Fatalf("edge %s (Zelensky CONSULT Witkoff) not exported", id)
}

func TestJSONEmptyGraph(t *testing.T) {
	out := export1(t, newMemGraph(t), "json", export.Scope{})
	doc := decodeJSON(t, out)
	if len(doc.Nodes) != 0 || len(doc.Edges) != 0 {
		t.Fatalf("empty graph exported as %s", out)
	}
}

func TestDeterministic(t *testing.T) {
	batches := fixture(t)
	g1 := newMemGraph(t, batches...)
	g2 := newMemGraph(t, fixture(t)...)
	for _, f := range export.Formats() {
		a := export1(t, g1, f.Name, export.Scope{})
		b := export1(t, g2, f.Name, export.Scope{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two exports of the same graph differ\n%s", f.Name, firstDiff(a, b))
		}
	}
}

// labels exports scope as json and returns the node labels and the edges
// as "source-label CLASS target-label" (for symmetric classes, the labels
// in alphabetical order), sorted.
func labels(t *testing.T, r graph.Reader, scope export.Scope) (nodes, edges []string) {
	t.Helper()
	doc := decodeJSON(t, export1(t, r, "json", scope))
	label := map[string]string{}
	for _, n := range doc.Nodes {
		label[n["id"].(string)] = n["label"].(string)
		nodes = append(nodes, n["label"].(string))
	}
	for _, e := range doc.Edges {
		s, ok1 := label[e["source"].(string)]
		tg, ok2 := label[e["target"].(string)]
		if !ok1 || !ok2 {
			t.Errorf("edge %v has an end that is not exported", e["id"])
		}
		if graph.EdgeClass(e["class"].(string)).Symmetric() && tg < s {
			s, tg = tg, s
		}
		edges = append(edges, s+" "+e["class"].(string)+" "+tg)
	}
	slices.Sort(nodes)
	slices.Sort(edges)
	return nodes, edges
}

func TestScope(t *testing.T) {
	batches := fixture(t)
	g := newMemGraph(t, batches...)
	art1, art2 := batches[0].Article, batches[1].Article
	call := "phone call of Zelensky with Witkoff and Kushner"
	tests := []struct {
		name         string
		scope        export.Scope
		nodes, edges []string
	}{
		{
			name:  "root alone at depth 0",
			scope: export.Scope{Roots: []graph.ID{graph.ActorID("Jared Kushner")}},
			nodes: []string{"Jared Kushner"},
		},
		{
			name: "two roots at depth 0 keep the edge between them",
			scope: export.Scope{Roots: []graph.ID{graph.ActorID("Jared Kushner"), graph.ActorID("Donald Trump")},
				Classes: []graph.EdgeClass{graph.Family, graph.Consult}},
			nodes: []string{"Donald Trump", "Jared Kushner"},
			edges: []string{"Donald Trump FAMILY Jared Kushner"},
		},
		{
			name:  "consult neighbourhood of Putin, depth 1",
			scope: export.Scope{Roots: []graph.ID{graph.ActorID("Vladimir Putin")}, Depth: 1, Classes: []graph.EdgeClass{graph.Consult}},
			nodes: []string{"Steve Witkoff", "Vladimir Putin"},
			edges: []string{"Steve Witkoff CONSULT Vladimir Putin"},
		},
		{
			name:  "consult neighbourhood of Putin, depth 2",
			scope: export.Scope{Roots: []graph.ID{graph.ActorID("Vladimir Putin")}, Depth: 2, Classes: []graph.EdgeClass{graph.Consult}},
			nodes: []string{"Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky"},
			edges: []string{"Steve Witkoff CONSULT Vladimir Putin", "Steve Witkoff CONSULT Volodymyr Zelensky"},
		},
		{
			name:  "event at depth 1 follows incoming edges, induced edges included",
			scope: export.Scope{Roots: []graph.ID{batches[1].Nodes[6].ID}, Depth: 1, Classes: []graph.EdgeClass{graph.ParticipatedIn, graph.Consult}},
			nodes: []string{"Jared Kushner", "Steve Witkoff", "Volodymyr Zelensky", call},
			edges: []string{
				"Jared Kushner PARTICIPATED_IN " + call,
				"Steve Witkoff PARTICIPATED_IN " + call,
				"Jared Kushner CONSULT Volodymyr Zelensky",
				"Steve Witkoff CONSULT Volodymyr Zelensky",
				"Volodymyr Zelensky PARTICIPATED_IN " + call,
			},
		},
		{
			name:  "whole graph, one class",
			scope: export.Scope{Classes: []graph.EdgeClass{graph.Consult}},
			nodes: []string{"Jared Kushner", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky"},
			edges: []string{
				"Steve Witkoff CONSULT Vladimir Putin",
				"Jared Kushner CONSULT Volodymyr Zelensky",
				"Steve Witkoff CONSULT Volodymyr Zelensky",
			},
		},
		{
			name:  "whole graph until the first article's day",
			scope: export.Scope{Until: "2025-12-19", Classes: []graph.EdgeClass{graph.Consult, graph.Role, graph.Stated}},
			nodes: []string{"Dmitry Peskov", "Kremlin", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky", batches[0].Nodes[5].Label},
			edges: []string{
				"Dmitry Peskov ROLE Kremlin",
				"Dmitry Peskov STATED " + batches[0].Nodes[5].Label,
				"Steve Witkoff CONSULT Vladimir Putin",
				"Steve Witkoff CONSULT Volodymyr Zelensky",
			},
		},
		{
			name:  "whole graph since the second article's day: the edge seen in both stays",
			scope: export.Scope{Since: "2025-12-20", Classes: []graph.EdgeClass{graph.Consult}},
			nodes: []string{"Jared Kushner", "Steve Witkoff", "Volodymyr Zelensky"},
			edges: []string{"Jared Kushner CONSULT Volodymyr Zelensky", "Steve Witkoff CONSULT Volodymyr Zelensky"},
		},
		{
			name:  "a period with no evidence exports nothing",
			scope: export.Scope{Since: "2026-01-01"},
		},
		{
			name:  "rooted and dated: the article of the 19th reaches only its own mentions",
			scope: export.Scope{Roots: []graph.ID{art1.ID}, Depth: 1, Until: "2025-12-19", Classes: []graph.EdgeClass{graph.Mentions}},
			nodes: []string{"Dmitry Peskov", "Kremlin", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky", art1.Label},
			edges: []string{
				art1.Label + " MENTIONS Dmitry Peskov",
				art1.Label + " MENTIONS Kremlin",
				art1.Label + " MENTIONS Steve Witkoff",
				art1.Label + " MENTIONS Vladimir Putin",
				art1.Label + " MENTIONS Volodymyr Zelensky",
			},
		},
		{
			name:  "rooted at an article outside the period: the root alone",
			scope: export.Scope{Roots: []graph.ID{art2.ID}, Depth: 3, Until: "2025-12-19"},
			nodes: []string{art2.Label},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, edges := labels(t, g, tt.scope)
			slices.Sort(tt.nodes)
			slices.Sort(tt.edges)
			if !slices.Equal(nodes, tt.nodes) {
				t.Errorf("nodes\n got %q\nwant %q", nodes, tt.nodes)
			}
			if !slices.Equal(edges, tt.edges) {
				t.Errorf("edges\n got %q\nwant %q", edges, tt.edges)
			}
		})
	}
}

func TestScopeErrors(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	tests := []struct {
		name  string
		scope export.Scope
		kind  graph.ErrorKind
		says  string
	}{
		{"negative depth", export.Scope{Roots: []graph.ID{graph.ActorID("Russia")}, Depth: -1}, graph.Invalid, "depth -1"},
		{"unknown class", export.Scope{Classes: []graph.EdgeClass{"HUG"}}, graph.Invalid, `"HUG"`},
		{"bad since", export.Scope{Since: "2025-13-01"}, graph.Invalid, `since "2025-13-01"`},
		{"bad until", export.Scope{Until: "yesterday"}, graph.Invalid, `until "yesterday"`},
		{"since after until", export.Scope{Since: "2025-12-20", Until: "2025-12-19"}, graph.Invalid, "after"},
		{"unknown root", export.Scope{Roots: []graph.ID{"act_nobody"}, Depth: 1}, graph.NotFound, `"act_nobody"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range export.Formats() {
				var buf bytes.Buffer
				err := export.Write(context.Background(), &buf, g, f.Name, tt.scope)
				if graph.KindOf(err) != tt.kind || !strings.Contains(fmtErr(err), tt.says) {
					t.Errorf("%s: error %v, want kind %v mentioning %s", f.Name, err, tt.kind, tt.says)
				}
				if buf.Len() != 0 {
					t.Errorf("%s: %d bytes written before the error", f.Name, buf.Len())
				}
			}
		})
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestCancel(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range export.Formats() {
		var buf bytes.Buffer
		if err := export.Write(ctx, &buf, g, f.Name, export.Scope{}); err == nil {
			t.Errorf("%s: export with a cancelled context succeeded", f.Name)
		}
	}
}

// TestScopeEveryFormat exports one neighbourhood in every format: each
// names every node and edge of the neighbourhood, as the json export
// lists them, and no edge outside it.
func TestScopeEveryFormat(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	scope := export.Scope{Roots: []graph.ID{graph.ActorID("Jared Kushner")}, Depth: 1,
		Classes: []graph.EdgeClass{graph.Consult, graph.Family, graph.ParticipatedIn}}
	doc := decodeJSON(t, export1(t, g, "json", scope))
	if len(doc.Nodes) != 4 || len(doc.Edges) != 4 {
		t.Fatalf("json: %d nodes and %d edges, want 4 and 4", len(doc.Nodes), len(doc.Edges))
	}
	inScope := map[string]bool{}
	for _, e := range doc.Edges {
		inScope[e["id"].(string)] = true
	}
	for _, f := range export.Formats() {
		if f.Name == "csv" {
			continue // zipped; TestCSVNeo4j reads it
		}
		out := string(export1(t, g, f.Name, scope))
		for _, list := range [][]map[string]any{doc.Nodes, doc.Edges} {
			for _, x := range list {
				if !strings.Contains(out, x["id"].(string)) {
					t.Errorf("%s: %v missing from the neighbourhood export", f.Name, x["id"])
				}
			}
		}
		for id := range g.edges {
			if !inScope[string(id)] && strings.Contains(out, string(id)) {
				t.Errorf("%s: edge %s is outside the neighbourhood but exported", f.Name, id)
			}
		}
	}
}
