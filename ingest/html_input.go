package ingest

import "github.com/newsgraph/newsgraph/graph"

// pageArticle reads a, an article handed over whole (ingestArticle),
// whose text is an HTML page, as a .html file is read: the page's main
// text, and its title, URL, publisher and date where a has none. Any
// other text is returned as it is. Read as plain text, a page gave its
// markup as the title and nothing extracted.
func pageArticle(a graph.Article) (graph.Article, error) {
	if sniff([]byte(a.Text)) != HTML {
		return a, nil
	}
	page, _, err := parseHTML(a.Origin, a.Text)
	if err != nil {
		return a, err
	}
	page.Origin = a.Origin
	page.Title = firstNonEmpty(a.Title, page.Title)
	page.URL = firstNonEmpty(a.URL, page.URL)
	page.Source = firstNonEmpty(a.Source, page.Source)
	page.Published = firstNonEmpty(a.Published, page.Published)
	return page, nil
}
