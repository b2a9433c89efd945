package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// extractNamed extracts text as an article of 2026-03-02 and returns
// the batch with each node's label by ID, which the table tests use to
// write edges as "A CLASS B".
func extractNamed(t *testing.T, text string) (*graph.Batch, map[graph.ID]string) {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[graph.ID]string{}
	for _, n := range b.Nodes {
		names[n.ID] = n.Label
	}
	return b, names
}
