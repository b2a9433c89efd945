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
