package pgstore_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
)

func execSQL(t *testing.T, url, sql string) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func TestOpenChecksTheSchemaVersion(t *testing.T) {
	url := pgtest.URL(t)
	db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Opening again finds the schema and its version.
	db, err = pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	db.Close()

	execSQL(t, url, `UPDATE newsgraph_meta SET value = '99' WHERE key = 'schema_version'`)
	_, err = pgstore.Open(t.Context(), url, pgstore.Options{})
	if err == nil || graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("Open of a schema of version 99: %v, want an invalid error naming the version", err)
	}

	execSQL(t, url, `DELETE FROM newsgraph_meta; INSERT INTO nodes VALUES ('x', 'actor', '{}')`)
	_, err = pgstore.Open(t.Context(), url, pgstore.Options{})
	if err == nil || !strings.Contains(err.Error(), "not a newsgraph database") {
		t.Errorf("Open of tables with rows but no version: %v, want refused", err)
	}
}

func TestOpenNamesABadURL(t *testing.T) {
	_, err := pgstore.Open(t.Context(), "postgres://u:secret@127.0.0.1:1/db?sslmode=nonsense", pgstore.Options{})
	if err == nil || strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("Open of a bad URL: %v, want an error naming the host and not the password", err)
	}
}

func TestIngestRefusesWhatPostgreSQLCannotStore(t *testing.T) {
	db := open(t)
	ctx := t.Context()
	before, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	const text = "Alpha Minister met Beta Envoy.\x00"
	b := graphtest.NewBuilder(t, "Nul", "2025-01-01", text)
	b.Edge(b.Actor("Alpha Minister", graph.Person), graph.Consult, b.Actor("Beta Envoy", graph.Person), text, "met")
	_, err = db.Ingest(ctx, b.B)
	if graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), `"Nul"`) || !strings.Contains(err.Error(), "NUL") {
		t.Errorf("Ingest of a sentence with a NUL byte: %v, want invalid naming the article and the NUL", err)
	}
	if after, _ := graphtest.Dump(ctx, db); after != before {
		t.Errorf("the store changed:\n%s", after)
	}
}

// TestWritersShareOneLock opens the same schema twice, as two processes
// would, and ingests articles naming one actor through both at once:
// the advisory lock orders them, so the actor is stored once.
func TestWritersShareOneLock(t *testing.T) {
	url := pgtest.URL(t)
	var dbs []*pgstore.DB
	for range 2 {
		db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs = append(dbs, db)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := fmt.Sprintf("Chancellor Olaf Scholz met Envoy Number%d.", i)
			b := graphtest.NewBuilder(t, fmt.Sprintf("Meeting %d", i), "2025-01-01", text)
			b.Edge(b.Actor("Olaf Scholz", graph.Person, "Scholz"), graph.Consult, b.Actor(fmt.Sprintf("Envoy Number%d", i), graph.Person), text, "met")
			if _, err := dbs[i%2].Ingest(context.Background(), b.B); err != nil {
				t.Errorf("Ingest %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	ids, err := dbs[0].Lookup(t.Context(), "Scholz")
	if err != nil || len(ids) != 1 {
		t.Fatalf("Lookup(Scholz) = %v, %v; want one actor", ids, err)
	}
	links, err := dbs[1].Adjacent(t.Context(), ids[0], graph.Both, nil)
	if err != nil || len(links) != 8 {
		t.Errorf("Scholz has %d links (%v), want 8", len(links), err)
	}
	graphtest.CheckConsistent(t, dbs[0])
}

func TestReadOnlyOpenWritesNothing(t *testing.T) {
	url := pgtest.URL(t)
	_, err := pgstore.Open(t.Context(), url, pgstore.Options{ReadOnly: true})
	if graph.KindOf(err) != graph.NotFound || !strings.Contains(err.Error(), "no newsgraph graph") {
		t.Fatalf("read-only Open of an empty schema: %v, want not found", err)
	}
	db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Alpha Minister met Beta Envoy."
	b := graphtest.NewBuilder(t, "Meeting", "2025-01-01", text)
	b.Edge(b.Actor("Alpha Minister", graph.Person), graph.Consult, b.Actor("Beta Envoy", graph.Person), text, "met")
	if _, err := db.Ingest(t.Context(), b.Clone()); err != nil {
		t.Fatal(err)
	}
	db.Close()

	ro, err := pgstore.Open(t.Context(), url, pgstore.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only Open: %v", err)
	}
	defer ro.Close()
	if ids, err := ro.Lookup(t.Context(), "Alpha Minister"); err != nil || len(ids) != 1 {
		t.Errorf("read-only Lookup = %v, %v", ids, err)
	}
	other := graphtest.NewBuilder(t, "Other", "2025-01-02", "Gamma spoke.")
	if _, err := ro.Ingest(t.Context(), other.B); graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Ingest through a read-only store: %v, want refused", err)
	}
}

// version1 turns a graph of the current schema back into version 1's
// layout: the rank indexes that did not cover the links.
const version1 = `DROP INDEX edges_strength, in_links_strength;
	CREATE INDEX edges_rank ON edges (source, articles DESC, class, target);
	CREATE INDEX in_links_rank ON in_links (target, articles DESC, class, source);
	UPDATE newsgraph_meta SET value = '1' WHERE key = 'schema_version'`

// TestOpenUpgradesVersion1 stores a graph, puts it back in version 1's
// layout, and checks that a read-only Open reads it as it is, and that
// Open for writing upgrades it in place: the covering indexes replace
// the old ones, the version says 2, and nothing stored changes.
func TestOpenUpgradesVersion1(t *testing.T) {
	url := pgtest.URL(t)
	db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.GenerateGraph(t, db, 7, 20, 60)
	want, err := graphtest.Dump(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	execSQL(t, url, version1)

	ro, err := pgstore.Open(t.Context(), url, pgstore.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only Open of version 1: %v", err)
	}
	if got, err := graphtest.Dump(t.Context(), ro); err != nil || got != want {
		t.Errorf("version 1 read-only reads differently (%v)", err)
	}
	ro.Close()
	if got := indexes(t, url); got != "edges_rank in_links_rank" {
		t.Errorf("a read-only Open changed the indexes: %s", got)
	}

	db, err = pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatalf("Open of version 1: %v", err)
	}
	defer db.Close()
	if got := indexes(t, url); got != "edges_strength in_links_strength" {
		t.Errorf("after the upgrade the rank indexes are %s, want edges_strength in_links_strength", got)
	}
	if v := schemaVersion(t, url); v != pgstore.SchemaVersion {
		t.Errorf("after the upgrade the version is %s, want %s", v, pgstore.SchemaVersion)
	}
	if got, err := graphtest.Dump(t.Context(), db); err != nil || got != want {
		t.Errorf("the upgrade changed the graph (%v)", err)
	}
	graphtest.CheckConsistent(t, db)
}

// indexes lists the rank indexes of the schema at url, by name.
func indexes(t *testing.T, url string) string {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var names string
	err = conn.QueryRow(t.Context(), `SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes
		WHERE schemaname = current_schema() AND (indexname LIKE '%rank' OR indexname LIKE '%strength')`).Scan(&names)
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func schemaVersion(t *testing.T, url string) string {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var v string
	if err := conn.QueryRow(t.Context(), `SELECT value FROM newsgraph_meta WHERE key = 'schema_version'`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
