package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// pathNames lists a path's nodes by the short names newMemReader knows
// them by ("a" for act_a).
func pathNames(p *graph.Path) string {
	if p == nil {
		return "none"
	}
	var names []string
	for _, n := range p.Nodes {
		names = append(names, strings.TrimPrefix(string(n.ID), "act_"))
	}
	return strings.Join(names, "-")
}

func TestShortestPath(t *testing.T) {
	r := newMemReader(t,
		"a CONSULT b 2025-01-01",
		"b CONSULT c 2025-01-02",
		"c CONSULT d 2025-01-03",
		"a ACCUSE e 2025-02-01",
		"e ACCUSE d 2025-02-02",
		"f SUPPORT g 2025-03-01",
		"h SUPPORT g 2025-03-01",
		"x ROLE y", "x ROLE z", "y ROLE w", "z ROLE w",
	)
	tests := []struct {
		name     string
		from, to string
		opt      graph.PathOptions
		want     string
	}{
		{"fewest edges win", "a", "d", graph.PathOptions{Direction: graph.Both, MaxDepth: 5}, "a-e-d"},
		{"classes restrict the path", "a", "d", graph.PathOptions{Direction: graph.Both, MaxDepth: 5, Classes: []graph.EdgeClass{graph.Consult}}, "a-b-c-d"},
		{"too long for maxDepth", "a", "d", graph.PathOptions{Direction: graph.Both, MaxDepth: 2, Classes: []graph.EdgeClass{graph.Consult}}, "none"},
		{"period leaves edges out", "a", "d", graph.PathOptions{Direction: graph.Both, MaxDepth: 5, Until: "2025-01-31"}, "a-b-c-d"},
		{"period leaves no path", "a", "d", graph.PathOptions{Direction: graph.Both, MaxDepth: 5, Since: "2025-01-02", Until: "2025-01-31"}, "none"},
		{"symmetric edges go either way", "d", "a", graph.PathOptions{Direction: graph.Out, MaxDepth: 5, Classes: []graph.EdgeClass{graph.Consult}}, "d-c-b-a"},
		{"out follows direction", "a", "d", graph.PathOptions{Direction: graph.Out, MaxDepth: 5, Classes: []graph.EdgeClass{graph.Accuse}}, "a-e-d"},
		{"out refuses the wrong way", "d", "a", graph.PathOptions{Direction: graph.Out, MaxDepth: 5, Classes: []graph.EdgeClass{graph.Accuse}}, "none"},
		{"in walks edges backwards", "d", "a", graph.PathOptions{Direction: graph.In, MaxDepth: 5, Classes: []graph.EdgeClass{graph.Accuse}}, "d-e-a"},
		{"directed edges meeting head on", "f", "h", graph.PathOptions{Direction: graph.Out, MaxDepth: 5}, "none"},
		{"both ignores direction", "f", "h", graph.PathOptions{Direction: graph.Both, MaxDepth: 5}, "f-g-h"},
		{"ties go to Adjacent's order", "x", "w", graph.PathOptions{Direction: graph.Both, MaxDepth: 5}, "x-y-w"},
		{"no link at all", "a", "f", graph.PathOptions{Direction: graph.Both, MaxDepth: 5}, "none"},
		{"a node to itself", "a", "a", graph.PathOptions{Direction: graph.Both, MaxDepth: 1}, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := graph.ShortestPath(context.Background(), r, graph.ID("act_"+tt.from), graph.ID("act_"+tt.to), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := pathNames(p); got != tt.want {
				t.Errorf("path %s to %s = %s, want %s", tt.from, tt.to, got, tt.want)
			}
			if p != nil {
				checkPath(t, p, tt.opt.Direction)
			}
		})
	}
}

func TestShortestPathErrors(t *testing.T) {
	r := newMemReader(t, "a CONSULT b", "b CONSULT c", "c CONSULT d")
	ctx := context.Background()
	tests := []struct {
		name     string
		from, to graph.ID
		opt      graph.PathOptions
		kind     graph.ErrorKind
		msg      string
	}{
		{"missing start", "act_nobody", "act_a", graph.PathOptions{MaxDepth: 3}, graph.NotFound, "act_nobody"},
		{"missing end", "act_a", "act_nobody", graph.PathOptions{MaxDepth: 3}, graph.NotFound, "act_nobody"},
		{"no depth", "act_a", "act_b", graph.PathOptions{}, graph.Invalid, "maxDepth 0"},
		{"bad class", "act_a", "act_b", graph.PathOptions{MaxDepth: 2, Classes: []graph.EdgeClass{"CHAT"}}, graph.Invalid, "CHAT"},
		{"bad date", "act_a", "act_b", graph.PathOptions{MaxDepth: 2, Since: "yesterday"}, graph.Invalid, "yesterday"},
		{"search too wide", "act_a", "act_d", graph.PathOptions{MaxDepth: 5, MaxNodes: 3}, graph.LimitExceeded, "more than 3 nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := graph.ShortestPath(ctx, r, tt.from, tt.to, tt.opt)
			if err == nil || graph.KindOf(err) != tt.kind || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("got path %s, error %v; want a %s error with %q", pathNames(p), err, tt.kind, tt.msg)
			}
		})
	}
}

// TestShortestPathMatchesPlainSearch compares the bidirectional search
// with a plain breadth-first search on random graphs, for every pair of
// nodes and every direction.
func TestShortestPathMatchesPlainSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	classes := []graph.EdgeClass{graph.Consult, graph.Accuse, graph.Support}
	for g := 0; g < 4; g++ {
		const n = 14
		var lines []string
		for i := 0; i < 22; i++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b {
				continue
			}
			lines = append(lines, fmt.Sprintf("n%02d %s n%02d", a, classes[rng.IntN(len(classes))], b))
		}
		r := newMemReader(t, lines...)
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			for a := 0; a < n; a++ {
				for b := 0; b < n; b++ {
					from, to := graph.ID(fmt.Sprintf("act_n%02d", a)), graph.ID(fmt.Sprintf("act_n%02d", b))
					if _, ok := r.nodes[from]; !ok {
						continue
					}
					if _, ok := r.nodes[to]; !ok {
						continue
					}
					want := plainDistance(t, r, from, to, dir)
					p, err := graph.ShortestPath(context.Background(), r, from, to, graph.PathOptions{Direction: dir, MaxDepth: n})
					if err != nil {
						t.Fatal(err)
					}
					got := -1
					if p != nil {
						got = p.Len()
						checkPath(t, p, dir)
					}
					if got != want {
						t.Fatalf("graph %d %v, direction %d: %s to %s: length %d, plain search %d", g, lines, dir, from, to, got, want)
					}
				}
			}
		}
	}
}

// plainDistance is the length of a shortest path by one-sided
// breadth-first search, or -1.
func plainDistance(t *testing.T, r graph.Reader, from, to graph.ID, dir graph.Direction) int {
	t.Helper()
	dist := map[graph.ID]int{from: 0}
	queue := []graph.ID{from}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if id == to {
			return dist[id]
		}
		links, err := r.Adjacent(context.Background(), id, graph.Both, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range links {
			if dir != graph.Both && !l.Class.Symmetric() && l.Outgoing != (dir == graph.Out) {
				continue
			}
			if _, ok := dist[l.Other]; !ok {
				dist[l.Other] = dist[id] + 1
				queue = append(queue, l.Other)
			}
		}
	}
	return -1
}

// checkPath checks that each edge of p links the nodes beside it, the
// way dir allows.
func checkPath(t *testing.T, p *graph.Path, dir graph.Direction) {
	t.Helper()
	if len(p.Nodes) != len(p.Edges)+1 {
		t.Fatalf("path has %d nodes and %d edges", len(p.Nodes), len(p.Edges))
	}
	for i, e := range p.Edges {
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		forward := e.Source == a && e.Target == b
		backward := e.Source == b && e.Target == a
		ok := forward || backward
		if !e.Class.Symmetric() && dir == graph.Out {
			ok = forward
		}
		if !e.Class.Symmetric() && dir == graph.In {
			ok = backward
		}
		if !ok {
			t.Errorf("edge %d (%s %s %s) does not lead from %s to %s (direction %d)", i, e.Source, e.Class, e.Target, a, b, dir)
		}
	}
}
