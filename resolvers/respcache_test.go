package resolvers_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

// exchange posts a GraphQL request and returns the raw body and the
// cache header.
func exchange(t *testing.T, srv *httptest.Server, query string, vars map[string]any) (body, cache string) {
	t.Helper()
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("HTTP %d: %s", resp.StatusCode, out)
	}
	return string(out), resp.Header.Get(resolvers.CacheHeader)
}

const hoodQuery = `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id ... on Actor { name aliases } } edges { id class support } } }`

func TestResponseCacheServesRepeatsUntilTheGraphChanges(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	vars := map[string]any{"id": string(f.witkoff)}

	first, c1 := exchange(t, srv, hoodQuery, vars)
	second, c2 := exchange(t, srv, hoodQuery, vars)
	if c1 != "miss" || c2 != "hit" {
		t.Errorf("cache headers %q then %q, want miss then hit", c1, c2)
	}
	if first != second {
		t.Errorf("the cached answer differs:\n%s\n%s", first, second)
	}
	if strings.Contains(first, "Envoy Steve") {
		t.Fatalf("the alias is there before it was added: %s", first)
	}

	// A write through the API makes the answer stale.
	mut := `mutation($id: ID!) { addAlias(id: $id, alias: "Envoy Steve") { id } }`
	if _, c := exchange(t, srv, mut, vars); c == "hit" {
		t.Fatal("a mutation was answered from the cache")
	}
	third, c3 := exchange(t, srv, hoodQuery, vars)
	if c3 != "miss" || !strings.Contains(third, "Envoy Steve") {
		t.Errorf("after addAlias: cache %q, answer %s; want a miss that has the alias", c3, third)
	}

	// So does a write straight to the store (an ingest next to the server).
	const met = "Steve Witkoff met Dmitry Peskov in Moscow."
	a := article(t, "Witkoff again", "2026-01-02", met)
	a.edge(a.actor("Steve Witkoff", graph.Person), graph.Consult, a.actor("Dmitry Peskov", graph.Person), "met", met)
	if _, err := f.db.Ingest(t.Context(), &a.b); err != nil {
		t.Fatal(err)
	}
	fourth, c4 := exchange(t, srv, hoodQuery, vars)
	if c4 != "miss" || fourth == third {
		t.Errorf("after an ingest: cache %q, answer unchanged %v", c4, fourth == third)
	}
	if _, c := exchange(t, srv, hoodQuery, vars); c != "hit" {
		t.Errorf("the new answer is not served again: %q", c)
	}
}

func TestResponseCacheKeepsNoErrors(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	for i := range 2 {
		body, c := exchange(t, srv, hoodQuery, map[string]any{"id": "act_0000000000000000"})
		if c != "miss" || !strings.Contains(body, `"errors"`) {
			t.Errorf("request %d for a missing node: cache %q, body %s; want a miss with errors", i, c, body)
		}
	}
	// Different variables are different answers.
	a, _ := exchange(t, srv, hoodQuery, map[string]any{"id": string(f.witkoff)})
	b, c := exchange(t, srv, hoodQuery, map[string]any{"id": string(f.peskov)})
	if c != "miss" || a == b {
		t.Errorf("another node's neighbourhood: cache %q, same answer %v", c, a == b)
	}
}

func TestResponseCacheComputesConcurrentRepeatsOnce(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	vars := map[string]any{"id": string(f.zelensky)}
	const clients = 32
	var wg sync.WaitGroup
	bodies := make([]string, clients)
	headers := make([]string, clients)
	start := make(chan struct{})
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			bodies[i], headers[i] = exchange(t, srv, hoodQuery, vars)
		}()
	}
	close(start)
	wg.Wait()
	misses := 0
	for i := range clients {
		if headers[i] == "miss" {
			misses++
		}
		if bodies[i] != bodies[0] {
			t.Errorf("client %d got another answer", i)
		}
	}
	if misses != 1 {
		t.Errorf("%d of %d identical concurrent requests were computed, want 1", misses, clients)
	}
}

func TestResponseCacheOff(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		name string
		opts resolvers.Options
	}{
		{"turned off", resolvers.Options{ResponseCacheBytes: -1}},
		// An answer bigger than a quarter of the budget is not kept.
		{"answer too big", resolvers.Options{ResponseCacheBytes: 200}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := f.server(t, tc.opts)
			vars := map[string]any{"id": string(f.zelensky)}
			exchange(t, srv, hoodQuery, vars)
			if _, c := exchange(t, srv, hoodQuery, vars); c == "hit" {
				t.Errorf("second request served from the cache")
			}
		})
	}
}
