package resolvers_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

// TestExplainWithoutExplainer checks that a server given no Explainer
// refuses the explain query with a message saying why.
func TestExplainWithoutExplainer(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	failing(t, srv, `{ explain(id: "art_0000000000000000") { text } }`, nil, "INVALID_ARGUMENT", "this server does not explain")
}
