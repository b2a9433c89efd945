package resolvers_test

import (
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

// modalityText is an invented article with a sentence of each modality;
// each pair of actors appears in one sentence only.
const modalityText = `Harbour talks stall

Published: 2026-11-29

Mayor Lena Holm did not meet Governor Piet Visser on Friday.

Minister Ada Berg would meet Senator Jon Kvist if the strike ended.

Chancellor Rolf Amsel called for talks with President Ines Moro.

Prime Minister Tom Hale will meet General Eva Lund on Monday.

The Northport Dockers Union said it would not join the strike.

Judge Karin Dahl met Senator Max Ode on Thursday.
`

// modalityServer reads modalityText with the real extractor into a real
// store and serves the API at /graphql and exports at /export.
func modalityServer(t *testing.T) (*httptest.Server, *store.DB) {
	t.Helper()
	return extractedServer(t, modalityText)
}

// extractedServer reads an article with the real extractor into a real
// store and serves the API at /graphql and exports at /export.
func extractedServer(t *testing.T, text string) (*httptest.Server, *store.DB) {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	if _, err := p.IngestArticle(context.Background(), graph.Article{Text: text, Origin: "extracted"}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(db, resolvers.Options{}))
	mux.Handle("/export", web.ExportHandler(db))
	return newServer(t, mux), db
}

type modalRelation struct {
	Modality   string
	FirstSeen  *string
	SourceNode struct{ Name string }
	TargetNode struct{ Name string }
	Evidence   []struct {
		Modality string
		When     *string
		Date     *string
	}
}

// pairs names the relations as "A–B" with the names sorted, and their
// modalities.
func pairs(rs []modalRelation) map[string]string {
	out := map[string]string{}
	for _, r := range rs {
		names := []string{r.SourceNode.Name, r.TargetNode.Name}
		slices.Sort(names)
		out[strings.Join(names, "–")] = r.Modality
	}
	return out
}

// TestNoNonFactualActionInTheDefaultGraph checks, through the real
// extractor, store and HTTP API, that negated, hypothetical and demanded
// meetings and a strike a union will not join are left out of relation
// lists, neighbourhoods, paths, timelines, event lists and exports by
// default, and that each is there when asked for.
func TestNoNonFactualActionInTheDefaultGraph(t *testing.T) {
	srv, db := modalityServer(t)
	ctx := context.Background()
	const q = `query($mods: [Modality!]) {
	  relations(filter: {classes: [CONSULT], modalities: $mods}, first: 50) {
	    totalCount
	    edges { node { modality firstSeen
	      sourceNode { ... on Actor { name } } targetNode { ... on Actor { name } }
	      evidence { modality when date } } }
	  } }`
	var data struct {
		Relations struct {
			TotalCount int
			Edges      []struct{ Node modalRelation }
		}
	}
	list := func(mods []string) map[string]string {
		t.Helper()
		vars := map[string]any{}
		if mods != nil {
			vars["mods"] = mods
		}
		mustData(t, srv, q, vars, &data)
		var rs []modalRelation
		for _, e := range data.Relations.Edges {
			rs = append(rs, e.Node)
		}
		return pairs(rs)
	}
	want := map[string]string{"Karin Dahl–Max Ode": "ASSERTED", "Eva Lund–Tom Hale": "PLANNED"}
	if empty := list([]string{}); !mapsEqual(empty, want) {
		t.Errorf("relations of modalities [] = %v, want the facts %v, as when omitted", empty, want)
	}
	facts := list(nil)
	if !mapsEqual(facts, want) {
		t.Errorf("default relations = %v, want only the facts %v", facts, want)
	}
	for _, e := range data.Relations.Edges {
		if e.Node.SourceNode.Name == "Tom Hale" || e.Node.TargetNode.Name == "Tom Hale" {
			if ev := e.Node.Evidence; len(ev) != 1 || ev[0].When == nil || *ev[0].When != "2026-11-30" || *ev[0].Date != "2026-11-29" {
				t.Errorf("planned meeting evidence %+v, want when 2026-11-30 (the Monday after), date 2026-11-29", ev)
			}
			if e.Node.FirstSeen == nil || *e.Node.FirstSeen != "2026-11-30" {
				t.Errorf("planned meeting firstSeen %v, want the action's day 2026-11-30", e.Node.FirstSeen)
			}
		}
	}
	rest := list([]string{"NEGATED", "HYPOTHETICAL", "DEMANDED"})
	want = map[string]string{"Lena Holm–Piet Visser": "NEGATED", "Ada Berg–Jon Kvist": "HYPOTHETICAL", "Ines Moro–Rolf Amsel": "DEMANDED"}
	if !mapsEqual(rest, want) {
		t.Errorf("non-factual relations = %v, want %v", rest, want)
	}

	id := func(name string) string {
		t.Helper()
		ids, err := db.Lookup(ctx, name)
		if err != nil || len(ids) != 1 {
			t.Fatalf("lookup %q: %v, %v", name, ids, err)
		}
		return string(ids[0])
	}
	holm, visser := id("Lena Holm"), id("Piet Visser")
	const nq = `query($id: ID!, $all: Boolean) { neighborhood(id: $id, includeNonFactual: $all) {
	  nodes { id } edges { class modality } } }`
	for _, all := range []bool{false, true} {
		var nd struct {
			Neighborhood struct {
				Nodes []struct{ ID string }
				Edges []struct{ Class, Modality string }
			}
		}
		mustData(t, srv, nq, map[string]any{"id": holm, "all": all}, &nd)
		reached := slices.ContainsFunc(nd.Neighborhood.Nodes, func(n struct{ ID string }) bool { return n.ID == visser })
		if reached != all {
			t.Errorf("includeNonFactual %v: Piet Visser in Lena Holm's neighbourhood = %v", all, reached)
		}
		for _, e := range nd.Neighborhood.Edges {
			if !all && e.Modality != "ASSERTED" && e.Modality != "PLANNED" {
				t.Errorf("default neighbourhood has a %s %s edge", e.Modality, e.Class)
			}
		}
	}
	const pq = `query($a: ID!, $b: ID!, $all: Boolean) { shortestPath(from: $a, to: $b, classes: [CONSULT], includeNonFactual: $all) { length } }`
	for _, all := range []bool{false, true} {
		var pd struct{ ShortestPath *struct{ Length int } }
		mustData(t, srv, pq, map[string]any{"a": holm, "b": visser, "all": all}, &pd)
		if (pd.ShortestPath != nil) != all {
			t.Errorf("includeNonFactual %v: path from Lena Holm to Piet Visser = %+v", all, pd.ShortestPath)
		}
	}
	const tq = `query($id: ID!, $all: Boolean) { timeline(id: $id, classes: [CONSULT, PARTICIPATED_IN], includeNonFactual: $all) { totalCount edges { node { date } } } }`
	for _, all := range []bool{false, true} {
		var td struct {
			Timeline struct {
				TotalCount int
				Edges      []struct{ Node struct{ Date *string } }
			}
		}
		mustData(t, srv, tq, map[string]any{"id": holm, "all": all}, &td)
		if got := td.Timeline.TotalCount > 0; got != all {
			t.Errorf("includeNonFactual %v: Lena Holm's timeline has %d entries", all, td.Timeline.TotalCount)
		}
		for _, e := range td.Timeline.Edges {
			if e.Node.Date == nil || *e.Node.Date != "2026-11-27" {
				t.Errorf("timeline entry dated %v, want the Friday before, 2026-11-27", deref(e.Node.Date))
			}
		}
	}
	const eq = `query($id: ID!) { node(id: $id) { ... on Actor { events { totalCount } } } }`
	var ed struct {
		Node struct{ Events struct{ TotalCount int } }
	}
	mustData(t, srv, eq, map[string]any{"id": id("Northport Dockers Union")}, &ed)
	if ed.Node.Events.TotalCount != 0 {
		t.Errorf("the union has %d events; the strike it would not join is none", ed.Node.Events.TotalCount)
	}

	for _, all := range []bool{false, true} {
		url := srv.URL + "/export?format=json"
		if all {
			url += "&nonfactual=true"
		}
		exported := exportPairs(t, url)
		for pair, mod := range rest {
			if _, ok := exported[pair]; ok != all {
				t.Errorf("nonfactual %v: %s (%s) in the export = %v", all, pair, mod, ok)
			}
		}
		if _, ok := exported["Eva Lund–Tom Hale"]; !ok {
			t.Errorf("nonfactual %v: the planned meeting is not exported", all)
		}
	}
}

// TestEventsSayTheirModality checks, through the real extractor, store
// and HTTP API, that an event list tells the meetings that happened or
// are to happen from those denied, only possible or asked for: each
// event has its modality, the modalities filter keeps those asked for,
// and an event that did not happen names who did not take part.
func TestEventsSayTheirModality(t *testing.T) {
	srv, _ := modalityServer(t)
	const q = `query($mods: [Modality!], $order: EventOrder) {
	  events(filter: {modalities: $mods}, orderBy: $order, first: 50) {
	    totalCount edges { node { name modality participants { name } } } } }`
	type event struct {
		Name, Modality string
		Participants   []struct{ Name string }
	}
	list := func(mods []string, order map[string]any) map[string]event {
		t.Helper()
		var data struct {
			Events struct {
				TotalCount int
				Edges      []struct{ Node event }
			}
		}
		vars := map[string]any{"order": order}
		if mods != nil {
			vars["mods"] = mods
		}
		mustData(t, srv, q, vars, &data)
		out := map[string]event{}
		for _, e := range data.Events.Edges {
			out[e.Node.Name] = e.Node
		}
		if data.Events.TotalCount != len(out) {
			t.Errorf("modalities %v: totalCount %d, %d events listed", mods, data.Events.TotalCount, len(out))
		}
		return out
	}
	want := map[string]string{
		"meeting: Lena Holm, Piet Visser": "NEGATED",
		"meeting: Ada Berg, Jon Kvist":    "HYPOTHETICAL",
		"talks: Rolf Amsel, Ines Moro":    "DEMANDED",
		"meeting: Tom Hale, Eva Lund":     "PLANNED",
		"strike: Northport Dockers Union": "NEGATED",
		"meeting: Karin Dahl, Max Ode":    "ASSERTED",
	}
	// By ID and by date (the date index's path): every event, each with
	// its modality.
	for _, order := range []map[string]any{nil, {"field": "DATE"}} {
		all := list(nil, order)
		got := map[string]string{}
		for name, e := range all {
			got[name] = e.Modality
		}
		if !mapsEqual(got, want) {
			t.Errorf("order %v: events %v, want %v", order, got, want)
		}
		if e := all["meeting: Lena Holm, Piet Visser"]; len(e.Participants) != 2 {
			t.Errorf("the meeting that did not happen lists participants %v, want Lena Holm and Piet Visser", e.Participants)
		}
		if e := all["meeting: Karin Dahl, Max Ode"]; len(e.Participants) != 2 {
			t.Errorf("the meeting that happened lists participants %v, want Karin Dahl and Max Ode", e.Participants)
		}
		if n := len(list([]string{}, order)); n != len(want) {
			t.Errorf("order %v, modalities []: %d events, want all %d, as when omitted", order, n, len(want))
		}
		for _, mods := range [][]string{{"ASSERTED", "PLANNED"}, {"NEGATED"}, {"DEMANDED", "HYPOTHETICAL"}} {
			kept := list(mods, order)
			for name, m := range want {
				if _, ok := kept[name]; ok != slices.Contains(mods, m) {
					t.Errorf("order %v, modalities %v: %s (%s) listed = %v", order, mods, name, m, ok)
				}
			}
		}
	}
}

// TestExportQueryNonFactual checks that the export query, like /export
// and the command line, writes the non-factual relations when asked
// (includeNonFactual) and only then, and that the URL it answers with
// downloads the same document.
func TestExportQueryNonFactual(t *testing.T) {
	srv, _ := modalityServer(t)
	const q = `query($all: Boolean) { export(format: "json", includeNonFactual: $all) { url text } }`
	for _, all := range []any{nil, false, true} {
		var a struct{ Export struct{ URL, Text string } }
		vars := map[string]any{}
		if all != nil {
			vars["all"] = all
		}
		mustData(t, srv, q, vars, &a)
		want := "/export?format=json"
		if all == true {
			want += "&nonfactual=true"
		}
		if a.Export.URL != want {
			t.Errorf("includeNonFactual %v: url %q, want %q", all, a.Export.URL, want)
		}
		answered := jsonPairs(t, []byte(a.Export.Text))
		for pair, mod := range map[string]string{"Lena Holm–Piet Visser": "NEGATED", "Ada Berg–Jon Kvist": "HYPOTHETICAL", "Ines Moro–Rolf Amsel": "DEMANDED"} {
			if answered[pair] != (all == true) {
				t.Errorf("includeNonFactual %v: %s (%s) in the answer = %v", all, pair, mod, answered[pair])
			}
		}
		if !answered["Eva Lund–Tom Hale"] {
			t.Errorf("includeNonFactual %v: the planned meeting is not exported", all)
		}
		if downloaded := exportPairs(t, srv.URL+a.Export.URL); !maps.Equal(downloaded, answered) {
			t.Errorf("includeNonFactual %v: GET %s gives %v, the answer %v", all, a.Export.URL, downloaded, answered)
		}
	}
}

// exportPairs downloads a JSON export and names its CONSULT edges as
// pairs of actor labels.
func exportPairs(t *testing.T, url string) map[string]bool {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	return jsonPairs(t, b)
}

// jsonPairs names the CONSULT edges of a JSON export as pairs of actor
// labels.
func jsonPairs(t *testing.T, b []byte) map[string]bool {
	t.Helper()
	var g struct {
		Nodes []struct{ ID, Label string }
		Edges []struct{ Source, Target, Class string }
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	label := map[string]string{}
	for _, n := range g.Nodes {
		label[n.ID] = n.Label
	}
	out := map[string]bool{}
	for _, e := range g.Edges {
		if e.Class == "CONSULT" {
			names := []string{label[e.Source], label[e.Target]}
			slices.Sort(names)
			out[strings.Join(names, "–")] = true
		}
	}
	return out
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}
