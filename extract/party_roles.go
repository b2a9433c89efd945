package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// An office-holder's party or organisation read from the words around
// the name (issue 12, actor names): "the governing Social Democrats of
// Prime Minister Tomas Vaitkus" (roleHolderOfOrg), "Maria Uribe, of the
// right-wing Democratic Centre party," (rolePersonOfModifiedOrg),
// "Cazacu's Social Democratic Party" (rolePossessiveParty) and "Ivana
// Kovac (HDZ)" (roleBracketedOrg). The words that may stand before the
// party's name, and those that make a name a party's, are data
// (lexicon/affiliation_words.tsv).

//go:embed lexicon/affiliation_words.tsv
var affiliationWordsTxt string

// affiliationWords holds lexicon/affiliation_words.tsv's words by kind
// ("modifier", "party", "office").
var affiliationWords = mustAffiliationWords(affiliationWordsTxt)

var (
	affiliationModifiers = affiliationWords["modifier"]
	partyNameWords       = affiliationWords["party"]
	officeModifiers      = affiliationWords["office"]
	titleOpeners         = affiliationWords["opener"]
	municipalTitles      = affiliationWords["municipal"]
)

func mustAffiliationWords(src string) map[string]map[string]bool {
	m, err := parseAffiliationWords(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestAffiliationWordsParse
	}
	return m
}

// parseAffiliationWords reads lexicon/affiliation_words.tsv's format
// (see its header).
func parseAffiliationWords(src string) (map[string]map[string]bool, error) {
	rows, err := tsvRows("lexicon/affiliation_words.tsv", src, 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{"modifier": {}, "party": {}, "office": {}, "opener": {}, "municipal": {}}
	for _, r := range rows {
		w := r.fields[1]
		if w == "" || w != strings.ToLower(w) || strings.Contains(w, " ") {
			return nil, r.errorf("word %q: want one lower-case word", w)
		}
		kind := out[r.fields[0]]
		if kind == nil {
			return nil, r.errorf("kind %q is none of modifier, party, office, opener, municipal", r.fields[0])
		}
		kind[w] = true
	}
	return out, nil
}

// officeModifierBefore returns the token of the "the" of a description
// whose title starts at token start with one office modifier between
// ("the deposed president", "the ousted prime minister":
// lexicon/affiliation_words.tsv), -1 when there is none.
func (d *doc) officeModifierBefore(start int, s sentence) int {
	if start-2 < s.a || d.toks[start-2].low != "the" {
		return -1
	}
	if t := d.toks[start-1]; t.kind == tWord && !t.cap && officeModifiers[t.low] {
		return start - 2
	}
	return -1
}

// affiliationModifier reports whether token t may stand between "the"
// and a party's name: a lower-case word of the lexicon, or one with a
// hyphen inside ("centre-right", "right-wing").
func affiliationModifier(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	return affiliationModifiers[t.low] || strings.Contains(strings.Trim(t.low, "-"), "-")
}

// skipAffiliationModifiers returns the token after "the" and up to three
// modifiers from k; k itself when no "the" stands there.
func (d *doc) skipAffiliationModifiers(k int, s sentence) int {
	if k >= s.b || d.toks[k].low != "the" {
		return k
	}
	k++
	for n := 0; n < 3 && k < s.b && affiliationModifier(d.toks[k]); n++ {
		k++
	}
	return k
}

// partyName reports whether an organisation's name has a word of a
// party's (lexicon/affiliation_words.tsv), or the text writes "party"
// right after mention o ("the Democratic Centre party").
func (d *doc) partyName(o *mention) bool {
	for _, w := range strings.Fields(formKey(o.act.canon)) {
		if partyNameWords[w] {
			return true
		}
	}
	return o.b < len(d.toks) && d.toks[o.b].low == "party" && !d.toks[o.b].cap
}

// organisationMention reports whether m is a named organisation (no
// description, pronoun or quotation).
func organisationMention(m *mention) bool {
	return m != nil && m.act != nil && m.act.typ == graph.Organization && m.kind != sDesc && m.kind != sPron && !m.quote
}

// roleHolderOfOrg: "the governing Social Democrats of Prime Minister
// Tomas Vaitkus", "the Liberal Alliance of Senator X": a named
// organisation, "of", at most a few title words, then a person's name.
func roleHolderOfOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for _, o := range r.mentsBy[si] {
		if !organisationMention(o) || o.mod || o.b+1 >= s.b || d.toks[o.b].low != "of" {
			continue
		}
		for _, p := range ps {
			if p.a > o.b && (p.ha == o.b+1 || d.titleGap(o.b+1, p.ha) && roleNoun(d.toks[p.ha-1].low)) {
				out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(o.a, p.hb)})
				break
			}
		}
	}
	return out
}

// rolePersonOfModifiedOrg: "Maria Uribe, of the right-wing Democratic
// Centre party,", "X of the ruling Social Democrats said": a person's
// name, "of" or "from", "the" and modifiers of a party
// (affiliationModifier), then an organisation's name that ends the
// phrase (with "party" at most after it). The modifiers are what the
// plain "X of Y" rule (rolePersonOfOrg) does not read.
func rolePersonOfModifiedOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.hb
		if k < s.b && d.toks[k].text == "," {
			k++
		}
		if k+2 >= s.b || d.toks[k].low != "of" && d.toks[k].low != "from" || d.toks[k+1].low != "the" {
			continue
		}
		j := d.skipAffiliationModifiers(k+1, s)
		if j == k+2 {
			continue // no modifier: rolePersonOfOrg's
		}
		o := d.bodyAt(r, si, j)
		if !organisationMention(o) || o.a != j {
			continue
		}
		if e := o.b; e < s.b && d.toks[e].kind == tWord && !(d.toks[e].low == "party" && d.phraseEndsAt(e+1, s)) && !d.phraseEndsAt(e, s) {
			continue
		}
		out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, o.b)})
	}
	return out
}

// rolePossessiveParty: "Cazacu's Social Democratic Party", "the
// president's Democrats": a person's possessive (a name, or a
// description resolved to a person) right before a party's name
// (partyName).
func rolePossessiveParty(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, m := range r.mentsBy[si] {
		if !m.poss || m.quote || m.kind == sPron {
			continue
		}
		k := m.hb
		for k < s.b && d.toks[k].kind == tPoss {
			k++
		}
		o := d.bodyAt(r, si, k)
		if !organisationMention(o) || o.a != k || !d.partyName(o) {
			continue
		}
		for _, p := range d.refs(r, m) {
			if p.typ == graph.Person {
				out = append(out, roleLink{person: &mention{act: p, sent: si, a: m.a, b: m.b}, target: o, class: graph.Role, sent: si, verb: d.span(m.a, o.b)})
			}
		}
	}
	return out
}

// roleBracketedOrg: "Ivana Kovac (HDZ) said", "Senator Ana Ruiz (Green
// Party)": an organisation's name alone in brackets right after a
// person's name.
func roleBracketedOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.hb
		if k+2 >= s.b || d.toks[k].text != "(" {
			continue
		}
		o := d.bodyAt(r, si, k+1)
		if !organisationMention(o) || o.a != k+1 || o.b >= s.b || d.toks[o.b].text != ")" {
			continue
		}
		out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, o.b+1)})
	}
	return out
}

// holderAfterOf (rule mention.organisation) reports whether the "of"
// phrase of an organisation's name starting at token j (at its "the"
// or after it) is instead a
// title and a person's name ("the Liberal Union of Prime Minister Jonas
// Petrauskas", "the Progress Party of President X"): capitalised title
// words (one of them may be a title's opener, "Prime", "Deputy") and a
// capitalised word that is none. Not after "Office", which is named
// after a title ("Office of the Attorney General").
func (d *doc) holderAfterOf(j int) bool {
	if j < len(d.toks) && d.toks[j].low == "the" {
		j++
	}
	if j < 2 || j >= len(d.toks) || strings.EqualFold(d.toks[j-2].text, "office") || d.toks[j-1].low == "the" && j >= 3 && strings.EqualFold(d.toks[j-3].text, "office") {
		return false
	}
	k := j
	for k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].cap && (d.toks[k].is(titleWordsClass) || titleOpeners[d.toks[k].low]) {
		k++
	}
	if k == j || titleOpeners[d.toks[k-1].low] {
		return false
	}
	return k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].cap && !d.toks[k].is(titleWordsClass) && d.toks[k].s-d.toks[k-1].e <= 1
}
