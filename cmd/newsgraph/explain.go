package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

const explainDoc = `
Show why the extractor made what it made from an article: each actor with
its mentions and where its aliases came from; each statement with its
speakers, cue and span; each interaction and event with its class, trigger,
modality (and the cue and rule that set it) and day (and the words that
gave it). Every item names its evidence sentence with byte offsets, the
RULE that read it (docs/EXPLAIN.md lists the rules) and the dependency
arcs of its words (head and relation of the trigger, subject, object).

FILE is an article as ingest reads it: .txt or .md (with optional header
lines), .html, or .jsonl (every line is explained); - or no FILE reads
standard input. With --db or --store, the argument is instead the ID or
URL of a stored article, whose text is extracted again (the store is
opened read-only; nothing is written).

--all also lists the candidates the rules considered and turned down,
with the reason ("object not an actor", "pronoun with no antecedent").
--json writes each article's explanation as an indented JSON object
(several articles give a stream of objects).

Exit status: 0 when every article was explained, 1 when an input or
article could not be read (named on stderr), 2 on a usage error.
`

func (m *Main) explain(ctx context.Context, args []string) int {
	fs := m.flags("explain", explainDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR` holding the article to explain")
	pgURL := storeFlag(fs)
	format := fs.String("format", "auto", "`FORMAT` of standard input: txt, md, html, jsonl or auto (sniffed)")
	asJSON := fs.Bool("json", false, "write JSON instead of text")
	all := fs.Bool("all", false, "also list the candidates the rules turned down, with the reason")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	stored := *pgURL != ""
	fs.Visit(func(f *flag.Flag) { stored = stored || f.Name == "db" })
	if msg := checkStore(fs, *pgURL); msg != "" {
		return m.usageError(fs, msg)
	}
	if len(pos) > 1 {
		return m.usageError(fs, fmt.Sprintf("one FILE or article at most, got %d", len(pos)))
	}
	if stored && len(pos) == 0 {
		return m.usageError(fs, "no ARTICLE (an ID or URL) to explain from the database")
	}
	f, err := ingest.ParseFormat(*format)
	if err != nil {
		return m.usageError(fs, "--format: "+message(err))
	}
	out := explainOut{w: m.stdout, json: *asJSON, all: *all}
	x := extract.New(extract.Options{})
	if stored {
		a, err := m.storedArticle(ctx, *pgURL, *dbDir, pos[0])
		if err != nil {
			return m.fail("explain", err)
		}
		if err := out.explain(x, a); err != nil {
			return m.fail("explain", err)
		}
		return exitOK
	}
	path := "-"
	if len(pos) == 1 {
		path = pos[0]
	}
	inputs, err := m.readArticles(path, f)
	if err != nil {
		return m.fail("explain", err)
	}
	status := exitOK
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return m.fail("explain", errors.New("interrupted"))
		}
		if in.Err == nil {
			in.Err = out.explain(x, in.Article)
		}
		if in.Err != nil {
			fmt.Fprintf(m.stderr, "newsgraph explain: %s: %s\n", in.Article.Origin, reason(in.Article.Origin, in.Err))
			status = exitFailure
		}
	}
	return status
}

// readArticles reads the articles of FILE, or of standard input for "-".
func (m *Main) readArticles(path string, f ingest.Format) ([]ingest.Input, error) {
	opts := ingest.DefaultOptions()
	if path == "-" {
		return ingest.Read(m.stdin, "standard input", f, opts)
	}
	return ingest.ReadFile(path, opts)
}

// storedArticle loads the article named by ref (its ID, or its URL) and
// its text from the database, opened read-only.
func (m *Main) storedArticle(ctx context.Context, url, dir, ref string) (graph.Article, error) {
	db, name, err := m.openGraph(ctx, url, dir, true)
	if err != nil {
		return graph.Article{}, err
	}
	defer db.Close()
	n, err := findArticle(ctx, db, ref)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	text, err := db.ArticleText(ctx, n.ID)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: article %s: %w", name, n.ID, err)
	}
	return graph.Article{Text: text, Title: n.Label, Published: n.Date, Source: n.Source, URL: n.URL, Origin: string(n.ID)}, nil
}

// findArticle returns the article node whose ID or URL is ref.
func findArticle(ctx context.Context, db graph.Reader, ref string) (graph.Node, error) {
	n, err := db.Node(ctx, graph.ID(ref))
	switch {
	case err == nil && n.Kind == graph.KindArticle:
		return n, nil
	case err == nil:
		return graph.Node{}, fmt.Errorf("%s is %s %s, not an article", ref, article(string(n.Kind)), n.Kind)
	case !graph.IsNotFound(err):
		return graph.Node{}, err
	}
	var found graph.Node
	err = db.ScanNodes(ctx, graph.KindArticle, "", func(a graph.Node) error {
		if a.URL != "" && a.URL == ref {
			found = a
			return graph.ErrStop
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	if found.ID == "" {
		return graph.Node{}, fmt.Errorf("no article with ID or URL %q", ref)
	}
	return found, nil
}

// article is "a" or "an" before word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// explainOut writes explanations as text or JSON.
type explainOut struct {
	w    io.Writer
	json bool
	all  bool
}

// explain extracts a with tracing and writes the explanation.
func (o explainOut) explain(x *extract.Extractor, a graph.Article) error {
	_, ex, err := x.Explain(a)
	if err != nil {
		return err
	}
	if !o.all {
		ex.Rejected = nil
	}
	if o.json {
		enc := json.NewEncoder(o.w)
		enc.SetIndent("", "  ")
		return enc.Encode(ex)
	}
	return writeExplanation(o.w, ex, o.all)
}
