package store_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// settled is a store with write-behind whose Ingest waits for the commit,
// so that the conformance suites, which read right after ingesting, run
// against the write-behind code path.
type settled struct{ *store.DB }

func (s settled) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	res, err := s.DB.Ingest(ctx, b)
	if err != nil {
		return res, err
	}
	return res, s.DB.Settle()
}

func TestConformanceWriteBehind(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return settled{open(t, t.TempDir(), store.Options{WriteBehind: true})}
	})
	graphtest.RunEditor(t, func(t *testing.T) graph.EditStore {
		return settled{open(t, t.TempDir(), store.Options{WriteBehind: true})}
	})
}

// TestWriteBehindPlansFromQueuedWrites ingests a stream of articles that
// keep naming the same actors and edges without waiting for commits, and
// checks that every article was planned as if the ones before were
// committed: the same results and the same graph as writing one by one.
func TestWriteBehindPlansFromQueuedWrites(t *testing.T) {
	ctx := context.Background()
	sync := open(t, t.TempDir(), store.Options{})
	behind := open(t, t.TempDir(), store.Options{WriteBehind: true})
	var batches []*graph.Batch
	for i := range 300 {
		batches = append(batches, newsArticle(t, i))
		if i%3 == 0 {
			b, _ := meeting(t, i)
			batches = append(batches, b)
		}
	}
	batches = append(batches, newsArticle(t, 7)) // a duplicate while queued
	for i, b := range batches {
		want, err := sync.Ingest(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := behind.Ingest(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Duplicate != want.Duplicate || got.NodesCreated != want.NodesCreated || got.NodesUpdated != want.NodesUpdated ||
			got.EdgesCreated != want.EdgesCreated || got.EdgesUpdated != want.EdgesUpdated || len(got.Resolved) != len(want.Resolved) {
			t.Fatalf("article %d: write-behind %+v, one by one %+v", i, got, want)
		}
	}
	if err := behind.Settle(); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Dump(ctx, sync)
	if err != nil {
		t.Fatal(err)
	}
	got, err := graphtest.Dump(ctx, behind)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("write-behind graph differs from one written one by one")
	}
	ws, err := sync.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gs, err := behind.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ws.TotalEdges() != gs.TotalEdges() || ws.TotalNodes() != gs.TotalNodes() {
		t.Errorf("counters: write-behind %d nodes %d edges, one by one %d and %d", gs.TotalNodes(), gs.TotalEdges(), ws.TotalNodes(), ws.TotalEdges())
	}
}
