package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// The name right before a title and its holder's name (issue 12, actor
// names): "Greens leader Adam Bandt", "Tamil Nadu Chief Minister K.
// Selvaraj" name the body the office is held in, an organisation (of
// one word or of a place's two or three words the gazetteer does not
// know), while "Former Arequipa mayor Lucia Arrieta" names the town the
// office is held in, a place and no actor (rules role.title,
// role.title-owner).

// titleOwnerName reports whether the name segment prev, right before
// title and the holder's name, names the body the office is held in:
// one word, or two or three plain capitalised words opening with no
// given name (a place: "Tamil Nadu"), not all words of a title or a
// ministry's portfolio ("Civil Protection Minister X",
// lexicon/ministry_portfolios.txt); capOK says the words before fit
// (titleConstructions1).
func (d *doc) titleOwnerName(prev, title *segment, tm *mention, capOK bool) bool {
	n := prev.b - prev.a
	if prev.kind != sName || title.kind != sTitle || !capOK || tm == nil || n < 1 || n > 3 {
		return false
	}
	portfolio := true
	for k := prev.a; k < prev.b; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || strings.ContainsAny(t.text, "-\u2011.") {
			return false
		}
		portfolio = portfolio && t.is(titleModsClass)
	}
	if portfolio {
		return false // "Civil Protection Minister X": a portfolio, part of the title
	}
	if n == 1 {
		return tm.surname != "" && d.x.gaz.leaders[d.fold(tm.surname)] == ""
	}
	return tm.surname == "" && tm.cand.typ == graph.Person && !firstNames[d.toks[prev.a].low] && d.x.gaz.leaders[d.fold(lastWord(tm.cand.canon))] == ""
}

// townBeforeTitle reports whether the owner name before title is a
// town's: the title is a town's office (the municipal rows of
// lexicon/affiliation_words.tsv).
func townBeforeTitle(title *segment) bool {
	return municipalTitles[strings.ToLower(title.canon)]
}

// ownTitleOwner makes the name mention tm before a title the
// organisation the office is held in, with the holder pm's ROLE in it
// ("Greens leader Adam Bandt", "Tamil Nadu Chief Minister X"); a town
// (townBeforeTitle) is dropped instead: a place, no actor.
func (d *doc) ownTitleOwner(tm, pm *mention, prev, title *segment, si int) {
	if townBeforeTitle(title) {
		d.ments = slices.DeleteFunc(d.ments, func(m *mention) bool { return m == tm })
		d.reject(si, prev.a, "role.title", "a town before a mayor's title (\"Arequipa mayor X\") is a place, no actor")
		pm.a = prev.a
		return
	}
	name := d.span(prev.a, prev.b)
	tm.surname = ""
	tm.cand = candidate{canon: name, typ: graph.Organization, alias: name}
	tm.strong = d.sentRegion[si] == rBody
	tm.mod = true
	d.orgNames[d.fold(name)] = true
	d.roles = append(d.roles, roleLink{person: pm, target: tm, class: graph.Role, sent: si, verb: d.span(prev.a, title.b), rule: ruleTitleOwner})
	pm.a = prev.a
}

// ruleTitleOwner names the ROLE of a title's holder in the organisation
// named right before the title (ownTitleOwner).
const ruleTitleOwner = "role.title-owner"

// titleHeldInOwner reports whether the person of mention pm holds the
// title written with it in the organisation named right before the
// title ("Tamil Nadu Chief Minister X", "Karnataka Chief Minister Y"):
// the office is that body's, no national office of the article's
// country (nationalOfficeRoles).
func (d *doc) titleHeldInOwner(pm *mention) bool {
	for _, rl := range d.roles {
		if rl.person == pm && rl.rule == ruleTitleOwner {
			return true
		}
	}
	return false
}
