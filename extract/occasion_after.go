package extract

import "strings"

// A past action beside an occasion still to come (rule time: coming
// occasion, occasionAfterTrigger): "X met Y in Helsinki before the
// summit in December" dates the summit, not the meeting; a past (or
// asserted) action takes no day from a phrase opened after it by
// "before", "ahead of", "until" or "upcoming", and keeps the day of
// its own words ("met on Monday before the summit in December":
// Monday) or none. A planned action may take it ("will meet before the
// summit in December").

// occasionAfterTrigger reports whether time expression tx, after the
// trigger at word at, stands in a phrase about a coming occasion that
// opens after the trigger, at most six words before tx, with no comma
// or clause word between.
func occasionAfterTrigger(words []string, tx timex, at int) bool {
	if tx.at <= at {
		return false
	}
	for k := tx.at - 1; k > at && k >= tx.at-6; k-- {
		switch w := strings.ToLower(words[k]); {
		case comingLeads[w]:
			return true
		case w == "of" && k-1 > at && strings.EqualFold(words[k-1], "ahead"):
			return true
		case w == "," || w == ";" || w == "and" || w == "that" || w == "which" || w == "after" || w == "since":
			return false
		}
	}
	return false
}
