package extract

import "github.com/newsgraph/newsgraph/graph"

// roleDescribedOrg (rule "described organisation and role noun before
// name"): a role noun after a body's common noun, with no owner before
// it, and before a person's name ("ministry spokeswoman X", "A union
// spokesman, X, said", "Police spokesman X said") holds the role in the
// body the noun would refer to as a description ("the ministry": the
// organisation of that kind named before, or the story country's body
// of a kind no body of which is named, description:unnamed-body). The
// noun is read as such a description of its own (describedOwner); with
// no body it refers to, there is no role.
func roleDescribedOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := d.rankBefore(p.ha-1, s) // "navy spokesman Captain X" (diplomatic_offices.go)
		if d.nameInAside(k, p, s) {
			k-- // "A union spokeswoman, Liis Tamm, said"
		}
		if k-1 < s.a || !roleNoun(d.toks[k].low) {
			continue
		}
		o := d.describedOwner(r, si, k-1, s)
		if o == nil {
			continue
		}
		out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(k-1, p.hb)})
	}
	return out
}

// describedOwner reads the word at j as a description of a body ("the
// ministry") and returns a mention of the body it refers to, nil when
// the word is no such noun, has an owner before it (a name, a
// possessive, an adjective: "Kenya's police", "Kenyan police", "riot
// police" are other rules' or none), or refers to no organisation.
func (d *doc) describedOwner(r *reader, si, j int, s sentence) *mention {
	t := d.toks[j]
	if t.kind != tWord || t.cap && j != s.a && j != d.skipDateline(s) {
		return nil
	}
	class := ""
	switch {
	case bodyPhrase[t.low] != nil:
		class = "org:" + t.low
	case t.is(orgDescNounsClass) || t.is(ofOwnedNounsClass):
		class = "org:" + t.low
	default:
		return nil
	}
	if j > s.a && j != d.skipDateline(s) {
		if p := d.toks[j-1]; p.kind == tWord && !p.is(determinersClass) || p.kind == tPoss {
			return nil
		}
	}
	m := &mention{kind: sDesc, a: j, b: j + 1, ha: j, hb: j + 1, sent: si, desc: &segment{kind: sDesc, a: j, b: j + 1, class: class}}
	as := d.resolve(r, m)
	if len(as.actors) != 1 || as.actors[0].typ != graph.Organization {
		return nil
	}
	m.act = as.actors[0]
	return m
}
