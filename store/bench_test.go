package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// newsArticle makes article i of a stream in which a pool of 50 actors
// keeps meeting: each article has 10 actors, 9 CONSULT edges, a
// statement and MENTIONS edges, about the size of a real news article's
// extraction.
func newsArticle(tb testing.TB, i int) *graph.Batch {
	var names []string
	var sb strings.Builder
	for j := range 10 {
		names = append(names, fmt.Sprintf("Official%02d Person", (i*7+j*3)%50))
	}
	for j := 1; j < len(names); j++ {
		fmt.Fprintf(&sb, "%s met %s in round %d. ", names[0], names[j], i)
	}
	quote := fmt.Sprintf("Round %d went well", i)
	fmt.Fprintf(&sb, "%q, %s said.", quote, names[0])
	text := sb.String()
	b := graphtest.NewBuilder(tb, fmt.Sprintf("Round %d", i), "2025-12-01", text)
	var ids []graph.ID
	for _, n := range names {
		ids = append(ids, b.Actor(n, graph.Person))
	}
	for j := 1; j < len(ids); j++ {
		if ids[j] == ids[0] {
			continue
		}
		b.Edge(ids[0], graph.Consult, ids[j], fmt.Sprintf("%s met %s in round %d.", names[0], names[j], i), "met")
		b.Edge(b.ID(), graph.Mentions, ids[j], fmt.Sprintf("%s met %s in round %d.", names[0], names[j], i), "")
	}
	stm := b.Node(graph.KindStatement, quote)
	b.Edge(ids[0], graph.Stated, stm, fmt.Sprintf("%q, %s said.", quote, names[0]), "said")
	return b.B
}

func BenchmarkIngest(b *testing.B) {
	db, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	batches := make([]*graph.Batch, b.N)
	for i := range batches {
		batches[i] = newsArticle(b, i)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		if _, err := db.Ingest(ctx, batches[i]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAdjacent(b *testing.B) {
	db, err := store.Open(b.TempDir(), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	for i := range 500 {
		if _, err := db.Ingest(ctx, newsArticle(b, i)); err != nil {
			b.Fatal(err)
		}
	}
	var actors []graph.ID
	if err := db.ScanNodes(ctx, graph.KindActor, "", func(n graph.Node) error {
		actors = append(actors, n.ID)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		dir     graph.Direction
		classes []graph.EdgeClass
	}{
		{"both/all", graph.Both, nil},
		{"out/CONSULT", graph.Out, []graph.EdgeClass{graph.Consult}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			links := 0
			for i := range b.N {
				l, err := db.Adjacent(ctx, actors[i%len(actors)], tc.dir, tc.classes)
				if err != nil {
					b.Fatal(err)
				}
				links += len(l)
			}
			b.ReportMetric(float64(links)/float64(b.N), "links/op")
		})
	}
}
