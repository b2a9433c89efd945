package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/store"
)

const ingestDoc = `
Read articles into the graph. PATH is a file, a folder (read recursively,
in lexical order, skipping hidden files and extensions other than .txt,
.text, .md, .markdown, .html, .htm, .xhtml, .jsonl and .ndjson) or - for
standard input. A file given by name is read whatever its extension, in
the format its content looks like when the extension names none: a JSON
array of article objects (a.json) and an RSS or Atom feed (feed.xml) are
read article by article, each named on stderr as "FILE item N".

A .txt or .md article may start with header lines (Title:, Source: or URL:,
Date:) and a blank line. A .jsonl file holds one article per line, a JSON
object with "text" and optionally "title", "url", "publisher" (or
"source"), "published" (or "date"), as ingestArticle names them; a
"text" holding HTML (<p>, <br>, links) is read as a page's text. HTML
character references (&amp;, &#8217;) left in a text, a header or a
JSONL field are decoded, with a note. An HTML page's links to other
stories ("Read more: <a>...</a>", "Related: ...") are not its text.
An article without a title takes the headline found at the top of its
text, or else its first line.

A file that cannot be read is named on stderr with the reason and the
others are read; the exit status is then 1. A database folder the run
would create is not left behind when every input failed. Ingesting an
article already stored changes nothing and counts it as a duplicate. An
article stored with nothing extracted from it (not English, no
sentences, or no actors, statements or events found) is named on stderr
with a warning. A summary line ends the run; a progress bar is shown on
a terminal for more than 20 files.

A run that stored a good part of a Badger database's articles (a quarter
or more, and at least 1,000) ends by compacting the database into one
level, so that queries do not step over the index keys the articles
replaced: minutes on a large database; an interruption loses nothing.
`

func (m *Main) ingest(ctx context.Context, args []string) int {
	fs := m.flags("ingest", ingestDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR`")
	pgURL := storeFlag(fs)
	format := fs.String("format", "auto", "`FORMAT` of standard input: txt, md, html, jsonl or auto (sniffed)")
	workers := fs.Int("workers", 0, "`N` extraction workers (0: one per CPU)")
	maxSize := fs.String("max-size", "64MiB", "largest `SIZE` of a file read, in bytes or with a unit (KB, MB, MiB, GB, ...)")
	maxArticle := fs.String("max-article-size", "1MiB", "longest article text extracted, as `SIZE`; longer articles fail (extraction time grows faster than the text)")
	progress := fs.Bool("progress", false, "show the progress bar whatever the number of files and wherever stderr goes")
	quiet := fs.Bool("quiet", false, "print failures only: no notes, warnings, skipped files, progress or summary")
	verbose := fs.Bool("verbose", false, "print the outcome of every article")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return m.usageError(fs, "no PATH to ingest")
	}
	f, err := ingest.ParseFormat(*format)
	if err != nil {
		return m.usageError(fs, "--format: "+message(err))
	}
	size, err := parseSize(*maxSize)
	if err != nil {
		return m.usageError(fs, "--max-size: "+err.Error())
	}
	artSize, err := parseSize(*maxArticle)
	if err != nil || artSize > 1<<40 {
		return m.usageError(fs, fmt.Sprintf("--max-article-size: %q is not a positive size", *maxArticle))
	}
	if *workers < 0 {
		return m.usageError(fs, "--workers must not be negative")
	}
	if msg := checkStore(fs, *pgURL); msg != "" {
		return m.usageError(fs, msg)
	}
	if msg := formatWithoutStdin(*format, f, pos); msg != "" {
		return m.usageError(fs, msg)
	}

	// A database folder this run creates is removed again if the run
	// stores nothing because every input failed or none was found: a
	// mistyped --db or PATH leaves no empty database behind.
	_, statErr := os.Stat(*dbDir)
	newDB := *pgURL == "" && os.IsNotExist(statErr)

	// A bulk load: each article is queued for Badger and the next one
	// planned while it is written (store.Options.WriteBehind; Close
	// below waits for the last commits and reports any that failed), with
	// fewer memtables and a smaller block cache than a server keeps, and
	// a soft heap limit (unless GOMEMLIMIT sets one) so that the garbage
	// collector does not let the heap grow to twice the memtables.
	// On PostgreSQL, articles are committed without waiting for the
	// disk, and Close below waits for all of them (pgstore.Options).
	db, _, err := m.openGraphWith(ctx, *pgURL, *dbDir, pgstore.Options{BulkLoad: true}, func(o *store.Options) {
		o.WriteBehind = true
		o.MemTables = 2
		// Memtables of 32 MiB, not Badger's 64: Badger inserts every key
		// into the memtable's skiplist in one goroutine, which bounds a
		// load, and an insert into the smaller skiplist misses the
		// caches less (100,000 planted articles: 2.95 CPU-ms an article
		// against 3.20 with 64 MiB, the flatten at the end apart, which
		// costs 0.2 ms an article more; BENCHMARKS.md, session 12).
		o.MemTableSize = 32 << 20
		o.CacheSize = 64 << 20
		o.BulkLoad = true
		// Page out Badger's mapped tables beyond 256 MiB resident (Badger
		// maps every table it writes or reads; see store/doc.go, Memory).
		o.MappedResidentLimit = 256 << 20
	})
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(640 << 20)
	}
	if err != nil {
		return m.fail("ingest", err)
	}
	p := &ingest.Pipeline{
		Extractor: extract.New(extract.Options{}),
		Store:     db,
		Options:   ingest.Options{MaxSize: size, MaxArticleBytes: int(artSize), StdinFormat: f},
		Stdin:     m.stdin,
		Workers:   *workers,
		Keep: func(r ingest.Result) bool {
			return printed(r, *quiet, *verbose)
		},
	}
	var bar io.Writer
	switch {
	case *quiet:
	case *progress:
		bar = m.stderr
	case isTerminal(m.stderr):
		bar, p.ProgressAfter = m.stderr, 20
	}
	stopNotice := noticeInterruption(ctx, m.stderr, bar != nil)
	rep, runErr := p.IngestPaths(ctx, pos, bar)
	stopNotice()
	writeHeapProfile(m.stderr)
	if c, ok := db.(bulkCompactor); ok && runErr == nil {
		runErr = m.compact(ctx, c, *quiet)
	}
	closeErr := db.Close()

	if !*quiet {
		for _, s := range rep.Skipped {
			fmt.Fprintf(m.stderr, "skipped %s: %s\n", s.Path, s.Reason)
		}
	}
	for _, r := range rep.Results {
		if !*quiet {
			for _, n := range r.Notes {
				fmt.Fprintf(m.stderr, "note: %s: %s\n", r.Origin, n)
			}
		}
		switch {
		case r.Status == ingest.Failed:
			fmt.Fprintf(m.stderr, "failed: %s: %s\n", r.Origin, reason(r.Origin, r.Err))
		case r.Status == ingest.OK && !*quiet:
			for _, w := range r.Ingest.Warnings {
				fmt.Fprintf(m.stderr, "warning: %s: %s\n", r.Origin, w)
			}
			if *verbose {
				m.ingested(r)
			}
		case *verbose && r.Status == ingest.Duplicate:
			fmt.Fprintf(m.stderr, "duplicate: %s (article %s)\n", r.Origin, r.Ingest.Article)
		case *verbose:
			m.ingested(r)
		}
	}
	if !*quiet {
		fmt.Fprintf(m.stderr, "newsgraph ingest: %s (%s in %s)\n", rep.Summary(), plural(rep.Files, "file", "files"), rep.Elapsed.Round(time.Millisecond))
	}
	// Only when every input failed on its own: after a store failure
	// (a full disk) or an interruption the database stays as it is.
	if newDB && runErr == nil && closeErr == nil && rep.Ingested == 0 && rep.Duplicates == 0 {
		if err := os.RemoveAll(*dbDir); err == nil && !*quiet {
			fmt.Fprintf(m.stderr, "newsgraph ingest: nothing stored: database %s not created\n", *dbDir)
		}
	}
	switch {
	case errors.Is(runErr, context.Canceled):
		return m.fail("ingest", errors.New("interrupted; the articles counted above are stored"))
	case runErr != nil:
		return m.fail("ingest", runErr)
	case closeErr != nil:
		return m.fail("ingest", closeErr)
	case rep.Files == 0 || rep.Ingested+rep.Duplicates+rep.Failed == 0:
		return m.fail("ingest", fmt.Errorf("no articles found in %s", strings.Join(pos, " ")))
	case rep.Failed > 0:
		return exitFailure
	}
	return exitOK
}

// printed reports whether the loop at the end of ingest prints anything
// about r: the pipeline keeps only those results (ingest.Pipeline.Keep).
func printed(r ingest.Result, quiet, verbose bool) bool {
	switch {
	case r.Status == ingest.Failed || verbose:
		return true
	case quiet:
		return false
	}
	return len(r.Notes) > 0 || r.Status == ingest.OK && len(r.Ingest.Warnings) > 0
}

// writeHeapProfile writes the live heap to NEWSGRAPH_HEAPPROFILE, when
// set, before the store is closed: what a long ingest has grown (the
// store's caches, Badger's tables and indexes) is still held then.
func writeHeapProfile(stderr io.Writer) {
	path := os.Getenv("NEWSGRAPH_HEAPPROFILE")
	if path == "" {
		return
	}
	runtime.GC()
	f, err := os.Create(path)
	if err == nil {
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph: NEWSGRAPH_HEAPPROFILE: %v\n", err)
	}
}

// ingested prints the --verbose line of a stored article.
func (m *Main) ingested(r ingest.Result) {
	fmt.Fprintf(m.stderr, "ok: %s (article %s: %s and %s created, %s and %s updated)\n", r.Origin, r.Ingest.Article,
		plural(r.Ingest.NodesCreated, "node", "nodes"), plural(r.Ingest.EdgesCreated, "edge", "edges"),
		plural(r.Ingest.NodesUpdated, "node", "nodes"), plural(r.Ingest.EdgesUpdated, "edge", "edges"))
}

// reason is err's message after the name of the input it is about, so
// that "ingest.Read: a.txt: empty file" is told as "empty file" after
// the input's name, without the operation.
func reason(origin string, err error) string {
	s := message(err)
	if i := strings.Index(s, origin+": "); i >= 0 {
		return s[i+len(origin)+2:]
	}
	return s
}

// formatWithoutStdin returns a usage message when --format names a
// format but no PATH is standard input: files are read by their
// extension, and the flag was ignored without a word (a JSONL feed
// named .txt was stored as one article of raw JSON).
func formatWithoutStdin(given string, f ingest.Format, paths []string) string {
	if f == ingest.Auto || slices.Contains(paths, "-") {
		return ""
	}
	return fmt.Sprintf("--format %s is for standard input (-) only; a file is read in the format its extension names (.txt, .jsonl, ...)", given)
}

// parseSize reads a size in bytes, with an optional unit: "1000",
// "64MiB", "64MB", "2G".
func parseSize(given string) (int64, error) {
	s := strings.TrimSpace(given)
	units := []struct {
		suffix string
		mult   int64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
		{"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000},
		{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1},
	}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(s), strings.ToUpper(u.suffix)) {
			s, mult = strings.TrimSpace(s[:len(s)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a positive size", given)
	}
	return n * mult, nil
}

// bulkCompactor is a store that tidies its tree at the end of a bulk
// load (store.DB).
type bulkCompactor interface {
	CompactBulkLoad(ctx context.Context) (store.CompactResult, error)
}

// compact flattens a Badger database whose ingest stored a good part of
// its articles, so that reads do not step over the deleted versions of
// the index keys they moved (store.DB.CompactBulkLoad, which logs when
// it starts: it takes minutes on a large database).
func (m *Main) compact(ctx context.Context, c bulkCompactor, quiet bool) error {
	res, err := c.CompactBulkLoad(ctx)
	if err != nil {
		return err
	}
	if res.Flattened && !quiet {
		fmt.Fprintf(m.stderr, "newsgraph ingest: compacted in %s (%d of its %d articles stored in this run)\n", res.Took.Round(time.Second), res.Ingested, res.Articles)
	}
	return nil
}

// noticeInterruption says at once, on stderr, that an interrupt was
// heard (SIGINT or SIGTERM cancel ctx): the run ends only when the
// articles being extracted are done, which takes minutes for a very
// long sentence, and said nothing meanwhile (after the progress bar's
// line, when one is shown). The returned function
// ends the watch; it returns once nothing more will be written.
func noticeInterruption(ctx context.Context, stderr io.Writer, barShown bool) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		select {
		case <-ctx.Done():
			if barShown {
				fmt.Fprintln(stderr) // end the progress bar's line
			}
			fmt.Fprintln(stderr, "newsgraph ingest: interrupted: finishing the articles being extracted, then stopping (interrupt again to stop at once; what is stored stays whole)")
		case <-done:
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
