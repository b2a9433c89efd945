package graphtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// testResolvedEvidence: evidence whose source was resolved from a
// pronoun keeps the resolution (mention, rule, antecedent, actor) when
// stored, read back with the edge and with the edges of a node, and
// evidence without one reads back without.
func testResolvedEvidence(t *testing.T, s graph.Store) {
	const (
		before = "Karin Holm arrived in Oslo on Monday."
		met    = "She met Lars Vik on Tuesday."
		named  = "Karin Holm thanked Lars Vik."
	)
	text := before + " " + met + " " + named
	a := NewBuilder(t, "Resolved", "2025-04-01", text)
	holm := a.Actor("Karin Holm", graph.Person)
	vik := a.Actor("Lars Vik", graph.Person)
	metEdge := a.Edge(holm, graph.Consult, vik, met, "met")
	she := strings.Index(text, "She")
	want := graph.Resolution{Actor: holm, Mention: "She", Start: she, End: she + 3, Rule: "pronoun:personal",
		Antecedent: "Karin Holm", AntecedentStart: 0, AntecedentEnd: len("Karin Holm")}
	a.B.Edges[len(a.B.Edges)-1].Evidence[0].Resolved = []graph.Resolution{want}
	thanks := a.Edge(holm, graph.Support, vik, named, "thanked")
	ingest(t, s, a.Clone())

	e, err := s.Edge(t.Context(), metEdge)
	if err != nil {
		t.Fatalf("Edge: %v", err)
	}
	if len(e.Evidence) != 1 || fmt.Sprint(e.Evidence[0].Resolved) != fmt.Sprint([]graph.Resolution{want}) {
		t.Errorf("resolved evidence reads back as %+v, want resolutions %+v", e.Evidence, want)
	}
	e, err = s.Edge(t.Context(), thanks)
	if err != nil {
		t.Fatalf("Edge: %v", err)
	}
	if len(e.Evidence) != 1 || e.Evidence[0].Resolved != nil {
		t.Errorf("evidence of named ends reads back with resolutions: %+v", e.Evidence)
	}
	// Bad offsets are refused, naming the evidence.
	bad := a.Clone()
	bad.Edges[0].Evidence[0].Resolved = []graph.Resolution{{Actor: holm, Mention: "She", Start: 0, End: 3, Rule: "pronoun:personal"}}
	if _, err := s.Ingest(t.Context(), bad); graph.KindOf(err) != graph.Invalid {
		t.Errorf("a resolution whose offsets miss its mention: err %v, want ErrInvalid", err)
	}
}

// testMergeMovesResolutions: merging the actor a resolution names moves
// the resolution with the edge: it names the actor merged into.
func testMergeMovesResolutions(t *testing.T, s graph.EditStore) {
	const (
		before = "The Nordic Minister arrived in Oslo on Monday."
		met    = "She met Lars Vik on Tuesday."
	)
	text := before + " " + met
	a := NewBuilder(t, "Resolved merge", "2025-04-01", text)
	minister := a.Actor("Nordic Minister", graph.Person)
	holm := a.Actor("Karin Holm", graph.Person)
	vik := a.Actor("Lars Vik", graph.Person)
	a.Edge(minister, graph.Consult, vik, met, "met")
	she := strings.Index(text, "She")
	ante := strings.Index(text, "Nordic Minister")
	a.B.Edges[len(a.B.Edges)-1].Evidence[0].Resolved = []graph.Resolution{{Actor: minister, Mention: "She", Start: she, End: she + 3,
		Rule: "pronoun:personal", Antecedent: "Nordic Minister", AntecedentStart: ante, AntecedentEnd: ante + len("Nordic Minister")}}
	a.Edge(a.ID(), graph.Mentions, holm, before, "")
	ingest(t, s, a.Clone())
	mustMerge(t, s, holm, minister)
	e, err := s.Edge(t.Context(), graph.EdgeID(holm, graph.Consult, vik))
	if err != nil {
		t.Fatalf("the merged edge: %v", err)
	}
	if len(e.Evidence) != 1 || len(e.Evidence[0].Resolved) != 1 || e.Evidence[0].Resolved[0].Actor != holm {
		t.Errorf("after the merge the evidence is %+v, want its resolution to name %s", e.Evidence, holm)
	}
}
