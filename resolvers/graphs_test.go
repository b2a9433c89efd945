package resolvers_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

func TestSearchForgivesSpelling(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($q: String!, $kinds: [NodeKind!]) { search(query: $q, kinds: $kinds, first: 5) {
		score field matched node { __typename id } } }`
	tests := []struct {
		query string
		kinds []string
		top   graph.ID // the best hit
		field string
		exact bool // the top hit scores 1
	}{
		{"Volodymyr Zelensky", nil, f.zelensky, "name", true},
		{"zelenskyy", nil, f.zelensky, "alias", false},
		{"ZELENSKIY", nil, f.zelensky, "alias", false},
		{"Зеленский", nil, f.zelensky, "alias", false},
		{"Зеленський", nil, f.zelensky, "alias", false},
		{"Witkof", nil, f.witkoff, "name", false}, // a typo
		{"kreml", nil, f.kremlin, "name", false},  // search as you type
		{"the peace plan", nil, f.plan, "name", true},
		{"peace plan", []string{"STATEMENT"}, f.statements[quote1], "text", false},
		{"give up land", nil, f.statements[quote3], "text", false},
		{"rules out", []string{"ARTICLE"}, f.articles[1], "title", false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			data := query(t, srv, q, map[string]any{"q": tt.query, "kinds": tt.kinds})
			got := pluck(data, "search.*.node.id")
			if len(got) == 0 || got[0] != string(tt.top) {
				t.Fatalf("search %q = %v, want %s first", tt.query, got, tt.top)
			}
			if field := pluck(data, "search.*.field")[0]; field != tt.field {
				t.Errorf("search %q matched the %s, want the %s", tt.query, field, tt.field)
			}
			var scores []float64
			for _, s := range pluck(data, "search.*.score") {
				x, _ := strconv.ParseFloat(s, 64)
				scores = append(scores, x)
			}
			for i := 1; i < len(scores); i++ {
				if scores[i] > scores[i-1] {
					t.Errorf("scores are not best first: %v", scores)
				}
			}
			if (scores[0] == 1) != tt.exact || scores[0] > 1 || scores[len(scores)-1] <= 0 {
				t.Errorf("scores %v: top should be 1 only for an exact match (%v)", scores, tt.exact)
			}
			for _, k := range tt.kinds {
				for _, typ := range pluck(data, "search.*.node.__typename") {
					if !strings.EqualFold(typ, k) {
						t.Errorf("search in %v found a %s", tt.kinds, typ)
					}
				}
			}
		})
	}
	data := query(t, srv, q, map[string]any{"q": "Putin"})
	if got := pluck(data, "search.*.node.id"); len(got) != 0 {
		t.Errorf("search Putin = %v, want nothing", got)
	}
	failing(t, srv, q, map[string]any{"q": " ?! "}, "INVALID_ARGUMENT", "no letters")
}

func TestNeighborhoodArguments(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($id: ID!, $depth: Int, $classes: [EdgeClass!], $dir: Direction, $limit: Int, $maxNodes: Int, $maxEdges: Int, $since: String, $until: String) {
		neighborhood(id: $id, depth: $depth, classes: $classes, direction: $dir, limitPerHop: $limit, maxNodes: $maxNodes, maxEdges: $maxEdges, since: $since, until: $until) {
			truncated nodes { id } edges { class } } }`
	tests := []struct {
		name      string
		vars      map[string]any
		want      []graph.ID
		truncated bool
	}{
		{"one class", map[string]any{"id": f.zelensky, "classes": []string{"CONSULT"}}, []graph.ID{f.zelensky, f.witkoff}, false},
		{"outgoing only", map[string]any{"id": f.witkoff, "classes": []string{"ROLE"}, "dir": "OUT"}, []graph.ID{f.witkoff, f.usa}, false},
		{"incoming only", map[string]any{"id": f.ukraine, "dir": "IN"}, []graph.ID{f.ukraine, f.zelensky}, false},
		{"nothing comes in", map[string]any{"id": f.zelensky, "dir": "IN", "classes": []string{"ROLE"}}, []graph.ID{f.zelensky}, false},
		{"since", map[string]any{"id": f.zelensky, "since": "2025-12-27"}, []graph.ID{f.zelensky, f.witkoff, f.statements[quote3]}, false},
		{"until", map[string]any{"id": f.zelensky, "until": "2025-12-25", "classes": []string{"STATED"}}, []graph.ID{f.zelensky, f.statements[quote1]}, false},
		{"two hops of roles and talks", map[string]any{"id": f.ukraine, "depth": 3, "classes": []string{"ROLE", "CONSULT"}},
			[]graph.ID{f.ukraine, f.zelensky, f.witkoff, f.usa}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := query(t, srv, q, tt.vars)
			if got, want := sorted(pluck(data, "neighborhood.nodes.*.id")), sorted(ids(tt.want...)); !slices.Equal(got, want) {
				t.Errorf("nodes = %v, want %v", got, want)
			}
			if got := pluck(data, "neighborhood.truncated")[0]; got != fmt.Sprint(tt.truncated) {
				t.Errorf("truncated = %s", got)
			}
		})
	}
	// Witkoff is Zelensky's strongest neighbour: they talked in both
	// articles; every other relation of Zelensky's has one.
	for _, cut := range []map[string]any{
		{"id": f.zelensky, "limit": 1},
		{"id": f.zelensky, "maxNodes": 2},
	} {
		data := query(t, srv, q, cut)
		if got, want := sorted(pluck(data, "neighborhood.nodes.*.id")), sorted(ids(f.zelensky, f.witkoff)); !slices.Equal(got, want) || pluck(data, "neighborhood.truncated")[0] != "true" {
			t.Errorf("%v: nodes %v, truncated %v; want %v, truncated", cut, got, pluck(data, "neighborhood.truncated"), want)
		}
	}
	t.Run("max edges", func(t *testing.T) {
		all := query(t, srv, q, map[string]any{"id": f.zelensky, "depth": 2})
		cut := query(t, srv, q, map[string]any{"id": f.zelensky, "depth": 2, "maxEdges": 3})
		if n := len(pluck(all, "neighborhood.edges.*.class")); n <= 3 {
			t.Fatalf("the depth-2 neighbourhood has %d edges; the test needs more than 3", n)
		}
		if got := pluck(cut, "neighborhood.edges.*.class"); len(got) != 3 || pluck(cut, "neighborhood.truncated")[0] != "true" {
			t.Errorf("maxEdges 3: edges %v, truncated %v", got, pluck(cut, "neighborhood.truncated"))
		}
		if a, b := pluck(all, "neighborhood.nodes.*.id"), pluck(cut, "neighborhood.nodes.*.id"); !slices.Equal(a, b) {
			t.Errorf("maxEdges changed the nodes: %v, then %v", a, b)
		}
	})
	failing(t, srv, q, map[string]any{"id": f.zelensky, "limit": -1}, "INVALID_ARGUMENT", "limitPerHop")
	failing(t, srv, q, map[string]any{"id": f.zelensky, "maxNodes": 0}, "INVALID_ARGUMENT", "maxNodes")
	failing(t, srv, q, map[string]any{"id": f.zelensky, "maxEdges": 5001}, "INVALID_ARGUMENT", "maxEdges")
	failing(t, srv, q, map[string]any{"id": f.zelensky, "since": "soon"}, "INVALID_ARGUMENT", "since")
}

func TestShortestPath(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($from: ID!, $to: ID!, $classes: [EdgeClass!], $dir: Direction, $max: Int, $since: String) {
		shortestPath(from: $from, to: $to, classes: $classes, direction: $dir, maxDepth: $max, since: $since) {
			length nodes { id } edges { class source target } } }`
	tests := []struct {
		name string
		vars map[string]any
		want []graph.ID // nil: no path
	}{
		{"across an envoy", map[string]any{"from": f.ukraine, "to": f.usa}, []graph.ID{f.ukraine, f.zelensky, f.witkoff, f.usa}},
		{"too far for maxDepth", map[string]any{"from": f.ukraine, "to": f.usa, "max": 2}, nil},
		{"against a role's direction", map[string]any{"from": f.ukraine, "to": f.usa, "dir": "OUT"}, nil},
		{"with the roles' direction", map[string]any{"from": f.zelensky, "to": f.usa, "dir": "OUT"}, []graph.ID{f.zelensky, f.witkoff, f.usa}},
		{"only roles", map[string]any{"from": f.ukraine, "to": f.usa, "classes": []string{"ROLE"}}, nil},
		{"through a statement", map[string]any{"from": f.plan, "to": f.witkoff, "max": 6},
			[]graph.ID{f.plan, f.statements[quote1], f.zelensky, f.witkoff}},
		{"period of the second article", map[string]any{"from": f.statements[quote3], "to": f.witkoff, "since": "2025-12-27"},
			[]graph.ID{f.statements[quote3], f.zelensky, f.witkoff}},
		{"disconnected", map[string]any{"from": f.peskov, "to": f.zelensky, "max": 6}, nil},
		{"to itself", map[string]any{"from": f.peskov, "to": f.peskov}, []graph.ID{f.peskov}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := query(t, srv, q, tt.vars)
			if tt.want == nil {
				if data["shortestPath"] != nil {
					t.Errorf("path %v, want none", data["shortestPath"])
				}
				return
			}
			if got := pluck(data, "shortestPath.nodes.*.id"); !slices.Equal(got, ids(tt.want...)) {
				t.Errorf("path = %v, want %v", got, ids(tt.want...))
			}
			if got := pluck(data, "shortestPath.length")[0]; got != fmt.Sprint(len(tt.want)-1) {
				t.Errorf("length = %s, want %d", got, len(tt.want)-1)
			}
			nodes := pluck(data, "shortestPath.nodes.*.id")
			src, dst := pluck(data, "shortestPath.edges.*.source"), pluck(data, "shortestPath.edges.*.target")
			for i := range src {
				a, b := nodes[i], nodes[i+1]
				if !(src[i] == a && dst[i] == b) && !(src[i] == b && dst[i] == a) {
					t.Errorf("edge %d (%s→%s) does not join %s and %s", i, src[i], dst[i], a, b)
				}
			}
		})
	}
	failing(t, srv, q, map[string]any{"from": f.peskov, "to": f.zelensky, "max": 7}, "INVALID_ARGUMENT", "between 1 and 6")
	failing(t, srv, q, map[string]any{"from": f.peskov, "to": graph.ActorID("Nobody")}, "NOT_FOUND", string(graph.ActorID("Nobody")))
	failing(t, srv, q, map[string]any{"from": graph.EdgeID(f.zelensky, graph.Consult, f.witkoff), "to": f.zelensky}, "INVALID_ARGUMENT", "is a relation")
}

func TestTimeline(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($id: ID!, $dir: OrderDirection, $since: String, $classes: [EdgeClass!], $first: Int, $after: String) {
		timeline(id: $id, direction: $dir, since: $since, classes: $classes, first: $first, after: $after) {
			totalCount pageInfo { hasNextPage endCursor }
			edges { node { date relation { class } evidence { sentence article { id } } other { id } } } } }`
	data := query(t, srv, q, map[string]any{"id": f.zelensky})
	dates := pluck(data, "timeline.edges.*.node.date")
	// Zelensky: CONSULT (twice), ROLE, STATED and PARTICIPATED_IN in the
	// first article; STATED in the second.
	if want := []string{"2025-12-25", "2025-12-25", "2025-12-25", "2025-12-25", "2025-12-28", "2025-12-28"}; !slices.Equal(dates, want) {
		t.Errorf("dates = %v, want %v", dates, want)
	}
	if got := pluck(data, "timeline.totalCount")[0]; got != "6" {
		t.Errorf("totalCount = %s, want 6", got)
	}
	others := pluck(data, "timeline.edges.*.node.other.id")
	for _, want := range ids(f.witkoff, f.ukraine, f.call, f.statements[quote1], f.statements[quote3]) {
		if !slices.Contains(others, want) {
			t.Errorf("timeline lacks an entry with %s at the other end: %v", want, others)
		}
	}

	newest := query(t, srv, q, map[string]any{"id": f.zelensky, "dir": "DESC", "first": 2})
	if got := pluck(newest, "timeline.edges.*.node.date"); !slices.Equal(got, []string{"2025-12-28", "2025-12-28"}) {
		t.Errorf("newest first = %v", got)
	}
	if got := sorted(pluck(newest, "timeline.edges.*.node.evidence.sentence")); !slices.Equal(got, sorted([]string{sentLand, sentAgain})) {
		t.Errorf("newest sentences = %q", got)
	}
	var all []string
	var after any
	for i := 0; i < 10; i++ {
		page := query(t, srv, q, map[string]any{"id": f.zelensky, "first": 4, "after": after})
		all = append(all, pluck(page, "timeline.edges.*.node.evidence.sentence")...)
		if pluck(page, "timeline.pageInfo.hasNextPage")[0] != "true" {
			break
		}
		after = pluck(page, "timeline.pageInfo.endCursor")[0]
	}
	if got, want := all, pluck(data, "timeline.edges.*.node.evidence.sentence"); !slices.Equal(got, want) {
		t.Errorf("pages of 4 = %q, one page = %q", got, want)
	}
	recent := query(t, srv, q, map[string]any{"id": f.zelensky, "since": "2025-12-26", "classes": []string{"STATED"}})
	if got := pluck(recent, "timeline.edges.*.node.other.id"); !slices.Equal(got, ids(f.statements[quote3])) {
		t.Errorf("recent statements = %v", got)
	}
	failing(t, srv, q, map[string]any{"id": graph.ActorID("Nobody")}, "NOT_FOUND", "")
}

func TestStats(t *testing.T) {
	f := newFixture(t)
	stored, err := f.db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	counts := func(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error) {
		s, err := f.db.Stats(ctx)
		return s.Nodes, s.Edges, err
	}
	const q = `{ stats { nodes relations articles byKind { kind count } byClass { class count } } }`
	for _, opts := range []resolvers.Options{{}, {Counts: counts}} {
		srv := f.server(t, opts)
		data := query(t, srv, q, nil)
		// 6 actors, 3 statements, 1 event, 1 object, 2 articles; 10 edges.
		if got := pluck(data, "stats.nodes")[0] + " " + pluck(data, "stats.relations")[0] + " " + pluck(data, "stats.articles")[0]; got != "13 10 2" {
			t.Errorf("stats (counts from the store: %v) = %s, want 13 10 2", opts.Counts != nil, got)
		}
		kinds, kc := pluck(data, "stats.byKind.*.kind"), pluck(data, "stats.byKind.*.count")
		for i, k := range kinds {
			if want := fmt.Sprint(stored.Nodes[graph.NodeKind(strings.ToLower(k))]); kc[i] != want {
				t.Errorf("%s: %s nodes, the store counts %s", k, kc[i], want)
			}
		}
		classes, cc := pluck(data, "stats.byClass.*.class"), pluck(data, "stats.byClass.*.count")
		if len(classes) != len(graph.EdgeClasses) {
			t.Errorf("byClass lists %d classes, want all %d", len(classes), len(graph.EdgeClasses))
		}
		for i, c := range classes {
			if want := fmt.Sprint(stored.Edges[graph.EdgeClass(c)]); cc[i] != want {
				t.Errorf("%s: %s relations, the store counts %s", c, cc[i], want)
			}
		}
	}
}

func TestQueryDepthLimit(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{MaxQueryDepth: 6})
	deep := `{ actors { edges { node { statements { edges { node { speaker { name } } } } } } } }`
	failing(t, srv, deep, nil, "LIMIT_EXCEEDED", "8 levels deep, more than the limit of 6")
	viaFragment := `fragment S on Actor { statements { edges { node { speaker { name } } } } } { actors { edges { node { ...S } } } }`
	failing(t, srv, viaFragment, nil, "LIMIT_EXCEEDED", "8 levels deep")
	query(t, srv, `{ actors { edges { node { statements { totalCount } } } } }`, nil)
	// Introspection nests deeply but is not counted.
	query(t, srv, `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`, nil)
}

// TestNeighborhoodEdgesFromLinks checks that a neighbourhood asked only
// for what the walk's links give (ends, class, support, modality, and
// evidence, loaded by ID) answers as one asked for the heads' fields
// too (verb, firstSeen, lastSeen), which loads the edges' heads.
func TestNeighborhoodEdgesFromLinks(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{ResponseCacheBytes: -1})
	const fields = `id source target sourceNode { id } class support modality evidence { sentence }`
	const q = `query($id: ID!) { neighborhood(id: $id, depth: 2) { edges { %s } } }`
	links := query(t, srv, fmt.Sprintf(q, fields), map[string]any{"id": f.zelensky})
	heads := query(t, srv, fmt.Sprintf(q, fields+" verb firstSeen lastSeen"), map[string]any{"id": f.zelensky})
	if n := len(pluck(links, "neighborhood.edges.*.id")); n < 5 {
		t.Fatalf("the neighbourhood has %d edges; the test needs more", n)
	}
	for _, field := range []string{"id", "source", "target", "sourceNode.id", "class", "support", "modality", "evidence.*.sentence"} {
		path := "neighborhood.edges.*." + field
		if a, b := pluck(links, path), pluck(heads, path); !slices.Equal(a, b) {
			t.Errorf("%s from the links: %v; with the heads: %v", field, a, b)
		}
	}
	if got := pluck(heads, "neighborhood.edges.*.firstSeen"); !slices.Contains(got, "2025-12-28") {
		t.Errorf("firstSeen with the heads: %v, want 2025-12-28 among them", got)
	}
	if got := pluck(heads, "neighborhood.edges.*.verb"); !slices.Contains(got, "held a phone conversation with") {
		t.Errorf("verb with the heads: %v", got)
	}
}
