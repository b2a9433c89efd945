package extract

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
