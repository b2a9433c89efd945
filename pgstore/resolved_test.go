package pgstore_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
)

// TestOpenAddsResolvedColumn stores a graph, drops evidence.resolved as
// a graph written before it was added lacks it, and checks that a
// read-only Open reads the graph as it was and adds nothing, and that an
// Open for writing adds the column in place, changes nothing stored,
// and keeps the resolutions of evidence ingested after.
func TestOpenAddsResolvedColumn(t *testing.T) {
	url := pgtest.URL(t)
	db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.GenerateGraph(t, db, 7, 20, 60)
	want, err := graphtest.Dump(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	execSQL(t, url, `ALTER TABLE evidence DROP COLUMN resolved`)

	ro, err := pgstore.Open(t.Context(), url, pgstore.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only Open without the column: %v", err)
	}
	if got, err := graphtest.Dump(t.Context(), ro); err != nil || got != want {
		t.Errorf("read-only without the column reads differently (%v)", err)
	}
	ro.Close()
	if hasResolved(t, url) {
		t.Fatal("a read-only Open added the column")
	}

	db, err = pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatalf("Open without the column: %v", err)
	}
	defer db.Close()
	if !hasResolved(t, url) {
		t.Fatal("Open for writing did not add evidence.resolved")
	}
	if got, err := graphtest.Dump(t.Context(), db); err != nil || got != want {
		t.Errorf("adding the column changed the graph (%v)", err)
	}
	const text = "Karin Holm arrived in Oslo. She met Lars Vik."
	b := graphtest.NewBuilder(t, "Resolved after the upgrade", "2025-04-01", text)
	holm := b.Actor("Karin Holm", graph.Person)
	vik := b.Actor("Lars Vik", graph.Person)
	id := b.Edge(holm, graph.Consult, vik, "She met Lars Vik.", "met")
	r := graph.Resolution{Actor: holm, Mention: "She", Start: 28, End: 31, Rule: "pronoun:personal", Antecedent: "Karin Holm", AntecedentEnd: 10}
	b.B.Edges[0].Evidence[0].Resolved = []graph.Resolution{r}
	if _, err := db.Ingest(t.Context(), b.B); err != nil {
		t.Fatal(err)
	}
	e, err := db.Edge(t.Context(), id)
	if err != nil || len(e.Evidence) != 1 || len(e.Evidence[0].Resolved) != 1 || e.Evidence[0].Resolved[0] != r {
		t.Errorf("after the upgrade the resolved edge reads %+v (%v)", e, err)
	}
	graphtest.CheckConsistent(t, db)
}

func hasResolved(t *testing.T, url string) bool {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var has bool
	err = conn.QueryRow(t.Context(), `SELECT EXISTS (SELECT 1 FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'evidence' AND column_name = 'resolved')`).Scan(&has)
	if err != nil {
		t.Fatal(err)
	}
	return has
}
