package resolvers_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

// slowReader is a store whose actor scans wait until their context ends,
// like a scan over a huge graph would.
type slowReader struct{ graph.Reader }

func (s slowReader) ScanNodes(ctx context.Context, k graph.NodeKind, after graph.ID, fn func(graph.Node) error) error {
	<-ctx.Done()
	return ctx.Err()
}

func TestOperationTimeout(t *testing.T) {
	f := newFixture(t)
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(slowReader{f.db}, resolvers.Options{Timeout: 200 * time.Millisecond}))
	srv := newServer(t, mux)

	start := time.Now()
	r := post(t, srv, `{ actors { totalCount } }`, nil)
	took := time.Since(start)
	if len(r.Errors) != 1 || r.Errors[0].code() != "LIMIT_EXCEEDED" || !strings.Contains(r.Errors[0].Message, "200ms") {
		t.Fatalf("slow query gave %s, %+v; want one LIMIT_EXCEEDED error naming the 200ms limit", r.Data, r.Errors)
	}
	if took > 5*time.Second {
		t.Errorf("slow query took %s with a 200ms limit", took)
	}
	// Fields that need no scan are still answered.
	r = post(t, srv, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": f.zelensky})
	if len(r.Errors) != 0 || !strings.Contains(string(r.Data), string(f.zelensky)) {
		t.Errorf("fast query after a slow one: %s, %+v", r.Data, r.Errors)
	}
}

func TestRequestLimits(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{MaxBodyBytes: 4096, ParserTokenLimit: 200})
	big := `{"query": "{ actors { totalCount } }", "variables": {"pad": "` + strings.Repeat("x", 5000) + `"}}`
	tests := []struct {
		name   string
		body   io.Reader
		status int
		code   string
		msg    string
	}{
		{"body over the limit", strings.NewReader(big), http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "over the limit of 4096 bytes"},
		{"streamed body over the limit", io.MultiReader(strings.NewReader(big)), http.StatusRequestEntityTooLarge, "LIMIT_EXCEEDED", "over the limit of 4096 bytes"},
		{"query over the token limit", strings.NewReader(`{"query": "{ actors { ` + strings.Repeat("totalCount ", 300) + `} }"}`),
			http.StatusUnprocessableEntity, "LIMIT_EXCEEDED", "token limit"},
		{"body not JSON", strings.NewReader(`{"query": `), http.StatusBadRequest, "INVALID_ARGUMENT", "could not be decoded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", tt.body)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			r := decode(t, resp)
			if r.Status != tt.status || len(r.Errors) != 1 || r.Errors[0].code() != tt.code || !strings.Contains(r.Errors[0].Message, tt.msg) {
				t.Errorf("status %d, errors %+v; want status %d and one %s error with %q", r.Status, r.Errors, tt.status, tt.code, tt.msg)
			}
		})
	}
}

// brokenReader fails every node read the way a broken disk would.
type brokenReader struct{ graph.Reader }

func (brokenReader) Node(ctx context.Context, id graph.ID) (graph.Node, error) {
	return graph.Node{}, fmt.Errorf("store.Node: read /var/lib/newsgraph/000042.vlog: input/output error")
}

func TestInternalErrorsAreLoggedNotShown(t *testing.T) {
	f := newFixture(t)
	var log bytes.Buffer
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(brokenReader{f.db}, resolvers.Options{Logger: slog.New(slog.NewTextHandler(&log, nil))}))
	srv := newServer(t, mux)

	r := post(t, srv, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": f.zelensky})
	if len(r.Errors) != 1 || r.Errors[0].code() != "INTERNAL" || r.Errors[0].Message != "internal error" {
		t.Fatalf("errors %+v; want one INTERNAL error saying only \"internal error\"", r.Errors)
	}
	if !strings.Contains(log.String(), "000042.vlog: input/output error") {
		t.Errorf("the log lacks the cause:\n%s", log.String())
	}
}
