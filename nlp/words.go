package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordInfo holds the hashed views of one token that the tagger's and
// the parser's features are built from, computed once per sentence.
type wordInfo struct {
	text   string    // the form the models read (modelText)
	lower  uint64    // the lowercased form
	shape  uint64    // "Xxxx", "dd", "X.X." (runs of a class shortened to 4)
	pre    [3]uint64 // lowercased prefixes of 1..3 runes
	suf    [4]uint64 // lowercased suffixes of 1..4 runes
	flags  uint64    // wordFlag bits
	length uint64    // rune count, capped at 8
}

const (
	flagUpperFirst = 1 << iota
	flagAllUpper
	flagDigit
	flagHyphen
	flagPunct
	flagFirst // first token of the sentence
	flagLetter
)

// describe fills in the wordInfo of the token at position i.
func describe(t *Token, i int) wordInfo {
	form := modelText(t)
	w := wordInfo{text: form}
	w.lower = hashLower(form)
	w.shape = shapeHash(form)
	runes := 0
	upper, letters := 0, 0
	for j, r := range form {
		if runes == 0 && unicode.IsUpper(r) {
			w.flags |= flagUpperFirst
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			w.flags |= flagDigit
		case r == '-':
			w.flags |= flagHyphen
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			w.flags |= flagPunct
		}
		if runes < 3 {
			_, size := utf8.DecodeRuneInString(form[j:]) // 1 for invalid UTF-8, unlike RuneLen
			w.pre[runes] = hashLower(form[:j+size])
		}
		runes++
	}
	if letters > 0 {
		w.flags |= flagLetter
		if upper == letters && letters > 1 {
			w.flags |= flagAllUpper
		}
	}
	if i == 0 {
		w.flags |= flagFirst
	}
	for k := runes; k < 3; k++ {
		w.pre[k] = w.lower
	}
	end := len(form)
	for k := 0; k < 4; k++ {
		if end > 0 {
			_, n := utf8.DecodeLastRuneInString(form[:end])
			end -= n
		}
		w.suf[k] = hashLower(form[end:])
	}
	w.length = uint64(min(runes, 8))
	return w
}

// shapeHash hashes the word's shape: X for upper, x for lower, d for
// digit, the character itself otherwise, runs longer than 3 cut to 4.
func shapeHash(form string) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	run := 0
	for _, r := range form {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run >= 4 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// modelText returns the form the models read for a token: its Norm when
// the tokeniser set one, else its form with typographic quotes, dashes
// and ellipses mapped to the ASCII forms of UD English EWT (as the
// tokeniser's Norm does), so that tokens read from CoNLL-U files look
// like those of our own tokeniser.
func modelText(t *Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	f := t.Form
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			return normalizeForm(f)
		}
	}
	return f
}

func normalizeForm(f string) string {
	switch f {
	case "“", "”", "„", "«", "»", "″":
		return `"`
	case "‘", "’", "‚", "′":
		return "'"
	case "—", "―", "–":
		return "--"
	}
	if strings.ContainsAny(f, "’…") {
		return strings.NewReplacer("’", "'", "…", "...").Replace(f)
	}
	return f
}
