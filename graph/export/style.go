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
	// Runs of characters written as they are are copied in one call:
	// most text needs no escaping, and a call per rune costs more than
	// the rest of an export's writing.
	done := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && !xmlSpecial[c] {
			i++
			continue
		}
		var esc string
		width := 1
		if c < utf8.RuneSelf {
			esc = xmlEscapes[c]
			if esc == "" { // another control character
				esc = string(utf8.RuneError)
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			width = n
			if r != utf8.RuneError && r != 0xFFFE && r != 0xFFFF {
				// Valid UTF-8 (which never encodes surrogates) is
				// copied as it is.
				i += n
				continue
			}
			esc = string(utf8.RuneError)
		}
		w.WriteString(s[done:i])
		w.WriteString(esc)
		i += width
		done = i
	}
	w.WriteString(s[done:])
}

// xmlSpecial marks the ASCII characters xmlEscape replaces, besides
// control characters; xmlEscapes holds their replacements.
var xmlSpecial, xmlEscapes = func() ([utf8.RuneSelf]bool, [utf8.RuneSelf]string) {
	var special [utf8.RuneSelf]bool
	var escapes [utf8.RuneSelf]string
	for c, e := range map[byte]string{
		'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&quot;", '\'': "&apos;",
		'\n': "&#xA;", '\r': "&#xD;", '\t': "&#x9;",
	} {
		special[c] = true
		escapes[c] = e
	}
	return special, escapes
}()
