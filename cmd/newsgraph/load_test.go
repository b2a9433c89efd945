package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

const loadToken = "load-test-token"

// apiServer serves the GraphQL API, with ingestArticle taken through an
// ingest.Pipeline, over a Badger store in a new directory, on a free
// port of 127.0.0.1, as "newsgraph serve" assembles it. It returns the
// base URL and the store, which the server holds until the test ends.
func apiServer(t *testing.T) (string, *store.DB) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opts := resolvers.DefaultOptions()
	opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	opts.Ingester = &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	opts.WriteToken = loadToken
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(db, opts))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: time.Minute}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return "http://" + ln.Addr().String() + "/", db
}

// gql posts a GraphQL operation and returns its data, or an error saying
// what went wrong (transport, status or GraphQL errors).
func gql(ctx context.Context, c *http.Client, base, token, query string, vars map[string]any, v any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, "POST", base+"graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %.300s", resp.Status, data)
	}
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return fmt.Errorf("response is not JSON: %v: %.300s", err, data)
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("GraphQL errors: %+v", out.Errors)
	}
	return json.Unmarshal(out.Data, v)
}

const ingestMutation = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { article { id } duplicate } }`

// mutationInput turns a synthetic article (header lines, blank line,
// text) into the input of ingestArticle.
func mutationInput(article string) map[string]any {
	head, text, _ := strings.Cut(article, "\n\n")
	in := map[string]any{"text": text}
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ": ")
		switch k {
		case "Title":
			in["title"] = v
		case "Date":
			in["published"] = v
		}
	}
	return in
}

// normalGraph lists a stored graph with what depends on the order in
// which articles arrived taken out: an actor's aliases and an edge's
// evidence are sorted, and an edge's verb (that of its first evidence)
// is left out, since the evidence holds every verb. Everything else, and
// every ID, must not depend on the order.
func normalGraph(t *testing.T, r graph.Reader) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	add := func(v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			slices.Sort(n.Aliases)
			add(n)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		e.Verb = ""
		slices.SortFunc(e.Evidence, func(a, b graph.Evidence) int {
			return strings.Compare(fmt.Sprint(a.Article, a.Start, a.End, a.Verb), fmt.Sprint(b.Article, b.Start, b.End, b.Verb))
		})
		add(e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestConcurrentReadersAndWriters runs 32 GraphQL readers and 4
// ingestArticle writers against one server for about five seconds. Every
// request must succeed, the readers must never see the article count go
// down, each article sent twice (by two writers, concurrently) must be
// stored once, and the final graph must equal the one a single writer
// builds by sending the same articles in order (compared with the
// order-dependent parts normalised, see normalGraph). A deadlock fails
// the test at its deadline instead of hanging it.
func TestConcurrentReadersAndWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("a five-second load test")
	}
	const (
		articles = 160
		writers  = 4
		readers  = 32
		minRun   = 5 * time.Second
	)
	arts := make([]map[string]any, articles)
	for i := range arts {
		arts[i] = mutationInput(newsArticle(i))
	}
	base, db := apiServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: readers + writers}, Timeout: 30 * time.Second}

	var (
		mu       sync.Mutex
		problems []string
		stored   = map[string]int{} // article ID → times reported not duplicate
		ids      = map[int]string{}
	)
	problem := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(problems) < 20 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}

	start := time.Now()
	var writing sync.WaitGroup
	var mutations atomic.Int64
	for w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			// Its own share in order, then the next writer's share in
			// reverse: every article is sent twice, by two writers.
			var order []int
			for i := w; i < articles; i += writers {
				order = append(order, i)
			}
			for i := articles - 1; i >= 0; i-- {
				if i%writers == (w+1)%writers {
					order = append(order, i)
				}
			}
			for _, i := range order {
				var out struct {
					IngestArticle struct {
						Article   struct{ ID string }
						Duplicate bool
					}
				}
				if err := gql(ctx, client, base, loadToken, ingestMutation, map[string]any{"in": arts[i]}, &out); err != nil {
					problem("writer %d, article %d: %v", w, i, err)
					continue
				}
				mutations.Add(1)
				mu.Lock()
				if id, ok := ids[i]; ok && id != out.IngestArticle.Article.ID {
					problems = append(problems, fmt.Sprintf("article %d stored as %s and %s", i, id, out.IngestArticle.Article.ID))
				}
				ids[i] = out.IngestArticle.Article.ID
				if !out.IngestArticle.Duplicate {
					stored[out.IngestArticle.Article.ID]++
				}
				mu.Unlock()
			}
		}()
	}
	writersDone := make(chan struct{})
	go func() { writing.Wait(); close(writersDone) }()

	queries := []string{
		`{ stats { nodes relations articles } }`,
		`{ actors(first: 20) { totalCount edges { node { id name aliases statements(first: 3) { totalCount edges { node { text } } } } } } }`,
		`{ search(query: "Zelenskiy", first: 5) { score node { id } } }`,
		`{ articles(first: 10) { totalCount edges { node { id title } } } }`,
		`{ relations(first: 20) { totalCount edges { node { id class support } } } }`,
	}
	var reading sync.WaitGroup
	var reads atomic.Int64
	for r := range readers {
		reading.Add(1)
		go func() {
			defer reading.Done()
			lastArticles := 0
			for k := 0; ; k++ {
				select {
				case <-writersDone:
					if time.Since(start) > minRun {
						return
					}
				default:
				}
				if ctx.Err() != nil {
					return
				}
				q := queries[(r+k)%len(queries)]
				var out struct {
					Stats *struct{ Articles int }
				}
				if err := gql(ctx, client, base, "", q, nil, &out); err != nil {
					problem("reader %d, %.40s: %v", r, q, err)
					continue
				}
				reads.Add(1)
				if out.Stats != nil {
					if out.Stats.Articles < lastArticles {
						problem("reader %d saw the article count go from %d down to %d", r, lastArticles, out.Stats.Articles)
					}
					lastArticles = out.Stats.Articles
				}
			}
		}()
	}
	readersDone := make(chan struct{})
	go func() { reading.Wait(); close(readersDone) }()
	select {
	case <-readersDone:
	case <-ctx.Done():
		t.Fatalf("readers and writers still running after 90s: a deadlock? %d reads, %d mutations", reads.Load(), mutations.Load())
	}
	<-writersDone
	elapsed := time.Since(start)
	t.Logf("%d reads and %d mutations in %s", reads.Load(), mutations.Load(), elapsed.Round(time.Millisecond))
	for _, p := range problems {
		t.Error(p)
	}
	if len(stored) != articles {
		t.Errorf("%d distinct articles reported stored, want %d", len(stored), articles)
	}
	for id, n := range stored {
		if n != 1 {
			t.Errorf("article %s reported stored (not duplicate) %d times", id, n)
		}
	}
	graphtest.CheckConsistent(t, db)

	// The same articles from one writer, in order.
	refBase, ref := apiServer(t)
	for i, in := range arts {
		var out json.RawMessage
		if err := gql(ctx, client, refBase, loadToken, ingestMutation, map[string]any{"in": in}, &out); err != nil {
			t.Fatalf("reference, article %d: %v", i, err)
		}
	}
	got, want := normalGraph(t, db), normalGraph(t, ref)
	if got != want {
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("the graph written concurrently differs from the one written in order (%d and %d lines); first difference:\n%.600s\n%.600s", len(g), len(w), g[i], w[i])
			}
		}
		t.Fatalf("the graph written concurrently has %d lines, the one written in order %d", len(g), len(w))
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("the test ran into its deadline")
	}
}
