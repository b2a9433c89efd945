package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds rules that tell actors from names of other kinds:
// a body's common noun written with a capital ("the Administration's
// decision") and a storm's given name ("Hurricane Katrina").

// bodyNouns are common nouns of public bodies that news writes with a
// capital when they stand alone ("the Administration's decision", "the
// Government said", "the Ministry confirmed"): a description of a body,
// no name of one.
var bodyNouns = set("administration", "government", "ministry", "department", "commission",
	"committee", "council", "agency", "authority", "court", "office", "bureau", "board",
	"tribunal", "directorate", "secretariat", "municipality", "executive", "inquiry")

// bareBodyNouns makes weak the organisations named only by one word of
// bodyNouns, as a name rule reads a capitalised word ("the
// Administration's decision"), when no organisation of the article has a
// name ending in it (the short-form merge, actor.short-form, has already
// folded "the Commission" into "European Commission" when there is one).
// A gazetteer's body ("Congress", "Senate") names itself and stays.
func (d *doc) bareBodyNouns() {
	for _, a := range d.actors {
		if a.typ != graph.Organization || !a.strong || strings.Contains(a.canon, " ") || !bodyNouns[strings.ToLower(a.canon)] {
			continue
		}
		if d.namedOnlyWhere(a, func(m *mention) bool { return m.kind == sName }) {
			a.weaken("bareBodyNouns")
		}
	}
}

// stormWords open the names of storms ("Hurricane Katrina", "Typhoon
// Haiyan", "Storm Ciara", "Tropical Storm Alberto", "the storm Gloria").
var stormWords = set("hurricane", "typhoon", "cyclone", "storm", "superstorm", "windstorm", "tornado")
var stormWordsClass = classOf(stormWords)

// stormName reports whether the capitalised run [a, b) names a storm:
// it opens with a word of stormWords and has a name after it, or a storm
// word in lower case comes right before it. The name after the storm
// word is noted (noteStorm) so that the name alone later ("Katrina
// flooded the city") is no organisation either.
func (d *doc) stormName(a, b int, s sentence) bool {
	if b-a >= 2 && d.toks[a].is(stormWordsClass) && d.toks[a].cap {
		d.noteStorm(a+1, b)
		return true
	}
	if b-a >= 3 && d.toks[a].low == "tropical" && d.toks[a+1].low == "storm" {
		d.noteStorm(a+2, b)
		return true
	}
	if a-1 >= s.a && d.toks[a-1].is(stormWordsClass) && !d.toks[a-1].cap {
		d.noteStorm(a, b)
		return true
	}
	return false
}

func (d *doc) noteStorm(a, b int) {
	if d.storms == nil {
		d.storms = map[string]bool{}
	}
	d.storms[d.fold(d.span(a, b))] = true
}

// familyPlurals makes weak the organisations named by one word that is
// the plural of the surname of a person of the article ("the Sams
// continued" after "Thomas Sam and his wife Manju Sam", "the Obamas"):
// a family, which "the" made an organisation.
func (d *doc) familyPlurals() {
	surnames := map[string]bool{}
	var buf [8]string
	for _, a := range d.actors {
		if a.typ == graph.Person {
			if w := fieldsIn(buf[:0], a.canon); len(w) >= 2 {
				surnames[strings.ToLower(w[len(w)-1])] = true
			}
		}
	}
	for _, a := range d.actors {
		if a.typ != graph.Organization || !a.strong {
			continue
		}
		low := strings.ToLower(a.canon)
		if strings.Contains(low, " ") || !strings.HasSuffix(low, "s") {
			continue
		}
		if surnames[low[:len(low)-1]] || strings.HasSuffix(low, "es") && surnames[low[:len(low)-2]] {
			a.weaken("familyPlurals")
		}
	}
}

// compoundHeads end hyphenated compounds that describe or name things,
// not persons ("a Booker Prize-winner", "a NASA T-shirt", "a
// Kremlin-backed", "Oscar-winning").
var compoundHeads = set("winner", "winners", "winning", "shirt", "shirts", "style", "based",
	"born", "led", "backed", "owned", "funded", "made", "run", "themed", "inspired", "linked", "affiliated")

// compoundDescriber reports whether the name [a, b) ends in a hyphenated
// compound whose last part is a lower-case word of compoundHeads: a
// description or a thing, no person's name ("Atwood, a Booker
// Prize-winner", "wearing a NASA T-shirt"). Names with a lower-case
// syllable after a hyphen ("Lam Cheuk-ting") stay.
func (d *doc) compoundDescriber(a, b int) bool {
	w := d.toks[b-1].text
	i := strings.LastIndexAny(w, "-‑")
	return b-a >= 2 && i > 0 && compoundHeads[w[i+1:]]
}

// sharedHeads are plural heads that two coordinated names share ("the
// State and Homeland Security Departments"), with their singular.
var sharedHeads = map[string]string{"departments": "Department", "ministries": "Ministry",
	"committees": "Committee", "commissions": "Commission", "agencies": "Agency", "councils": "Council"}
var sharedHeadsKeys = keysClass(sharedHeads)

// sharedPluralHead splits two capitalised names joined by "and" and
// sharing a capitalised plural head noun into two organisations, each
// with the head in the singular ("the State and Homeland Security
// Departments" names the State Department and the Homeland Security
// Department; "the Justice and Interior Ministries"). The segments of
// the words give way to the two organisations. Persons' names before
// the "and" are no such name ("Ana Lind and Legal Services").
func (d *doc) sharedPluralHead(segs []segment, s sentence) []segment {
	capWord := func(j int) bool {
		return j >= s.a && d.toks[j].kind == tWord && d.toks[j].cap && !d.toks[j].is(functionCapsClass)
	}
	for h := s.a + 3; h < s.b; h++ {
		if !d.tokIs(h, sharedHeadsKeys) {
			continue
		}
		head, ok := sharedHeads[d.toks[h].low]
		if !ok || !d.toks[h].cap {
			continue
		}
		b2 := h
		for capWord(b2 - 1) {
			b2--
		}
		if b2 == h || b2-1 < s.a || d.toks[b2-1].low != "and" {
			continue
		}
		a1 := b2 - 1
		for capWord(a1 - 1) {
			a1--
		}
		if a1 == b2-1 || d.personLike(a1, b2-1) {
			continue
		}
		first := segment{kind: sOrg, a: a1, b: b2 - 1, canon: d.span(a1, b2-1) + " " + head}
		second := segment{kind: sOrg, a: b2, b: h + 1, canon: d.span(b2, h) + " " + head}
		out := make([]segment, 0, len(segs)+2)
		done := false
		for _, x := range segs {
			if x.b > a1 && x.a <= h {
				continue // a word of the two names
			}
			if !done && x.a > h {
				out = append(out, first, second)
				done = true
			}
			out = append(out, x)
		}
		if !done {
			out = append(out, first, second)
		}
		segs = out
	}
	return segs
}

// siteNouns before a name say that it names a website ("the site
// Operation Clambake").
var siteNouns = set("site", "website", "blog", "forum", "newsgroup")
var siteNounsClass = classOf(siteNouns)

// operationName reports whether the capitalised run [a, b) names a
// military, police or other operation ("Operation Midnight Hammer",
// "Operation Sindoor"): an undertaking, no person and no actor; after a
// noun of websites it names a site, which the caller keeps
// (operationSite).
func (d *doc) operationName(a, b int, s sentence) bool {
	return b-a >= 2 && d.toks[a].cap && d.toks[a].low == "operation" && !d.operationSite(a, s)
}

// operationSite reports whether a noun of websites in lower case comes
// right before token a ("the Scientology-critic site Operation
// Clambake").
func (d *doc) operationSite(a int, s sentence) bool {
	return a-1 >= s.a && d.toks[a-1].is(siteNounsClass) && !d.toks[a-1].cap
}

// genderedPronouns refer to persons only.
var genderedPronouns = set("she", "her", "hers", "herself", "he", "him", "his", "himself")
var genderedPronounsClass = classOf(genderedPronouns)

// givenNameAlone reports whether the one-word name low, a known given
// name, has a gendered personal pronoun after it in a sentence that
// names it ("Gloria's eczema was so severe that her skin broke"): a
// person named by the given name alone. A place with a given name's
// word ("Victoria's government", "Florence's museums") has none, and a
// name the text also writes as a place is none.
func (d *doc) givenNameAlone(low string) bool {
	for _, m := range d.ments {
		if m.surname == "" || m.ha+1 != m.hb || d.toks[m.ha].low != low {
			continue
		}
		if d.writtenAsPlace(m.surname) {
			return false
		}
		s := d.sents[m.sent]
		for j := m.hb; j < s.b; j++ {
			if d.toks[j].is(genderedPronounsClass) {
				return true
			}
		}
	}
	return false
}
