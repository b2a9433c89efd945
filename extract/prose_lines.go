package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines that look like page furniture by their first words but are
// running text.
//
// reDropLine drops a line by its start: "Read more", "See also",
// "Published", "Subscribe", "12 comments", "3 days ago". On a news page
// those start links and metadata ("Read more: Port unveils plan",
// "Published 12 May 2026"), but they also start sentences of the story
// ("Read more than 2,000 times, the post was taken down on Monday, the
// ministry said."; "Published figures show inflation rose to 3.1
// percent."). A line is dropped by one of these openers only when it
// does not read as prose (proseLine): openers that never start a
// sentence of news ("Skip to", "Share on", "Copyright", "Reporting by")
// drop whatever follows.
//
// A line that holds little but a date is the page's dateline
// (isDateLine), and its date the publication date. A short line of the
// story that ends in a date ("New talks are set for 12 March 2027") left
// as few words and was taken for one; a dateline's other words are
// names, times and the vocabulary of datelines ("Updated", "on", "GMT",
// "min read"), never a lower-case word of a sentence (bodyDateLine).
// And a line of the story that ends in a date with no full stop after
// it ("Werthein said the review would be held on March 15, 2027") is
// running text, not a section heading (endsInDateClause).

// reSoftDrop matches the openers of reDropLine that also start sentences
// of news; a line they start is dropped only when it is no prose.
var reSoftDrop = regexp.MustCompile(`(?i)^\(?(read more|read also|see also|listen to|published|posted|sponsored|advertisement|subscribe|\(?\d+ (views|comments|shares)|\d+ (seconds?|minutes?|hours?|days?|weeks?) ago)`)

// readerWords address the reader or name the site: a line holding one
// is furniture even when it ends in a full stop ("Read more about our
// coverage here.", "Subscribe to our newsletter for daily updates.").
var readerWords = map[string]bool{
	"you": true, "your": true, "our": true, "us": true, "here": true, "click": true, "tap": true,
	"newsletter": true, "newsletters": true, "inbox": true, "app": true, "website": true, "podcast": true,
	"browser": true, "cookies": true, "link": true, "below": true, "coverage": true, "stories": true,
	"story": true, "subscribe": true, "subscription": true, "sign": true, "login": true, "download": true,
}

// proseLine reports whether line t reads as a sentence of the story: it
// ends like one, has at least eight words of which four or more are
// lower-case words after the first, and says nothing to the reader.
func proseLine(t string) bool {
	if !endsSentence(t) || wordCount(t) < 8 {
		return false
	}
	lower := 0
	for i, f := range strings.Fields(t) {
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
		if readerWords[w] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(f); i > 0 && unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 4
}

// softDropLine reports whether a line reDropLine matched is prose all
// the same, and so no furniture: its opener is one of reSoftDrop's, not
// followed by a colon, a bar or an arrow ("Read more: …", "Posted | …",
// "Read more » …"), and the line is prose.
func softDropLine(t string) bool {
	m := reSoftDrop.FindStringIndex(t)
	if m == nil {
		return false
	}
	rest := strings.TrimLeft(t[m[1]:], " \u00a0")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || strings.ContainsRune(":|»›>-–—", r) {
		return false
	}
	return proseLine(t)
}

// datelineWords are the lower-case words a dateline holds besides its
// date, time and names.
var datelineWords = map[string]bool{
	"on": true, "at": true, "by": true, "in": true, "of": true, "and": true, "the": true, "a": true, "an": true,
	"for": true, "from": true, "as": true, "updated": true, "update": true, "published": true, "posted": true,
	"modified": true, "last": true, "first": true, "originally": true, "edited": true, "released": true,
	"issued": true, "am": true, "pm": true, "a.m": true, "p.m": true, "min": true, "mins": true, "minute": true,
	"minutes": true, "read": true, "hour": true, "hours": true, "day": true, "days": true, "ago": true,
	"h": true, "hrs": true, "local": true, "time": true, "staff": true, "writer": true, "reporter": true,
	"correspondent": true, "editor": true, "date": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "gmt": true, "utc": true, "et": true,
	"edt": true, "est": true, "pt": true, "bst": true, "cet": true, "cest": true, "ist": true, "msk": true,
	"embargoed": true, "until": true, "immediate": true, "release": true, "press": true,
}

// bodyDateLine reports whether a line isDateLine takes for a dateline
// holds a lower-case word no dateline holds: a short sentence of the
// story ending in a date ("Talks resume on 12 March 2027").
func bodyDateLine(t string) bool {
	for i, f := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLower(r) {
			continue
		}
		w := strings.TrimRight(strings.TrimLeft(f, "([\"'"), ".,;:!?)]\"'")
		if i == 0 && strings.HasPrefix(w, "published") {
			continue
		}
		if w != "" && !datelineWords[w] && !lowerMonths[w] {
			return true
		}
	}
	return false
}

// lowerMonths are month names and abbreviations as a dateline may write
// them in lower case ("may" is left out: in lower case it is the verb).
var lowerMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// metaDateLine reports whether line t (key: t in lower case) is the
// page's dateline: a line that is little but a date (isDateLine) and no
// sentence of the story, or a "Published …" line that is no prose.
func metaDateLine(t, key string) bool {
	if strings.HasPrefix(key, "published") {
		return !softDropLine(t)
	}
	return isDateLine(t) && !bodyDateLine(t)
}

// dateClausePreps come before a date that ends a clause of the story.
var dateClausePreps = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "from": true, "since": true, "before": true,
	"after": true, "through": true, "to": true, "for": true, "than": true, "and": true,
}

// endsInDateClause reports whether line t is running text cut before
// its full stop: it ends in a date that follows a preposition ("… would
// be held on March 15, 2027"), after at least two other words, the
// preposition and one more lower-case.
func endsInDateClause(t string) bool {
	t = strings.TrimRight(t, " ,;")
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return false
	}
	d := normDashes(t)
	end := -1
	for _, re := range []*regexp.Regexp{reISODate, reLongDate, reDayFirst} {
		for _, m := range re.FindAllStringIndex(d, -1) {
			if m[1] == len(d) && (end < 0 || m[0] < end) {
				end = m[0]
			}
		}
	}
	if end <= 0 {
		return false
	}
	words := strings.Fields(d[:end])
	if len(words) < 3 || !dateClausePreps[strings.ToLower(words[len(words)-1])] {
		return false
	}
	lower := 0
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// Consent banners pasted with a story ("We use cookies to improve your
// experience on our site.", "By continuing you agree to our use of
// cookies.", "Accept all cookies") were read as its first sentences,
// and the first became its title.

// reConsentButton matches the buttons and links of a consent banner.
// Its two branches share one ^ outside the group: with ^ inside each,
// Go's matcher sees no anchor and tries the pattern at every offset of
// the line (2 % of an extraction pass).
var reConsentButton = regexp.MustCompile(`(?i)^(?:(accept|reject|allow|decline|refuse|manage|customi[sz]e|agree|ok|got it)\b.{0,30}\b(cookies?|all|preferences|settings|choices|consent)\.?$|cookie (policy|settings|preferences|notice)\.?$)`)

// mayBeConsentButton is a cheap test that rules out most lines before
// reConsentButton runs: each of its alternatives starts with one of the
// ASCII letters a, c, d, g, m, o and r (either case), which (?i) folds
// to no other rune (only k and s have a third form).
func mayBeConsentButton(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'a', 'c', 'd', 'g', 'm', 'o', 'r':
		return true
	}
	return false
}

// consentLine reports whether line t is a consent banner's: a sentence
// about cookies that speaks to the reader ("you", "your", "we use", "our
// site"), quoting no one, or one of the banner's buttons.
// low is strings.ToLower(t), which cleanPage has made already.
func consentLine(t, low string) bool {
	if mayBeConsentButton(t) && reConsentButton.MatchString(t) {
		return true
	}
	if !strings.Contains(low, "cookie") || strings.ContainsAny(t, "\"“”") || wordCount(t) > 45 {
		return false
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "you" || w == "your" {
			return true
		}
	}
	for _, p := range []string{"we use", "our site", "our website", "this site", "this website", "our partners"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}
