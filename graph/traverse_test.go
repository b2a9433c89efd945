package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// memReader is a graph.Reader over maps, enough for traversals: it
// keeps the Adjacent order of the contract (class, then far end).
type memReader struct {
	nodes map[graph.ID]graph.Node
	edges map[graph.ID]graph.Edge
	// adjacent counts Adjacent calls, to check what a traversal reads.
	adjacent int
}

// newMemReader builds a graph from edges written "src CLASS dst date",
// where src and dst are short names of actor nodes ("a" is act_a) or
// of other kinds by their ID prefix ("art_x").
func newMemReader(t *testing.T, edges ...string) *memReader {
	t.Helper()
	r := &memReader{nodes: map[graph.ID]graph.Node{}, edges: map[graph.ID]graph.Edge{}}
	id := func(s string) graph.ID {
		if !strings.Contains(s, "_") {
			s = "act_" + s
		}
		id := graph.ID(s)
		k := graph.KindOfID(id)
		if k == "" {
			t.Fatalf("bad node name %q", s)
		}
		r.nodes[id] = graph.Node{ID: id, Kind: k, Label: s}
		return id
	}
	for _, line := range edges {
		f := strings.Fields(line)
		if len(f) < 3 {
			t.Fatalf("bad edge %q", line)
		}
		s, c, d := id(f[0]), graph.EdgeClass(f[1]), id(f[2])
		s, d = graph.Orient(s, c, d)
		e := graph.Edge{ID: graph.EdgeID(s, c, d), Source: s, Target: d, Class: c}
		for _, date := range f[3:] {
			e.Evidence = append(e.Evidence, graph.Evidence{Article: "art_" + graph.ID(date), Date: date})
		}
		r.edges[e.ID] = e
	}
	return r
}

func (r *memReader) Node(_ context.Context, id graph.ID) (graph.Node, error) {
	n, ok := r.nodes[id]
	if !ok {
		return n, graph.Errorf("mem.Node", graph.NotFound, "node %q not found", id)
	}
	return n, nil
}

func (r *memReader) Nodes(_ context.Context, ids []graph.ID) ([]graph.Node, error) {
	var out []graph.Node
	for _, id := range ids {
		if n, ok := r.nodes[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

func (r *memReader) Edge(_ context.Context, id graph.ID) (graph.Edge, error) {
	e, ok := r.edges[id]
	if !ok {
		return e, graph.Errorf("mem.Edge", graph.NotFound, "edge %q not found", id)
	}
	return e, nil
}

func (r *memReader) Edges(_ context.Context, ids []graph.ID) ([]graph.Edge, error) {
	var out []graph.Edge
	for _, id := range ids {
		if e, ok := r.edges[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}

func (r *memReader) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.adjacent++
	var out []graph.Link
	for _, e := range r.edges {
		if len(classes) > 0 && !slices.Contains(classes, e.Class) {
			continue
		}
		if e.Source == id && dir != graph.In {
			out = append(out, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Target, Outgoing: true})
		}
		if e.Target == id && dir != graph.Out {
			out = append(out, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Source})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Class != out[j].Class {
			return out[i].Class < out[j].Class
		}
		return out[i].Other < out[j].Other
	})
	return out, nil
}

func (r *memReader) ScanNodes(context.Context, graph.NodeKind, graph.ID, func(graph.Node) error) error {
	panic("not used by traversals")
}

func (r *memReader) ScanEdges(context.Context, graph.ID, func(graph.Edge) error) error {
	panic("not used by traversals")
}

func (r *memReader) Lookup(context.Context, string) ([]graph.ID, error) {
	panic("not used by traversals")
}

func (r *memReader) ArticleText(context.Context, graph.ID) (string, error) {
	panic("not used by traversals")
}

// short writes a subgraph as sorted node names ("a", "art_x") and edges
// ("a SUPPORT b").
func short(sub *graph.Subgraph) (nodes, edges []string) {
	name := func(id graph.ID) string { return strings.TrimPrefix(string(id), "act_") }
	for _, n := range sub.Nodes {
		nodes = append(nodes, name(n.ID))
	}
	for _, e := range sub.Edges {
		edges = append(edges, name(e.Source)+" "+string(e.Class)+" "+name(e.Target))
	}
	slices.Sort(nodes)
	slices.Sort(edges)
	return nodes, edges
}

// The test graph: a chain a→b→c→d of SUPPORT, a CONSULT e (symmetric),
// f ACCUSE a (into a), b ACCUSE e (between two neighbours of a), and an
// article mentioning a, b, c, d and e.
var testEdges = []string{
	"a SUPPORT b 2025-01-01",
	"b SUPPORT c 2025-02-01",
	"c SUPPORT d 2025-03-01",
	"e CONSULT a 2025-01-15 2025-04-01",
	"f ACCUSE a 2025-05-01",
	"b ACCUSE e 2025-01-20",
	"art_x MENTIONS a 2025-01-01",
	"art_x MENTIONS b 2025-01-01",
	"art_x MENTIONS c 2025-01-01",
	"art_x MENTIONS d 2025-01-01",
	"art_x MENTIONS e 2025-01-01",
}

func TestNeighborhood(t *testing.T) {
	r := newMemReader(t, testEdges...)
	noArticle := []graph.EdgeClass{graph.Support, graph.Consult, graph.Accuse}
	tests := []struct {
		name      string
		roots     []string
		opt       graph.TraverseOptions
		nodes     []string
		edges     []string
		truncated bool
	}{
		{
			name:  "depth 0 is the root alone",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Direction: graph.Both},
			nodes: []string{"a"},
		},
		{
			name:  "depth 0 keeps edges among roots",
			roots: []string{"a", "b", "c"},
			opt:   graph.TraverseOptions{Direction: graph.Both, Classes: noArticle},
			nodes: []string{"a", "b", "c"},
			edges: []string{"a SUPPORT b", "b SUPPORT c"},
		},
		{
			name:  "out follows outgoing and symmetric edges",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 1, Direction: graph.Out, Classes: noArticle},
			nodes: []string{"a", "b", "e"},
			edges: []string{"a CONSULT e", "a SUPPORT b", "b ACCUSE e"},
		},
		{
			name:  "in follows incoming and symmetric edges",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 1, Direction: graph.In, Classes: noArticle},
			nodes: []string{"a", "e", "f"},
			edges: []string{"a CONSULT e", "f ACCUSE a"},
		},
		{
			name:  "both directions, with the edge between two neighbours",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 1, Direction: graph.Both, Classes: noArticle},
			nodes: []string{"a", "b", "e", "f"},
			edges: []string{"a CONSULT e", "a SUPPORT b", "b ACCUSE e", "f ACCUSE a"},
		},
		{
			name:  "depth 3 along the chain",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 3, Direction: graph.Out, Classes: []graph.EdgeClass{graph.Support}},
			nodes: []string{"a", "b", "c", "d"},
			edges: []string{"a SUPPORT b", "b SUPPORT c", "c SUPPORT d"},
		},
		{
			name:  "in from the end of the chain",
			roots: []string{"d"},
			opt:   graph.TraverseOptions{Depth: 2, Direction: graph.In, Classes: []graph.EdgeClass{graph.Support}},
			nodes: []string{"b", "c", "d"},
			edges: []string{"b SUPPORT c", "c SUPPORT d"},
		},
		{
			name:  "through the article",
			roots: []string{"d"},
			opt:   graph.TraverseOptions{Depth: 2, Direction: graph.Both, Classes: []graph.EdgeClass{graph.Mentions}},
			nodes: []string{"a", "art_x", "b", "c", "d", "e"},
			edges: []string{"art_x MENTIONS a", "art_x MENTIONS b", "art_x MENTIONS c", "art_x MENTIONS d", "art_x MENTIONS e"},
		},
		{
			name:      "limit per hop cuts new nodes and says so",
			roots:     []string{"art_x"},
			opt:       graph.TraverseOptions{Depth: 1, Direction: graph.Both, LimitPerHop: 2, Classes: []graph.EdgeClass{graph.Mentions, graph.Support}},
			nodes:     []string{"a", "art_x", "b"},
			edges:     []string{"a SUPPORT b", "art_x MENTIONS a", "art_x MENTIONS b"},
			truncated: true,
		},
		{
			name:  "limit per hop never cuts edges to nodes already reached",
			roots: []string{"a", "b", "c"},
			opt:   graph.TraverseOptions{Depth: 1, Direction: graph.Out, LimitPerHop: 1, Classes: []graph.EdgeClass{graph.Support}},
			nodes: []string{"a", "b", "c", "d"},
			edges: []string{"a SUPPORT b", "b SUPPORT c", "c SUPPORT d"},
		},
		{
			name:      "max nodes",
			roots:     []string{"a"},
			opt:       graph.TraverseOptions{Depth: 5, Direction: graph.Out, MaxNodes: 3, Classes: []graph.EdgeClass{graph.Support}},
			nodes:     []string{"a", "b", "c"},
			edges:     []string{"a SUPPORT b", "b SUPPORT c"},
			truncated: true,
		},
		{
			name:  "a limit that is not reached does not truncate",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 5, Direction: graph.Out, MaxNodes: 4, LimitPerHop: 1, Classes: []graph.EdgeClass{graph.Support}},
			nodes: []string{"a", "b", "c", "d"},
			edges: []string{"a SUPPORT b", "b SUPPORT c", "c SUPPORT d"},
		},
		{
			name:  "since drops edges only seen before",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 2, Direction: graph.Both, Since: "2025-02-01", Classes: noArticle},
			nodes: []string{"a", "e", "f"},
			edges: []string{"a CONSULT e", "f ACCUSE a"},
		},
		{
			name:  "until drops edges only seen after",
			roots: []string{"a"},
			opt:   graph.TraverseOptions{Depth: 3, Direction: graph.Both, Until: "2025-01-31", Classes: noArticle},
			nodes: []string{"a", "b", "e"},
			edges: []string{"a CONSULT e", "a SUPPORT b", "b ACCUSE e"},
		},
		{
			name:  "a one-day period",
			roots: []string{"b"},
			opt:   graph.TraverseOptions{Depth: 3, Direction: graph.Both, Since: "2025-02-01", Until: "2025-02-01"},
			nodes: []string{"b", "c"},
			edges: []string{"b SUPPORT c"},
		},
		{
			name:  "repeated roots count once",
			roots: []string{"c", "c"},
			opt:   graph.TraverseOptions{Depth: 1, Direction: graph.Out, Classes: []graph.EdgeClass{graph.Support}},
			nodes: []string{"c", "d"},
			edges: []string{"c SUPPORT d"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var roots []graph.ID
			for _, s := range tt.roots {
				if !strings.Contains(s, "_") {
					s = "act_" + s
				}
				roots = append(roots, graph.ID(s))
			}
			sub, err := graph.Neighborhood(context.Background(), r, roots, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			nodes, edges := short(sub)
			if !slices.Equal(nodes, tt.nodes) {
				t.Errorf("nodes %q, want %q", nodes, tt.nodes)
			}
			if !slices.Equal(edges, tt.edges) {
				t.Errorf("edges %q, want %q", edges, tt.edges)
			}
			if sub.Truncated != tt.truncated {
				t.Errorf("truncated %v, want %v", sub.Truncated, tt.truncated)
			}
			if len(sub.Distance) != len(sub.Nodes) {
				t.Errorf("%d distances for %d nodes", len(sub.Distance), len(sub.Nodes))
			}
			for _, n := range sub.Nodes {
				if d, ok := sub.Distance[n.ID]; !ok || d > tt.opt.Depth {
					t.Errorf("node %s at distance %d (known %v), depth %d", n.ID, d, ok, tt.opt.Depth)
				}
			}
			for _, id := range roots {
				if sub.Distance[id] != 0 {
					t.Errorf("root %s at distance %d", id, sub.Distance[id])
				}
			}
			if !sort.SliceIsSorted(sub.Edges, func(i, j int) bool { return sub.Edges[i].ID < sub.Edges[j].ID }) {
				t.Error("edges are not in ID order")
			}
		})
	}
}

func TestNeighborhoodOrderAndDistance(t *testing.T) {
	r := newMemReader(t, testEdges...)
	sub, err := graph.Neighborhood(context.Background(), r, []graph.ID{"act_d"},
		graph.TraverseOptions{Depth: 2, Direction: graph.In, Classes: []graph.EdgeClass{graph.Support, graph.Mentions}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[graph.ID]int{"act_d": 0, "act_c": 1, "art_x": 1, "act_b": 2}
	if len(sub.Distance) != len(want) {
		t.Fatalf("distances %v, want %v", sub.Distance, want)
	}
	for id, d := range want {
		if sub.Distance[id] != d {
			t.Errorf("distance of %s is %d, want %d", id, sub.Distance[id], d)
		}
	}
	// Actors come before articles, each kind by ID.
	var order []graph.ID
	for _, n := range sub.Nodes {
		order = append(order, n.ID)
	}
	if !slices.Equal(order, []graph.ID{"act_b", "act_c", "act_d", "art_x"}) {
		t.Errorf("node order %v", order)
	}
	// Each node's adjacency is read once, for the walk or for the edges
	// among the nodes.
	if r.adjacent != 4 {
		t.Errorf("%d adjacency scans for 4 nodes", r.adjacent)
	}
}

func TestNeighborhoodErrors(t *testing.T) {
	r := newMemReader(t, testEdges...)
	ctx := context.Background()
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		roots []graph.ID
		opt   graph.TraverseOptions
		kind  graph.ErrorKind
		says  string
	}{
		{"no roots", ctx, nil, graph.TraverseOptions{}, graph.Invalid, "no roots"},
		{"unknown root", ctx, []graph.ID{"act_a", "act_zz"}, graph.TraverseOptions{}, graph.NotFound, `"act_zz"`},
		{"negative depth", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{Depth: -2}, graph.Invalid, "depth -2"},
		{"negative limit", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{LimitPerHop: -1}, graph.Invalid, "limitPerHop"},
		{"negative max nodes", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{MaxNodes: -1}, graph.Invalid, "maxNodes"},
		{"negative max edges", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{MaxEdges: -1}, graph.Invalid, "maxEdges"},
		{"unknown direction", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{Direction: 7}, graph.Invalid, "direction"},
		{"unknown class", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{Classes: []graph.EdgeClass{"consult"}}, graph.Invalid, `"consult"`},
		{"bad date", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{Since: "2025-02-30"}, graph.Invalid, `"2025-02-30"`},
		{"reversed period", ctx, []graph.ID{"act_a"}, graph.TraverseOptions{Since: "2025-03-01", Until: "2025-02-01"}, graph.Invalid, "after"},
		{"more roots than max nodes", ctx, []graph.ID{"act_a", "act_b"}, graph.TraverseOptions{MaxNodes: 1}, graph.LimitExceeded, "maxNodes"},
		{"cancelled", cancelled, []graph.ID{"act_a"}, graph.TraverseOptions{Depth: 2}, graph.Internal, "canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := graph.Neighborhood(tt.ctx, r, tt.roots, tt.opt)
			if err == nil {
				t.Fatalf("no error; got %d nodes", len(sub.Nodes))
			}
			if graph.KindOf(err) != tt.kind || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q (%v), want kind %v mentioning %s", err, graph.KindOf(err), tt.kind, tt.says)
			}
		})
	}
}

func TestSeenBetween(t *testing.T) {
	e := graph.Edge{Evidence: []graph.Evidence{{Date: "2025-01-10"}, {Date: ""}, {Date: "2025-03-01"}}}
	undated := graph.Edge{Evidence: []graph.Evidence{{Article: "art_1"}}}
	tests := []struct {
		edge         graph.Edge
		since, until string
		want         bool
	}{
		{e, "", "", true},
		{undated, "", "", true},
		{undated, "2000-01-01", "", false},
		{e, "2025-01-10", "2025-01-10", true},
		{e, "2025-01-11", "2025-02-28", false},
		{e, "2025-02-01", "", true},
		{e, "", "2025-01-09", false},
		{e, "2025-03-02", "", false},
	}
	for _, tt := range tests {
		if got := tt.edge.SeenBetween(tt.since, tt.until); got != tt.want {
			t.Errorf("SeenBetween(%q, %q) on %v = %v, want %v", tt.since, tt.until, tt.edge.Evidence, got, tt.want)
		}
	}
}

// headReader adds graph.EdgeHeadReader to a memReader: heads summarise
// the evidence instead of carrying it, as the store's do.
type headReader struct{ *memReader }

func (r headReader) EdgeHeads(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	edges, err := r.Edges(ctx, ids)
	for i, e := range edges {
		arts := map[graph.ID]bool{}
		for _, ev := range e.Evidence {
			arts[ev.Article] = true
			if e.First == "" || ev.Date < e.First {
				e.First = ev.Date
			}
			e.Last = max(e.Last, ev.Date)
		}
		e.Articles, e.Evidence = len(arts), nil
		edges[i] = e
	}
	return edges, err
}

func TestNeighborhoodKeepsTheStrongest(t *testing.T) {
	// h's links in Adjacent's order: ACCUSE x1, CONSULT x3, SUPPORT x1,
	// SUPPORT x2. The strongest link to x2 has 4 articles, to x1 and x3
	// 2 (ties by class: ACCUSE before CONSULT).
	edges := []string{
		"h ACCUSE x1 2025-01-01 2025-01-02",
		"h CONSULT x3 2025-01-01 2025-01-03",
		"h SUPPORT x1 2025-01-04",
		"h SUPPORT x2 2025-01-01 2025-01-02 2025-01-03 2025-01-04",
		"x2 SUPPORT y 2025-02-01",
		"x1 SUPPORT y 2025-02-01",
	}
	mem := newMemReader(t, edges...)
	tests := []struct {
		name  string
		r     graph.Reader
		opt   graph.TraverseOptions
		nodes []string
	}{
		{"per hop, by support", headReader{mem}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, LimitPerHop: 1}, []string{"h", "x2"}},
		{"per hop, two", headReader{mem}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, LimitPerHop: 2}, []string{"h", "x1", "x2"}},
		{"max nodes, by support", headReader{mem}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, MaxNodes: 2}, []string{"h", "x2"}},
		{"without heads, support from the edges", mem, graph.TraverseOptions{Depth: 1, Direction: graph.Both, LimitPerHop: 1}, []string{"h", "x2"}},
		{"second hop ranks too", headReader{mem}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, LimitPerHop: 1}, []string{"h", "x2", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := graph.Neighborhood(t.Context(), tt.r, []graph.ID{"act_h"}, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			nodes, _ := short(sub)
			if !slices.Equal(nodes, tt.nodes) || !sub.Truncated {
				t.Errorf("nodes %v (truncated %v), want %v (truncated)", nodes, sub.Truncated, tt.nodes)
			}
		})
	}
}

func TestNeighborhoodMaxEdges(t *testing.T) {
	r := headReader{newMemReader(t, testEdges...)}
	opt := graph.TraverseOptions{Depth: 1, Direction: graph.Both, Classes: []graph.EdgeClass{graph.Support, graph.Consult, graph.Accuse}}
	all, err := graph.Neighborhood(t.Context(), r, []graph.ID{"act_a"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Edges) != 4 || all.Truncated {
		t.Fatalf("without a cap: %d edges, truncated %v; want 4, false", len(all.Edges), all.Truncated)
	}
	for _, tt := range []struct {
		max   int
		edges []string
	}{
		// The edge between two neighbours goes first: every node keeps
		// the edge it was reached through.
		{3, []string{"a CONSULT e", "a SUPPORT b", "f ACCUSE a"}},
		// Then the best supported (CONSULT has two articles).
		{1, []string{"a CONSULT e"}},
		{4, []string{"a CONSULT e", "a SUPPORT b", "b ACCUSE e", "f ACCUSE a"}},
	} {
		opt.MaxEdges = tt.max
		sub, err := graph.Neighborhood(t.Context(), r, []graph.ID{"act_a"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		nodes, edges := short(sub)
		if !slices.Equal(edges, tt.edges) || sub.Truncated != (tt.max < 4) || len(nodes) != 4 {
			t.Errorf("maxEdges %d: nodes %v, edges %v, truncated %v; want 4 nodes, edges %v", tt.max, nodes, edges, sub.Truncated, tt.edges)
		}
		if !sort.SliceIsSorted(sub.Edges, func(i, j int) bool { return sub.Edges[i].ID < sub.Edges[j].ID }) {
			t.Errorf("maxEdges %d: edges are not in ID order", tt.max)
		}
	}
}

// amongReader adds graph.AmongAdjacencyReader to a countingHeads.
type amongReader struct{ countingHeads }

func (r amongReader) AdjacentAmong(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	if !slices.IsSorted(among) {
		return nil, graph.Errorf("amongReader", graph.Invalid, "among is not sorted")
	}
	out := map[graph.ID][]graph.Link{}
	for _, id := range ids {
		all, err := r.headReader.Adjacent(ctx, id, dir, classes)
		if err != nil {
			return nil, err
		}
		for _, l := range all {
			if _, ok := slices.BinarySearch(among, l.Other); ok {
				out[id] = append(out[id], l)
			}
		}
		*r.links += len(out[id])
	}
	return out, nil
}

// TestNeighborhoodReadsOnlyLinksThatCount checks that reading only the
// links among the result's nodes, once no node can be added, changes
// nothing in the result and reads fewer links.
func TestNeighborhoodReadsOnlyLinksThatCount(t *testing.T) {
	edges := append([]string{
		"art_y MENTIONS a 2025-01-01", "art_z MENTIONS a 2025-01-02", "art_y MENTIONS b 2025-01-01",
		"a ACCUSE b 2025-01-01 2025-01-05", "a SUPPORT c 2025-01-07 2025-01-08 2025-01-09",
	}, testEdges...)
	mem := newMemReader(t, edges...)
	saved := 0
	for _, opt := range []graph.TraverseOptions{
		{Depth: 1, Direction: graph.Both},
		{Depth: 2, Direction: graph.Both},
		{Depth: 1, Direction: graph.Both, Classes: []graph.EdgeClass{graph.Support, graph.Accuse, graph.Mentions}},
		{Depth: 2, Direction: graph.Both, MaxNodes: 3},
		{Depth: 2, Direction: graph.Out, MaxNodes: 4},
		{Depth: 2, Direction: graph.Both, LimitPerHop: 2},
		{Depth: 3, Direction: graph.In, MaxNodes: 2},
	} {
		var plain, kinded int
		// The reference: the same reader without AdjacentKinds.
		want, err := graph.Neighborhood(t.Context(), countingHeads{headReader{mem}, &plain}, []graph.ID{"act_a"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		got, err := graph.Neighborhood(t.Context(), amongReader{countingHeads{headReader{mem}, &kinded}}, []graph.ID{"act_a"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		wn, we := short(want)
		gn, ge := short(got)
		if !slices.Equal(wn, gn) || !slices.Equal(we, ge) || want.Truncated != got.Truncated {
			t.Errorf("%+v:\n got nodes %v edges %v truncated %v\nwant nodes %v edges %v truncated %v", opt, gn, ge, got.Truncated, wn, we, want.Truncated)
		}
		if kinded > plain {
			t.Errorf("%+v: %d links read among the nodes, %d without", opt, kinded, plain)
		}
		saved += plain - kinded
	}
	if saved == 0 {
		t.Error("reading among the nodes never read fewer links")
	}
}

// countingHeads is a headReader that counts the links it returns.
type countingHeads struct {
	headReader
	links *int
}

func (r countingHeads) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	links, err := r.headReader.Adjacent(ctx, id, dir, classes)
	*r.links += len(links)
	return links, err
}

// linkSupportReader gives each link its edge's support, as the store's
// adjacency does, has no EdgeHeads, and counts the edges it loads.
type linkSupportReader struct {
	*memReader
	loaded *int
}

func (r linkSupportReader) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	links, err := r.memReader.Adjacent(ctx, id, dir, classes)
	for i, l := range links {
		links[i].Support = r.edges[l.Edge].Support()
	}
	return links, err
}

func (r linkSupportReader) Edges(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	*r.loaded += len(ids)
	return r.memReader.Edges(ctx, ids)
}

// TestNeighborhoodRanksBySupportOfLinks checks that support carried by
// links ranks as heads do, and that edges over MaxEdges are then never
// loaded.
func TestNeighborhoodRanksBySupportOfLinks(t *testing.T) {
	edges := append([]string{
		"a ACCUSE b 2025-01-01 2025-01-05", "a SUPPORT c 2025-01-07 2025-01-08 2025-01-09",
		"c SUPPORT e 2025-02-01", "c ACCUSE f 2025-02-02 2025-02-03",
	}, testEdges...)
	mem := newMemReader(t, edges...)
	for _, opt := range []graph.TraverseOptions{
		{Depth: 1, Direction: graph.Both, LimitPerHop: 1},
		{Depth: 2, Direction: graph.Both, LimitPerHop: 2},
		{Depth: 2, Direction: graph.Both, MaxNodes: 3},
		{Depth: 2, Direction: graph.Both, MaxEdges: 3},
		{Depth: 1, Direction: graph.Both, MaxEdges: 1},
	} {
		want, err := graph.Neighborhood(t.Context(), headReader{mem}, []graph.ID{"act_a"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		loaded := 0
		got, err := graph.Neighborhood(t.Context(), linkSupportReader{mem, &loaded}, []graph.ID{"act_a"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		wn, we := short(want)
		gn, ge := short(got)
		if !slices.Equal(wn, gn) || !slices.Equal(we, ge) || want.Truncated != got.Truncated {
			t.Errorf("%+v:\n got nodes %v edges %v truncated %v\nwant nodes %v edges %v truncated %v", opt, gn, ge, got.Truncated, wn, we, want.Truncated)
		}
		if opt.MaxEdges > 0 && loaded > opt.MaxEdges {
			t.Errorf("%+v: %d edges loaded for a result of at most %d", opt, loaded, opt.MaxEdges)
		}
	}
}

// rankedReader serves a memReader's links strongest first
// (graph.RankedAdjacencyReader) and those among a set of nodes from
// their sources (graph.InducedReader), as the stores do; with trips set
// it says each call is a round trip (graph.RoundTripReader). It counts
// the calls of each.
type rankedReader struct {
	headReader
	trips           bool
	ranked, induced *int
}

func (r rankedReader) support(links []graph.Link) []graph.Link {
	for i, l := range links {
		links[i].Support = r.edges[l.Edge].Support()
	}
	return links
}

func (r rankedReader) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(graph.ID, graph.Link) bool) error {
	*r.ranked++
	for _, id := range ids {
		links, err := r.memReader.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			return err
		}
		links = r.support(links)
		slices.SortFunc(links, graph.CompareStrength)
		for _, l := range links {
			if !visit(id, l) {
				break
			}
		}
	}
	return nil
}

func (r rankedReader) LinksAmong(ctx context.Context, ids []graph.ID, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	*r.induced++
	out := map[graph.ID][]graph.Link{}
	for _, id := range ids {
		links, err := r.memReader.Adjacent(ctx, id, graph.Out, classes) // its stored out-links alone
		if err != nil {
			return nil, err
		}
		for _, l := range r.support(links) {
			if _, ok := slices.BinarySearch(among, l.Other); ok {
				out[id] = append(out[id], l)
			}
		}
	}
	return out, nil
}

func (r rankedReader) RoundTrips() bool { return r.trips }

// generatedEdges are edges among n actors (a0, a1, …), the first few
// in most, of several classes, symmetric ones among them, each with one
// to four articles of evidence, in newMemReader's form.
func generatedEdges(n, count int) []string {
	rng := rand.New(rand.NewPCG(7, 11))
	classes := []graph.EdgeClass{graph.Consult, graph.Accuse, graph.Support, graph.Agree}
	pick := func() int { u := rng.Float64(); return int(u * u * float64(n)) }
	var out []string
	for range count {
		a, b := pick(), pick()
		if a == b {
			continue
		}
		line := fmt.Sprintf("a%d %s a%d", a, classes[rng.IntN(len(classes))], b)
		for k := range 1 + rng.IntN(4) {
			line += fmt.Sprintf(" 2025-01-%02d", 1+k)
		}
		out = append(out, line)
	}
	return out
}

// TestNeighborhoodRankedAndInduced checks that a neighbourhood read
// strongest first, and among its nodes from their sources, is the one
// read from whole adjacencies, whether the walk among the nodes runs
// out of its budget or is skipped for a reader whose calls are round
// trips, and that such a reader's neighbourhood makes one LinksAmong
// call and walks no hop once the node cap is full and cut.
func TestNeighborhoodRankedAndInduced(t *testing.T) {
	mem := newMemReader(t, generatedEdges(40, 400)...)
	for _, opt := range []graph.TraverseOptions{
		{Depth: 2, Direction: graph.Both, MaxNodes: 12, MaxEdges: 20},
		{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 60},
		{Depth: 2, Direction: graph.Both, MaxNodes: 30, MaxEdges: 400},
		{Depth: 3, Direction: graph.Out, MaxNodes: 15, MaxEdges: 30},
		{Depth: 2, Direction: graph.Both, MaxNodes: 20},
		{Depth: 2, Direction: graph.In, LimitPerHop: 2, MaxEdges: 10},
		{Depth: 2, Direction: graph.Both, MaxNodes: 20, MaxEdges: 30, Classes: []graph.EdgeClass{graph.Consult, graph.Accuse}},
	} {
		want, err := graph.Neighborhood(t.Context(), headReader{mem}, []graph.ID{"act_a0"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		wn, we := short(want)
		for _, trips := range []bool{false, true} {
			var ranked, induced int
			got, err := graph.Neighborhood(t.Context(), rankedReader{headReader{mem}, trips, &ranked, &induced}, []graph.ID{"act_a0"}, opt)
			if err != nil {
				t.Fatal(err)
			}
			gn, ge := short(got)
			if !slices.Equal(wn, gn) || !slices.Equal(we, ge) || want.Truncated != got.Truncated {
				t.Errorf("%+v, round trips %v:\n got nodes %v edges %v truncated %v\nwant nodes %v edges %v truncated %v",
					opt, trips, gn, ge, got.Truncated, wn, we, want.Truncated)
			}
			if trips && opt.MaxEdges > 0 && induced != 1 {
				t.Errorf("%+v: %d LinksAmong calls for a round-trip reader, want 1", opt, induced)
			}
			if trips && opt.MaxEdges > 0 && opt.MaxNodes == 12 && ranked != 1 {
				t.Errorf("%+v: %d StrongestLinks calls for a round-trip reader whose cap fills in hop 1, want 1", opt, ranked)
			}
		}
	}
}

// deliveryReader is a rankedReader (no round trips) that counts how many
// times it hands each node's link to the walk.
type deliveryReader struct {
	rankedReader
	given map[[2]graph.ID]int
}

func (r deliveryReader) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(graph.ID, graph.Link) bool) error {
	return r.rankedReader.StrongestLinks(ctx, ids, func(id graph.ID, l graph.Link) bool {
		r.given[[2]graph.ID{id, l.Edge}]++
		return visit(id, l)
	})
}

// TestNeighborhoodReadsRankedLinksOnce checks that a node's ranked links
// read while choosing the nodes are not read again when the edges among
// them are: a hub's root, read to the node cap in hop 1, is read to about
// the same depth again for the edges among the nodes. The results are
// those read from whole adjacencies.
func TestNeighborhoodReadsRankedLinksOnce(t *testing.T) {
	support := func(src, class, dst string, n int) string {
		line := src + " " + class + " " + dst
		for d := 1; d <= n; d++ {
			line += fmt.Sprintf(" 2025-01-%02d", d)
		}
		return line
	}
	// The hub a0 meets n1, n2, n3 (AGREE) and consults them (CONSULT),
	// more weakly each; it consults n4 … n9 more weakly still.
	var hub []string
	for i, s := range []int{10, 9, 8} {
		hub = append(hub, support("a0", "AGREE", fmt.Sprint("n", i+1), s), support("a0", "CONSULT", fmt.Sprint("n", i+1), s))
	}
	for i := 4; i <= 9; i++ {
		hub = append(hub, support("a0", "CONSULT", fmt.Sprint("n", i), 11-i), support(fmt.Sprint("n", i), "ACCUSE", "n1", 2))
	}
	cases := []struct {
		edges []string
		opt   graph.TraverseOptions
		once  bool // every link is read once
	}{
		{hub, graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 4, MaxEdges: 5}, true},
		{generatedEdges(40, 400), graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 12, MaxEdges: 20}, false},
		{generatedEdges(40, 400), graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 60}, false},
		{generatedEdges(40, 400), graph.TraverseOptions{Depth: 3, Direction: graph.Out, MaxNodes: 15, MaxEdges: 30}, false},
		{generatedEdges(40, 400), graph.TraverseOptions{Depth: 2, Direction: graph.In, LimitPerHop: 2, MaxEdges: 10}, false},
	}
	for _, c := range cases {
		mem := newMemReader(t, c.edges...)
		want, err := graph.Neighborhood(t.Context(), headReader{mem}, []graph.ID{"act_a0"}, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		var ranked, induced int
		r := deliveryReader{rankedReader{headReader{mem}, false, &ranked, &induced}, map[[2]graph.ID]int{}}
		got, err := graph.Neighborhood(t.Context(), r, []graph.ID{"act_a0"}, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		wn, we := short(want)
		gn, ge := short(got)
		if !slices.Equal(wn, gn) || !slices.Equal(we, ge) || want.Truncated != got.Truncated {
			t.Errorf("%+v:\n got nodes %v edges %v truncated %v\nwant nodes %v edges %v truncated %v", c.opt, gn, ge, got.Truncated, wn, we, want.Truncated)
		}
		if !c.once {
			continue
		}
		if len(gn) != 4 || len(ge) != 5 || !got.Truncated {
			t.Fatalf("the hub's neighbourhood is %v %v: the test no longer fills both caps", gn, ge)
		}
		for k, n := range r.given {
			if n > 1 {
				t.Errorf("%+v: node %s's link %s read %d times", c.opt, k[0], k[1], n)
			}
		}
	}
}
