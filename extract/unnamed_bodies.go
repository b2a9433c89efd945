package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// Unnamed national bodies. News calls a country's police, army,
// parliament or prosecutor's office by its common noun alone ("police
// said", "the army said", "parliament overrode the veto", "asked the
// prosecutor's office to investigate") when the story makes clear
// whose it is. When the article's running text names no body of that
// kind (lexicon/body_references.tsv: description:body would have
// resolved to it), such a description stands for the body of the
// story's country, an organisation named as the annotations name it:
// the country's demonym and the noun ("Ecuadorian army", "Georgian
// police"), known also as "<Noun> of <Country>" ("Parliament of
// Georgia"). Whose body it is comes from the text, never a guess:
// "police in Oslo" (the country after "in"), "In Ghana, police said"
// (the country opening the sentence), the country last named with
// "government" ("the Peruvian government … The army said"), or the
// dateline's country ("QUITO, June 2 (Wire) - … the army said"). A body
// made so that neither speaks nor takes part in any relation is not
// stored (idleUnnamedBodies): "said the army had deployed 5,000
// soldiers" needs no node.

// irregularPast reports whether w is an irregular past form of a verb
// (nlp's table: "overrode", "found", "took"), which ends the noun
// phrase before it as a regular "-ed" form does.
func irregularPast(w string) bool {
	l := nlp.Lemma(w, "VERB", "VBD")
	return l != w && !strings.HasSuffix(w, "ed")
}

// dropShorterDescription drops a description that a body's phrase
// [i, end) goes on past ("the prosecutor" of "the prosecutor's
// office"): the longer phrase is the description.
func dropShorterDescription(segs []segment, i, end int) []segment {
	for k, sg := range segs {
		if sg.kind == sDesc && sg.a >= i-1 && sg.a <= i && sg.b > i && sg.b < end {
			return append(segs[:k:k], segs[k+1:]...)
		}
	}
	return segs
}

// resolveUnnamedBody (rule description:unnamed-body) resolves a
// description of a body kind that the text names no body of to the
// body of the story's country (unnamedBodyHome), made on first use and
// shared by the later descriptions of the kind.
func (d *doc) resolveUnnamedBody(r *reader, m *mention) []*actor {
	key := strings.TrimPrefix(m.desc.class, "org:")
	k := bodyPhrase[key]
	if k == nil || !contains(k.unnamed, key) || d.namesBodyOfKind(k) {
		return nil
	}
	home := d.unnamedBodyHome(m)
	if home == "" {
		// "Police in Oslo arrested a man. The police said …": the
		// body the text made last of the kind.
		if a := d.lastUnnamed[k.name]; a != nil {
			m.act = a
			return []*actor{a}
		}
		return nil
	}
	a := d.unnamedBody(k, home, d.descriptionWords(m), d.toks[m.a].s)
	if a == nil {
		return nil
	}
	m.act = a
	return []*actor{a}
}

// namesBodyOfKind reports whether the article's running text names an
// organisation of body kind k ("the Irving Police Department" makes
// "police" no unnamed body, even before it is named).
func (d *doc) namesBodyOfKind(k *bodyKind) bool {
	for _, a := range d.actors {
		if a.strong && a.typ == graph.Organization && !d.isUnnamedBody(a) && d.isBody(k, a) {
			return true
		}
	}
	return false
}

func (d *doc) isUnnamedBody(a *actor) bool {
	for _, b := range d.unnamedBodies {
		if b == a {
			return true
		}
	}
	return false
}

// unnamedBodyHome returns the canonical name of the country whose body
// description m is: the country named right after "in" ("police in
// Oslo"), the country opening its sentence ("In Ghana, police said"),
// the country last named with "government" before it, else the
// dateline's country; "" when the text says none of these.
func (d *doc) unnamedBodyHome(m *mention) string {
	if c := d.countryAfterIn(m); c != "" {
		return c
	}
	if c := d.openingPlace(m.sent); c != "" {
		return c
	}
	if c := d.governmentCountryBefore(m); c != nil {
		return c.canon
	}
	return d.datelineCountryName()
}

// countryAfterIn returns the country (by name or seat of government,
// not a nationality) right after "in" after description m ("police in
// Oslo"), "" when none.
func (d *doc) countryAfterIn(m *mention) string {
	s := d.sents[m.sent]
	if m.b+1 >= s.b || d.toks[m.b].low != "in" {
		return ""
	}
	f, _, ok := d.gazAt(m.b+1, s.b)
	if !ok || f.typ != graph.Country || f.kind == gDemonym {
		return ""
	}
	return f.canon
}

// governmentCountryBefore is the country last named with "government"
// before m ("the Peruvian government", "Peru's government"), as
// description:government reads it; nil when none.
func (d *doc) governmentCountryBefore(m *mention) *actor {
	var withGov *actor
	d.countriesNamedBefore(m, func(o *mention, a *actor) {
		if d.governmentAfter(o) {
			withGov = a
		}
	})
	return withGov
}

// descriptionWords are the words of description m without its "the",
// in lower case ("police", "prosecutor's office").
func (d *doc) descriptionWords(m *mention) string {
	a := m.a
	if a+1 < m.b && d.toks[a].low == "the" {
		a++
	}
	return strings.ToLower(d.span(a, m.b))
}

// unnamedBody returns the body of kind k of country home, made on first
// use as "<demonym> <words>" ("Georgian police") with the alias
// "<Words> of <Country>" ("Police of Georgia"); an actor of that name
// the article has already (a headline's "Georgian police") is taken. A
// made body stays weak until it acts (idleUnnamedBodies). Nil when the
// gazetteer has no plain demonym for home ("U.S." is written with
// dots, and "U.S. police" names no one body).
func (d *doc) unnamedBody(k *bodyKind, home, words string, at int) *actor {
	key := k.name + "|" + home
	if a := d.unnamedBodies[key]; a != nil {
		return a
	}
	demonym := d.x.gaz.demonymOf[home]
	if demonym == "" || strings.Contains(demonym, ".") {
		return nil
	}
	name := demonym + " " + words
	a := d.byKey[d.fold(name)]
	if a == nil {
		a = d.registry(candidate{canon: name, typ: graph.Organization}, true, at)
		a.weaken("idleUnnamedBodies")
	}
	a.addAlias(capitalWords(words) + " of " + home)
	if d.unnamedBodies == nil {
		d.unnamedBodies = map[string]*actor{}
	}
	d.unnamedBodies[key] = a
	if d.lastUnnamed == nil {
		d.lastUnnamed = map[string]*actor{}
	}
	d.lastUnnamed[k.name] = a
	return a
}

// capitalWords capitalises each word of s ("prosecutor's office" →
// "Prosecutor's Office").
func capitalWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[n:]
	}
	return strings.Join(w, " ")
}

// idleUnnamedBodies (rule description:unnamed-body) makes strong the
// bodies made for unnamed descriptions that speak, take part in a
// relation or hold someone's role; the others stay out of the batch.
func (d *doc) idleUnnamedBodies() {
	if len(d.unnamedBodies) == 0 {
		return
	}
	acting := map[*actor]bool{}
	for _, rl := range d.rels {
		acting[rl.src], acting[rl.dst] = true, true
	}
	for _, st := range d.stmts {
		for _, a := range st.speakers {
			acting[a] = true
		}
	}
	for _, rl := range d.roles {
		if rl.target.act != nil {
			acting[rl.target.act] = true
		}
	}
	for _, a := range d.unnamedBodies {
		if acting[a] && !a.strong {
			a.strong, a.weakBy = true, ""
		}
	}
}
