package ingest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// cancellingWriter passes batches to a store and cancels the run's
// context once it has stored n of them, as a signal would mid-run.
type cancellingWriter struct {
	w      graph.Writer
	n      int
	cancel context.CancelFunc
}

func (c *cancellingWriter) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	if c.n == 0 {
		c.cancel()
	} else {
		c.n--
	}
	return c.w.Ingest(ctx, b)
}

// TestIngestPathsInterruptedMidway checks that an interrupted run
// reports the articles it stored and nothing as failed: the article in
// hand when the signal came is not stored and not blamed.
func TestIngestPathsInterruptedMidway(t *testing.T) {
	db := openDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := newPipeline(&cancellingWriter{w: db, n: 7, cancel: cancel}, 2)
	rep, err := p.IngestPaths(ctx, []string{manyArticles(t, 30)}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rep.Failed != 0 || rep.Ingested+rep.Duplicates != 7 || len(rep.Results) != 7 {
		t.Errorf("%s with %d results, want the 7 stored and no failure", rep.Summary(), len(rep.Results))
	}
	if n := countArticles(t, db); n != rep.Ingested {
		t.Errorf("%d articles stored, the report says %d", n, rep.Ingested)
	}
}
