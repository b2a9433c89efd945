package pgstore_test

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// open opens a store in a new schema and closes it when the test ends.
func open(t testing.TB) *pgstore.DB {
	t.Helper()
	db, err := pgstore.Open(t.Context(), pgtest.URL(t), pgstore.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store { return open(t) })
}

// TestConformanceBulkLoad runs the suite with the asynchronous commits
// newsgraph ingest uses, closing (and so flushing) each store.
func TestConformanceBulkLoad(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		db, err := pgstore.Open(t.Context(), pgtest.URL(t), pgstore.Options{BulkLoad: true})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() {
			if err := db.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return db
	})
}

func TestEditorConformance(t *testing.T) {
	graphtest.RunEditor(t, func(t *testing.T) graph.EditStore { return open(t) })
}

func TestHeadScanner(t *testing.T) {
	graphtest.RunHeadScanner(t, func(t *testing.T) graph.Store { return open(t) })
}

func TestNeighborhood(t *testing.T) {
	graphtest.RunNeighborhood(t, func(t *testing.T) graph.Store { return open(t) })
}
