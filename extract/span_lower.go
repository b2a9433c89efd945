package extract

import "strings"

// Lower-case forms of a span's words cut from one lowered copy of the
// span. A capitalised word's lower-case form was a string of its own,
// one allocation for each name, title and sentence opening of an
// article (about 2 % of extraction's allocations); the words of a line
// now share one.

// spanLower gives the lower-case forms of the words of text[s:e].
type spanLower struct {
	text string
	s, e int
	// low is text[s:e] with its ASCII capitals lowered and every other
	// byte as it is, made when a word first needs it; "" before.
	low string
}

// lower returns lower(t.text) for a word token t of the span: for an
// ASCII word with a capital, the word's bytes of the lowered copy, which
// are strings.ToLower(t.text), what lower gives for it (lower differs
// from strings.ToLower only past ASCII).
func (l *spanLower) lower(t token) string {
	w := t.text
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lower(w)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper || t.s < l.s || t.e > l.e || l.text[t.s:t.e] != w {
		return lower(w)
	}
	if l.low == "" {
		var b strings.Builder
		b.Grow(l.e - l.s)
		for i := l.s; i < l.e; i++ {
			c := l.text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		l.low = b.String()
	}
	return l.low[t.s-l.s : t.e-l.s]
}
