package ingest

import "github.com/newsgraph/newsgraph/graph"

// wholeArticle reads a, an article handed over whole (ingestArticle), as
// newsgraph ingest reads a file holding its text: an HTML page as a
// .html file (its main text; its title, URL, publisher and date), a text
// starting with header lines ("Title: ...", "Date: ...", a blank line)
// as a .txt file. What a already has wins over what the text gives.
// Any other text is returned as it is, but for its HTML character
// references ("&amp;", "&#8217;"), decoded as in a file. Read as plain
// text, a page gave its markup as the title and nothing extracted, and
// a header line became the title ("Title: ...").
func wholeArticle(a graph.Article) (graph.Article, error) {
	var read graph.Article
	switch {
	case sniff([]byte(a.Text)) == HTML:
		page, _, err := parseHTML(a.Origin, a.Text)
		if err != nil {
			return a, err
		}
		read = page
	default:
		var headed graph.Article
		if body, _ := stripHeaders(&headed, a.Text); body == a.Text {
			decodeEntities(&a)
			return a, nil
		}
		txt, _, err := parseText(a.Origin, a.Text, false)
		if err != nil {
			return a, err
		}
		decodeEntities(&txt)
		read = txt
	}
	read.Origin = a.Origin
	read.Title = firstNonEmpty(a.Title, read.Title)
	read.URL = firstNonEmpty(a.URL, read.URL)
	read.Source = firstNonEmpty(a.Source, read.Source)
	read.Published = firstNonEmpty(a.Published, read.Published)
	return read, nil
}
