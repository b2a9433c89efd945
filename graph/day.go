package graph

// Days are dates of the form YYYY-MM-DD, or coarser, YYYY-MM or YYYY,
// when a sentence names only a month or a year ("in March", "this
// year"). A coarse day stands for the whole month or year: it is in a
// period when any of its days is.

// DayStart is the first full date a day stands for: "2026-03" →
// "2026-03-01", "2026" → "2026-01-01"; full dates and "" are unchanged.
func DayStart(day string) string {
	switch len(day) {
	case 4:
		return day + "-01-01"
	case 7:
		return day + "-01"
	}
	return day
}

// DayEnd is the last full date a day may stand for, compared as a
// string: "2026-03" → "2026-03-31" (every month ends on or before the
// 31st, which is enough for comparisons), "2026" → "2026-12-31".
func DayEnd(day string) string {
	switch len(day) {
	case 4:
		return day + "-12-31"
	case 7:
		return day + "-31"
	}
	return day
}

// DayIn reports whether day (possibly coarse) overlaps the period from
// since to until, both YYYY-MM-DD and inclusive; an empty bound is open
// and an empty day is in no bounded period.
func DayIn(day, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if day == "" {
		return false
	}
	return (since == "" || DayEnd(day) >= since) && (until == "" || DayStart(day) <= until)
}

// SpanIn reports whether the days from first to last (possibly coarse)
// overlap the period from since to until, as DayIn does for one day.
func SpanIn(first, last, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if last == "" {
		return false
	}
	if first == "" {
		first = last
	}
	return (since == "" || DayEnd(last) >= since) && (until == "" || DayStart(first) <= until)
}
