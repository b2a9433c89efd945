package main

import (
	"bytes"
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
	"github.com/newsgraph/newsgraph/resolvers"
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
standard input. An article ingest would refuse is refused with the same
reason: a text longer than --max-article-size (as ingest's) is not
extracted.

With --db or --store, the argument is instead the ID of something stored,
or an article's URL, and the store is opened read-only: an article is
extracted again from its stored text; for an edge, each article in its
evidence (up to --max-articles), and for a statement, event, object or
actor, the articles that mention it, are extracted again and shown only
as far as they made it. The actors are resolved against the store as
ingest does, so the IDs shown are the stored ones. The current rules may
read an article differently from those that stored it.

--only ID does the same restriction for a FILE.
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
	sentences := fs.Bool("sentences", false, "also go through the text sentence by sentence: its parse, its mentions and what they stand for, and the items read from it")
	only := fs.String("only", "", "show only what made the node or edge `ID` (an actor, statement, event, object or edge) and the actors it names")
	maxArticles := fs.Int("max-articles", 10, "with --db or --store, explain at most `N` of the articles an edge or actor was read from")
	maxArticle := fs.String("max-article-size", "1MiB", "longest text of a FILE's article extracted, as `SIZE`, as ingest's flag; longer articles fail, named")
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
		return m.usageError(fs, fmt.Sprintf("one FILE or ID at most, got %d", len(pos)))
	}
	if stored && len(pos) == 0 {
		return m.usageError(fs, "no ID or URL to explain from the database")
	}
	if *maxArticles < 1 {
		return m.usageError(fs, "--max-articles must be at least 1")
	}
	f, err := ingest.ParseFormat(*format)
	if err != nil {
		return m.usageError(fs, "--format: "+message(err))
	}
	if len(pos) == 1 && !stored {
		if msg := formatWithoutStdin(*format, f, pos); msg != "" {
			return m.usageError(fs, msg)
		}
	}
	artSize, err := parseSize(*maxArticle)
	if err != nil || artSize > 1<<40 {
		return m.usageError(fs, fmt.Sprintf("--max-article-size: %q is not a positive size", *maxArticle))
	}
	opts := ingest.DefaultOptions()
	opts.MaxArticleBytes = int(artSize)
	out := explainOut{w: m.stdout, json: *asJSON, all: *all, only: graph.ID(*only), opts: extract.ExplainOptions{Sentences: *sentences}}
	x := extract.New(extract.Options{})
	if stored {
		return m.explainStored(ctx, x, out, *pgURL, *dbDir, pos[0], *maxArticles)
	}
	path := "-"
	if len(pos) == 1 {
		path = pos[0]
	}
	inputs, err := m.readArticles(path, f, opts)
	if err != nil {
		return m.fail("explain", err)
	}
	status := exitOK
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return m.fail("explain", errors.New("interrupted"))
		}
		if in.Err == nil {
			in.Err = opts.CheckArticle(in.Article)
		}
		if in.Err == nil {
			in.Err = out.explain(ctx, x, in.Article, nil)
		}
		if in.Err != nil {
			fmt.Fprintf(m.stderr, "newsgraph explain: %s: %s\n", in.Article.Origin, reason(in.Article.Origin, in.Err))
			status = exitFailure
		}
	}
	return status
}

// explainStored explains what the node or edge ref (an ID, or an
// article's URL) was read from: an article, or each article that
// supports an edge or mentions a node, up to max, each restricted to
// what made ref.
func (m *Main) explainStored(ctx context.Context, x *extract.Extractor, out explainOut, url, dir, ref string, max int) int {
	db, name, err := m.openGraph(ctx, url, dir, true)
	if err != nil {
		return m.fail("explain", err)
	}
	defer db.Close()
	arts, focus, err := storedSources(ctx, db, ref)
	if err != nil {
		return m.fail("explain", fmt.Errorf("%s: %w", name, err))
	}
	if len(arts) > max {
		fmt.Fprintf(m.stderr, "newsgraph explain: %s is read from %d articles; explaining the first %d (--max-articles)\n", ref, len(arts), max)
		arts = arts[:max]
	}
	if focus != "" {
		out.only = focus
	}
	for _, id := range arts {
		if err := ctx.Err(); err != nil {
			return m.fail("explain", errors.New("interrupted"))
		}
		a, err := storedArticle(ctx, db, id)
		if err == nil {
			err = out.explain(ctx, x, a, db)
		}
		if err != nil {
			return m.fail("explain", fmt.Errorf("%s: article %s: %w", name, id, err))
		}
	}
	return exitOK
}

// readArticles reads the articles of FILE, or of standard input for "-".
func (m *Main) readArticles(path string, f ingest.Format, opts ingest.Options) ([]ingest.Input, error) {
	if path == "-" {
		return ingest.Read(m.stdin, "standard input", f, opts)
	}
	return ingest.ReadFile(path, opts)
}

// storedSources returns the articles that node or edge ref (an ID, or
// an article's URL) was read from and, unless ref is an article, the ID
// to restrict their explanations to.
func storedSources(ctx context.Context, db graph.Reader, ref string) ([]graph.ID, graph.ID, error) {
	id := graph.ID(ref)
	n, err := db.Node(ctx, id)
	switch {
	case err == nil && n.Kind == graph.KindArticle:
		return []graph.ID{n.ID}, "", nil
	case err == nil && (n.Kind == graph.KindStatement || n.Kind == graph.KindEvent) && n.Article != "":
		return []graph.ID{n.Article}, n.ID, nil
	case err == nil:
		// Actors and objects: the articles that mention them.
		links, err := db.Adjacent(ctx, id, graph.In, []graph.EdgeClass{graph.Mentions})
		if err != nil {
			return nil, "", err
		}
		var arts []graph.ID
		for _, l := range links {
			arts = append(arts, l.Other)
		}
		if len(arts) == 0 {
			return nil, "", graph.Errorf("explain", graph.NotFound, "no article mentions %s %s", n.Kind, ref)
		}
		return arts, id, nil
	case !graph.IsNotFound(err):
		return nil, "", err
	}
	if e, err := db.Edge(ctx, id); err == nil {
		var arts []graph.ID
		seen := map[graph.ID]bool{}
		for _, ev := range e.Evidence {
			if !seen[ev.Article] {
				seen[ev.Article] = true
				arts = append(arts, ev.Article)
			}
		}
		return arts, id, nil
	} else if !graph.IsNotFound(err) {
		return nil, "", err
	}
	var found graph.ID
	err = db.ScanNodes(ctx, graph.KindArticle, "", func(a graph.Node) error {
		if a.URL != "" && a.URL == ref {
			found = a.ID
			return graph.ErrStop
		}
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	if found == "" {
		return nil, "", graph.Errorf("explain", graph.NotFound, "no article, node or edge with ID or URL %q", ref)
	}
	return []graph.ID{found}, "", nil
}

// storedArticle loads article id and its text.
func storedArticle(ctx context.Context, db graph.Reader, id graph.ID) (graph.Article, error) {
	n, err := db.Node(ctx, id)
	if err != nil {
		return graph.Article{}, err
	}
	text, err := db.ArticleText(ctx, id)
	if err != nil {
		return graph.Article{}, err
	}
	title := n.Label
	if title == ingest.TitleFromText(text) {
		// The pipeline titled an untitled article by its first line
		// after extraction; given back as the title, that line would be
		// taken for the headline and not read, as it was at ingest.
		title = ""
	}
	return graph.Article{Text: text, Title: title, Published: n.Date, Source: n.Source, URL: n.URL, Origin: string(id)}, nil
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
	only graph.ID // restrict to what made this node or edge
	opts extract.ExplainOptions
}

// explain extracts a with tracing and writes the explanation.
func (o explainOut) explain(ctx context.Context, x *extract.Extractor, a graph.Article, db graph.Reader) error {
	ex, err := o.explanation(ctx, x, a, db)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(o.w)
		enc.SetIndent("", "  ")
		return enc.Encode(ex)
	}
	return writeExplanation(o.w, ex, o.all)
}

// explanation extracts a with tracing and keeps what o asks for. With a
// store, the batch's actors are resolved against it as ingest does, so
// that actor and edge IDs are the stored ones.
func (o explainOut) explanation(ctx context.Context, x *extract.Extractor, a graph.Article, db graph.Reader) (*extract.Explanation, error) {
	b, ex, err := x.Explain(a, o.opts)
	if err != nil {
		return nil, err
	}
	if ex.Article.Title == "" {
		// The title ingest stores for an article that has none.
		ex.Article.Title = ingest.TitleFromText(a.Text)
	}
	if db != nil {
		if err := resolveStored(ctx, db, b, ex); err != nil {
			return nil, err
		}
	}
	if !o.all {
		ex.Rejected = nil
	}
	if o.only != "" && !ex.Focus(o.only) {
		return nil, graph.Errorf("explain", graph.NotFound, "nothing extracted from it is or names %s", o.only)
	}
	return ex, nil
}

// storedExplainer explains stored articles, nodes and relations for the
// server's explain query, as explain --db does.
type storedExplainer struct{ x *extract.Extractor }

// ExplainStored explains the articles ref was read from, up to
// req.MaxArticles.
func (s storedExplainer) ExplainStored(ctx context.Context, db graph.Reader, ref string, req resolvers.ExplainRequest) (*resolvers.ExplainResult, error) {
	arts, focus, err := storedSources(ctx, db, ref)
	if err != nil {
		return nil, err
	}
	res := &resolvers.ExplainResult{Total: len(arts)}
	arts = arts[:min(len(arts), req.MaxArticles)]
	var text bytes.Buffer
	out := explainOut{all: req.Rejected, only: focus}
	exs := make([]*extract.Explanation, 0, len(arts))
	for _, id := range arts {
		a, err := storedArticle(ctx, db, id)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		ex, err := out.explanation(ctx, s.x, a, db)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		if err := writeExplanation(&text, ex, out.all); err != nil {
			return nil, err
		}
		exs = append(exs, ex)
		res.Articles = append(res.Articles, id)
	}
	js, err := json.Marshal(exs)
	if err != nil {
		return nil, err
	}
	res.Text, res.JSON = text.String(), string(js)
	return res, nil
}

// resolveStored resolves b's actors against the stored ones (read only)
// and gives ex the stored IDs.
func resolveStored(ctx context.Context, db graph.Reader, b *graph.Batch, ex *extract.Explanation) error {
	_, remap, err := graph.Resolve(b, func(key string) ([]graph.Node, error) {
		ids, err := db.Lookup(ctx, key)
		if err != nil || len(ids) == 0 {
			return nil, err
		}
		ns, err := db.Nodes(ctx, ids)
		var out []graph.Node
		for _, n := range ns {
			if n.Kind == graph.KindActor {
				out = append(out, n)
			}
		}
		return out, err
	})
	if err != nil {
		return fmt.Errorf("resolving its actors against the store: %w", err)
	}
	ex.Remap(remap)
	return nil
}
