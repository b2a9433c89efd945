package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/store"
)

// Consumer tests: each format is read back by a real consumer (NetworkX,
// Graphviz, rapper, a Neo4j header checker, encoding/json) from a Badger
// store on disk, and the node and edge counts must match the store's.

// openStore ingests batches into a new store in a temporary directory.
func openStore(t *testing.T, batches ...graph.Batch) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, b := range batches {
		if _, err := db.Ingest(context.Background(), &b); err != nil {
			t.Fatalf("ingest %q: %v", b.Article.Label, err)
		}
	}
	return db
}

// stored is the fixture in a store, with what the consumers must find.
type stored struct {
	db           *store.DB
	nodes, edges int
	symmetric    int
	byID         map[graph.ID]graph.Node
	edgeByID     map[graph.ID]graph.Edge
}

func storedFixture(t *testing.T) stored {
	t.Helper()
	s := stored{db: openStore(t, fixture(t)...), byID: map[graph.ID]graph.Node{}, edgeByID: map[graph.ID]graph.Edge{}}
	ctx := context.Background()
	for _, k := range graph.NodeKinds {
		err := s.db.ScanNodes(ctx, k, "", func(n graph.Node) error { s.byID[n.ID] = n; return nil })
		if err != nil {
			t.Fatal(err)
		}
	}
	err := s.db.ScanEdges(ctx, "", func(e graph.Edge) error {
		s.edgeByID[e.ID] = e
		if e.Class.Symmetric() {
			s.symmetric++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.nodes, s.edges = len(s.byID), len(s.edgeByID)
	if s.nodes == 0 || s.edges == 0 || s.symmetric == 0 {
		t.Fatalf("fixture stored as %d nodes, %d edges (%d symmetric)", s.nodes, s.edges, s.symmetric)
	}
	return s
}

// exportFile writes the whole store in format to a temporary file.
func exportFile(t *testing.T, r graph.Reader, format string) string {
	t.Helper()
	f, _ := export.Lookup(format)
	path := filepath.Join(t.TempDir(), "graph."+f.Extension)
	if err := os.WriteFile(path, export1(t, r, format, export.Scope{}), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// need skips the test when a command is missing, naming its package.
func need(t *testing.T, cmd, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(cmd)
	if err != nil {
		t.Skipf("%s not installed: apt-get install %s", cmd, pkg)
	}
	return p
}

// python runs a Python script that needs NetworkX and returns its
// standard output.
func python(t *testing.T, script string, args ...string) []byte {
	t.Helper()
	// Debian's python3-networkx lands in /usr/bin/python3, which need not
	// be the python3 first on PATH (pyenv, venvs).
	py := ""
	for _, cand := range []string{"/usr/bin/python3", "python3"} {
		if p, err := exec.LookPath(cand); err == nil && exec.Command(p, "-c", "import networkx").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Skip("networkx not installed: apt-get install python3-networkx")
	}
	var stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{"-c", script}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	return out
}

// nxReport is what the NetworkX scripts print: counts and, per node and
// edge, the attributes the test compares with the store.
type nxReport struct {
	Nodes, Edges int
	Multi        bool
	Label        map[string]string
	Kind         map[string]string
	Start, End   map[string]string
	Support      map[string]int
	Class        map[string]string
}

const nxCommon = `
import json, sys
import networkx as nx
def report(g, edge_class):
    out = {"Nodes": g.number_of_nodes(), "Edges": g.number_of_edges(), "Multi": g.is_multigraph(),
           "Label": {}, "Kind": {}, "Start": {}, "End": {}, "Support": {}, "Class": {}}
    for n, d in g.nodes(data=True):
        out["Label"][n] = d.get("label")
        out["Kind"][n] = d.get("kind")
        if "start" in d:
            out["Start"][n] = d["start"]
            out["End"][n] = d["end"]
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, k, d in edges:
        key = d.get("id", k)
        out["Support"][key] = d["support"]
        out["Class"][key] = d[edge_class]
        if "start" in d:
            out["Start"][key] = d["start"]
            out["End"][key] = d["end"]
    print(json.dumps(out))
`

func readNX(t *testing.T, script, path string) nxReport {
	t.Helper()
	var rep nxReport
	out := python(t, nxCommon+script, path)
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("networkx report %q: %v", out, err)
	}
	return rep
}

func TestGraphMLNetworkX(t *testing.T) {
	s := storedFixture(t)
	path := exportFile(t, s.db, "graphml")
	rep := readNX(t, `
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
assert g.is_directed()
report(g, "class")
`, path)
	if rep.Nodes != s.nodes || rep.Edges != s.edges {
		t.Fatalf("NetworkX read %d nodes and %d edges, the store has %d and %d", rep.Nodes, rep.Edges, s.nodes, s.edges)
	}
	for id, n := range s.byID {
		if rep.Label[string(id)] != n.Label || rep.Kind[string(id)] != string(n.Kind) {
			t.Errorf("node %s read as %q (%s), stored as %q (%s)", id, rep.Label[string(id)], rep.Kind[string(id)], n.Label, n.Kind)
		}
	}
	for id, e := range s.edgeByID {
		if rep.Support[string(id)] != e.Support() || rep.Class[string(id)] != string(e.Class) {
			t.Errorf("edge %s read as %s support %d, stored as %s support %d",
				id, rep.Class[string(id)], rep.Support[string(id)], e.Class, e.Support())
		}
	}
}

// nxGEXF13 teaches NetworkX before 3.3, which does not know GEXF 1.3
// (the same elements as 1.2, a new namespace), the namespace.
const nxGEXF13 = `
from networkx.readwrite.gexf import GEXF
if "1.3" not in GEXF.versions:
    v = dict(GEXF.versions["1.2draft"])
    v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3",
             SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
    GEXF.versions["1.3"] = v
`

func TestGEXFNetworkX(t *testing.T) {
	s := storedFixture(t)
	path := exportFile(t, s.db, "gexf")
	rep := readNX(t, nxGEXF13+`
g = nx.read_gexf(sys.argv[1], version="1.3")
assert g.graph["mode"] == "dynamic"
report(g, "label")
`, path)
	// A symmetric edge is a GEXF "mutual" edge, which NetworkX reads as
	// two directed edges.
	if rep.Nodes != s.nodes || rep.Edges != s.edges+s.symmetric {
		t.Fatalf("NetworkX read %d nodes and %d edges, want %d and %d (%d edges, %d of them mutual)",
			rep.Nodes, rep.Edges, s.nodes, s.edges+s.symmetric, s.edges, s.symmetric)
	}
	for id, e := range s.edgeByID {
		if rep.Start[string(id)] != e.FirstSeen() || rep.End[string(id)] != e.LastSeen() {
			t.Errorf("edge %s seen %s to %s in GEXF, %s to %s in the store",
				id, rep.Start[string(id)], rep.End[string(id)], e.FirstSeen(), e.LastSeen())
		}
		if rep.Class[string(id)] != string(e.Class) || rep.Support[string(id)] != e.Support() {
			t.Errorf("edge %s read as %s support %d", id, rep.Class[string(id)], rep.Support[string(id)])
		}
	}
	// A node was first and last seen on the earliest and latest dates of
	// its edges' evidence; an article on its publication day.
	for id, n := range s.byID {
		var first, last string
		for _, e := range s.edgeByID {
			if e.Source != id && e.Target != id {
				continue
			}
			if f := e.FirstSeen(); first == "" || f < first {
				first = f
			}
			if l := e.LastSeen(); l > last {
				last = l
			}
		}
		if n.Kind == graph.KindArticle {
			first, last = n.Date, n.Date
		}
		if rep.Start[string(id)] != first || rep.End[string(id)] != last {
			t.Errorf("node %s (%s) seen %s to %s in GEXF, want %s to %s",
				id, n.Label, rep.Start[string(id)], rep.End[string(id)], first, last)
		}
	}
}

func TestDOTGraphviz(t *testing.T) {
	s := storedFixture(t)
	dot := need(t, "dot", "graphviz")
	path := exportFile(t, s.db, "dot")
	var stderr bytes.Buffer
	cmd := exec.Command(dot, "-Tsvg", path)
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	nodes := bytes.Count(svg, []byte(`class="node"`))
	edges := bytes.Count(svg, []byte(`class="edge"`))
	if nodes != s.nodes || edges != s.edges {
		t.Fatalf("Graphviz drew %d nodes and %d edges, the store has %d and %d", nodes, edges, s.nodes, s.edges)
	}
	for id := range s.byID {
		if !bytes.Contains(svg, []byte(`id="`+string(id)+`"`)) {
			t.Errorf("node %s has no element in the SVG", id)
		}
	}
	// The statement with quotes and a backslash keeps them in its label.
	if !bytes.Contains(svg, []byte(`Zelensky: &quot;the \&quot;peace\&quot; is far away&quot;`)) {
		t.Errorf("escaped statement label not drawn as written")
	}
}

func TestNQuadsRapper(t *testing.T) {
	s := storedFixture(t)
	rapper := need(t, "rapper", "raptor2-utils")
	path := exportFile(t, s.db, "nquads")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	statements := bytes.Count(data, []byte("\n"))
	var stderr bytes.Buffer
	cmd := exec.Command(rapper, "-i", "nquads", "-o", "ntriples", path)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || strings.Contains(stderr.String(), "Error") || strings.Contains(stderr.String(), "Warning") {
		t.Fatalf("rapper: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("returned %d triples", statements)) {
		t.Errorf("rapper read %q, want %d triples", stderr.String(), statements)
	}
	// Count typed nodes and class predicates in what rapper parsed.
	typed := regexp.MustCompile(`(?m)^<` + regexp.QuoteMeta(export.DefaultBase) + `\S+> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <urn:newsgraph:(\w+)> \.$`)
	kinds := map[string]int{}
	for _, m := range typed.FindAllSubmatch(out, -1) {
		kinds[string(m[1])]++
	}
	nodes := 0
	for _, k := range graph.NodeKinds {
		nodes += kinds[strings.ToUpper(string(k[:1]))+string(k[1:])]
	}
	if nodes != s.nodes || kinds["Relation"] != s.edges {
		t.Errorf("rapper found %d typed nodes and %d relations, the store has %d and %d (%v)", nodes, kinds["Relation"], s.nodes, s.edges, kinds)
	}
	classEdges := 0
	for _, c := range graph.EdgeClasses {
		classEdges += bytes.Count(out, []byte(" <"+export.Namespace+string(c)+"> <"+export.DefaultBase))
	}
	if classEdges != s.edges {
		t.Errorf("rapper found %d class predicates between nodes, the store has %d edges", classEdges, s.edges)
	}
	// Every node is named by an IRI, none by a blank node, and dates and
	// counts are typed.
	if bytes.Contains(out, []byte("_:")) {
		t.Errorf("rapper's output names blank nodes")
	}
	for _, typed := range []string{`"^^<http://www.w3.org/2001/XMLSchema#date> .`, `"^^<http://www.w3.org/2001/XMLSchema#integer> .`} {
		if !bytes.Contains(out, []byte(typed)) {
			t.Errorf("no literal typed %s", typed)
		}
	}
	// The statement text with a newline, quotes and a backslash survives.
	if !bytes.Contains(out, []byte(`<urn:newsgraph:text> "the \\\"peace\\\" is\nfar away" .`)) {
		t.Errorf("statement text not read back as written")
	}
	checkSchemaCovers(t, "nquads", data)
}

// dgraphLine is one statement of Dgraph's RDF dialect as its loaders
// lex it: subject, predicate, object (blank node or literal, with an
// optional datatype) and optional facets.
var dgraphLine = regexp.MustCompile(`^(_:[A-Za-z0-9_][A-Za-z0-9_-]*) <([^<>"\s]+)> ` +
	`(_:[A-Za-z0-9_][A-Za-z0-9_-]*|"(?:[^"\\\n\r]|\\.)*"(?:\^\^<[^>]+>)?)` +
	`(?: \((.*)\))? \.$`)

var dgraphFacet = regexp.MustCompile(`^\s*(\w+)=("(?:[^"\\]|\\.)*"|-?\d+)\s*$`)

func TestDgraphDialect(t *testing.T) {
	s := storedFixture(t)
	data := export1(t, s.db, "dgraph", export.Scope{})
	types := map[string]int{}
	facets := 0
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		m := dgraphLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("line %d is not Dgraph RDF: %s", i+1, line)
		}
		obj := m[3]
		if strings.HasPrefix(obj, `"`) {
			lit := obj[:strings.LastIndex(obj, `"`)+1]
			v, err := strconv.Unquote(lit) // as Dgraph's parser does
			if err != nil {
				t.Fatalf("line %d: literal %s does not unquote: %v", i+1, lit, err)
			}
			if m[2] == "dgraph.type" {
				types[v]++
			}
		}
		if m[4] != "" {
			facets++
			for _, f := range strings.Split(m[4], ", ") {
				fm := dgraphFacet.FindStringSubmatch(f)
				if fm == nil {
					t.Fatalf("line %d: bad facet %q", i+1, f)
				}
				if strings.HasPrefix(fm[2], `"`) {
					if _, err := strconv.Unquote(fm[2]); err != nil {
						t.Fatalf("line %d: facet %s does not unquote: %v", i+1, fm[2], err)
					}
				}
			}
		}
	}
	nodes := 0
	for _, k := range graph.NodeKinds {
		nodes += types[strings.ToUpper(string(k[:1]))+string(k[1:])]
	}
	if nodes != s.nodes || types["Relation"] != s.edges || facets != s.edges {
		t.Errorf("%d typed nodes, %d relations, %d edges with facets; the store has %d nodes and %d edges",
			nodes, types["Relation"], facets, s.nodes, s.edges)
	}
	checkSchemaCovers(t, "dgraph", data)
}

// checkSchemaCovers checks that Schema(format) declares every predicate
// the export uses, and for dgraph every type.
func checkSchemaCovers(t *testing.T, format string, data []byte) {
	t.Helper()
	schema, err := export.Schema(format)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	for _, line := range strings.Split(schema, "\n") {
		if i := strings.Index(line, ": "); i > 0 && strings.HasSuffix(line, " .") {
			declared[strings.Trim(line[:i], "<>")] = true
		}
	}
	pred := regexp.MustCompile(`(?m)^\S+ <([^>]+)> `)
	for _, m := range pred.FindAllSubmatch(data, -1) {
		p := string(m[1])
		if p == "dgraph.type" || p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" {
			continue
		}
		if !declared[p] {
			t.Errorf("%s export uses predicate %s, which Schema(%q) does not declare", format, p, format)
			declared[p] = true // once
		}
	}
	if format == "dgraph" {
		for _, typ := range []string{"Actor", "Statement", "Event", "Object", "Article", "Relation", "Evidence"} {
			if !strings.Contains(schema, "\ntype "+typ+" {") {
				t.Errorf("Schema(dgraph) lacks type %s", typ)
			}
		}
	}
}

func TestSchemaErrors(t *testing.T) {
	if _, err := export.Schema("json"); graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), `"json"`) {
		t.Errorf("Schema(json) = %v, want an Invalid error naming json", err)
	}
	if _, err := export.Schema("rdfxml"); graph.KindOf(err) != graph.Invalid {
		t.Errorf("Schema(rdfxml) = %v, want an Invalid error", err)
	}
}

func TestJSONAndCytoscapeParse(t *testing.T) {
	s := storedFixture(t)
	doc := decodeJSON(t, export1(t, s.db, "json", export.Scope{}))
	if len(doc.Nodes) != s.nodes || len(doc.Edges) != s.edges {
		t.Errorf("json: %d nodes and %d edges, the store has %d and %d", len(doc.Nodes), len(doc.Edges), s.nodes, s.edges)
	}

	var cy struct {
		Elements struct {
			Nodes []struct {
				Data    map[string]any `json:"data"`
				Classes string         `json:"classes"`
			} `json:"nodes"`
			Edges []struct {
				Data    map[string]any `json:"data"`
				Classes string         `json:"classes"`
			} `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(export1(t, s.db, "cytoscape", export.Scope{}), &cy); err != nil {
		t.Fatalf("cytoscape export does not parse: %v", err)
	}
	if len(cy.Elements.Nodes) != s.nodes || len(cy.Elements.Edges) != s.edges {
		t.Fatalf("cytoscape: %d nodes and %d edges, the store has %d and %d",
			len(cy.Elements.Nodes), len(cy.Elements.Edges), s.nodes, s.edges)
	}
	ids := map[string]bool{}
	for _, n := range cy.Elements.Nodes {
		id, _ := n.Data["id"].(string)
		stored, ok := s.byID[graph.ID(id)]
		if !ok || n.Data["label"] != stored.Label || !strings.HasPrefix(n.Classes, string(stored.Kind)) {
			t.Errorf("cytoscape node %v (classes %q) does not match the store", n.Data, n.Classes)
		}
		ids[id] = true
	}
	for _, e := range cy.Elements.Edges {
		src, _ := e.Data["source"].(string)
		dst, _ := e.Data["target"].(string)
		if !ids[src] || !ids[dst] {
			t.Errorf("cytoscape edge %v has an end that is not a node", e.Data["id"])
		}
		if e.Data["label"] != e.Data["class"] || e.Classes == "" {
			t.Errorf("cytoscape edge %v: label %v, class %v, classes %q", e.Data["id"], e.Data["label"], e.Data["class"], e.Classes)
		}
	}
}

// TestStoreMatchesMemGraph checks the test double against the real
// store: both must export the fixture identically.
func TestStoreMatchesMemGraph(t *testing.T) {
	s := storedFixture(t)
	mem := newMemGraph(t, fixture(t)...)
	for _, format := range []string{"json", "gexf"} {
		a, b := export1(t, s.db, format, export.Scope{}), export1(t, mem, format, export.Scope{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: store and memGraph exports differ\n%s", format, firstDiff(b, a))
		}
	}
}

// neo4jFile is one CSV file of the csv format, parsed.
type neo4jFile struct {
	name   string
	header []string
	rows   [][]string
}

// checkNeo4j applies the rules of Neo4j's bulk importer to the files:
// one header per file; node files have an :ID column and a :LABEL
// column, relationship files :START_ID, :END_ID and :TYPE; every row has
// the header's number of fields; typed columns parse; node IDs are
// unique; every relationship end is a node. It returns the numbers of
// nodes and relationships.
func checkNeo4j(t *testing.T, files []neo4jFile) (nodes, rels int) {
	t.Helper()
	ids := map[string]string{}
	type end struct{ file, id string }
	var ends []end
	for _, f := range files {
		if len(f.header) == 0 {
			t.Errorf("%s: no header", f.name)
			continue
		}
		col := map[string]int{}
		for i, h := range f.header {
			name, typ, _ := strings.Cut(h, ":")
			key := ":" + typ
			if typ == "" {
				key = name
			}
			switch strings.ToUpper(typ) {
			case "ID", "LABEL", "START_ID", "END_ID", "TYPE":
				key = ":" + strings.ToUpper(typ)
			}
			if _, dup := col[key]; dup {
				t.Errorf("%s: column %s twice", f.name, key)
			}
			col[key] = i
		}
		isNodes := strings.HasPrefix(f.name, "nodes_")
		want := []string{":START_ID", ":END_ID", ":TYPE"}
		if isNodes {
			want = []string{":ID", ":LABEL"}
		}
		for _, w := range want {
			if _, ok := col[w]; !ok {
				t.Errorf("%s: no %s column in %v", f.name, w, f.header)
			}
		}
		for r, row := range f.rows {
			if len(row) != len(f.header) {
				t.Errorf("%s row %d: %d fields, header has %d", f.name, r+2, len(row), len(f.header))
				continue
			}
			for i, h := range f.header {
				_, typ, _ := strings.Cut(h, ":")
				v := row[i]
				if v == "" {
					continue
				}
				var err error
				switch strings.TrimSuffix(typ, "[]") {
				case "int", "long", "short", "byte":
					for _, x := range splitArray(typ, v) {
						if _, e := strconv.ParseInt(x, 10, 64); e != nil {
							err = e
						}
					}
				case "float", "double":
					for _, x := range splitArray(typ, v) {
						if _, e := strconv.ParseFloat(x, 64); e != nil {
							err = e
						}
					}
				case "boolean":
					for _, x := range splitArray(typ, v) {
						if x != "true" && x != "false" {
							err = fmt.Errorf("%q is not a boolean", x)
						}
					}
				}
				if err != nil {
					t.Errorf("%s row %d column %s: %v", f.name, r+2, h, err)
				}
			}
			if isNodes {
				id := row[col[":ID"]]
				if prev, dup := ids[id]; dup {
					t.Errorf("node ID %s in %s and %s", id, prev, f.name)
				}
				ids[id] = f.name
				if row[col[":LABEL"]] == "" {
					t.Errorf("%s: node %s has no label", f.name, id)
				}
				nodes++
			} else {
				ends = append(ends, end{f.name, row[col[":START_ID"]]}, end{f.name, row[col[":END_ID"]]})
				if row[col[":TYPE"]] == "" {
					t.Errorf("%s row %d: no type", f.name, r+2)
				}
				rels++
			}
		}
	}
	for _, e := range ends {
		if _, ok := ids[e.id]; !ok {
			t.Errorf("%s: relationship end %s is in no node file", e.file, e.id)
		}
	}
	return nodes, rels
}

func splitArray(typ, v string) []string {
	if strings.HasSuffix(typ, "[]") {
		return strings.Split(v, ";")
	}
	return []string{v}
}

func parseCSV(t *testing.T, name string, r io.Reader) neo4jFile {
	t.Helper()
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	f := neo4jFile{name: name}
	if len(recs) > 0 {
		f.header, f.rows = recs[0], recs[1:]
	}
	return f
}

func TestCSVNeo4j(t *testing.T) {
	s := storedFixture(t)
	data := export1(t, s.db, "csv", export.Scope{})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("csv export is not a zip archive: %v", err)
	}
	var names []string
	var files []neo4jFile
	contents := map[string][]byte{}
	for _, zf := range zr.File {
		names = append(names, zf.Name)
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		contents[zf.Name] = b
		if strings.HasSuffix(zf.Name, ".csv") {
			files = append(files, parseCSV(t, zf.Name, bytes.NewReader(b)))
		}
	}
	if !slices.Equal(names, export.CSVFiles()) {
		t.Errorf("archive holds %v, want %v", names, export.CSVFiles())
	}
	nodes, rels := checkNeo4j(t, files)
	if nodes != s.nodes || rels != s.edges {
		t.Errorf("csv: %d nodes and %d relationships, the store has %d and %d", nodes, rels, s.nodes, s.edges)
	}
	readme := string(contents["README.txt"])
	for _, n := range names {
		if strings.HasSuffix(n, ".csv") && !strings.Contains(readme, "="+n) {
			t.Errorf("README.txt does not import %s", n)
		}
	}

	// WriteCSVFiles writes the same files into a directory.
	dir := filepath.Join(t.TempDir(), "neo4j")
	if err := export.WriteCSVFiles(context.Background(), dir, s.db, export.Scope{}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(names) {
		t.Errorf("directory holds %d files, want %d", len(entries), len(names))
	}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil || !bytes.Equal(b, contents[n]) {
			t.Errorf("%s in the directory differs from the archive's (%v)", n, err)
		}
	}
}

func TestWriteCSVFilesLeavesDirOnError(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	dir := t.TempDir()
	old := filepath.Join(dir, "nodes_actor.csv")
	if err := os.WriteFile(old, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := export.WriteCSVFiles(ctx, dir, g, export.Scope{}); err == nil {
		t.Fatal("WriteCSVFiles with a cancelled context succeeded")
	}
	if err := export.WriteCSVFiles(context.Background(), dir, g, export.Scope{Since: "tomorrow"}); graph.KindOf(err) != graph.Invalid {
		t.Fatalf("WriteCSVFiles with a bad scope: %v, want Invalid", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files after failed exports, want the 1 it had", len(entries))
	}
	if b, _ := os.ReadFile(old); string(b) != "old\n" {
		t.Errorf("existing file changed to %q", b)
	}
}
