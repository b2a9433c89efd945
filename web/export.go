package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// Limits of an export request.
const (
	// MaxExportDepth is the largest depth an export with roots accepts:
	// a rooted export collects its subgraph in memory before writing,
	// while a whole-graph export (no root) streams whatever its size.
	MaxExportDepth = 6
	// MaxExportRoots is the largest number of root parameters.
	MaxExportRoots = 500
	// DefaultExportDepth is the depth of a rooted export without a depth
	// parameter.
	DefaultExportDepth = 1
	// MaxExportNodes and MaxExportEdges bound the subgraph a rooted
	// export collects in memory: a larger one is refused (400,
	// LIMIT_EXCEEDED) while it is collected. Around a hub, depth 6 is the
	// whole graph, which took 1.8 GB collected; without roots the export
	// streams instead.
	MaxExportNodes = 20000
	MaxExportEdges = 100000
)

// exportParams are the query parameters ExportHandler knows; any other
// is refused, so that a misspelt one ("roots") is not silently ignored.
var exportParams = []string{"format", "root", "depth", "class", "since", "until", "base", "nonfactual"}

// ExportHandler returns a handler that streams an export of r's graph,
// or of a part of it, as a file download:
//
//	GET /export?format=F&root=ID&root=ID2&depth=N&class=C&since=D&until=D
//
// format is required and is one of export.Formats (json, cytoscape,
// graphml, gexf, csv, nquads, dgraph, dot). Without root the whole graph
// is exported; with roots (node IDs or actor names, as the command line
// takes them: root=Zelensky; repeated, at most MaxExportRoots), the nodes
// within depth hops of them (0 to MaxExportDepth, default 1). class
// (repeated, or comma-separated, case-insensitive) keeps only edges of
// those classes; since and until (YYYY-MM-DD, inclusive) keep only edges
// with evidence dated in that period; nonfactual=true also exports the
// edges and events that are no facts (negated, demanded or hypothetical
// only), which are left out by default. See export.Scope. base is the IRI
// under which nquads names nodes (export.Options).
//
// Every parameter is checked, and every root looked up, before a byte is
// sent (export.ParseScope and export.ResolveRoots, which the command
// line and GraphQL share): a bad parameter, an unknown name or a name
// several actors share gets 400 and an unknown ID 404, each with a
// plain-text message naming the parameter. The response has the
// format's Content-Type and a Content-Disposition of
// attachment; filename="newsgraph-<root or graph>-<format>.<ext>", and
// its body is streamed as the export is written, never held whole in
// memory. HEAD answers with the headers alone. Should the export fail
// once the body has begun (a read error, the client gone), the response
// is cut off without its final chunk, so that a client sees a broken
// download rather than a short file that looks whole; the error is
// logged with slog.Default.
func ExportHandler(r graph.Reader) http.Handler {
	return &exportHandler{r: r}
}

type exportHandler struct {
	r graph.Reader
}

// exportRequest is a checked export request; the scope's roots are
// filled from roots, as given, by export.ResolveRoots.
type exportRequest struct {
	format export.Format
	scope  export.Scope
	roots  []string
	opts   export.Options
}

func (h *exportHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		httpError(w, graph.Errorf("web.Export", graph.Invalid, "method %s not allowed: use GET", req.Method), http.StatusMethodNotAllowed)
		return
	}
	ctx := req.Context()
	er, err := parseExport(req.URL.Query())
	er.scope.MaxNodes, er.scope.MaxEdges = MaxExportNodes, MaxExportEdges
	if err == nil {
		er.scope.Roots, err = export.ResolveRoots(ctx, h.r, er.roots, urlParam)
	}
	if err != nil {
		httpError(w, err, 0)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", er.format.MediaType)
	hdr.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, er.format.FileName(er.scope)))
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Cache-Control", "no-store")
	if req.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}

	// The status is sent with the first byte of the export, so that an
	// error found before that (export.Write checks the scope again and
	// collects a rooted subgraph first) still gets its own status.
	body := &startWriter{w: w}
	err = er.format.WriteWith(ctx, body, h.r, er.scope, er.opts)
	switch {
	case err == nil && !body.started:
		w.WriteHeader(http.StatusOK) // an empty document
	case err == nil:
	case !body.started:
		for _, k := range []string{"Content-Disposition", "Cache-Control"} {
			hdr.Del(k)
		}
		httpError(w, err, 0)
	default:
		if ctx.Err() == nil {
			slog.Default().ErrorContext(ctx, "web: export cut off", "url", req.URL.String(), "bytes", body.n, "err", err)
		}
		panic(http.ErrAbortHandler) // cut the chunked body short
	}
}

// startWriter passes writes on to an http.ResponseWriter and remembers
// whether any byte was written.
type startWriter struct {
	w       http.ResponseWriter
	started bool
	n       int64
}

func (s *startWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	s.started = true
	n, err := s.w.Write(p)
	s.n += int64(n)
	return n, err
}

// parseExport checks the query parameters of an export request; errors
// are of kind Invalid and name the parameter.
func parseExport(q url.Values) (exportRequest, error) {
	const op = "web.Export"
	var er exportRequest
	bad := func(param, format string, args ...any) error {
		return graph.Errorf(op, graph.Invalid, "parameter %s: "+format, append([]any{param}, args...)...)
	}
	var unknown []string
	for k := range q {
		known := false
		for _, p := range exportParams {
			known = known || k == p
		}
		if !known {
			unknown = append(unknown, strconv.Quote(k))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return er, graph.Errorf(op, graph.Invalid, "unknown parameter %s (known: %s)",
			strings.Join(unknown, ", "), strings.Join(exportParams, ", "))
	}
	for _, p := range []string{"format", "depth", "since", "until", "base", "nonfactual"} {
		if len(q[p]) > 1 {
			return er, bad(p, "given %d times; give it once", len(q[p]))
		}
	}

	names := make([]string, 0, len(export.Formats()))
	for _, f := range export.Formats() {
		names = append(names, f.Name)
	}
	switch name := q.Get("format"); {
	case !q.Has("format") || name == "":
		return er, bad("format", "missing; one of %s", strings.Join(names, ", "))
	default:
		f, err := export.Lookup(strings.ToLower(name))
		if err != nil {
			return er, bad("format", "unknown format %q; one of %s", name, strings.Join(names, ", "))
		}
		er.format = f
	}

	sc, roots, err := export.ParseScope(export.ScopeRequest{
		Roots:   q["root"],
		Depth:   q.Get("depth"),
		Classes: q["class"],
		Since:   q.Get("since"),
		Until:   q.Get("until"),
	}, export.ScopeLimits{MaxDepth: MaxExportDepth, MaxRoots: MaxExportRoots}, urlParam)
	if err != nil {
		return er, err
	}
	er.scope, er.roots = sc, roots
	if b := q.Get("base"); b != "" {
		if err := export.CheckBase(b); err != nil {
			return er, bad("base", "%s", strings.TrimPrefix(err.Error(), "export.CheckBase: "))
		}
		er.opts.Base = b
	}
	if q.Has("nonfactual") {
		v, err := strconv.ParseBool(q.Get("nonfactual"))
		if err != nil {
			return er, bad("nonfactual", "%q is not true or false", q.Get("nonfactual"))
		}
		er.scope.NonFactual = v
	}
	return er, nil
}

// urlParam names a query parameter in error messages.
func urlParam(name string) string { return "parameter " + name }

// statusOf is the one table from error kinds to HTTP statuses for the
// handlers of this package.
func statusOf(err error) int {
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusServiceUnavailable
	}
	switch graph.KindOf(err) {
	case graph.Invalid:
		return http.StatusBadRequest
	case graph.NotFound:
		return http.StatusNotFound
	case graph.LimitExceeded:
		return http.StatusBadRequest
	case graph.Unauthorized:
		return http.StatusUnauthorized
	case graph.Conflict:
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

// httpError answers with err as plain text and status (statusOf(err)
// when 0). Internal errors are logged, and the client is told no more
// than that something failed.
func httpError(w http.ResponseWriter, err error, status int) {
	if status == 0 {
		status = statusOf(err)
	}
	msg := err.Error()
	if status == http.StatusInternalServerError {
		slog.Default().Error("web: export failed", "err", err)
		msg = "internal error"
	} else {
		var ge *graph.Error
		if errors.As(err, &ge) && ge.Err != nil {
			msg = ge.Err.Error() // without the operation's name
		}
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	fmt.Fprintf(w, "newsgraph export: %s\n", msg)
}
