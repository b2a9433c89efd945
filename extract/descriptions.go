package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Descriptions that refer back to an actor the text named without the
// description's words (resolve.go's rules match the description's noun
// to the actor's titles or name).

// electedWinner (description:office) returns, for "the president-elect"
// (or any "<office>-elect") that no titled person matches, the last
// person before it who won an election: the single person subject of a
// sentence before m's with a verb of winning ("Lucia Arrieta won the
// runoff", "Tomas Berg was elected", "Ana Ruiz beat the incumbent");
// nil when there is none.
func (d *doc) electedWinner(r *reader, m *mention) *actor {
	if !strings.HasSuffix(m.desc.class, "-elect") {
		return nil
	}
	for si := m.sent; si >= 0 && si >= m.sent-electedWindow; si-- {
		end := d.sents[si].b
		if si == m.sent {
			end = m.a
		}
		if w := d.winnerIn(r, si, end); w != nil {
			return w
		}
	}
	return d.leadWinner(r, m) // distant_antecedents.go
}

// electedWindow is how many sentences back electedWinner looks.
const electedWindow = 8

// winVerbs say someone won an election.
var winVerbs = set("won", "wins", "elected", "beat", "beating", "defeated", "defeating", "re-elected")

// orgPairNouns after "the two" or "both" name two organisations that
// dealt with each other ("the two companies held talks", "both banks
// declined to comment"): description:sides, organisationSides.
var orgPairNouns = set("companies", "firms", "groups", "banks", "lenders", "carriers", "airlines",
	"insurers", "retailers", "operators", "automakers", "carmakers", "drugmakers", "utilities",
	"unions", "agencies", "regulators", "organisations", "organizations", "clubs", "teams",
	"universities", "businesses", "rivals", "partners")

// organisationSides returns the last two organisations that dealt with
// each other before description m ("Arveda agreed to buy Solmira … The
// two companies held talks"), else the last two named together ("Arveda
// and Solmira …"); nil when there is none.
func (d *doc) organisationSides(r *reader, m *mention) []*actor {
	orgs := func(p []*actor) bool {
		return len(p) == 2 && p[0].typ == graph.Organization && p[1].typ == graph.Organization
	}
	if p := d.twoOrganisationsBefore(r, m); p != nil {
		m.group = p // civil_body_country.go
		return p
	}
	if p := d.sidesOfKind(r, m); p != nil {
		m.group = p // distant_antecedents.go
		return p
	}
	for i := len(r.lastSides) - 1; i >= 0; i-- {
		if p := r.lastSides[i]; p.before(m) && orgs(p.pair) {
			m.group = p.pair
			return p.pair
		}
	}
	for i := len(r.lastGroups) - 1; i >= 0; i-- {
		if p := r.lastGroups[i]; orgs(p) {
			m.group = p
			return p
		}
	}
	return nil
}

// union returns a set of the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// unnamedSources reports whether sentence si credits what it says to
// people it does not name, "according to people familiar with the
// matter", "according to sources": a "they said" after it continues
// those unnamed sources, not the sentence's subject.
func (d *doc) unnamedSources(si int) bool {
	s := d.sents[si]
	for k := s.a; k+2 < s.b; k++ {
		if d.toks[k].low != "according" || d.toks[k+1].low != "to" {
			continue
		}
		for j := k + 2; j < s.b && j <= k+5; j++ {
			if unnamedSourceNouns[d.toks[j].low] {
				return true
			}
			if d.toks[j].cap {
				return false
			}
		}
	}
	return false
}

// unnamedSourceNouns are the people a report credits without a name.
var unnamedSourceNouns = set("people", "sources", "persons", "officials", "insiders", "analysts",
	"diplomats", "witnesses", "residents", "bankers", "executives", "lawyers")
