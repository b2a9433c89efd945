package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A judge written by the title alone ("Judge Pieter Louw, who will hear
// the case, ordered …", "Presiding Judge Maren Ekholm said …") sits on
// the court the story is about: the text names that court in another
// sentence, never together with the judge. With exactly one court or
// tribunal among the article's actors, that court is the judge's
// (role.judge-court); with two or none the title says too little of
// which ("Judge X" in a story of an appeal from a tribunal to a court
// of appeal, a "federal judge" with no court named).

// judgeTitleWords may stand before "judge" in such a title: they say
// what kind of judge, not of which court ("High Court Judge" names a
// court and is left to the title rules).
var judgeTitleWords = set("presiding", "chief", "trial", "senior", "lead", "investigating", "pre-trial")

// judgeCourtRoles (rule role.judge-court) gives each person titled a
// judge (judgeTitle) a ROLE in the article's only court (onlyCourt),
// when the person holds no role in an organisation already.
func (d *doc) judgeCourtRoles(have []roleLink) []roleLink {
	var out []roleLink
	var court *actor
	for _, pt := range d.pendingTitles {
		p := pt.m.act
		if p == nil || p.typ != graph.Person || !judgeTitle(pt.text) || hasOrgRole(have, p) || hasOrgRole(out, p) {
			continue
		}
		if court == nil {
			if court = d.onlyCourt(); court == nil {
				return nil
			}
		}
		out = append(out, roleLink{person: pt.m, target: d.judgeTitleMention(pt, court), class: graph.Role, sent: pt.m.sent, verb: pt.text, rule: "role.judge-court"})
	}
	return out
}

// judgeTitleHeads name a judge as a title before the name: "Judge X",
// and in the courts of Britain, India, Pakistan, Kenya or Australia
// "Justice X" ("Justice Saima Rauf ordered …"), "Chief Justice X"
// (a Lahore High Court justice).
var judgeTitleHeads = set("judge", "justice")

// judgeTitle reports whether a title's words are "judge", after at
// most one of judgeTitleWords ("Judge", "Presiding Judge"; not "High
// Court Judge", not "Judge Advocate").
func judgeTitle(text string) bool {
	var buf [3]string
	w := fieldsIn(buf[:0], strings.ToLower(text))
	switch {
	case len(w) == 1:
		return judgeTitleHeads[w[0]]
	case len(w) == 2:
		return judgeTitleHeads[w[1]] && judgeTitleWords[w[0]]
	}
	return false
}

// onlyCourt returns the article's one organisation named as a court or
// a tribunal (a word "Court" or "Tribunal" in its name), nil when it
// names none or several.
func (d *doc) onlyCourt() *actor {
	var court *actor
	for _, a := range d.actors {
		if a.typ != graph.Organization || !courtName(a.canon) {
			continue
		}
		if court != nil && court != a {
			return nil
		}
		court = a
	}
	return court
}

// courtName reports whether name has the word Court or Tribunal.
func courtName(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "Court" || w == "Tribunal" {
			return true
		}
	}
	return false
}

// hasOrgRole reports whether links give person p a role in an
// organisation.
func hasOrgRole(links []roleLink, p *actor) bool {
	for _, l := range links {
		if l.person.act == p && l.target != nil && l.target.act != nil && l.target.act.typ == graph.Organization {
			return true
		}
	}
	return false
}

// judgeTitleMention is the court as the judge's title refers to it: a
// description over the title's words before the name ("Judge" in
// "Judge Pieter Louw"), resolved to the court by role.judge-court with
// the court's last name before it as antecedent, so that the ROLE's
// evidence records why its sentence names no court (emitRelations).
// With no title words right before the name, the court's plain
// mention.
func (d *doc) judgeTitleMention(pt pendingTitle, court *actor) *mention {
	n := len(strings.Fields(pt.text))
	a := pt.m.ha - n
	if a < 0 || !strings.EqualFold(d.span(a, pt.m.ha), pt.text) {
		return &mention{act: court, sent: pt.m.sent}
	}
	m := &mention{kind: sDesc, a: a, b: pt.m.ha, ha: a, hb: pt.m.ha, sent: pt.m.sent, act: court}
	m.ref = reference{actors: []*actor{court}, rule: "role.judge-court"}
	if x := d.antecedent(m, court); x != nil {
		m.ref.ante = []*mention{x}
	}
	return m
}
