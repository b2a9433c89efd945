package extract

// titleOfPlaceHolder (rule mention.name, titleOfPlaceHolder) returns the
// first token of the holder's name in a capitalised run that writes a
// title, "of", a place or body the gazetteer does not know and the
// holder's name ("Governor of Ontario Mark Tessier said", "Premier of
// Manitoba Anne Roy"), or -1: the words from i, right after the title's
// "of", up to a known given name that one or two more capitalised words
// follow to the run's end b. One to three plain capitalised words come
// before the given name. The run was read as one person's name after
// the title, and dropped.
func (d *doc) titleOfPlaceHolder(segs []segment, i, b int) int {
	t := d.toks
	if len(segs) == 0 || i < 2 || t[i-1].low != "of" || t[i-1].cap {
		return -1
	}
	if p := segs[len(segs)-1]; p.kind != sTitle || p.b != i-1 {
		return -1
	}
	for g := i + 1; g <= i+3 && g+1 < b; g++ {
		if !d.plainCapsAfter(g-1, g) || t[g-1].is(connectorsClass) || t[g-1].is(functionCapsClass) {
			return -1
		}
		if firstNames[t[g].low] && b-g <= 3 && d.plainCapsAfter(g, b) {
			return g
		}
	}
	return -1
}
