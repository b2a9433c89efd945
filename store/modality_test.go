package store_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// modalMeeting is an article in which Anna Lindqvist and Omar Haddad
// meet, or only plan, deny or discuss meeting: one CONSULT edge whose
// evidence has modality m and action day when.
func modalMeeting(tb testing.TB, title, date, sentence string, m graph.Modality, when string) (*graph.Batch, graph.ID) {
	tb.Helper()
	b := graphtest.NewBuilder(tb, title, date, sentence)
	a := b.Actor("Anna Lindqvist", graph.Person)
	o := b.Actor("Omar Haddad", graph.Person)
	id := b.Edge(a, graph.Consult, o, sentence, "meet")
	ev := &b.B.Edges[len(b.B.Edges)-1].Evidence[0]
	ev.Modality, ev.When = m, when
	return b.B, id
}

// TestModalityIsStoredAndSummarised checks that evidence keeps its
// modality and action day, that the head and the adjacency summarise the
// most factual modality, and that corrections recompute it.
func TestModalityIsStoredAndSummarised(t *testing.T) {
	dir := t.TempDir()
	db := open(t, dir, store.Options{})
	ctx := context.Background()
	denied, id := modalMeeting(t, "Denied", "2025-03-09", "Anna Lindqvist did not meet Omar Haddad on Friday.", graph.Negated, "2025-03-07")
	if _, err := db.Ingest(ctx, denied); err != nil {
		t.Fatal(err)
	}
	check := func(stage string, want graph.Modality, first, last string) {
		t.Helper()
		heads, err := db.EdgeHeads(ctx, []graph.ID{id})
		if err != nil || len(heads) != 1 {
			t.Fatalf("%s: EdgeHeads = %v, %v", stage, heads, err)
		}
		if h := heads[0]; h.MostFactual() != want || h.FirstSeen() != first || h.LastSeen() != last {
			t.Errorf("%s: head modality %q, seen %s..%s; want %q, %s..%s", stage, h.MostFactual().Name(), h.FirstSeen(), h.LastSeen(), want.Name(), first, last)
		}
		e, err := db.Edge(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.MostFactual() != want || e.FirstSeen() != first {
			t.Errorf("%s: edge modality %q, first seen %s; want %q, %s", stage, e.MostFactual().Name(), e.FirstSeen(), want.Name(), first)
		}
		links, err := db.Adjacent(ctx, graph.ActorID("Anna Lindqvist"), graph.Both, []graph.EdgeClass{graph.Consult})
		if err != nil || len(links) != 1 {
			t.Fatalf("%s: Adjacent = %v, %v", stage, links, err)
		}
		if links[0].Modality != want {
			t.Errorf("%s: link modality %q, want %q", stage, links[0].Modality.Name(), want.Name())
		}
	}
	check("denied only", graph.Negated, "2025-03-07", "2025-03-07")
	e, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if ev := e.Evidence[0]; ev.Modality != graph.Negated || ev.When != "2025-03-07" || ev.Date != "2025-03-09" {
		t.Errorf("evidence read back as %+v", ev)
	}

	met, _ := modalMeeting(t, "Met", "2025-04-02", "Anna Lindqvist met Omar Haddad in April.", graph.Asserted, "2025-04")
	if _, err := db.Ingest(ctx, met); err != nil {
		t.Fatal(err)
	}
	check("denied, then met", graph.Asserted, "2025-03-07", "2025-04")

	planned, _ := modalMeeting(t, "Planned", "2025-04-20", "Anna Lindqvist will meet Omar Haddad on Monday.", graph.Planned, "2025-04-21")
	if _, err := db.Ingest(ctx, planned); err != nil {
		t.Fatal(err)
	}
	check("and planned", graph.Asserted, "2025-03-07", "2025-04-21")

	// Corrections rewrite the summary from the evidence left.
	for _, art := range []graph.ID{met.Article.ID, planned.Article.ID} {
		if err := db.DeleteArticle(ctx, art); err != nil {
			t.Fatal(err)
		}
	}
	check("after deleting the fact", graph.Negated, "2025-03-07", "2025-03-07")

	// The summary and the evidence survive reopening.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(t, dir, store.Options{})
	check("reopened", graph.Negated, "2025-03-07", "2025-03-07")
}

// TestTraversalsFollowOnlyFacts checks that a neighbourhood and a path
// search over the store leave out an edge that is only denied, and
// follow it when asked for what is no fact.
func TestTraversalsFollowOnlyFacts(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx := context.Background()
	denied, deniedID := modalMeeting(t, "Denied", "2025-03-09", "Anna Lindqvist did not meet Omar Haddad.", graph.Negated, "")
	if _, err := db.Ingest(ctx, denied); err != nil {
		t.Fatal(err)
	}
	text := "Anna Lindqvist will meet Lea Stone on Monday."
	b := graphtest.NewBuilder(t, "Planned", "2025-03-09", text)
	anna, lea := b.Actor("Anna Lindqvist", graph.Person), b.Actor("Lea Stone", graph.Person)
	plannedID := b.Edge(anna, graph.Consult, lea, text, "will meet")
	b.B.Edges[0].Evidence[0].Modality = graph.Planned
	if _, err := db.Ingest(ctx, b.B); err != nil {
		t.Fatal(err)
	}
	omar := graph.ActorID("Omar Haddad")
	for _, heads := range []bool{false, true} {
		sub, err := graph.Neighborhood(ctx, db, []graph.ID{anna}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, Heads: heads})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := sub.Distance[omar]; ok || len(sub.Edges) != 1 || sub.Edges[0].ID != plannedID {
			t.Errorf("heads %v: default neighbourhood has %v and edges %v; want only the planned meeting", heads, sub.Distance, sub.Edges)
		}
		sub, err = graph.Neighborhood(ctx, db, []graph.ID{anna}, graph.TraverseOptions{Depth: 1, Direction: graph.Both, Heads: heads, NonFactual: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := sub.Distance[omar]; !ok || len(sub.Edges) != 2 {
			t.Errorf("heads %v: neighbourhood with non-facts has %v and %d edges; want Omar Haddad and both edges", heads, sub.Distance, len(sub.Edges))
		}
	}
	p, err := graph.ShortestPath(ctx, db, anna, omar, graph.PathOptions{MaxDepth: 2, Direction: graph.Both})
	if err != nil || p != nil {
		t.Errorf("a path through a denied meeting: %v, %v", p, err)
	}
	p, err = graph.ShortestPath(ctx, db, anna, omar, graph.PathOptions{MaxDepth: 2, Direction: graph.Both, NonFactual: true})
	if err != nil || p == nil || p.Len() != 1 || p.Edges[0].ID != deniedID {
		t.Errorf("path with non-facts = %v, %v; want the denied meeting", p, err)
	}
}
