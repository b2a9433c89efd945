package resolvers_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

// TestAnalystQueries runs the five operations of
// testdata/analyst_queries.graphql (the README's examples) against the
// fixture and checks that each answers its question.
func TestAnalystQueries(t *testing.T) {
	doc, err := os.ReadFile("testdata/analyst_queries.graphql")
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	run := func(t *testing.T, op string, vars map[string]any, v any) string {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": string(doc), "operationName": op, "variables": vars})
		resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r := decode(t, resp)
		if len(r.Errors) > 0 || r.Status != http.StatusOK {
			t.Fatalf("%s: status %d, errors %+v", op, r.Status, r.Errors)
		}
		if err := json.Unmarshal(r.Data, v); err != nil {
			t.Fatal(err)
		}
		return string(r.Data)
	}

	t.Run("who spoke with whom", func(t *testing.T) {
		var d struct {
			Relations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Support    int
						SourceNode struct{ Name string }
						TargetNode struct{ Name string }
					}
				}
			}
		}
		raw := run(t, "WhoSpokeWithWhom", map[string]any{"actor": f.zelensky}, &d)
		if d.Relations.TotalCount != 1 || d.Relations.Edges[0].Node.Support != 2 || !strings.Contains(raw, "Steve Witkoff") {
			t.Errorf("got %s", raw)
		}
		run(t, "WhoSpokeWithWhom", map[string]any{"actor": nil}, &d)
		if d.Relations.TotalCount != 1 {
			t.Errorf("everyone's talks: %d relations", d.Relations.TotalCount)
		}
	})
	t.Run("what did X say about Y", func(t *testing.T) {
		var d struct {
			Statements struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Text    string
						Date    string
						Speaker struct{ Name string }
						About   []struct{ Name string }
					}
				}
			}
		}
		run(t, "WhatDidXSayAboutY", map[string]any{"speaker": f.zelensky, "about": "peace plan"}, &d)
		if d.Statements.TotalCount != 1 || d.Statements.Edges[0].Node.Text != quote1 || d.Statements.Edges[0].Node.Date != "2025-12-25" ||
			len(d.Statements.Edges[0].Node.About) != 1 || d.Statements.Edges[0].Node.About[0].Name != "the peace plan" {
			t.Errorf("Zelensky on the peace plan: %+v", d.Statements)
		}
		run(t, "WhatDidXSayAboutY", map[string]any{"speaker": f.zelensky, "about": "land"}, &d)
		if d.Statements.TotalCount != 1 || d.Statements.Edges[0].Node.Text != quote3 {
			t.Errorf("Zelensky on land: %+v", d.Statements)
		}
		run(t, "WhatDidXSayAboutY", map[string]any{"speaker": f.peskov, "about": "land"}, &d)
		if d.Statements.TotalCount != 0 {
			t.Errorf("Peskov on land: %+v", d.Statements)
		}
	})
	t.Run("how are A and B connected", func(t *testing.T) {
		var d struct {
			ShortestPath *struct {
				Length int
				Nodes  []struct{ Name string }
				Edges  []struct{ Class string }
				Steps  []struct{ Forward, Directed bool }
			}
		}
		run(t, "HowAreAAndBConnected", map[string]any{"a": f.ukraine, "b": f.usa}, &d)
		p := d.ShortestPath
		if p == nil || p.Length != 3 || len(p.Nodes) != 4 || p.Nodes[1].Name != "Volodymyr Zelensky" || p.Nodes[2].Name != "Steve Witkoff" ||
			p.Edges[1].Class != "CONSULT" {
			t.Errorf("Ukraine to the United States: %+v", p)
		}
		// Zelensky's role in Ukraine is walked backwards, the talks have no
		// direction, Witkoff's role for the United States is walked forwards.
		if p != nil && (len(p.Steps) != 3 || p.Steps[0].Forward || !p.Steps[0].Directed || p.Steps[1].Directed || !p.Steps[2].Forward) {
			t.Errorf("steps %+v, want ROLE backwards, CONSULT undirected, ROLE forwards", p.Steps)
		}
		run(t, "HowAreAAndBConnected", map[string]any{"a": f.ukraine, "b": f.kremlin}, &d)
		if d.ShortestPath != nil {
			t.Errorf("Ukraine to the Kremlin: %+v, want no path", d.ShortestPath)
		}
	})
	t.Run("what happened between two dates", func(t *testing.T) {
		var d struct {
			Events struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Name         string
						Date         string
						Participants []struct{ Name string }
					}
				}
			}
			Relations struct{ TotalCount int }
		}
		run(t, "WhatHappenedBetween", map[string]any{"since": "2025-12-24", "until": "2025-12-26"}, &d)
		if d.Events.TotalCount != 1 || d.Events.Edges[0].Node.Date != "2025-12-25" || len(d.Events.Edges[0].Node.Participants) != 2 ||
			d.Relations.TotalCount != 1 {
			t.Errorf("24–26 December: %+v", d)
		}
		run(t, "WhatHappenedBetween", map[string]any{"since": "2025-12-27", "until": "2025-12-31"}, &d)
		if d.Events.TotalCount != 0 || d.Relations.TotalCount != 1 {
			t.Errorf("27–31 December: %+v, want the second call and no event", d)
		}
	})
	t.Run("which sources support a relation", func(t *testing.T) {
		var d struct {
			Node struct {
				Support  int
				Evidence []struct {
					Sentence string
					Date     string
					Article  struct{ Title, Publisher string }
				}
			}
		}
		run(t, "WhichSourcesSupportARelation", map[string]any{"relation": graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)}, &d)
		if d.Node.Support != 2 || len(d.Node.Evidence) != 2 {
			t.Fatalf("sources of the Zelensky–Witkoff talks: %+v", d.Node)
		}
		sentences := map[string]string{}
		for _, ev := range d.Node.Evidence {
			sentences[ev.Sentence] = ev.Article.Title
			if ev.Article.Publisher != "Example News" {
				t.Errorf("evidence %+v", ev)
			}
		}
		if sentences[sentCall] != "Zelensky holds phone conversation with U.S. envoy" || sentences[sentAgain] != "Zelensky rules out giving up land" {
			t.Errorf("evidence sentences and articles: %v", sentences)
		}
	})
}
