package ingest_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// parseOne parses data named origin in format f; it must hold one good
// article.
func parseOne(t *testing.T, origin, data string, f ingest.Format) ingest.Input {
	t.Helper()
	ins, err := ingest.Parse(origin, []byte(data), f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", origin, err)
	}
	if len(ins) != 1 || ins[0].Err != nil {
		t.Fatalf("Parse(%s): %+v", origin, ins)
	}
	return ins[0]
}

// A page's links to other stories ("Read more: <a>…</a>", "Related:
// <a>…</a>", a paragraph that is one headline link) are left out of its
// text; paragraphs of the story are kept, whether they start "Read more"
// or hold a link inside a sentence.
func TestPageLinksToOtherStoriesAreNoText(t *testing.T) {
	page := `<html><head><title>Port strike</title></head><body><article>
<h1>Port workers strike over automation plan</h1>
<p>Dockworkers walked off the job on Monday after the operator refused to withdraw its plan.</p>
<p>Read more: <a href="/a">Port unveils automation plan</a></p>
<p><strong>READ MORE:</strong> <a href="/b">Shipping rates fall again</a></p>
<p>Related: <a href="/c">Rotterdam dockers end strike</a></p>
<p><a href="/d">Tallinn mayor resigns over tram contract</a></p>
<ul><li><a href="/e">Ferry line to Helsinki cut</a></li><li><a href="/f">Baltic grain exports rise</a></li></ul>
<p>See also: <a href="/g">What automation means for ports</a> and <a href="/h">Timeline of the dispute</a></p>
<p>Read more about the union's demands, Saar told reporters, in the letter it sent to the ministry.</p>
<p>The union said the <a href="/plan">automation plan</a> would cut 400 jobs.</p>
<p><a href="/q">The minister said the government was ready to mediate between the two sides.</a></p>
</article></body></html>`
	in := parseOne(t, "port.html", page, ingest.HTML)
	for _, lacks := range []string{"Port unveils", "Shipping rates", "READ MORE", "Rotterdam", "Tallinn mayor", "Ferry line",
		"Baltic grain", "See also", "Timeline of the dispute", "Read more:", "Related"} {
		if strings.Contains(in.Article.Text, lacks) {
			t.Errorf("text holds link %q:\n%s", lacks, in.Article.Text)
		}
	}
	for _, has := range []string{"Dockworkers walked off the job",
		"Read more about the union's demands, Saar told reporters, in the letter it sent to the ministry.",
		"The union said the automation plan would cut 400 jobs.",
		"The minister said the government was ready to mediate between the two sides."} {
		if !strings.Contains(in.Article.Text, has) {
			t.Errorf("text lacks %q:\n%s", has, in.Article.Text)
		}
	}
}

// A page's date is its article's <time>, not the first <time> of the
// page: the site's header shows today's date and a sidebar of other
// stories shows theirs before the article's own.
func TestPageDateIsTheArticlesTime(t *testing.T) {
	for name, page := range map[string]string{
		"header date": `<html><body><header><time datetime="2026-12-07">Monday 7 December</time></header>
<article><header><h1>Port strike</h1><time datetime="2026-11-30T08:15">30 Nov</time></header>
<p>Dockworkers walked off the job on Monday, the union said.</p></article></body></html>`,
		"sidebar first": `<html><body><aside class="sidebar"><ul><li><a>Older story</a> <time datetime="2026-10-01">1 Oct</time></li></ul></aside>
<div class="story"><p class="meta"><time datetime="2026-11-30">30 November 2026</time></p>
<p>Dockworkers walked off the job on Monday, the union said.</p><p>The operator said it would meet the union.</p></div></body></html>`,
		"related list inside main": `<html><body><main><div class="related-stories"><time datetime="2026-09-09">9 Sep</time></div>
<p><time datetime="2026-11-30">30 November 2026</time></p><p>Dockworkers walked off the job on Monday, the union said.</p></main></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			in := parseOne(t, "p.html", page, ingest.HTML)
			if in.Article.Published != "2026-11-30" {
				t.Errorf("date %q, want 2026-11-30", in.Article.Published)
			}
		})
	}
}

// HTML character references left in text by scrapers and feeds are
// decoded in titles, publishers and texts, whatever the input: a .txt
// file's headers and text, a JSONL line, a page's JSON-LD; "AT&T",
// "R&D" and references HTML does not define stay as written.
func TestCharacterReferencesAreDecoded(t *testing.T) {
	txt := parseOne(t, "a.txt", "Title: EU &amp; UK resume talks\n\nBritain&#8217;s negotiator met AT&T and R&D staff &foo; on Friday &#x2014; a first.\n", ingest.Text)
	if txt.Article.Title != "EU & UK resume talks" {
		t.Errorf("title %q", txt.Article.Title)
	}
	if want := "Britain\u2019s negotiator met AT&T and R&D staff &foo; on Friday \u2014 a first."; txt.Article.Text != want {
		t.Errorf("text %q, want %q", txt.Article.Text, want)
	}
	if !strings.Contains(strings.Join(txt.Notes, ";"), "character references") {
		t.Errorf("notes %q say nothing of the decoding", txt.Notes)
	}
	plain := parseOne(t, "b.txt", "The talks between AT&T and the union ended on Friday.\n", ingest.Text)
	if len(plain.Notes) != 0 {
		t.Errorf("notes %q for text with no reference", plain.Notes)
	}
	md := parseOne(t, "a.md", "# Trade &amp; tariffs\n\nThe minister&rsquo;s plan.\n", ingest.Markdown)
	if md.Article.Title != "Trade & tariffs" || !strings.Contains(md.Article.Text, "minister\u2019s") {
		t.Errorf("markdown %q %q", md.Article.Title, md.Article.Text)
	}
	js := parseOne(t, "f.jsonl", `{"title":"Macron &amp; Merz meet","publisher":"Le Monde &amp; AFP","text":"The Elys&eacute;e said Europe&#8217;s defence needed money."}`+"\n", ingest.JSONL)
	if js.Article.Title != "Macron & Merz meet" || js.Article.Source != "Le Monde & AFP" || js.Article.Text != "The Elysée said Europe\u2019s defence needed money." {
		t.Errorf("jsonl %+v", js.Article)
	}
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Japan &amp; Korea cut tariffs on &#8216;green&#8217; steel","publisher":{"name":"Pacific &amp; Atlantic Ledger"}}</script></head>
<body><article><p>Japan and South Korea agreed on Friday to cut tariffs, the ministry said.</p></article></body></html>`
	h := parseOne(t, "p.html", page, ingest.HTML)
	if h.Article.Title != "Japan & Korea cut tariffs on \u2018green\u2019 steel" || h.Article.Source != "Pacific & Atlantic Ledger" {
		t.Errorf("page title %q source %q", h.Article.Title, h.Article.Source)
	}
}

// A JSONL line whose "text" is HTML (a feed's encoded content) is read
// as a page's text: paragraphs, no tags; one whose HTML holds no text
// fails naming its line; a line that is no JSON object says so.
func TestJSONLTextThatIsHTML(t *testing.T) {
	feed := `{"title":"Talks","text":"<p>French President Emmanuel Macron met Chancellor Friedrich Merz on Monday.</p><p>Merz said <a href=\"/x\">defence</a> needed money.<br>Macron agreed.</p><div class=\"share\">Share on X</div>"}
{"text":"<div class=\"ad\"><a href=\"/y\">Buy now</a></div><script>x()</script><p></p>"}
not json at all
{"text":"Prices rose 3% as x < y and y > z, the office said."}
`
	ins, err := ingest.Parse("feed.jsonl", []byte(feed), ingest.JSONL)
	if err != nil || len(ins) != 4 {
		t.Fatalf("Parse: %d inputs, %v", len(ins), err)
	}
	if ins[0].Err != nil {
		t.Fatal(ins[0].Err)
	}
	if want := "French President Emmanuel Macron met Chancellor Friedrich Merz on Monday.\n\nMerz said defence needed money.\nMacron agreed."; ins[0].Article.Text != want {
		t.Errorf("text %q, want %q", ins[0].Article.Text, want)
	}
	if ins[1].Err == nil || !strings.Contains(ins[1].Err.Error(), "feed.jsonl:2") || !strings.Contains(ins[1].Err.Error(), "HTML") {
		t.Errorf("line 2: %v", ins[1].Err)
	}
	if ins[2].Err == nil || !strings.Contains(ins[2].Err.Error(), `feed.jsonl:3: not a JSON object: the line starts "not json at all"`) {
		t.Errorf("line 3: %v", ins[2].Err)
	}
	if ins[3].Err != nil || ins[3].Article.Text != "Prices rose 3% as x < y and y > z, the office said." {
		t.Errorf("line 4 (no markup): %q %v", ins[3].Article.Text, ins[3].Err)
	}
}

// Files holding many articles in other formats than JSONL, given by
// name or on standard input, are read article by article, each named
// "FILE item N": a JSON array of article objects (or one object written
// over several lines, or such a document in a .jsonl file), an RSS 2.0
// or Atom feed. They were read as the text of one article, its JSON or
// XML, stored with nothing extracted and exit status 0. An XHTML page
// that starts with an XML declaration is a page.
func TestDocumentsOfManyArticles(t *testing.T) {
	type want struct{ origin, title, url, source, date, text string }
	rss := `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>East Africa Desk</title><link>https://eastafricadesk.example/</link>
<item><title>Ruto meets Museveni</title><link>https://eastafricadesk.example/ruto</link><pubDate>Wed, 02 Dec 2026 08:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Ruto met Museveni in Nairobi on Wednesday.</p><p>Read more: <a href="/x">Pipeline plans</a></p>]]></content:encoded></item>
<item><title>Museveni thanks Ruto &amp;amp; Kenya</title><guid>https://eastafricadesk.example/thanks</guid><dc:date>2026-12-03</dc:date>
<description>&lt;p&gt;Museveni thanked Ruto on Thursday.&lt;/p&gt;</description></item>
<item><title>No text</title></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><!-- made by hand -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Andes Wire</title>
<entry><title type="html">Chile &amp;amp; Argentina sign accord</title><link rel="alternate" href="https://andeswire.example/a1"/>
<published>2026-12-01T09:00:00Z</published><summary>Chile and Argentina signed an accord on Tuesday.</summary></entry>
<entry><title>Bolivia objects</title><link rel="self" href="https://andeswire.example/feed/a3"/><link href="https://andeswire.example/a3"/><updated>2026-12-02T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Bolivia criticised the accord.</p></div></content></entry>
</feed>`
	array := `[
  {"title": "A", "url": "https://x.example/a", "text": "Ruto met Museveni."},
  {"title": "B", "text": ""},
  "not an object"
]`
	object := "{\n  \"title\": \"One\",\n  \"published\": \"2026-12-04\",\n  \"text\": \"Ruto met Museveni.\"\n}\n"
	xhtml := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ruto meets Museveni</title></head><body><p>Ruto met Museveni.</p></body></html>`
	for _, tc := range []struct {
		name, data string
		format     ingest.Format
		want       []want
		failed     []string // origins of the inputs that fail
	}{
		{"feed.xml", rss, ingest.Auto, []want{
			{"feed.xml item 1", "Ruto meets Museveni", "https://eastafricadesk.example/ruto", "East Africa Desk", "2026-12-02", "Ruto met Museveni in Nairobi on Wednesday."},
			{"feed.xml item 2", "Museveni thanks Ruto & Kenya", "https://eastafricadesk.example/thanks", "East Africa Desk", "2026-12-03", "Museveni thanked Ruto on Thursday."},
		}, []string{"feed.xml item 3"}},
		{"stdin", atom, ingest.Auto, []want{
			{"stdin item 1", "Chile & Argentina sign accord", "https://andeswire.example/a1", "Andes Wire", "2026-12-01", "Chile and Argentina signed an accord on Tuesday."},
			{"stdin item 2", "Bolivia objects", "https://andeswire.example/a3", "Andes Wire", "2026-12-02", "Bolivia criticised the accord."},
		}, nil},
		{"a.json", array, ingest.Auto, []want{{"a.json item 1", "A", "https://x.example/a", "x.example", "", "Ruto met Museveni."}},
			[]string{"a.json item 2", "a.json item 3"}},
		{"b.jsonl", array, ingest.JSONL, []want{{"b.jsonl item 1", "A", "https://x.example/a", "x.example", "", "Ruto met Museveni."}},
			[]string{"b.jsonl item 2", "b.jsonl item 3"}},
		{"one.json", object, ingest.Auto, []want{{"one.json", "One", "", "", "2026-12-04", "Ruto met Museveni."}}, nil},
		{"page", xhtml, ingest.Auto, []want{{"page", "Ruto meets Museveni", "", "", "", "Ruto met Museveni."}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, err := ingest.Parse(tc.name, []byte(tc.data), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			var good []want
			var failed []string
			for _, in := range ins {
				if in.Err != nil {
					failed = append(failed, in.Article.Origin)
					if !strings.HasPrefix(in.Err.Error(), "ingest.Read: "+in.Article.Origin+": ") {
						t.Errorf("error %q does not start with its input", in.Err)
					}
					continue
				}
				a := in.Article
				good = append(good, want{a.Origin, a.Title, a.URL, a.Source, a.Published, a.Text})
			}
			if !slices.Equal(good, tc.want) {
				t.Errorf("articles\n%q\nwant\n%q", good, tc.want)
			}
			if !slices.Equal(failed, tc.failed) {
				t.Errorf("failed %q, want %q", failed, tc.failed)
			}
		})
	}
	for name, bad := range map[string]string{
		"empty.json": "[]", "broken.xml": `<?xml version="1.0"?><rss><channel><item><title>x</item>`, "none.xml": `<rss version="2.0"><channel><title>x</title></channel></rss>`,
	} {
		if _, err := ingest.Parse(name, []byte(bad), ingest.Auto); err == nil || !strings.Contains(err.Error(), name+": ") {
			t.Errorf("%s: error %v, want one naming it", name, err)
		}
	}
}
