package pgstore

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsgraph/newsgraph/graph"
)

// SchemaVersion is the version of schema.sql. Open upgrades a graph of
// an older version in place (upgrades) and refuses one of a version it
// does not know.
const SchemaVersion = "2"

// upgrades are the statements that bring a graph of each older version to
// the next, run by Open under the writers' lock after schema.sql has
// created what is new. Version 1's rank indexes did not cover the links
// (edges_strength and in_links_strength, which schema.sql creates, do).
var upgrades = map[string]struct{ to, sql string }{
	"1": {"2", `DROP INDEX IF EXISTS edges_rank, in_links_rank`},
}

//go:embed schema.sql
var schemaSQL string

// DB is a graph stored in PostgreSQL. It implements graph.EditStore and
// the optional interfaces of package graph that the Badger store does
// (edge heads, head scans, name scans, batched adjacency, counts).
type DB struct {
	pool *pgxpool.Pool
	// name is the URL without its password, for messages.
	name string
	// lockKey is the advisory lock writers take: one per schema, so that
	// graphs in different schemas of a database do not wait on each other.
	lockKey int64
	opts    Options
	// noResolved is set on a graph opened read-only that was last
	// written before evidence.resolved was added (see resolved.go).
	noResolved bool
}

// Options change how Open connects.
type Options struct {
	// ReadOnly opens an existing graph for reading: Open creates no
	// schema (a database without one is NotFound), the sessions are
	// read-only (default_transaction_read_only), and writes are refused
	// as Invalid.
	ReadOnly bool
	// BulkLoad commits each ingested article without waiting for its
	// write-ahead log to reach the disk (synchronous_commit off, for
	// Ingest's transactions only), and Close waits for all of it. An
	// article is still all or nothing; a crash of the server or the
	// machine during a bulk load may lose the articles of its last
	// fraction of a second, as Badger's unsynced writes may, and never
	// leaves half an article. It is for newsgraph ingest, where a
	// per-article flush costs most of the time (5× on our machine).
	BulkLoad bool
}

var (
	_ graph.EditStore            = (*DB)(nil)
	_ graph.EdgeHeadReader       = (*DB)(nil)
	_ graph.EdgeHeadScanner      = (*DB)(nil)
	_ graph.NameScanner          = (*DB)(nil)
	_ graph.AdjacentBatcher      = (*DB)(nil)
	_ graph.AmongAdjacencyReader = (*DB)(nil)
	_ graph.Counter              = (*DB)(nil)
)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a Badger directory.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact is a database URL without its password, for messages.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "the PostgreSQL database"
	}
	return u.Redacted()
}

// Open connects to the PostgreSQL database at url (postgres://…; the
// parameters of libpq and pgx apply, e.g. search_path to keep the graph
// in a schema of its own), creates the schema on first use and checks its
// version.
func Open(ctx context.Context, url string, opts Options) (*DB, error) {
	const op = "pgstore.Open"
	name := Redact(url)
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, graph.Errorf(op, graph.Invalid, "%s: %v", name, err)
	}
	if opts.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	if cfg.MaxConns < 8 {
		// Scans call back into the store between pages; give them room.
		cfg.MaxConns = 8
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, graph.Errorf(op, graph.Internal, "%s: %w", name, err)
	}
	db := &DB{pool: pool, name: name, opts: opts}
	if err := db.prepare(ctx); err != nil {
		pool.Close()
		var ge *graph.Error
		if errors.As(err, &ge) {
			return nil, err
		}
		return nil, graph.Errorf(op, graph.Internal, "%s: %w", name, err)
	}
	return db, nil
}

// prepare creates the schema when absent and checks its version, under
// the writers' lock so that two first opens do not race.
func (db *DB) prepare(ctx context.Context) error {
	err := db.pool.QueryRow(ctx, `SELECT hashtext('newsgraph ' || current_schema())::bigint`).Scan(&db.lockKey)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	if db.opts.ReadOnly {
		if err := db.checkVersion(ctx); err != nil {
			return err
		}
		return db.checkResolved(ctx)
	}
	return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, db.lockKey); err != nil {
			return err
		}
		v, err := storedVersion(ctx, tx)
		if err != nil {
			return err
		}
		if v != nil && *v != SchemaVersion && upgrades[*v].to == "" {
			return db.unknownVersion(*v)
		}
		if _, err := tx.Exec(ctx, schemaSQL); err != nil {
			return fmt.Errorf("create schema: %w", err)
		}
		if v == nil {
			var any bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM nodes)`).Scan(&any); err != nil {
				return err
			}
			if any {
				return graph.Errorf("pgstore.Open", graph.Invalid, "%s holds nodes but no schema version: not a newsgraph database, or a damaged one", db.name)
			}
			_, err = tx.Exec(ctx, `INSERT INTO newsgraph_meta (key, value) VALUES ('schema_version', $1)`, SchemaVersion)
			return err
		}
		return upgrade(ctx, tx, *v)
	})
}

// storedVersion reads the schema version of the graph, nil when there is
// none (no newsgraph_meta, or no version in it).
func storedVersion(ctx context.Context, q querier) (*string, error) {
	var exists bool
	if err := q.QueryRow(ctx, `SELECT to_regclass('newsgraph_meta') IS NOT NULL`).Scan(&exists); err != nil || !exists {
		return nil, err
	}
	var v string
	err := q.QueryRow(ctx, `SELECT value FROM newsgraph_meta WHERE key = 'schema_version'`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return &v, err
}

// upgrade brings a graph of version v to SchemaVersion, one version at a
// time, in the caller's transaction: all or nothing.
func upgrade(ctx context.Context, tx pgx.Tx, v string) error {
	for v != SchemaVersion {
		u := upgrades[v]
		if _, err := tx.Exec(ctx, u.sql); err != nil {
			return fmt.Errorf("upgrade the schema from version %s to %s: %w", v, u.to, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE newsgraph_meta SET value = $1 WHERE key = 'schema_version'`, u.to); err != nil {
			return fmt.Errorf("upgrade the schema from version %s to %s: %w", v, u.to, err)
		}
		v = u.to
	}
	return nil
}

func (db *DB) unknownVersion(v string) error {
	return graph.Errorf("pgstore.Open", graph.Invalid, "%s has newsgraph schema version %s; this build reads version %s (and upgrades older ones)", db.name, v, SchemaVersion)
}

// checkVersion checks the schema version of a graph opened read-only. A
// graph of an older version that this build can upgrade is read as it
// is (the upgrades change indexes, not what reads see); it is upgraded
// when next opened for writing.
func (db *DB) checkVersion(ctx context.Context) error {
	v, err := storedVersion(ctx, db.pool)
	switch {
	case err != nil:
		return fmt.Errorf("connect: %w", err)
	case v == nil:
		return graph.Errorf("pgstore.Open", graph.NotFound, "no newsgraph graph at %s", db.name)
	case *v != SchemaVersion && upgrades[*v].to == "":
		return db.unknownVersion(*v)
	}
	return nil
}

// Close closes the connections; after a bulk load it first waits until
// every article committed is on disk.
func (db *DB) Close() error {
	defer db.pool.Close()
	if db.opts.BulkLoad {
		return db.flush(context.Background())
	}
	return nil
}

// flush waits until the write-ahead log of every transaction committed
// so far is on disk: a synchronous commit that writes a commit record
// (txid_current assigns a transaction ID) flushes the log up to it.
func (db *DB) flush(ctx context.Context) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = on; SELECT txid_current()`)
		return err
	})
	return db.fail("pgstore.Close", err)
}

// Name is the database's URL without its password.
func (db *DB) Name() string { return db.name }

// write runs fn in a transaction holding the writers' advisory lock:
// writers (in this process or any other on the same schema) go one at a
// time, so that an article's actor resolution sees every actor stored
// before it. Readers are never blocked.
func (db *DB) write(ctx context.Context, op string, fn func(tx pgx.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return graph.Errorf(op, graph.Internal, "%w", err)
	}
	if db.opts.ReadOnly {
		return graph.Errorf(op, graph.Invalid, "%s is open read-only", db.name)
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return db.fail(op, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, db.lockKey); err != nil {
		return db.fail(op, err)
	}
	if err := fn(tx); err != nil {
		return db.fail(op, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return db.fail(op, fmt.Errorf("commit: %w", err))
	}
	return nil
}

// fail wraps err as an Internal error of op naming the database, unless
// it already is a *graph.Error.
func (db *DB) fail(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	return graph.Errorf(op, graph.Internal, "%s: %w", db.name, err)
}

// Truncate empties every table of the graph, keeping the schema: for
// tests and for a migration that starts over.
func (db *DB) Truncate(ctx context.Context) error {
	return db.write(ctx, "pgstore.Truncate", func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `TRUNCATE nodes, article_texts, aliases, edges, in_links, evidence,
			article_nodes, node_articles, article_edges, redirects`)
		return err
	})
}
