package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
)

// postWith sends a query over HTTP POST with extra headers.
func postWith(t *testing.T, srv *httptest.Server, query string, vars map[string]any, header map[string]string) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	return decode(t, resp)
}

// pipeline is the real extractor and ingest pipeline writing to the
// fixture's store, as cmd/newsgraph wires them.
func (f *fixture) pipeline() *ingest.Pipeline {
	return &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: f.db}
}

const ingestMutation = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) {
	duplicate nodesCreated nodesUpdated edgesCreated edgesUpdated
	article { id title url publisher published }
} }`

type ingestData struct {
	IngestArticle struct {
		Duplicate                                              bool
		NodesCreated, NodesUpdated, EdgesCreated, EdgesUpdated int
		Article                                                struct{ ID, Title, URL, Publisher, Published string }
	}
}

const callText = `Ukrainian President Volodymyr Zelensky spoke with French President Emmanuel Macron on Monday about the peace plan.

"We will not give up our land," Zelensky said after the call.`

func TestIngestArticleMutation(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	in := map[string]any{"title": "Zelensky calls Macron", "url": "https://news.example/call", "publisher": "Example News",
		"published": "2026-01-05", "text": callText}

	var got ingestData
	mustData(t, srv, ingestMutation, map[string]any{"in": in}, &got)
	p := got.IngestArticle
	if p.Duplicate || p.NodesCreated < 2 || p.Article.ID != string(graph.ArticleID(callText)) ||
		p.Article.Title != "Zelensky calls Macron" || p.Article.Published != "2026-01-05" || p.Article.Publisher != "Example News" {
		t.Fatalf("ingestArticle = %+v", p)
	}
	// The article is stored, and the actors it names resolved to the
	// stored ones: Zelensky gained no twin.
	var data struct{ Node struct{ Title string } }
	mustData(t, srv, `query($id: ID!) { node(id: $id) { ... on Article { title } } }`,
		map[string]any{"id": p.Article.ID}, &data)
	if data.Node.Title != "Zelensky calls Macron" {
		t.Errorf("stored article title %q", data.Node.Title)
	}
	var z struct{ Actors struct{ TotalCount int } }
	mustData(t, srv, `{ actors(filter: {name: "Zelensky"}) { totalCount } }`, nil, &z)
	if z.Actors.TotalCount != 1 {
		t.Errorf("%d actors called Zelensky after the article, want 1", z.Actors.TotalCount)
	}

	// The same text again is a duplicate.
	mustData(t, srv, ingestMutation, map[string]any{"in": in}, &got)
	if !got.IngestArticle.Duplicate || got.IngestArticle.NodesCreated != 0 || got.IngestArticle.Article.ID != p.Article.ID {
		t.Errorf("second ingestArticle = %+v, want a duplicate", got.IngestArticle)
	}

	// Without a title, the first line is the title.
	mustData(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": "Kyiv talks resume\n\nOfficials met in Kyiv on Tuesday."}}, &got)
	if got.IngestArticle.Article.Title != "Kyiv talks resume" {
		t.Errorf("title from the text = %q", got.IngestArticle.Article.Title)
	}
}

// An article sent without a title whose first line is its lead sentence
// is read whole: the first line was given to the extractor as the title,
// which then took that line for the headline and read nothing from it.
// The stored article still takes its first line as title.
func TestIngestArticleWithoutTitleReadsItsFirstLine(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	const lead = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday."
	var got ingestData
	mustData(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": lead + "\nThey discussed trade."}}, &got)
	if got.IngestArticle.Article.Title != lead {
		t.Errorf("title %q, want the first line %q", got.IngestArticle.Article.Title, lead)
	}
	if got.IngestArticle.EdgesCreated == 0 {
		t.Errorf("ingestArticle = %+v: nothing read from the first line", got.IngestArticle)
	}
	var rel struct {
		Relations struct {
			Edges []struct {
				Node struct{ SourceNode, TargetNode struct{ Name string } }
			}
		}
	}
	mustData(t, srv, `{ relations(filter: {classes: [CONSULT]}, first: 100) { edges { node {
		sourceNode { ... on Actor { name } } targetNode { ... on Actor { name } } } } } }`, nil, &rel)
	met := false
	for _, e := range rel.Relations.Edges {
		ends := []string{e.Node.SourceNode.Name, e.Node.TargetNode.Name}
		slices.Sort(ends) // CONSULT is undirected: either way round
		met = met || slices.Equal(ends, []string{"William Ruto", "Yoweri Museveni"})
	}
	if !met {
		t.Errorf("no CONSULT between William Ruto and Yoweri Museveni among %+v", rel.Relations.Edges)
	}
}

func TestIngestArticleRejectsBadInput(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	before, err := dumpOf(f)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   map[string]any
		msg  string
	}{
		{"empty text", map[string]any{"title": "x", "text": ""}, "input.text"},
		{"blank text", map[string]any{"title": "x", "text": " \n\t "}, "input.text"},
		{"bad date", map[string]any{"text": "Some news.", "published": "5 January"}, "input.published"},
		{"impossible date", map[string]any{"text": "Some news.", "published": "2026-02-30"}, "input.published"},
		{"long title", map[string]any{"text": "Some news.", "title": strings.Repeat("t", 1001)}, "input.title"},
		{"NUL characters", map[string]any{"text": "Kenyan President William Ruto met\x00\x01\x02 Yoweri Museveni."}, "input.text: holds NUL characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, ingestMutation, map[string]any{"in": tt.in})
			if len(r.Errors) != 1 || r.Errors[0].code() != "INVALID_ARGUMENT" || !strings.Contains(r.Errors[0].Message, tt.msg) {
				t.Errorf("errors %+v; want one INVALID_ARGUMENT naming %s", r.Errors, tt.msg)
			}
		})
	}
	if after, _ := dumpOf(f); after != before {
		t.Errorf("rejected articles changed the store")
	}
	// A server without an ingester refuses the mutation.
	srv2 := f.server(t, resolvers.Options{})
	r := post(t, srv2, ingestMutation, map[string]any{"in": map[string]any{"text": "Some news."}})
	if len(r.Errors) != 1 || r.Errors[0].code() != "INVALID_ARGUMENT" || !strings.Contains(r.Errors[0].Message, "does not take articles") {
		t.Errorf("without an ingester: %+v", r.Errors)
	}
}

// textIngester stores an article with no extraction at all: the article
// node and its text. It stands in for the extractor where the text is
// too large for the test to wait on extraction.
type textIngester struct{ s graph.Writer }

func (ti textIngester) IngestArticle(ctx context.Context, a graph.Article) (graph.IngestResult, error) {
	return ti.s.Ingest(ctx, &graph.Batch{Article: graph.Node{Label: a.Title, Date: a.Published}, Text: a.Text})
}

func TestMutationBodyLimits(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: textIngester{f.db}, WriteToken: "s3cret"})
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	ten := strings.Repeat("Officials met again in Kyiv. ", 10<<20/29)

	t.Run("10 MB article is taken", func(t *testing.T) {
		start := time.Now()
		r := postWith(t, srv, ingestMutation, map[string]any{"in": map[string]any{"title": "Long", "text": ten}}, auth)
		if len(r.Errors) > 0 || r.Status != http.StatusOK {
			t.Fatalf("status %d, errors %+v", r.Status, r.Errors)
		}
		text, err := f.db.ArticleText(t.Context(), graph.ArticleID(ten))
		if err != nil || len(text) != len(ten) {
			t.Errorf("stored text: %d bytes, %v; want %d", len(text), err, len(ten))
		}
		t.Logf("10 MB mutation took %s", time.Since(start))
	})
	t.Run("10 MB query is refused", func(t *testing.T) {
		r := postWith(t, srv, `query($pad: String!) { search(query: $pad, first: 1) { score } }`, map[string]any{"pad": ten}, auth)
		if r.Status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" {
			t.Errorf("status %d, errors %+v; want 413 LIMIT_EXCEEDED", r.Status, r.Errors)
		}
	})
	t.Run("10 MB without the token is refused unread", func(t *testing.T) {
		r := postWith(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": ten + "x"}}, nil)
		if r.Status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" {
			t.Errorf("status %d, errors %+v; want 413 LIMIT_EXCEEDED", r.Status, r.Errors)
		}
	})
	for _, chunked := range []bool{false, true} {
		name := "50 MB with a length is refused"
		if chunked {
			name = "50 MB streamed is refused"
		}
		t.Run(name, func(t *testing.T) {
			const size = 50 << 20
			body := io.MultiReader(strings.NewReader(`{"query": "mutation { deleteArticle(id: \"art_0\") { id } }", "pad": "`),
				io.LimitReader(zeros{}, size))
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", body)
			if err != nil {
				t.Fatal(err)
			}
			if !chunked {
				req.ContentLength = size + 80
			}
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer s3cret")
			start := time.Now()
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatalf("POST: %v", err)
			}
			r := decode(t, resp)
			if r.Status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" ||
				!strings.Contains(r.Errors[0].Message, "16777216") {
				t.Errorf("status %d, errors %+v; want 413 LIMIT_EXCEEDED naming the 16 MiB limit", r.Status, r.Errors)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("refusing took %s", took)
			}
		})
	}
}

// zeros reads endless '0' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

// dumpOf lists the fixture's store for before/after comparisons.
func dumpOf(f *fixture) (string, error) {
	return graphDump(f.db)
}

func TestCorrectionMutations(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	// The fixture's two articles name Peskov once; say he is also
	// "the Kremlin spokesman", then merge the Kremlin into him (wrongly)
	// and see it refused or done as asked.
	var add struct {
		AddAlias struct {
			ID      string
			Aliases []string
		}
	}
	mustData(t, srv, `mutation($id: ID!) { addAlias(id: $id, alias: "Kremlin spokesman") { id aliases } }`, map[string]any{"id": f.peskov}, &add)
	if !slices.Contains(add.AddAlias.Aliases, "Kremlin spokesman") {
		t.Errorf("addAlias = %+v", add.AddAlias)
	}
	var found struct {
		Search []struct{ Node struct{ ID string } }
	}
	mustData(t, srv, `{ search(query: "kremlin spokesman", kinds: [ACTOR], first: 1) { node { id } } }`, nil, &found)
	if len(found.Search) != 1 || found.Search[0].Node.ID != string(f.peskov) {
		t.Errorf("search after addAlias = %+v", found.Search)
	}

	var rm struct{ RemoveAlias struct{ Aliases []string } }
	mustData(t, srv, `mutation($id: ID!) { removeAlias(id: $id, alias: "kremlin SPOKESMAN") { aliases } }`, map[string]any{"id": f.peskov}, &rm)
	if slices.Contains(rm.RemoveAlias.Aliases, "Kremlin spokesman") {
		t.Errorf("removeAlias = %+v", rm.RemoveAlias)
	}

	var merged struct {
		MergeActors struct {
			ID, Name   string
			Aliases    []string
			Statements struct {
				TotalCount int
			}
		}
	}
	mustData(t, srv, `mutation($into: ID!, $from: [ID!]!) { mergeActors(into: $into, from: $from) { id name aliases statements { totalCount } } }`,
		map[string]any{"into": f.zelensky, "from": []any{f.witkoff}}, &merged)
	m := merged.MergeActors
	if m.ID != string(f.zelensky) || m.Name != "Volodymyr Zelensky" || !slices.Contains(m.Aliases, "Steve Witkoff") || m.Statements.TotalCount != 2 {
		t.Errorf("mergeActors = %+v", m)
	}
	var gone struct{ Node *struct{ ID string } }
	mustData(t, srv, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": f.witkoff}, &gone)
	if gone.Node != nil {
		t.Errorf("the merged actor is still there")
	}

	var del struct{ DeleteArticle struct{ ID string } }
	mustData(t, srv, `mutation($id: ID!) { deleteArticle(id: $id) { id } }`, map[string]any{"id": f.articles[1]}, &del)
	var arts struct{ Articles struct{ TotalCount int } }
	mustData(t, srv, `{ articles { totalCount } }`, nil, &arts)
	if del.DeleteArticle.ID != string(f.articles[1]) || arts.Articles.TotalCount != 1 {
		t.Errorf("deleteArticle = %+v; %d articles left", del.DeleteArticle, arts.Articles.TotalCount)
	}
	graphtestConsistent(t, f)

	before, _ := dumpOf(f)
	for _, tc := range []struct {
		name, query string
		vars        map[string]any
		code, msg   string
	}{
		{"merge unknown actor", `mutation($into: ID!) { mergeActors(into: $into, from: ["act_0000000000000000"]) { id } }`,
			map[string]any{"into": f.zelensky}, "NOT_FOUND", "act_0000000000000000"},
		{"merge a statement", `mutation($into: ID!, $s: ID!) { mergeActors(into: $into, from: [$s]) { id } }`,
			map[string]any{"into": f.zelensky, "s": f.statements[quote1]}, "INVALID_ARGUMENT", "from[0]"},
		{"merge nothing", `mutation($into: ID!) { mergeActors(into: $into, from: []) { id } }`,
			map[string]any{"into": f.zelensky}, "INVALID_ARGUMENT", "from"},
		{"remove the canonical name", `mutation($id: ID!) { removeAlias(id: $id, alias: "Volodymyr Zelensky") { id } }`,
			map[string]any{"id": f.zelensky}, "INVALID_ARGUMENT", "canonical"},
		{"remove a name it lacks", `mutation($id: ID!) { removeAlias(id: $id, alias: "Vova") { id } }`,
			map[string]any{"id": f.zelensky}, "NOT_FOUND", "Vova"},
		{"alias without letters", `mutation($id: ID!) { addAlias(id: $id, alias: "--") { id } }`,
			map[string]any{"id": f.zelensky}, "INVALID_ARGUMENT", "alias"},
		{"delete an actor", `mutation($id: ID!) { deleteArticle(id: $id) { id } }`,
			map[string]any{"id": f.zelensky}, "INVALID_ARGUMENT", "not an article"},
		{"delete an unknown article", `mutation { deleteArticle(id: "art_0000000000000000") { id } }`,
			nil, "NOT_FOUND", "art_0000000000000000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, srv, tc.query, tc.vars)
			if len(r.Errors) != 1 || r.Errors[0].code() != tc.code || !strings.Contains(r.Errors[0].Message, tc.msg) {
				t.Errorf("errors %+v; want one %s naming %q", r.Errors, tc.code, tc.msg)
			}
		})
	}
	if after, _ := dumpOf(f); after != before {
		t.Errorf("failed corrections changed the store")
	}
	// GET never runs a mutation.
	resp, err := http.Get(srv.URL + "/graphql?query=" + `mutation%7BdeleteArticle(id:%22` + string(f.articles[0]) + `%22)%7Bid%7D%7D`)
	if err != nil {
		t.Fatal(err)
	}
	decode(t, resp)
	if after, _ := dumpOf(f); after != before {
		t.Errorf("a mutation over GET changed the store")
	}
}
