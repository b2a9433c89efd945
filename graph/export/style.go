package export

import (
	"bufio"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// kindStyle is how a node kind is drawn by the formats that carry
// drawing hints (gexf, dot, cytoscape classes).
type kindStyle struct {
	color   string // #rrggbb
	r, g, b int
	shape   string // Graphviz shape
}

var kindStyles = map[graph.NodeKind]kindStyle{
	graph.KindActor:     {"#4e79a7", 0x4e, 0x79, 0xa7, "ellipse"},
	graph.KindStatement: {"#f28e2b", 0xf2, 0x8e, 0x2b, "note"},
	graph.KindEvent:     {"#e15759", 0xe1, 0x57, 0x59, "diamond"},
	graph.KindObject:    {"#59a14f", 0x59, 0xa1, 0x4f, "box"},
	graph.KindArticle:   {"#9c9c9c", 0x9c, 0x9c, 0x9c, "folder"},
}

func styleOf(k graph.NodeKind) kindStyle {
	if s, ok := kindStyles[k]; ok {
		return s
	}
	return kindStyle{"#bab0ac", 0xba, 0xb0, 0xac, "ellipse"}
}

// attrsList writes a node's extra attributes as "key=value" strings in
// key order.
func attrsList(m map[string]string) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, k+"="+m[k])
	}
	return out
}

// shorten cuts s to at most n runes, ending it with "…" when cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for j := range s {
		if count == n-1 {
			i = j
			break
		}
		count++
	}
	return strings.TrimSpace(s[:i]) + "…"
}

// xmlEscape writes s escaped for XML text and attribute values: the five
// markup characters, line breaks and tabs as character references (so
// attribute values keep them), and characters XML 1.0 cannot hold
// replaced with U+FFFD.
func xmlEscape(w *bufio.Writer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			w.WriteString("&amp;")
		case '<':
			w.WriteString("&lt;")
		case '>':
			w.WriteString("&gt;")
		case '"':
			w.WriteString("&quot;")
		case '\'':
			w.WriteString("&apos;")
		case '\n':
			w.WriteString("&#xA;")
		case '\r':
			w.WriteString("&#xD;")
		case '\t':
			w.WriteString("&#x9;")
		default:
			if r < 0x20 || (r >= 0xD800 && r <= 0xDFFF) || r == 0xFFFE || r == 0xFFFF {
				r = utf8.RuneError
			}
			w.WriteRune(r)
		}
	}
}
