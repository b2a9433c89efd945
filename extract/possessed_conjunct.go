package extract

import "github.com/newsgraph/newsgraph/graph"

// possessedConjunct (rule coord.possessed-conjunct): in "Kenya's
// President William Ruto and Uganda's Yoweri Museveni met", the conjunct
// after "and" is the person named right after the possessive, not the
// country that owns them: "Uganda's" only places Museveni (the role
// rules read it: "organisation's person"). When the last member of group
// g (hs[k]) is a possessive whose next head mention is a person named
// right after its "'s", that person replaces it; the index of the
// member kept is returned.
func (d *doc) possessedConjunct(hs []*mention, k int, g []*mention) int {
	m := hs[k]
	if !m.poss || k+1 >= len(hs) {
		return k
	}
	next := hs[k+1]
	if next.act == nil || next.act.typ != graph.Person || !d.rightAfterPossessive(m, next) {
		return k
	}
	g[len(g)-1] = next
	return k + 1
}

// rightAfterPossessive reports whether mention next starts right after
// possessive mention m and its "'s" (or bare apostrophe).
func (d *doc) rightAfterPossessive(m, next *mention) bool {
	j := m.b
	if j < next.a && (d.toks[j].low == "'s" || d.toks[j].low == "’s" || d.toks[j].low == "'" || d.toks[j].low == "’") {
		j++
	}
	return j == next.a
}
