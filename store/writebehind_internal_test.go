package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestWriteBehindReadsQueuedWrites delays every write-behind commit, so
// that each article is planned while the ones before it are still being
// written, and checks the results and the graph against writing one by
// one: planning must read the queued writes (actors, edge heads,
// counters, names) from the overlay.
func TestWriteBehindReadsQueuedWrites(t *testing.T) {
	ctx := context.Background()
	open := func(o Options) *DB {
		db, err := Open(t.TempDir(), o)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	sync, behind := open(Options{}), open(Options{WriteBehind: true})
	queue := make(chan func(), 1000)
	started := make(chan struct{})
	go func() {
		defer close(started)
		for commit := range queue {
			time.Sleep(time.Millisecond)
			commit()
		}
	}()
	behind.delayCommit = func(commit func()) { queue <- commit }

	ingest := func(i int, b *graphtest.Builder) {
		t.Helper()
		want, err := sync.Ingest(ctx, b.Clone())
		if err != nil {
			t.Fatal(err)
		}
		got, err := behind.Ingest(ctx, b.Clone())
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("article %d: write-behind %+v, one by one %+v", i, got, want)
		}
	}
	// A name first written as an alias of a known actor (not looked up
	// on the way) and looked up by the next article while the first is
	// still being written.
	var steps []*graphtest.Builder
	for i, step := range []struct{ name, alias string }{
		{"Meridian Pharma", ""}, {"Meridian Pharma", "Meridian"}, {"Meridian", ""},
	} {
		sentence := fmt.Sprintf("%s spoke on step %d.", step.name, i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Step %d", i), "2025-02-01", sentence)
		var aliases []string
		if step.alias != "" {
			aliases = append(aliases, step.alias)
		}
		x := b.Actor(step.name, graph.Organization, aliases...)
		b.Edge(b.ID(), graph.Mentions, x, sentence, "")
		steps = append(steps, b)
	}
	var want []graph.IngestResult
	for _, b := range steps {
		res, err := sync.Ingest(ctx, b.Clone())
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, res)
	}
	for i, b := range steps { // back to back: each while the last is queued
		got, err := behind.Ingest(ctx, b.Clone())
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Fatalf("step %d: write-behind %+v, one by one %+v", i, got, want[i])
		}
	}

	names := []string{"Anna Lindqvist", "Omar Haddad", "Wei Zhang", "Kofi Mensah", "Lucia Torres", "Lindqvist", "Haddad"}
	for i := range 200 {
		a, o := names[i%len(names)], names[(i*3+1)%len(names)]
		if graph.Fold(a) == graph.Fold(o) {
			continue
		}
		sentence := fmt.Sprintf("%s met %s on day %d.", a, o, i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), "2025-03-01", sentence)
		x := b.Actor(a, graph.Person)
		y := b.Actor(o, graph.Person)
		b.Edge(x, graph.Consult, y, sentence, "met")
		b.Edge(b.ID(), graph.Mentions, x, sentence, "")
		ingest(i, b)
	}
	if err := behind.Settle(); err != nil {
		t.Fatal(err)
	}
	close(queue)
	<-started
	w, err := graphtest.Dump(ctx, sync)
	if err != nil {
		t.Fatal(err)
	}
	g, err := graphtest.Dump(ctx, behind)
	if err != nil {
		t.Fatal(err)
	}
	if g != w {
		t.Errorf("write-behind graph differs from one written one by one")
	}
	ws, _ := sync.Stats(ctx)
	gs, _ := behind.Stats(ctx)
	if fmt.Sprint(ws) != fmt.Sprint(gs) {
		t.Errorf("counters: write-behind %v, one by one %v", gs, ws)
	}
	for _, db := range []*DB{sync, behind} {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	}
}
