package nlp

import (
	"strings"
	"unicode/utf8"
)

// isGivenName reports whether word w is a given name of
// data/given_names.txt, read without case and without the accents of
// Latin letters ("Benoît", "Ángel" and "José" as benoit, angel, jose),
// since the list, like most news in English, writes names both ways.
func isGivenName(w string) bool {
	w = strings.ToLower(w)
	return givenNames[w] || givenNames[withoutAccents(w)]
}

// withoutAccents returns lower-case w with the accented Latin letters
// of European names replaced by their base letters; w itself when it is
// ASCII.
func withoutAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.Map(func(r rune) rune {
		if b, ok := baseLetter[r]; ok {
			return b
		}
		return r
	}, w)
}

// baseLetter maps lower-case accented Latin letters to their base
// letter.
var baseLetter = func() map[rune]rune {
	out := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćčĉ", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ğĝģ",
		'i': "ìíîïīįı", 'l': "łľļ", 'n': "ñńňņ", 'o': "òóôõöøōő", 'r': "řŕ",
		's': "śšşș", 't': "ťţț", 'u': "ùúûüūůűų", 'y': "ýÿ", 'z': "źžż",
	} {
		for _, r := range accented {
			out[r] = base
		}
	}
	return out
}()
