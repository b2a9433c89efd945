package web_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/seeds"
	"github.com/newsgraph/newsgraph/store"
)

// seedGraph stores the five embedded seed articles, as newsgraph serve
// does on an empty database, in a new Badger database in a temporary
// directory.
func seedGraph(t *testing.T) *store.DB {
	t.Helper()
	return ingestAll(t, seeds.Articles())
}

// generatedGraph stores n articles of the synthetic corpus (the one
// newsgraph gen writes, seed 1) in a new Badger database in a temporary
// directory, and returns it with the corpus's most mentioned person.
func generatedGraph(t *testing.T, n int) (*store.DB, string) {
	t.Helper()
	g := corpus.New(corpus.Options{Seed: 1})
	arts := make([]graph.Article, n)
	for i := range arts {
		a := g.Article(i)
		arts[i] = graph.Article{Title: a.Title, Published: a.Date, Text: a.Body, Origin: a.FileName()}
	}
	return ingestAll(t, arts), g.Hubs(1)[0].Name
}

// ingestAll extracts and stores articles in a new Badger database in a
// temporary directory.
func ingestAll(t *testing.T, arts []graph.Article) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	if rep, err := p.IngestArticles(context.Background(), arts, nil); err != nil || rep.Failed > 0 {
		t.Fatalf("ingest %d articles: %v, %s", len(arts), err, rep.Summary())
	}
	return db
}

// actorID is the ID of the one actor db knows by name.
func actorID(t *testing.T, db *store.DB, name string) graph.ID {
	t.Helper()
	ids, err := db.Lookup(context.Background(), name)
	if err != nil || len(ids) != 1 {
		t.Fatalf("lookup %q: %v, %v; want one actor", name, ids, err)
	}
	return ids[0]
}
