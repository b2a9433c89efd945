package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the sort of a token.
type tkind uint8

const (
	tWord   tkind = iota // letters (with inner hyphens, apostrophes, abbreviation dots)
	tNum                 // digits, possibly "20-point", "1,000"
	tPunct               // any other single character
	tOpenQ               // an opening double quote
	tCloseQ              // a closing double quote
	tOpenS               // an opening single quote
	tCloseS              // a closing single quote
	tPoss                // a possessive marker: 's, ’s, or a bare ' after s
)

// token is one word or mark of the article, with byte offsets into the
// original text.
type token struct {
	s, e  int
	text  string
	low   string
	kind  tkind
	cap   bool   // first letter upper case
	upper bool   // every letter upper case (acronyms, at least two letters)
	tight bool   // no white space before it
	wid   uint32 // the number of low among the word classes' words (wordclass.go); 0 if in none
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// tokenize splits text[s:e] into tokens and numbers their words
// (internWords). It never allocates per rune and keeps byte offsets
// into text.
func tokenize(text string, s, e int, out []token) []token {
	n0 := len(out)
	out = scanTokens(text, s, e, out)
	internWords(out[n0:])
	return out
}

// scanTokens is tokenize without the word numbers (token.wid is 0): the
// lexicons' own keys are read with it before the word classes are built.
func scanTokens(text string, s, e int, out []token) []token {
	i := s
	prevSpace := true
	lows := spanLower{text: text, s: s, e: e}
	for i < e {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			prevSpace = true
			i += w
			continue
		}
		start := i
		var t token
		switch {
		case unicode.IsLetter(r):
			j := scanWord(text, i, e)
			t = token{s: start, e: j, kind: tWord}
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(text, i, e)
			t = token{s: start, e: j, kind: tNum}
			if digitName(text[start:j]) && !currencyBefore(text, start) {
				t.kind = tWord // "4chan", "7-Eleven", "3M": a name (digitName)
			}
			i = j
		case r == '"':
			k := tCloseQ
			if prevSpace || openerBefore(text, start) {
				k = tOpenQ
			}
			t = token{s: start, e: i + w, kind: k}
			i += w
		case (r == '\'' || r == '`') && i+1 < e && text[i+1] == byte(r):
			// '' and `` stand for double quotes in some wire and
			// newspaper texts (''We won,'' she said).
			k := tCloseQ
			if r == '`' || prevSpace || openerBefore(text, start) {
				k = tOpenQ
			}
			t = token{s: start, e: i + 2, kind: k}
			i += 2
		case r == '-' && i+1 < e && text[i+1] == '-':
			// "--" (or "---") is one dash, the typewritten "—" ("Kall --
			// co-editor of … -- said"), and reads as one: its text is
			// emDash (typewrittenDash).
			j := i + 2
			for j < e && text[j] == '-' {
				j++
			}
			t = token{s: start, e: j, kind: tPunct}
			i = j
		case r == '\u201c' || r == '\u201e':
			t = token{s: start, e: i + w, kind: tOpenQ}
			i += w
		case r == '\u201d':
			// A closing mark opening a paragraph or a word (\u201dFear.)
			// is a typo for an opening one.
			k := tCloseQ
			if nr, _ := utf8.DecodeRuneInString(text[i+w:]); (i == s || prevSpace && isLineStart(text, start)) && (unicode.IsLetter(nr) || unicode.IsDigit(nr)) {
				k = tOpenQ
			}
			t = token{s: start, e: i + w, kind: k}
			i += w
		case r == '\u2018':
			t = token{s: start, e: i + w, kind: tOpenS}
			i += w
		case isApos(r):
			// A possessive after a word ending in s ("states' "), else a
			// single quote mark.
			k := tCloseS
			if prevSpace || openerBefore(text, start) {
				k = tOpenS
			} else if start > s {
				pr, _ := utf8.DecodeLastRuneInString(text[:start])
				nr, _ := utf8.DecodeRuneInString(text[i+w:])
				if (pr == 's' || pr == 'S') && !unicode.IsLetter(nr) {
					k = tPoss
				}
			}
			t = token{s: start, e: i + w, kind: k}
			i += w
		default:
			t = token{s: start, e: i + w, kind: tPunct}
			i += w
		}
		t.tight = !prevSpace
		t.text = text[t.s:t.e]
		if typewrittenDash(t.text) {
			t.text = emDash
		}
		prevSpace = false
		if t.kind == tWord {
			// Split a possessive 's off the word.
			if n := len(t.text); n > 2 {
				pr, pw := utf8.DecodeLastRuneInString(t.text[:n-1])
				if (t.text[n-1] == 's' || t.text[n-1] == 'S') && isApos(pr) {
					base := token{s: t.s, e: t.e - 1 - pw, kind: tWord, tight: t.tight}
					base.text = text[base.s:base.e]
					out = append(out, finishWord(base, &lows))
					ps := token{s: base.e, e: t.e, kind: tPoss, tight: true}
					ps.text = text[ps.s:ps.e]
					ps.low = "'s"
					out = append(out, ps)
					continue
				}
			}
			t = finishWord(t, &lows)
		} else {
			t.low = t.text
		}
		out = append(out, t)
	}
	return out
}

// isLineStart reports whether only spaces stand between the start of
// text[i]'s line and i.
func isLineStart(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

func openerBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '(', '[', '{', '\u2014', '\u2013', '\u201c', '\u2018', ':':
		return true
	}
	return unicode.IsSpace(r)
}

func finishWord(t token, lows *spanLower) token {
	t.low = lows.lower(t)
	r, _ := utf8.DecodeRuneInString(t.text)
	t.cap = unicode.IsUpper(r) || unicode.IsDigit(r) // a word that opens with a digit is a name (digitName)
	if t.cap {
		up, letters := true, 0
		for _, r := range t.text {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					up = false
					break
				}
			}
		}
		t.upper = up && letters >= 2
	}
	return t
}

// lower is strings.ToLower with a fast path for ASCII, and with the
// typographic apostrophe and hyphens made plain so lexicon keys match.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return lowerUnicode(s)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	// Lowered ASCII holds none of the marks lowerUnicode replaces.
	return strings.ToLower(s)
}

// lowerUnicode is lower for a word with a rune past ASCII.
func lowerUnicode(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "\u2019\u2010\u2011") {
		s = plainMarks.Replace(s)
	}
	return s
}

// plainMarks makes the typographic apostrophe and hyphens plain.
var plainMarks = strings.NewReplacer("\u2019", "'", "\u2010", "-", "\u2011", "-")

// scanWord reads a word from i: letters and digits, inner apostrophes,
// hyphens between two lower-case letters ("son-in-law", "de-escalation"),
// and dotted abbreviations ("U.S.", "U.K.", "e.g.").
func scanWord(text string, i, e int) int {
	start := i
	// Dotted abbreviation: single letters each followed by a dot.
	if j, ok := scanDotted(text, i, e); ok {
		return j
	}
	for i < e {
		if c := text[i]; asciiLetter(c) || '0' <= c && c <= '9' {
			i++ // the first case below, without decoding
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || mojibakeTail(text[start:i], r):
			i += w
		case isApos(r) && i > start:
			nr, _ := utf8.DecodeRuneInString(text[i+w:])
			if !unicode.IsLetter(nr) {
				if glottalWordEnd(text[start:i]) {
					return i + w // "Q'eqchi'", "K'iche'" (hyphen_backers.go)
				}
				return i
			}
			i += w
		case isHyphen(r) && i > start:
			pr, _ := utf8.DecodeLastRuneInString(text[:i])
			nr, nw := utf8.DecodeRuneInString(text[i+w:])
			if nw == 0 || !unicode.IsLetter(nr) && !unicode.IsDigit(nr) {
				return i
			}
			if unicode.IsUpper(nr) || unicode.IsUpper(pr) && !unicode.IsLower(nr) {
				return i
			}
			if unicode.IsUpper(pr) && i-start > 1 {
				// "Trump-appointed", "US-backed": split at the hyphen.
				return i
			}
			i += w
		default:
			return i
		}
	}
	return i
}

func scanDotted(text string, i, e int) (int, bool) {
	j := i
	n := 0
	for j < e {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || j+w >= e || text[j+w] != '.' {
			break
		}
		// The letter must stand alone: not preceded by a letter in this
		// run (checked by construction) and followed by the dot.
		j += w + 1
		n++
		if j < e {
			r2, _ := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			// Next letter must itself be followed by a dot.
			_, w2 := utf8.DecodeRuneInString(text[j:])
			if j+w2 >= e || text[j+w2] != '.' {
				break
			}
		}
	}
	if n >= 2 {
		return j, true
	}
	return i, false
}

func scanNumber(text string, i, e int) int {
	for i < e {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsDigit(r):
			i += w
		case (r == '.' || r == ',') && i+1 < e && text[i+1] >= '0' && text[i+1] <= '9':
			i += w
		case isHyphen(r) && i+w < e:
			// "20-point", "24/7" stays split; "28-point" is one token.
			nr, _ := utf8.DecodeRuneInString(text[i+w:])
			if !unicode.IsLetter(nr) && !unicode.IsDigit(nr) {
				return i
			}
			i += w
			for i < e {
				r, w := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isHyphen(r) {
					break
				}
				i += w
			}
			return i
		case unicode.IsLetter(r):
			// "2nd", "30th", "5G"
			i += w
		default:
			return i
		}
	}
	return i
}

// sentence is a run of tokens [a, b) with the byte span [s, e) it covers.
type sentence struct {
	a, b int
	s, e int
	line int // index of the line it lies on
}

// abbreviations are words that end with a dot without ending a sentence.
var abbreviations = set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cmdr",
	"gov", "sen", "rep", "st", "jr", "sr", "prof", "no", "vs", "jan", "feb", "apr", "aug",
	"sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "fig", "approx", "est",
	"adm", "maj", "rev", "hon", "pres", "dept", "univ", "mt", "ft", "del", "atty", "supt",
	"sens", "reps", "govs") // plural titles: "Sens. X, Y and Z said"
var abbreviationsClass = classOf(abbreviations)

// sentenceStarters are capitalised words that show a dotted abbreviation
// ("U.S.") ended its sentence.
var sentenceStarters = set("the", "he", "she", "it", "they", "we", "i", "but", "in", "on",
	"a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
	"meanwhile", "however", "earlier", "later", "after", "before", "as", "at", "and",
	"since", "while", "when", "some", "many", "officials", "there")
var sentenceStartersClass = classOf(sentenceStarters)

// splitSentences splits the tokens of one line into sentences, none
// longer than maxSentenceTokens (appendSentence).
func splitSentences(toks []token, a, b int, line int, out []sentence) []sentence {
	start := a
	depth := 0 // open double quotes
	for i := a; i < b; i++ {
		t := &toks[i]
		switch t.kind {
		case tOpenQ:
			depth++
			continue
		case tCloseQ:
			if depth > 0 {
				depth--
			}
			continue
		}
		end := false
		switch {
		case t.kind == tPunct && (t.text == "!" || t.text == "?" || t.text == "\u2026"):
			end = true
		case t.kind == tPunct && t.text == ".":
			end = true
			if i > a {
				p := toks[i-1]
				if p.kind == tWord && !t.tight {
					break
				}
				if p.kind == tWord && (p.is(abbreviationsClass) || (len(p.text) == 1 && p.cap)) {
					// "Mr. Smith", "Donald J. Trump": not an end unless
					// nothing follows.
					end = i+1 >= b
				}
			}
		case t.kind == tWord && strings.HasSuffix(t.text, ".") && strings.Count(t.text, ".") >= 2:
			// "U.S." ends a sentence when a typical sentence opener follows.
			if i+1 >= b {
				end = true
			} else if n := toks[i+1]; n.kind == tWord && n.cap && n.is(sentenceStartersClass) && !n.tight {
				end = true
			}
		}
		if !end {
			continue
		}
		// Take closing quotes and brackets with the sentence.
		j := i + 1
		for j < b && (toks[j].kind == tCloseQ || toks[j].kind == tCloseS || toks[j].text == ")" || toks[j].text == "*") && toks[j].tight {
			if toks[j].kind == tCloseQ && depth > 0 {
				depth--
			}
			j++
		}
		if j < b {
			n := toks[j]
			if !(n.cap || n.kind == tOpenQ || n.kind == tOpenS || n.kind == tNum || n.text == "-" || n.text == "\u2013" || n.text == "\u2014") {
				continue
			}
		}
		out = appendSentence(toks, out, sentence{a: start, b: j, s: toks[start].s, e: toks[j-1].e, line: line})
		start = j
		i = j - 1
	}
	if start < b {
		out = appendSentence(toks, out, sentence{a: start, b: b, s: toks[start].s, e: toks[b-1].e, line: line})
	}
	return out
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// mojibakeTail reports whether rune r, after the word so far, continues
// a letter whose UTF-8 bytes were read as Latin-1 or Windows-1252
// ("FranÃ§ois" for "François", "Ã©" for "é"): a lead "Ã" or "Â"
// (also decomposed, "A" and a combining mark) then a control, a symbol
// or a punctuation mark of U+0080-U+00BF. The word
// stays one token, not a name cut at the symbol.
func mojibakeTail(word string, r rune) bool {
	if r < 0x80 || r > 0xBF || word == "" {
		return false
	}
	p, n := utf8.DecodeLastRuneInString(word)
	if p == '\u0303' || p == '\u0302' {
		p, _ = utf8.DecodeLastRuneInString(word[:len(word)-n]) // decomposed: "A" and a combining tilde
		return p == 'A'
	}
	return p == 'Ã' || p == 'Â'
}

// emDash is the text of a dash token, whichever way it was written.
const emDash = "\u2014"

// typewrittenDash reports whether a punctuation token's text is the
// typewritten dash "--" or "---" that scanTokens makes one token: news
// typed in ASCII writes it for "—" ("SEOUL, March 9 (Yonhap) -- …",
// "Kall -- co-editor of … -- said"), and every rule that knows "—"
// reads it so.
func typewrittenDash(s string) bool {
	return len(s) >= 2 && strings.Trim(s, "-") == ""
}
