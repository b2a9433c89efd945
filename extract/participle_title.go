package extract

import "strings"

// participleTitle (rule role.title) reports whether the capitalised
// word at token k, opening sentence s, is a participle in -ing that
// qualifies the title after it ("Presiding Judge X", "Managing Director
// Y", "Visiting Foreign Minister Z"), not an organisation known by one
// word ("Greens leader X"): the text never writes it capitalised
// elsewhere, as it would an organisation's name ("Boeing said").
func (d *doc) participleTitle(k int, s sentence) bool {
	t := d.toks[k]
	if k != d.openingToken(d.sentOf(k)) || t.kind != tWord || !t.cap || t.upper || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	return !d.capitalisedElsewhere(k, s)
}
