package extract

// namedAloneBefore (rule mention.organisation, orgListAnd) reports
// whether the capitalised words [a, p) before an organisation's "and"
// were written earlier in the article standing alone: the same words,
// with no capitalised word, "and", "&" or "of" right before or after
// them. "Farmacorp and Varanasi Lifecare" after "Farmacorp recalled the
// syrup" is two companies; "Procter and Gamble" and "Marks and Spencer"
// stay one name when nothing named their first part alone before.
func (d *doc) namedAloneBefore(a, p int) bool {
	n := p - a
	if n < 1 || n > 3 {
		return false
	}
	for k := a; k < p; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap {
			return false
		}
	}
	for i := 0; i+n <= a; i++ {
		if d.sameWords(i, a, n) && !d.joinsName(i-1) && !d.joinsName(i+n) {
			return true
		}
	}
	return false
}

// sameWords reports whether the n tokens at i are those at j.
func (d *doc) sameWords(i, j, n int) bool {
	for k := 0; k < n; k++ {
		if d.toks[i+k].text != d.toks[j+k].text {
			return false
		}
	}
	return true
}

// joinsName reports whether token i, beside a run of capitalised
// words, would make it part of a longer name: a capitalised word, a
// possessive, "and", "&" or "of". Outside the text it joins nothing.
func (d *doc) joinsName(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	return t.kind == tWord && t.cap || t.kind == tPoss || t.low == "and" || t.text == "&" || t.low == "of"
}
