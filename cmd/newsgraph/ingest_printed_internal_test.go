package main

import (
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// printed keeps, for ingest's report, every result the final loop
// prints something about, and no other.
func TestPrintedKeepsWhatIngestPrints(t *testing.T) {
	ok := ingest.Result{Origin: "a.txt", Status: ingest.OK}
	warned := ingest.Result{Origin: "b.txt", Status: ingest.OK, Ingest: graph.IngestResult{Warnings: []string{"nothing extracted"}}}
	noted := ingest.Result{Origin: "c.txt", Status: ingest.Duplicate, Notes: []string{"header ignored"}}
	dup := ingest.Result{Origin: "d.txt", Status: ingest.Duplicate}
	dupWarned := ingest.Result{Origin: "e.txt", Status: ingest.Duplicate, Ingest: graph.IngestResult{Warnings: []string{"w"}}}
	failed := ingest.Result{Origin: "f.txt", Status: ingest.Failed, Err: errors.New("f.txt: empty file")}
	for _, c := range []struct {
		name           string
		r              ingest.Result
		quiet, verbose bool
		want           bool
	}{
		{"plain ok", ok, false, false, false},
		{"ok, verbose", ok, false, true, true},
		{"ok, quiet and verbose", ok, true, true, true},
		{"warning", warned, false, false, true},
		{"warning, quiet", warned, true, false, false},
		{"note", noted, false, false, true},
		{"note, quiet", noted, true, false, false},
		{"duplicate", dup, false, false, false},
		{"duplicate, verbose", dup, false, true, true},
		{"duplicate's warnings are not printed", dupWarned, false, false, false},
		{"failure", failed, false, false, true},
		{"failure, quiet", failed, true, false, true},
	} {
		if got := printed(c.r, c.quiet, c.verbose); got != c.want {
			t.Errorf("%s: printed = %v, want %v", c.name, got, c.want)
		}
	}
}
