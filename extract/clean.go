package extract

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// region says what part of a page a line is.
type region uint8

const (
	rDrop    region = iota // navigation, boilerplate: ignored
	rTitle                 // the article's headline
	rHeading               // a section heading or caption
	rAux                   // list items and table rows: low confidence
	rBody                  // running text
)

// line is one line of the original text, trimmed, with its byte span.
type line struct {
	s, e int
	text string
	kind region
}

var (
	reISODate  = regexp.MustCompile(`\b(20\d\d|19\d\d)[-/.](\d\d?)[-/.](\d\d?)\b`)
	reLongDate = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d\d?)(?:st|nd|rd|th)?,? (\d{4})\b`)
	reDayFirst = regexp.MustCompile(`(?i)\b(\d\d?) (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,? (\d{4})\b`)
	reTime     = regexp.MustCompile(`\b\d\d?:\d\d\b`)
	reDropLine = regexp.MustCompile(`(?i)^\(?(skip to|share( this| on|:|$| your)|follow us|subscribe|sign up|sign in|log ?in|advertisement|sponsored|copyright|©|all rights reserved|last updated|updated:|published:?|posted:?|table of contents|contents$|reporting note|reporting by|editing by|writing by|additional reporting|media contacts?:|press contacts?:|investor contacts?:|photo:|image:|credit:|source:|read more|read also|related:|see also|click here|listen to|watch:|tags?:|filed under|print$|email$|comments?$|\(?\d+ (views|comments|shares|min read)|\d+ (seconds?|minutes?|hours?|days?|weeks?) ago)`)
	reTrailer  = regexp.MustCompile(`(?i)^(recommended( articles| stories| for you)?|similar articles|related( articles| stories| news| posts| coverage| topics)?|highlights|more from .*|more stories|more news|most read|most popular|trending( now)?|you may also like|you might also like|latest( news| stories)?|popular( now)?|also read|don't miss|editor's picks|top stories|sources|references|external links|further reading|categories:.*)[:.]?$`)
	reTOCItem  = regexp.MustCompile(`^[-*•]?\s*\d+\.\s*`)
	reByline   = regexp.MustCompile(`^(By|BY|by) [A-Z][\p{L}.'’-]+( [A-Z][\p{L}.'’-]+){0,3}( and [A-Z][\p{L}.'’-]+( [A-Z][\p{L}.'’-]+){0,3})?,?( .{0,40})?$`)
	reSourceLn = regexp.MustCompile(`^[A-Z][\p{L}&.]*( [A-Z][\p{L}&.]*){0,3} (News|Times|Post|Journal|Herald|Tribune|Agency|Press|Network|TV|Radio|Daily|Today|Online|Media|Wire)$`)
	reLabel    = regexp.MustCompile(`^[A-Z][a-z]+( [A-Za-z]+)?: `)
	reTailSrc  = regexp.MustCompile(`[\x{2014}\x{2013}-]\s*([A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})\s*$`)
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// normDashes replaces typographic hyphens and dashes by ASCII ones so the
// date patterns match ("2025‑12‑26").
func normDashes(s string) string {
	if !strings.ContainsAny(s, "\u2010\u2011\u2012\u2013\u2212") {
		return s
	}
	return plainDashes.Replace(s)
}

// plainDashes replaces the dashes normDashes makes plain.
var plainDashes = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2212", "-")

// findDate returns the first date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
	s = normDashes(s)
	type hit struct {
		at   int
		date string
	}
	var best *hit
	try := func(at int, y, m, d int) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		if best == nil || at < best.at {
			best = &hit{at, fmt.Sprintf("%04d-%02d-%02d", y, m, d)}
		}
	}
	if m := reISODate.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := reLongDate.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), monthNum[strings.ToLower(s[m[2]:m[2]+3])], atoi(s[m[4]:m[5]]))
	}
	if m := reDayFirst.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), monthNum[strings.ToLower(s[m[4]:m[4]+3])], atoi(s[m[2]:m[3]]))
	}
	if best == nil {
		return ""
	}
	return best.date
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// page is the cleaned-up view of an article: its lines, classified, and
// the metadata found in them.
type page struct {
	lines  []line
	title  string
	date   string
	source string
}

// isDateLine reports whether a line holds little but a date and a time
// ("2025-12-26 04:52 Last Updated At:05:17", "December 22, 2025").
func isDateLine(t string) bool {
	if !mayBeDateLine(t) {
		return false
	}
	d := normDashes(t)
	n := len(d)
	// The date patterns each need four digits in a row and reTime a
	// colon; removing text makes neither, so a pattern whose need is
	// missing cannot match, before the others run or after.
	if hasDigitRun(d, 4) {
		for _, re := range []*regexp.Regexp{reISODate, reLongDate, reDayFirst} {
			d = re.ReplaceAllString(d, "")
		}
	}
	if strings.IndexByte(d, ':') >= 0 {
		d = reTime.ReplaceAllString(d, "")
	}
	if len(d) == n {
		return false
	}
	words := 0
	for _, f := range strings.Fields(d) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words <= 4
}

// hasDigitRun reports whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayBeTrailer is a cheap test that rules out lines reTrailer cannot
// match: its alternatives without ".*" are at most 21 letters, each at
// most 3 bytes however (?i) folds it ("k" as U+212A), so a longer line
// can only be "more from …" or "categories:…", whose first letters fold
// to no other.
func mayBeTrailer(t string) bool {
	return len(t) <= 63 || t != "" && (t[0]|0x20 == 'm' || t[0]|0x20 == 'c')
}

// mayBeDropLine is a cheap test that rules out lines reDropLine cannot
// match: after an optional "(", each alternative starts with "©" (0xc2
// 0xa9), a digit, "(", or two letters of dropLinePairs (either case; the
// first "s" also as U+017F, whose first byte is 0xc5, and a second
// letter also as a rune that (?i) folds to it, "k" as U+212A).
func mayBeDropLine(t string) bool {
	if t != "" && t[0] == '(' {
		t = t[1:]
	}
	if len(t) < 2 {
		return t != "" && '0' <= t[0] && t[0] <= '9'
	}
	c, c2 := t[0], t[1]
	switch {
	case c == '(' || '0' <= c && c <= '9' || c == 0xc2 || c == 0xc5 || c2 >= utf8.RuneSelf && asciiLetter(c):
		return true
	case !asciiLetter(c) || !asciiLetter(c2):
		return false
	}
	return dropLinePairs[c|0x20-'a']&(1<<(c2|0x20-'a')) != 0
}

// dropLinePairs holds the first two letters of reDropLine's alternatives
// that start with a letter: for each first letter, a bit per second one.
var dropLinePairs = letterPairs("ad al cl co cr ed em fi fo im in la li lo me ph po pr pu re se sh si sk so sp su ta up wa wr")

// letterPairs reads pairs of lower-case letters into bits: the result's
// [a-'a'] has bit b-'a' for each pair "ab".
func letterPairs(pairs string) (out [26]uint32) {
	for _, p := range strings.Fields(pairs) {
		out[p[0]-'a'] |= 1 << (p[1] - 'a')
	}
	return out
}

// mayBeDateLine is a cheap test that rules out most lines before
// isDateLine runs its regular expressions, with the same answer: every
// date and time pattern needs a digit, and each match removes whole runs
// of digits and at most three of the line's words, so a line with more
// than 4+3×(digit runs) words that contain a letter keeps more than four
// of them whatever is removed.
func mayBeDateLine(t string) bool {
	words, runs := 0, 0
	inWord, hasLetter, inDigits := false, false, false
	for i := 0; i < len(t); {
		c := t[i]
		var space, letter bool
		if c < utf8.RuneSelf {
			i++
			space, letter = asciiSpace(c), asciiLetter(c)
		} else {
			var w int
			space, letter, _, w = runeClass(t, i)
			i += w
		}
		if '0' <= c && c <= '9' {
			if !inDigits {
				runs++
			}
			inDigits = true
		} else {
			inDigits = false
		}
		if space {
			if inWord && hasLetter {
				words++
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if letter {
			hasLetter = true
		}
	}
	if inWord && hasLetter {
		words++
	}
	return runs > 0 && words <= 4+3*runs
}

// asciiSpace and asciiLetter are unicode.IsSpace and IsLetter for an
// ASCII byte.
func asciiSpace(c byte) bool  { return c == ' ' || c-'\t' <= '\r'-'\t' }
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// runeClass decodes the rune at t[i] as a range loop does and reports
// whether it is white space, a letter and a digit (unicode.IsSpace,
// IsLetter and IsDigit), and its width.
func runeClass(t string, i int) (space, letter, digit bool, w int) {
	r, w := utf8.DecodeRuneInString(t[i:])
	return unicode.IsSpace(r), unicode.IsLetter(r), unicode.IsDigit(r), w
}

func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var space, word bool
		if c < utf8.RuneSelf {
			i++
			space, word = asciiSpace(c), asciiLetter(c) || '0' <= c && c <= '9'
		} else {
			sp, letter, digit, w := runeClass(s, i)
			i += w
			space, word = sp, letter || digit
		}
		if word {
			if !in {
				n++
			}
			in = true
		} else if space {
			in = false
		}
	}
	return n
}

// endsSentence reports whether a line ends like running text.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " *")
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', '"', '\u201d', '\u2019', '\'', ')', ':', '\u2026':
		return true
	}
	return creditedQuote(t)
}

// creditedQuote reports whether line t is a quotation credited after a
// dash ("\u201c\u2026\u201d \u2015 Sonya Herridge"): running text, though
// it ends in a name.
func creditedQuote(t string) bool {
	for _, dash := range []string{"\u2015", "\u2014", "\u2013", " - "} {
		i := strings.LastIndex(t, dash)
		if i <= 0 {
			continue
		}
		q := strings.TrimRight(t[:i], " ")
		if (strings.HasSuffix(q, "\u201d") || strings.HasSuffix(q, "\"")) && wordCount(t[i:]) <= 6 {
			return true
		}
	}
	return false
}

// cleanPage splits text into lines and classifies them, detecting the
// title, the publication date and the source on the way.
func cleanPage(text string, a articleMeta) page {
	var p page
	seen := map[string]int{}
	i := 0
	for i < len(text) {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		s, e := i, j
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		// Trim non-ASCII spaces too.
		for s < e {
			r, w := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += w
		}
		for e > s {
			// A line ending in a no-break space ("…schools.\u00a0") still ends
			// its sentence: it is running text, not a heading.
			r, w := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= w
		}
		if s < e {
			p.lines = append(p.lines, line{s: s, e: e, text: text[s:e]})
		}
		// Markdown: "# Title", "## Related", "> quote" keep their text.
		if n := len(p.lines); n > 0 && p.lines[n-1].s == s {
			l := &p.lines[n-1]
			t := strings.TrimLeft(l.text, "#> ")
			t = strings.Trim(t, "*_ ")
			if t != l.text && t != "" {
				off := strings.Index(l.text, t)
				l.s += off
				l.e = l.s + len(t)
				l.text = t
			}
		}
		i = j + 1
	}
	title := strings.TrimSpace(a.title)
	bodySeen := false
	trailer := false
	// dated remembers each line's answer to the date case (1 a date
	// line, -1 not, 0 not asked) for the published date read below.
	dated := make([]int8, len(p.lines))
	for k := range p.lines {
		l := &p.lines[k]
		t := l.text
		key := strings.ToLower(t)
		seen[key]++
		words := wordCount(t)
		switch {
		case trailer:
			l.kind = rDrop
		case bodySeen && mayBeTrailer(t) && reTrailer.MatchString(t):
			trailer = true
			l.kind = rDrop
		case dateCase(&dated[k], metaDateLine(t, key)):
			l.kind = rDrop
		case mayBeDropLine(t) && reDropLine.MatchString(t) && !softDropLine(t):
			l.kind = rDrop
		case consentLine(t, key):
			l.kind = rDrop // a cookie banner's (prose_lines.go)
		case words <= 10 && mayBeByline(t) && reByline.MatchString(t):
			l.kind = rDrop
		case strings.HasPrefix(t, "|"):
			l.kind = rAux
			if strings.Trim(t, "|-: ") == "" {
				l.kind = rDrop
			}
		case words <= 16 && mayBeTOCItem(t) && reTOCItem.MatchString(t) && !endsSentence(t):
			l.kind = rDrop
		case seen[key] > 1:
			// A repeated line: headline repeated, caption repeated.
			l.kind = rDrop
		case words <= 1:
			l.kind = rDrop
		case strings.Count(t, " | ") >= 2 || strings.Count(t, " > ") >= 2 || strings.Count(t, " / ") >= 2:
			l.kind = rDrop // a navigation bar or breadcrumb
		case !bodySeen && words <= 5 && t == strings.ToUpper(t):
			// A masthead ("THE MORNING LEDGER") or a kicker ("BREAKING").
			if p.source == "" && words >= 2 {
				p.source = t
			}
			l.kind = rDrop
		case p.source == "" && !bodySeen && words <= 4 && reSourceLn.MatchString(t):
			p.source = t
			l.kind = rDrop
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "\u2022") || strings.HasPrefix(t, "* "):
			l.kind = rAux
		case k > 0 && p.lines[k-1].kind == rAux && reLabel.MatchString(t) && words <= 30:
			l.kind = rAux // "Mitigation: …" under a list item
		case bodySeen && endsInDateClause(t):
			l.kind = rBody // a sentence whose full stop is missing after a date (prose_lines.go)
		case !endsSentence(t) && words <= 24:
			l.kind = rHeading
			if title == "" && words >= 2 && !bodySeen {
				title = t
				l.kind = rTitle
			} else if title != "" && strings.EqualFold(t, title) {
				l.kind = rTitle
			}
		case title == "" && !bodySeen && words >= 3 && words <= 24 && k+1 < len(p.lines) && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "\u201d") && !strings.HasSuffix(t, "\""):
			title = t
			l.kind = rTitle
		default:
			if title != "" && strings.EqualFold(t, title) {
				l.kind = rTitle
				break
			}
			l.kind = rBody
			bodySeen = true
		}
	}
	// Headlines repeated further down are section titles of other
	// stories: the first one is the title if none was given.
	p.title = title
	p.date = a.published
	if p.date == "" {
		for k, l := range p.lines {
			if l.kind == rDrop && (dated[k] > 0 || dated[k] == 0 && metaDateLine(l.text, strings.ToLower(l.text))) {
				if d := findDate(l.text); d != "" {
					p.date = d
					break
				}
			}
		}
	}
	if a.source != "" {
		p.source = a.source
	}
	if p.source == "" {
		// A wire credit at the end of the last body line: "— Euronews".
		for k := len(p.lines) - 1; k >= 0; k-- {
			if p.lines[k].kind == rBody {
				if m := tailSource(p.lines[k].text); m != nil && wordCount(m[1]) <= 3 {
					p.source = m[1]
				}
				break
			}
		}
	}
	return p
}

// dateCase records the date case's answer for a line in *seen and
// returns it.
func dateCase(seen *int8, dated bool) bool {
	*seen = -1
	if dated {
		*seen = 1
	}
	return dated
}

// tailSource is reTailSrc.FindStringSubmatch(t), read from t's last
// dash: the name and spaces after the dash hold no dash, so a match
// starts at the last one or nowhere, and the expression need not be
// tried at every other position of a long line.
func tailSource(t string) []string {
	i := strings.LastIndexAny(t, "\u2014\u2013-")
	if i < 0 {
		return nil
	}
	return reTailSrc.FindStringSubmatch(t[i:])
}

// articleMeta is what the caller already knows about an article.
type articleMeta struct {
	title, published, source string
}
