package resolvers_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

// A request no transport takes is told what to send instead: a POST
// without a JSON Content-Type (curl -d's form encoding, text/plain, none)
// gets 415 naming the header it lacks, and runs nothing; other methods
// get 405 with Allow. JSON POSTs and GETs are answered as before.
func TestRequestsNoTransportTakesSayWhatToSend(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	const stats = `{"query":"{ stats { articles } }"}`
	const ingest = `{"query":"mutation { ingestArticle(input: {text: \"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\"}) { duplicate } }"}`
	tests := []struct {
		name, method, ctype, body string
		status                    int
		want                      string // in the message; "" for an answer with data
		allow                     string
	}{
		{"JSON POST", "POST", "application/json", stats, 200, "", ""},
		{"JSON POST with charset", "POST", "application/json; charset=utf-8", stats, 200, "", ""},
		{"curl -d (form encoded)", "POST", "application/x-www-form-urlencoded", stats, 415, `needs the header "Content-Type: application/json"`, ""},
		{"text/plain", "POST", "text/plain", stats, 415, `this request has Content-Type "text/plain"`, ""},
		{"no Content-Type", "POST", "", stats, 415, "this request has no Content-Type", ""},
		{"form-encoded mutation", "POST", "application/x-www-form-urlencoded", ingest, 415, "curl -d sends application/x-www-form-urlencoded", ""},
		{"PUT", "PUT", "application/json", stats, 405, "method PUT not allowed", "GET, POST, OPTIONS"},
		{"DELETE", "DELETE", "", "", 405, "method DELETE not allowed", "GET, POST, OPTIONS"},
		{"OPTIONS", "OPTIONS", "", "", 204, "", "GET, POST, OPTIONS"},
	}
	var before struct{ Stats struct{ Articles int } }
	mustData(t, srv, `{ stats { articles } }`, nil, &before)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+"/graphql", strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if got := resp.Header.Get("Allow"); got != tt.allow {
				t.Errorf("Allow %q, want %q", got, tt.allow)
			}
			if tt.status == 204 {
				return
			}
			var r struct {
				Data   json.RawMessage
				Errors []gqlError
			}
			if err := json.Unmarshal(body, &r); err != nil {
				t.Fatalf("answer %q is not JSON: %v", body, err)
			}
			if tt.want == "" {
				if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"articles"`) {
					t.Errorf("answer %s, want the stats", body)
				}
				return
			}
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tt.want) || r.Errors[0].code() != "INVALID_ARGUMENT" {
				t.Errorf("answer %s, want one INVALID_ARGUMENT error saying %q", body, tt.want)
			}
		})
	}
	// The form-encoded mutation stored nothing.
	var after struct{ Stats struct{ Articles int } }
	mustData(t, srv, `{ stats { articles } }`, nil, &after)
	if after.Stats.Articles != before.Stats.Articles {
		t.Errorf("%d articles after the refused mutation, %d before", after.Stats.Articles, before.Stats.Articles)
	}
}
