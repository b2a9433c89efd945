package extract

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Time expressions: the date a sentence gives for what it reports,
// normalised against the article's publication date. The functions
// below read a sentence as its words' surface forms (so that they carry
// over to any tokeniser or parser that keeps them) and are pure: the
// same words and date give the same answer.
//
// A day is YYYY-MM-DD, or coarser, YYYY-MM or YYYY, when the words name
// only a month ("in March", "last month") or a year ("in 2024", "last
// year"); weeks are given as the month (or year) they lie in. Words that
// do not say which way to count ("on Friday", "in March", "November
// 27") count back from the publication date for a past or present fact
// (the most recent Friday on or before it) and forward for a planned one
// (the next Friday on or after it).

// timex is a time expression: words [at, end) of a sentence and the day
// they name.
type timex struct {
	at, end int
	day     string
	said    bool // the day of a verb of speech, taken for want of another
}

// actionDate returns the day the sentence of words gives for the action
// whose trigger is word at: of the time expressions of the sentence, the
// nearest to the trigger, preferring one after it on a tie, leaving out
// those that date a verb of speech ("said on Saturday") unless the
// action is past and the sentence has no other. ahead is true for a
// planned action. It returns "" when the sentence gives no
// date or the date cannot be placed (a weekday with no publication
// date).
func actionDate(words []string, at int, published string, ahead bool) string {
	return actionTime(words, at, published, ahead).day
}

// actionTime is actionDate with the time expression that gave the day
// (at < 0 when none); its said field tells a day taken from a verb of
// speech.
func actionTime(words []string, at int, published string, ahead bool) timex {
	return actionTimeIn(words, findTimes(words, published, ahead), at, ahead)
}

// actionTimeIn is actionTime given the sentence's time expressions
// (findTimes), which a doc keeps per sentence (doc.timesOf).
func actionTimeIn(words []string, times []timex, at int, ahead bool) timex {
	var said []timex
	best, dist := timex{at: -1}, -1
	for _, tx := range times {
		if saidWhen(words, tx) {
			said = append(said, tx)
			continue
		}
		if !ahead && occasionAfterTrigger(words, tx, at) {
			continue // "met Y before the summit in December" (occasion_after.go)
		}
		d := tx.at - at
		if tx.end <= at {
			d = at - tx.end + 1
		}
		if d < 0 {
			d = 0
		}
		if dist < 0 || d < dist {
			best, dist = tx, d
		}
	}
	if best.day == "" && !ahead && len(said) > 0 {
		// A past action reported with only the day it was told of
		// ("said on Thursday that he had a call with …") is dated by
		// that day: news reports what happened by then, mostly that day.
		said[0].said = true
		return said[0]
	}
	return best
}

// saidWhen reports whether time expression tx dates a verb of speech
// ("said on Saturday", "on Friday told"), not the action reported.
func saidWhen(words []string, tx timex) bool {
	low := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return strings.ToLower(words[i])
	}
	before := tx.at - 1
	if low(before) == "on" {
		before--
	}
	_, saidBefore := modalLex["report"][low(before)]
	_, saidAfter := modalLex["report"][low(tx.end)]
	return saidBefore || saidAfter
}

// boundWords before a time expression make it a bound, not a date:
// "have not met since July", "must pay by March".
var boundWords = set("since", "until", "till", "by", "before", "after")

// datelineEnd returns the position of the dash that ends a dateline
// ("OTTAWA, March 4, 2026 (Wire) -"), or -1: its date is the article's,
// not the action's.
func datelineEnd(words []string) int {
	if len(words) == 0 || len(words[0]) < 2 || strings.ToUpper(words[0]) != words[0] || strings.ToLower(words[0]) == words[0] {
		return -1
	}
	for i := 1; i < len(words) && i < 16; i++ {
		switch words[i] {
		case "-", "\u2014", "\u2013", "--":
			return i
		}
	}
	return -1
}

// findTimes lists the time expressions of a sentence, left to right,
// each placed against published (YYYY-MM-DD, or "" when unknown). The
// date of a dateline and bounds ("since July") are left out.
func findTimes(words []string, published string, ahead bool) []timex {
	lows := make([]string, len(words))
	for i, w := range words {
		lows[i] = timeLow(strings.ToLower(w))
	}
	return findTimesLow(words, lows, published, ahead)
}

// timeLow is a word's lower-case form as the time rules read it: without
// a trailing dot ("Nov." → "nov").
func timeLow(low string) string { return strings.TrimSuffix(low, ".") }

// findTimesLow is findTimes with the words' timeLow forms given (lows),
// which timesOf makes once for both directions of a sentence.
func findTimesLow(words, lows []string, published string, ahead bool) []timex {
	pub, havePub := time.Time{}, false
	if t, err := time.Parse(time.DateOnly, published); err == nil {
		pub, havePub = t, true
	}
	c := timeCtx{words: words, lows: lows, pub: pub, havePub: havePub, ahead: ahead}
	var out []timex
	dateline := datelineEnd(words)
	for i := 0; i < len(words); {
		if end, day := c.at(i); end > i {
			if day != "" && end > dateline && !boundWords[c.low(i-1)] {
				out = append(out, timex{at: i, end: end, day: day})
			}
			i = end
			continue
		}
		i++
	}
	return out
}

// timeCtx is what the time rules read: the sentence, the publication
// date and which way to count.
type timeCtx struct {
	words   []string
	lows    []string // the words as low gives them, lowered once
	pub     time.Time
	havePub bool
	ahead   bool
}

// timeRules are tried in order at each word; each returns the end of the
// expression it read (or i when none) and its day ("" when the words are
// a time expression that cannot be placed).
var timeRules = []func(c *timeCtx, i int) (int, string){
	isoDate,
	splitMonth, // modality_cues.go: "Nov. 3", "mid-October" as the tokeniser splits them
	agoExpr,    // modality_cues.go: "two days ago"
	partOfDay,  // modality_cues.go: "this morning", "last night"
	relativeDayWord,
	weekdayExpr,
	relativePeriod,
	monthExpr,
	yearExpr,
}

func (c *timeCtx) at(i int) (int, string) {
	for _, rule := range timeRules {
		if end, day := rule(c, i); end > i {
			return end, day
		}
	}
	return i, ""
}

// low is word i in lower case without a trailing dot ("Nov." → "nov"),
// or "" past the end.
func (c *timeCtx) low(i int) string {
	if i < 0 || i >= len(c.lows) {
		return ""
	}
	return c.lows[i]
}

func (c *timeCtx) capital(i int) bool {
	if i < 0 || i >= len(c.words) || c.words[i] == "" {
		return false
	}
	b := c.words[i][0]
	return b >= 'A' && b <= 'Z'
}

// isoDate reads "2026-11-27".
func isoDate(c *timeCtx, i int) (int, string) {
	w := c.words[i]
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return i, ""
	}
	if _, err := time.Parse(time.DateOnly, w); err != nil {
		return i, ""
	}
	return i + 1, w
}

// relativeDays are the words of a day counted from the publication
// date, and how many days they count.
var relativeDays = map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

// relativeDayWord reads "yesterday", "today", "tonight", "tomorrow".
func relativeDayWord(c *timeCtx, i int) (int, string) {
	shift, ok := relativeDays[c.low(i)]
	if !ok {
		return i, ""
	}
	if c.low(i+1) == "'s" || c.low(i+1) == "’s" {
		return i, "" // "today's world"
	}
	if !c.havePub {
		return i + 1, ""
	}
	return i + 1, c.pub.AddDate(0, 0, shift).Format(time.DateOnly)
}

// direction reads a word that says which way to count: -1 back ("last",
// "past"), +1 forward ("next", "coming"), 0 this one ("this"); ok false
// for any other word.
func direction(w string) (dir int, ok bool) {
	switch w {
	case "last", "past", "previous":
		return -1, true
	case "next", "coming":
		return 1, true
	case "this":
		return 0, true
	}
	return 0, false
}

// weekdayExpr reads "Friday", "on Friday", "last Friday", "next Friday",
// "this Friday": the most recent such day on or before the publication
// date, or, for a planned action or after "next", the next on or after
// it ("next" and "last" exclude the publication day itself).
func weekdayExpr(c *timeCtx, i int) (int, string) {
	dir, hasDir := direction(c.low(i))
	at := i
	if hasDir {
		at = i + 1
	}
	wd, ok := weekdays[c.low(at)]
	if !ok || !c.capital(at) {
		return i, ""
	}
	if !c.havePub {
		return at + 1, ""
	}
	back := (int(c.pub.Weekday()) - int(wd) + 7) % 7 // days back to the most recent wd
	fwd := (int(wd) - int(c.pub.Weekday()) + 7) % 7  // days ahead to the next wd
	var shift int
	switch {
	case hasDir && dir < 0:
		if back == 0 {
			back = 7
		}
		shift = -back
	case hasDir && dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		shift = fwd
	case c.ahead:
		shift = fwd
	default:
		shift = -back
	}
	return at + 1, c.pub.AddDate(0, 0, shift).Format(time.DateOnly)
}

// relativePeriod reads "last week", "this month", "next year", "last
// weekend": a month for weeks and months, a year for years.
func relativePeriod(c *timeCtx, i int) (int, string) {
	dir, ok := direction(c.low(i))
	if !ok {
		return i, ""
	}
	unit := c.low(i + 1)
	switch unit {
	case "week", "weekend", "month", "year":
	default:
		return i, ""
	}
	if !c.havePub {
		return i + 2, ""
	}
	switch unit {
	case "week", "weekend":
		// The Monday to Sunday week before, of, or after the
		// publication date: its month when the week lies in one.
		mon := c.pub.AddDate(0, 0, -((int(c.pub.Weekday())+6)%7)+7*dir)
		sun := mon.AddDate(0, 0, 6)
		if unit == "weekend" {
			mon = mon.AddDate(0, 0, 5)
		}
		if mon.Month() == sun.Month() && mon.Year() == sun.Year() {
			return i + 2, mon.Format("2006-01")
		}
		if mon.Year() == sun.Year() {
			return i + 2, mon.Format("2006")
		}
		return i + 2, ""
	case "month":
		first := time.Date(c.pub.Year(), c.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		return i + 2, first.AddDate(0, dir, 0).Format("2006-01")
	}
	return i + 2, strconv.Itoa(c.pub.Year() + dir)
}

// month returns the number of the month word i names, capitalised:
// the full name or its abbreviation ("March", "Nov.", "Sept"), or 0.
func (c *timeCtx) month(i int) int {
	if !c.capital(i) {
		return 0
	}
	return monthWords[c.low(i)]
}

// monthWords are the month names and their abbreviations, lower case.
var monthWords = func() map[string]int {
	m := map[string]int{"sept": 9}
	for n := time.January; n <= time.December; n++ {
		full := strings.ToLower(n.String())
		m[full], m[full[:3]] = int(n), int(n)
	}
	return m
}()

// dayNum reads a day of the month: "27", "27th", "1st".
func (c *timeCtx) dayNum(i int) int {
	w := c.low(i)
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' {
		return 0 // no number (atoiWord), whatever its ending
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, err := atoiWord(w)
	if err != nil || n < 1 || n > 31 || len(w) > 2 {
		return 0
	}
	return n
}

// year reads a four-digit year from 1900 to 2099.
func (c *timeCtx) year(i int) int {
	w := c.low(i)
	n, err := atoiWord(w)
	if err != nil || len(w) != 4 || n < 1900 || n > 2099 {
		return 0
	}
	return n
}

// errNotNumber is atoiWord's answer for a word that cannot be a number.
var errNotNumber = errors.New("not a number")

// atoiWord is strconv.Atoi, but refuses a word that does not start with a
// digit or a sign without building an error: most words of a sentence
// are asked whether they are a day or a year.
func atoiWord(w string) (int, error) {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' {
		return 0, errNotNumber
	}
	return strconv.Atoi(w)
}

// monthLead are the words after which a bare month name is a date ("in
// March", "this August", "since May"); without one a month needs a day
// or a year ("March 3", "May 2026"), since "March" and "May" are also
// other words.
var monthLead = set("in", "on", "by", "since", "until", "till", "from", "of", "during", "early",
	"late", "mid", "mid-", "last", "this", "next", "before", "after", "throughout")

// monthExpr reads "November 27", "Nov. 27, 2026", "27 November 2026",
// "November 2026", "in March", "this August", "last March", "early
// May". A month with a day and no year is the most recent such day on or
// before the publication date (the next on or after it for a planned
// action); a month alone likewise, by month, and "this August" is the
// publication year's.
func monthExpr(c *timeCtx, i int) (int, string) {
	if d := c.dayNum(i); d > 0 {
		// "27 November (2026)"
		if m := c.month(i + 1); m > 0 {
			end, y := i+2, 0
			if y = c.year(end); y > 0 {
				end++
			}
			return end, c.fullDate(y, m, d)
		}
		return i, ""
	}
	dir, hasDir := direction(c.low(i))
	at := i
	if hasDir || c.low(i) == "early" || c.low(i) == "late" || c.low(i) == "mid" {
		at = i + 1
	}
	m := c.month(at)
	if m == 0 {
		return i, ""
	}
	end := at + 1
	if d := c.dayNum(end); d > 0 {
		end++
		if c.low(end) == "," && c.year(end+1) > 0 {
			end++
		}
		y := c.year(end)
		if y > 0 {
			end++
		}
		return end, c.fullDate(y, m, d)
	}
	if y := c.year(end); y > 0 {
		return end + 1, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	if !(at > i || monthLead[c.low(i-1)]) {
		return i, ""
	}
	if !c.havePub {
		return end, ""
	}
	y, pm := c.pub.Year(), int(c.pub.Month())
	switch {
	case hasDir && dir == 0:
	case hasDir && dir < 0:
		if m >= pm {
			y--
		}
	case hasDir && dir > 0:
		if m <= pm {
			y++
		}
	case c.ahead:
		if m < pm {
			y++
		}
	case comingOccasion(c, i):
		// "before the summit in June" (coming_occasion.go): this year's,
		// never last year's; an earlier month stays this year's.
	default:
		if m > pm {
			y--
		}
	}
	return end, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}

// fullDate is month m, day d of year y, or, with no year, of the year
// that puts it on the right side of the publication date ("" when there
// is none or the date does not exist).
func (c *timeCtx) fullDate(y, m, d int) string {
	if y == 0 {
		if !c.havePub {
			return ""
		}
		y = c.pub.Year()
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if !c.ahead && t.After(c.pub) {
			y--
		} else if c.ahead && t.Before(c.pub) {
			y++
		}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // "February 30"
	}
	return t.Format(time.DateOnly)
}

// yearExpr reads "in 2024", "in early 2024", "during 2019".
func yearExpr(c *timeCtx, i int) (int, string) {
	switch c.low(i) {
	case "in", "during":
	default:
		return i, ""
	}
	at := i + 1
	if c.low(at) == "early" || c.low(at) == "late" || c.low(at) == "mid" {
		at++
	}
	y := c.year(at)
	if y == 0 {
		return i, ""
	}
	return at + 1, strconv.Itoa(y)
}
