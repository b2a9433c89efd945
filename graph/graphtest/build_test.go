package graphtest_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestBuilderMakesConsistentBatches(t *testing.T) {
	const text = "Kushner met Witkoff. Witkoff thanked Kushner."
	b := graphtest.NewBuilder(t, "Envoys", "2025-12-25", text)
	k := b.Actor("Jared Kushner", graph.Person, "Kushner")
	w := b.Actor("Steve Witkoff", graph.Person)
	id := b.Edge(w, graph.Consult, k, "Kushner met Witkoff.", "met")
	b.Edge(w, graph.Support, k, "Witkoff thanked Kushner.", "thanked")

	if b.ID() != graph.ArticleID(text) || b.B.Article.Kind != graph.KindArticle {
		t.Errorf("article node = %+v", b.B.Article)
	}
	if k != graph.ActorID("Jared Kushner") {
		t.Errorf("actor ID %s, want ActorID of its name", k)
	}
	if id != graph.EdgeID(k, graph.Consult, w) {
		t.Errorf("symmetric edge ID depends on direction")
	}
	for _, e := range b.B.Edges {
		ev := e.Evidence[0]
		if text[ev.Start:ev.End] != ev.Sentence || ev.Article != b.ID() || ev.Date != "2025-12-25" {
			t.Errorf("evidence %+v does not slice the text", ev)
		}
	}
	c := b.Clone()
	c.Nodes[0].Aliases[0] = "changed"
	c.Edges[0].Evidence[0].Start = 99
	if b.B.Nodes[0].Aliases[0] != "Kushner" || b.B.Edges[0].Evidence[0].Start == 99 {
		t.Errorf("Clone shares memory with the builder's batch")
	}
}
