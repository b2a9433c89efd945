package extract

// localInstitutionNouns after a capital's name make it the city its
// court, hospital or judge sits in, not its country's state ("a London
// judge ruled", "a Paris court fined", "the Tokyo hospital said"):
// the city only places them (seatAsPlace, localSeat).
var localInstitutionNouns = set("judge", "judges", "court", "courts", "magistrate", "magistrates",
	"jury", "hospital", "hospitals", "clinic", "university", "school", "schools", "museum",
	"zoo", "hotel", "restaurant", "landlord", "airport", "theatre", "theater", "gallery")
var localInstitutionNounsClass = classOf(localInstitutionNouns)

// localSeat (rule mention.gazetteer, seatAsPlace) reports whether the
// capital's name at [a, b) modifies a noun of localInstitutionNouns,
// past at most one lower-case modifier ("a London appeals court", "a
// Madrid criminal court").
func (d *doc) localSeat(b int, s sentence) bool {
	for k := b; k < s.b && k <= b+1; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.is(localInstitutionNounsClass) {
			return true
		}
	}
	return false
}
