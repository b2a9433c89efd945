package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// An article links a and b in two MENTIONS; interactions link them in
// three relations.
var viaArticleGraph = []string{
	"art_x MENTIONS a",
	"art_x MENTIONS b",
	"a CONSULT c",
	"c ACCUSE d",
	"b ROLE d",
}

func TestShortestPathLeavesArticlesOutUnlessAsked(t *testing.T) {
	r := newMemReader(t, viaArticleGraph...)
	tests := []struct {
		name string
		opt  graph.PathOptions
		want string
	}{
		{"interactions by default", graph.PathOptions{Direction: graph.Both, MaxDepth: 4}, "a-c-d-b"},
		{"through the article when asked", graph.PathOptions{Direction: graph.Both, MaxDepth: 4, ViaArticles: true}, "a-art_x-b"},
		{"MENTIONS asked for by class", graph.PathOptions{Direction: graph.Both, MaxDepth: 4, Classes: []graph.EdgeClass{graph.Mentions}}, "a-art_x-b"},
		{"none within reach without the article", graph.PathOptions{Direction: graph.Both, MaxDepth: 2}, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := graph.ShortestPath(context.Background(), r, "act_a", "act_b", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := pathNames(p); got != tt.want {
				t.Errorf("path = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPathForwardSaysWhichWayEachEdgeIsWalked(t *testing.T) {
	r := newMemReader(t, viaArticleGraph...)
	p, err := graph.ShortestPath(context.Background(), r, "act_a", "act_b", graph.PathOptions{Direction: graph.Both, MaxDepth: 4})
	if err != nil || p == nil {
		t.Fatalf("path %v, %v", p, err)
	}
	// a CONSULT c is stored a→c (a < c), c ACCUSE d is walked as
	// stored, b ROLE d is walked from d back to b.
	want := []bool{true, true, false}
	for i := range p.Edges {
		if got := p.Forward(i); got != want[i] {
			e := p.Edges[i]
			t.Errorf("edge %d %s %s %s from %s: forward %v, want %v", i, e.Source, e.Class, e.Target, p.Nodes[i].ID, got, want[i])
		}
	}
}

func TestShortestPaths(t *testing.T) {
	r := newMemReader(t,
		"a CONSULT b", "b CONSULT e",
		"a CONSULT c", "c CONSULT e",
		"a SUPPORT d", "d SUPPORT f", "f SUPPORT e",
		"a ACCUSE e",
	)
	ps, err := graph.ShortestPaths(context.Background(), r, "act_a", "act_e", 10, graph.PathOptions{Direction: graph.Both, MaxDepth: 4})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, pathNames(p))
		checkPath(t, p, graph.Both)
	}
	want := []string{"a-e", "a-b-e", "a-c-e", "a-d-f-e"}
	if !slices.Equal(got, want) {
		t.Errorf("paths %q, want %q", got, want)
	}
	// k cuts the list; the first is ShortestPath's.
	ps, err = graph.ShortestPaths(context.Background(), r, "act_a", "act_e", 2, graph.PathOptions{Direction: graph.Both, MaxDepth: 4})
	if err != nil || len(ps) != 2 || pathNames(ps[0]) != "a-e" {
		t.Errorf("k=2: %d paths, %v", len(ps), err)
	}
	if _, err := graph.ShortestPaths(context.Background(), r, "act_a", "act_e", 0, graph.PathOptions{MaxDepth: 4}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("k=0: error %v, want invalid", err)
	}
}

// TestShortestPathsMatchBruteForce compares the k shortest paths with
// every simple path enumerated on random graphs: as many paths, of the
// same lengths, each simple, distinct and valid.
func TestShortestPathsMatchBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	classes := []graph.EdgeClass{graph.Consult, graph.Accuse, graph.Support}
	const n, k, depth = 9, 6, 5
	for g := 0; g < 6; g++ {
		var lines []string
		for i := 0; i < 16; i++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if a != b {
				lines = append(lines, fmt.Sprintf("n%d %s n%d", a, classes[rng.IntN(len(classes))], b))
			}
		}
		r := newMemReader(t, lines...)
		for _, dir := range []graph.Direction{graph.Both, graph.Out} {
			for a := 0; a < n; a++ {
				for b := 0; b < n; b++ {
					from, to := graph.ID(fmt.Sprintf("act_n%d", a)), graph.ID(fmt.Sprintf("act_n%d", b))
					if _, ok := r.nodes[from]; !ok || a == b {
						continue
					}
					if _, ok := r.nodes[to]; !ok {
						continue
					}
					all := simplePathLengths(t, r, from, to, dir, depth)
					ps, err := graph.ShortestPaths(context.Background(), r, from, to, k, graph.PathOptions{Direction: dir, MaxDepth: depth})
					if err != nil {
						t.Fatal(err)
					}
					var lens []int
					seen := map[string]bool{}
					for _, p := range ps {
						checkPath(t, p, dir)
						name := pathNames(p)
						if seen[name] {
							t.Fatalf("graph %v: %s twice", lines, name)
						}
						seen[name] = true
						if ids := strings.Split(name, "-"); len(slices.Compact(slices.Sorted(slices.Values(ids)))) != len(ids) {
							t.Fatalf("graph %v: %s is not simple", lines, name)
						}
						lens = append(lens, p.Len())
					}
					want := all[:min(k, len(all))]
					if !slices.Equal(lens, want) {
						t.Fatalf("graph %v, direction %d, %s to %s: lengths %v, brute force %v", lines, dir, from, to, lens, want)
					}
				}
			}
		}
	}
}

// simplePathLengths lists the lengths of every simple path from one node
// to another of at most depth edges, through distinct node sequences,
// sorted.
func simplePathLengths(t *testing.T, r graph.Reader, from, to graph.ID, dir graph.Direction, depth int) []int {
	t.Helper()
	var lens []int
	seqs := map[string]bool{}
	on := map[graph.ID]bool{from: true}
	var walk func(id graph.ID, seq string, d int)
	walk = func(id graph.ID, seq string, d int) {
		if id == to {
			if !seqs[seq] {
				seqs[seq] = true
				lens = append(lens, d)
			}
			return
		}
		if d == depth {
			return
		}
		links, err := r.Adjacent(context.Background(), id, graph.Both, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range links {
			if dir != graph.Both && !l.Class.Symmetric() && l.Outgoing != (dir == graph.Out) {
				continue
			}
			if on[l.Other] {
				continue
			}
			on[l.Other] = true
			walk(l.Other, seq+"-"+string(l.Other), d+1)
			on[l.Other] = false
		}
	}
	walk(from, string(from), 0)
	slices.Sort(lens)
	return lens
}
