package extract

import "github.com/newsgraph/newsgraph/graph"

// unitNouns are the parts of an organisation sent somewhere or formed
// for a task, whose head holds a role in the organisation.
var unitNouns = set("mission", "delegation", "team", "office", "secretariat")

// unitModifiers may stand between the owner and the unit noun ("its
// election observation mission", "the EU monitoring mission").
var unitModifiers = set("observer", "observation", "election", "electoral", "monitoring",
	"fact-finding", "negotiating", "assessment", "technical", "country", "regional", "field")

// roleTitleOfUnit (rule "title of an organisation's unit before name"):
// "The head of its mission, X,", "The leader of the EU's observer
// delegation, X,", "The head of the African Union mission, X,": a role
// noun, "of", an owner ("its", an organisation's possessive or its name
// as a modifier), up to two lower-case modifiers and a unit noun
// (unitNouns) right before the name's comma give the person a ROLE in
// the owner. "The head of the mission, X," names no owner and gives
// none.
func roleTitleOfUnit(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		e := p.a
		if e-1 <= s.a || d.toks[e-1].text != "," {
			continue
		}
		u := e - 2
		if u <= s.a || !unitNouns[d.toks[u].low] || d.toks[u].cap {
			continue
		}
		j := u - 1
		for n := 0; n < 2 && j > s.a && unitModifiers[d.toks[j].low] && !d.toks[j].cap; n++ {
			j--
		}
		if j > s.a && d.toks[j].kind == tPoss {
			j-- // "the EU's observer mission"
		}
		var owner *mention
		for _, m := range r.mentsBy[si] {
			if m.b == j+1 && !m.quote && (m.kind == sPron && (m.pron == "its" || m.pron == "their") || m.cand.typ == graph.Organization || m.cand.typ == graph.Country) {
				owner = m
			}
		}
		if owner == nil {
			continue
		}
		k := owner.a
		if k > s.a && d.toks[k-1].low == "the" {
			k--
		}
		if k-2 < s.a || d.toks[k-1].low != "of" || !d.roleNounBefore(k-1, s, 3) {
			continue
		}
		out = append(out, roleLink{person: p, target: owner, class: graph.Role, sent: si, verb: d.span(k-1, p.hb)})
	}
	return out
}
