package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

// TestPlainSubgraphIsGenerated asks for subgraphs with many selections
// and compares the bytes plainSubgraphs writes with those of the
// generated code, which it stands in for; selections it does not write
// (a field with a resolver, @defer) must be left to the generated code.
func TestPlainSubgraphIsGenerated(t *testing.T) {
	f := newFixture(t)
	// Strings that JSON must escape, in every kind of node.
	odd := "Odd \"quoted\" \\ name\twith\ncontrol \x01 and é, <b>HTML</b> & line\u2028para\u2029"
	b := article(t, odd, "2025-12-29", "Ödd said: \"We \\ agree.\" "+odd+" met Zelensky.")
	o := b.actor(odd, graph.Organization, "O\"dd", "")
	s := b.statement(`We \ agree.`)
	ev := b.node(graph.KindEvent, odd, "meeting", nil)
	ob := b.node(graph.KindObject, odd, "", nil)
	b.edge(o, graph.Stated, s, "said", `Ödd said: "We \ agree."`)
	b.edge(o, graph.Consult, f.zelensky, "met", odd+" met Zelensky.")
	b.edge(o, graph.ParticipatedIn, ev, "", odd+" met Zelensky.")
	b.edge(s, graph.About, ob, "", `Ödd said: "We \ agree."`)
	if _, err := f.db.Ingest(context.Background(), &b.b); err != nil {
		t.Fatal(err)
	}
	srv := f.server(t, resolvers.Options{ResponseCacheBytes: -1})

	const nodes = `nodes { __typename id ... on Actor { name type aliases } ... on Article { title url publisher published }
		... on Statement { text } ... on Event { name eventType date place } ... on Object { name objectType } }`
	cases := []struct {
		name, query string
		plain       bool // plainSubgraphs writes it
	}{
		{"graph view", `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated ` + nodes + ` edges { id source target class support } } }`, true},
		{"every plain field", `query($id: ID!) { neighborhood(id: $id, depth: 3) { __typename truncated ` + nodes +
			` edges { __typename id source target class verb support firstSeen lastSeen modality } } }`, true},
		{"aliases and repeats", `query($id: ID!) { n: neighborhood(id: $id, depth: 2, maxNodes: 4, maxEdges: 3) {
			cut: truncated a: nodes { id k: __typename } b: nodes { ... on Node { id } ... on Actor { name name } }
			edges { w: support id w: support } e2: edges { class } } }`, true},
		{"fragments and directives", `query($id: ID!, $yes: Boolean = true) { neighborhood(id: $id, depth: 2) {
			nodes { ...N ... on Actor @include(if: $yes) { type } ... on Event @skip(if: $yes) { name } }
			edges { ... on Relation { id } modality @skip(if: $yes) } } } fragment N on Node { __typename id }`, true},
		{"two neighbourhoods", `query($id: ID!) { a: neighborhood(id: $id, depth: 1) { truncated nodes { id } }
			b: neighborhood(id: $id, depth: 2) { nodes { id ... on Actor { name } } edges { id verb } } }`, true},
		{"beside an error", `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id ... on Actor { name } } }
			node(id: "a/nonesuch") { id } }`, true},
		{"nothing but truncated", `query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated } }`, true},
		{"a field with a resolver", `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id ... on Statement { speaker { name } } } edges { id } } }`, false},
		{"evidence", `query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { id evidence { sentence } } } }`, false},
		{"deferred", `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id ... @defer { __typename } } } }`, false},
	}
	for _, root := range []graph.ID{f.zelensky, o} {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				vars := map[string]any{"id": root}
				before := resolvers.PlainSubgraphsWritten()
				plain := rawPost(t, srv.URL, c.query, vars)
				if wrote := resolvers.PlainSubgraphsWritten() > before; wrote != c.plain {
					t.Errorf("plainSubgraphs wrote the subgraph: %v, want %v", wrote, c.plain)
				}
				restore := resolvers.SetPlainSubgraphs(false)
				generated := rawPost(t, srv.URL, c.query, vars)
				restore()
				if !bytes.Equal(plain, generated) {
					t.Errorf("plain answer differs from the generated code's:\n plain: %s\n   gen: %s", plain, generated)
				}
				if !bytes.Contains(generated, []byte(`"data":{"`)) || !json.Valid(generated) {
					t.Errorf("not an answer: %.300s", generated)
				}
			})
		}
	}
}

// rawPost posts a query and returns the response's body as sent.
func rawPost(t *testing.T, url, query string, vars map[string]any) []byte {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
