package export

import (
	"bufio"
	"context"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
)

// graphmlKey is one typed attribute declaration.
type graphmlKey struct {
	id, domain, name, typ string
}

// GraphML attributes. List values (aliases, attrs, articles) are joined
// with "; " since GraphML has no list type.
var graphmlKeys = []graphmlKey{
	{"n_label", "node", "label", "string"},
	{"n_kind", "node", "kind", "string"},
	{"n_type", "node", "type", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_text", "node", "text", "string"},
	{"n_date", "node", "date", "string"},
	{"n_place", "node", "place", "string"},
	{"n_url", "node", "url", "string"},
	{"n_source", "node", "source", "string"},
	{"n_article", "node", "article", "string"},
	{"n_attrs", "node", "attrs", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_class", "edge", "class", "string"},
	{"e_verb", "edge", "verb", "string"},
	{"e_support", "edge", "support", "int"},
	{"e_first_seen", "edge", "first_seen", "string"},
	{"e_last_seen", "edge", "last_seen", "string"},
	{"e_symmetric", "edge", "symmetric", "boolean"},
	{"e_modality", "edge", "modality", "string"},
	{"e_articles", "edge", "articles", "string"},
	{"e_sentence", "edge", "sentence", "string"},
	{"e_evidence", "edge", "evidence", "string"},
}

// writeGraphML writes GraphML with typed <key> declarations, read by
// Gephi, yEd, Cytoscape desktop and NetworkX (read_graphml gives a
// MultiDiGraph when two nodes have edges of several classes). The graph
// is directed; symmetric classes are marked by the symmetric attribute,
// since NetworkX rejects undirected edges in a directed graph. Empty
// values are left out. An edge's modality is its most factual
// ("asserted", "planned", "demanded", "hypothetical", "negated"); its
// sentence is its first evidence's, and evidence holds every piece of
// it (article, sentence, offsets, date, modality, day) as the JSON array
// the json format writes.
func writeGraphML(ctx context.Context, w *bufio.Writer, src *source) error {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, k := range graphmlKeys {
		w.WriteString(`  <key id="` + k.id + `" for="` + k.domain + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	w.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	// The key goes in as it is: every key is a plain identifier. No
	// string is built per value, as joining the markup would.
	data := func(key, v string) {
		if v == "" {
			return
		}
		w.WriteString(`      <data key="`)
		w.WriteString(key)
		w.WriteString(`">`)
		xmlEscape(w, v)
		w.WriteString("</data>\n")
	}
	// dataList is data for items joined with "; ".
	dataList := func(key string, items []string) {
		if len(items) == 0 || len(items) == 1 && items[0] == "" {
			return
		}
		w.WriteString(`      <data key="`)
		w.WriteString(key)
		w.WriteString(`">`)
		for i, it := range items {
			if i > 0 {
				w.WriteString("; ")
			}
			xmlEscape(w, it)
		}
		w.WriteString("</data>\n")
	}
	err := src.nodes(ctx, func(n graph.Node) error {
		w.WriteString(`    <node id="`)
		xmlEscape(w, string(n.ID))
		w.WriteString("\">\n")
		data("n_label", n.Label)
		data("n_kind", string(n.Kind))
		data("n_type", n.Type)
		dataList("n_aliases", n.Aliases)
		data("n_text", n.Text)
		data("n_date", n.Date)
		data("n_place", n.Place)
		data("n_url", n.URL)
		data("n_source", n.Source)
		data("n_article", string(n.Article))
		dataList("n_attrs", attrsList(n.Attrs))
		_, err := w.WriteString("    </node>\n")
		return err
	})
	if err != nil {
		return err
	}
	var (
		articles []string
		ev       []jsonEvidence
	)
	err = src.edges(ctx, func(e graph.Edge) error {
		var evidence string
		var err error
		if evidence, ev, err = evidenceJSON(e, ev); err != nil {
			return err
		}
		w.WriteString(`    <edge id="`)
		xmlEscape(w, string(e.ID))
		w.WriteString(`" source="`)
		xmlEscape(w, string(e.Source))
		w.WriteString(`" target="`)
		xmlEscape(w, string(e.Target))
		w.WriteString("\">\n")
		first, last := spanOf(e)
		data("e_label", string(e.Class))
		data("e_class", string(e.Class))
		data("e_verb", e.Verb)
		data("e_support", strconv.Itoa(e.Support()))
		data("e_first_seen", first)
		data("e_last_seen", last)
		data("e_symmetric", strconv.FormatBool(e.Class.Symmetric()))
		data("e_modality", e.MostFactual().Name())
		articles = evidenceArticles(e, articles[:0])
		dataList("e_articles", articles)
		if len(e.Evidence) > 0 {
			data("e_sentence", e.Evidence[0].Sentence)
			data("e_evidence", evidence)
		}
		_, err = w.WriteString("    </edge>\n")
		return err
	})
	if err != nil {
		return err
	}
	w.WriteString("  </graph>\n</graphml>\n")
	return nil
}

// evidenceArticles appends to buf the distinct articles of e's evidence,
// in evidence order.
func evidenceArticles(e graph.Edge, buf []string) []string {
next:
	for _, ev := range e.Evidence {
		for _, a := range buf {
			if a == string(ev.Article) {
				continue next
			}
		}
		buf = append(buf, string(ev.Article))
	}
	return buf
}
