package resolvers_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/resolvers"
)

// abusiveQueries are requests built to make a GraphQL server work hard;
// each must be refused quickly with LIMIT_EXCEEDED.
func abusiveQueries() map[string]string {
	q := map[string]string{}

	// Deep nesting through relations.
	deep := "id"
	for range 20 {
		deep = "sourceNode { ... on Actor { relations(first: 1) { edges { node { " + deep + " } } } } }"
	}
	q["deeply nested"] = `query($id: ID!) { node(id: $id) { ... on Relation { ` + deep + ` } } }`

	// An alias bomb: the same list a thousand times.
	var b strings.Builder
	b.WriteString("{")
	for i := range 1000 {
		fmt.Fprintf(&b, " a%d: actors { totalCount }", i)
	}
	b.WriteString(" }")
	q["alias bomb"] = b.String()

	// A fragment bomb: each fragment spreads the next twice, 2^30 fields
	// once expanded.
	b.Reset()
	b.WriteString("query { ...F0 }\n")
	for i := range 30 {
		fmt.Fprintf(&b, "fragment F%d on Query { a%d: actors(first: 500) { totalCount } ...F%d ...F%d }\n", i, i, i+1, i+1)
	}
	b.WriteString("fragment F30 on Query { stats { nodes } }\n")
	q["fragment bomb"] = b.String()

	// Huge page sizes, nested.
	q["huge first"] = `{ actors(first: 1000000) { edges { node { statements(first: 1000000) { totalCount } } } } }`
	q["wide pages nested"] = `{ actors(first: 500) { edges { node { relations(first: 500) { edges { node { evidence { sentence } } } } } } } }`
	return q
}

func TestAbusiveQueriesAreRefusedQuickly(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{MaxBodyBytes: 64 << 10, ParserTokenLimit: 20000})

	// Another client is served all along.
	stop := make(chan struct{})
	var served, failed atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		body, _ := json.Marshal(map[string]any{"query": `{ actors(first: 3) { edges { node { name } } } }`})
		for {
			select {
			case <-stop:
				return
			default:
			}
			resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil || resp.StatusCode != http.StatusOK {
				failed.Add(1)
			} else {
				served.Add(1)
			}
			if resp != nil {
				resp.Body.Close()
			}
		}
	}()

	for name, query := range abusiveQueries() {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			r := post(t, srv, query, map[string]any{"id": "rel_0000000000000000"})
			took := time.Since(start)
			if len(r.Errors) == 0 || r.Errors[0].code() != "LIMIT_EXCEEDED" {
				t.Errorf("status %d, data %.200s, errors %.300v; want a LIMIT_EXCEEDED refusal", r.Status, r.Data, r.Errors)
			}
			if string(r.Data) != "" && string(r.Data) != "null" {
				t.Errorf("an abusive query ran: %.200s", r.Data)
			}
			if took > 2*time.Second {
				t.Errorf("refusing took %s", took)
			}
			t.Logf("%s: %s in %s: %.120s", name, r.Errors[0].code(), took, r.Errors[0].Message)
		})
	}
	t.Run("oversized body", func(t *testing.T) {
		start := time.Now()
		r := post(t, srv, `{ stats { nodes } }`, map[string]any{"pad": strings.Repeat("x", 1<<20)})
		if r.Status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" {
			t.Errorf("status %d, errors %+v; want 413 LIMIT_EXCEEDED", r.Status, r.Errors)
		}
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("refusing took %s", took)
		}
	})
	close(stop)
	wg.Wait()
	if served.Load() == 0 || failed.Load() != 0 {
		t.Errorf("the other client was served %d times and failed %d times", served.Load(), failed.Load())
	}
	t.Logf("the other client was served %d times meanwhile", served.Load())
}
