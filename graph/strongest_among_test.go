package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// amongRanker is a rankedReader (whose calls may be round trips) that
// ranks the edges among a set of nodes itself
// (graph.StrongestAmongReader), from its LinksAmong; it counts its calls.
type amongRanker struct {
	rankedReader
	strongest *int
}

func (r amongRanker) StrongestAmong(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, bool, error) {
	*r.strongest++
	byNode, err := r.rankedReader.LinksAmong(ctx, nodes, classes, nodes)
	if err != nil {
		return nil, false, err
	}
	*r.induced-- // not a call of the traversal's
	type sourced struct {
		from graph.ID
		l    graph.Link
	}
	var all []sourced
	for from, links := range byNode {
		for _, l := range links {
			if (nonFactual || l.Modality.Factual()) && !slices.Contains(except, l.Edge) {
				all = append(all, sourced{from, l})
			}
		}
	}
	slices.SortFunc(all, func(a, b sourced) int {
		if a.l.Support != b.l.Support {
			return b.l.Support - a.l.Support
		}
		return strings.Compare(string(a.l.Edge), string(b.l.Edge))
	})
	out := map[graph.ID][]graph.Link{}
	for _, s := range all[:min(limit, len(all))] {
		out[s.from] = append(out[s.from], s.l)
	}
	return out, len(all) > limit, nil
}

// TestNeighborhoodStrongestAmong checks that a round-trip reader which
// ranks the edges among the nodes itself gives the neighbourhood read
// from whole adjacencies, in one StrongestAmong call and no LinksAmong
// when an edge cap leaves room, whether its calls are round trips or
// not.
func TestNeighborhoodStrongestAmong(t *testing.T) {
	mem := newMemReader(t, generatedEdges(40, 400)...)
	for _, opt := range []graph.TraverseOptions{
		{Depth: 2, Direction: graph.Both, MaxNodes: 12, MaxEdges: 20},
		{Depth: 2, Direction: graph.Both, MaxNodes: 25, MaxEdges: 60},
		{Depth: 2, Direction: graph.Both, MaxNodes: 30, MaxEdges: 400},
		{Depth: 3, Direction: graph.Out, MaxNodes: 15, MaxEdges: 30},
		{Depth: 2, Direction: graph.Both, MaxNodes: 20},
		{Depth: 2, Direction: graph.Both, MaxNodes: 20, MaxEdges: 30, Classes: []graph.EdgeClass{graph.Consult, graph.Accuse}},
		{Depth: 2, Direction: graph.Both, MaxNodes: 20, MaxEdges: 30, Heads: true},
		{Depth: 2, Direction: graph.Both, MaxEdges: 60}, // only the edge cap cuts
	} {
		want, err := graph.Neighborhood(t.Context(), headReader{mem}, []graph.ID{"act_a0"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		wn, we := short(want)
		for _, trips := range []bool{false, true} {
			var ranked, induced, strongest int
			r := amongRanker{rankedReader{headReader{mem}, trips, &ranked, &induced}, &strongest}
			got, err := graph.Neighborhood(t.Context(), r, []graph.ID{"act_a0"}, opt)
			if err != nil {
				t.Fatal(err)
			}
			gn, ge := short(got)
			if !slices.Equal(wn, gn) || !slices.Equal(we, ge) || want.Truncated != got.Truncated {
				t.Errorf("%+v, round trips %v:\n got nodes %v edges %v truncated %v\nwant nodes %v edges %v truncated %v",
					opt, trips, gn, ge, got.Truncated, wn, we, want.Truncated)
			}
			asked := opt.MaxEdges > 0
			if wantCalls := map[bool]int{true: 1, false: 0}[asked]; strongest != wantCalls {
				t.Errorf("%+v, round trips %v: %d StrongestAmong calls, want %d", opt, trips, strongest, wantCalls)
			}
			if asked && induced != 0 {
				t.Errorf("%+v: %d LinksAmong calls beside StrongestAmong, want none", opt, induced)
			}
		}
	}
}

func TestCheckStrongestAmong(t *testing.T) {
	sorted, unsorted := []graph.ID{"a", "b"}, []graph.ID{"b", "a"}
	for _, tc := range []struct {
		name          string
		nodes, except []graph.ID
		limit         int
		wantErr       string
	}{
		{"sorted", sorted, sorted, 3, ""},
		{"empty", nil, nil, 0, ""},
		{"nodes unsorted", unsorted, nil, 3, "not sorted"},
		{"except unsorted", sorted, unsorted, 3, "not sorted"},
		{"negative limit", sorted, nil, -1, "limit -1 is negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := graph.CheckStrongestAmong("test.op", tc.nodes, tc.except, tc.limit)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("err = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "test.op") || graph.KindOf(err) != graph.Invalid {
				t.Fatalf("err = %v, want an Invalid error of test.op saying %q", err, tc.wantErr)
			}
		})
	}
}
