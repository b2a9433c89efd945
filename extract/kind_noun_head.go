package extract

import "github.com/newsgraph/newsgraph/graph"

// pastOrgKindNoun (rule stmt.speech-verb, appositiveHead) returns the
// token after the lower-case noun of its kind that follows a single
// organisation's name at end ("The Atlas union, which …, said": after
// "union"), or end: the noun is the head the appositives after it
// describe, and the organisation speaks.
func (d *doc) pastOrgKindNoun(r *reader, g []*mention, end, j int) int {
	if len(g) != 1 || end >= j {
		return end
	}
	t := d.toks[end]
	if t.kind != tWord || t.cap || !t.is(orgCuesClass) {
		return end
	}
	for _, a := range d.refs(r, g[0]) {
		if a.typ != graph.Organization && a.typ != graph.Group {
			return end
		}
	}
	return end + 1
}
