package extract

import "strings"

// The rules of names split a name into its words and look words up in
// lower case many times an article (strings.Fields and strings.ToLower
// were a quarter of extraction's allocations). fieldsIn splits into a
// caller's small array, and lowerIn looks a word up lowered in a buffer
// on the stack, so that neither allocates for a name of a few ASCII
// words; what they return is what strings.Fields and a lookup of
// strings.ToLower return (TestNameWordsAsStrings).

// fieldsIn appends to dst the words of s as strings.Fields splits them.
// Called with an array of the caller's (var buf [8]string;
// fieldsIn(buf[:0], s)), a name of up to len(buf) words needs no
// allocation, as long as the caller keeps no word list beyond the call.
func fieldsIn(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}

// lowerIn returns m[strings.ToLower(s)]; an ASCII s of up to 64 bytes is
// lowered in a buffer on the stack instead of a new string.
func lowerIn[V any](m map[string]V, s string) V {
	var buf [64]byte
	if b, ok := lowerASCII(&buf, s); ok {
		return m[string(b)]
	}
	return m[strings.ToLower(s)]
}

// lowerASCII writes strings.ToLower(s) into buf when s is ASCII and fits;
// ok is false otherwise.
func lowerASCII(buf *[64]byte, s string) (low []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// formOfWords returns m[formKey(strings.Join(w, " "))]. When the joined
// words are ASCII letters with single spaces between them (asciiWords),
// formKey lowers them, and they are joined and lowered in a buffer on
// the stack instead.
func formOfWords[V any](m map[string]V, w []string) V {
	var buf [64]byte
	n := 0
	for k, x := range w {
		if k > 0 {
			if n == len(buf) {
				return m[formKey(strings.Join(w, " "))]
			}
			buf[n] = ' '
			n++
		}
		if n+len(x) > len(buf) {
			return m[formKey(strings.Join(w, " "))]
		}
		n += copy(buf[n:], x)
	}
	if n == 0 || buf[0] == ' ' || buf[n-1] == ' ' {
		return m[formKey(strings.Join(w, " "))]
	}
	for i := 0; i < n; i++ {
		switch c := buf[i]; {
		case asciiLetter(c):
			buf[i] = c | 0x20
		case c == ' ' && buf[i-1] != ' ':
		default:
			return m[formKey(strings.Join(w, " "))]
		}
	}
	return m[string(buf[:n])]
}
