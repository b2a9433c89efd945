package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// Keep thins Report.Results, in input order, and leaves the counts and
// what is stored as they are without it.
func TestIngestPathsKeepsWhatKeepSays(t *testing.T) {
	db := openDB(t)
	p := newPipeline(db, 0)
	var seen []string
	p.Keep = func(r ingest.Result) bool {
		seen = append(seen, r.Origin)
		return r.Status == ingest.Failed
	}
	rep, err := p.IngestPaths(context.Background(), mixedInputs(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"feed.jsonl:3 failed",
		"feed.jsonl:5 failed",
		"feed.jsonl:6 failed",
		"tiny.png failed",
		"missing.txt failed",
	}
	if got := statuses(rep); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("results kept:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(seen) != 14 {
		t.Errorf("Keep saw %d results, want all 14 inputs: %v", len(seen), seen)
	}
	if got, want := rep.Summary(), "9 ingested, 0 duplicates, 5 failed"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if n := countArticles(t, db); n != 9 {
		t.Errorf("%d articles stored, want 9", n)
	}
}
