package resolvers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

func TestNodeFetchesEveryKindByID(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($id: ID!) { node(id: $id) {
		__typename id
		... on Actor { name type aliases }
		... on Statement { text speaker { id } article { id title published } }
		... on Event { name eventType date article { id } }
		... on Object { name objectType attributes { key value } article { id } }
		... on Article { title url publisher published }
		... on Relation { source target class support firstSeen lastSeen }
	} }`
	consult := graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)
	tests := []struct {
		name string
		id   graph.ID
		want map[string]any // fields of node that must have these values
	}{
		{"actor with merged aliases", f.zelensky, map[string]any{
			"__typename": "Actor", "name": "Volodymyr Zelensky", "type": "PERSON",
			"aliases": []any{"Zelenskiy", "Zelensky", "Zelenskyy"}}}, // sorted
		{"country actor", f.ukraine, map[string]any{"__typename": "Actor", "name": "Ukraine", "type": "COUNTRY"}},
		{"statement with speaker and article", f.statements[quote3], map[string]any{
			"__typename": "Statement", "text": quote3,
			"speaker": map[string]any{"id": string(f.zelensky)},
			"article": map[string]any{"id": string(f.articles[1]), "title": "Zelensky rules out giving up land", "published": "2025-12-28"}}},
		{"event", f.call, map[string]any{"__typename": "Event", "eventType": "call", "date": "2025-12-25",
			"article": map[string]any{"id": string(f.articles[0])}}},
		{"object with attributes", f.plan, map[string]any{"__typename": "Object", "name": "the peace plan", "objectType": "plan",
			"attributes": []any{map[string]any{"key": "points", "value": "20"}}}},
		{"article", f.articles[0], map[string]any{"__typename": "Article", "publisher": "Example News", "published": "2025-12-25",
			"title": "Zelensky holds phone conversation with U.S. envoy"}},
		{"relation seen in two articles", consult, map[string]any{"__typename": "Relation", "class": "CONSULT", "support": float64(2),
			"firstSeen": "2025-12-25", "lastSeen": "2025-12-28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data struct{ Node map[string]any }
			mustData(t, srv, q, map[string]any{"id": tt.id}, &data)
			if data.Node == nil {
				t.Fatalf("node(%s) is null", tt.id)
			}
			if data.Node["id"] != string(tt.id) {
				t.Errorf("node(%s).id = %v", tt.id, data.Node["id"])
			}
			for k, want := range tt.want {
				if got := data.Node[k]; fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("node(%s).%s = %v, want %v", tt.id, k, got, want)
				}
			}
		})
	}
}

func TestNodeOfUnknownIDIsNull(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	for _, id := range []graph.ID{graph.ActorID("Vladimir Putin"), "rel_0000000000000000", "art_ffffffffffffffff"} {
		r := post(t, srv, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		if len(r.Errors) > 0 || string(r.Data) != `{"node":null}` {
			t.Errorf("node(%s) = %s, %+v; want null without errors", id, r.Data, r.Errors)
		}
	}
}

type actorPage struct {
	Actors struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				ID, Name, Type string
				Aliases        []string
			}
		}
	}
}

func TestActorsFilterForgivesSpelling(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($name: String) { actors(filter: {name: $name}) { totalCount edges { node { id name } } } }`
	tests := []struct {
		filter string
		want   []graph.ID
	}{
		{"Zelenskiy", []graph.ID{f.zelensky}},
		{"ZELENSKYY", []graph.ID{f.zelensky}},
		{"zelensky", []graph.ID{f.zelensky}},
		{"Zelénsky", []graph.ID{f.zelensky}},
		{"volodymyr", []graph.ID{f.zelensky}},
		{"Zelen", []graph.ID{f.zelensky}},
		{"U.S.", []graph.ID{f.usa}},
		{"united states", []graph.ID{f.usa}},
		{"kremlin", []graph.ID{f.kremlin}},
		{"Putin", nil},
		{"elensky", nil}, // matches start words, not their middles
	}
	for _, tt := range tests {
		t.Run(tt.filter, func(t *testing.T) {
			var data actorPage
			mustData(t, srv, q, map[string]any{"name": tt.filter}, &data)
			var got []graph.ID
			for _, e := range data.Actors.Edges {
				got = append(got, graph.ID(e.Node.ID))
			}
			if !slices.Equal(got, tt.want) || data.Actors.TotalCount != len(tt.want) {
				t.Errorf("actors(filter: {name: %q}) = %v (totalCount %d), want %v", tt.filter, got, data.Actors.TotalCount, tt.want)
			}
		})
	}
}

func TestActorsPagesThroughEveryActorOnce(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	want := []graph.ID{f.zelensky, f.witkoff, f.peskov, f.kremlin, f.ukraine, f.usa}
	slices.Sort(want)

	for _, size := range []int{1, 2, 4, 6, 10} {
		t.Run(fmt.Sprintf("first=%d", size), func(t *testing.T) {
			var got []graph.ID
			var after any // nil on the first page
			for pages := 0; ; pages++ {
				if pages > len(want)+1 {
					t.Fatalf("paging does not end: %v", got)
				}
				var data actorPage
				mustData(t, srv, `query($first: Int, $after: String) { actors(first: $first, after: $after) {
					totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
					map[string]any{"first": size, "after": after}, &data)
				a := data.Actors
				if a.TotalCount != len(want) {
					t.Errorf("page %d: totalCount = %d, want %d", pages, a.TotalCount, len(want))
				}
				if len(a.Edges) > size {
					t.Fatalf("page %d: %d actors, more than first=%d", pages, len(a.Edges), size)
				}
				for _, e := range a.Edges {
					got = append(got, graph.ID(e.Node.ID))
				}
				if n := len(a.Edges); n > 0 && (a.PageInfo.EndCursor == nil || *a.PageInfo.EndCursor != a.Edges[n-1].Cursor) {
					t.Errorf("page %d: endCursor %v is not the last edge's cursor %q", pages, a.PageInfo.EndCursor, a.Edges[n-1].Cursor)
				}
				if !a.PageInfo.HasNextPage {
					break
				}
				after = *a.PageInfo.EndCursor
			}
			if !slices.Equal(got, want) {
				t.Errorf("pages gave %v, want every actor once in ID order %v", got, want)
			}
		})
	}
}

func TestActorStatementsPage(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($name: String, $after: String) { actors(filter: {name: $name}) { edges { node {
		statements(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			edges { node { id text speaker { name } article { title } } } } } } } }`
	type page struct {
		Actors struct {
			Edges []struct {
				Node struct {
					Statements struct {
						TotalCount int
						PageInfo   struct {
							HasNextPage bool
							EndCursor   *string
						}
						Edges []struct {
							Node struct {
								ID, Text string
								Speaker  struct{ Name string }
								Article  struct{ Title string }
							}
						}
					}
				}
			}
		}
	}
	var texts, titles []string
	var after any
	for i := 0; i < 3; i++ {
		var data page
		mustData(t, srv, q, map[string]any{"name": "Zelenskyy", "after": after}, &data)
		if len(data.Actors.Edges) != 1 {
			t.Fatalf("want one Zelensky, got %d", len(data.Actors.Edges))
		}
		st := data.Actors.Edges[0].Node.Statements
		if st.TotalCount != 2 {
			t.Errorf("totalCount = %d, want 2 (one statement per article)", st.TotalCount)
		}
		for _, e := range st.Edges {
			if e.Node.Speaker.Name != "Volodymyr Zelensky" {
				t.Errorf("statement %s: speaker %q", e.Node.ID, e.Node.Speaker.Name)
			}
			texts = append(texts, e.Node.Text)
			titles = append(titles, e.Node.Article.Title)
		}
		if !st.PageInfo.HasNextPage {
			break
		}
		after = *st.PageInfo.EndCursor
	}
	sort.Strings(texts)
	if want := []string{quote3, quote1}; !slices.Equal(texts, want) { // sorted
		t.Errorf("Zelensky's statements = %q, want %q", texts, want)
	}
	sort.Strings(titles)
	if want := []string{"Zelensky holds phone conversation with U.S. envoy", "Zelensky rules out giving up land"}; !slices.Equal(titles, want) {
		t.Errorf("their articles = %q, want %q", titles, want)
	}
}

type subgraph struct {
	Neighborhood struct {
		Truncated bool
		Nodes     []struct {
			Typename string `json:"__typename"`
			ID       string
		}
		Edges []struct {
			ID, Source, Target, Class string
			Verb                      *string
			Support                   int
			FirstSeen, LastSeen       *string
			SourceNode                struct{ ID string }
			Evidence                  []struct {
				Article    struct{ ID string }
				Sentence   string
				Start, End int
			}
		}
	}
}

func TestNeighborhood(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { truncated
		nodes { __typename id }
		edges { id source target class verb support firstSeen lastSeen sourceNode { id }
			evidence { article { id } sentence start end } } } }`
	tests := []struct {
		name  string
		root  graph.ID
		depth int
		want  []graph.ID // every node of the result
	}{
		{"Zelensky depth 1", f.zelensky, 1, []graph.ID{f.zelensky, f.witkoff, f.ukraine, f.call,
			f.statements[quote1], f.statements[quote3]}},
		{"Zelensky depth 2", f.zelensky, 2, []graph.ID{f.zelensky, f.witkoff, f.ukraine, f.call, f.usa, f.plan,
			f.statements[quote1], f.statements[quote3]}},
		{"Peskov depth 1", f.peskov, 1, []graph.ID{f.peskov, f.kremlin, f.statements[quote2]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data subgraph
			mustData(t, srv, q, map[string]any{"id": tt.root, "depth": tt.depth}, &data)
			n := data.Neighborhood
			if len(n.Nodes) == 0 || n.Nodes[0].ID != string(tt.root) {
				t.Fatalf("nodes do not start with the root %s: %+v", tt.root, n.Nodes)
			}
			var got []graph.ID
			in := map[string]bool{}
			for _, node := range n.Nodes {
				got = append(got, graph.ID(node.ID))
				in[node.ID] = true
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("nodes = %v, want %v", got, want)
			}
			if n.Truncated {
				t.Error("truncated, with no limit reached")
			}
			texts := map[graph.ID]string{f.articles[0]: text1, f.articles[1]: text2}
			for _, e := range n.Edges {
				if !in[e.Source] || !in[e.Target] {
					t.Errorf("edge %s %s→%s leaves the subgraph", e.Class, e.Source, e.Target)
				}
				if e.SourceNode.ID != e.Source {
					t.Errorf("edge %s: sourceNode %s, source %s", e.ID, e.SourceNode.ID, e.Source)
				}
				if len(e.Evidence) == 0 {
					t.Errorf("edge %s has no evidence", e.ID)
				}
				for _, ev := range e.Evidence {
					text := texts[graph.ID(ev.Article.ID)]
					if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence {
						t.Errorf("edge %s: evidence [%d:%d] of %s is not %q", e.ID, ev.Start, ev.End, ev.Article.ID, ev.Sentence)
					}
				}
			}
		})
	}

	t.Run("relation seen twice", func(t *testing.T) {
		var data subgraph
		mustData(t, srv, q, map[string]any{"id": f.witkoff, "depth": 1}, &data)
		consult := graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)
		for _, e := range data.Neighborhood.Edges {
			if e.ID != string(consult) {
				continue
			}
			if e.Support != 2 || len(e.Evidence) != 2 || *e.FirstSeen != "2025-12-25" || *e.LastSeen != "2025-12-28" {
				t.Errorf("CONSULT edge = support %d, %d pieces of evidence, seen %v..%v; want 2, 2, 2025-12-25..2025-12-28",
					e.Support, len(e.Evidence), *e.FirstSeen, *e.LastSeen)
			}
			if e.Verb == nil || *e.Verb != "held a phone conversation with" {
				t.Errorf("CONSULT verb = %v", e.Verb)
			}
			return
		}
		t.Errorf("Witkoff's neighbourhood lacks the CONSULT edge %s", consult)
	})

	t.Run("limited", func(t *testing.T) {
		srv := f.server(t, resolvers.Options{MaxNodes: 3})
		var data subgraph
		mustData(t, srv, q, map[string]any{"id": f.zelensky, "depth": 2}, &data)
		if !data.Neighborhood.Truncated || len(data.Neighborhood.Nodes) > 3 {
			t.Errorf("with MaxNodes 3: %d nodes, truncated %v; want at most 3, truncated", len(data.Neighborhood.Nodes), data.Neighborhood.Truncated)
		}
	})
}

func TestErrorsCarryCodes(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	var first actorPage
	mustData(t, srv, `{ actors(first: 1) { pageInfo { endCursor } } }`, nil, &first)
	actorCursor := *first.Actors.PageInfo.EndCursor

	tests := []struct {
		name  string
		query string
		vars  map[string]any
		code  string
		msg   string // part of the message
	}{
		{"malformed id", `{ node(id: "robert'); DROP TABLE") { id } }`, nil, "INVALID_ARGUMENT", "not a newsgraph ID"},
		{"id of no known kind", `{ node(id: "usr_1234") { id } }`, nil, "INVALID_ARGUMENT", "usr_1234"},
		{"empty id", `{ node(id: "") { id } }`, nil, "INVALID_ARGUMENT", "not a newsgraph ID"},
		{"first too large", `{ actors(first: 501) { totalCount } }`, nil, "INVALID_ARGUMENT", "between 0 and 500"},
		{"negative first", `{ actors(first: -1) { totalCount } }`, nil, "INVALID_ARGUMENT", "got -1"},
		{"cursor not base64", `{ actors(after: "!!!") { totalCount } }`, nil, "INVALID_ARGUMENT", "not a cursor"},
		{"cursor of made-up content", `query($c: String) { actors(after: $c) { totalCount } }`,
			map[string]any{"c": "djI6YWN0b3JzOng"}, "INVALID_ARGUMENT", "not a cursor"},
		{"cursor of another list", `query($id: ID!, $c: String) { node(id: $id) { ... on Actor { statements(after: $c) { totalCount } } } }`,
			map[string]any{"id": f.zelensky, "c": actorCursor}, "INVALID_ARGUMENT", "another list"},
		{"filter without letters", `{ actors(filter: {name: "--"}) { totalCount } }`, nil, "INVALID_ARGUMENT", "filter.name"},
		{"depth too large", `query($id: ID!) { neighborhood(id: $id, depth: 4) { truncated } }`,
			map[string]any{"id": f.zelensky}, "INVALID_ARGUMENT", "between 1 and 3"},
		{"depth zero", `query($id: ID!) { neighborhood(id: $id, depth: 0) { truncated } }`,
			map[string]any{"id": f.zelensky}, "INVALID_ARGUMENT", "got 0"},
		{"neighborhood of unknown node", `query($id: ID!) { neighborhood(id: $id) { truncated } }`,
			map[string]any{"id": graph.ActorID("Vladimir Putin")}, "NOT_FOUND", string(graph.ActorID("Vladimir Putin"))},
		{"neighborhood of a relation", `query($id: ID!) { neighborhood(id: $id) { truncated } }`,
			map[string]any{"id": graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)}, "INVALID_ARGUMENT", "is a relation"},
		{"path from an unknown node", `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length } }`,
			map[string]any{"a": graph.ActorID("Vladimir Putin"), "b": f.zelensky}, "NOT_FOUND", `node "` + string(graph.ActorID("Vladimir Putin")) + `" not found`},
		{"unknown export format", `{ export(format: "xml") { text } }`, nil, "INVALID_ARGUMENT", `format: unknown export format "xml"`},
		{"unknown field", `{ actors { bogus } }`, nil, "GRAPHQL_VALIDATION_FAILED", "bogus"},
		{"syntax error", `{ actors( }`, nil, "GRAPHQL_PARSE_FAILED", ""},
		{"over the complexity limit", `{ actors(first: 500) { edges { node { statements(first: 500) { edges { node { text } } } } } } }`,
			nil, "LIMIT_EXCEEDED", "complexity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, tt.query, tt.vars)
			if len(r.Errors) != 1 {
				t.Fatalf("got errors %+v (data %s), want one %s", r.Errors, r.Data, tt.code)
			}
			e := r.Errors[0]
			if e.code() != tt.code || !strings.Contains(e.Message, tt.msg) {
				t.Errorf("error = %q (code %s), want code %s and a message with %q", e.Message, e.code(), tt.code, tt.msg)
			}
			// The path names the field; the message names the input,
			// not the Go function ("resolvers.node: ", "graph.ShortestPath: ").
			if m := goOperation.FindString(e.Message); m != "" {
				t.Errorf("error = %q names the Go operation %q", e.Message, m)
			}
		})
	}
}

// goOperation matches the Go operation packages put before their
// messages for logs: "store.AddAlias: ", "resolvers.node: ".
var goOperation = regexp.MustCompile(`\b(graph|store|pgstore|resolvers|ingest|extract|export)\.[A-Za-z]+: `)

func TestGETAnswersQueries(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	q := url.Values{"query": {`{ actors(filter: {name: "zelenskyy"}) { totalCount } }`}}
	resp, err := http.Get(srv.URL + "/graphql?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	r := decode(t, resp)
	if r.Status != http.StatusOK || string(r.Data) != `{"actors":{"totalCount":1}}` {
		t.Errorf("GET: status %d, data %s, errors %+v", r.Status, r.Data, r.Errors)
	}
}
