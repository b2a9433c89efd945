package extract

// This file keeps a date out of a list of places (listStart): in
// "Thailand lent Laos $300 million in October, and Japan said it would
// give Laos grants", the capitalised month after "in" is no place
// listed with Japan, so Japan is not read as a place after "in" and
// stays the actor that speaks and gives.

// calendarWord reports whether w (lower case) names a month or a day of
// the week: a time, never a member of a list of places.
func calendarWord(w string) bool {
	if _, ok := weekdays[w]; ok {
		return true
	}
	return citationMonths[w]
}
