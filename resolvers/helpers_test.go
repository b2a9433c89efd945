package resolvers_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// graphDump lists everything r holds, for before/after comparisons.
func graphDump(r graph.Reader) (string, error) { return graphtest.Dump(context.Background(), r) }

// graphtestConsistent fails t when the fixture's store is inconsistent.
func graphtestConsistent(t *testing.T, f *fixture) {
	t.Helper()
	graphtest.CheckConsistent(t, f.db)
}
