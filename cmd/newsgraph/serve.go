package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/seeds"
	"github.com/newsgraph/newsgraph/web"
)

const serveDoc = `
Serve the GraphiQL playground at /, the GraphQL API at /graphql (POST, GET
and websocket subscriptions) and the network viewer at /viewer/. Every
page's scripts are served by the binary itself: it works offline.
GET /export?format=F[&root=ID|NAME&depth=N&class=C&since=D&until=D&base=IRI]
downloads the graph, or part of it, in any format "newsgraph export"
writes, with the same scope.

Reads are open. Mutations (ingestArticle, mergeActors, ...) need
"Authorization: Bearer TOKEN" when a token is set with --write-token or
the NEWSGRAPH_WRITE_TOKEN environment variable; a server listening on an
address that is not loopback refuses every mutation until one is set.

A database with no articles is first filled with the five embedded seed
articles, unless --no-seeds is given. The server prints its URL on stderr
("listening on http://HOST:PORT/"); with port 0 the system picks a free
port. SIGINT or SIGTERM shut it down gracefully: requests in flight finish
(for up to --shutdown-timeout), then the database is closed.
`

// Server limits.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
	maxBodyBytes      = 2 << 20 // over the resolvers' own 1 MiB limit, for any other handler
	// exportWriteTimeout replaces writeTimeout for /export, whose
	// downloads of a whole large graph stream for longer.
	exportWriteTimeout = 30 * time.Minute
)

// longWrite gives h's responses a write deadline of d from the start of
// the request instead of the server's WriteTimeout.
func longWrite(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// An error means the writer cannot take deadlines; the server's
		// own timeout then stands.
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
		h.ServeHTTP(w, r)
	})
}

func (m *Main) serve(ctx context.Context, args []string) int {
	fs := m.flags("serve", serveDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR`")
	pgURL := storeFlag(fs)
	addr := fs.String("addr", "localhost:8080", "listen on `HOST:PORT`")
	noSeeds := fs.Bool("no-seeds", false, "do not fill an empty database with the seed articles")
	shutdown := fs.Duration("shutdown-timeout", 15*time.Second, "how long (a `DURATION`) requests in flight may run on after a shutdown signal")
	timeout := fs.Duration("query-timeout", resolvers.DefaultOptions().Timeout, "longest time (a `DURATION`) one GraphQL operation may run")
	headerTimeout := fs.Duration("read-header-timeout", readHeaderTimeout, "longest time (a `DURATION`) a client may take to send a request's headers (slow clients are cut off)")
	readTO := fs.Duration("read-timeout", readTimeout, "longest time (a `DURATION`) a client may take to send a whole request")
	writeTO := fs.Duration("write-timeout", writeTimeout, "longest time (a `DURATION`) a response may take to be written, from the end of the request's headers (clients that do not read are cut off)")
	exportTO := fs.Duration("export-write-timeout", exportWriteTimeout, "the write timeout (a `DURATION`) of /export downloads, which stream for longer")
	writeToken := fs.String("write-token", "", "bearer `TOKEN` that mutations must carry (default $NEWSGRAPH_WRITE_TOKEN)")
	cors := fs.String("cors-origin", "", "comma-separated `ORIGINS` (https://app.example) whose pages may call the API")
	guards := addGuardFlags(fs)
	cacheSize := fs.String("response-cache", "64MiB", "memory `SIZE` for answers to queries, served again until the graph changes (0: no cache)")
	staleFor := fs.Duration("cache-stale", 0, "serve a cached answer up to this `DURATION` old after the graph changed, while a fresh one is computed in the background (0: never, unless --cache-stale-writes)")
	staleWrites := fs.Uint64("cache-stale-writes", 0, "serve a cached answer up to `N` writes behind the graph, as --cache-stale (0: no bound on writes)")
	refresh := fs.Duration("cache-refresh", time.Second, "with --cache-stale or --cache-stale-writes, compute a stale answer afresh at most once per `DURATION` (0: after every write)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	if *staleFor < 0 || *refresh < 0 {
		return m.usageError(fs, "--cache-stale and --cache-refresh must not be negative")
	}
	_, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return m.usageError(fs, fmt.Sprintf("--addr %q: want HOST:PORT", *addr))
	}
	if _, err := net.LookupPort("tcp", port); err != nil {
		return m.usageError(fs, fmt.Sprintf("--addr %q: port %q is not a port number (0 to 65535) or service name", *addr, port))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read-header-timeout", *headerTimeout}, {"read-timeout", *readTO}, {"write-timeout", *writeTO}, {"export-write-timeout", *exportTO}} {
		if d.v <= 0 {
			return m.usageError(fs, fmt.Sprintf("--%s must be positive", d.name))
		}
	}

	if msg := guards.invalid(); msg != "" {
		return m.usageError(fs, msg)
	}
	cacheBytes := int64(-1) // resolvers.Options: negative turns the cache off
	if strings.TrimSpace(*cacheSize) != "0" {
		var err error
		if cacheBytes, err = parseSize(*cacheSize); err != nil {
			return m.usageError(fs, fmt.Sprintf("--response-cache: %v", err))
		}
	}

	if msg := checkStore(fs, *pgURL); msg != "" {
		return m.usageError(fs, msg)
	}
	// The address is taken before the database is opened: a port in use
	// is then told at once, before seeding, and leaves no new database
	// folder behind. Connections that arrive meanwhile wait in the
	// listener's backlog until the server starts.
	ln, err := listen(*addr)
	if err != nil {
		return m.fail("serve", err)
	}
	defer ln.Close()
	db, dbName, err := m.openGraph(ctx, *pgURL, *dbDir, false)
	if err != nil {
		return m.fail("serve", err)
	}
	defer func() {
		if err := db.Close(); err != nil {
			fmt.Fprintf(m.stderr, "newsgraph serve: close %s: %s\n", dbName, message(err))
		}
	}()
	pipeline := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	if !*noSeeds {
		if err := m.seed(ctx, db, pipeline); err != nil {
			return m.fail("serve", err)
		}
	}

	logger := slog.New(slog.NewTextHandler(m.stderr, nil))
	opts := resolvers.DefaultOptions()
	opts.Timeout = *timeout
	opts.ResponseCacheBytes = cacheBytes
	opts.ResponseCacheStale = resolvers.Staleness{For: *staleFor, Writes: *staleWrites, Refresh: *refresh}
	opts.Logger = logger
	if c, ok := db.(graph.Counter); ok {
		opts.Counts = c.Counts
	}
	opts.Ingester = pipeline
	opts.Explainer = storedExplainer{x: pipeline.Extractor}
	lim := guards.limiter()
	opts.Expensive = lim.Acquire
	opts.Broadcaster = resolvers.NewBroadcaster(0)
	opts.WriteToken = *writeToken
	if opts.WriteToken == "" {
		opts.WriteToken = os.Getenv("NEWSGRAPH_WRITE_TOKEN")
	}
	opts.RequireWriteToken = !isLoopback(*addr)
	for _, o := range strings.Split(*cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts.CORSOrigins = append(opts.CORSOrigins, o)
		}
	}
	if opts.RequireWriteToken && opts.WriteToken == "" {
		fmt.Fprintf(m.stderr, "newsgraph serve: %s is not a loopback address and no write token is set: mutations are refused\n", *addr)
	}
	limit := func(h http.Handler) http.Handler { return http.MaxBytesHandler(h, maxBodyBytes) }
	mux := http.NewServeMux()
	// The resolvers enforce their own body limits, larger for authorised
	// mutations, and mutations may run up to their own write timeout.
	mux.Handle("/graphql", longWrite(resolvers.NewHandler(db, opts), opts.WriteTimeout+10*time.Second))
	mux.Handle("/export", limit(guards.export(web.ExportHandler(db), lim, *exportTO)))
	mux.Handle("/viewer/", limit(http.StripPrefix("/viewer", web.Viewer("/graphql", "/export"))))
	mux.Handle("/", limit(web.Playground("/graphql")))
	// Websocket subscriptions outlive Shutdown, which does not wait for
	// hijacked connections: their context is cancelled once Shutdown has
	// let the ordinary requests in flight finish.
	baseCtx, cancelBase := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBase()
	srv := &http.Server{
		Handler:           guards.wrap(mux, *addr, logger),
		BaseContext:       func(net.Listener) context.Context { return baseCtx },
		ReadHeaderTimeout: *headerTimeout,
		ReadTimeout:       *readTO,
		WriteTimeout:      *writeTO,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(m.stderr, "newsgraph serve: database %s\nnewsgraph serve: listening on %s (GraphQL API at %sgraphql)\n", dbName, url, url)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return m.fail("serve", err)
	case <-ctx.Done():
	}
	// The listener is closed before the message, so that whoever reads
	// "shutting down" finds new connections refused (Shutdown closes it
	// again, which closeOnceListener makes harmless).
	ln.Close()
	fmt.Fprintln(m.stderr, "newsgraph serve: shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), *shutdown)
	defer cancel()
	err = srv.Shutdown(sctx)
	cancelBase()
	if err != nil {
		srv.Close()
		return m.fail("serve", fmt.Errorf("shutdown: %w", err))
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
		return m.fail("serve", err)
	}
	return exitOK
}

// seed fills a database that holds no article with the seed articles.
func (m *Main) seed(ctx context.Context, db graph.Reader, p *ingest.Pipeline) error {
	empty := true
	err := db.ScanNodes(ctx, graph.KindArticle, "", func(graph.Node) error {
		empty = false
		return graph.ErrStop
	})
	if err != nil {
		return fmt.Errorf("check for articles: %w", err)
	}
	if !empty {
		return nil
	}
	rep, err := p.IngestArticles(ctx, seeds.Articles(), nil)
	if err != nil {
		return fmt.Errorf("seed the database: %w", err)
	}
	for _, r := range rep.Results {
		if r.Status == ingest.Failed {
			fmt.Fprintf(m.stderr, "newsgraph serve: seed %s\n", message(r.Err))
		}
	}
	fmt.Fprintf(m.stderr, "newsgraph serve: empty database filled with the seed articles: %s\n", rep.Summary())
	return nil
}

// isLoopback reports whether addr (HOST:PORT) listens only on the loopback
// interface; an empty host or a wildcard address listens on every one.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// listen takes addr for the server; an address in use says so, and how
// to pick another.
func listen(addr string) (*closeOnceListener, error) {
	tcp, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("--addr %s: the address is already in use (another server on that port? choose another with --addr HOST:PORT, or port 0 for any free one)", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("--addr %s: %w", addr, err)
	}
	return &closeOnceListener{Listener: tcp}, nil
}

// closeOnceListener is a listener whose Close closes it once and returns
// that first close's error ever after: serve closes it itself when
// shutdown begins, and http.Server.Shutdown closes it again.
type closeOnceListener struct {
	net.Listener
	once sync.Once
	err  error // the first Close's error, set once under once
}

func (l *closeOnceListener) Close() error {
	l.once.Do(func() { l.err = l.Listener.Close() })
	return l.err
}
