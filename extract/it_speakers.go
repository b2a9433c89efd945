package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// itSpeakers (in mention.name's typing) types as an organisation a name
// taken for a person that the text refers back to as a thing right
// after it: "<name> said its …" or "<name>, which …" ("Rio Tinto said
// its profit fell", "Vela Brandt, which employs 300 people,"). A person
// the text titles or gives a role, or whose name opens with a known
// given name ("Ines Holm said it had sent tents": the "it" is another
// body's), keeps the type.
func (d *doc) itSpeakers() {
	for _, m := range d.ments {
		a := m.act
		if a == nil || a.typ != graph.Person || m.kind != sName || len(a.titles) > 0 || d.hasRoleLink(a) || d.titledPerson(a) || knownGivenName(a) {
			continue
		}
		if d.thingAfter(m) {
			a.typ = graph.Organization
		}
	}
}

// thingAfter reports whether name mention m is followed by ", which", or
// by a verb of speech and "its". A verb of speech and "it" is no such
// sign: "Ines Holm said it had sent tents" may be about something else
// (TestReportedSelf).
func (d *doc) thingAfter(m *mention) bool {
	s := d.sents[m.sent]
	k := m.b
	if k+1 < s.b && d.toks[k].text == "," && d.toks[k+1].low == "which" {
		return true
	}
	if k+1 >= s.b || !d.toks[k].is(speechVerbsClass) {
		return false
	}
	return d.toks[k+1].low == "its"
}

// knownGivenName reports whether a's name, or one of its aliases,
// opens with a given name of lexicon firstNames or has a person's shape
// ("Vann R. Newkirk").
func knownGivenName(a *actor) bool {
	for _, n := range append([]string{a.canon}, a.aliases...) {
		if w := strings.Fields(n); len(w) >= 2 && firstNames[strings.ToLower(w[0])] || personShape(n) {
			return true
		}
	}
	return false
}

// titledPerson reports whether a mention of a carries a title
// ("Finance Minister X").
func (d *doc) titledPerson(a *actor) bool {
	for _, pt := range d.pendingTitles {
		if pt.m.act == a {
			return true
		}
	}
	for _, m := range d.ments {
		if m.act == a && m.titled {
			return true
		}
	}
	return false
}

// hasRoleLink reports whether person a holds a role or family tie read
// so far.
func (d *doc) hasRoleLink(a *actor) bool {
	for _, rl := range d.roles {
		if rl.person.act == a {
			return true
		}
	}
	return false
}

// knownOrgBefore (rule mention.organisation, orgListAnd) reports
// whether the words [a, p) before an "and" inside a capitalised run are
// by themselves an organisation the gazetteer knows ("Toyota and Suzuki
// Motor" are Toyota and Suzuki Motor, not one company).
func (d *doc) knownOrgBefore(a, p int) bool {
	f, e, ok := d.gazAt(a, p)
	return ok && e == p && f.typ == graph.Organization
}
