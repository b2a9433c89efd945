package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Format is the format of an input.
type Format string

// The input formats. Auto means: by the file's extension, or sniffed
// from the content for standard input and unknown extensions.
const (
	Auto     Format = ""
	Text     Format = "txt"
	Markdown Format = "md"
	HTML     Format = "html"
	JSONL    Format = "jsonl"
)

// Formats lists the formats a reader understands.
var Formats = []Format{Text, Markdown, HTML, JSONL}

// ParseFormat reads a format name as given on a command line ("txt",
// "text", "md", "markdown", "html", "htm", "jsonl", "ndjson", "auto").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(s, ".")) {
	case "", "auto":
		return Auto, nil
	case "txt", "text":
		return Text, nil
	case "md", "markdown":
		return Markdown, nil
	case "html", "htm", "xhtml":
		return HTML, nil
	case "jsonl", "ndjson":
		return JSONL, nil
	}
	return Auto, graph.Errorf("ingest.ParseFormat", graph.Invalid, "%q is not an input format (formats: txt, md, html, jsonl, auto)", s)
}

// Extensions lists the file extensions FormatOf knows, which a folder's
// files must have to be read; skip messages and --help name them all.
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}

// extensionList is Extensions for a message: ".txt, ... or .ndjson".
func extensionList() string {
	n := len(Extensions)
	return strings.Join(Extensions[:n-1], ", ") + " or " + Extensions[n-1]
}

// FormatOf returns the format a file's extension names, and false for
// extensions that name none.
func FormatOf(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" {
		return Auto, false
	}
	f, err := ParseFormat(ext)
	if err != nil || f == Auto {
		return Auto, false
	}
	return f, true
}

// DefaultMaxSize is the default limit on the size of one input: 64 MiB.
const DefaultMaxSize = 64 << 20

// DefaultMaxArticleBytes is the default limit on the text of one
// article: 1 MiB, the GraphQL API's limit on a request body. News
// articles are a hundredth of that; the extractor's time grows faster
// than the text, and a dense 1 MiB article already takes it seconds.
const DefaultMaxArticleBytes = 1 << 20

// Options control how inputs are read.
type Options struct {
	// MaxSize is the largest input read, in bytes; larger files are
	// rejected with an error naming them. Zero means DefaultMaxSize.
	MaxSize int64
	// MaxArticleBytes is the longest article text a Pipeline extracts,
	// in bytes; a longer article fails with an error of kind
	// LimitExceeded naming it, and the other inputs proceed. It bounds
	// the time and memory one article can take. Zero means
	// DefaultMaxArticleBytes.
	MaxArticleBytes int
	// StdinFormat is the format of standard input ("-"); Auto sniffs it.
	StdinFormat Format
}

// DefaultOptions returns the default reading options.
func DefaultOptions() Options {
	return Options{MaxSize: DefaultMaxSize, MaxArticleBytes: DefaultMaxArticleBytes}
}

func (o Options) maxArticleBytes() int {
	if o.MaxArticleBytes <= 0 {
		return DefaultMaxArticleBytes
	}
	return o.MaxArticleBytes
}

// CheckArticle returns an error of kind LimitExceeded naming a (by its
// Origin) when its text is longer than the Pipeline extracts, so that
// what explains an article (newsgraph explain) refuses what ingest
// refuses, with the same words.
func (o Options) CheckArticle(a graph.Article) error {
	if n, limit := len(a.Text), o.maxArticleBytes(); n > limit {
		origin := a.Origin
		if origin == "" {
			origin = "article"
		}
		return graph.Errorf("ingest.Pipeline", graph.LimitExceeded, "%s: article text too large (%d bytes, the limit is %d)", origin, n, limit)
	}
	return nil
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Input is one article read from a file, a line of a JSONL file or
// standard input, or the reason it could not be read. Article.Origin
// names the input either way ("a.txt", "feed.jsonl:3", "stdin").
type Input struct {
	Article graph.Article
	// Notes say what was repaired or ignored on the way (an encoding
	// guessed, a date not understood).
	Notes []string
	// Err is why this article could not be read; the other inputs of
	// the same file are still good.
	Err error
}

// ReadFile reads the articles of one file, in the format its extension
// names (or sniffed from its content for other extensions). The error
// is for the file as a whole (missing, unreadable, too large, empty,
// binary, no text); a JSONL file's bad lines come back as inputs with
// Err set instead.
func ReadFile(path string, opts Options) ([]Input, error) {
	const op = "ingest.ReadFile"
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, graph.Errorf(op, graph.NotFound, "%s: no such file or directory", path)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	case fi.IsDir():
		return nil, graph.Errorf(op, graph.Invalid, "%s: is a directory", path)
	case fi.Size() > opts.maxSize():
		return nil, graph.Errorf(op, graph.LimitExceeded, "%s: file too large (%d bytes, the limit is %d)", path, fi.Size(), opts.maxSize())
	}
	format, _ := FormatOf(path)
	if fi.Mode().IsRegular() {
		if data, ok := readRegular(path, fi.Size(), opts.maxSize()); ok { // read_unix.go
			if int64(len(data)) > opts.maxSize() {
				return nil, tooLarge(path, opts.maxSize())
			}
			return Parse(path, data, format)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	return Read(f, path, format, opts)
}

// Read reads the articles of one input from r, named origin in errors
// and in the articles' Origin, in the given format (Auto sniffs it). It
// reads at most opts.MaxSize bytes and fails naming origin past that.
func Read(r io.Reader, origin string, format Format, opts Options) ([]Input, error) {
	limit := opts.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", origin, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(origin, limit)
	}
	return Parse(origin, data, format)
}

// tooLarge is Read's error for an input over limit bytes.
func tooLarge(origin string, limit int64) error {
	return graph.Errorf("ingest.Read", graph.LimitExceeded, "%s: input too large (over the limit of %d bytes)", origin, limit)
}

// Parse reads the articles held in data, named origin, in the given
// format (Auto sniffs it): one article for txt, md and html, one per
// non-blank line for jsonl.
func Parse(origin string, data []byte, format Format) ([]Input, error) {
	text, notes, err := decode(origin, data, format == HTML || (format == Auto && sniff(data) == HTML))
	if err != nil {
		return nil, err
	}
	if format == Auto {
		format = sniff([]byte(text))
	}
	if format == JSONL && isJSONDoc([]byte(text)) {
		notes = append(notes, "one JSON document, not JSON Lines: read as an array of articles")
		format = jsonDoc
	}
	if format == jsonDoc || format == feedDoc {
		parse := parseJSONDoc
		if format == feedDoc {
			parse = parseFeed
		}
		ins, err := parse(origin, text)
		for i := range ins {
			ins[i].Notes = append(append([]string(nil), notes...), ins[i].Notes...)
		}
		return ins, err
	}
	if format == JSONL {
		ins, err := parseJSONL(origin, text)
		for i := range ins {
			ins[i].Notes = append(append([]string(nil), notes...), ins[i].Notes...)
		}
		return ins, err
	}
	var a graph.Article
	var more []string
	switch format {
	case HTML:
		a, more, err = parseHTML(origin, text)
	case Markdown:
		a, more, err = parseText(origin, text, true)
	case Text:
		a, more, err = parseText(origin, text, false)
	default:
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: unknown format %q", origin, format)
	}
	if err != nil {
		return nil, err
	}
	if format != HTML && decodeEntities(&a) {
		more = append(more, entitiesNote)
	}
	return []Input{{Article: a, Notes: append(notes, more...)}}, nil
}

// sniff guesses the format of an input from its first bytes: an RSS or
// Atom feed, a JSON document (an array, or an object over several
// lines), HTML when it starts with a tag that pages start with (after
// an XML declaration too), JSONL when its first line is a JSON object,
// else plain text.
func sniff(data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimLeft(head, "\ufeff \t\r\n")
	if isFeed(data) {
		return feedDoc
	}
	if isJSONDoc(data) {
		return jsonDoc
	}
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		lower = xmlBody(data) // XHTML: an XML declaration before the page
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<!--", "<meta", "<title", "<p>", "<div", "<h1"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return HTML
		}
	}
	if bytes.HasPrefix(head, []byte("{")) {
		line, _, _ := bytes.Cut(data, []byte("\n"))
		var obj map[string]json.RawMessage
		if json.Unmarshal(bytes.TrimSpace(line), &obj) == nil {
			return JSONL
		}
	}
	return Text
}

// jsonArticle is one line of a JSONL file.
type jsonArticle struct {
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Publisher string  `json:"publisher"` // accepted for source: the API's name for it
	Published string  `json:"published"`
	Date      string  `json:"date"` // accepted for published
	Text      *string `json:"text"` // nil when the field is missing or null
}

// parseJSONL reads one article per non-blank line: a JSON object with
// "text" and optionally "title", "url", "source" (or "publisher", as
// ingestArticle and the Article type name it) and "published" (or
// "date"). A line that is not such an object gives an input with an
// error naming the file and line; the other lines are read. The error
// is for a file that holds no line at all.
func parseJSONL(origin, text string) ([]Input, error) {
	var ins []Input
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		ins = append(ins, jsonInput(origin+":"+strconv.Itoa(i+1), line))
	}
	if len(ins) == 0 {
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: no JSON lines", origin)
	}
	return ins, nil
}

// jsonInput reads one article object of JSON (a JSONL line, an element
// of a JSON array), named origin.
func jsonInput(origin, line string) Input {
	in := Input{Article: graph.Article{Origin: origin}}
	var j jsonArticle
	dec := json.NewDecoder(strings.NewReader(line))
	err := dec.Decode(&j)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value on the line")
	}
	switch {
	case err != nil && line[0] != '{' && line[0] != '[':
		in.Err = graph.Errorf("ingest.Read", graph.Invalid, "%s: not a JSON object: the line starts %s (each line of a JSONL file is one article, {\"text\": ...})", origin, quote(line))
	case err != nil:
		in.Err = graph.Errorf("ingest.Read", graph.Invalid, "%s: not a JSON article: %v", origin, jsonErr(err))
	case j.Text == nil:
		in.Err = graph.Errorf("ingest.Read", graph.Invalid, `%s: no "text"`, origin)
	case strings.TrimSpace(*j.Text) == "":
		in.Err = graph.Errorf("ingest.Read", graph.Invalid, `%s: "text" is empty`, origin)
	default:
		in.Article.Title = strings.TrimSpace(j.Title)
		if u := strings.TrimSpace(j.URL); looksLikeURL(u) {
			in.Article.URL = u
		} else if u != "" {
			in.Notes = append(in.Notes, "url "+quote(u)+" is not an http:// or https:// URL; left out")
		}
		in.Article.Source = strings.TrimSpace(firstNonEmpty(j.Source, j.Publisher))
		in.Article.Text = strings.TrimSpace(strings.ReplaceAll(*j.Text, "\r\n", "\n"))
		if htmlFragment(in.Article.Text) {
			page, _, err := parseHTML(origin, in.Article.Text)
			if err != nil {
				in.Err = graph.Errorf("ingest.Read", graph.Invalid, `%s: "text" is HTML with no article text in it`, origin)
				break
			}
			in.Article.Text = page.Text
			in.Article.Title = firstNonEmpty(in.Article.Title, page.Title)
			in.Notes = append(in.Notes, `"text" is HTML: read as a page's text`)
		}
		if decodeEntities(&in.Article) {
			in.Notes = append(in.Notes, entitiesNote)
		}
		if in.Article.Source == "" && in.Article.URL != "" {
			in.Article.Source = hostOf(in.Article.URL)
		}
		if d := firstNonEmpty(j.Published, j.Date); d != "" {
			if p, ok := ParseDate(d); ok {
				in.Article.Published = p
			} else {
				in.Notes = append(in.Notes, "date "+quote(d)+" not understood; publication date left empty")
			}
		}
	}
	return in
}

// jsonErr shortens encoding/json's messages ("json: cannot unmarshal
// number into Go struct field jsonArticle.text of type string").
func jsonErr(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %q is a JSON %s, want a %s", te.Field, te.Value, te.Type)
		}
		return fmt.Sprintf("a JSON %s, want an object", te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// Entry is a file to read, found by Expand, or a path that could not be
// read (Err set).
type Entry struct {
	Path string // "-" for standard input
	Err  error
}

// Skip is a file that Expand left out of a folder, and why.
type Skip struct {
	Path   string
	Reason string
}

// Expand turns the paths given by a user into the files to read: a file
// stands for itself (whatever its extension: unknown ones are sniffed),
// "-" for standard input, and a folder for the files under it with a
// known extension, recursively, in lexical order. Hidden files and
// folders (names starting with ".") and other extensions under a folder
// are skipped and listed; symbolic links to folders are not followed. A
// path that does not exist is an entry with an error naming it. A file
// named twice is read once.
func Expand(paths []string) ([]Entry, []Skip) {
	var entries []Entry
	var skips []Skip
	seen := map[string]bool{}
	add := func(p string) {
		key := filepath.Clean(p)
		if !seen[key] {
			seen[key] = true
			entries = append(entries, Entry{Path: p})
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		fi, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			entries = append(entries, Entry{Path: p, Err: graph.Errorf("ingest.Expand", graph.NotFound, "%s: no such file or directory", p)})
			continue
		case err != nil:
			entries = append(entries, Entry{Path: p, Err: fmt.Errorf("%s: %w", p, err)})
			continue
		case !fi.IsDir():
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				entries = append(entries, Entry{Path: path, Err: fmt.Errorf("%s: %w", path, err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				skips = append(skips, Skip{path, "hidden"})
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				fi, err := os.Stat(path)
				if err != nil || !fi.Mode().IsRegular() {
					skips = append(skips, Skip{path, "not a regular file (links to folders are not followed)"})
					return nil
				}
			}
			if _, ok := FormatOf(path); !ok {
				skips = append(skips, Skip{path, "unknown extension (want " + extensionList() + ")"})
				return nil
			}
			found = append(found, path)
			return nil
		})
		if err != nil {
			entries = append(entries, Entry{Path: p, Err: fmt.Errorf("%s: %w", p, err)})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return entries, skips
}
