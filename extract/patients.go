package extract

// This file holds rule rel.patient-noun: an actor named as the possessor
// of a noun of what others do to it ("demanded X's release", "condemned
// her arrest", "welcomed his return") is the one acted upon by a third
// party, not the one the demand, condemnation or welcome is aimed at.

// patientNouns name what is done to their possessor by someone else:
// "X's release" is X freed by the captors, "X's arrest" X arrested by
// the police. (Nouns of what the possessor does, "X's resignation",
// "X's apology", keep X as the target: "demanded X's resignation" asks
// X to resign.)
var patientNouns = set("release", "freedom", "arrest", "detention", "extradition", "deportation",
	"expulsion", "dismissal", "removal", "ouster", "prosecution", "trial", "conviction", "execution",
	"rescue", "return", "handover", "pardon", "imprisonment", "jailing", "sentencing", "kidnapping",
	"abduction", "capture", "killing", "murder", "assassination", "impeachment", "sacking",
	"acquittal", "exoneration", "reinstatement", "repatriation", "transfer", "exchange")

// patientClosers end the noun phrase a patient noun heads: after them
// the noun is no modifier of a later noun ("X's release date").
var patientClosers = set("and", "or", "but", "was", "were", "is", "are", "be", "been", "had", "has",
	"would", "could", "will", "that", "which", "who", "as")

// possessedPatient (rule rel.patient-noun) reports whether mention m, a
// possessor ("X's", "his", "her", "their", "its"), owns a patient noun
// that heads its phrase, with at most two modifiers between
// ("demanded his immediate release", "condemned X's arrest on Monday").
func (d *doc) possessedPatient(m *mention, s sentence) bool {
	if !m.poss && !(m.kind == sPron && (m.pron == "his" || m.pron == "her" || m.pron == "their" || m.pron == "its")) {
		return false
	}
	start := m.b
	if start < s.b && d.toks[start].kind == tPoss {
		start++
	}
	for j := start; j < s.b && j <= start+2; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if !patientNouns[t.low] {
			continue // a modifier: "immediate", "unconditional"
		}
		if j+1 >= s.b {
			return true
		}
		next := d.toks[j+1]
		return next.kind != tWord || prepositions[next.low] || patientClosers[next.low]
	}
	return false
}
