package store

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// amongRecorder is the store, recording the one StrongestAmong call of
// a traversal.
type amongRecorder struct {
	*DB
	nodes, except []graph.ID
	classes       []graph.EdgeClass
	nonFactual    bool
	limit         int
}

func (r *amongRecorder) StrongestAmong(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, bool, error) {
	r.nodes, r.classes, r.nonFactual, r.except, r.limit = nodes, classes, nonFactual, except, limit
	return r.DB.StrongestAmong(ctx, nodes, classes, nonFactual, except, limit)
}

// StrongestAmongNodes records the call as StrongestAmong does: a
// neighbourhood asks for the nodes' records too (format 9).
func (r *amongRecorder) StrongestAmongNodes(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, []graph.Node, bool, error) {
	r.nodes, r.classes, r.nonFactual, r.except, r.limit = nodes, classes, nonFactual, except, limit
	return r.DB.StrongestAmongNodes(ctx, nodes, classes, nonFactual, except, limit)
}

// BenchmarkStrongestAmongHub is StrongestAmong alone with the arguments
// the hub's default-capped neighbourhood gives it (NEWSGRAPH_BENCH_DB,
// NEWSGRAPH_BENCH_ROOT), and the whole neighbourhood; the answers are
// written to NEWSGRAPH_BENCH_OUT when set, to compare builds.
func BenchmarkStrongestAmongHub(b *testing.B) {
	ctx := context.Background()
	dir := os.Getenv("NEWSGRAPH_BENCH_DB")
	if dir == "" {
		b.Skip("NEWSGRAPH_BENCH_DB not set")
	}
	db, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	root := benchRoot(b, ctx, db)
	opt := graph.TraverseOptions{Depth: 2, Direction: graph.Both, MaxNodes: 150, MaxEdges: 400, FromLinks: true, Heads: true}
	rec := &amongRecorder{DB: db}
	sub, err := graph.Neighborhood(ctx, rec, []graph.ID{root}, opt)
	if err != nil {
		b.Fatal(err)
	}
	got, more, err := db.StrongestAmong(ctx, rec.nodes, rec.classes, rec.nonFactual, rec.except, rec.limit)
	if err != nil {
		b.Fatal(err)
	}
	if out := os.Getenv("NEWSGRAPH_BENCH_OUT"); out != "" {
		data, _ := json.Marshal(map[string]any{"among": got, "more": more, "sub": sub})
		if err := os.WriteFile(out, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	m := amongMerge{nodes: rec.nodes, classes: rec.classes, nonFactual: rec.nonFactual, except: rec.except, limit: rec.limit, budget: mergeBudget(rec.limit, len(rec.nodes))}
	if err := db.view("bench", func(txn *badger.Txn) error { return m.run(ctx, txn) }); err != nil {
		b.Fatal(err)
	}
	low, _ := m.low()
	b.Logf("%d nodes, limit %d: %d keys, %d seeks, %d edges found, floor %d", len(rec.nodes), rec.limit, m.keys, m.seeks, m.added, low)
	b.Run("StrongestAmong", func(b *testing.B) {
		b.ReportAllocs()
		cpu := processCPU()
		for b.Loop() {
			if _, _, err := db.StrongestAmong(ctx, rec.nodes, rec.classes, rec.nonFactual, rec.except, rec.limit); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	})
	b.Run("Neighborhood", func(b *testing.B) {
		b.ReportAllocs()
		cpu := processCPU()
		for b.Loop() {
			if _, err := graph.Neighborhood(ctx, db, []graph.ID{root}, opt); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	})
}
