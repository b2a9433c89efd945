package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	isoDate     = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])`)
	compactDate = regexp.MustCompile(`^((?:19|20)\d{2})(\d{2})(\d{2})(?:$|T)`)
	numericDate = regexp.MustCompile(`^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?:$|[T\s,])`)
)

var months = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// ParseDate reads a date written in one of the forms news pages and
// feeds use and returns it as YYYY-MM-DD. It accepts ISO 8601 dates and
// timestamps ("2025-12-26", "2025-12-26T04:52:00Z", "2025-12-26 04:52
// Last Updated At:05:17"), RFC 1123 and RFC 822 dates ("Fri, 26 Dec 2025
// 04:52:00 GMT"), written-out dates in either order with optional
// weekday and ordinal ("Thursday, December 25th, 2025", "25 Dec. 2025",
// "26-Dec-2025"), numeric dates ("2025/12/26", "26.12.2025",
// "12/26/2025") and compact ones ("20251226"). The date is the calendar
// date as written, whatever the time zone.
//
// Numeric dates with slashes whose day and month are both 12 or less
// ("03/04/2025") are read month first, as American outlets write them;
// with dots or dashes ("03.04.2025") day first, as European ones do.
// It reports false for text that holds no complete, valid date.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		day, month := a, b
		if a <= 12 && (b > 12 || m[2] == "/") {
			day, month = b, a
		}
		return ymd(m[4], strconv.Itoa(month), strconv.Itoa(day))
	}
	return wordDate(s)
}

// wordDate reads a date with a month name: it looks for one month name,
// one four-digit year and a day number among the words of s, ignoring
// weekdays, times and other words.
func wordDate(s string) (string, bool) {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '/' || r == '\t' || r == '(' || r == ')'
	})
	month, year, day := 0, "", ""
	for _, f := range fields {
		if strings.Contains(f, ":") {
			continue // a time
		}
		f = strings.TrimSuffix(f, ".")
		if m := monthOf(f); m > 0 {
			if month == 0 {
				month = m
			}
			continue
		}
		n := strings.TrimRight(f, "stndrh") // 1st 2nd 3rd 4th
		if n == "" || strings.Trim(n, "0123456789") != "" {
			continue
		}
		if n != f && len(n) > 2 {
			continue
		}
		switch {
		case len(n) == 4 && year == "":
			year = n
		case len(n) <= 2 && day == "":
			day = n
		}
	}
	if month == 0 || year == "" || day == "" {
		return "", false
	}
	return ymd(year, strconv.Itoa(month), day)
}

// monthOf returns the month (1–12) that word names in full or by an
// abbreviation of at least three letters ("dec", "sept"), or 0.
func monthOf(word string) int {
	if len(word) < 3 {
		return 0
	}
	for i, m := range months {
		if strings.HasPrefix(m, word) {
			return i + 1
		}
	}
	return 0
}

// ymd validates a date and formats it as YYYY-MM-DD.
func ymd(y, m, d string) (string, bool) {
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(m)
	day, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || year < 1000 || month < 1 || month > 12 || day < 1 {
		return "", false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "", false // 30 February
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
}
