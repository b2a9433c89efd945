package extract

// A month that dates an occasion still to come (rule time: coming
// occasion, comingOccasion): "before the bloc's summit in June",
// "ahead of the election in October", "until the vote in May" in an
// article of March name this year's June, October, May, not last
// year's, whatever the tense of the action they stand beside: a past
// one would be "last June". A month before the publication month stays
// this year's ("before the summit in February": last month's). Only
// the bare month ("in June") is read so; a day or a year given with
// it, or "last"/"this"/"next", says which already.

// comingLeads are the words that open a phrase about an occasion still
// to come.
var comingLeads = set("before", "until", "till", "upcoming", "forthcoming")

// comingOccasion reports whether the bare month at word i stands in a
// phrase opened by "before", "ahead of", "until" or "upcoming" at most
// six words back, with no comma or clause word between.
func comingOccasion(c *timeCtx, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := c.low(k)
		switch {
		case comingLeads[w]:
			return true
		case w == "of" && c.low(k-1) == "ahead":
			return true
		case w == "," || w == ";" || w == "and" || w == "that" || w == "which" || w == "after" || w == "since":
			return false
		}
	}
	return false
}
