package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// unionTalksWindow is how many sentences after its own unionTalksSides
// looks for the union the workers' "their union" is (a wire story names
// the striking union in its second sentence).
const unionTalksWindow = 2

// unionTalksSides (rule rel.noun-between, `unionTalksSides`) reads
// "talks between their union and management" or "… and the terminal
// operator X" at token k (right after "between"): the workers' union is
// the union the sentence or the two after it name ("… broke down, the
// Danish Pilots Association said", "The National Union of Port Workers
// walked out …"), and management is the company the workers work at
// ("Pilots at Danish carrier Skyfly"). Nil unless both are found.
func (d *doc) unionTalksSides(r *reader, si, k int, s sentence) []*actor {
	toks := d.toks
	if k+3 >= s.b || toks[k].low != "their" || toks[k+1].low != "union" || toks[k+2].low != "and" {
		return nil
	}
	j := k + 3
	var employer *actor
	if toks[j].low == "management" || toks[j].low == "the" && j+1 < s.b && toks[j+1].low == "management" {
		employer = d.workplaceCompany(r, si, k)
	} else {
		employer = d.organisationWithin(r, si, j, s)
	}
	if employer == nil {
		return nil
	}
	for sj := si; sj < len(d.sents) && sj <= si+unionTalksWindow; sj++ {
		for _, m := range r.mentsBy[sj] {
			if a := m.act; a != nil && a != employer && !m.quote && m.kind != sPron && m.kind != sDesc && unionName(a) {
				return []*actor{a, employer}
			}
		}
	}
	return nil
}

// unionName reports whether organisation a is named as a union of
// workers ("National Union of Port Workers", "Danish Pilots
// Association", "Transport Workers Federation").
func unionName(a *actor) bool {
	if a.typ != graph.Organization {
		return false
	}
	for _, w := range strings.Fields(a.canon) {
		switch w {
		case "Union", "Association", "Federation", "Syndicate", "Confederation", "Guild", "Workers":
			return true
		}
	}
	return false
}

// workplaceCompany returns the organisation named right after "at"
// before token k in sentence si, past up to three words ("Pilots at
// Danish carrier Skyfly"), when it is no union; nil otherwise.
func (d *doc) workplaceCompany(r *reader, si, k int) *actor {
	for _, m := range r.mentsBy[si] {
		if m.a >= k || m.act == nil || m.act.typ != graph.Organization || unionName(m.act) || m.quote {
			continue
		}
		j := m.a - 1
		for n := 0; n < 3 && j > d.sents[si].a && d.toks[j].low != "at" && d.toks[j].kind == tWord; n++ {
			j-- // "at Scandinavian carrier Nordair"
		}
		if d.toks[j].low == "at" {
			return m.act
		}
	}
	return nil
}

// organisationWithin returns the organisation a name mention starting
// at most four words after token j stands for ("the terminal operator
// Terminal Cuenca del Plata"), nil when there is none.
func (d *doc) organisationWithin(r *reader, si, j int, s sentence) *actor {
	for _, m := range r.mentsBy[si] {
		if m.a < j || m.a > j+4 || m.quote || m.kind == sPron || m.kind == sDesc {
			continue
		}
		for x := j; x < m.a; x++ {
			if !lowerWord(d.toks[x]) && !d.isDemonymTok(x) {
				return nil
			}
		}
		if m.act != nil && m.act.typ == graph.Organization {
			return m.act
		}
		return nil
	}
	return nil
}

// strikersAt returns the description "the strikers" ("the striking
// workers") at token i of sentence s, ok false when the words there are
// none: the workers on strike, whom their union stands for
// (resolveStrikers).
func (d *doc) strikersAt(i int, s sentence) (segment, bool) {
	if i+1 >= s.b || d.toks[i].low != "the" {
		return segment{}, false
	}
	if d.toks[i+1].low == "strikers" {
		return segment{kind: sDesc, a: i, b: i + 2, class: strikersClass, plural: true}, true
	}
	if i+2 < s.b && d.toks[i+1].low == "striking" && strikingWorkers[d.toks[i+2].low] {
		return segment{kind: sDesc, a: i, b: i + 3, class: strikersClass, plural: true}, true
	}
	return segment{}, false
}

// strikersClass is the description class of "the strikers".
const strikersClass = "strikers:"

// strikingWorkers are the nouns after "the striking" that name the
// workers on strike, not a thing ("the striking workers", not "the
// striking image").
var strikingWorkers = set("workers", "dockers", "dockworkers", "miners", "nurses", "doctors",
	"teachers", "pilots", "drivers", "staff", "employees")

// resolveStrikers (rule description:strikers): "the strikers" are the
// union named last in the sentences before theirs, one named a union
// or a body of workers first (workersUnionRank; unionName: "The National Union of Port
// Workers walked out … The ITF expressed support for the strikers" is
// support of the union); nil when the text names no union before.
func (d *doc) resolveStrikers(r *reader, m *mention) []*actor {
	var best *actor
	bestRank := 0
	for _, o := range d.ments {
		if o.sent >= m.sent {
			break // who backs or blames the strikers in their sentence is no striker
		}
		if o.act == nil || o.kind == sDesc || o.kind == sPron || o.quote || !unionName(o.act) {
			continue
		}
		if rank := workersUnionRank(o.act); rank >= bestRank {
			best, bestRank = o.act, rank
		}
	}
	if best == nil {
		return nil
	}
	m.act = best
	return []*actor{best}
}

// workersUnionRank ranks how surely organisation a is a union of
// workers: 2 for a name with "Union", "Workers" or "Syndicate" ("National
// Union of Port Workers"), 1 for another body of unionName ("Brazilian
// Beef Exporters Association" may be a trade body).
func workersUnionRank(a *actor) int {
	for _, w := range strings.Fields(a.canon) {
		if w == "Union" || w == "Workers" || w == "Syndicate" {
			return 2
		}
	}
	return 1
}
