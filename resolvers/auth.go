package resolvers

import (
	"bufio"
	"context"
	"crypto/subtle"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph"
)

// Write authorization. The HTTP layer (credentials) puts the bearer
// token of the request's Authorization header into the context; a
// websocket's connection_init payload may replace it. Before a mutation
// runs, authorize compares it with Options.WriteToken in constant time.
// Queries and subscriptions are open to all.

// tokenKey holds, in a request's context, the bearer token it carries.
type tokenKey struct{}

// bearer returns the token of an "Authorization: Bearer <token>" value.
func bearer(h string) string {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(tok)
}

// credentials records the request's bearer token for authorize and
// limits; for websocket upgrades it also lifts the server's read and
// write deadlines, which would otherwise end long-lived subscriptions.
func credentials(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tok := bearer(r.Header.Get("Authorization")); tok != "" {
			r = r.WithContext(context.WithValue(r.Context(), tokenKey{}, tok))
		}
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			w = &upgradeWriter{ResponseWriter: w}
		}
		next.ServeHTTP(w, r)
	})
}

// mayWrite returns nil when the request whose context is ctx may run
// mutations, and an error of kind Unauthorized saying why not otherwise.
func mayWrite(ctx context.Context, opts Options) error {
	const op = "resolvers.authorize"
	if opts.WriteToken == "" {
		if opts.RequireWriteToken {
			return graph.Errorf(op, graph.Unauthorized, "this server takes no writes: it listens beyond loopback and was given no write token")
		}
		return nil
	}
	tok, _ := ctx.Value(tokenKey{}).(string)
	if tok == "" {
		return graph.Errorf(op, graph.Unauthorized, "mutations need the header Authorization: Bearer <write token>")
	}
	if subtle.ConstantTimeCompare([]byte(tok), []byte(opts.WriteToken)) != 1 {
		return graph.Errorf(op, graph.Unauthorized, "the write token is wrong")
	}
	return nil
}

func isMutation(oc *graphql.OperationContext) bool {
	return oc != nil && oc.Operation != nil && oc.Operation.Operation == ast.Mutation
}

// authorize refuses mutations that mayWrite refuses, and operations
// other than mutations whose request body is over Options.MaxBodyBytes,
// before any resolver runs.
func authorize(opts Options) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		var err error
		if isMutation(oc) {
			err = mayWrite(ctx, opts)
		} else if big, ok := ctx.Value(bigBodyKey{}).(*bigBody); ok {
			big.refused.Store(true)
			err = graph.Errorf("resolvers.limits", graph.LimitExceeded,
				"request body of %d bytes is over the limit of %d bytes (only mutations may send more, up to %d bytes)",
				big.size, opts.MaxBodyBytes, opts.MaxWriteBodyBytes)
		}
		if err != nil {
			// Answered here, not by the presenter: without the Go
			// operation ("resolvers.authorize: ") as it takes it off.
			gerr := gqlerror.Errorf("%s", graph.WithoutOps(err.Error(), err))
			gerr.Extensions = map[string]any{"code": codes[graph.KindOf(err)]}
			return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{gerr}})
		}
		return next(ctx)
	}
}

// websocketTransport serves subscriptions (and any operation) over a
// websocket in the graphql-transport-ws protocol, or the older
// graphql-ws, with keep-alive pings. The connection_init payload may
// carry {"Authorization": "Bearer <token>"} for mutations. Browser pages
// of other origins may connect only when CORSOrigins allows them.
func websocketTransport(opts Options) transport.Websocket {
	var patterns []string
	for _, o := range opts.CORSOrigins {
		if o == "*" {
			patterns = append(patterns, "*")
			continue
		}
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			patterns = append(patterns, u.Scheme+"://"+u.Host)
		}
	}
	return transport.Websocket{
		Implementation: transport.CoderWebsocketImplementation{
			AcceptOptions: websocket.AcceptOptions{OriginPatterns: patterns},
		},
		// graphql-ws clients get keep-alive messages; graphql-transport-ws
		// clients get pings and are dropped when they miss two pongs.
		KeepAlivePingInterval: opts.KeepAlive,
		PingPongInterval:      opts.KeepAlive,
		InitTimeout:           30 * time.Second,
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			if tok := bearer(p.Authorization()); tok != "" {
				ctx = context.WithValue(ctx, tokenKey{}, tok)
			}
			return ctx, nil, nil
		},
	}
}

// cors answers preflight requests from the allowed origins and marks the
// responses to them; other origins get no CORS headers (and 403 for a
// preflight), so browsers keep their pages out. Without origins it does
// nothing.
func cors(next http.Handler, origins []string) http.Handler {
	if len(origins) == 0 {
		return next
	}
	anyOrigin := slices.Contains(origins, "*")
	allowed := func(o string) bool {
		return o != "" && (anyOrigin || slices.ContainsFunc(origins, func(x string) bool {
			return strings.EqualFold(strings.TrimRight(x, "/"), o)
		}))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		h := w.Header()
		h.Add("Vary", "Origin")
		ok := allowed(origin)
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			if !ok {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if ok {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		next.ServeHTTP(w, r)
	})
}

// upgradeWriter lifts the server's read and write deadlines from a
// connection only once it is really upgraded to a websocket (hijacked
// after the handshake was accepted): a request that merely carries an
// "Upgrade: websocket" header keeps them, body and all, so that slow
// clients cannot hold connections open by sending that header.
type upgradeWriter struct {
	http.ResponseWriter
}

// Hijack takes the connection over and clears its deadlines.
func (u *upgradeWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := http.NewResponseController(u.ResponseWriter).Hijack()
	if err == nil {
		err = conn.SetDeadline(time.Time{})
		if err != nil {
			conn.Close()
			return nil, nil, err
		}
	}
	return conn, rw, err
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (u *upgradeWriter) Unwrap() http.ResponseWriter { return u.ResponseWriter }
