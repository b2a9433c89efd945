package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

// builder makes a graph.Batch by hand, with evidence offsets found in
// the article's text, as the extractor would produce them.
type builder struct {
	t *testing.T
	b graph.Batch
}

func article(t *testing.T, title, date, text string) *builder {
	t.Helper()
	id := graph.ArticleID(text)
	return &builder{t: t, b: graph.Batch{
		Article: graph.Node{ID: id, Kind: graph.KindArticle, Label: title, Date: date,
			URL: "https://news.example/" + strings.ToLower(strings.ReplaceAll(title, " ", "-")), Source: "Example News"},
		Text: text,
	}}
}

func (b *builder) actor(name string, typ graph.ActorType, aliases ...string) graph.ID {
	id := graph.ActorID(name)
	b.b.Nodes = append(b.b.Nodes, graph.Node{ID: id, Kind: graph.KindActor, Label: name, Type: string(typ), Aliases: aliases})
	return id
}

// statement adds a statement whose text is a quote in the article.
func (b *builder) statement(quote string) graph.ID {
	b.t.Helper()
	off := strings.Index(b.b.Text, quote)
	if off < 0 {
		b.t.Fatalf("fixture: quote %q is not in the article", quote)
	}
	id := graph.NodeID(graph.KindStatement, string(b.b.Article.ID), fmt.Sprint(off))
	b.b.Nodes = append(b.b.Nodes, graph.Node{ID: id, Kind: graph.KindStatement, Label: quote, Text: quote, Article: b.b.Article.ID})
	return id
}

func (b *builder) node(kind graph.NodeKind, name, typ string, attrs map[string]string) graph.ID {
	id := graph.NodeID(kind, string(b.b.Article.ID), name)
	b.b.Nodes = append(b.b.Nodes, graph.Node{ID: id, Kind: kind, Label: name, Type: typ, Article: b.b.Article.ID,
		Date: b.b.Article.Date, Attrs: attrs})
	return id
}

// edge adds an edge with sentence, which must be in the article, as its
// evidence.
func (b *builder) edge(src graph.ID, class graph.EdgeClass, dst graph.ID, verb, sentence string) {
	b.t.Helper()
	start := strings.Index(b.b.Text, sentence)
	if start < 0 {
		b.t.Fatalf("fixture: sentence %q is not in the article", sentence)
	}
	end := start + len(sentence)
	b.b.Edges = append(b.b.Edges, graph.Edge{
		ID: graph.EdgeID(src, class, dst), Source: src, Target: dst, Class: class, Verb: verb,
		Evidence: []graph.Evidence{{Article: b.b.Article.ID, Sentence: sentence, Start: start, End: end, Verb: verb}},
	})
}

// fixture is the small graph every API test reads: two articles about
// one phone call, with Zelensky spelled three ways.
type fixture struct {
	db       *store.DB
	articles []graph.ID
	// IDs of the stored nodes, by short name.
	zelensky, witkoff, peskov, kremlin, ukraine, usa graph.ID
	call, plan                                       graph.ID
	statements                                       map[string]graph.ID // by text
}

// The fixture's sentences, each the evidence of some edges.
const (
	sentCall   = `Ukrainian President Volodymyr Zelensky held a phone conversation with U.S. envoy Steve Witkoff on Thursday.`
	sentPlan   = `"We discussed the peace plan in detail," Zelenskyy said.`
	sentPeskov = `Kremlin spokesman Dmitry Peskov told reporters: "We are analyzing these materials."`
	sentEnvoy  = `Witkoff serves as the special envoy of the United States.`
	sentLand   = `Zelenskiy said: "Ukraine will not give up its land."`
	sentAgain  = `Zelensky spoke with Witkoff again on Sunday.`

	text1  = sentCall + " " + sentPlan + " " + sentPeskov + " " + sentEnvoy
	text2  = sentLand + " " + sentAgain
	quote1 = `We discussed the peace plan in detail,`
	quote2 = `We are analyzing these materials.`
	quote3 = `Ukraine will not give up its land.`
)

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{db: db, statements: map[string]graph.ID{}}

	a := article(t, "Zelensky holds phone conversation with U.S. envoy", "2025-12-25", text1)
	z := a.actor("Volodymyr Zelensky", graph.Person, "Zelensky", "Zelenskyy")
	w := a.actor("Steve Witkoff", graph.Person, "Witkoff")
	p := a.actor("Dmitry Peskov", graph.Person, "Peskov")
	k := a.actor("Kremlin", graph.Organization)
	u := a.actor("Ukraine", graph.Country)
	us := a.actor("United States", graph.Country, "U.S.")
	s1 := a.statement(quote1)
	s2 := a.statement(quote2)
	call := a.node(graph.KindEvent, "phone conversation of Zelensky and Witkoff", "call", nil)
	plan := a.node(graph.KindObject, "the peace plan", "plan", map[string]string{"points": "20"})
	a.edge(z, graph.Consult, w, "held a phone conversation with", sentCall)
	a.edge(z, graph.Role, u, "Ukrainian President", sentCall)
	a.edge(p, graph.Role, k, "Kremlin spokesman", sentPeskov)
	a.edge(w, graph.Role, us, "special envoy of", sentEnvoy)
	a.edge(z, graph.Stated, s1, "said", sentPlan)
	a.edge(p, graph.Stated, s2, "told reporters", sentPeskov)
	a.edge(s1, graph.About, plan, "discussed", sentPlan)
	a.edge(z, graph.ParticipatedIn, call, "held a phone conversation with", sentCall)
	a.edge(w, graph.ParticipatedIn, call, "held a phone conversation with", sentCall)

	b := article(t, "Zelensky rules out giving up land", "2025-12-28", text2)
	z2 := b.actor("Zelenskiy", graph.Person)
	w2 := b.actor("Witkoff", graph.Person)
	s3 := b.statement(quote3)
	b.edge(z2, graph.Stated, s3, "said", sentLand)
	b.edge(z2, graph.Consult, w2, "spoke with", sentAgain)

	for _, batch := range []*graph.Batch{&a.b, &b.b} {
		res, err := db.Ingest(ctx, batch)
		if err != nil {
			t.Fatalf("ingest %q: %v", batch.Article.Label, err)
		}
		f.articles = append(f.articles, res.Article)
	}
	// The second article's Zelenskiy and Witkoff are merged into the
	// first's; find the stored IDs by name as a client would.
	lookup := func(name string) graph.ID {
		t.Helper()
		ids, err := db.Lookup(ctx, name)
		if err != nil || len(ids) != 1 {
			t.Fatalf("lookup %q: %v, %v; want one actor", name, ids, err)
		}
		return ids[0]
	}
	f.zelensky, f.witkoff, f.peskov = lookup("Zelensky"), lookup("Steve Witkoff"), lookup("Dmitry Peskov")
	f.kremlin, f.ukraine, f.usa = lookup("Kremlin"), lookup("Ukraine"), lookup("United States")
	f.call, f.plan = call, plan
	f.statements[quote1], f.statements[quote2], f.statements[quote3] = s1, s2, s3
	return f
}

// server serves the fixture's graph the way cmd/newsgraph does: the API
// at /graphql and the playground at /, on a real port.
func (f *fixture) server(t *testing.T, opts resolvers.Options) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(f.db, opts))
	mux.Handle("/", web.Playground("/graphql"))
	return newServer(t, mux)
}

// newServer serves h on a random loopback port until the test ends.
func newServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { s, _ := e.Extensions["code"].(string); return s }

// response is a GraphQL response with its data left raw.
type response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// codes lists the errors' codes.
func (r response) codes() []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.code())
	}
	return out
}

// post sends a query over HTTP POST and decodes the response.
func post(t *testing.T, srv *httptest.Server, query string, vars map[string]any) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	return decode(t, resp)
}

func decode(t *testing.T, resp *http.Response) response {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	r := response{Status: resp.StatusCode}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("response (status %d) is not JSON: %v\n%s", resp.StatusCode, err, b)
	}
	return r
}

// mustData sends a query that must succeed and decodes its data into v.
func mustData(t *testing.T, srv *httptest.Server, query string, vars map[string]any, v any) {
	t.Helper()
	r := post(t, srv, query, vars)
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		t.Fatalf("query failed (status %d): %+v\n%s", r.Status, r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data: %v\n%s", err, r.Data)
	}
}
