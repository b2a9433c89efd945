package extract

// cooperationFields are the fields whose capitalised "Cooperation"
// names a body of states ("Asia-Pacific Economic Cooperation").
var cooperationFields = set("economic", "regional", "security", "trade", "development", "technical", "defence", "defense", "energy")

// cooperationBody (rule mention.organisation, cooperationBody) reports
// whether the capitalised run [a, b) names a body of states after the
// cooperation it is for: at least three tokens, the last "Cooperation"
// or "Co-operation" after a field of cooperationFields, and a place or
// a region's word (lexicon/region_words.txt) before them ("the Asia-Pacific Economic Cooperation forum",
// "the Black Sea Economic Cooperation summit", "Central Asia Regional
// Economic Cooperation"): an organisation, even before a lower-case
// noun of meetings or things ("forum", "summit", "programme") that
// otherwise makes the run a thing's name. Not in the article's title,
// whose capitals are a headline's ("Asian Leaders Vow Closer Regional
// Economic Cooperation").
func (d *doc) cooperationBody(a, b int, s sentence) bool {
	t := d.toks
	if b-a < 3 || d.titleSentence(s) {
		return false
	}
	last := t[b-1].low
	if last != "cooperation" && last != "co-operation" && !(last == "operation" && b-a >= 5 && t[b-2].text == "-" && t[b-3].low == "co") {
		return false
	}
	f := b - 2
	if last == "operation" {
		f = b - 4
	}
	if f <= a || !cooperationFields[t[f].low] || !t[f].cap {
		return false
	}
	for k := a; k < f; k++ {
		if t[k].kind != tWord {
			continue
		}
		if _, _, ok := d.gazAt(k, k+1); ok || regionWords[t[k].low] {
			return true
		}
	}
	return false
}

// titleSentence reports whether sentence s is in the article's title.
func (d *doc) titleSentence(s sentence) bool {
	for i, x := range d.sents {
		if x.a == s.a {
			return i < len(d.sentRegion) && d.sentRegion[i] == rTitle
		}
	}
	return false
}
