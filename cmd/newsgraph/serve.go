package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/seeds"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

const serveDoc = `
Serve the GraphiQL playground at / and the GraphQL API at /graphql. The
playground's scripts are served by the binary itself: it works offline.
GET /export?format=F[&root=ID&depth=N&class=C&since=D&until=D] downloads
the graph, or part of it, in any format "newsgraph export" writes.

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
	addr := fs.String("addr", "localhost:8080", "listen on `HOST:PORT`")
	noSeeds := fs.Bool("no-seeds", false, "do not fill an empty database with the seed articles")
	shutdown := fs.Duration("shutdown-timeout", 15*time.Second, "how long requests in flight may run on after a shutdown signal")
	timeout := fs.Duration("query-timeout", resolvers.DefaultOptions().Timeout, "longest time one GraphQL operation may run")
	headerTimeout := fs.Duration("read-header-timeout", readHeaderTimeout, "longest time a client may take to send a request's headers (slow clients are cut off)")
	readTO := fs.Duration("read-timeout", readTimeout, "longest time a client may take to send a whole request")
	writeTO := fs.Duration("write-timeout", writeTimeout, "longest time a response may take to be written, from the end of the request's headers (clients that do not read are cut off)")
	exportTO := fs.Duration("export-write-timeout", exportWriteTimeout, "the write timeout of /export downloads, which stream for longer")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return m.usageError(fs, fmt.Sprintf("--addr %q: want HOST:PORT", *addr))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read-header-timeout", *headerTimeout}, {"read-timeout", *readTO}, {"write-timeout", *writeTO}, {"export-write-timeout", *exportTO}} {
		if d.v <= 0 {
			return m.usageError(fs, fmt.Sprintf("--%s must be positive", d.name))
		}
	}

	db, err := openStore(*dbDir, false)
	if err != nil {
		return m.fail("serve", err)
	}
	defer func() {
		if err := db.Close(); err != nil {
			fmt.Fprintf(m.stderr, "newsgraph serve: close %s: %v\n", *dbDir, err)
		}
	}()
	if !*noSeeds {
		if err := m.seed(ctx, db); err != nil {
			return m.fail("serve", err)
		}
	}

	logger := slog.New(slog.NewTextHandler(m.stderr, nil))
	opts := resolvers.DefaultOptions()
	opts.Timeout = *timeout
	opts.Logger = logger
	opts.Counts = func(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error) {
		s, err := db.Stats(ctx)
		return s.Nodes, s.Edges, err
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(db, opts))
	mux.Handle("/export", longWrite(web.ExportHandler(db), *exportTO))
	mux.Handle("/viewer/", http.StripPrefix("/viewer", web.Viewer("/graphql", "/export")))
	mux.Handle("/", web.Playground("/graphql"))
	srv := &http.Server{
		Handler:           http.MaxBytesHandler(mux, maxBodyBytes),
		ReadHeaderTimeout: *headerTimeout,
		ReadTimeout:       *readTO,
		WriteTimeout:      *writeTO,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return m.fail("serve", err)
	}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(m.stderr, "newsgraph serve: database %s\nnewsgraph serve: listening on %s (GraphQL API at %sgraphql)\n", *dbDir, url, url)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return m.fail("serve", err)
	case <-ctx.Done():
	}
	fmt.Fprintln(m.stderr, "newsgraph serve: shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), *shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return m.fail("serve", fmt.Errorf("shutdown: %w", err))
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return m.fail("serve", err)
	}
	return exitOK
}

// seed fills a database that holds no article with the seed articles.
func (m *Main) seed(ctx context.Context, db *store.DB) error {
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
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	rep, err := p.IngestArticles(ctx, seeds.Articles(), nil)
	if err != nil {
		return fmt.Errorf("seed the database: %w", err)
	}
	for _, r := range rep.Results {
		if r.Status == ingest.Failed {
			fmt.Fprintf(m.stderr, "newsgraph serve: seed %v\n", r.Err)
		}
	}
	fmt.Fprintf(m.stderr, "newsgraph serve: empty database filled with the seed articles: %s\n", rep.Summary())
	return nil
}
