package extract

// speakingFacilityHeads end the names of facilities whose operators
// speak under the facility's name ("Heathrow Airport said", "the Port of
// Rotterdam said", "the Kursk Nuclear Power Plant said").
var speakingFacilityHeads = set("airport", "port", "plant", "station", "refinery", "terminal", "mine")

// speakingFacility (rule mention.organisation, speakingFacility) reports
// whether the capitalised run [a, b) names a facility — its last word of
// speakingFacilityHeads, or "Port of X" — right before a verb of speech:
// the facility's operator speaking, an organisation, where the same
// name elsewhere is only a place ("ships waited at the Port of X").
func (d *doc) speakingFacility(a, b int, s sentence) bool {
	if b-a < 2 || b >= s.b {
		return false
	}
	last := d.toks[b-1]
	portOf := d.toks[a].low == "port" && d.toks[a+1].low == "of"
	if !portOf && !(last.kind == tWord && last.is(speakingFacilityHeadsClass)) {
		return false
	}
	k := b
	for k < s.b && k < b+2 && d.toks[k].kind == tWord && adverbs[d.toks[k].low] {
		k++
	}
	return k < s.b && d.toks[k].kind == tWord && d.toks[k].is(coreSpeechClass)
}

var speakingFacilityHeadsClass = classOf(speakingFacilityHeads)
