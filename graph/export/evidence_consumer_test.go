package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// An analyst who exports the non-factual graph (nonfactual) must be able
// to tell, in every format, a meeting that happened from one that was
// denied, and to find each piece of evidence again in its article: these
// tests read each format back with the tool it is for and compare every
// edge's modality and evidence (article, offsets, modality, day) with
// the store's.

// evidenceFacts is what a format keeps of one piece of evidence.
type evidenceFacts struct {
	Article    string
	Start, End int
	Modality   string // "asserted" … "negated"
	When       string // the action's day, "" when not given
}

// edgeFacts is what a format keeps of an edge's factuality and evidence.
type edgeFacts struct {
	Modality string
	Evidence []evidenceFacts
}

// modalityFixture is an article whose edges are asserted, planned (with
// the action's day), negated (an edge and an event) and mixed (one
// negated and one asserted piece of evidence), stored on disk.
func modalityFixture(t *testing.T) stored {
	t.Helper()
	s1 := `Ada Berg did not meet Jon Kvist on Friday.`
	s2 := `Tom Hale will meet Eva Lund on Monday.`
	s3 := `Ines Moro met Rolf Amsel on Tuesday.`
	s4 := `Moro did not meet Amsel again.`
	a := newArticle(t, "Harbour talks", "https://example.org/harbour", "2026-11-29", s1+" "+s2+" "+s3+" "+s4)
	berg, kvist := a.actor("Ada Berg", "person"), a.actor("Jon Kvist", "person")
	hale, lund := a.actor("Tom Hale", "person"), a.actor("Eva Lund", "person")
	moro, amsel := a.actor("Ines Moro", "person"), a.actor("Rolf Amsel", "person")
	meeting := a.node(graph.KindEvent, "meeting: Ada Berg, Jon Kvist", "meeting",
		graph.Node{Date: "2026-11-27", Attrs: map[string]string{"modality": "negated"}})
	set := func(i int, m graph.Modality, when string) {
		ev := &a.b.Edges[i].Evidence[0]
		ev.Modality, ev.When = m, when
	}
	a.edge(berg, graph.Consult, kvist, "meet", s1)
	set(0, graph.Negated, "2026-11-27")
	a.edge(berg, graph.ParticipatedIn, meeting, "meet", s1)
	set(1, graph.Negated, "2026-11-27")
	a.edge(kvist, graph.ParticipatedIn, meeting, "meet", s1)
	set(2, graph.Negated, "2026-11-27")
	a.edge(hale, graph.Consult, lund, "will meet", s2)
	set(3, graph.Planned, "2026-11-30")
	a.edge(moro, graph.Consult, amsel, "met", s3)
	set(4, graph.Asserted, "2026-11-24")
	a.edge(moro, graph.Consult, amsel, "meet", s4)
	set(5, graph.Negated, "")
	s := stored{db: openStore(t, a.b), byID: map[graph.ID]graph.Node{}, edgeByID: map[graph.ID]graph.Edge{}}
	err := s.db.ScanEdges(t.Context(), "", func(e graph.Edge) error { s.edgeByID[e.ID] = e; return nil })
	if err != nil {
		t.Fatal(err)
	}
	mods := map[graph.Modality]bool{}
	for _, e := range s.edgeByID {
		mods[e.MostFactual()] = true
		if len(e.Evidence) == 2 {
			s.symmetric++ // here: edges with two pieces of evidence
		}
	}
	if len(s.edgeByID) != 5 || !mods[graph.Asserted] || !mods[graph.Planned] || !mods[graph.Negated] || s.symmetric != 1 {
		t.Fatalf("fixture stored as %d edges, modalities %v, %d with two pieces of evidence", len(s.edgeByID), mods, s.symmetric)
	}
	return s
}

// storedFacts is what every format must keep of the store's edges.
func storedFacts(s stored) map[string]edgeFacts {
	out := map[string]edgeFacts{}
	for id, e := range s.edgeByID {
		f := edgeFacts{Modality: e.MostFactual().Name()}
		for _, ev := range e.Evidence {
			f.Evidence = append(f.Evidence, evidenceFacts{string(ev.Article), ev.Start, ev.End, ev.Modality.Name(), ev.When})
		}
		out[string(id)] = f
	}
	return out
}

// jsonEvidenceFacts reads an evidence array as the json format and the
// evidence attributes and columns write it (modality omitted when
// asserted).
func jsonEvidenceFacts(t *testing.T, data string) []evidenceFacts {
	t.Helper()
	var evs []evidenceFacts
	if err := json.Unmarshal([]byte(data), &evs); err != nil {
		t.Fatalf("evidence %q is no JSON array: %v", data, err)
	}
	for i := range evs {
		if evs[i].Modality == "" {
			evs[i].Modality = "asserted"
		}
	}
	return evs
}

// nxEdgeFacts runs a NetworkX script that prints, per edge ID, its
// modality attribute and evidence attribute (a JSON string).
func nxEdgeFacts(t *testing.T, read, path string) map[string]edgeFacts {
	t.Helper()
	out := python(t, `
import json, sys
import networkx as nx
`+read+`
facts = {}
for u, v, k, d in g.edges(keys=True, data=True):
    facts[d.get("id", k)] = {"Modality": d.get("modality", ""), "Evidence": d.get("evidence", "[]")}
print(json.dumps(facts))
`, path)
	var raw map[string]struct{ Modality, Evidence string }
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatalf("networkx printed %q: %v", out, err)
	}
	facts := map[string]edgeFacts{}
	for id, r := range raw {
		facts[id] = edgeFacts{Modality: r.Modality, Evidence: jsonEvidenceFacts(t, r.Evidence)}
	}
	return facts
}

// rdfFacts reads an edge's facts from RDF statements (N-Triples as
// rapper writes them, or Dgraph's dialect): the Relation node's modality
// and evidence links, and each Evidence node's article, offsets, modality
// and when. pred names a predicate, relation the subject of an edge ID,
// and article reads an article object as an ID.
func rdfFacts(t *testing.T, data []byte, pred func(string) string, relation func(string) string, article func(string) string) map[string]edgeFacts {
	t.Helper()
	line := regexp.MustCompile(`^(\S+) <([^>]+)> (.+) \.$`)
	props := map[string]map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a statement: %s", l)
		}
		obj := m[3]
		if i := strings.Index(obj, " ("); i > 0 && !strings.HasPrefix(obj, `"`) { // Dgraph facets
			obj = obj[:i]
		}
		if strings.HasPrefix(obj, `"`) {
			v, err := strconv.Unquote(obj[:strings.LastIndex(obj, `"`)+1])
			if err != nil {
				t.Fatalf("literal in %s: %v", l, err)
			}
			obj = v
		}
		if props[m[1]] == nil {
			props[m[1]] = map[string][]string{}
		}
		props[m[1]][m[2]] = append(props[m[1]][m[2]], obj)
	}
	one := func(subj, p string) string {
		if vs := props[subj][pred(p)]; len(vs) == 1 {
			return vs[0]
		}
		return ""
	}
	facts := map[string]edgeFacts{}
	for subj, ps := range props {
		xid := ps[pred("xid")]
		if len(xid) != 1 || !strings.HasPrefix(xid[0], "rel_") {
			continue
		}
		if relation(xid[0]) != subj {
			t.Errorf("relation %s named %s", xid[0], subj)
		}
		f := edgeFacts{Modality: one(subj, "modality")}
		for _, ev := range ps[pred("evidence")] {
			start, _ := strconv.Atoi(one(ev, "start"))
			end, _ := strconv.Atoi(one(ev, "end"))
			f.Evidence = append(f.Evidence, evidenceFacts{article(one(ev, "article")), start, end, one(ev, "modality"), one(ev, "when")})
		}
		facts[xid[0]] = f
	}
	return facts
}

// sortEvidence orders each edge's evidence by article and offsets, for
// formats (RDF) that hold it as an unordered set.
func sortEvidence(facts map[string]edgeFacts) {
	for _, f := range facts {
		slices.SortFunc(f.Evidence, func(a, b evidenceFacts) int {
			return strings.Compare(a.Article+strconv.Itoa(100000+a.Start), b.Article+strconv.Itoa(100000+b.Start))
		})
	}
}

func TestExportsKeepModalityAndEvidence(t *testing.T) {
	s := modalityFixture(t)
	want := storedFacts(s)
	all := export.Scope{NonFactual: true}
	write := func(t *testing.T, format string) string {
		f, _ := export.Lookup(format)
		path := filepath.Join(t.TempDir(), "graph."+f.Extension)
		if err := os.WriteFile(path, export1(t, s.db, format, all), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, tt := range []struct {
		format string
		read   func(t *testing.T, path string) map[string]edgeFacts
		sorted bool // the format holds evidence as a set
	}{
		{"json", func(t *testing.T, path string) map[string]edgeFacts {
			b, _ := os.ReadFile(path)
			var doc struct {
				Edges []struct {
					ID, Modality string
					Evidence     json.RawMessage
				}
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			facts := map[string]edgeFacts{}
			for _, e := range doc.Edges {
				f := edgeFacts{Modality: e.Modality, Evidence: jsonEvidenceFacts(t, string(e.Evidence))}
				if f.Modality == "" {
					f.Modality = "asserted"
				}
				facts[e.ID] = f
			}
			return facts
		}, false},
		{"graphml", func(t *testing.T, path string) map[string]edgeFacts {
			return nxEdgeFacts(t, `g = nx.read_graphml(sys.argv[1], force_multigraph=True)`, path)
		}, false},
		{"gexf", func(t *testing.T, path string) map[string]edgeFacts {
			return nxEdgeFacts(t, nxGEXF13+`
g = nx.MultiDiGraph(nx.read_gexf(sys.argv[1], version="1.3"))`, path)
		}, false},
		{"csv", func(t *testing.T, path string) map[string]edgeFacts {
			zr, err := zip.OpenReader(path)
			if err != nil {
				t.Fatal(err)
			}
			defer zr.Close()
			read := func(name string) neo4jFile {
				rc, err := zr.Open(name)
				if err != nil {
					t.Fatal(err)
				}
				defer rc.Close()
				b, _ := io.ReadAll(rc)
				return parseCSV(t, name, bytes.NewReader(b))
			}
			// The event that did not happen says so.
			events := read("nodes_event.csv")
			if m := slices.Index(events.header, "modality"); m < 0 || len(events.rows) != 1 || events.rows[0][m] != "negated" {
				t.Errorf("nodes_event.csv: header %v, rows %v; want the meeting's modality, negated", events.header, events.rows)
			}
			f := read("relationships.csv")
			col := func(name string) int { return slices.Index(f.header, name) }
			id, mod, ev := col("id"), col("modality"), col("evidence")
			if id < 0 || mod < 0 || ev < 0 {
				t.Fatalf("relationships.csv header %v lacks id, modality or evidence", f.header)
			}
			facts := map[string]edgeFacts{}
			for _, row := range f.rows {
				facts[row[id]] = edgeFacts{Modality: row[mod], Evidence: jsonEvidenceFacts(t, row[ev])}
			}
			return facts
		}, false},
		{"nquads", func(t *testing.T, path string) map[string]edgeFacts {
			rapper := need(t, "rapper", "raptor2-utils")
			var stderr bytes.Buffer
			cmd := exec.Command(rapper, "-q", "-i", "nquads", "-o", "ntriples", path)
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil || stderr.Len() > 0 {
				t.Fatalf("rapper: %v\n%s", err, stderr.String())
			}
			return rdfFacts(t, out, func(p string) string { return export.Namespace + p },
				func(id string) string { return "<" + export.DefaultBase + id + ">" },
				func(o string) string { return strings.TrimSuffix(strings.TrimPrefix(o, "<"+export.DefaultBase), ">") })
		}, true},
		{"dgraph", func(t *testing.T, path string) map[string]edgeFacts {
			b, _ := os.ReadFile(path)
			// The edge predicate's facets carry the relation's modality too.
			facet := regexp.MustCompile(`\(rel="(rel_\w+)".*, modality="(\w+)"\) \.$`)
			facets := 0
			for _, l := range strings.Split(string(b), "\n") {
				if m := facet.FindStringSubmatch(l); m != nil {
					facets++
					if w := want[m[1]].Modality; m[2] != w {
						t.Errorf("dgraph: facet modality of %s = %s, want %s", m[1], m[2], w)
					}
				}
			}
			if facets != len(want) {
				t.Errorf("dgraph: %d edge predicates with a modality facet, want %d", facets, len(want))
			}
			return rdfFacts(t, b, func(p string) string { return p },
				func(id string) string { return "_:" + id },
				func(o string) string { return o })
		}, true},
	} {
		t.Run(tt.format, func(t *testing.T) {
			got := tt.read(t, write(t, tt.format))
			exp := want
			if tt.sorted {
				sortEvidence(got)
				exp = map[string]edgeFacts{}
				for id, f := range want {
					exp[id] = edgeFacts{f.Modality, slices.Clone(f.Evidence)}
				}
				sortEvidence(exp)
			}
			for id, w := range exp {
				if g, ok := got[id]; !ok || !reflect.DeepEqual(g, w) {
					t.Errorf("%s: edge %s read back as %+v, stored as %+v", tt.format, id, g, w)
				}
			}
			if len(got) != len(exp) {
				t.Errorf("%s: %d edges read back, %d stored", tt.format, len(got), len(exp))
			}
		})
	}
}

// TestDOTDrawsModality renders the DOT export with Graphviz: a negated
// edge is drawn dashed, a planned one dotted, an asserted one solid, and
// each says its modality in its tooltip when it is not asserted.
func TestDOTDrawsModality(t *testing.T) {
	s := modalityFixture(t)
	dot := need(t, "dot", "graphviz")
	var stderr bytes.Buffer
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(export1(t, s.db, "dot", export.Scope{NonFactual: true}))
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	group := regexp.MustCompile(`(?s)<g id="(rel_\w+)" class="edge">(.*?)</text>`) // up to the edge's label
	dash := regexp.MustCompile(`stroke-dasharray="([^"]+)"`)
	drawn := 0
	for _, m := range group.FindAllStringSubmatch(string(svg), -1) {
		e, ok := s.edgeByID[graph.ID(m[1])]
		if !ok {
			continue
		}
		drawn++
		var style string
		if d := dash.FindStringSubmatch(m[2]); d != nil {
			style = d[1]
		}
		mod := e.MostFactual()
		wantStyle := map[graph.Modality]string{graph.Asserted: "", graph.Planned: "1,5", graph.Negated: "5,2"}[mod]
		if style != wantStyle {
			t.Errorf("%s edge %s drawn with stroke-dasharray %q, want %q", mod.Name(), e.ID, style, wantStyle)
		}
		if says := strings.Contains(m[2], ", "+mod.Name()); says != (mod != graph.Asserted) {
			t.Errorf("%s edge %s: tooltip names its modality = %v", mod.Name(), e.ID, says)
		}
	}
	if drawn != len(s.edgeByID) {
		t.Errorf("Graphviz drew %d of the %d edges", drawn, len(s.edgeByID))
	}
}
