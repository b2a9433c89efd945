package ingest

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// headerKeys maps the header names a .txt or .md article may start with
// to the article field they fill.
var headerKeys = map[string]string{
	"title":     "title",
	"headline":  "title",
	"source":    "source",
	"url":       "url",
	"link":      "url",
	"canonical": "url",
	"date":      "date",
	"published": "date",
	"pubdate":   "date",
}

// parseText reads a plain-text or Markdown article. Leading header lines
// ("Title: ...", "Source: ...", "URL: ...", "Date: ...") followed by a
// blank line, or a YAML front matter block between "---" lines with the
// same keys, fill the article's fields and are removed from its text.
// Markdown markup is reduced to plain text, and a Markdown article
// without a Title header takes its first "# heading" as title.
func parseText(origin, text string, markdown bool) (graph.Article, []string, error) {
	a := graph.Article{Origin: origin}
	body, notes := stripHeaders(&a, text)
	if markdown {
		var title string
		body, title = plainMarkdown(body)
		if a.Title == "" {
			a.Title = title
		}
	}
	a.Text = strings.TrimSpace(body)
	if a.Text == "" {
		return a, notes, graph.Errorf("ingest.Read", graph.Invalid, "%s: no article text after the header lines", origin)
	}
	return a, notes, nil
}

// stripHeaders fills a from the header block at the start of text, if
// there is one, and returns the rest of the text. Every line of the
// block must be a known "Key: value" header; otherwise text is returned
// unchanged, so a first paragraph that merely looks like a header stays.
func stripHeaders(a *graph.Article, text string) (string, []string) {
	lines := strings.SplitAfter(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	frontMatter := i < len(lines) && strings.TrimSpace(lines[i]) == "---"
	if frontMatter {
		i++
	}
	start := i
	var keys, values []string
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if frontMatter && line == "---" {
			break
		}
		if !frontMatter && line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		field := headerKeys[strings.ToLower(strings.TrimSpace(k))]
		if !ok || field == "" {
			if frontMatter {
				continue // other front matter keys (author, tags) are ignored
			}
			return text, nil
		}
		keys = append(keys, field)
		values = append(values, strings.Trim(strings.TrimSpace(v), `"'`))
	}
	if (len(keys) == 0 && !frontMatter) || i == start || (frontMatter && i == len(lines)) {
		return text, nil
	}
	var notes []string
	for j, field := range keys {
		v := values[j]
		switch field {
		case "title":
			a.Title = v
		case "url":
			if looksLikeURL(v) {
				a.URL = v
			} else if v != "" {
				notes = append(notes, "url "+quote(v)+" is not an http:// or https:// URL; left out")
			}
		case "source":
			if looksLikeURL(v) {
				if a.URL == "" {
					a.URL = v
				}
			} else {
				a.Source = v
			}
		case "date":
			if d, ok := ParseDate(v); ok {
				a.Published = d
			} else if v != "" {
				notes = append(notes, "date "+quote(v)+" not understood; publication date left empty")
			}
		}
	}
	if a.Source == "" && a.URL != "" {
		a.Source = hostOf(a.URL)
	}
	if i >= len(lines) {
		return "", notes
	}
	return strings.Join(lines[i+1:], ""), notes
}

// looksLikeURL reports whether s is an absolute http(s) URL, the only
// kind an article's URL may be: the viewer links it, and exports carry
// it to tools that link it too.
func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// hostOf returns the host of an absolute URL without a leading "www.",
// or "".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func quote(s string) string {
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return `"` + s + `"`
}

var (
	mdHeading   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)
	mdSetext    = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdRule      = regexp.MustCompile(`^\s{0,3}([-*_])(\s*([-*_]))*\s*$`)
	mdFence     = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdQuote     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdList      = regexp.MustCompile(`^(\s*)([-*+]|\d{1,9}[.)])\s+`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutoLink  = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)([^*_\n]+?)(\*\*|__)`)
	mdEmStar    = regexp.MustCompile(`(^|[^\w*])\*([^*\s][^*\n]*?)\*`)
	mdEmUnder   = regexp.MustCompile(`(^|[^\w_])_([^_\s][^_\n]*?)_($|[^\w_])`)
	mdCode      = regexp.MustCompile("`([^`\n]+)`")
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>])`)
	mdHTMLBreak = regexp.MustCompile(`(?i)<br\s*/?>`)
)

// plainMarkdown reduces Markdown to plain text: headings, emphasis,
// links, images, code spans, block quotes, list markers, rules and fence
// lines lose their markup and keep their words. It returns the text and
// the first level-one heading.
func plainMarkdown(md string) (text, title string) {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	for i, line := range lines {
		switch {
		case mdFence.MatchString(line), mdRefDef.MatchString(line):
			continue
		case mdSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			if title == "" && strings.Contains(line, "=") {
				title = strings.TrimSpace(inlineMarkdown(lines[i-1]))
			}
			continue
		case mdRule.MatchString(line) && strings.Count(strings.TrimSpace(line), string(strings.TrimSpace(line)[0])) >= 3:
			out = append(out, "")
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			line = m[2]
			if title == "" && m[1] == "#" {
				title = strings.TrimSpace(inlineMarkdown(line))
			}
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdList.ReplaceAllString(line, "$1")
		out = append(out, strings.TrimSpace(inlineMarkdown(line)))
	}
	return strings.Join(out, "\n"), title
}

// inlineMarkdown removes the inline markup of one line.
func inlineMarkdown(s string) string {
	s = mdHTMLBreak.ReplaceAllString(s, " ")
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutoLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmStar.ReplaceAllString(s, "$1$2")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	s = mdEscape.ReplaceAllString(s, "$1")
	return s
}
