package extract

import "github.com/newsgraph/newsgraph/graph"

// tightCompound (rule mention.organisation, tightCompound) reports
// whether token j is a hyphen written without spaces between two
// capitalised words inside an organisation's "of"/"for"/"on" phrase
// ("Council on Arab-American Relations", "Institute for Sino-African
// Studies", "Organisation of Afro-Asian Peoples"): the hyphen joins the
// compound's halves, and the name runs on past it. The word before it
// must be a capitalised word of the phrase and the word after it a
// capitalised word with no space before it.
func (d *doc) tightCompound(j, b int) bool {
	if j < 1 || j+1 >= b {
		return false
	}
	h, prev, next := d.toks[j], d.toks[j-1], d.toks[j+1]
	if h.kind != tPunct || !h.tight || (h.text != "-" && h.text != "\u2011") {
		return false
	}
	return prev.kind == tWord && prev.cap && next.kind == tWord && next.cap && next.tight
}

// ofPhraseWordEnd returns the last token of the capitalised word or
// tight hyphenated compound that starts at token k+1 of an organisation's
// "of"/"for"/"on" phrase, or k when none does: a capitalised word that
// is no title word (or a title that ends the name), or a hyphen that
// tightCompound joins to the word after it.
func (d *doc) ofPhraseWordEnd(k, b int) int {
	t := d.toks
	if k+1 >= b {
		return k
	}
	if d.tightCompound(k+1, b) {
		return k + 2
	}
	if t[k+1].kind == tWord && t[k+1].cap && (!t[k+1].is(titleWordsClass) || d.titlesEndName(k+1, b) > 0) {
		return k + 1
	}
	return k
}

// officeOfHolderCountry (rule mention.organisation, officeOfHolderCountry)
// returns the last token of the country's name when the organisation's
// name ending at token k is an office named after its holder's title,
// "Office of the" and title words only ("Office of the Attorney
// General", "Office of the President"), and an "of" and a country's
// name follow it before b: the country completes the holder's title
// ("Office of the Attorney General of Switzerland", "Office of the
// Prosecutor General of Ukraine"), so the office is that country's, one
// name. It returns -1 otherwise; other names keep a country's "of"
// phrase apart ("Ministry of Defence of Ukraine", ofPhraseTail).
func (d *doc) officeOfHolderCountry(k, b int) int {
	t := d.toks
	if !d.holderTitledOffice(k) {
		return -1
	}
	c := k + 2
	if k+2 >= b || t[k+1].low != "of" || t[k+1].cap {
		return -1
	}
	if t[c].low == "the" && c+1 < b {
		c++
	}
	f, e, ok := d.gazAt(c, b)
	if !ok || f.typ != graph.Country || f.kind != gName || e < b && t[e].kind == tWord && t[e].cap {
		return -1
	}
	return e - 1
}

// holderTitledOffice reports whether the words up to token k are an
// office named after its holder's title: "Office of the", then
// capitalised title words only, the last at k ("Office of the Attorney
// General").
func (d *doc) holderTitledOffice(k int) bool {
	t := d.toks
	j := k
	for j > 0 && t[j].kind == tWord && t[j].cap && t[j].is(titleWordsClass) {
		j--
	}
	return j < k && j >= 2 && t[j].low == "the" && t[j-1].low == "of" && t[j-2].low == "office" && t[j-2].cap
}
