package extract

import "github.com/newsgraph/newsgraph/graph"

// describedOrgNamed (rule stmt.reported-clause, describedOrgNamed) reads
// the speaker of a verb of speech after an organisation's name set off
// by commas after its description: "The U.N. mission in the country,
// UNMISS, said …", "The Swiss competition office, the
// Wettbewerbskommission, said …", "African football's governing body,
// CAFOS, said …". The name speaks, not a place or body inside the
// description ("the country", "U.N."). j is the comma before the verb;
// it returns the name's mention and the token where the description
// opens, or nil.
func (d *doc) describedOrgNamed(r *reader, si int, s sentence, j int) (*mention, int) {
	var named *mention
	for _, m := range r.mentsBy[si] {
		if m.hb == j && m.ha+1 == m.hb && !m.quote {
			named = m
		}
	}
	if named == nil || !(d.orgDescriptionBefore(named) || d.possessedOrgBefore(named)) {
		return nil, 0
	}
	if as := d.refs(r, named); len(as) != 1 || as[0].typ != graph.Organization {
		return nil, 0
	}
	start := d.nameDescriptionComma(named)
	for start > s.a && d.toks[start-1].kind != tPunct && d.toks[start-1].kind != tCloseQ {
		start--
	}
	if start < d.skipDateline(s) {
		return nil, 0
	}
	return named, start
}
