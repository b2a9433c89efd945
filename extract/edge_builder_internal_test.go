package extract

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestEdgeBuilderMergesAsMergeEvidence: the edge builder's
// evidence, merged once when the edges are taken, is what merging each
// new piece with graph.MergeEvidence gave: the same pieces in the same
// order, a piece given twice kept once with its most factual modality
// and both resolutions, for edges of few pieces and of many.
func TestEdgeBuilderMergesAsMergeEvidence(t *testing.T) {
	mods := []graph.Modality{graph.Asserted, graph.Planned, graph.Negated, graph.Hypothetical}
	r := rand.New(rand.NewPCG(1, 26))
	for _, n := range []int{1, 2, 5, 16, 17, 200} {
		eb := newEdgeBuilder(&graph.Batch{}, 1)
		var want []graph.Evidence
		for i := range n {
			at := r.IntN(n/2+1) * 10
			ev := graph.Evidence{Article: graph.ID(fmt.Sprint("a", r.IntN(2))), Start: at, End: at + 5 + r.IntN(2), Modality: mods[r.IntN(len(mods))],
				Resolved: []graph.Resolution{{Actor: graph.ID(fmt.Sprint("x", i%3)), Start: at, End: at + 1}}}
			eb.add("s", graph.Consult, "t", ev)
			if i == 0 {
				want = []graph.Evidence{ev}
			} else {
				want = graph.MergeEvidence(want, []graph.Evidence{ev})
			}
		}
		got := eb.edges()[0].Evidence
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%d pieces:\n got %v\nwant %v", n, got, want)
		}
	}
}
