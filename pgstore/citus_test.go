package pgstore_test

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/pgstore"
)

// citusCall matches SCHEMA.md's create_distributed_table and
// create_reference_table calls: table, distribution column, co-location.
var citusCall = regexp.MustCompile(`create_(distributed|reference)_table\('(\w+)'(?:,\s*'(\w+)')?(?:,\s*colocate_with\s*=>\s*'(\w+)')?\)`)

// TestCitusLayout checks SCHEMA.md's Citus commands against the tables
// Open creates, as far as PostgreSQL alone can (Citus is not installed
// here): every table is distributed or a reference table, once; each
// distribution column is text COLLATE "C" (so that the tables hash alike
// and co-locate) and belongs to every unique index of its table, as
// Citus requires; every distributed table co-locates with nodes. The
// commands README.md quotes are SCHEMA.md's.
func TestCitusLayout(t *testing.T) {
	doc, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	calls := citusCall.FindAllStringSubmatch(string(doc), -1)
	if len(calls) == 0 {
		t.Fatal("SCHEMA.md names no create_distributed_table call")
	}
	url := pgtest.URL(t)
	db, err := pgstore.Open(t.Context(), url, pgstore.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	db.Close()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	tables, err := queryStrings(t, conn, `SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var named []string
	for _, c := range calls {
		kind, table, column, colocate := c[1], c[2], c[3], c[4]
		if slices.Contains(named, table) {
			t.Errorf("SCHEMA.md distributes %s twice", table)
		}
		named = append(named, table)
		if !slices.Contains(tables, table) {
			t.Errorf("SCHEMA.md distributes %s, which Open does not create (tables: %v)", table, tables)
			continue
		}
		if kind == "reference" {
			continue
		}
		if table != "nodes" && colocate != "nodes" {
			t.Errorf("%s is co-located with %q, want nodes", table, colocate)
		}
		var typ, coll string
		err := conn.QueryRow(t.Context(), `SELECT format_type(a.atttypid, a.atttypmod), coalesce(co.collname::text, '')
			FROM pg_attribute a LEFT JOIN pg_collation co ON co.oid = a.attcollation
			WHERE a.attrelid = $1::regclass AND a.attname = $2 AND NOT a.attisdropped`, table, column).Scan(&typ, &coll)
		if err != nil {
			t.Errorf("%s.%s, SCHEMA.md's distribution column: %v", table, column, err)
			continue
		}
		if typ != "text" || coll != "C" {
			t.Errorf("%s.%s is %s COLLATE %q, want text COLLATE \"C\" like every distribution column", table, column, typ, coll)
		}
		rows, err := conn.Query(t.Context(), `SELECT i.indexrelid::regclass::text,
			array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey))
			FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique`, table)
		if err != nil {
			t.Fatal(err)
		}
		uniques := 0
		for rows.Next() {
			var index string
			var cols []string
			if err := rows.Scan(&index, &cols); err != nil {
				t.Fatal(err)
			}
			uniques++
			if !slices.Contains(cols, column) {
				t.Errorf("unique index %s on %v lacks %s's distribution column %s: Citus refuses it", index, cols, table, column)
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if uniques == 0 {
			t.Errorf("%s has no primary key", table)
		}
	}
	for _, table := range tables {
		if !slices.Contains(named, table) {
			t.Errorf("Open creates %s, which SCHEMA.md's Citus commands do not distribute", table)
		}
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range citusCall.FindAllStringSubmatch(string(readme), -1) {
		if !slices.ContainsFunc(calls, func(d []string) bool { return slices.Equal(c[1:], d[1:]) }) {
			t.Errorf("README.md's %s differs from SCHEMA.md's commands", c[0])
		}
	}
}

// queryStrings runs sql and returns its single text column.
func queryStrings(t *testing.T, conn *pgx.Conn, sql string) ([]string, error) {
	rows, err := conn.Query(t.Context(), sql)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}
