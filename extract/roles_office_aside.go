package extract

import "github.com/newsgraph/newsgraph/graph"

// roleOfficeAside (rule "national office in a named aside"): a national
// office written without its country and set off by commas from its
// holder's name, before it ("The sports minister, Florence Achieng,
// met …", "the foreign minister, X, said") or after it ("John Kerry,
// the Secretary of State, contacted …", "X, Secretary of State for
// Sport, said"), is an office of the country role.national-office
// chooses for "Sports Minister X" (officeHome). None when the aside
// names a country or another capitalised name (the appositive rules
// read "X, the Minister of Foreign Affairs of Kenya,"), when it is no
// national office (nationalOffice: "the party secretary", "a
// spokesman"), when the sentence names another country than the one
// chosen (otherCountryIn: "X, the Secretary of State, contacted
// Thailand's foreign minister" is no office of Thailand, and the
// office's own country is not sure), or when the holder holds an office for a country already.
func roleOfficeAside(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		if d.countryRole(p.act) || d.pendingNationalOffice(p) {
			continue
		}
		a, b := d.officeBeforeAside(p, s)
		if a < 0 {
			a, b = d.officeAfterName(p, s)
		}
		if a < 0 {
			continue
		}
		// The holder's clause goes on after the aside: "X, the Secretary
		// of State, contacted Thailand's foreign minister" acts on Thailand.
		past := &mention{sent: si, a: p.a, b: max(p.b, b+1)}
		if home := d.officeHome(p); home != nil && home.typ == graph.Country && !d.otherCountryIn(si, home) && !d.actedOnCountry(past, home) {
			out = append(out, roleLink{person: p, target: &mention{act: home, sent: si}, class: graph.Role, sent: si, verb: d.span(a, b)})
		}
	}
	return out
}

// officeBeforeAside returns the words [a, b) of a national office
// written before person mention p as "the"/"a" and the office, then a
// comma and p's name closed as an aside ("The sports minister, Florence
// Achieng, met …"), or -1, -1.
func (d *doc) officeBeforeAside(p *mention, s sentence) (int, int) {
	comma := p.a - 1
	if comma <= s.a+1 || d.toks[comma].text != "," || !d.closesAside(p.b, s) {
		return -1, -1
	}
	a := comma
	for a-1 >= s.a && comma-a < 4 && d.officeWord(a-1) {
		a--
	}
	if a == comma || a-1 < s.a {
		return -1, -1
	}
	if w := d.toks[a-1].low; w != "the" && w != "a" && w != "an" {
		return -1, -1
	}
	if !nationalOffice(d.span(a, comma)) {
		return -1, -1
	}
	return a, comma
}

// officeAfterName returns the words [a, b) of a national office set off
// by a comma right after person mention p, with or without "the", up
// to the next comma or the sentence's end ("John Kerry, the Secretary
// of State, contacted …"), or -1, -1.
func (d *doc) officeAfterName(p *mention, s sentence) (int, int) {
	a := p.b
	if a+1 >= s.b || d.toks[a].text != "," {
		return -1, -1
	}
	a++
	if d.toks[a].low == "the" {
		a++
	}
	b := a
	for b < s.b && b-a < 6 && (d.officeWord(b) || d.toks[b].low == "of" || d.toks[b].low == "for") {
		b++
	}
	if b == a || !d.closesAside(b, s) || !nationalOffice(d.span(a, b)) {
		return -1, -1
	}
	return a, b
}

// officeWord reports whether token k can be a word of a national
// office's name: a title word, a title's modifier or a ministry's
// portfolio, in either case, and no name of a country, place or body
// the gazetteer knows ("Kenya's", "NATO").
func (d *doc) officeWord(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.low == "the" || t.low == "a" || t.low == "an" || !(t.is(titleWordsClass) || t.is(titleModsClass)) {
		return false
	}
	_, _, ok := d.gazAt(k, k+1)
	return !ok
}

// pendingNationalOffice reports whether the title constructions already
// hold a national office for person mention p ("X, the interior
// minister,"), which role.national-office reads.
func (d *doc) pendingNationalOffice(p *mention) bool {
	for _, pt := range d.pendingTitles {
		if pt.m == p && nationalOffice(pt.text) {
			return true
		}
	}
	return false
}

// otherCountryIn reports whether sentence si mentions a country other
// than home.
func (d *doc) otherCountryIn(si int, home *actor) bool {
	for _, m := range d.ments {
		if m.sent == si && m.act != nil && m.act != home && m.act.typ == graph.Country {
			return true
		}
	}
	return false
}
