package export

import (
	"bufio"
	"strings"
	"testing"
	"unicode/utf8"
)

// xmlEscapeByRune is the rune-at-a-time definition of xmlEscape, which
// the faster xmlEscape must match byte for byte.
func xmlEscapeByRune(w *bufio.Writer, s string) {
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

func escaped(f func(*bufio.Writer, string), s string) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	f(w, s)
	w.Flush()
	return b.String()
}

var escapeCases = []string{
	"",
	"plain ASCII text",
	`<a href="x">Tom & Jerry's</a>`,
	"line\nbreak\r\nand\ttab",
	"bell\x07 and NUL\x00 and DEL\x7f",
	"Łódź, Київ, 北京, emoji 🙂",
	"invalid \xff\xfe UTF-8 \xc3",
	"surrogate \xed\xa0\x80 encoded",
	"nonchars \uFFFE \uFFFF and the replacement \uFFFD itself",
	"&&&<<<>>>",
}

func TestXMLEscapeMatchesRuneByRune(t *testing.T) {
	for _, s := range escapeCases {
		if got, want := escaped(xmlEscape, s), escaped(xmlEscapeByRune, s); got != want {
			t.Errorf("xmlEscape(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzXMLEscape(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escaped(xmlEscape, s), escaped(xmlEscapeByRune, s); got != want {
			t.Errorf("xmlEscape(%q) = %q, want %q", s, got, want)
		}
	})
}
