package graphtest

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// RunNeighborhood checks graph.Neighborhood over the stores open makes
// against a brute-force neighbourhood computed from a full scan of the
// same store: a generated graph with hubs, many classes and symmetric
// edges, with node caps that fill part way through a hop, at depths 1 to
// 3. open is called once and must return an empty store.
func RunNeighborhood(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	s := open(t)
	GenerateGraph(t, s, 1, 60, 160)
	full := loadFull(t, s)
	actors := full.byDegree()
	hub, median, small := actors[0], actors[len(actors)/2], actors[len(actors)-1]
	cases := []struct {
		name  string
		roots []graph.ID
		opt   graph.TraverseOptions
		fills int // the hop in which the node cap must fill, if any
	}{
		{"hub depth 1 capped", []graph.ID{hub}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, MaxNodes: 12, MaxEdges: 30}, 0},
		{"hub depth 2 capped", []graph.ID{hub}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 60}, 0},
		{"median depth 2 cap fills in hop 1", []graph.ID{median}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 30, MaxEdges: 80}, 1},
		{"median depth 2 no edge cap", []graph.ID{median}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 30}, 1},
		{"median depth 3 cap fills in hop 1", []graph.ID{median}, graph.TraverseOptions{Depth: 3, Direction: graph.Both, MaxNodes: 45, MaxEdges: 120}, 1},
		{"small depth 3 cap fills in hop 2", []graph.ID{small}, graph.TraverseOptions{Depth: 3, Direction: graph.Both, MaxNodes: 30, MaxEdges: 70}, 2},
		{"small depth 3 cap fills in hop 2 no edge cap", []graph.ID{small}, graph.TraverseOptions{Depth: 3, Direction: graph.Both, MaxNodes: 30}, 2},
		{"small depth 3 per hop", []graph.ID{small}, graph.TraverseOptions{Depth: 3, Direction: graph.Both, LimitPerHop: 3, MaxNodes: 40}, 0},
		{"small depth 3 uncapped", []graph.ID{small}, graph.TraverseOptions{Depth: 3, Direction: graph.Both}, 0},
		{"two roots depth 2 out", []graph.ID{median, small}, graph.TraverseOptions{Depth: 2, Direction: graph.Out, MaxNodes: 20, MaxEdges: 50}, 0},
		{"median depth 2 in", []graph.ID{median}, graph.TraverseOptions{Depth: 2, Direction: graph.In, LimitPerHop: 4, MaxNodes: 25}, 0},
		{"hub depth 2 two classes", []graph.ID{hub}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, Classes: []graph.EdgeClass{graph.Consult, graph.Accuse}, MaxNodes: 20, MaxEdges: 40}, 0},
		{"hub depth 2 heads", []graph.ID{hub}, graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 60, Heads: true}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := graph.Neighborhood(ctx, s, c.roots, c.opt)
			if err != nil {
				t.Fatal(err)
			}
			want := full.neighborhood(c.roots, c.opt)
			checkNodeRecords(t, "Neighborhood", got.Nodes, full.nodes)
			gotNodes, gotEdges := subgraphIDs(got)
			wantNodes, wantEdges := subgraphIDs(want)
			if !slices.Equal(gotNodes, wantNodes) {
				t.Errorf("%d nodes, want %d:\n got  %v\n want %v", len(gotNodes), len(wantNodes), gotNodes, wantNodes)
			}
			if !slices.Equal(gotEdges, wantEdges) {
				t.Errorf("%d edges, want %d:\n got  %v\n want %v", len(gotEdges), len(wantEdges), gotEdges, wantEdges)
			}
			if got.Truncated != want.Truncated {
				t.Errorf("truncated %v, want %v", got.Truncated, want.Truncated)
			}
			for id, d := range want.Distance {
				if g, ok := got.Distance[id]; !ok || g != d {
					t.Errorf("distance of %s is %d (%v), want %d", id, g, ok, d)
					for _, l := range full.adj[id] {
						if dd, ok := want.Distance[l.Other]; ok {
							t.Logf("  link %s %s support %d, distance %d", l.Class, l.Other, l.Support, dd)
						}
					}
				}
			}
			if c.fills > 0 && !fillsIn(want, c.opt.MaxNodes, c.fills) {
				t.Errorf("the graph no longer makes the case fill its node cap in hop %d: distances %v", c.fills, want.Distance)
			}
			if ir, ok := s.(graph.InducedReader); ok {
				checkLinksAmong(t, ir, full, wantNodes, c.opt.Classes)
			}
			if sr, ok := s.(graph.StrongestAmongReader); ok {
				checkStrongestAmong(t, sr, full, wantNodes, wantEdges, c.opt.Classes)
			}
			// The edges as the links describe them (FromLinks) are the
			// same edges, with the same ends, class, support and modality.
			opt := c.opt
			opt.FromLinks = true
			linked, err := graph.Neighborhood(ctx, s, c.roots, opt)
			if err != nil {
				t.Fatalf("FromLinks: %v", err)
			}
			if g, w := edgeSummaries(linked), edgeSummaries(want); !slices.Equal(g, w) {
				t.Errorf("FromLinks: %d edges, want %d:\n got  %v\n want %v", len(g), len(w), g, w)
			}
		})
	}
	if sr, ok := s.(graph.StrongestAmongReader); ok {
		unsorted := []graph.ID{small, hub, median}
		slices.Sort(unsorted)
		slices.Reverse(unsorted)
		if _, _, err := sr.StrongestAmong(ctx, unsorted, nil, false, nil, 10); graph.KindOf(err) != graph.Invalid {
			t.Errorf("StrongestAmong among unsorted nodes: %v, want an error of kind Invalid", err)
		}
	}
	if ir, ok := s.(graph.InducedReader); ok {
		unsorted := []graph.ID{small, hub, median}
		slices.Sort(unsorted)
		slices.Reverse(unsorted)
		_, err := ir.LinksAmong(ctx, []graph.ID{hub}, nil, unsorted)
		if graph.KindOf(err) != graph.Invalid {
			t.Errorf("LinksAmong with unsorted nodes to look among: %v, want an error of kind Invalid", err)
		}
	}
}

// checkLinksAmong checks an InducedReader's LinksAmong against the
// edges of a full scan, for the nodes of a neighbourhood (every one of
// them, and every other one, among all of them) and no nodes at all.
func checkLinksAmong(t *testing.T, ir graph.InducedReader, full *fullGraph, nodes []string, classes []graph.EdgeClass) {
	t.Helper()
	among := make([]graph.ID, len(nodes))
	for i, n := range nodes {
		among[i] = graph.ID(n)
	}
	var some []graph.ID
	for i := 0; i < len(among); i += 2 {
		some = append(some, among[i])
	}
	for _, c := range []struct {
		name       string
		ids, among []graph.ID
	}{{"all", among, among}, {"every other", some, among}, {"among none", among, nil}} {
		got, err := ir.LinksAmong(context.Background(), c.ids, classes, c.among)
		if err != nil {
			t.Fatalf("LinksAmong (%s): %v", c.name, err)
		}
		want := full.linksAmong(c.ids, classes, c.among)
		for _, id := range c.ids {
			g := slices.Clone(got[id])
			slices.SortFunc(g, func(a, b graph.Link) int { return strings.Compare(string(a.Edge), string(b.Edge)) })
			if !slices.Equal(g, want[id]) {
				t.Errorf("LinksAmong (%s) of %s:\n got  %v\n want %v", c.name, id, g, want[id])
			}
		}
		for id := range got {
			if !slices.Contains(c.ids, id) {
				t.Errorf("LinksAmong (%s) lists links of %s, not asked for", c.name, id)
			}
		}
	}
}

// checkStrongestAmong checks a StrongestAmongReader against the edges
// of a full scan: among the nodes of a neighbourhood, leaving out every
// third of its edges, facts only and all edges, with limits that cut
// (none kept, a few) and one that does not.
func checkStrongestAmong(t *testing.T, sr graph.StrongestAmongReader, full *fullGraph, nodes, edges []string, classes []graph.EdgeClass) {
	t.Helper()
	among := make([]graph.ID, len(nodes))
	for i, n := range nodes {
		among[i] = graph.ID(n)
	}
	var except []graph.ID
	for i := 0; i < len(edges); i += 3 {
		except = append(except, graph.ID(edges[i]))
	}
	for _, nonFactual := range []bool{false, true} {
		all := full.strongestAmong(among, classes, nonFactual, except)
		for _, limit := range []int{0, 3, len(all) / 2, len(all) + 1} {
			bySource, more, err := sr.StrongestAmong(context.Background(), among, classes, nonFactual, except, limit)
			if err != nil {
				t.Fatalf("StrongestAmong (limit %d, non-factual %v): %v", limit, nonFactual, err)
			}
			var got []sourcedLink
			for from, links := range bySource {
				if !slices.IsSortedFunc(links, stronger) {
					t.Errorf("StrongestAmong (limit %d): the links of %s are not strongest first: %v", limit, from, links)
				}
				for _, l := range links {
					got = append(got, sourcedLink{from, l})
				}
			}
			slices.SortFunc(got, strongerSourced)
			want := all[:min(limit, len(all))]
			if !slices.Equal(got, want) || more != (len(all) > limit) {
				t.Errorf("StrongestAmong (limit %d, non-factual %v): more %v, want %v;\n got  %v\n want %v",
					limit, nonFactual, more, len(all) > limit, got, want)
			}
			if nr, ok := sr.(graph.StrongestAmongNodesReader); ok {
				withNodes, found, moreToo, err := nr.StrongestAmongNodes(context.Background(), among, classes, nonFactual, except, limit)
				if err != nil {
					t.Fatalf("StrongestAmongNodes (limit %d, non-factual %v): %v", limit, nonFactual, err)
				}
				if !maps.EqualFunc(withNodes, bySource, slices.Equal) || moreToo != more {
					t.Errorf("StrongestAmongNodes (limit %d, non-factual %v): links %v, more %v; StrongestAmong gives %v, %v",
						limit, nonFactual, withNodes, moreToo, bySource, more)
				}
				checkFoundNodes(t, among, found, full.nodes)
			}
		}
	}
}

// checkNodeRecords fails t when a node of got differs from the node of
// that ID in a full scan (want), or is not there.
func checkNodeRecords(t testing.TB, what string, got []graph.Node, want map[graph.ID]graph.Node) {
	t.Helper()
	for _, n := range got {
		if w, ok := want[n.ID]; !ok {
			t.Errorf("%s gives node %s, which a full scan does not find", what, n.ID)
		} else if !reflect.DeepEqual(n, w) {
			t.Errorf("%s gives node\n%+v\na full scan finds\n%+v", what, n, w)
		}
	}
}

// checkFoundNodes fails t when the nodes a StrongestAmongNodesReader
// read on the way (found) are not nodes of among, in its order, each as
// a full scan (want) finds it.
func checkFoundNodes(t testing.TB, among []graph.ID, found []graph.Node, want map[graph.ID]graph.Node) {
	t.Helper()
	checkNodeRecords(t, "StrongestAmongNodes", found, want)
	i := 0
	for _, n := range found {
		for i < len(among) && among[i] != n.ID {
			i++
		}
		if i == len(among) {
			t.Errorf("StrongestAmongNodes gives node %s out of the order of the nodes asked for, or not asked for", n.ID)
			return
		}
		i++
	}
}

// sourcedLink is a link with the node it is seen from.
type sourcedLink struct {
	from graph.ID
	graph.Link
}

// stronger orders links as StrongestAmong does: by support,
// descending, then by edge ID.
func stronger(a, b graph.Link) int {
	if a.Support != b.Support {
		return b.Support - a.Support
	}
	return strings.Compare(string(a.Edge), string(b.Edge))
}

func strongerSourced(a, b sourcedLink) int { return stronger(a.Link, b.Link) }

// strongestAmong is graph.StrongestAmongReader.StrongestAmong computed
// from the edges, without a limit, strongest first.
func (g *fullGraph) strongestAmong(among []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID) []sourcedLink {
	var out []sourcedLink
	for from, links := range g.linksAmong(among, classes, among) {
		for _, l := range links {
			if (nonFactual || l.Modality.Factual()) && !slices.Contains(except, l.Edge) {
				out = append(out, sourcedLink{from, l})
			}
		}
	}
	slices.SortFunc(out, strongerSourced)
	return out
}

// linksAmong is graph.InducedReader.LinksAmong computed from the edges,
// each node's links ordered by edge ID.
func (g *fullGraph) linksAmong(ids []graph.ID, classes []graph.EdgeClass, among []graph.ID) map[graph.ID][]graph.Link {
	out := map[graph.ID][]graph.Link{}
	for _, e := range g.edges {
		if slices.Contains(ids, e.Source) && slices.Contains(among, e.Target) && (len(classes) == 0 || slices.Contains(classes, e.Class)) {
			out[e.Source] = append(out[e.Source], graph.Link{Edge: e.ID, Class: e.Class, Other: e.Target, Outgoing: true,
				Support: e.Support(), Modality: e.MostFactual()})
		}
	}
	for _, links := range out {
		slices.SortFunc(links, func(a, b graph.Link) int { return strings.Compare(string(a.Edge), string(b.Edge)) })
	}
	return out
}

// fillsIn reports whether sub has maxNodes nodes, some of them hop+1 hops
// from a root and none further: the cap filled during that hop, so that
// later hops could add nothing.
func fillsIn(sub *graph.Subgraph, maxNodes, hop int) bool {
	far := 0
	for _, d := range sub.Distance {
		far = max(far, d)
	}
	return len(sub.Distance) == maxNodes && far == hop+1
}

// GenerateGraph ingests articles into s: each names two to five of a
// population of actors, drawn so that a few are in most articles (hubs)
// and most in few, and links some pairs of them with edges of several
// classes, symmetric ones among them. The same seed gives the same
// articles.
func GenerateGraph(tb testing.TB, s graph.Writer, seed uint64, actors, articles int) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	classes := []graph.EdgeClass{graph.Consult, graph.Accuse, graph.Support, graph.Threaten, graph.Agree, graph.Sanction, graph.Request}
	pick := func() int {
		// Roughly Zipf: the square of a uniform number favours low indices.
		u := rng.Float64()
		return int(u * u * float64(actors))
	}
	name := func(i int) string { return fmt.Sprintf("Ann Gensurname%03d", i) }
	for a := range articles {
		n := 2 + rng.IntN(4)
		var cast []int
		for len(cast) < n {
			if i := pick(); !slices.Contains(cast, i) {
				cast = append(cast, i)
			}
		}
		var sentences []string
		type link struct {
			src, dst int
			class    graph.EdgeClass
			sentence string
		}
		var links []link
		for i := range cast {
			for j := i + 1; j < len(cast); j++ {
				if rng.IntN(3) == 0 {
					continue
				}
				src, dst := cast[i], cast[j]
				if rng.IntN(2) == 0 {
					src, dst = dst, src
				}
				c := classes[rng.IntN(len(classes))]
				sent := fmt.Sprintf("%s and %s met in round %d, %d-%d.", name(src), name(dst), a, i, j)
				sentences = append(sentences, sent)
				links = append(links, link{src, dst, c, sent})
			}
		}
		if len(links) == 0 {
			continue
		}
		text := strings.Join(sentences, " ")
		date := fmt.Sprintf("2025-%02d-%02d", 1+a/28%12, 1+a%28)
		b := NewBuilder(tb, fmt.Sprintf("Generated %d", a), date, text)
		ids := map[int]graph.ID{}
		for _, i := range cast {
			ids[i] = b.Actor(name(i), graph.Person)
		}
		for _, l := range links {
			b.Edge(ids[l.src], l.class, ids[l.dst], l.sentence, "met")
		}
		if _, err := s.Ingest(context.Background(), b.B); err != nil {
			tb.Fatalf("ingest %s: %v", b, err)
		}
	}
}

// fullGraph is a whole stored graph, read by scans, for brute-force
// answers.
type fullGraph struct {
	nodes map[graph.ID]graph.Node
	edges map[graph.ID]graph.Edge
	adj   map[graph.ID][]graph.Link // every link of a node, in Adjacent's order
}

func loadFull(tb testing.TB, r graph.Reader) *fullGraph {
	tb.Helper()
	ctx := context.Background()
	g := &fullGraph{nodes: map[graph.ID]graph.Node{}, edges: map[graph.ID]graph.Edge{}, adj: map[graph.ID][]graph.Link{}}
	for _, k := range graph.NodeKinds {
		if err := r.ScanNodes(ctx, k, "", func(n graph.Node) error { g.nodes[n.ID] = n; return nil }); err != nil {
			tb.Fatal(err)
		}
	}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		g.edges[e.ID] = e
		g.adj[e.Source] = append(g.adj[e.Source], graph.Link{Edge: e.ID, Class: e.Class, Other: e.Target, Outgoing: true, Support: e.Support()})
		g.adj[e.Target] = append(g.adj[e.Target], graph.Link{Edge: e.ID, Class: e.Class, Other: e.Source, Support: e.Support()})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	for _, links := range g.adj {
		slices.SortFunc(links, func(x, y graph.Link) int {
			return cmpJoin(strings.Compare(string(x.Class), string(y.Class)),
				strings.Compare(string(x.Other), string(y.Other)),
				strings.Compare(string(x.Edge), string(y.Edge)))
		})
	}
	return g
}

func cmpJoin(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}

// byDegree lists the actors that have links, most links first, ties by
// ID.
func (g *fullGraph) byDegree() []graph.ID {
	var ids []graph.ID
	for id := range g.adj {
		if g.nodes[id].Kind == graph.KindActor {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b graph.ID) int {
		return cmpJoin(len(g.adj[b])-len(g.adj[a]), strings.Compare(string(a), string(b)))
	})
	return ids
}

// follows reports whether a traversal in direction dir over classes
// follows link l.
func follows(l graph.Link, dir graph.Direction, classes []graph.EdgeClass) bool {
	if len(classes) > 0 && !slices.Contains(classes, l.Class) {
		return false
	}
	return dir == graph.Both || l.Class.Symmetric() || l.Outgoing == (dir == graph.Out)
}

// neighborhood is graph.Neighborhood as its documentation says, computed
// the plain way: breadth first, each node adding its new neighbours in
// the order of its strongest followed link to each (graph.CompareStrength)
// while the caps allow, then every allowed edge among the chosen nodes,
// cut to MaxEdges (the edges nodes were reached through first, then by
// support, then by ID). Periods are not handled.
func (g *fullGraph) neighborhood(roots []graph.ID, opt graph.TraverseOptions) *graph.Subgraph {
	sub := &graph.Subgraph{Distance: map[graph.ID]int{}}
	var frontier []graph.ID
	for _, r := range roots {
		if _, dup := sub.Distance[r]; !dup {
			sub.Distance[r] = 0
			frontier = append(frontier, r)
		}
	}
	via := map[graph.ID]bool{}
	for hop := 0; hop < opt.Depth; hop++ {
		var next []graph.ID
		for _, id := range frontier {
			links := slices.Clone(g.adj[id])
			slices.SortFunc(links, graph.CompareStrength)
			added := 0
			for _, l := range links {
				if !follows(l, opt.Direction, opt.Classes) {
					continue
				}
				if _, known := sub.Distance[l.Other]; known {
					continue
				}
				if (opt.LimitPerHop > 0 && added >= opt.LimitPerHop) || (opt.MaxNodes > 0 && len(sub.Distance) >= opt.MaxNodes) {
					sub.Truncated = true
					break
				}
				added++
				sub.Distance[l.Other] = hop + 1
				via[l.Edge] = true
				next = append(next, l.Other)
			}
		}
		frontier = next
	}
	for id := range sub.Distance {
		sub.Nodes = append(sub.Nodes, g.nodes[id])
	}
	graph.SortNodes(sub.Nodes)
	for _, e := range g.edges {
		_, src := sub.Distance[e.Source]
		_, dst := sub.Distance[e.Target]
		if src && dst && (len(opt.Classes) == 0 || slices.Contains(opt.Classes, e.Class)) {
			sub.Edges = append(sub.Edges, e)
		}
	}
	slices.SortFunc(sub.Edges, func(a, b graph.Edge) int {
		ra, rb := 1, 1
		if via[a.ID] {
			ra = 0
		}
		if via[b.ID] {
			rb = 0
		}
		return cmpJoin(ra-rb, b.Support()-a.Support(), strings.Compare(string(a.ID), string(b.ID)))
	})
	if opt.MaxEdges > 0 && len(sub.Edges) > opt.MaxEdges {
		sub.Edges = sub.Edges[:opt.MaxEdges]
		sub.Truncated = true
	}
	slices.SortFunc(sub.Edges, func(a, b graph.Edge) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return sub
}

// subgraphIDs lists a subgraph's node and edge IDs, each sorted.
// edgeSummaries describes sub's edges, in order, by what FromLinks
// gives of them: ID, ends, class, support and modality.
func edgeSummaries(sub *graph.Subgraph) []string {
	out := make([]string, len(sub.Edges))
	for i, e := range sub.Edges {
		out[i] = fmt.Sprintf("%s %s-%s>%s support %d %s", e.ID, e.Source, e.Class, e.Target, e.Support(), e.MostFactual())
	}
	return out
}

func subgraphIDs(sub *graph.Subgraph) (nodes, edges []string) {
	for _, n := range sub.Nodes {
		nodes = append(nodes, string(n.ID))
	}
	for _, e := range sub.Edges {
		edges = append(edges, string(e.ID))
	}
	slices.Sort(nodes)
	slices.Sort(edges)
	return nodes, edges
}
