package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// Pipeline reads articles, extracts their graph and writes it to a store.
//
// Extraction, which is CPU-bound, runs in a pool of workers; writes are
// serialised and made in input order (the order of the paths, files in a
// folder in lexical order, JSONL lines in file order), so the stored
// graph, and which of two equal articles counts as the duplicate, do not
// depend on scheduling. At most a few articles per worker are read ahead
// of the writer, so memory stays bounded however many files there are.
type Pipeline struct {
	Extractor *extract.Extractor
	Store     graph.Writer
	// Options control how files are read.
	Options Options
	// Stdin is what the path "-" reads. Nil makes "-" fail.
	Stdin io.Reader
	// Workers is the number of extraction workers; zero means
	// GOMAXPROCS.
	Workers int
	// ProgressAfter is the number of files above which IngestPaths
	// draws a progress bar on its progress writer; zero draws it for
	// any number of files.
	ProgressAfter int
	// Keep, when set, says which results Report.Results keeps; the
	// others are only counted. A load of 100,000 files that keeps only
	// what it will print (failures, warnings) does not hold 100,000
	// results, their IDs and origins, which the garbage collector would
	// scan on every cycle of the load (BENCHMARKS.md, session 24).
	Keep func(Result) bool
}

// Status is what became of one input.
type Status string

// The statuses of an input.
const (
	OK        Status = "ok"        // stored
	Duplicate Status = "duplicate" // already stored; nothing changed
	Failed    Status = "failed"    // not stored; see Result.Err
)

// Result is what became of one input: a file, a JSONL line or standard
// input.
type Result struct {
	// Origin names the input ("a.txt", "feed.jsonl:3", "stdin").
	Origin string
	Status Status
	// Ingest is the store's account for stored and duplicate inputs.
	Ingest graph.IngestResult
	// Err says why a failed input failed; it names the input.
	Err error
	// Notes say what was repaired or ignored while reading.
	Notes []string
}

// Report is the outcome of IngestPaths or IngestArticles.
type Report struct {
	// Results has one entry per input, in input order (only those
	// Pipeline.Keep keeps, when it is set).
	Results []Result
	// Skipped lists the files left out of folders (hidden, unknown
	// extension).
	Skipped []Skip
	// Files is the number of files (and standard input) read, failed
	// ones included.
	Files int
	// Ingested, Duplicates and Failed count Results by status.
	Ingested, Duplicates, Failed int
	Elapsed                      time.Duration
}

// Summary is a one-line account: "3 ingested, 1 duplicate, 1 failed".
func (r Report) Summary() string {
	plural := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	return fmt.Sprintf("%d ingested, %s, %d failed", r.Ingested, plural(r.Duplicates, "duplicate", "duplicates"), r.Failed)
}

// IngestArticle extracts one article and stores it; a text that is an
// HTML page or starts with header lines is read as such a file is
// (wholeArticle). Errors name the article by its Origin and keep their
// kind (graph.KindOf).
func (p *Pipeline) IngestArticle(ctx context.Context, a graph.Article) (graph.IngestResult, error) {
	if err := ctx.Err(); err != nil {
		return graph.IngestResult{}, err
	}
	a, err := wholeArticle(a)
	if err != nil {
		return graph.IngestResult{}, err
	}
	b, err := p.extract(a)
	if err != nil {
		return graph.IngestResult{}, err
	}
	return p.store(ctx, a, b)
}

// IngestPaths reads the given files, folders (recursively) and "-"
// (standard input), and stores every article in them. A file or line
// that cannot be read, extracted or stored is reported as failed and the
// others proceed. The error is for what stops the whole run: ctx
// cancelled, or the store failing in a way that is not the article's
// fault (kind Internal: a full disk, a closed database); the report then
// covers the inputs handled before it.
//
// When progress is not nil and there are more than ProgressAfter files,
// a one-line progress bar (files done of all, articles per second,
// failures) is redrawn on it, and ended with a newline.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string, progress io.Writer) (Report, error) {
	entries, skips := Expand(paths)
	if len(entries) <= p.ProgressAfter {
		progress = nil
	}
	produce := func(ctx context.Context, emit func(*job) error) {
		for i, e := range entries {
			ins, err := p.readEntry(e)
			if err != nil {
				ins = []Input{{Article: graph.Article{Origin: originOf(e.Path)}, Err: err}}
			}
			for k, in := range ins {
				if emit(&job{file: i, last: k == len(ins)-1, in: in}) != nil {
					return
				}
			}
		}
	}
	rep, err := p.run(ctx, produce, len(entries), progress)
	rep.Skipped = skips
	rep.Files = len(entries)
	return rep, err
}

// IngestArticles stores the given articles, in order, like IngestPaths.
func (p *Pipeline) IngestArticles(ctx context.Context, arts []graph.Article, progress io.Writer) (Report, error) {
	if len(arts) <= p.ProgressAfter {
		progress = nil
	}
	produce := func(ctx context.Context, emit func(*job) error) {
		for i, a := range arts {
			if emit(&job{file: i, last: true, in: Input{Article: a}}) != nil {
				return
			}
		}
	}
	return p.run(ctx, produce, len(arts), progress)
}

func originOf(path string) string {
	if path == "-" {
		return "stdin"
	}
	return path
}

func (p *Pipeline) readEntry(e Entry) ([]Input, error) {
	if e.Err != nil {
		return nil, e.Err
	}
	if e.Path == "-" {
		if p.Stdin == nil {
			return nil, graph.Errorf("ingest.IngestPaths", graph.Invalid, "stdin: standard input is not available")
		}
		return Read(p.Stdin, "stdin", p.Options.StdinFormat, p.Options)
	}
	return ReadFile(e.Path, p.Options)
}

// job is one input on its way through the pipeline.
type job struct {
	seq   int  // position in input order
	file  int  // index of the file it came from
	last  bool // the last input of its file
	in    Input
	batch *graph.Batch
	err   error
}

// run drives the pipeline: produce emits inputs in order (on its own
// goroutine), workers extract them, and the calling goroutine writes
// them to the store in order.
func (p *Pipeline) run(ctx context.Context, produce func(context.Context, func(*job) error), files int, progress io.Writer) (Report, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := 4 * workers
	tokens := make(chan struct{}, window) // inputs between reading and writing
	jobs := make(chan *job)
	done := make(chan *job, window) // never blocks: at most window jobs are out

	go func() {
		defer close(jobs)
		seq := 0
		produce(ctx, func(j *job) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.in.Err == nil {
					j.batch, j.err = p.extract(j.in.Article)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	bar := newProgressBar(progress, files, start)
	var rep Report
	var fatal error
	pending := map[int]*job{}
	next := 0
	for j := range done {
		if fatal != nil {
			continue // drain after a fatal error
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if err := ctx.Err(); err != nil {
				fatal = err
				cancel()
				break
			}
			r := p.write(ctx, j)
			if r.Status == Failed && ctx.Err() != nil && errors.Is(r.Err, ctx.Err()) {
				// Interrupted, not failed: the input is not reported.
				fatal = ctx.Err()
				cancel()
				break
			}
			rep.add(r, p.Keep)
			if r.Status == Failed && storeFailure(r.Err) {
				fatal = r.Err
				cancel()
				break
			}
			if j.last {
				bar.fileDone(r.Status == Failed)
			} else if r.Status == Failed {
				bar.failures++
			}
			bar.articles++
			bar.draw(false)
		}
	}
	if fatal == nil && ctx.Err() != nil {
		fatal = ctx.Err() // cancelled before the producer emitted all
	}
	bar.draw(true)
	rep.Elapsed = time.Since(start)
	return rep, fatal
}

// write stores one extracted job and says what became of it.
func (p *Pipeline) write(ctx context.Context, j *job) Result {
	r := Result{Origin: j.in.Article.Origin, Notes: j.in.Notes}
	err := j.in.Err
	if err == nil {
		err = j.err
	}
	if err == nil {
		r.Ingest, err = p.store(ctx, j.in.Article, j.batch)
	}
	switch {
	case err != nil:
		r.Status, r.Err = Failed, err
	case r.Ingest.Duplicate:
		r.Status = Duplicate
	default:
		r.Status = OK
	}
	return r
}

// add counts r, and keeps it in Results when keep is nil or says so.
func (rep *Report) add(r Result, keep func(Result) bool) {
	if keep == nil || keep(r) {
		rep.Results = append(rep.Results, r)
	}
	switch r.Status {
	case OK:
		rep.Ingested++
	case Duplicate:
		rep.Duplicates++
	case Failed:
		rep.Failed++
	}
}

// storeError marks an error returned by the store's Ingest, so that run
// can tell a store that fails from an article that is bad.
type storeError struct{ err error }

func (e *storeError) Error() string { return e.err.Error() }
func (e *storeError) Unwrap() error { return e.err }

// storeFailure reports whether err is the store failing for reasons that
// are not the article's (kind Internal, or a full disk), which ends a
// run.
func storeFailure(err error) bool {
	var se *storeError
	return errors.As(err, &se) && (graph.KindOf(se.err) == graph.Internal || errors.Is(se.err, graph.ErrNoSpace)) && !errors.Is(err, context.Canceled)
}

// extract runs the extractor on a, turning a panic into an error so that
// one article that trips a bug does not end a run of thousands.
func (p *Pipeline) extract(a graph.Article) (b *graph.Batch, err error) {
	origin := a.Origin
	if origin == "" {
		origin = "article"
	}
	if p.Extractor == nil {
		return nil, graph.Errorf("ingest.Pipeline", graph.Internal, "%s: no extractor", origin)
	}
	if err := p.Options.CheckArticle(a); err != nil {
		return nil, err
	}
	defer func() {
		if v := recover(); v != nil {
			b, err = nil, graph.Errorf("ingest.Pipeline", graph.Internal, "%s: extractor panic: %v", origin, v)
		}
	}()
	b, err = p.Extractor.Extract(a)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	if b == nil {
		return nil, graph.Errorf("ingest.Pipeline", graph.Internal, "%s: extractor returned no batch", origin)
	}
	if b.Article.Label == "" {
		// Neither given nor found as a headline: an article is listed,
		// searched and drawn by its title, so it gets its first line.
		b.Article.Label = TitleFromText(a.Text)
	}
	return b, nil
}

func (p *Pipeline) store(ctx context.Context, a graph.Article, b *graph.Batch) (graph.IngestResult, error) {
	origin := a.Origin
	if origin == "" {
		origin = "article"
	}
	if p.Store == nil {
		return graph.IngestResult{}, graph.Errorf("ingest.Pipeline", graph.Internal, "%s: no store", origin)
	}
	res, err := p.Store.Ingest(ctx, b)
	if err != nil {
		return res, fmt.Errorf("%s: store: %w", origin, &storeError{err})
	}
	if !res.Duplicate && p.Extractor != nil {
		if w := p.Extractor.EmptyReason(a, b); w != "" {
			res.Warnings = append(res.Warnings, w)
		}
	}
	return res, nil
}

// progressBar draws "ingest [#####·····] 42/100 files  12.3 articles/s
// 2 failed" on one line, redrawn at most ten times a second.
type progressBar struct {
	w                  io.Writer
	total, files       int
	articles, failures int
	width              int // of the longest line drawn
	start, last        time.Time
}

func newProgressBar(w io.Writer, total int, start time.Time) *progressBar {
	return &progressBar{w: w, total: total, start: start}
}

func (b *progressBar) fileDone(failed bool) {
	b.files++
	if failed {
		b.failures++
	}
}

func (b *progressBar) draw(final bool) {
	if b.w == nil {
		return
	}
	now := time.Now()
	if !final && (now.Sub(b.last) < 100*time.Millisecond || b.files == b.total) {
		return // the final draw shows the last state
	}
	b.last = now
	const width = 30
	filled := 0
	if b.total > 0 {
		filled = width * b.files / b.total
	}
	rate := 0.0
	if s := now.Sub(b.start).Seconds(); s > 0 {
		rate = float64(b.articles) / s
	}
	line := fmt.Sprintf("\ringest [%s%s] %d/%d files  %.1f articles/s  %d failed",
		strings.Repeat("#", filled), strings.Repeat(".", width-filled), b.files, b.total, rate, b.failures)
	// Pad over the rest of a longer earlier line.
	if n := len(line); n < b.width {
		line += strings.Repeat(" ", b.width-n)
	} else {
		b.width = n
	}
	if final {
		line += "\n"
	}
	io.WriteString(b.w, line)
}
