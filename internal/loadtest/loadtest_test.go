package loadtest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// server serves the GraphQL API over a store of n generated articles on a
// loopback port, and returns its URL and the corpus generator.
func server(t *testing.T, n int) (string, *corpus.Generator) {
	t.Helper()
	u, g, _ := serverWith(t, n, func(*store.DB, *ingest.Pipeline) resolvers.Options { return resolvers.Options{} })
	return u, g
}

// serverWith is server with the options opts makes of the store and an
// ingest pipeline into it; it also returns the store.
func serverWith(t *testing.T, n int, opts func(*store.DB, *ingest.Pipeline) resolvers.Options) (string, *corpus.Generator, *store.DB) {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	g := corpus.New(corpus.Options{Seed: 2})
	var arts []graph.Article
	for i := range n {
		a := g.Article(i)
		arts = append(arts, graph.Article{Title: a.Title, Published: a.Date, Text: a.Body, Origin: a.FileName()})
	}
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	if rep, err := p.IngestArticles(context.Background(), arts, nil); err != nil || rep.Failed > 0 {
		t.Fatalf("ingest: %v, %s", err, rep.Summary())
	}
	srv := httptest.NewServer(resolvers.NewHandler(db, opts(db, p)))
	t.Cleanup(srv.Close)
	return srv.URL, g, db
}

// TestLiveRunWritesWhileReading runs readers with a writer that ingests
// an article every 20 ms through the API, against a server whose cache
// serves answers up to 100 writes behind, and checks that the articles
// landed, that both kinds are measured, and that readers were served
// stale answers meanwhile.
func TestLiveRunWritesWhileReading(t *testing.T) {
	url, g, db := serverWith(t, 40, func(db *store.DB, p *ingest.Pipeline) resolvers.Options {
		return resolvers.Options{Ingester: p, WriteToken: "sekrit", ResponseCacheStale: resolvers.Staleness{Writes: 100}}
	})
	ctx := context.Background()
	id, err := loadtest.FindActor(ctx, url, g.Hubs(1)[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		URL: url, Query: loadtest.NeighborhoodQuery, Variables: map[string]any{"id": id},
		Clients: 4, Requests: 1 << 30, Duration: 2 * time.Second,
		Writer: &loadtest.Writer{Every: 20 * time.Millisecond, Token: "sekrit", Article: func(i int) loadtest.Article {
			a := g.Article(1000 + i)
			return loadtest.Article{Title: a.Title, Date: a.Date, Text: a.Body}
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(r)
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := r.Writes
	switch {
	case w == nil || w.Requests < 3:
		t.Fatalf("writer: %+v, want at least 3 articles written", w)
	case w.Errors > 0:
		t.Fatalf("writer: %d errors: %s", w.Errors, w.FirstError)
	case after.Articles()-before.Articles() != int64(w.Requests):
		t.Errorf("%d articles more in the store, the writer sent %d", after.Articles()-before.Articles(), w.Requests)
	case w.P50 <= 0 || w.P99 < w.P50:
		t.Errorf("writer latencies median %v, p99 %v", w.P50, w.P99)
	case r.Errors > 0 || r.P50 <= 0:
		t.Errorf("readers: %d errors, median %v", r.Errors, r.P50)
	case r.Stale == 0:
		t.Errorf("no stale answer while the graph changed under the readers: %s", r)
	}
	if !strings.Contains(r.String(), "writer (ingestArticle): ") {
		t.Errorf("the report does not say how the writer fared: %s", r)
	}
}

func TestRunMeasuresNeighborhoods(t *testing.T) {
	url, g := server(t, 60)
	ctx := context.Background()
	id, err := loadtest.FindActor(ctx, url, g.Hubs(1)[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		URL: url, Query: loadtest.NeighborhoodQuery, Variables: map[string]any{"id": id},
		Clients: 4, Requests: 200, Duration: 30 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(r)
	if r.Requests != 200 || r.Errors != 0 {
		t.Errorf("%d requests, %d errors; want 200 and none", r.Requests, r.Errors)
	}
	if !(r.Min <= r.P50 && r.P50 <= r.P90 && r.P90 <= r.P99 && r.P99 <= r.Max) || r.Min <= 0 {
		t.Errorf("latencies out of order: %v", r)
	}
	if r.ResponseBytes < 500 || r.Throughput <= 0 {
		t.Errorf("%d bytes per response, %.0f/s", r.ResponseBytes, r.Throughput)
	}
}

func TestRunCountsErrors(t *testing.T) {
	url, _ := server(t, 3)
	// A node that does not exist: every request answers with an error.
	_, err := loadtest.Run(context.Background(), loadtest.Options{
		URL: url, Query: loadtest.NeighborhoodQuery, Variables: map[string]any{"id": "act_0000000000000000"},
		Clients: 2, Requests: 10,
	})
	if err == nil || !strings.Contains(err.Error(), "GraphQL error") {
		t.Errorf("Run with a missing node: %v; want the GraphQL error", err)
	}
	// A server that fails some requests.
	n := 0
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		if n > 1 && n%2 == 0 {
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(`{"data":{"ok":true}}`))
	}))
	defer flaky.Close()
	r, err := loadtest.Run(context.Background(), loadtest.Options{URL: flaky.URL, Query: "{ok}", Clients: 1, Requests: 20, Warmup: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Errors == 0 || r.Errors == r.Requests || !strings.Contains(r.FirstError, "503") {
		t.Errorf("%d errors of %d (%q); want some, with the status", r.Errors, r.Requests, r.FirstError)
	}
}

func TestOnlyLoopback(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8080/graphql", "http://localhost/graphql", "http://[::1]:9/graphql", "http://127.3.2.1/"} {
		if err := loadtest.CheckLoopback(u); err != nil {
			t.Errorf("CheckLoopback(%s): %v", u, err)
		}
	}
	for _, u := range []string{"http://10.0.0.1/graphql", "http://192.168.1.5:8080/", "http://example.com/graphql", "ftp://127.0.0.1/", "::"} {
		if err := loadtest.CheckLoopback(u); err == nil {
			t.Errorf("CheckLoopback(%s) accepted it", u)
		}
		if _, err := loadtest.Run(context.Background(), loadtest.Options{URL: u, Query: "{ok}"}); err == nil {
			t.Errorf("Run(%s) ran", u)
		}
	}
}

func TestRunTakesEachVariablesInTurn(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Variables struct{ ID string } `json:"variables"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		seen[req.Variables.ID]++
		mu.Unlock()
		w.Write([]byte(`{"data":{"ok":true}}`))
	}))
	defer srv.Close()
	r, err := loadtest.Run(context.Background(), loadtest.Options{
		URL: srv.URL, Query: "query($id: ID!) {ok}", Variables: map[string]any{"id": "a"},
		More:    []map[string]any{{"id": "b"}, {"id": "c"}},
		Clients: 3, Requests: 30, Warmup: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests != 30 {
		t.Errorf("%d requests, want 30", r.Requests)
	}
	// 30 timed, 3 warm-up and one checked first request per variables.
	for _, id := range []string{"a", "b", "c"} {
		if seen[id] != 12 {
			t.Errorf("variables %q sent %d times, want 12 (all: %v)", id, seen[id], seen)
		}
	}
}
