package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// openDB opens a fresh Badger database on disk, closed at the end of the
// test.
func openDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

func newPipeline(w graph.Writer, workers int) *ingest.Pipeline {
	return &ingest.Pipeline{
		Extractor: extract.New(extract.Options{}),
		Store:     w,
		Options:   ingest.DefaultOptions(),
		Workers:   workers,
	}
}

// statuses renders a report's results as "origin status" lines, with
// paths relative to testdata.
func statuses(rep ingest.Report) []string {
	var out []string
	for _, r := range rep.Results {
		out = append(out, strings.TrimPrefix(r.Origin, "testdata/")+" "+string(r.Status))
	}
	return out
}

// mixedInputs are a folder, a feed and files, good and bad: 14 inputs,
// 9 of them stored and 5 failed.
func mixedInputs() []string {
	return []string{td("folder"), td("feed.jsonl"), td("tiny.png"), td("missing.txt"), td("header.txt")}
}

func TestIngestPathsReportsEveryInput(t *testing.T) {
	db := openDB(t)
	p := newPipeline(db, 0)
	paths := mixedInputs()
	rep, err := p.IngestPaths(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"folder/a.txt ok",
		"folder/b.html ok",
		"folder/sub/c.md ok",
		"folder/sub/d.jsonl:1 ok",
		"folder/sub/d.jsonl:2 ok",
		"feed.jsonl:1 ok",
		"feed.jsonl:3 failed",
		"feed.jsonl:4 ok",
		"feed.jsonl:5 failed",
		"feed.jsonl:6 failed",
		"feed.jsonl:7 ok",
		"tiny.png failed",
		"missing.txt failed",
		"header.txt ok",
	}
	if got := statuses(rep); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("results:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Ingested != 9 || rep.Duplicates != 0 || rep.Failed != 5 || rep.Files != 8 {
		t.Errorf("totals %d ingested, %d duplicates, %d failed, %d files; want 9, 0, 5, 8", rep.Ingested, rep.Duplicates, rep.Failed, rep.Files)
	}
	if got, want := rep.Summary(), "9 ingested, 0 duplicates, 5 failed"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if len(rep.Skipped) != 3 {
		t.Errorf("skipped %v, want the hidden folder, the hidden file and notes.csv", rep.Skipped)
	}
	for _, r := range rep.Results {
		if r.Status == ingest.Failed {
			if r.Err == nil || !strings.Contains(r.Err.Error(), r.Origin) {
				t.Errorf("%s: error %v does not name the input", r.Origin, r.Err)
			}
			continue
		}
		if r.Err != nil || r.Ingest.Article == "" {
			t.Errorf("%s: %v, article %q", r.Origin, r.Err, r.Ingest.Article)
		}
		// What the report says is stored is stored, with its text.
		text, err := db.ArticleText(context.Background(), r.Ingest.Article)
		if err != nil || text == "" {
			t.Errorf("%s: article %s not stored: %v", r.Origin, r.Ingest.Article, err)
		}
	}
	if n := countArticles(t, db); n != 9 {
		t.Errorf("%d articles stored, want 9", n)
	}

	// The same inputs again change nothing: every good one is a duplicate.
	again, err := p.IngestPaths(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Ingested != 0 || again.Duplicates != 9 || again.Failed != 5 {
		t.Errorf("second run: %s, want 0 ingested, 9 duplicates, 5 failed", again.Summary())
	}
	if n := countArticles(t, db); n != 9 {
		t.Errorf("%d articles stored after the second run, want 9", n)
	}
}

func countArticles(t *testing.T, r graph.Reader) int {
	t.Helper()
	n := 0
	if err := r.ScanNodes(context.Background(), graph.KindArticle, "", func(graph.Node) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// dump renders every stored node and edge as JSON, in ID order.
func dump(t *testing.T, r graph.Reader) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	ctx := context.Background()
	for _, k := range graph.NodeKinds {
		if err := r.ScanNodes(ctx, k, "", func(n graph.Node) error { return enc.Encode(n) }); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.ScanEdges(ctx, "", func(e graph.Edge) error { return enc.Encode(e) }); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// manyArticles writes n small articles, some of them the same text, and
// returns their folder.
func manyArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	names := []string{"Zelensky", "Peskov", "Witkoff", "Umerov", "Kushner", "Macron"}
	for i := range n {
		a, b := names[i%len(names)], names[(i*5+1)%len(names)]
		text := fmt.Sprintf("Title: Talks %d\nDate: 2025-12-%02d\n\n%s spoke with %s on Thursday about the peace plan.\n\n\"We discussed point %d,\" %s said.\n",
			i%7, 1+i%28, a, b, i%7, a)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIngestPathsIsDeterministicWhateverTheWorkers(t *testing.T) {
	dir := manyArticles(t, 60)
	var dumps []string
	var reports [][]string
	for _, workers := range []int{1, 4} {
		db := openDB(t)
		rep, err := newPipeline(db, workers).IngestPaths(context.Background(), []string{dir}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Failed != 0 || rep.Ingested+rep.Duplicates != 60 || rep.Duplicates == 0 {
			t.Fatalf("workers=%d: %s; want 60 inputs, none failed, some duplicates", workers, rep.Summary())
		}
		reports = append(reports, statuses(rep))
		dumps = append(dumps, dump(t, db))
	}
	if strings.Join(reports[0], "\n") != strings.Join(reports[1], "\n") {
		t.Errorf("results differ between 1 and 4 workers:\n%s\n---\n%s", strings.Join(reports[0], "\n"), strings.Join(reports[1], "\n"))
	}
	if dumps[0] != dumps[1] {
		t.Errorf("stored graphs differ between 1 and 4 workers (%d and %d bytes)", len(dumps[0]), len(dumps[1]))
	}
	// Results come in input order: the files' lexical order.
	for i, r := range reports[0] {
		if want := fmt.Sprintf("a%03d.txt", i); !strings.Contains(r, want) {
			t.Fatalf("result %d is %q, want %s", i, r, want)
		}
	}
}

func TestIngestPathsProgress(t *testing.T) {
	dir := manyArticles(t, 25)
	tests := []struct {
		name  string
		after int
		want  bool
	}{
		{"drawn above the threshold", 20, true},
		{"not drawn at or below it", 25, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPipeline(openDB(t), 2)
			p.ProgressAfter = tt.after
			var out bytes.Buffer
			if _, err := p.IngestPaths(context.Background(), []string{dir}, &out); err != nil {
				t.Fatal(err)
			}
			s := out.String()
			if !tt.want {
				if s != "" {
					t.Errorf("progress %q, want none", s)
				}
				return
			}
			if !strings.HasPrefix(s, "\ringest [") || !finalBar.MatchString(s) {
				t.Errorf("progress %q, want a bar ending at 25/25 files with a newline", s)
			}
			if strings.Count(s, "\n") != 1 {
				t.Errorf("progress %q has more than one line", s)
			}
		})
	}
}

// finalBar is the last redraw of a complete progress bar.
var finalBar = regexp.MustCompile(`\ringest \[#{30}\] 25/25 files  \d+\.\d articles/s  0 failed *\n$`)

func TestIngestPathsStandardInput(t *testing.T) {
	db := openDB(t)
	p := newPipeline(db, 0)
	p.Stdin = strings.NewReader(`{"title":"One","text":"Zelensky spoke with Witkoff."}` + "\n" + `{"title":"Two","text":"Peskov said Russia was analyzing the plan."}` + "\n")
	rep, err := p.IngestPaths(context.Background(), []string{"-"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(statuses(rep), ", "); got != "stdin:1 ok, stdin:2 ok" {
		t.Errorf("results %s, want stdin:1 ok, stdin:2 ok", got)
	}

	p.Stdin = nil
	rep, err = p.IngestPaths(context.Background(), []string{"-"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 1 || !strings.Contains(rep.Results[0].Err.Error(), "stdin") {
		t.Errorf("without stdin: %s, %v; want one failure naming stdin", rep.Summary(), rep.Results)
	}
}

// failingWriter is a store whose writes fail with a given kind after the
// first ok ones.
type failingWriter struct {
	ok   int
	kind graph.ErrorKind
	n    int
}

func (w *failingWriter) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	w.n++
	if w.n <= w.ok {
		return graph.IngestResult{Article: b.Article.ID}, nil
	}
	return graph.IngestResult{}, graph.Errorf("test.Ingest", w.kind, "write %d refused", w.n)
}

func TestIngestPathsStoreFailures(t *testing.T) {
	dir := manyArticles(t, 30)
	t.Run("a rejected article fails alone", func(t *testing.T) {
		w := &failingWriter{ok: 3, kind: graph.Invalid}
		rep, err := newPipeline(w, 2).IngestPaths(context.Background(), []string{dir}, nil)
		if err != nil {
			t.Fatalf("IngestPaths: %v, want the run to go on", err)
		}
		if rep.Ingested != 3 || rep.Failed != 27 || len(rep.Results) != 30 {
			t.Errorf("%s over %d results, want 3 ingested and 27 failed", rep.Summary(), len(rep.Results))
		}
		if e := rep.Results[3].Err; e == nil || !strings.Contains(e.Error(), "a003.txt: store: test.Ingest: write 4 refused") || graph.KindOf(e) != graph.Invalid {
			t.Errorf("result 3 error %v, want the store's Invalid error naming a003.txt", e)
		}
	})
	t.Run("a failing store ends the run", func(t *testing.T) {
		w := &failingWriter{ok: 5, kind: graph.Internal}
		rep, err := newPipeline(w, 2).IngestPaths(context.Background(), []string{dir}, nil)
		if err == nil || !strings.Contains(err.Error(), "a005.txt") || graph.KindOf(err) != graph.Internal {
			t.Fatalf("IngestPaths error %v, want the store's Internal error naming a005.txt", err)
		}
		if rep.Ingested != 5 || rep.Failed != 1 || w.n != 6 {
			t.Errorf("%s after %d writes, want 5 ingested, 1 failed, no write after the failure", rep.Summary(), w.n)
		}
	})
}

func TestIngestPathsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	db := openDB(t)
	rep, err := newPipeline(db, 2).IngestPaths(ctx, []string{manyArticles(t, 10)}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("IngestPaths on a cancelled context: %v, want context.Canceled", err)
	}
	if rep.Ingested != 0 || countArticles(t, db) != 0 {
		t.Errorf("%s, %d stored; want nothing stored", rep.Summary(), countArticles(t, db))
	}
}

func TestIngestArticle(t *testing.T) {
	db := openDB(t)
	p := newPipeline(db, 0)
	ctx := context.Background()
	a := graph.Article{Title: "Call", Published: "2025-12-26", Text: "Zelensky said on Thursday he spoke with Witkoff.", Origin: "api"}
	res, err := p.IngestArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Duplicate || res.Article != graph.ArticleID(a.Text) {
		t.Errorf("first ingest: %+v, want a new article %s", res, graph.ArticleID(a.Text))
	}
	res, err = p.IngestArticle(ctx, a)
	if err != nil || !res.Duplicate {
		t.Errorf("second ingest: %+v, %v; want a duplicate", res, err)
	}
	_, err = newPipeline(&failingWriter{kind: graph.Conflict}, 0).IngestArticle(ctx, a)
	if err == nil || !strings.HasPrefix(err.Error(), "api: ") || graph.KindOf(err) != graph.Conflict {
		t.Errorf("failing store: %v, want a Conflict error starting with the origin", err)
	}
}

func TestSummaryWording(t *testing.T) {
	for _, tt := range []struct {
		rep  ingest.Report
		want string
	}{
		{ingest.Report{Ingested: 1, Duplicates: 1, Failed: 1}, "1 ingested, 1 duplicate, 1 failed"},
		{ingest.Report{Ingested: 2, Duplicates: 3}, "2 ingested, 3 duplicates, 0 failed"},
	} {
		if got := tt.rep.Summary(); got != tt.want {
			t.Errorf("Summary() = %q, want %q", got, tt.want)
		}
	}
}
