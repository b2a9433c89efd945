package resolvers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

const addAliasMutation = `mutation($id: ID!) { addAlias(id: $id, alias: "Vova") { aliases } }`

func TestWriteToken(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name    string
		opts    resolvers.Options
		header  string
		allowed bool
		msg     string
	}{
		{"token set, none sent", resolvers.Options{WriteToken: "s3cret"}, "", false, "Authorization: Bearer"},
		{"token set, wrong one sent", resolvers.Options{WriteToken: "s3cret"}, "Bearer guess", false, "wrong"},
		{"token set, other scheme", resolvers.Options{WriteToken: "s3cret"}, "Basic s3cret", false, "Authorization: Bearer"},
		{"token set and sent", resolvers.Options{WriteToken: "s3cret"}, "Bearer s3cret", true, ""},
		{"token set and sent, scheme in lower case", resolvers.Options{WriteToken: "s3cret"}, "bearer s3cret", true, ""},
		{"token required but none configured", resolvers.Options{RequireWriteToken: true}, "Bearer anything", false, "no write token"},
		{"token required and set", resolvers.Options{RequireWriteToken: true, WriteToken: "s3cret"}, "Bearer s3cret", true, ""},
		{"no token: writes open (loopback)", resolvers.Options{}, "", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := f.server(t, tt.opts)
			before, _ := dumpOf(f)
			hdr := map[string]string{}
			if tt.header != "" {
				hdr["Authorization"] = tt.header
			}
			r := postWith(t, srv, addAliasMutation, map[string]any{"id": f.zelensky}, hdr)
			after, _ := dumpOf(f)
			if tt.allowed {
				if len(r.Errors) != 0 || !strings.Contains(string(r.Data), "Vova") {
					t.Errorf("mutation refused: %s %+v", r.Data, r.Errors)
				}
				if _, err := f.db.RemoveAlias(t.Context(), f.zelensky, "Vova"); err != nil {
					t.Fatal(err)
				}
				return
			}
			if len(r.Errors) != 1 || r.Errors[0].code() != "UNAUTHENTICATED" || !strings.Contains(r.Errors[0].Message, tt.msg) ||
				string(r.Data) != "null" && r.Data != nil {
				t.Errorf("data %s, errors %+v; want no data and one UNAUTHENTICATED error saying %q", r.Data, r.Errors, tt.msg)
			}
			if after != before {
				t.Errorf("an unauthorized mutation changed the store")
			}
			// Reads stay open.
			q := postWith(t, srv, `{ stats { nodes } }`, nil, hdr)
			if len(q.Errors) != 0 {
				t.Errorf("query without the token: %+v", q.Errors)
			}
		})
	}
}

func TestCORS(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{CORSOrigins: []string{"https://app.example", "http://localhost:5173"}})
	preflight := func(origin string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for _, origin := range []string{"https://app.example", "http://localhost:5173"} {
		resp := preflight(origin)
		h := resp.Header
		if resp.StatusCode != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != origin ||
			!strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") || !strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("preflight from %s: %d %v", origin, resp.StatusCode, h)
		}
	}
	for _, origin := range []string{"https://evil.example", "https://app.example.evil", "null"} {
		resp := preflight(origin)
		if resp.StatusCode != http.StatusForbidden || resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("preflight from %s: %d %v; want 403 without CORS headers", origin, resp.StatusCode, resp.Header)
		}
	}
	// Actual requests: allowed origins are named, others get nothing
	// (the browser then hides the response), same-origin requests work.
	for _, tc := range []struct{ origin, want string }{
		{"https://app.example", "https://app.example"},
		{"https://evil.example", ""},
		{"", ""},
	} {
		r := postWith(t, srv, `{ stats { nodes } }`, nil, map[string]string{"Origin": tc.origin})
		if len(r.Errors) != 0 {
			t.Errorf("query from %q: %+v", tc.origin, r.Errors)
		}
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query=%7Bstats%7Bnodes%7D%7D", nil)
		if tc.origin != "" {
			req.Header.Set("Origin", tc.origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tc.want {
			t.Errorf("GET from %q: Access-Control-Allow-Origin %q, want %q", tc.origin, got, tc.want)
		}
	}
	// Without origins configured, no CORS headers at all.
	plain := f.server(t, resolvers.Options{})
	req, _ := http.NewRequest(http.MethodOptions, plain.URL+"/graphql", nil)
	req.Header.Set("Origin", "https://app.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS headers without CORSOrigins: %v", resp.Header)
	}
}
