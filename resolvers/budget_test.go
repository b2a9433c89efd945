package resolvers_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

// TestExpensiveOperationsTakeATurn: operations that may scan a list to
// order or filter it take a turn of Options.Expensive, and get
// LIMIT_EXCEEDED when refused one; other operations never ask.
func TestExpensiveOperationsTakeATurn(t *testing.T) {
	f := newFixture(t)
	var asked, released atomic.Int32
	refuse := atomic.Bool{}
	srv := f.server(t, resolvers.Options{ResponseCacheBytes: -1, Expensive: func(ctx context.Context) (func(), error) {
		asked.Add(1)
		if refuse.Load() {
			return nil, errors.New("the server is busy with other expensive requests")
		}
		return func() { released.Add(1) }, nil
	}})
	cheap := []string{
		`{ stats { articles } }`,
		`query($id: ID!) { node(id: $id) { id } }`,
	}
	costly := []string{
		`{ relations(first: 5) { totalCount } }`,
		`{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 5) { totalCount } }`,
		`{ actors(orderBy: {field: NAME}, first: 5) { totalCount } }`,
		`query { ...F } fragment F on Query { actors(filter: {name: "zel"}) { totalCount } }`,
	}
	for _, q := range cheap {
		r := post(t, srv, q, map[string]any{"id": f.zelensky})
		if len(r.Errors) != 0 || asked.Load() != 0 {
			t.Fatalf("%s: %+v; asked for a turn %d times", q, r.Errors, asked.Load())
		}
	}
	for i, q := range costly {
		r := post(t, srv, q, nil)
		if len(r.Errors) != 0 || asked.Load() != int32(i+1) || released.Load() != int32(i+1) {
			t.Fatalf("%s: %+v; asked %d, released %d", q, r.Errors, asked.Load(), released.Load())
		}
	}
	refuse.Store(true)
	r := post(t, srv, costly[1], nil)
	if len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" || !strings.Contains(r.Errors[0].Message, "busy") {
		t.Fatalf("refused turn: %s %+v, want LIMIT_EXCEEDED", r.Data, r.Errors)
	}
	if r := post(t, srv, cheap[0], nil); len(r.Errors) != 0 {
		t.Fatalf("a cheap query while busy: %+v", r.Errors)
	}
}
