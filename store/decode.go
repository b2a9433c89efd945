package store

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Node values and edge heads are JSON (see doc.go). A whole-graph scan
// decodes hundreds of thousands of them, and encoding/json, with its
// validation pass and reflection, was most of the cost of reading nodes
// in an export. decodeNode and decodeHead read the JSON that
// json.Marshal writes for these types directly, and hand anything else
// (an escape sequence other than the common ones, an unknown or repeated
// field, null, invalid UTF-8, malformed JSON) to encoding/json, so that
// what they return is exactly what json.Unmarshal would: a value the
// fast path is unsure of is decoded the slow way, never guessed.

// decodeNode decodes a node value. The result shares no memory with b;
// its strings are cut from one copy of b, so a field kept alone keeps
// the whole value's bytes alive (clone it to keep it long among many).
func decodeNode(b []byte) (graph.Node, error) {
	var n graph.Node
	if fastNode(b, &n) {
		return n, nil
	}
	n = graph.Node{}
	err := json.Unmarshal(b, &n)
	return n, err
}

// decodeHead decodes an edge head value: the head's JSON, or, for a
// head that holds its first article's evidence (format 8, see
// splitHead), that JSON and the pieces, which are kept undecoded in
// inline. The result shares no memory with b; its strings, inline
// included, are cut from one copy of b.
func decodeHead(b []byte) (edgeHead, error) {
	js, inline, err := splitHead(b)
	if err != nil {
		return edgeHead{}, err
	}
	var h edgeHead
	s := string(b)
	if fastHead(s[js:len(b)-inline], &h) {
		h.inline = s[len(b)-inline:]
		return h, nil
	}
	h = edgeHead{}
	if err := json.Unmarshal(b[js:len(b)-inline], &h); err != nil {
		return edgeHead{}, err
	}
	h.inline = string(b[len(b)-inline:])
	return h, nil
}

// Field numbers of graph.Node, for noticing repeated fields.
const (
	nfID = iota
	nfKind
	nfLabel
	nfType
	nfAliases
	nfText
	nfDate
	nfPlace
	nfURL
	nfSource
	nfArticle
	nfAttrs
)

// fastNode decodes b into n when b is a JSON object of graph.Node's
// fields in the simple form json.Marshal writes; it reports false, with
// n in an unspecified state, for anything else.
func fastNode(b []byte, n *graph.Node) bool {
	// One copy of the value, which the strings decoded are cut from:
	// one allocation per node instead of one per field.
	d := jsonReader{b: string(b)}
	var seen uint32
	ok := d.object(func(key string) bool {
		f, str := -1, (*string)(nil)
		switch key {
		case "id":
			f = nfID
			v, ok := d.str()
			n.ID = graph.ID(v)
			return ok && d.once(&seen, f)
		case "kind":
			f = nfKind
			v, ok := d.str()
			n.Kind = graph.NodeKind(v)
			return ok && d.once(&seen, f)
		case "label":
			f, str = nfLabel, &n.Label
		case "type":
			f, str = nfType, &n.Type
		case "text":
			f, str = nfText, &n.Text
		case "date":
			f, str = nfDate, &n.Date
		case "place":
			f, str = nfPlace, &n.Place
		case "url":
			f, str = nfURL, &n.URL
		case "source":
			f, str = nfSource, &n.Source
		case "article":
			f = nfArticle
			v, ok := d.str()
			n.Article = graph.ID(v)
			return ok && d.once(&seen, f)
		case "aliases":
			n.Aliases = []string{}
			ok := d.array(func() bool {
				v, ok := d.str()
				n.Aliases = append(n.Aliases, v)
				return ok
			})
			return ok && d.once(&seen, nfAliases)
		case "attrs":
			n.Attrs = map[string]string{}
			ok := d.object(func(k string) bool {
				if k == escapedKey {
					var ok bool
					if k, ok = d.str(); !ok || !d.next(':') {
						return false
					}
				}
				if _, dup := n.Attrs[k]; dup {
					return false
				}
				v, ok := d.str()
				n.Attrs[k] = v
				return ok
			})
			return ok && d.once(&seen, nfAttrs)
		default:
			return false
		}
		v, ok := d.str()
		*str = v
		return ok && d.once(&seen, f)
	})
	return ok && d.end()
}

// fastHead is fastNode for an edge head's JSON, s; h's strings are cut
// from s.
func fastHead(s string, h *edgeHead) bool {
	d := jsonReader{b: s}
	var seen uint32
	ok := d.object(func(key string) bool {
		var str *string
		var f int
		switch key {
		case "id":
			v, ok := d.str()
			h.ID = graph.ID(v)
			return ok && d.once(&seen, 0)
		case "source":
			v, ok := d.str()
			h.Source = graph.ID(v)
			return ok && d.once(&seen, 1)
		case "target":
			v, ok := d.str()
			h.Target = graph.ID(v)
			return ok && d.once(&seen, 2)
		case "class":
			v, ok := d.str()
			h.Class = graph.EdgeClass(v)
			return ok && d.once(&seen, 3)
		case "verb":
			str, f = &h.Verb, 4
		case "first":
			str, f = &h.First, 5
		case "last":
			str, f = &h.Last, 6
		case "articles":
			v, ok := d.uint()
			h.Articles = v
			return ok && d.once(&seen, 7)
		case "modality":
			v, ok := d.str()
			h.Modality = graph.Modality(v)
			return ok && d.once(&seen, 8)
		default:
			return false
		}
		v, ok := d.str()
		*str = v
		return ok && d.once(&seen, f)
	})
	return ok && d.end()
}

// jsonReader reads the subset of JSON that fastNode and fastHead
// accept. Every method reports false on anything outside it.
type jsonReader struct {
	b string
	i int
}

func (d *jsonReader) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next consumes c, after any white space.
func (d *jsonReader) next(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// peek reports whether c comes next, after any white space.
func (d *jsonReader) peek(c byte) bool {
	d.space()
	return d.i < len(d.b) && d.b[d.i] == c
}

// end reports whether only white space is left.
func (d *jsonReader) end() bool {
	d.space()
	return d.i == len(d.b)
}

// once marks field f seen, reporting false if it was already.
func (d *jsonReader) once(seen *uint32, f int) bool {
	if *seen&(1<<f) != 0 {
		return false
	}
	*seen |= 1 << f
	return true
}

// escapedKey is what object passes for a key with escape sequences. It
// is not a string a key can be, since a JSON string cannot hold an
// unescaped quote.
const escapedKey = "\""

// object reads an object, calling member for each key with the reader
// at the member's value, which member must consume. A key with escape
// sequences is passed as escapedKey with the reader still at the key,
// for member to read it with str and the colon with next, or to report
// false.
func (d *jsonReader) object(member func(key string) bool) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	for {
		at := d.i
		key, ok := d.rawStr()
		if !ok && d.escapedKey() {
			d.i, key, ok = at, escapedKey, true
		} else if !ok || !d.next(':') {
			return false
		}
		if !member(key) {
			return false
		}
		if d.next('}') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// array reads an array, calling elem for each element.
func (d *jsonReader) array(elem func() bool) bool {
	if !d.next('[') {
		return false
	}
	if d.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.next(']') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// rawStr reads a string with no escape sequences and valid UTF-8, and
// returns it cut from the input.
func (d *jsonReader) rawStr() (string, bool) {
	if !d.peek('"') {
		return "", false
	}
	start := d.i + 1
	ascii := true
	for j := start; j < len(d.b); j++ {
		c := d.b[j]
		switch {
		case c == '"':
			d.i = j + 1
			s := d.b[start:j]
			return s, ascii || utf8.ValidString(s)
		case c == '\\' || c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return "", false
}

// escapedKey reports whether rawStr, at a string, stopped at an escape
// sequence; the reader is left where rawStr left it.
func (d *jsonReader) escapedKey() bool {
	d.space()
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		return false
	}
	for j := d.i + 1; j < len(d.b); j++ {
		switch c := d.b[j]; {
		case c == '\\':
			return true
		case c == '"' || c < 0x20:
			return false
		}
	}
	return false
}

// str reads a string value. Strings with escape sequences are decoded
// when they use only the short escapes json.Marshal writes for control
// characters and quotes; \u escapes are left to encoding/json.
func (d *jsonReader) str() (string, bool) {
	if !d.peek('"') {
		return "", false
	}
	start := d.i + 1
	j := start
	for j < len(d.b) && d.b[j] != '"' && d.b[j] != '\\' && d.b[j] >= 0x20 {
		j++
	}
	if j < len(d.b) && d.b[j] == '"' {
		s := d.b[start:j]
		if !utf8.ValidString(s) {
			return "", false
		}
		d.i = j + 1
		return s, true
	}
	// An escape: copy what comes before it and decode the rest.
	buf := append(make([]byte, 0, j-start+32), d.b[start:j]...)
	for j < len(d.b) {
		c := d.b[j]
		switch {
		case c == '"':
			if !utf8.Valid(buf) {
				return "", false
			}
			d.i = j + 1
			return string(buf), true
		case c < 0x20:
			return "", false
		case c != '\\':
			buf = append(buf, c)
			j++
			continue
		}
		if j+1 >= len(d.b) {
			return "", false
		}
		switch d.b[j+1] {
		case '"', '\\', '/':
			buf = append(buf, d.b[j+1])
		case 'n':
			buf = append(buf, '\n')
		case 't':
			buf = append(buf, '\t')
		case 'r':
			buf = append(buf, '\r')
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		default: // \u, or not JSON
			return "", false
		}
		j += 2
	}
	return "", false
}

// uint reads a non-negative integer of at most 15 digits, written as
// JSON writes it (no sign, no leading zero, no fraction or exponent).
func (d *jsonReader) uint() (int, bool) {
	d.space()
	start := d.i
	v := 0
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		v = v*10 + int(d.b[d.i]-'0')
		d.i++
	}
	n := d.i - start
	if n == 0 || n > 15 || (n > 1 && d.b[start] == '0') {
		return 0, false
	}
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case '.', 'e', 'E':
			return 0, false
		}
	}
	return v, true
}
