package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// spokenForSubject (rule rel.verb-object, speakerBeforeAnd) returns
// the subject of reported clause st when every speaker of st speaks for
// it: a verb after "and" right after the clause is the speaker's own
// act ("X said the firm had offered a raise and urged the union"), but
// a spokesperson reports the acts of the body they speak for, and what
// follows the "and" is that body's too ("UN spokesman X said the United
// Nations was alarmed and called on both governments …", "State
// Department spokeswoman X said Washington rejected the sanctions and
// urged Beijing …"). Nil when the clause's subject is anyone else ("the
// minister said Russia was lying and called on NATO …": the minister
// called).
func (d *doc) spokenForSubject(r *reader, si int, st stmt) []*actor {
	for _, m := range r.mentsBy[si] {
		at := d.toks[m.a].s
		if at < st.s {
			continue
		}
		if at >= st.e || !d.clauseOpensAt(st.s, m.a) || m.poss {
			return nil
		}
		as := d.refs(r, m)
		if len(as) == 0 {
			return nil
		}
		for _, a := range as {
			for _, sp := range st.speakers {
				if !d.speaksFor(sp, a) {
					return nil
				}
			}
		}
		return as
	}
	return nil
}

// clauseOpensAt reports whether only a determiner or "that" stands
// between byte offset s, where a reported clause starts, and token k.
func (d *doc) clauseOpensAt(s, k int) bool {
	for j := k - 1; j >= 0 && d.toks[j].s >= s; j-- {
		if w := d.toks[j].low; w != "the" && w != "that" {
			return false
		}
	}
	return true
}

// speaksFor reports whether speaker p is a, or a spokesperson of a: a
// person whose role's words name a spokesperson (spokesTitles), in a
// itself or in a body of a's, one whose name a's name or demonym
// qualifies ("Russian Foreign Ministry", "U.S. State Department"). A
// minister or commissioner who says "China opposed … and urged Seoul"
// acts in their own name.
func (d *doc) speaksFor(p, a *actor) bool {
	if p == a {
		return true
	}
	if p == nil || a == nil || p.typ != graph.Person || a.typ == graph.Person {
		return false
	}
	for _, rl := range d.roles {
		if rl.class != graph.Role || rl.person.act != p || rl.target.act == nil || !spokesRole(rl.verb) {
			continue
		}
		if t := rl.target.act; t == a || a.typ == graph.Country && d.namedCountry(t) == a {
			return true
		}
	}
	return false
}

// namedCountry returns the country actor whose name or demonym opens
// organisation a's name or one of its aliases ("Russian Foreign
// Ministry", "U.S. State Department"), else nil.
func (d *doc) namedCountry(a *actor) *actor {
	if a.typ == graph.Country || a.typ == graph.Person {
		return nil
	}
	for _, name := range append([]string{a.canon}, a.aliases...) {
		w := strings.Fields(name)
		for k := min(3, len(w)-1); k >= 1; k-- {
			if c := d.countryForm(w[:k]); c != "" {
				return d.byKey[d.fold(c)]
			}
		}
	}
	return nil
}

// spokesRole reports whether a role's words name a spokesperson ("UN
// Secretary-General spokesman", "the ministry's spokeswoman").
func spokesRole(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if spokesTitles[w] {
			return true
		}
	}
	return false
}
