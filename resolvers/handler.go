package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/generated"
)

// Options configure the GraphQL handler. The zero value of a field means
// its default (see DefaultOptions).
type Options struct {
	// MaxPage is the largest `first` a connection accepts (default 500).
	MaxPage int
	// DefaultPage is the page size when `first` is omitted (default 20).
	DefaultPage int
	// MaxDepth is the largest neighbourhood depth (default 3).
	MaxDepth int
	// MaxNodes caps the nodes of a neighbourhood; a larger one is cut
	// and marked truncated (default 1000).
	MaxNodes int
	// MaxPathDepth is the largest maxDepth of shortestPath (default 6).
	MaxPathDepth int
	// MaxSearchNodes caps the nodes a shortestPath search may visit
	// before it gives up with LIMIT_EXCEEDED (default 50000).
	MaxSearchNodes int
	// MaxQueryDepth caps how deeply an operation's selections may nest,
	// not counting introspection (default 15).
	MaxQueryDepth int
	// ComplexityLimit is the highest complexity an operation may have
	// (default 20000); see complexity.go for how it is counted.
	ComplexityLimit int
	// Timeout bounds the time one operation may run (default 10s).
	Timeout time.Duration
	// ParserTokenLimit caps the tokens of a query document (default 10000).
	ParserTokenLimit int
	// MaxBodyBytes caps the size of a request body (default 1 MiB).
	MaxBodyBytes int64
	// QueryCacheSize is how many parsed queries are cached (default 1000).
	QueryCacheSize int
	// Counts, when set, returns the number of stored nodes by kind and
	// edges by class cheaply (store.DB keeps counters); without it the
	// stats query scans the graph.
	Counts func(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error)
	// Logger receives internal errors, whose details clients do not see
	// (default: slog.Default()).
	Logger *slog.Logger
}

// DefaultOptions returns the options NewHandler uses for zero fields.
func DefaultOptions() Options {
	return Options{
		MaxPage:          500,
		DefaultPage:      20,
		MaxDepth:         3,
		MaxNodes:         1000,
		MaxPathDepth:     6,
		MaxSearchNodes:   50000,
		MaxQueryDepth:    15,
		ComplexityLimit:  20000,
		Timeout:          10 * time.Second,
		ParserTokenLimit: 10000,
		MaxBodyBytes:     1 << 20,
		QueryCacheSize:   1000,
		Logger:           slog.Default(),
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MaxPage <= 0 {
		o.MaxPage = d.MaxPage
	}
	if o.DefaultPage <= 0 {
		o.DefaultPage = d.DefaultPage
	}
	if o.DefaultPage > o.MaxPage {
		o.DefaultPage = o.MaxPage
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = d.MaxDepth
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = d.MaxNodes
	}
	if o.MaxPathDepth <= 0 {
		o.MaxPathDepth = d.MaxPathDepth
	}
	if o.MaxSearchNodes <= 0 {
		o.MaxSearchNodes = d.MaxSearchNodes
	}
	if o.MaxQueryDepth <= 0 {
		o.MaxQueryDepth = d.MaxQueryDepth
	}
	if o.ComplexityLimit <= 0 {
		o.ComplexityLimit = d.ComplexityLimit
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.ParserTokenLimit <= 0 {
		o.ParserTokenLimit = d.ParserTokenLimit
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = d.MaxBodyBytes
	}
	if o.QueryCacheSize <= 0 {
		o.QueryCacheSize = d.QueryCacheSize
	}
	if o.Logger == nil {
		o.Logger = d.Logger
	}
	return o
}

// NewHandler returns an http.Handler that answers GraphQL queries over
// GET and POST against r, at whatever path it is mounted.
func NewHandler(r graph.Reader, opts Options) http.Handler {
	opts = opts.withDefaults()
	res := &Resolver{reader: r, opts: opts}
	cfg := generated.Config{Resolvers: res}
	setComplexity(&cfg.Complexity, opts)

	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](opts.QueryCacheSize))
	srv.SetParserTokenLimit(opts.ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	srv.Use(depthLimit{max: opts.MaxQueryDepth})
	srv.AroundOperations(timeout(opts.Timeout))
	srv.SetErrorPresenter(presenter(opts))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		opts.Logger.ErrorContext(ctx, "graphql: panic in resolver", "panic", v)
		return graph.Errorf("resolvers", graph.Internal, "panic: %v", v)
	})
	return limits(srv, opts)
}

// limits refuses request bodies over opts.MaxBodyBytes with status 413
// and code LIMIT_EXCEEDED before gqlgen reads them.
func limits(next http.Handler, opts Options) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		tooLarge := func(n string) {
			writeError(w, http.StatusRequestEntityTooLarge, codes[graph.LimitExceeded],
				fmt.Sprintf("request body of %s bytes is over the limit of %d bytes", n, opts.MaxBodyBytes))
		}
		if r.ContentLength > opts.MaxBodyBytes {
			tooLarge(fmt.Sprint(r.ContentLength))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, opts.MaxBodyBytes))
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			tooLarge("more than " + fmt.Sprint(mbe.Limit))
			return
		}
		if err != nil {
			writeError(w, http.StatusBadRequest, codes[graph.Invalid], fmt.Sprintf("read request body: %v", err))
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// timeout bounds the time each query or mutation runs; the deadline is
// set when execution starts, so resolvers see it in their context and
// the response reports it, with code LIMIT_EXCEEDED, on the fields it cut.
func timeout(d time.Duration) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		if op := graphql.GetOperationContext(ctx).Operation; op != nil && op.Operation == ast.Subscription {
			return h
		}
		return func(ctx context.Context) *graphql.Response {
			ctx, cancel := context.WithTimeout(ctx, d)
			defer cancel()
			return h(ctx)
		}
	}
}

// writeError answers a request the GraphQL server never saw, in the
// shape of a GraphQL response.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	e := gqlerror.Errorf("%s", msg)
	e.Extensions = map[string]any{"code": code}
	json.NewEncoder(w).Encode(graphql.Response{Errors: gqlerror.List{e}})
}

// The codes of extensions.code, one per graph.ErrorKind.
var codes = map[graph.ErrorKind]string{
	graph.Internal:      "INTERNAL",
	graph.NotFound:      "NOT_FOUND",
	graph.Invalid:       "INVALID_ARGUMENT",
	graph.LimitExceeded: "LIMIT_EXCEEDED",
	graph.Conflict:      "CONFLICT",
	graph.Unauthorized:  "UNAUTHENTICATED",
}

// gqlgen's own codes that name one of ours; its others
// (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED) are kept.
var gqlgenCodes = map[string]string{
	"COMPLEXITY_LIMIT_EXCEEDED": "LIMIT_EXCEEDED",
}

// codeOf is the one table from errors to extensions.code, for errors
// gqlgen did not give a code itself: deadlines are LIMIT_EXCEEDED, graph
// errors go by kind, gqlgen's own messages about the request (no Go cause,
// no path) are INVALID_ARGUMENT, and anything else is INTERNAL.
func codeOf(err error, gerr *gqlerror.Error) string {
	var ge *graph.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return codes[graph.LimitExceeded]
	case errors.As(err, &ge):
		return codes[ge.Kind]
	case gerr.Err == nil && len(gerr.Path) == 0:
		return codes[graph.Invalid]
	}
	return codes[graph.Internal]
}

// presenter maps errors to GraphQL errors with extensions.code (see
// codeOf). Internal errors that carry a Go cause are logged and shown
// without their details, which may name files and keys.
func presenter(opts Options) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		if code, ok := gerr.Extensions["code"].(string); ok {
			if mapped, ok := gqlgenCodes[code]; ok {
				gerr.Extensions["code"] = mapped
			}
			if code == errcode.ParseFailed && strings.Contains(gerr.Message, "token limit") {
				gerr.Extensions["code"] = codes[graph.LimitExceeded]
			}
			return gerr
		}
		code := codeOf(err, gerr)
		gerr.Extensions["code"] = code
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = fmt.Sprintf("operation took longer than the limit of %s", opts.Timeout)
		case code == codes[graph.Internal] && gerr.Err != nil:
			if !errors.Is(err, context.Canceled) {
				opts.Logger.ErrorContext(ctx, "graphql: internal error", "path", gerr.Path.String(), "err", err)
			}
			gerr.Message = "internal error"
		}
		return gerr
	}
}
