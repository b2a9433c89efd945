package export

import (
	"bufio"
	"context"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// writeGEXF writes GEXF 1.3 for Gephi: a dynamic graph (timeformat
// "date") where each node and edge carries the first and last day it was
// seen as start and end. Edges use their evidence dates; nodes the
// earliest and latest evidence dates of all their stored edges, or their
// own date (an article's publication day, an event's day) when none is
// dated; nodes and edges with no date at all have no start or end.
// Symmetric classes are written as type="mutual" edges (both
// directions), the others as directed edges; kind holds the class, so
// Gephi keeps parallel edges of different classes apart, and weight the
// support. Nodes are coloured by kind. Edge attributes are GraphML's:
// modality, the first evidence's sentence and every piece of evidence
// as a JSON array.
//
// Finding a node's dates reads its adjacency and edges, so memory grows
// with a node's degree, not with the graph.
func writeGEXF(ctx context.Context, w *bufio.Writer, src *source) error {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>newsgraph</creator>
    <description>actors, statements, events, objects and articles read from news</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="type" title="type" type="string"/>
      <attribute id="aliases" title="aliases" type="string"/>
      <attribute id="text" title="text" type="string"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="place" title="place" type="string"/>
      <attribute id="url" title="url" type="string"/>
      <attribute id="source" title="source" type="string"/>
      <attribute id="article" title="article" type="string"/>
      <attribute id="attrs" title="attrs" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="class" title="class" type="string"/>
      <attribute id="verb" title="verb" type="string"/>
      <attribute id="support" title="support" type="integer"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
      <attribute id="modality" title="modality" type="string"/>
      <attribute id="articles" title="articles" type="string"/>
      <attribute id="sentence" title="sentence" type="string"/>
      <attribute id="evidence" title="evidence" type="string"/>
    </attributes>
    <nodes>
`)
	attr := func(key, v string) {
		if v == "" {
			return
		}
		w.WriteString(`          <attvalue for="` + key + `" value="`)
		xmlEscape(w, v)
		w.WriteString("\"/>\n")
	}
	// Lists (aliases, attrs, articles) are strings joined with "; ", as
	// in GraphML: readers disagree on the syntax of GEXF's list types.
	list := func(items []string) string { return strings.Join(items, "; ") }
	timed := func(first, last string) {
		if first != "" {
			w.WriteString(` start="` + first + `" end="` + last + `"`)
		}
	}
	err := src.nodes(ctx, func(n graph.Node) error {
		first, last, err := src.span(ctx, n)
		if err != nil {
			return err
		}
		w.WriteString(`      <node id="`)
		xmlEscape(w, string(n.ID))
		w.WriteString(`" label="`)
		xmlEscape(w, n.Label)
		w.WriteString(`"`)
		timed(first, last)
		w.WriteString(">\n        <attvalues>\n")
		attr("kind", string(n.Kind))
		attr("type", n.Type)
		attr("aliases", list(n.Aliases))
		attr("text", n.Text)
		attr("date", n.Date)
		attr("place", n.Place)
		attr("url", n.URL)
		attr("source", n.Source)
		attr("article", string(n.Article))
		attr("attrs", list(attrsList(n.Attrs)))
		st := styleOf(n.Kind)
		w.WriteString("        </attvalues>\n        <viz:color r=\"" + strconv.Itoa(st.r) + `" g="` +
			strconv.Itoa(st.g) + `" b="` + strconv.Itoa(st.b) + "\"/>\n      </node>\n")
		return nil
	})
	if err != nil {
		return err
	}
	w.WriteString("    </nodes>\n    <edges>\n")
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
		w.WriteString(`      <edge id="`)
		xmlEscape(w, string(e.ID))
		w.WriteString(`" source="`)
		xmlEscape(w, string(e.Source))
		w.WriteString(`" target="`)
		xmlEscape(w, string(e.Target))
		w.WriteString(`" label="` + string(e.Class) + `" kind="` + string(e.Class) + `"`)
		if e.Class.Symmetric() {
			w.WriteString(` type="mutual"`)
		}
		support := e.Support()
		w.WriteString(` weight="` + strconv.Itoa(support) + `"`)
		timed(spanOf(e))
		w.WriteString(">\n        <attvalues>\n")
		attr("class", string(e.Class))
		attr("verb", e.Verb)
		attr("support", strconv.Itoa(support))
		attr("symmetric", strconv.FormatBool(e.Class.Symmetric()))
		attr("modality", e.MostFactual().Name())
		articles = evidenceArticles(e, articles[:0])
		attr("articles", list(articles))
		if len(e.Evidence) > 0 {
			attr("sentence", e.Evidence[0].Sentence)
			attr("evidence", evidence)
		}
		_, err = w.WriteString("        </attvalues>\n      </edge>\n")
		return err
	})
	if err != nil {
		return err
	}
	w.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return nil
}
