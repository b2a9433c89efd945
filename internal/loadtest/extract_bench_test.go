package loadtest_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkExtractCorpus extracts 500 generated articles on one
// goroutine: the extractor's MB/s per core on the load-test corpus
// (extract's own BenchmarkExtract measures it on the seeds and test
// articles).
func BenchmarkExtractCorpus(b *testing.B) {
	g := corpus.New(corpus.Options{Seed: 1})
	var arts []graph.Article
	size := 0
	for i := range 500 {
		a := g.Article(i)
		arts = append(arts, graph.Article{Title: a.Title, Published: a.Date, Text: a.Body})
		size += len(a.Body)
	}
	x := extract.New(extract.Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
