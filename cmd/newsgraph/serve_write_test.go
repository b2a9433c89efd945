package main_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// post sends a GraphQL operation with an optional bearer token and
// returns the decoded response.
func post(t *testing.T, base, token, q string) (data map[string]any, codes []string) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	raw := postBody(t, base, token, body)
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Extensions struct {
				Code string `json:"code"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, raw)
	}
	for _, e := range out.Errors {
		codes = append(codes, e.Extensions.Code)
	}
	return out.Data, codes
}

func TestServeTakesArticlesWithTheWriteToken(t *testing.T) {
	base, _ := serve(t, "--db", t.TempDir(), "--no-seeds", "--write-token", "s3cret")
	const mutation = `mutation { ingestArticle(input: {title: "Talks in Geneva", published: "2026-01-09",
		text: "Swiss President Karin Keller-Sutter met Chinese Premier Li Qiang in Geneva on Thursday. \"We had open talks,\" Keller-Sutter said."}) {
		duplicate nodesCreated article { id title } } }`

	for _, token := range []string{"", "wrong"} {
		data, codes := post(t, base, token, mutation)
		if len(codes) == 0 || codes[0] != "UNAUTHENTICATED" {
			t.Fatalf("token %q: codes %v, data %v; want UNAUTHENTICATED", token, codes, data)
		}
	}
	var before actorsData
	query(t, base, `{ actors(first: 10) { totalCount edges { node { id name aliases } } } }`, &before)
	if before.Actors.TotalCount != 0 {
		t.Fatalf("refused mutations stored %d actors", before.Actors.TotalCount)
	}

	data, codes := post(t, base, "s3cret", mutation)
	if len(codes) > 0 {
		t.Fatalf("authorised mutation: codes %v", codes)
	}
	payload := data["ingestArticle"].(map[string]any)
	if payload["duplicate"] != false || payload["nodesCreated"].(float64) < 3 {
		t.Fatalf("payload %v: want a new article with its nodes", payload)
	}
	var after actorsData
	query(t, base, `{ actors(filter: {name: "Keller-Sutter"}) { totalCount edges { node { id name aliases
		statements(first: 5) { totalCount edges { node { text } } } } } } }`, &after)
	if after.Actors.TotalCount != 1 || !strings.Contains(after.Actors.Edges[0].Node.Name, "Keller-Sutter") {
		t.Fatalf("after ingestArticle: %+v", after.Actors)
	}

	data, _ = post(t, base, "s3cret", mutation)
	if data["ingestArticle"].(map[string]any)["duplicate"] != true {
		t.Fatalf("second ingest of the same text: %v, want duplicate", data)
	}
}

// postBody sends body to base's /graphql with an optional bearer token
// and returns the response body as it came.
func postBody(t *testing.T, base, token string, body []byte) []byte {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("POST %sgraphql: %s: %v", base, resp.Status, err)
	}
	return raw
}
