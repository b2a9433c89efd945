package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
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

// countingStore is the fixture's store, counting its Nodes calls: a
// neighbourhood computed makes as many as the first did.
type countingStore struct {
	*store.DB
	mu    sync.Mutex
	nodes int
}

func (c *countingStore) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	c.mu.Lock()
	c.nodes++
	c.mu.Unlock()
	return c.DB.Nodes(ctx, ids)
}

func (c *countingStore) calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.nodes
}

// exchangeHeaders sends a GraphQL request with extra headers and returns the body
// and the response headers.
func exchangeHeaders(t *testing.T, srv *httptest.Server, query string, vars map[string]any, hdr map[string]string) (string, http.Header) {
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
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("POST /graphql: %v", err)
		return "", http.Header{}
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("HTTP %d: %s (%v)", resp.StatusCode, out, err)
	}
	return string(out), resp.Header
}

// TestResponseCacheServesStaleWithinTheBound checks that, with a
// staleness bound, an answer from before a write is served at once and
// marked, that one background computation per key replaces it however
// many readers ask meanwhile, and that answers beyond the bound, or to
// requests that refuse them, are computed afresh.
func TestResponseCacheServesStaleWithinTheBound(t *testing.T) {
	f := newFixture(t)
	cs := &countingStore{DB: f.db}
	srv := newServer(t, resolvers.NewHandler(cs, resolvers.Options{ResponseCacheStale: resolvers.Staleness{Writes: 2, For: time.Minute}}))
	vars := map[string]any{"id": string(f.witkoff)}
	ingest := func(i int) {
		t.Helper()
		met := fmt.Sprintf("Steve Witkoff met Envoy Number%d in Geneva.", i)
		a := article(t, fmt.Sprintf("Witkoff %d", i), "2026-01-02", met)
		a.edge(a.actor("Steve Witkoff", graph.Person), graph.Consult, a.actor(fmt.Sprintf("Envoy Number%d", i), graph.Person), "met", met)
		if _, err := f.db.Ingest(t.Context(), &a.b); err != nil {
			t.Fatal(err)
		}
	}

	first, h := exchangeHeaders(t, srv, hoodQuery, vars, nil)
	if c := h.Get(resolvers.CacheHeader); c != "miss" {
		t.Fatalf("first request: cache %q", c)
	}
	perAnswer := cs.calls() // Nodes calls of one computation
	ingest(1)
	before := cs.calls()
	const readers = 16
	var wg sync.WaitGroup
	bodies, caches, stale := make([]string, readers), make([]string, readers), make([]string, readers)
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var h http.Header
			bodies[i], h = exchangeHeaders(t, srv, hoodQuery, vars, nil)
			caches[i], stale[i] = h.Get(resolvers.CacheHeader), h.Get(resolvers.StaleHeader)
		}()
	}
	wg.Wait()
	for i := range readers {
		if caches[i] == "stale" && (bodies[i] != first || !strings.HasPrefix(stale[i], "writes=1, age=")) {
			t.Errorf("reader %d: a stale answer that differs from the first or says %q", i, stale[i])
		}
		if caches[i] == "miss" {
			t.Errorf("reader %d waited for a computation", i)
		}
	}
	// The first to arrive finds the answer stale; later ones may find
	// the refreshed one.
	if !slices.Contains(caches, "stale") {
		t.Errorf("no stale answer after one write: %v", caches)
	}
	// The refresh lands in the background; then the fresh answer is a hit.
	var fresh string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var h http.Header
		if fresh, h = exchangeHeaders(t, srv, hoodQuery, vars, nil); h.Get(resolvers.CacheHeader) == "hit" {
			break
		}
	}
	if !strings.Contains(fresh, "Envoy Number1") {
		t.Fatalf("the refreshed answer lacks the write: %s", fresh)
	}
	if n := cs.calls() - before; n != perAnswer {
		t.Errorf("%d computations for %d readers of a stale answer, want 1", n/perAnswer, readers)
	}

	// A reader may refuse stale answers.
	ingest(2)
	if body, h := exchangeHeaders(t, srv, hoodQuery, vars, map[string]string{"Cache-Control": "no-cache"}); h.Get(resolvers.CacheHeader) != "miss" || !strings.Contains(body, "Envoy Number2") {
		t.Errorf("with no-cache: cache %q, answer %s", h.Get(resolvers.CacheHeader), body)
	}
	// Beyond the bound (three writes behind) the answer is computed.
	for i := 3; i <= 5; i++ {
		ingest(i)
	}
	if body, h := exchangeHeaders(t, srv, hoodQuery, vars, nil); h.Get(resolvers.CacheHeader) != "miss" || !strings.Contains(body, "Envoy Number5") {
		t.Errorf("three writes behind: cache %q, answer %s", h.Get(resolvers.CacheHeader), body)
	}
}

// TestResponseCacheRefreshesAtMostOncePerInterval checks that a stale
// answer younger than Staleness.Refresh is served without starting a
// computation.
func TestResponseCacheRefreshesAtMostOncePerInterval(t *testing.T) {
	f := newFixture(t)
	cs := &countingStore{DB: f.db}
	srv := newServer(t, resolvers.NewHandler(cs, resolvers.Options{ResponseCacheStale: resolvers.Staleness{Writes: 100, Refresh: time.Hour}}))
	vars := map[string]any{"id": string(f.witkoff)}
	first, _ := exchangeHeaders(t, srv, hoodQuery, vars, nil)
	const met = "Steve Witkoff met Envoy Numberx in Geneva."
	a := article(t, "Witkoff x", "2026-01-02", met)
	a.edge(a.actor("Steve Witkoff", graph.Person), graph.Consult, a.actor("Envoy Numberx", graph.Person), "met", met)
	if _, err := f.db.Ingest(t.Context(), &a.b); err != nil {
		t.Fatal(err)
	}
	before := cs.calls()
	for i := range 5 {
		body, h := exchangeHeaders(t, srv, hoodQuery, vars, nil)
		if h.Get(resolvers.CacheHeader) != "stale" || body != first {
			t.Fatalf("request %d: cache %q; want the stale answer", i, h.Get(resolvers.CacheHeader))
		}
	}
	time.Sleep(50 * time.Millisecond) // a refresh, had one started, would be running
	if n := cs.calls() - before; n != 0 {
		t.Errorf("%d store reads for stale answers younger than the refresh interval", n)
	}
}
