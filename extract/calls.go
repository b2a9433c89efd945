package extract

// "called X" is a telephone call (CONSULT) unless it names X ("called X a
// liar", relations.go callNames); a time phrase after the object is when
// the call was made, no name given to X.

// timeAfterCallee reports whether the words from token k are a time
// phrase, not a name given to the callee: "called X the same night",
// "called X the next day", "called X that evening", "called X this
// morning".
func (d *doc) timeAfterCallee(k int, s sentence) bool {
	if k >= s.b || !timeDeterminers[d.toks[k].low] {
		return false
	}
	for j := k + 1; j < s.b && j <= k+3; j++ {
		w := d.toks[j].low
		switch {
		case timeNouns[w]:
			return true
		case !timeModifiers[w]:
			return false
		}
	}
	return false
}

// timeDeterminers open a time phrase without a preposition.
var timeDeterminers = set("the", "that", "this", "last", "next", "same", "early", "late")

// timeModifiers may stand between the determiner and the time noun.
var timeModifiers = set("same", "next", "following", "previous", "day's", "early", "late")

// timeNouns end a time phrase.
var timeNouns = set("night", "day", "morning", "evening", "afternoon", "week", "weekend", "month", "hour",
	"year", "time", "moment", "minute", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday")
