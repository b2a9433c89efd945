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
	"sync/atomic"
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
	// MaxNodes is the most nodes a neighbourhood may be asked for
	// (maxNodes; default 1000), DefaultNodes how many it has when the
	// query does not say (default 150): a larger neighbourhood is cut,
	// keeping the nearest and strongest nodes, and marked truncated.
	MaxNodes, DefaultNodes int
	// MaxEdges is the most relations a neighbourhood may be asked for
	// (maxEdges; default 5000), DefaultEdges how many it has when the
	// query does not say (default 400). The relations through which
	// nodes were reached are kept first, then the best supported: around
	// a hub every relation among its neighbours would be thousands, and
	// an answer of a few hundred is what a graph view can draw.
	MaxEdges, DefaultEdges int
	// MaxPathDepth is the largest maxDepth of shortestPath (default 6).
	MaxPathDepth int
	// MaxSearchNodes caps the nodes a shortestPath search may visit
	// before it gives up with LIMIT_EXCEEDED (default 50000).
	MaxSearchNodes int
	// MaxQueryDepth caps how deeply an operation's selections may nest,
	// not counting introspection (default 15).
	MaxQueryDepth int
	// MaxFields caps how many fields an operation may select once its
	// fragments are spread, aliases counted apart, not counting
	// introspection (default 5000). It stops fragment bombs before
	// anything walks their expansion.
	MaxFields int
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
	// ResponseCacheBytes bounds the answers to queries kept in memory and
	// served again until the graph changes (default 64 MiB; negative
	// turns the cache off). It needs a reader with a Version method
	// (store.DB has one); see respcache.go.
	ResponseCacheBytes int64
	// ResponseCacheStale lets the response cache answer from before the
	// latest writes, within the bound, while it computes the fresh
	// answer in the background (default: never); see respcache.go.
	ResponseCacheStale Staleness
	// Counts, when set, returns the number of stored nodes by kind and
	// edges by class cheaply (store.DB keeps counters); without it the
	// stats query scans the graph.
	Counts func(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error)
	// Logger receives internal errors, whose details clients do not see
	// (default: slog.Default()).
	Logger *slog.Logger

	// Ingester extracts and stores the articles of the ingestArticle
	// mutation (ingest.Pipeline is one); nil refuses that mutation.
	Ingester graph.Ingester
	// Explainer explains stored articles, nodes and relations for the
	// explain query (cmd/newsgraph gives the server one); nil refuses
	// that query.
	Explainer Explainer
	// Editor makes the corrections of the mergeActors, addAlias,
	// removeAlias and deleteArticle mutations. Nil means the graph
	// reader itself when it is a graph.Editor (store.DB is), else those
	// mutations are refused.
	Editor graph.Editor
	// Broadcaster announces stored articles to articleIngested
	// subscribers; ingestArticle publishes to it. Pass one to publish
	// from elsewhere in the process too. Nil means a new one.
	Broadcaster *Broadcaster
	// WriteToken, when not empty, is the bearer token every mutation
	// needs (Authorization: Bearer <token>); queries need none.
	WriteToken string
	// RequireWriteToken refuses every mutation while WriteToken is
	// empty: a server reachable beyond loopback must not take writes
	// from anyone. Default false: without a token, mutations are open.
	RequireWriteToken bool
	// CORSOrigins lists the origins ("https://app.example") whose
	// browser pages may call the API from another origin; "*" allows
	// any. Preflight requests are answered; other origins get no CORS
	// headers. It also lets those origins open subscription websockets.
	// Default none (same-origin only).
	CORSOrigins []string
	// MaxWriteBodyBytes caps the body of a mutation request, which may
	// carry a long article (default 16 MiB). Bodies over MaxBodyBytes
	// are refused unless they hold a mutation and, when a write token is
	// set, carry it.
	MaxWriteBodyBytes int64
	// WriteTimeout bounds the time one mutation may run (default 60s).
	WriteTimeout time.Duration
	// KeepAlive is how often a subscription websocket is pinged
	// (default 15s).
	KeepAlive time.Duration
	// Expensive, when set, is called before an operation that may scan
	// a whole list runs (see budget.go) and returns the function that
	// ends its turn, or an error (LIMIT_EXCEEDED) when the server is too
	// busy; web.Limiter.Acquire is one. Nil runs every operation at once.
	Expensive func(ctx context.Context) (release func(), err error)
}

// DefaultOptions returns the options NewHandler uses for zero fields.
func DefaultOptions() Options {
	return Options{
		MaxPage:          500,
		DefaultPage:      20,
		MaxDepth:         3,
		MaxNodes:         1000,
		DefaultNodes:     150,
		MaxEdges:         5000,
		DefaultEdges:     400,
		MaxPathDepth:     6,
		MaxSearchNodes:   50000,
		MaxQueryDepth:    15,
		MaxFields:        5000,
		ComplexityLimit:  20000,
		Timeout:          10 * time.Second,
		ParserTokenLimit: 10000,
		MaxBodyBytes:     1 << 20,
		QueryCacheSize:   1000,

		ResponseCacheBytes: 64 << 20,
		Logger:             slog.Default(),

		MaxWriteBodyBytes: 16 << 20,
		WriteTimeout:      60 * time.Second,
		KeepAlive:         15 * time.Second,
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
	if o.MaxEdges <= 0 {
		o.MaxEdges = d.MaxEdges
	}
	if o.DefaultNodes <= 0 {
		o.DefaultNodes = d.DefaultNodes
	}
	if o.DefaultNodes > o.MaxNodes {
		o.DefaultNodes = o.MaxNodes
	}
	if o.DefaultEdges <= 0 {
		o.DefaultEdges = d.DefaultEdges
	}
	if o.DefaultEdges > o.MaxEdges {
		o.DefaultEdges = o.MaxEdges
	}
	if o.ResponseCacheBytes == 0 {
		o.ResponseCacheBytes = d.ResponseCacheBytes
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
	if o.MaxFields <= 0 {
		o.MaxFields = d.MaxFields
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
	if o.MaxWriteBodyBytes <= 0 {
		o.MaxWriteBodyBytes = d.MaxWriteBodyBytes
	}
	if o.MaxWriteBodyBytes < o.MaxBodyBytes {
		o.MaxWriteBodyBytes = o.MaxBodyBytes
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = d.WriteTimeout
	}
	if o.KeepAlive <= 0 {
		o.KeepAlive = d.KeepAlive
	}
	if o.Broadcaster == nil {
		o.Broadcaster = NewBroadcaster(0)
	}
	return o
}

// NewHandler returns an http.Handler that answers GraphQL queries and
// mutations over GET (queries only) and POST, and subscriptions over a
// websocket, against r, at whatever path it is mounted.
func NewHandler(r graph.Reader, opts Options) http.Handler {
	opts = opts.withDefaults()
	if opts.Editor == nil {
		if ed, ok := r.(graph.Editor); ok {
			opts.Editor = ed
		}
	}
	res := &Resolver{reader: r, opts: opts}
	cfg := generated.Config{Resolvers: res}
	setComplexity(&cfg.Complexity, opts)

	exec := generated.NewExecutableSchema(cfg)
	srv := handler.New(exec)
	srv.AddTransport(websocketTransport(opts))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](opts.QueryCacheSize))
	srv.SetParserTokenLimit(opts.ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(shapeLimit{maxDepth: opts.MaxQueryDepth, maxFields: opts.MaxFields})
	srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	srv.AroundOperations(authorize(opts))
	srv.AroundOperations(timeout(opts.Timeout, opts.WriteTimeout))
	srv.AroundOperations(markQueries)
	srv.AroundOperations(budget(opts))
	srv.AroundFields(plainSubgraphs)
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		return next(withLoaders(ctx, r))
	})
	srv.SetErrorPresenter(presenter(opts, exec.Schema()))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		opts.Logger.ErrorContext(ctx, "graphql: panic in resolver", "panic", v)
		return graph.Errorf("resolvers", graph.Internal, "panic: %v", v)
	})
	var h http.Handler = srv
	if v, ok := r.(versioned); ok && opts.ResponseCacheBytes > 0 {
		c := newResponseCache(v, opts.ResponseCacheBytes, opts.ResponseCacheStale)
		c.refreshTimeout = opts.Timeout
		h = c.wrap(srv)
	}
	return cors(requestShape(credentials(limits(h, opts))), opts.CORSOrigins)
}

// limits refuses request bodies over the limits with status 413 and code
// LIMIT_EXCEEDED before gqlgen reads them. A body may exceed
// opts.MaxBodyBytes, up to opts.MaxWriteBodyBytes, only when the request
// may write (see mayWrite); the operation must then be a mutation, which
// authorize checks once the body is parsed.
func limits(next http.Handler, opts Options) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		limit := opts.MaxBodyBytes
		if mayWrite(r.Context(), opts) == nil {
			limit = opts.MaxWriteBodyBytes
		}
		tooLarge := func(n string) {
			msg := fmt.Sprintf("request body of %s bytes is over the limit of %d bytes", n, limit)
			if limit < opts.MaxWriteBodyBytes {
				msg += fmt.Sprintf(" (authorized mutations may send up to %d bytes)", opts.MaxWriteBodyBytes)
			}
			writeError(w, http.StatusRequestEntityTooLarge, codes[graph.LimitExceeded], msg)
		}
		if r.ContentLength > limit {
			tooLarge(fmt.Sprint(r.ContentLength))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
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
		if int64(len(body)) > opts.MaxBodyBytes {
			big := &bigBody{ResponseWriter: w, size: int64(len(body))}
			r = r.WithContext(context.WithValue(r.Context(), bigBodyKey{}, big))
			w = big
		}
		next.ServeHTTP(w, r)
	})
}

// bigBodyKey holds, in a request's context, the *bigBody of a body over
// MaxBodyBytes.
type bigBodyKey struct{}

// bigBody is a request body over MaxBodyBytes. When authorize refuses it
// (it holds no mutation), the response's status becomes 413.
type bigBody struct {
	http.ResponseWriter
	size    int64
	refused atomic.Bool
	wrote   bool
}

func (b *bigBody) WriteHeader(code int) {
	if !b.wrote && b.refused.Load() {
		code = http.StatusRequestEntityTooLarge
	}
	b.wrote = true
	b.ResponseWriter.WriteHeader(code)
}

func (b *bigBody) Write(p []byte) (int, error) {
	if !b.wrote {
		b.WriteHeader(http.StatusOK)
	}
	return b.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (b *bigBody) Unwrap() http.ResponseWriter { return b.ResponseWriter }

// timeout bounds the time each query (limit q) or mutation (limit m)
// runs; the deadline is set when execution starts, so resolvers see it
// in their context and the response reports it, with code
// LIMIT_EXCEEDED, on the fields it cut. Subscriptions run until the
// client ends them.
func timeout(q, m time.Duration) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		d := q
		if op := graphql.GetOperationContext(ctx).Operation; op != nil {
			switch op.Operation {
			case ast.Subscription:
				return h
			case ast.Mutation:
				d = m
			}
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
// codeOf), and says which values an enum takes when one is refused.
// Internal errors that carry a Go cause are logged and shown without
// their details, which may name files and keys.
func presenter(opts Options, schema *ast.Schema) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		explainBadEnum(ctx, schema, gerr)
		// The error's path names the field; the Go operations before
		// the message ("store.AddAlias: ") say nothing to a client.
		gerr.Message = withoutBody(graph.WithoutOps(gerr.Message, err))
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
			limit := opts.Timeout
			if graphql.HasOperationContext(ctx) && isMutation(graphql.GetOperationContext(ctx)) {
				limit = opts.WriteTimeout
			}
			gerr.Message = fmt.Sprintf("operation took longer than the limit of %s", limit)
		case code == codes[graph.Internal] && gerr.Err != nil:
			if !errors.Is(err, context.Canceled) {
				opts.Logger.ErrorContext(ctx, "graphql: internal error", "path", gerr.Path.String(), "err", err)
			}
			gerr.Message = "internal error"
		}
		return gerr
	}
}
