package pgstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
)

// The resolutions of a piece of evidence (graph.Evidence.Resolved) are
// kept as JSON in evidence.resolved, '' for none: they are read only
// with the evidence, never searched.

// resolvedJSON is rs as evidence.resolved holds it.
func resolvedJSON(rs []graph.Resolution) string {
	if len(rs) == 0 {
		return ""
	}
	b, _ := json.Marshal(rs) // strings and ints: cannot fail
	return string(b)
}

// parseResolved sets ev.Resolved from evidence.resolved's value s.
func parseResolved(s string, ev *graph.Evidence) error {
	if s == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s), &ev.Resolved); err != nil {
		return fmt.Errorf("evidence %s [%d:%d]: resolutions: %w", ev.Article, ev.Start, ev.End, err)
	}
	return nil
}

// resolvedColumn is the evidence column of the resolutions.
const resolvedColumn = "v.resolved"

// resolvedExpr is what reads of evidence select for its resolutions:
// the column, or no resolutions on a graph opened read-only that was
// last written before the column was added (a writable Open adds it in
// place, schema.sql).
func (db *DB) resolvedExpr() string {
	if db.noResolved {
		return "''"
	}
	return resolvedColumn
}

// checkResolved sets db.noResolved when the evidence table has no
// resolved column.
func (db *DB) checkResolved(ctx context.Context) error {
	var has bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'evidence' AND column_name = 'resolved')`).Scan(&has)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	db.noResolved = !has
	return nil
}
