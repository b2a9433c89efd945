package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into sentences of Universal Dependencies words,
// as UD English EWT tokenises: "don't" is do n't, "Russia's" is Russia 's,
// punctuation stands alone, abbreviations ("Mr.", "U.S.") keep their
// period, numbers ("3.5", "1,000"), URLs and e-mail addresses stay whole,
// and hyphenated compounds are split ("search - engine") except after a
// bound prefix ("non-white", "e-mail") and in phone numbers.
//
// Every token keeps its byte span: text[t.Start:t.End] == t.Form. Norm is
// set where the models expect another form (“ → ", — → --). The tokens
// are unparsed (Head -1). Sentences end at terminal punctuation (with the
// closing quotes and brackets that follow it), at blank lines, and at a
// line break after a line without a full stop (a headline); a run longer
// than MaxSentenceTokens is cut at its best breaks. Invalid UTF-8
// never panics: a bad byte becomes a one-byte symbol token.
func Tokenize(text string) []Sentence {
	tz := tokenizer{text: text, toks: make([]Token, 0, len(text)/5+4)}
	tz.run()
	return tz.sentences()
}

// tokenizer holds the state of one Tokenize call.
type tokenizer struct {
	text   string
	toks   []Token
	starts []int // indexes into toks where a sentence begins (after the first)

	// State about the last emitted token, used to decide whether a
	// sentence boundary falls before the next one.
	terminal    bool // the last token ends a sentence unless what follows says otherwise
	closed      bool // a closing quote or bracket followed the terminal punctuation
	ellipsis    bool // the terminal punctuation is an ellipsis
	weakStop    bool // the last token is an abbreviation that may end a sentence
	gapLines    int  // line breaks in the whitespace before the next token
	lineHasStop bool // the line of the last token contains terminal punctuation
}

// run splits the text into whitespace-delimited chunks and tokenises each.
func (tz *tokenizer) run() {
	text := tz.text
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c == '\n' {
					tz.gapLines++
				}
				i++
				continue
			}
		} else if r, sz := utf8.DecodeRuneInString(text[i:]); isSpace(r) {
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				tz.gapLines++
			}
			i += sz
			continue
		}
		j := i + 1
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, sz := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += sz
		}
		tz.chunk(i, j)
		i = j
	}
	if n := len(tz.toks); n > 0 {
		tz.toks[n-1].SpaceAfter = tz.toks[n-1].End < len(text)
	}
}

// sentences cuts the token slice at the recorded boundaries, and a
// sentence longer than MaxSentenceTokens at its best breaks. The
// sentences share one backing array; each slice is capped so that an
// append to one cannot overwrite the next.
func (tz *tokenizer) sentences() []Sentence {
	if len(tz.toks) == 0 {
		return nil
	}
	out := make([]Sentence, 0, len(tz.starts)+1)
	from := 0
	cut := func(to int) {
		ts := tz.toks[from:to:to]
		out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
		from = to
	}
	cutLong := func(to int) {
		for _, c := range splitLongRun(tz.toks, from, to) {
			cut(c)
		}
		cut(to)
	}
	for _, s := range tz.starts {
		cutLong(s)
	}
	cutLong(len(tz.toks))
	return out
}

// emit appends the token text[start:end] with the given normalised form
// and decides whether a sentence boundary falls before it.
func (tz *tokenizer) emit(start, end int, norm string) {
	form := tz.text[start:end]
	glued := false
	if n := len(tz.toks); n > 0 {
		prev := &tz.toks[n-1]
		glued = start == prev.End
		prev.SpaceAfter = !glued
		if !glued && tz.boundaryBefore(form) || glued && tz.gluedBoundary(prev.Form, form) {
			tz.starts = append(tz.starts, n)
		}
	}
	if tz.gapLines > 0 {
		tz.lineHasStop = false
		tz.gapLines = 0
	}
	tz.toks = append(tz.toks, Token{Form: form, Norm: norm, Start: start, End: end, Head: -1})
	switch {
	case isTerminal(form):
		tz.terminal, tz.weakStop, tz.lineHasStop = true, false, true
		tz.closed, tz.ellipsis = false, len(form) > 1 && (form[0] == '.' || form[0] == 0xE2)
	case tz.terminal && glued && isCloser(form):
		// A closing quote or bracket glued to terminal punctuation
		// belongs to the sentence it closes.
		tz.closed = true
	case tz.terminal && emoticonLen(form) == len(form):
		// "Thanks! :)" ends after the emoticon.
	default:
		tz.terminal = false
		tz.weakStop = isWeakStop(form)
	}
}

// boundaryBefore reports whether a sentence starts at the token form,
// given the whitespace before it and the tokens before it.
func (tz *tokenizer) boundaryBefore(form string) bool {
	if tz.gapLines >= 2 {
		return true // a blank line: a new paragraph
	}
	first, _ := utf8.DecodeRuneInString(form)
	if tz.terminal {
		if !startsWord(first) {
			return false // more punctuation (". . .", ":)") stays with the sentence
		}
		// A lowercase word after a bare full stop, question or
		// exclamation mark still starts a sentence (web text writes
		// so); after a closing quote ("Why?" he asked) or an ellipsis
		// it continues the sentence.
		return !unicode.IsLower(first) || tz.gapLines > 0 || !tz.closed && !tz.ellipsis
	}
	if tz.weakStop {
		return unicode.IsUpper(first) && startsSentence(form)
	}
	if tz.gapLines == 1 && !tz.lineHasStop {
		// A line without a full stop followed by a capitalised one: a
		// headline, a dateline or a list item.
		last := tz.toks[len(tz.toks)-1].Form
		return unicode.IsUpper(first) && !isContinuation(last)
	}
	return false
}

// startsWord reports whether a token starting with r can begin a
// sentence: a letter, a digit, an opening quote or bracket.
func startsWord(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '“', '‘', '«', '¿', '¡', '$', '£', '€', '#', '@', '*', '•', '-':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gluedBoundary reports whether a sentence starts at form although no
// space precedes it: a full stop, then a capitalised word, as scraped
// text glues them ("the invasion.Kyiv said").
func (tz *tokenizer) gluedBoundary(prev, form string) bool {
	return tz.terminal && prev == "." && len(form) >= 2 && isUpperByte(form[0]) && 'a' <= form[1] && form[1] <= 'z'
}

// chunk tokenises the whitespace-free run text[s:e].
func (tz *tokenizer) chunk(s, e int) {
	text := tz.text
	i := s
	// Opening punctuation before a URL or an e-mail address.
	for i < e && isOpenerByte(text, i) {
		i = tz.punct(i, e)
	}
	if j := urlEnd(text, i, e); j > i {
		tz.emit(i, j, "")
		i = j
	}
	for i < e {
		r, sz := utf8.DecodeRuneInString(text[i:e])
		if isWordRune(r) {
			i = tz.word(i, e)
			continue
		}
		if r == utf8.RuneError && sz == 1 {
			tz.emit(i, i+1, "")
			i++
			continue
		}
		i = tz.punct(i, e)
	}
}

// punct emits the punctuation or symbol token at text[i:] and returns
// the position after it: runs of terminal punctuation ("?!", "..."),
// runs of one repeated symbol ("--", "**", "!!!"), emoticons, quotes
// (a doubled backquote or apostrophe is one token) and single symbols.
func (tz *tokenizer) punct(i, e int) int {
	text := tz.text
	if n := emoticonLen(text[i:e]); n > 0 {
		tz.emit(i, i+n, "")
		return i + n
	}
	r, sz := utf8.DecodeRuneInString(text[i:e])
	switch r {
	case '.', '!', '?', '…':
		j := i + sz
		for j < e {
			r2, sz2 := utf8.DecodeRuneInString(text[j:e])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += sz2
		}
		norm := ""
		if strings.ContainsRune(text[i:j], '…') {
			norm = strings.ReplaceAll(text[i:j], "…", "...")
		}
		tz.emit(i, j, norm)
		return j
	case '“', '”', '„', '«', '»', '″':
		tz.emit(i, i+sz, `"`)
		return i + sz
	case '‘', '’', '‚', '′':
		tz.emit(i, i+sz, "'")
		return i + sz
	case '—', '―':
		tz.emit(i, i+sz, "--")
		return i + sz
	case '–':
		// An en dash between digits is a range ("1990–95"); elsewhere a dash.
		if i > 0 && isDigitByte(text[i-1]) && i+sz < e && isDigitByte(text[i+sz]) {
			tz.emit(i, i+sz, "-")
		} else {
			tz.emit(i, i+sz, "--")
		}
		return i + sz
	case '`', '\'':
		if i+1 < e && text[i+1] == text[i] {
			tz.emit(i, i+2, `"`)
			return i + 2
		}
		norm := ""
		if r == '`' {
			norm = "'"
		}
		tz.emit(i, i+1, norm)
		return i + 1
	case '"', '(', ')', '[', ']', '{', '}', ',', ';', '%', '#', '@', '&', '/', '\\', '£', '€', '¥':
		tz.emit(i, i+sz, "")
		return i + sz
	}
	// Other symbols: a run of the same one is a token ("--", "***", ">>").
	j := i + sz
	for j < e {
		r2, sz2 := utf8.DecodeRuneInString(text[j:e])
		if r2 != r || (r == utf8.RuneError && sz2 == 1) {
			break
		}
		j += sz2
	}
	if r == utf8.RuneError && sz == 1 {
		j = i + 1
	}
	tz.emit(i, j, "")
	return j
}

// word emits the word that starts at text[i] (a letter or digit) and
// returns the position after it. The word runs over letters, digits and
// the connectors that stay inside words ("3.5", "1,000", "U.S", "AT&T",
// "10:30", "e-mail", "don't"); the splits UD makes inside it (hyphens,
// contractions) and the period of an abbreviation are decided here.
func (tz *tokenizer) word(i, e int) int {
	j := scanWord(tz.text, i, e)
	// A following period belongs to the word when the word is an
	// abbreviation or an initial and the period is not an ellipsis.
	if j < e && tz.text[j] == '.' && (j+1 == e || tz.text[j+1] != '.') &&
		(isAbbreviation(tz.text[i:j]) || isNumberSign(tz.text, i, j)) {
		j++
	}
	tz.splitHyphens(i, j)
	return j
}

// isNumberSign reports whether text[i:j] is "No" before a number
// ("No. 5"), where the period is part of the abbreviation.
func isNumberSign(text string, i, j int) bool {
	if text[i:j] != "No" && text[i:j] != "no" {
		return false
	}
	k := j + 1
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return k > j+1 && k < len(text) && isDigitByte(text[k])
}

// splitHyphens emits the word text[s:e], split at the hyphens UD splits.
func (tz *tokenizer) splitHyphens(s, e int) {
	text := tz.text
	hyphens := strings.Count(text[s:e], "-")
	if hyphens == 0 {
		tz.contractions(s, e)
		return
	}
	from, seg := s, s // the next word starts at from; the segment before the hyphen at seg
	for k := s + 1; k < e-1; k++ {
		if text[k] != '-' {
			continue
		}
		next := strings.IndexByte(text[k+1:e], '-')
		if next < 0 {
			next = e
		} else {
			next += k + 1
		}
		if keepHyphen(text[seg:k], text[k+1:next], hyphens) {
			seg = k + 1
			continue
		}
		seg = k + 1
		tz.contractions(from, k)
		tz.emit(k, k+1, "")
		from = k + 1
	}
	tz.contractions(from, e)
}

// contractions emits text[s:e], splitting off the clitics UD EWT
// splits: n't, 's, 'm, 're, 've, 'll, 'd (with ’ as well), the
// apostrophe-less forms of the web ("dont", "cant") and "cannot",
// "gonna", "wanna", "gotta".
func (tz *tokenizer) contractions(s, e int) {
	w := tz.text[s:e]
	if cut := unitCut(w); cut > 0 {
		tz.emitWord(s, s+cut)
		tz.emitWord(s+cut, e)
		return
	}
	if cut := cliticCut(w); cut > 0 && cut < len(w) {
		tz.emitWord(s, s+cut)
		tz.emitWord(s+cut, e)
		return
	}
	tz.emitWord(s, e)
}

// emitWord emits a word with its normalised form: ’ in a word is '.
func (tz *tokenizer) emitWord(s, e int) {
	w := tz.text[s:e]
	norm := ""
	if strings.Contains(w, "’") {
		norm = strings.ReplaceAll(w, "’", "'")
	}
	tz.emit(s, e, norm)
}

// scanWord returns the end of the word that starts at text[i].
func scanWord(text string, i, e int) int {
	j := i
	for j < e {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiAlnum[c] {
				j++
				continue
			}
			if j > i && j+1 < e && connects(text, i, j, e) {
				j++
				continue
			}
			return j
		}
		r, sz := utf8.DecodeRuneInString(text[j:e])
		if isWordRune(r) || (unicode.Is(unicode.Mn, r) && j > i) {
			j += sz
			continue
		}
		if r == '’' && j > i && j+sz < e && isLetterAt(text, j+sz, e) {
			j += sz
			continue
		}
		return j
	}
	return j
}

// connects reports whether the ASCII connector text[j] inside a word
// (between text[j-1] and text[j+1]) stays in the word.
func connects(text string, i, j, e int) bool {
	prev, next := text[j-1], text[j+1]
	switch text[j] {
	case '.':
		// "3.5", "U.S", "example.com"; not a full stop glued to the
		// capitalised word after it ("invasion.Kyiv", "U.S.Envoys").
		return asciiAlnum[prev] && asciiAlnum[next] &&
			!(isUpperByte(next) && j+2 < e && 'a' <= text[j+2] && text[j+2] <= 'z' &&
				(j-3 >= i && asciiLetters(text[j-3:j]) || j-2 >= i && text[j-2] == '.' && isUpperByte(prev)) &&
				!isDomainSuffix(text[j+1:e]))
	case ',':
		// Thousands: "1,000" but not "1,2" or "1,2345".
		return isDigitByte(prev) && j+3 < e && isDigitByte(next) &&
			isDigitByte(text[j+2]) && isDigitByte(text[j+3]) && (j+4 >= e || !isDigitByte(text[j+4]))
	case '\'':
		return isLetterAt(text, j+1, e) && j > i
	case '-', '_':
		return asciiAlnum[prev] && (asciiAlnum[next] || next >= utf8.RuneSelf && isLetterAt(text, j+1, e))
	case '/':
		// Dates ("11/28/2000") and the short forms "b/c", "w/o".
		return isDigitByte(prev) && isDigitByte(next) ||
			j == i+1 && isLetterAt(text, i, e) && isLetterAt(text, j+1, e) && (j+2 >= e || !asciiAlnum[text[j+2]])
	case ':':
		return isDigitByte(prev) && isDigitByte(next)
	case '&':
		return isUpperByte(prev) && isUpperByte(next)
	}
	return false
}

// isDomainSuffix reports whether s starts with a top-level domain
// written capitalised ("Com" in "Newsfeed.Com").
func isDomainSuffix(s string) bool {
	n := 0
	for n < len(s) && n < 4 && asciiAlnum[s[n]] {
		n++
	}
	if n < len(s) && asciiAlnum[s[n]] {
		return false
	}
	switch strings.ToLower(s[:n]) {
	case "com", "org", "net", "gov", "edu", "info", "biz":
		return true
	}
	return false
}

// keepHyphen reports whether a hyphen between the segments left and
// right of a word with the given number of hyphens stays inside it. EWT
// keeps the hyphen after bound prefixes ("non-", "e-", "mid-") and
// inside phone numbers and codes ("713-853-3989", "B-29s"); it splits
// all others.
func keepHyphen(left, right string, hyphens int) bool {
	if len(left) <= 7 && hyphenPrefixes[strings.ToLower(left)] {
		return true
	}
	if allDigits(left) && allDigits(right) {
		// Phone numbers, extensions and dates keep their hyphens;
		// ranges ("1990-1995", "5-10") split.
		return hyphens >= 2 || (len(left) <= 3 && len(right) == 4)
	}
	// A single capital letter before digits: a model or a code ("B-29s").
	return len(left) == 1 && isUpperByte(left[0]) && right != "" && isDigitByte(right[0])
}

// cliticCut returns where the clitic of word w starts, or 0 when w has
// none: before n't, 's, 'm, 'd, 're, 've, 'll (with ’ too), or inside
// one of the fusedForms.
func cliticCut(w string) int {
	n := len(w)
	for k := n - 2; k >= 1 && k >= n-5; k-- {
		var tail string
		switch {
		case w[k] == '\'':
			tail = w[k+1:]
		case w[k] == 0xE2 && k+3 <= n && w[k:k+3] == "’":
			tail = w[k+3:]
		default:
			continue
		}
		switch {
		case equalASCIIFold(tail, "t") && (w[k-1] == 'n' || w[k-1] == 'N') && k >= 2:
			return k - 1
		case equalASCIIFold(tail, "s"), equalASCIIFold(tail, "m"), equalASCIIFold(tail, "d"),
			equalASCIIFold(tail, "re"), equalASCIIFold(tail, "ve"), equalASCIIFold(tail, "ll"):
			return k
		}
		return 0
	}
	if n < 2 || n > 8 {
		return 0
	}
	var buf [8]byte
	for k := 0; k < n; k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return fusedForms[string(buf[:n])] // the conversion does not allocate
}

// equalASCIIFold reports whether s equals the lowercase ASCII word low,
// ignoring the case of s.
func equalASCIIFold(s, low string) bool {
	if len(s) != len(low) {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[k] {
			return false
		}
	}
	return true
}

// unitCut returns where the unit of a number written with its unit
// starts ("10am", "221bn", "5km" are 10 am, 221 bn, 5 km in UD), or 0.
// Ordinals ("21st") and decades ("1970s") stay whole.
func unitCut(w string) int {
	if w == "" || !isDigitByte(w[0]) {
		return 0
	}
	k := 1
	for k < len(w) && (isDigitByte(w[k]) || (w[k] == '.' || w[k] == ',') && k+1 < len(w) && isDigitByte(w[k+1])) {
		k++
	}
	if k == len(w) || len(w)-k > 3 {
		return 0
	}
	var buf [3]byte
	for n := 0; n < len(w)-k; n++ {
		c := w[k+n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	if unitSuffixes[string(buf[:len(w)-k])] {
		return k
	}
	return 0
}

// unitSuffixes are the units and multipliers written after a number.
var unitSuffixes = map[string]bool{
	"am": true, "pm": true, "m": true, "k": true, "b": true, "bn": true, "mn": true, "tn": true,
	"mm": true, "cm": true, "km": true, "kg": true, "mg": true, "g": true, "lb": true, "lbs": true,
	"oz": true, "ft": true, "mph": true, "kph": true, "hz": true, "khz": true, "mhz": true, "ghz": true,
	"kb": true, "mb": true, "gb": true, "tb": true, "kw": true, "mw": true, "gw": true, "kwh": true,
	"ml": true, "x": true, "c": true, "f": true, "h": true, "hr": true, "hrs": true, "min": true,
	"yr": true, "yrs": true, "sec": true,
}

// fusedForms are words written without the apostrophe or without a
// space, which EWT splits; the value is where the second word starts.
var fusedForms = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3,
	"dont": 2, "wont": 2, "cant": 2, "didnt": 3, "doesnt": 4, "isnt": 2,
	"wasnt": 3, "arent": 3, "werent": 4, "havent": 4, "hasnt": 3, "hadnt": 3,
	"couldnt": 5, "wouldnt": 5, "shouldnt": 6, "aint": 2,
	"im": 1, "ive": 1, "youre": 3, "theyre": 4, "thats": 4,
}

// hyphenPrefixes are the bound prefixes after which EWT keeps a hyphen
// inside the word.
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "mid": true, "pre": true, "anti": true, "re": true,
	"post": true, "co": true, "over": true, "multi": true, "pro": true, "ex": true,
	"sub": true, "vice": true, "semi": true, "un": true, "inter": true, "extra": true,
	"psycho": true, "mis": true, "de": true, "bi": true, "counter": true, "neo": true, "pseudo": true,
	"quasi": true, "ultra": true, "intra": true, "trans": true, "micro": true,
}

// isAbbreviation reports whether w followed by a period is one
// abbreviation token: an initial ("J."), a dotted acronym ("U.S",
// "e.g", "a.m"), or a listed abbreviation ("Mr", "Jan", "Gen", "etc").
func isAbbreviation(w string) bool {
	if len(w) == 1 {
		return isUpperByte(w[0]) // an initial
	}
	if strings.IndexByte(w, '.') > 0 {
		// Dotted acronyms: every part one or two letters.
		for part := range strings.SplitSeq(w, ".") {
			if len(part) == 0 || len(part) > 2 || !asciiLetters(part) {
				return false
			}
		}
		return true
	}
	_, ok := abbreviations[w]
	return ok
}

// abbreviations are the words EWT writes with their period as one
// token. The value says whether the abbreviation often ends a sentence
// (then a capitalised word after it starts a new one).
var abbreviations = map[string]bool{
	"Mr": false, "Mrs": false, "Ms": false, "Dr": false, "Drs": false, "Prof": false, "St": false,
	"PS": false, "Pvt": false,
	"Sr": true, "Jr": true, "Gen": false, "Lt": false, "Col": false, "Maj": false,
	"Capt": false, "Sgt": false, "Cpl": false, "Adm": false, "Gov": false, "Sen": false,
	"Rep": false, "Reps": false, "Rev": false, "Hon": false, "Pres": false, "Supt": false,
	"Ft": false, "Mt": false, "Blvd": false, "Ave": false, "Rd": false,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Dept": false,
	"Jan": false, "Feb": false, "Mar": false, "Apr": false, "Jun": false, "Jul": false,
	"Aug": false, "Sep": false, "Sept": false, "Oct": false, "Nov": false, "Dec": false,
	"Tue": false, "Tues": false, "Thu": false, "Thur": false, "Thurs": false, "Fri": false,
	"Nos": false, "Vol": false, "Fig": false, "Ph": false,
	"vs": false, "Vs": false, "ca": false, "etc": true, "Etc": true, "approx": false, "cf": false,
	"esp": false, "ext": false, "fig": false, "vol": false, "al": true,
	"mins": false, "hrs": false, "yrs": false, "oz": false, "lbs": false,
	"Ala": false, "Ariz": false, "Ark": false, "Calif": false, "Colo": false, "Conn": false,
	"Fla": false, "Ga": false, "Kan": false, "Ky": false, "Md": false, "Mich": false,
	"Minn": false, "Mont": false, "Neb": false, "Nev": false, "Okla": false,
	"Tenn": false, "Tex": false, "Va": false, "Vt": false, "Wis": false, "Wyo": false,
}

// isWeakStop reports whether the token is an abbreviation that often
// ends a sentence ("Inc.", "etc.", "U.S."): a capitalised sentence
// starter after it begins a new sentence.
func isWeakStop(form string) bool {
	if len(form) == 2 && isUpperByte(form[0]) && form[1] == '.' {
		return true // an initial, or a letter ending a sentence ("Plan B.")
	}
	if len(form) < 3 || form[len(form)-1] != '.' {
		return false
	}
	w := form[:len(form)-1]
	if strings.IndexByte(w, '.') > 0 {
		return true // "U.S.", "a.m."
	}
	return abbreviations[w]
}

// startsSentence reports whether a capitalised word after a weak stop
// begins a sentence: the function words that open most sentences.
func startsSentence(form string) bool {
	switch form {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
		"That", "These", "Those", "There", "But", "And", "In", "On", "At", "If",
		"When", "What", "Its", "His", "Her", "Their", "Our", "My", "As", "So":
		return true
	}
	return false
}

// isTerminal reports whether a punctuation token ends a sentence.
func isTerminal(form string) bool {
	if form == "" {
		return false
	}
	switch form[len(form)-1] {
	case '.', '!', '?':
		return form[0] == '.' || form[0] == '!' || form[0] == '?'
	}
	return strings.HasSuffix(form, "…") && strings.HasPrefix(form, "…")
}

// isCloser reports whether the token closes a quotation or a bracket.
func isCloser(form string) bool {
	switch form {
	case `"`, "'", "''", ")", "]", "}", "”", "’", "»":
		return true
	}
	return false
}

// isContinuation reports whether a line ending in form continues on the
// next line (no headline break after it).
func isContinuation(form string) bool {
	switch form {
	case ",", ";", ":", "-", "--", "—", "–", "(", "and", "or", "the", "a", "of", "to":
		return true
	}
	return false
}

// emoticonLen returns the length of the emoticon at the start of s, or 0.
func emoticonLen(s string) int {
	if len(s) < 2 || (s[0] != ':' && s[0] != ';' && s[0] != '=') {
		return 0
	}
	for _, e := range [...]string{":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":p", "=)", ":/"} {
		if strings.HasPrefix(s, e) && (len(s) == len(e) || !asciiAlnum[s[len(e)]]) {
			if e == ":/" && len(s) > 2 && s[2] == '/' {
				return 0
			}
			return len(e)
		}
	}
	return 0
}

// urlEnd returns the end of the URL or e-mail address that starts at
// text[i] within text[i:e], without the punctuation that closes a
// sentence or a bracket after it; or i when none starts there.
func urlEnd(text string, i, e int) int {
	s := text[i:e]
	isURL := hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") ||
		hasPrefixFold(s, "ftp://") || hasPrefixFold(s, "www.")
	if !isURL && !isEmail(s) {
		return i
	}
	j := e
	paren := strings.IndexByte(s, '(') >= 0 // a URL's own brackets keep its closing one
	for j > i {
		c := text[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
			c == '"' || c == '\'' || c == '>' || (c == ')' && !paren) || c == ']' {
			j--
			continue
		}
		if r, sz := utf8.DecodeLastRuneInString(text[i:j]); r == '”' || r == '’' {
			j -= sz
			continue
		}
		break
	}
	return j
}

// isEmail reports whether s starts with an e-mail address: letters or
// digits, an @, a domain with a dot.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at > 64 {
		return false
	}
	for k := 0; k < at; k++ {
		c := s[k]
		if !asciiAlnum[c] && c != '.' && c != '_' && c != '-' && c != '+' {
			return false
		}
	}
	dom := s[at+1:]
	dot := strings.IndexByte(dom, '.')
	return dot > 0 && dot+1 < len(dom) && asciiAlnum[dom[dot+1]]
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isOpenerByte reports whether an opening bracket or quote starts text[i:].
func isOpenerByte(text string, i int) bool {
	switch text[i] {
	case '(', '[', '{', '"', '\'', '<', '`':
		return true
	case 0xE2: // “ ‘ « are three-byte runes starting with 0xE2 (« is two)
		r, _ := utf8.DecodeRuneInString(text[i:])
		return r == '“' || r == '‘'
	}
	return false
}

// isWordRune reports whether r starts or continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetterAt(text string, j, e int) bool {
	if j >= e {
		return false
	}
	if c := text[j]; c < utf8.RuneSelf {
		return asciiAlnum[c] && !isDigitByte(c)
	}
	r, _ := utf8.DecodeRuneInString(text[j:e])
	return unicode.IsLetter(r)
}

// isSpace reports whether r separates tokens: Unicode white space,
// including the non-breaking and the narrow spaces, and the zero-width
// space and byte-order mark.
func isSpace(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u2060':
		return true
	}
	return unicode.IsSpace(r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isDigitByte(s[k]) {
			return false
		}
	}
	return true
}

func asciiLetters(s string) bool {
	for k := 0; k < len(s); k++ {
		c := s[k] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

var asciiSpace, asciiAlnum [256]bool // indexed by any byte: false above ASCII

func init() {
	for _, c := range "\t\n\v\f\r " {
		asciiSpace[c] = true
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		asciiAlnum[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
}
