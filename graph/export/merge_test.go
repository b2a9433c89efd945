package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// quadLine is one N-Quads statement as the nquads format writes it:
// subject (IRI or blank node), predicate, object (IRI, blank node or
// literal with an optional datatype or language), no graph label.
var quadLine = regexp.MustCompile(`^(<[^<>"\s]+>|_:\S+) (<[^<>"\s]+>) ` +
	`(<[^<>"\s]+>|_:\S+|"(?:[^"\\\n\r]|\\.)*"(?:\^\^<[^<>"\s]+>|@[A-Za-z-]+)?) \.$`)

// quad is one parsed statement.
type quad struct{ s, p, o string }

// readQuads is a small N-Quads reader: it checks every line's form and
// returns the statements.
func readQuads(t *testing.T, data []byte) []quad {
	t.Helper()
	var out []quad
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		m := quadLine.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("line %d is not an N-Quads statement: %s", n, sc.Text())
		}
		out = append(out, quad{m[1], m[2], m[3]})
	}
	return out
}

const rdfTypeIRI = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

// TestOverlappingNQuadsExportsMerge exports two overlapping subgraphs
// and checks that the union of their statements is one graph: each node
// of either subgraph is one subject with one type and one xid, however
// many exports hold it.
func TestOverlappingNQuadsExportsMerge(t *testing.T) {
	s := storedFixture(t)
	ctx := context.Background()
	zelensky, peskov := actorNamed(t, s, "Volodymyr Zelensky"), actorNamed(t, s, "Dmitry Peskov")
	scopes := []export.Scope{{Roots: []graph.ID{zelensky}, Depth: 1}, {Roots: []graph.ID{peskov}, Depth: 1}}

	const base = "https://newsgraph.example/id/"
	var files []string
	union := map[quad]bool{}
	want := map[graph.ID]bool{} // the nodes of either subgraph
	var each []map[graph.ID]bool
	for i, sc := range scopes {
		var nq bytes.Buffer
		f, _ := export.Lookup("nquads")
		if err := f.WriteWith(ctx, &nq, s.db, sc, export.Options{Base: base}); err != nil {
			t.Fatal(err)
		}
		for _, q := range readQuads(t, nq.Bytes()) {
			if strings.HasPrefix(q.s, "_:") || strings.HasPrefix(q.o, "_:") {
				t.Fatalf("export %d names a blank node: %v", i, q)
			}
			union[q] = true
		}
		path := filepath.Join(t.TempDir(), "part.nq")
		if err := os.WriteFile(path, nq.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)

		var js struct {
			Nodes []struct{ ID graph.ID } `json:"nodes"`
		}
		if err := json.Unmarshal(export1(t, s.db, "json", sc), &js); err != nil {
			t.Fatal(err)
		}
		ids := map[graph.ID]bool{}
		for _, n := range js.Nodes {
			ids[n.ID], want[n.ID] = true, true
		}
		each = append(each, ids)
	}
	shared := 0
	for id := range each[0] {
		if each[1][id] {
			shared++
		}
	}
	if shared == 0 || shared == len(want) {
		t.Fatalf("the two subgraphs share %d of %d nodes; the test needs an overlap and a difference", shared, len(want))
	}

	types, xids := map[string]int{}, map[string]int{}
	for q := range union {
		switch q.p {
		case rdfTypeIRI:
			types[q.s]++
		case "<" + export.Namespace + "xid>":
			xids[q.s]++
		}
	}
	nodes := 0
	for subj, n := range types {
		id := graph.ID(strings.TrimSuffix(strings.TrimPrefix(subj, "<"+base), ">"))
		if graph.KindOfID(id) == "" {
			continue // a relation or evidence
		}
		nodes++
		if !want[id] {
			t.Errorf("merged graph holds %s, in neither subgraph", id)
		}
		if n != 1 || xids[subj] != 1 {
			t.Errorf("%s has %d types and %d xids in the merged graph, want one of each", subj, n, xids[subj])
		}
	}
	if nodes != len(want) {
		t.Errorf("merged graph has %d distinct nodes, the two subgraphs %d", nodes, len(want))
	}

	// rapper reads the two files as one document to the same statements.
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not installed (apt-get install raptor2-utils): merged with the test's own reader only")
	}
	var both bytes.Buffer
	for _, p := range files {
		b, _ := os.ReadFile(p)
		both.Write(b)
	}
	merged := filepath.Join(t.TempDir(), "merged.nq")
	if err := os.WriteFile(merged, both.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(rapper, "-i", "nquads", "-o", "ntriples", merged)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || strings.Contains(stderr.String(), "Error") || strings.Contains(stderr.String(), "Warning") {
		t.Fatalf("rapper: %v\n%s", err, stderr.String())
	}
	distinct := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		distinct[line] = true
	}
	if len(distinct) != len(union) {
		t.Errorf("rapper read %d distinct statements from the two exports, the test's reader %d", len(distinct), len(union))
	}
}

func actorNamed(t *testing.T, s stored, name string) graph.ID {
	t.Helper()
	for id, n := range s.byID {
		if n.Kind == graph.KindActor && n.Label == name {
			return id
		}
	}
	t.Fatalf("no actor %q in the fixture", name)
	return ""
}

func TestNQuadsBase(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	f, _ := export.Lookup("nquads")
	var b bytes.Buffer
	if err := f.WriteWith(context.Background(), &b, g, export.Scope{}, export.Options{Base: "https://newsgraph.example/id/"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range readQuads(t, b.Bytes()) {
		if !strings.HasPrefix(q.s, "<https://newsgraph.example/id/") {
			t.Fatalf("subject %s not under the base", q.s)
		}
	}
	for _, bad := range []string{"relative/id/", "https://x.example/a b/", "urn:x:<y>"} {
		err := f.WriteWith(context.Background(), &b, g, export.Scope{}, export.Options{Base: bad})
		if graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), bad) {
			t.Errorf("base %q: error %v, want an Invalid one naming it", bad, err)
		}
	}
}
