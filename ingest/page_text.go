package ingest

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/graph"
)

// Input handling found by a new user : text that
// scrapers and feeds hand over with HTML left in it, page dates taken
// from the page's furniture, and "Read more" links in the story.

// reEntity matches a complete HTML character reference: named
// ("&amp;", "&rsquo;"), decimal ("&#8217;") or hexadecimal ("&#x2019;"),
// always with its semicolon, so that "AT&T" or "R&D" stay as written.
var reEntity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// unescapeEntities decodes the complete HTML character references of s
// ("Britain&#8217;s", "Trade &amp; tariffs") and reports whether it
// decoded any. Text scraped from pages and feeds often keeps them; read
// as they are, they split words ("Britain&#8217;s" is no possessive) and
// show in titles. A reference HTML does not define stays as written.
func unescapeEntities(s string) (string, bool) {
	if strings.IndexByte(s, '&') < 0 {
		return s, false
	}
	changed := false
	out := reEntity.ReplaceAllStringFunc(s, func(ref string) string {
		u := html.UnescapeString(ref)
		if u != ref {
			changed = true
		}
		return u
	})
	return out, changed
}

// reMarkup matches the tags that mark a text as HTML rather than plain
// text with a "<" in it: paragraphs, line breaks, divisions, links and
// emphasis, opened or closed.
var reMarkup = regexp.MustCompile(`(?i)</?(p|br|div|a|em|strong|b|i|span|h[1-6]|li|ul|ol|blockquote)(\s[^<>]*)?/?>`)

// htmlFragment reports whether a JSONL article's text is HTML (a feed's
// content:encoded, a CMS export's body): it starts like a page or holds
// at least two paragraph, break or link tags.
func htmlFragment(text string) bool {
	if sniff([]byte(text)) == HTML {
		return true
	}
	return len(reMarkup.FindAllStringIndex(text, 2)) >= 2
}

// teaserLeads are the words before a link that make a paragraph a
// pointer to another story ("Read more: <a>…</a>", "Related: <a>…</a>").
var teaserLeads = map[string]bool{
	"read more": true, "read also": true, "also read": true, "more": true, "related": true,
	"see also": true, "read": true, "watch": true, "listen": true, "more on this story": true,
	"more on this": true, "recommended": true, "don't miss": true, "don’t miss": true,
	"click here": true, "further reading": true, "related story": true, "related article": true,
	"related coverage": true, "read the full story": true, "full story": true, "opinion": true,
	"explainer": true, "analysis": true, "video": true, "live": true, "latest": true,
	"read more about": true, "more about": true, "learn more": true, "find out more": true,
	"read our": true, "read the full": true, "read the story": true,
}

// linkTeaser reports whether block element n (a paragraph, list item,
// division) is a link to another story rather than text of this one:
// its words outside links are nothing or a teaser lead ("Read more:",
// "Related", "See also") and its links hold a headline, not a sentence
// ("Read more: Port unveils automation plan"). A paragraph of the story
// that starts "Read more …" or holds a link inside its sentence is kept.
func linkTeaser(n *xhtml.Node) bool {
	var inLink, outLink strings.Builder
	links := 0
	var visit func(c *xhtml.Node, linked bool)
	visit = func(c *xhtml.Node, linked bool) {
		switch c.Type {
		case xhtml.TextNode:
			if linked {
				inLink.WriteString(c.Data)
			} else {
				outLink.WriteString(c.Data)
			}
			return
		case xhtml.ElementNode:
			if c.DataAtom == atom.A {
				links++
				linked = true
			}
			if boilerplate(c) {
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			visit(k, linked)
		}
	}
	visit(n, false)
	if links == 0 {
		return false
	}
	// The words outside links, less the "and" and punctuation between
	// links ("See also: <a>…</a> and <a>…</a>").
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(outLink.String()), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		if w != "and" && w != "or" {
			words = append(words, w)
		}
	}
	lead := strings.Join(words, " ")
	if lead != "" && !teaserLeads[lead] {
		return false
	}
	linked := collapse(inLink.String())
	if linked == "" {
		return lead != ""
	}
	// A whole sentence in a link, with no lead, is a paragraph of the
	// story that its site linked; a headline has no full stop.
	if r, _ := utf8.DecodeLastRuneInString(linked); lead == "" && strings.ContainsRune(".!?\"”", r) && len(strings.Fields(linked)) > 8 {
		return false
	}
	return true
}

// teaserBlocks are the elements linkTeaser looks at.
var teaserBlocks = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.Div: true, atom.H2: true, atom.H3: true, atom.H4: true}

// articleTime returns the datetime of the <time> element that dates the
// article whose text is under root: the first in root's <article> (its
// header included), else the first in the page outside its furniture
// (navigation, header, sidebars, "related" lists), or "". A page's
// header showing today's date, or a sidebar's list of other stories
// with theirs, comes before the article's own <time> in the page.
func articleTime(doc, root *xhtml.Node) string {
	for p := root; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			if t := firstTime(p, false); t != "" {
				return t
			}
			break
		}
	}
	return firstTime(doc, true)
}

// firstTime is the datetime of the first <time datetime> under n,
// leaving out furniture when skipFurniture says so.
func firstTime(n *xhtml.Node, skipFurniture bool) string {
	var t string
	walk(n, func(c *xhtml.Node) bool {
		if t != "" || c.Type != xhtml.ElementNode && c.Type != xhtml.DocumentNode {
			return false
		}
		if c.Type == xhtml.ElementNode {
			if c.DataAtom == atom.Time {
				t = strings.TrimSpace(attr(c, "datetime"))
				return false
			}
			if c.DataAtom == atom.Head || skipFurniture && c.DataAtom != atom.Html && c.DataAtom != atom.Body && boilerplate(c) {
				return false
			}
		}
		return true
	})
	return t
}

// entitiesNote says that decodeEntities changed an article.
const entitiesNote = "HTML character references (&amp;, &#8217;, ...) decoded"

// decodeEntities decodes the HTML character references in a's title,
// source and text (read from a text file or a JSONL line, not a page,
// whose parser decodes them) and reports whether there were any.
func decodeEntities(a *graph.Article) bool {
	var t, s, x bool
	a.Title, t = unescapeEntities(a.Title)
	a.Source, s = unescapeEntities(a.Source)
	a.Text, x = unescapeEntities(a.Text)
	return t || s || x
}
