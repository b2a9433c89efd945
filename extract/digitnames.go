package extract

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// digitWords are the letters after a number, and the words after a
// number and a hyphen, that make a measure and no name of it
// (lexicon/digit_words.txt).
var digitWords = wordList(digitWordsTxt)

//go:embed lexicon/digit_words.txt
var digitWordsTxt string

// digitName reports whether w, a token that starts with a digit, is a
// name written with a number: "4chan", "7-Eleven", "3M", "23andMe",
// "49ers". The digits must be followed by letters, either at once or
// after one hyphen and a capital; the letters must be no unit, ordinal
// or shorthand (digitWords: "10km", "2nd", "5G", "1990s") and, after a
// hyphen, no measure ("28-Point", "9-Year-Old").
func digitName(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	rest := w[i:]
	if r, n := utf8.DecodeRuneInString(rest); isHyphen(r) {
		rest = rest[n:]
		first, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(first) || strings.ContainsFunc(rest, func(r rune) bool { return isHyphen(r) || unicode.IsDigit(r) }) {
			return false
		}
		return !digitWords[strings.ToLower(rest)]
	}
	letters := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			return false // "3-2-1", "24/7"
		}
		letters++
	}
	return !digitWords[rest] && (letters >= 3 || rest != strings.ToLower(rest))
}

// currencyBefore reports whether a currency sign stands right before
// byte i of text ("$3M", "£10K").
func currencyBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.Is(unicode.Sc, r)
}

// hyphenedWord reports whether t is a hyphened word that names no
// organisation alone ("Spider-Gwen", "Jean-Claude"); a name written with
// a number may carry a hyphen ("7-Eleven").
func hyphenedWord(t token) bool {
	return strings.ContainsAny(t.text, "-\u2011") && !(t.text[0] >= '0' && t.text[0] <= '9')
}
