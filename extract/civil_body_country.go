package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Rules for classes of error that blind held-out articles
// showed (testdata/heldout/README.md), each with invented sentences in
// civil_body_country_test.go.

// companyHeadPersons (actor.company-head-person) types as an
// organisation a name taken for a person whose last word ends company
// names (companyHeads: "Kallistos Maritime", "Fjordane Maritime") when
// nothing shows it to be a person: no known given name, role, title or
// known leader (personNameEvidence). Speech beside it is no evidence:
// companies speak ("Kallistos Maritime said …").
func (d *doc) companyHeadPersons() {
	var buf [8]string
	for _, a := range d.actors {
		f := fieldsIn(buf[:0], a.canon)
		if a.typ != graph.Person || len(f) < 2 || !lowerIn(companyHeads, f[len(f)-1]) || d.personNameEvidence(a) {
			continue
		}
		a.typ = graph.Organization
	}
}

// outsideBodyHeads end the names of bodies of a country's society that
// speak to its government from outside it: the civil bodies of
// negotiation_sides.go (associations, unions, federations, chambers) and parties
// and movements.
var outsideBodyHeads = union(civilBodyHeads, set("party", "movement", "congress", "coalition"))

// civilBodyCountry (rule description:government, civilBodyCountry):
// "The Fuel Importers Association of Zimbabwe urged the government to
// pay", "The Kenya Medical Association called on the government": a
// civil body whose name carries a country (by its name or its
// nationality) and which opens the sentence speaks of that country's
// government, whichever country's government the text named last. nil
// when the sentence opens with no such body, or the country is no actor.
// A state body ("the Chinese Foreign Ministry urged the government")
// speaks of another government and is not read here.
func (d *doc) civilBodyCountry(r *reader, m *mention) *actor {
	s := d.sents[m.sent]
	start := d.skipDateline(s)
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a || o.mod || o.quote {
			continue
		}
		if o.a > start+1 {
			return nil // the sentence opens with something else
		}
		if o.act == nil || o.act.typ != graph.Organization || !outsideBody(o.act.canon) {
			return nil
		}
		for k := o.a; k < o.b; k++ {
			f, _, ok := d.gazAt(k, o.b)
			if !ok || f.typ != graph.Country || f.kind != gDemonym && f.kind != gName {
				continue
			}
			if a := d.byKey[d.fold(f.canon)]; a != nil && a.typ == graph.Country {
				return a
			}
		}
		return nil
	}
	return nil
}

// outsideBody reports whether an organisation's name has a word of
// outsideBodyHeads.
func outsideBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if outsideBodyHeads[w] {
			return true
		}
	}
	return false
}

// twoOrganisationsBefore (rule description:sides, twoOrganisationsBefore)
// returns the two organisations m's own sentence names before "both
// lenders" or "the two companies" m, when it names exactly two ("…
// with loans from the World Bank and the Asian Development Bank, and
// both lenders have pressed Hanoi"): the pair the sentence has just set
// up, not a pair that dealt with each other sentences before. nil
// otherwise, as twoCountriesBefore does for "the two countries".
func (d *doc) twoOrganisationsBefore(r *reader, m *mention) []*actor {
	var os []*actor
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		if o.kind == sDesc || o.kind == sPron || o.quote || o.mod {
			continue
		}
		for _, a := range o.named() {
			if a.typ == graph.Organization && !slices.Contains(os, a) {
				os = append(os, a)
			}
		}
	}
	if len(os) != 2 {
		return nil
	}
	return os
}

// paternalSurname (actor.paternal-surname) returns the one person of a
// three-word name whose middle word is the single name of mention m,
// key folded ("Rogelio Vargas Quintero … Vargas said", "Paula Ortiz
// Mejia … Ortiz"): Spanish and Portuguese names carry two surnames, and
// a story calls the person by the first, the father's. nil when a
// person's last or first word is that name too (Pass 2 prefers those),
// or two persons have it in the middle.
func (d *doc) paternalSurname(m *mention, key string, persons, firsts map[string][]*actor) *actor {
	if len(persons[key]) > 0 || len(firsts[key]) > 0 {
		return nil
	}
	var found *actor
	for _, a := range d.actors {
		if a.typ != graph.Person {
			continue
		}
		f := d.fieldsOf(d.fold(a.canon))
		if len(f) != 3 || f[1] != key {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}
