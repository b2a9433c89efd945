package extract

import "github.com/newsgraph/newsgraph/graph"

// Why an article gave nothing but itself, as EmptyReason tells it.
const (
	ReasonNoSentences = "nothing extracted: no sentences in the text"
	ReasonNotEnglish  = "nothing extracted: the text is not in English, the only language the extractor reads"
	ReasonNoneFound   = "nothing extracted: no actors, statements or events found"
)

// EmptyReason says why b, the batch Extract made from a, holds nothing
// but the article, so that the one who sent it learns that it is stored
// but adds nothing to the graph; it is "" when b holds any node or edge.
// It reads the text again, which costs little as it happens only for
// empty batches.
func (x *Extractor) EmptyReason(a graph.Article, b *graph.Batch) string {
	if b == nil || len(b.Nodes) > 0 || len(b.Edges) > 0 {
		return ""
	}
	d := &doc{x: x, text: a.Text, art: graph.ArticleID(a.Text), byKey: map[string]*actor{}, orgNames: map[string]bool{}}
	d.pg = cleanPage(a.Text, articleMeta{title: a.Title, published: a.Published, source: a.Source})
	if x.opts.KeepBoilerplate {
		for i := range d.pg.lines {
			if d.pg.lines[i].kind != rTitle {
				d.pg.lines[i].kind = rBody
			}
		}
	}
	d.split()
	switch {
	case d.otherScriptOnly():
		return ReasonNotEnglish
	case len(d.sents) == 0:
		return ReasonNoSentences
	case !looksEnglish(d.toks):
		return ReasonNotEnglish
	}
	return ReasonNoneFound
}
