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

// TestAppendCompactDataIsMarshal: data that gqlgen could write comes
// out as json.Marshal writes it as a json.RawMessage, HTML characters
// and line separators escaped; data with space between tokens, or not
// an object, is left to json.Marshal.
func TestAppendCompactDataIsMarshal(t *testing.T) {
	cases := []struct {
		data string
		ok   bool
	}{
		{`{"a":1}`, true},
		{`{"name":"Fish & Chips <Ltd>","n":[1,2.5,-3e4,true,false,null]}`, true},
		{`{"q":"She said \"a<b\" & left\\","r":"\\\"<"}`, true},
		{"{\"sep\":\"line\u2028para\u2029end\",\"é\":\"ü\u00a0\"}", true},
		{`{"esc":"\u003c already \n\t\\u2028","o":{"p":[{"q":"&"}]}}`, true},
		{`{"sp":"spaces inside are kept"}`, true},
		{`{"a": 1}`, false},
		{"{\"a\":1,\n\"b\":2}", false},
		{"{\"a\":\"raw\ttab\"}", false},
		{`{"a":"ends \`, false},
		{`{"a":"open}`, false},
		{`null`, false},
		{`[{"a":"<"}]`, false},
	}
	for _, c := range cases {
		got, ok := resolvers.AppendCompactData([]byte("x"), []byte(c.data))
		if ok != c.ok {
			t.Errorf("%s: ok %v, want %v", c.data, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		want, err := json.Marshal(json.RawMessage(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.data, err)
		}
		if !bytes.Equal(got, append([]byte("x"), want...)) {
			t.Errorf("%s:\n got x%s\nwant x%s", c.data, got[1:], want)
		}
	}
}

// TestPostAnswersAsGqlgen: the POST transport answers with the bytes,
// status and content type gqlgen's does (json.Marshal of the
// response), for answers with and without errors, bad requests, and
// each kind of Accept header, over names that JSON escapes.
func TestPostAnswersAsGqlgen(t *testing.T) {
	f := newFixture(t)
	odd := "Fish & Chips <Ltd> \u2028 \"the\" \\ chippy"
	b := article(t, odd, "2025-12-30", odd+" met Zelensky. Zelensky said: \"<b>Bold</b> & more.\"")
	o := b.actor(odd, graph.Organization, "F&C", "")
	s := b.statement(`<b>Bold</b> & more.`)
	b.edge(f.zelensky, graph.Stated, s, "said", `Zelensky said: "<b>Bold</b> & more."`)
	b.edge(o, graph.Consult, f.zelensky, "met", odd+" met Zelensky.")
	if _, err := f.db.Ingest(context.Background(), &b.b); err != nil {
		t.Fatal(err)
	}
	srv := f.server(t, resolvers.Options{ResponseCacheBytes: -1})
	body := func(query string, vars map[string]any) string {
		out, err := json.Marshal(map[string]any{"query": query, "variables": vars})
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	vars := map[string]any{"id": o}
	requests := []struct{ name, body string }{
		{"neighbourhood", body(`query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id ... on Actor { name aliases } ... on Statement { text } } edges { id source target class verb support } } }`, vars)},
		{"with resolvers", body(`query($id: ID!) { node(id: $id) { id ... on Actor { name statements(first: 2) { edges { node { text } } } } } }`, vars)},
		{"not found", body(`{ node(id: "a/nonesuch") { id } }`, nil)},
		{"invalid field", body(`{ nonesuch }`, nil)},
		{"syntax error", body(`{ node(id: `, nil)},
		{"missing variable", body(`query($id: ID!) { node(id: $id) { id } }`, nil)},
		{"bad JSON", `{"query": `},
		{"typename", body(`{ __typename }`, nil)},
	}
	for _, accept := range []string{"", "application/json", "application/graphql-response+json", "*/*", "text/html"} {
		for _, r := range requests {
			t.Run(r.name+"/"+accept, func(t *testing.T) {
				own := postWithAccept(t, srv.URL, r.body, accept)
				restore := resolvers.SetCompactResponses(false)
				marshalled := postWithAccept(t, srv.URL, r.body, accept)
				restore()
				if own != marshalled {
					t.Errorf("answer differs from json.Marshal's:\n  own: %+v\n  gen: %+v", own, marshalled)
				}
			})
		}
	}
}

// answer is what a test compares of an HTTP answer.
type answer struct {
	status      int
	contentType string
	body        string
}

func postWithAccept(t *testing.T, url, body, accept string) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader([]byte(body)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header.Get("Content-Type"), string(out)}
}
