package graph

import (
	"fmt"
	"testing"
)

// BenchmarkRemapEdges remaps an article-sized batch's edges: 60
// distinct edges among 20 actors, three of them merged into stored
// actors, and the same edges with no remapping (NormalizeBatch's call).
func BenchmarkRemapEdges(b *testing.B) {
	var edges []Edge
	for i := range 60 {
		s, t := ID(fmt.Sprintf("act_%02d", i%20)), ID(fmt.Sprintf("act_%02d", (i%20+1+i/20)%20))
		edges = append(edges, Edge{ID: EdgeID(s, Consult, t), Source: s, Target: t, Class: Consult, Verb: "met",
			Evidence: []Evidence{{Article: "art_1", Start: i * 10, End: i*10 + 9}}})
	}
	remap := map[ID]ID{"act_01": "act_x1", "act_05": "act_x5", "act_09": "act_x9"}
	b.ReportAllocs()
	for range b.N {
		RemapEdges(edges, remap)
		RemapEdges(edges, nil)
	}
}
