package graphtest

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// testNonFactualLinks stores an edge whose only evidence is negated
// beside an asserted one and checks that the links carry each edge's
// most factual modality (graph.Link.Modality), so that a neighbourhood
// does not walk the negated edge unless asked to; a later article that
// asserts the edge makes its links factual.
func testNonFactualLinks(t *testing.T, s graph.Store) {
	const (
		denied = "Alpha Minister did not meet Beta Envoy."
		met    = "Alpha Minister met Gamma Envoy."
	)
	a := NewBuilder(t, "Denial", "2025-03-01", denied+" "+met)
	alpha := a.Actor("Alpha Minister", graph.Person)
	beta := a.Actor("Beta Envoy", graph.Person)
	gamma := a.Actor("Gamma Envoy", graph.Person)
	deniedEdge := a.Edge(alpha, graph.Consult, beta, denied, "meet")
	a.B.Edges[len(a.B.Edges)-1].Evidence[0].Modality = graph.Negated
	metEdge := a.Edge(alpha, graph.Consult, gamma, met, "met")
	ingest(t, s, a.Clone())

	modalities := func() map[graph.ID]graph.Modality {
		t.Helper()
		m := map[graph.ID]graph.Modality{}
		for _, l := range adjacent(t, s, alpha, graph.Both) {
			m[l.Edge] = l.Modality
		}
		return m
	}
	reached := func(nonFactual bool) []graph.ID {
		t.Helper()
		sub, err := graph.Neighborhood(t.Context(), s, []graph.ID{alpha}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, NonFactual: nonFactual})
		if err != nil {
			t.Fatalf("Neighborhood: %v", err)
		}
		var ids []graph.ID
		for _, n := range sub.Nodes {
			ids = append(ids, n.ID)
		}
		slices.Sort(ids)
		return ids
	}
	sorted := func(ids ...graph.ID) []graph.ID { slices.Sort(ids); return ids }

	if m := modalities(); m[deniedEdge] != graph.Negated || m[metEdge] != graph.Asserted || len(m) != 2 {
		t.Errorf("link modalities = %v, want %s negated and %s asserted", m, deniedEdge, metEdge)
	}
	if got, want := reached(false), sorted(alpha, gamma); !slices.Equal(got, want) {
		t.Errorf("the facts' neighbourhood of %s = %v, want %v (the negated meeting left out)", alpha, got, want)
	}
	if got, want := reached(true), sorted(alpha, beta, gamma); !slices.Equal(got, want) {
		t.Errorf("the whole neighbourhood of %s = %v, want %v", alpha, got, want)
	}
	CheckConsistent(t, s)

	const metLater = "Alpha Minister met Beta Envoy in Rome."
	b := NewBuilder(t, "Meeting", "2025-03-08", metLater)
	b.Edge(b.Actor("Alpha Minister", graph.Person), graph.Consult, b.Actor("Beta Envoy", graph.Person), metLater, "met")
	ingest(t, s, b.Clone())
	if m := modalities(); m[deniedEdge] != graph.Asserted {
		t.Errorf("after an article asserts it, the link of %s says %q, want asserted", deniedEdge, m[deniedEdge])
	}
	if got, want := reached(false), sorted(alpha, beta, gamma); !slices.Equal(got, want) {
		t.Errorf("after the meeting is asserted, the neighbourhood of %s = %v, want %v", alpha, got, want)
	}
	CheckConsistent(t, s)
}
