package ingest

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/graph"
)

// Files given by name that hold many articles in a format other than
// JSONL: a JSON document (an array of article
// objects, or one object written over several lines) and a news feed
// (RSS 2.0, RSS 1.0 or Atom). Both were read as the text of one article:
// its raw JSON or XML stored with nothing extracted, and exit status 0.

// jsonDoc and feedDoc are the formats sniff finds for them; they have no
// extension and no --format name (a folder's .json and .xml files are
// skipped: they are as often configuration and sitemaps).
const (
	jsonDoc Format = "json"
	feedDoc Format = "feed"
)

// isJSONDoc reports whether data is one JSON array, or one JSON object
// written over more than one line, rather than JSON Lines.
func isJSONDoc(data []byte) bool {
	t := bytes.TrimSpace(data)
	if len(t) == 0 || (t[0] != '[' && t[0] != '{') {
		return false
	}
	if t[0] == '{' && bytes.IndexByte(t, '\n') < 0 {
		return false // one line: JSONL
	}
	return json.Valid(t)
}

// isFeed reports whether data starts like an RSS or Atom feed, after an
// XML declaration and comments.
func isFeed(data []byte) bool {
	head := xmlBody(data)
	for _, p := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// xmlBody returns the start of data in lower case after its byte order
// mark, an XML declaration, processing instructions and comments.
func xmlBody(data []byte) []byte {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	for {
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			i := bytes.Index(head, []byte("?>"))
			if i < 0 {
				return head
			}
			head = bytes.TrimLeft(head[i+2:], " \t\r\n")
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return head
			}
			head = bytes.TrimLeft(head[i+3:], " \t\r\n")
		default:
			return head
		}
	}
}

// itemOrigin names the n-th article (from 1) of a document.
func itemOrigin(origin string, n int) string {
	return origin + " item " + strconv.Itoa(n)
}

// parseJSONDoc reads a JSON array of article objects, or one object, as
// JSONL lines are read; an element that is not an article object gives
// an input with an error naming it ("a.json item 3").
func parseJSONDoc(origin, text string) ([]Input, error) {
	t := strings.TrimSpace(text)
	if t[0] == '{' {
		return []Input{jsonInput(origin, t)}, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal([]byte(t), &items); err != nil {
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: not a JSON array of articles: %v", origin, jsonErr(err))
	}
	if len(items) == 0 {
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: an empty JSON array, no article", origin)
	}
	ins := make([]Input, 0, len(items))
	for i, raw := range items {
		ins = append(ins, jsonInput(itemOrigin(origin, i+1), string(raw)))
	}
	return ins, nil
}

// feedXML is an RSS 2.0 (rss/channel/item), RSS 1.0 (rdf:RDF/item) or
// Atom (feed/entry) document.
type feedXML struct {
	XMLName xml.Name
	Title   string `xml:"title"` // Atom's feed title
	Channel struct {
		Title string     `xml:"title"`
		Items []feedItem `xml:"item"`
	} `xml:"channel"`
	Items   []feedItem `xml:"item"`  // RSS 1.0
	Entries []feedItem `xml:"entry"` // Atom
}

// feedItem is an RSS item or an Atom entry.
type feedItem struct {
	Title       feedText   `xml:"title"`
	Link        []feedLink `xml:"link"`
	GUID        string     `xml:"guid"`
	PubDate     string     `xml:"pubDate"`
	DCDate      string     `xml:"http://purl.org/dc/elements/1.1/ date"`
	Published   string     `xml:"published"`
	Updated     string     `xml:"updated"`
	Description feedText   `xml:"description"`
	Encoded     feedText   `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Summary     feedText   `xml:"summary"`
	Content     feedText   `xml:"content"`
}

// feedLink is an RSS <link>URL</link> or an Atom <link href="URL"/>.
type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedText is an element holding text, HTML escaped or in CDATA, or
// (Atom's type="xhtml") markup.
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// markup returns the element's content as HTML or text.
func (f feedText) markup() string {
	if strings.EqualFold(f.Type, "xhtml") {
		return f.Inner
	}
	return f.Text
}

// parseFeed reads every item of an RSS or Atom feed as an article: its
// title, link, date (pubDate, dc:date, published, updated) and text (the
// full content when the feed gives it, else the description or summary,
// read as a page's text when it is HTML). The feed's title is the
// articles' source. Items without text fail, naming the item ("feed.xml
// item 3"); the others are read.
func parseFeed(origin, text string) ([]Input, error) {
	var f feedXML
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// The text is UTF-8 already, whatever the declaration says.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := d.Decode(&f); err != nil {
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: not a readable RSS or Atom feed: %v", origin, err)
	}
	items := append(append(f.Channel.Items, f.Items...), f.Entries...)
	if len(items) == 0 {
		return nil, graph.Errorf("ingest.Read", graph.Invalid, "%s: a feed with no items", origin)
	}
	source := collapse(firstNonEmpty(f.Channel.Title, f.Title))
	source, _ = unescapeEntities(source)
	ins := make([]Input, 0, len(items))
	for i, it := range items {
		ins = append(ins, feedInput(itemOrigin(origin, i+1), source, it))
	}
	return ins, nil
}

// feedInput reads one feed item.
func feedInput(origin, source string, it feedItem) Input {
	in := Input{Article: graph.Article{Origin: origin, Source: source}}
	body := firstNonEmpty(it.Encoded.markup(), it.Content.markup(), it.Description.markup(), it.Summary.markup())
	if body == "" {
		in.Err = graph.Errorf("ingest.Read", graph.Invalid, "%s: no text (no content, description or summary)", origin)
		return in
	}
	if htmlFragment(body) {
		page, _, err := parseHTML(origin, body)
		if err != nil {
			in.Err = graph.Errorf("ingest.Read", graph.Invalid, "%s: its HTML holds no article text", origin)
			return in
		}
		body = page.Text
	}
	in.Article.Text = strings.TrimSpace(body)
	in.Article.Title = collapse(stripTags(it.Title.markup()))
	decodeEntities(&in.Article)
	for _, l := range it.Link {
		u := strings.TrimSpace(firstNonEmpty(l.Href, l.Text))
		if looksLikeURL(u) && (l.Rel == "" || l.Rel == "alternate") {
			in.Article.URL = u
			break
		}
	}
	if in.Article.URL == "" && looksLikeURL(strings.TrimSpace(it.GUID)) {
		in.Article.URL = strings.TrimSpace(it.GUID)
	}
	if in.Article.Source == "" && in.Article.URL != "" {
		in.Article.Source = hostOf(in.Article.URL)
	}
	if d := firstNonEmpty(it.PubDate, it.DCDate, it.Published, it.Updated); d != "" {
		if p, ok := ParseDate(d); ok {
			in.Article.Published = p
		} else {
			in.Notes = append(in.Notes, "date "+quote(d)+" not understood; publication date left empty")
		}
	}
	return in
}

// stripTags returns the text of s, which may hold HTML markup (an Atom
// title of type="html").
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return textOf(doc)
}
