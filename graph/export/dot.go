package export

import (
	"bufio"
	"context"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
)

// dotLabelRunes is the longest node label drawn; longer labels are cut
// (the whole text stays in the tooltip).
const dotLabelRunes = 60

// writeDOT writes a Graphviz digraph: every ID quoted, labels escaped,
// nodes filled with their kind's colour and shaped by kind (actor
// ellipse, statement note, event diamond, object box, article folder),
// symmetric edges without arrowheads, edge width growing with support,
// edges that are no facts (negated, demanded or hypothetical: written
// with nonfactual) dashed and planned ones dotted, with their modality
// in the tooltip.
// Node and edge IDs become the SVG element ids, tooltips hold the full
// text.
func writeDOT(ctx context.Context, w *bufio.Writer, src *source) error {
	w.WriteString(`digraph newsgraph {
  graph [overlap=false, splines=true, fontname="Helvetica"];
  node [style=filled, fontname="Helvetica", fontsize=10, fontcolor="white"];
  edge [fontname="Helvetica", fontsize=8, color="#555555"];
`)
	err := src.nodes(ctx, func(n graph.Node) error {
		st := styleOf(n.Kind)
		w.WriteString("  ")
		dotQuote(w, string(n.ID))
		w.WriteString(" [id=")
		dotQuote(w, string(n.ID))
		w.WriteString(", label=")
		dotQuote(w, shorten(n.Label, dotLabelRunes))
		w.WriteString(`, shape=` + st.shape + `, fillcolor="` + st.color + `", tooltip=`)
		tip := string(n.Kind)
		if n.Type != "" {
			tip += " (" + n.Type + ")"
		}
		tip += ": " + n.Label
		if n.Text != "" && n.Text != n.Label {
			tip += "\n" + n.Text
		}
		if n.Date != "" {
			tip += "\n" + n.Date
		}
		dotQuote(w, tip)
		_, err := w.WriteString("];\n")
		return err
	})
	if err != nil {
		return err
	}
	err = src.edges(ctx, func(e graph.Edge) error {
		w.WriteString("  ")
		dotQuote(w, string(e.Source))
		w.WriteString(" -> ")
		dotQuote(w, string(e.Target))
		w.WriteString(" [id=")
		dotQuote(w, string(e.ID))
		w.WriteString(", label=")
		dotQuote(w, string(e.Class))
		support := e.Support()
		w.WriteString(", penwidth=" + strconv.Itoa(min(support, 5)))
		if e.Class.Symmetric() {
			w.WriteString(", dir=none")
		}
		mod := e.MostFactual()
		switch {
		case mod == graph.Planned:
			w.WriteString(", style=dotted")
		case !mod.Factual():
			w.WriteString(", style=dashed")
		}
		tip := string(e.Class)
		if e.Verb != "" {
			tip += " (" + e.Verb + ")"
		}
		if mod != graph.Asserted {
			tip += ", " + mod.Name()
		}
		tip += ", support " + strconv.Itoa(support)
		if first, last := spanOf(e); first != "" {
			tip += ", " + first
			if last != first {
				tip += " to " + last
			}
		}
		w.WriteString(", tooltip=")
		dotQuote(w, tip)
		_, err := w.WriteString("];\n")
		return err
	})
	if err != nil {
		return err
	}
	w.WriteString("}\n")
	return nil
}

// dotQuote writes s as a DOT double-quoted string: quotes and
// backslashes escaped (so "\n" in a name stays two characters), line
// breaks as \n, carriage returns dropped, invalid UTF-8 replaced.
func dotQuote(w *bufio.Writer, s string) {
	w.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			w.WriteString(`\"`)
		case '\\':
			w.WriteString(`\\`)
		case '\n':
			w.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 {
				w.WriteByte(' ')
				continue
			}
			w.WriteRune(r) // invalid UTF-8 decodes as, and is written as, U+FFFD
		}
	}
	w.WriteByte('"')
}
