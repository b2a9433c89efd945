package ingest

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/graph"
)

// parseHTML reads a news page: its title (og:title, twitter:title, the
// JSON-LD headline, the main text's <h1>, or <title> without the site
// name), publication date (article:published_time
// and similar <meta> elements, JSON-LD datePublished, the first <time
// datetime>), canonical URL (<link rel=canonical> or og:url), source
// (og:site_name, else the JSON-LD publisher's name, else the URL's host)
// and main text.
//
// The main text is taken from the element marked itemprop=articleBody,
// else the <article> with the most text, else <main>, else the element
// holding most of the page's paragraphs, else <body>. Scripts, styles,
// forms, navigation, headers, footers, asides, figures, hidden elements
// and elements whose class or id names boilerplate (menu, share,
// related, comments, cookie, newsletter, ...) are left out. Block
// elements become paragraphs separated by blank lines; <br> becomes a
// line break.
func parseHTML(origin, page string) (graph.Article, []string, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return graph.Article{}, nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: not HTML: %v", origin, err)
	}
	a := graph.Article{Origin: origin}
	var notes []string
	m := readMeta(doc)
	root := mainElement(doc)
	a.Title = firstNonEmpty(m.ogTitle, m.ldHeadline, firstH1(root), stripSiteName(m.title), m.h1)
	a.URL = firstNonEmpty(m.canonical, m.ogURL)
	if !looksLikeURL(a.URL) {
		a.URL = ""
	}
	a.Source = firstNonEmpty(m.siteName, m.ldPublisher)
	if a.Source == "" && a.URL != "" {
		a.Source = hostOf(a.URL)
	}
	for _, d := range []string{m.published, m.ldPublished, firstNonEmpty(articleTime(doc, root), m.timeDate)} {
		if d == "" {
			continue
		}
		if p, ok := ParseDate(d); ok {
			a.Published = p
			break
		}
		notes = append(notes, "date "+quote(d)+" not understood")
	}
	var tb textBuilder
	tb.render(root)
	a.Text = tb.String()
	if a.Text == "" {
		return a, notes, graph.Errorf("ingest.Read", graph.Invalid, "%s: no article text found in the page", origin)
	}
	return a, notes, nil
}

// firstH1 returns the text of the first <h1> under n, furniture
// included (an article's headline often sits in its <header>).
func firstH1(n *html.Node) string {
	var h string
	walk(n, func(c *html.Node) bool {
		if h != "" {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.H1 {
			h = collapse(textOf(c))
			return false
		}
		return true
	})
	return h
}

// stripSiteName removes the site name that pages append to their
// <title>: "Kremlin studies plan | Example News" gives "Kremlin studies
// plan". After " - " only a short tail (three words at most) is taken
// for a site name, since headlines use dashes too.
func stripSiteName(title string) string {
	for _, sep := range []string{" | ", " — ", " – ", " :: ", " - "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		if sep == " - " && len(strings.Fields(title[i+len(sep):])) > 3 {
			continue
		}
		return strings.TrimSpace(title[:i])
	}
	return title
}

// meta is what a page says about itself.
type meta struct {
	title, ogTitle, ldHeadline, h1 string
	canonical, ogURL, siteName     string
	ldPublisher                    string
	published, ldPublished         string
	timeDate                       string
}

// dateMeta are the <meta> names and properties that carry a page's
// publication date, best first.
var dateMeta = []string{
	"article:published_time", "og:published_time", "datepublished",
	"pubdate", "publishdate", "publish-date", "publication_date",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
	"dcterms.created", "date",
}

func readMeta(doc *html.Node) meta {
	var m meta
	dates := map[string]string{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = collapse(textOf(n))
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = collapse(textOf(n))
			}
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := strings.TrimSpace(firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
			switch key {
			case "og:title", "twitter:title":
				if m.ogTitle == "" {
					m.ogTitle = val
				}
			case "og:url":
				m.ogURL = val
			case "og:site_name":
				m.siteName = val
			default:
				if _, ok := dates[key]; !ok {
					dates[key] = val
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Time:
			if m.timeDate == "" {
				m.timeDate = strings.TrimSpace(attr(n, "datetime"))
			}
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") {
				readJSONLD(textOf(n), &m)
			}
			return false
		}
		if attr(n, "itemprop") == "datePublished" && n.DataAtom != atom.Meta {
			if _, ok := dates["datepublished"]; !ok {
				dates["datepublished"] = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), collapse(textOf(n)))
			}
		}
		return true
	})
	for _, k := range dateMeta {
		if v := dates[k]; v != "" {
			m.published = v
			break
		}
	}
	return m
}

// readJSONLD takes the headline, publication date and publisher from a JSON-LD
// block (schema.org NewsArticle and friends), which may be an object, an
// array or an object with an @graph array.
func readJSONLD(src string, m *meta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && m.ldPublished == "" {
				m.ldPublished = s
			}
			if s, ok := x["headline"].(string); ok && m.ldHeadline == "" {
				s, _ = unescapeEntities(s) // JSON-LD is script text: the parser decoded nothing
				m.ldHeadline = collapse(s)
			}
			if m.ldPublisher == "" {
				m.ldPublisher = ldName(x["publisher"])
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// ldName is the name of a JSON-LD publisher: a string, an object's
// "name", or the first of an array that has one. A publisher given only
// by "@id" (a node elsewhere in an @graph) has no name here.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if !looksLikeURL(x) {
			x, _ = unescapeEntities(x)
			return collapse(x)
		}
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			s, _ = unescapeEntities(s)
			return collapse(s)
		}
	case []any:
		for _, e := range x {
			if s := ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Input: true,
	atom.Textarea: true, atom.Label: true, atom.Iframe: true, atom.Svg: true,
	atom.Math: true, atom.Canvas: true, atom.Object: true, atom.Embed: true,
	atom.Figure: true, atom.Figcaption: true, atom.Menu: true, atom.Dialog: true,
	atom.Head: true, atom.Video: true, atom.Audio: true, atom.Picture: true,
}

// skipRoles are ARIA roles of page furniture.
var skipRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
	"alertdialog": true, "toolbar": true, "tablist": true,
}

// boilerWords are class and id words of page furniture.
var boilerWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "footer": true, "sidebar": true, "share": true, "sharing": true,
	"social": true, "related": true, "comments": true, "comment": true, "advert": true,
	"advertisement": true, "ad": true, "ads": true, "cookie": true, "cookies": true,
	"newsletter": true, "subscribe": true, "subscription": true, "promo": true,
	"popup": true, "modal": true, "masthead": true, "byline": true, "tags": true,
	"paywall": true, "recommended": true, "trending": true, "skip": true,
}

// boilerplate reports whether element n is page furniture.
func boilerplate(n *html.Node) bool {
	if skipTags[n.DataAtom] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	if skipRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t'
	}) {
		if boilerWords[w] {
			return true
		}
	}
	return false
}

// mainElement finds the element that holds the article's text.
func mainElement(doc *html.Node) *html.Node {
	var body, mainEl, articleBody *html.Node
	var articles []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom != atom.Body && n.DataAtom != atom.Html && boilerplate(n) {
			return false
		}
		switch {
		case n.DataAtom == atom.Body:
			body = n
		case strings.EqualFold(attr(n, "itemprop"), "articleBody") && articleBody == nil:
			articleBody = n
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case (n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main")) && mainEl == nil:
			mainEl = n
		}
		return true
	})
	if articleBody != nil {
		return articleBody
	}
	var best *html.Node
	bestLen := 0
	for _, a := range articles {
		if l := len(renderText(a)); l > bestLen {
			best, bestLen = a, l
		}
	}
	if best != nil {
		return best
	}
	if mainEl != nil {
		return mainEl
	}
	if body == nil {
		return doc
	}
	if p := paragraphParent(body); p != nil {
		return p
	}
	return body
}

// paragraphParent returns the element whose direct <p> children hold at
// least half of the text of all the page's paragraphs, or nil.
func paragraphParent(body *html.Node) *html.Node {
	total := 0
	var best *html.Node
	bestLen := 0
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n != body && boilerplate(n) {
			return false
		}
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				l := len(collapse(textOf(c)))
				own += l
				total += l
			}
		}
		if own > bestLen {
			best, bestLen = n, own
		}
		return true
	})
	if best == nil || best == body || bestLen*2 < total {
		return nil
	}
	return best
}

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Body: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
}

// textBuilder collects paragraphs: runs of whitespace in text collapse
// to one space, block elements end a paragraph and <br> starts a new
// line.
type textBuilder struct {
	started bool // render has been called: the node now is not the root
	paras   []string
	cur     strings.Builder
	space   bool
}

func (t *textBuilder) render(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode:
		if boilerplate(n) && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
			return
		}
		if t.started && teaserBlocks[n.DataAtom] && linkTeaser(n) {
			return // "Read more: <a>…</a>" (page_text.go)
		}
	case html.DocumentNode:
	default:
		return
	}
	t.started = true
	switch {
	case n.DataAtom == atom.Br:
		t.cur.WriteString("\n")
		t.space = false
		return
	case n.DataAtom == atom.Img:
		return
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		t.space = true
	}
	block := blockTags[n.DataAtom]
	if block {
		t.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.render(c)
	}
	if block {
		t.flush()
	}
}

func (t *textBuilder) text(s string) {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' {
			t.space = true
			continue
		}
		if t.space && t.cur.Len() > 0 && !strings.HasSuffix(t.cur.String(), "\n") {
			t.cur.WriteByte(' ')
		}
		t.space = false
		t.cur.WriteRune(r)
	}
}

func (t *textBuilder) flush() {
	p := strings.TrimSpace(t.cur.String())
	// Lines of a paragraph broken by <br> are trimmed; two <br> in a row
	// separate paragraphs.
	if p != "" {
		lines := strings.Split(p, "\n")
		for i := range lines {
			lines[i] = strings.TrimSpace(lines[i])
		}
		for _, para := range strings.Split(strings.Join(lines, "\n"), "\n\n") {
			if para = strings.Trim(para, "\n"); para != "" {
				t.paras = append(t.paras, para)
			}
		}
	}
	t.cur.Reset()
	t.space = false
}

func (t *textBuilder) String() string {
	t.flush()
	return strings.Join(t.paras, "\n\n")
}

func renderText(n *html.Node) string {
	var tb textBuilder
	tb.render(n)
	return tb.String()
}

// walk visits n and its descendants depth first; fn returns false to
// skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// textOf returns all the text under n, scripts included.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}
