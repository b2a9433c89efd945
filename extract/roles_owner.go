package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Roles through an owner the sentence names before the person's
// appositive: "… with People's Front, whose leader, X, has called …".
// ("A spokeswoman for the federation, X," and "The federation's
// president, X," are read by appositives and titleConstructions.)

// ownerRoles reads "<owner>, whose <title>, X," in sentence si (rule
// role.whose-title).
func (d *doc) ownerRoles(s sentence, si int) {
	for _, pm := range d.ments {
		if pm.sent != si || pm.kind != sName || pm.cand.typ != graph.Person || pm.ha-1 <= s.a || d.toks[pm.ha-1].text != "," {
			continue
		}
		if om, e := d.whoseTitleOwner(pm.ha-1, s, si); om != nil {
			d.roles = append(d.roles, roleLink{person: pm, target: om, class: graph.Role, sent: si, verb: d.span(om.a, e), rule: "role.whose-title"})
		}
	}
}

// whoseTitleOwner (rule role.whose-title) returns the owner of "<owner>,
// whose <title>, X," where the comma at token c comes right before the
// person's name ("People's Front, whose leader, X,", "Norway, whose
// foreign minister, X,"), and the end of the title; nil when there is
// none.
func (d *doc) whoseTitleOwner(c int, s sentence, si int) (*mention, int) {
	k := c - 1
	if k <= s.a || !d.toks[k].is(titleWordsClass) || d.toks[k].cap {
		return nil, 0
	}
	for k > s.a && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && d.toks[k-1].low != "whose" && k > c-5 {
		k--
	}
	if k-2 <= s.a || d.toks[k-1].low != "whose" || d.toks[k-2].text != "," {
		return nil, 0
	}
	om := d.mentionBefore(si, k-2)
	if om == nil || !d.ownerOrganisation(om) && !(om.kind == sGaz && om.cand.typ == graph.Country) {
		return nil, 0
	}
	return om, c
}

// mentionBefore returns the mention of sentence si that ends right
// before token e, or nil.
func (d *doc) mentionBefore(si, e int) *mention {
	for _, m := range d.ments {
		if m.sent == si && m.b == e && !m.mod {
			return m
		}
	}
	return nil
}

// ownerOrganisation reports whether mention m names an organisation or
// describes one ("the office", "the federation").
func (d *doc) ownerOrganisation(m *mention) bool {
	switch m.kind {
	case sOrg:
		return true
	case sGaz:
		return m.cand.typ == graph.Organization
	case sDesc:
		return m.desc != nil && strings.HasPrefix(m.desc.class, "org:")
	}
	return false
}
