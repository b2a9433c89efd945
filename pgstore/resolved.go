package pgstore

import (
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
