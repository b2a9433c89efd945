package resolvers_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// countingReader counts the calls that reach the store, by method.
type countingReader struct {
	r  *store.DB
	mu sync.Mutex
	n  map[string]int
}

func (c *countingReader) count(m string) {
	c.mu.Lock()
	c.n[m]++
	c.mu.Unlock()
}

func (c *countingReader) reset() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n
	c.n = map[string]int{}
	return n
}

func (c *countingReader) Node(ctx context.Context, id graph.ID) (graph.Node, error) {
	c.count("Node")
	return c.r.Node(ctx, id)
}
func (c *countingReader) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	c.count("Nodes")
	return c.r.Nodes(ctx, ids)
}
func (c *countingReader) Edge(ctx context.Context, id graph.ID) (graph.Edge, error) {
	c.count("Edge")
	return c.r.Edge(ctx, id)
}
func (c *countingReader) Edges(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	c.count("Edges")
	return c.r.Edges(ctx, ids)
}
func (c *countingReader) EdgeHeads(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	c.count("EdgeHeads")
	return c.r.EdgeHeads(ctx, ids)
}
func (c *countingReader) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	c.count("Adjacent")
	return c.r.Adjacent(ctx, id, dir, classes)
}
func (c *countingReader) AdjacentMany(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass) (map[graph.ID][]graph.Link, error) {
	c.count("AdjacentMany")
	return c.r.AdjacentMany(ctx, ids, dir, classes)
}
func (c *countingReader) ScanNodes(ctx context.Context, k graph.NodeKind, after graph.ID, fn func(graph.Node) error) error {
	c.count("ScanNodes")
	return c.r.ScanNodes(ctx, k, after, fn)
}
func (c *countingReader) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	c.count("ScanEdges")
	return c.r.ScanEdges(ctx, after, fn)
}
func (c *countingReader) Lookup(ctx context.Context, name string) ([]graph.ID, error) {
	c.count("Lookup")
	return c.r.Lookup(ctx, name)
}
func (c *countingReader) ArticleText(ctx context.Context, id graph.ID) (string, error) {
	c.count("ArticleText")
	return c.r.ArticleText(ctx, id)
}

// speakersStore holds n actors, each with two statements, spread over
// articles of five speakers each.
func speakersStore(t *testing.T, n int) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for first := 0; first < n; first += 5 {
		var sb strings.Builder
		for i := first; i < first+5 && i < n; i++ {
			fmt.Fprintf(&sb, `Speaker%02d Example said: "First point number %d." Later Speaker%02d Example added: "Second point number %d." `, i, i, i, i)
		}
		a := article(t, fmt.Sprintf("Briefing %d", first/5), "2025-12-01", sb.String())
		for i := first; i < first+5 && i < n; i++ {
			who := a.actor(fmt.Sprintf("Speaker%02d Example", i), graph.Person)
			for _, q := range []string{fmt.Sprintf("First point number %d.", i), fmt.Sprintf("Second point number %d.", i)} {
				a.edge(who, graph.Stated, a.statement(q), "said", q)
			}
		}
		if _, err := db.Ingest(t.Context(), &a.b); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestRelationFieldsAreBatched(t *testing.T) {
	const q = `query($n: Int) { actors(first: $n) { edges { node { name
		statements(first: 10) { edges { node { text speaker { name } article { title } } } }
	} } } }`
	var calls []int
	for _, n := range []int{10, 50} {
		db := speakersStore(t, n)
		c := &countingReader{r: db, n: map[string]int{}}
		mux := http.NewServeMux()
		mux.Handle("/graphql", resolvers.NewHandler(c, resolvers.Options{}))
		srv := newServer(t, mux)

		var data struct {
			Actors struct {
				Edges []struct {
					Node struct {
						Name       string
						Statements struct {
							Edges []struct {
								Node struct {
									Text    string
									Speaker struct{ Name string }
									Article struct{ Title string }
								}
							}
						}
					}
				}
			}
		}
		c.reset()
		mustData(t, srv, q, map[string]any{"n": n}, &data)
		got := c.reset()
		total := 0
		for _, k := range got {
			total += k
		}
		t.Logf("%d actors with statements, speakers and articles: %d store calls %v", n, total, got)
		if total > 6 || got["Node"] != 0 || got["Adjacent"] != 0 {
			t.Errorf("%d actors: %d store calls %v, want at most 6 batched ones whatever the count", n, total, got)
		}
		calls = append(calls, total)

		// The batched answers are right.
		if len(data.Actors.Edges) != n {
			t.Fatalf("%d actors, want %d", len(data.Actors.Edges), n)
		}
		for _, e := range data.Actors.Edges {
			a := e.Node
			if len(a.Statements.Edges) != 2 {
				t.Errorf("%s has %d statements, want 2", a.Name, len(a.Statements.Edges))
			}
			for _, s := range a.Statements.Edges {
				num := strings.TrimPrefix(strings.TrimSuffix(a.Name, " Example"), "Speaker")
				if s.Node.Speaker.Name != a.Name || !strings.HasPrefix(s.Node.Article.Title, "Briefing ") ||
					!strings.Contains(s.Node.Text, "number "+strings.TrimLeft(num, "0")) && num != "00" {
					t.Errorf("statement %+v of %s", s.Node, a.Name)
				}
			}
		}
	}
	// How the article and speaker loads fall into one or two node batches
	// depends on scheduling; the bound does not depend on the count.
	t.Logf("store calls for 10 and 50 actors: %v", calls)
}

// plainReader hides the store's optional interfaces (name index,
// batched adjacency, counters), so the resolvers fall back to scans.
type plainReader struct{ graph.Reader }

func TestIndexedListsAnswerAsScans(t *testing.T) {
	f := newFixture(t)
	indexed := f.server(t, resolvers.Options{})
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(plainReader{f.db}, resolvers.Options{}))
	scanned := newServer(t, mux)
	queries := []string{
		`{ actors(filter: {name: "zelen"}) { totalCount edges { node { id name } } } }`,
		`{ actors(filter: {name: "States"}) { totalCount edges { node { id } } } }`,
		`{ actors(filter: {name: "u.s."}, orderBy: {field: NAME}) { totalCount edges { cursor node { id } } } }`,
		`{ actors(filter: {name: "peskov", type: PERSON}) { totalCount edges { node { id } } } }`,
		`{ actors(filter: {name: "nobody"}) { totalCount } }`,
		`{ search(query: "Zelenskiy") { score field matched node { id } } }`,
		`{ search(query: "Зеленский") { score field matched node { id } } }`,
		`{ search(query: "witkof") { score field matched node { id } } }`,
		`{ search(query: "kreml") { score field matched node { id } } }`,
		`{ search(query: "peace plan", first: 50) { score field matched node { id } } }`,
		`{ search(query: "dmitry peskov", kinds: [ACTOR, STATEMENT]) { score field matched node { id } } }`,
	}
	for _, q := range queries {
		a, b := post(t, indexed, q, nil), post(t, scanned, q, nil)
		if len(a.Errors)+len(b.Errors) > 0 || string(a.Data) != string(b.Data) {
			t.Errorf("%s\nindexed: %s %+v\nscanned: %s %+v", q, a.Data, a.Errors, b.Data, b.Errors)
		}
	}
}

// TestNeighborhoodLoadsEvidenceOnlyWhenAsked checks that a neighbourhood
// reads edge heads alone when no evidence is selected, and all the
// evidence in one batch when it is.
func TestNeighborhoodLoadsEvidenceOnlyWhenAsked(t *testing.T) {
	f := newFixture(t)
	c := &countingReader{r: f.db, n: map[string]int{}}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(c, resolvers.Options{}))
	srv := newServer(t, mux)
	tests := []struct {
		name, fields     string
		edgeHeads, edges int
		wantEvidence     bool
	}{
		{"summary only", "id support firstSeen lastSeen", 1, 0, false},
		{"with evidence", "id support firstSeen lastSeen evidence { sentence article { id } }", 1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data struct {
				Neighborhood struct {
					Edges []struct {
						ID                  string
						Support             int
						FirstSeen, LastSeen *string
						Evidence            []struct {
							Sentence string
							Article  struct{ ID string }
						}
					}
				}
			}
			c.reset()
			mustData(t, srv, `query($id: ID!) { neighborhood(id: $id, depth: 2) { edges { `+tt.fields+` } } }`,
				map[string]any{"id": f.zelensky}, &data)
			n := c.reset()
			if n["EdgeHeads"] != tt.edgeHeads || n["Edges"] != tt.edges {
				t.Errorf("calls %v; want %d EdgeHeads and %d Edges", n, tt.edgeHeads, tt.edges)
			}
			if len(data.Neighborhood.Edges) < 2 {
				t.Fatalf("%d edges, want several", len(data.Neighborhood.Edges))
			}
			for _, e := range data.Neighborhood.Edges {
				full, err := f.db.Edge(t.Context(), graph.ID(e.ID))
				if err != nil {
					t.Fatal(err)
				}
				if e.Support != full.Support() || e.FirstSeen == nil || *e.FirstSeen != full.FirstSeen() || *e.LastSeen != full.LastSeen() {
					t.Errorf("edge %s: support %d, seen %v..%v; stored %d, %s..%s", e.ID, e.Support, e.FirstSeen, e.LastSeen,
						full.Support(), full.FirstSeen(), full.LastSeen())
				}
				if tt.wantEvidence && len(e.Evidence) != len(full.Evidence) {
					t.Errorf("edge %s: %d pieces of evidence, stored %d", e.ID, len(e.Evidence), len(full.Evidence))
				}
			}
		})
	}
}
