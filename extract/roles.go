package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file reads ROLE and FAMILY ties from the words around a person's
// name once the mentions of a sentence are resolved, beside the title
// constructions of actors.go: "Cheng Chung-tai of Civic Passion", "DAB's
// Ben Chan and Leung Che-cheung", "CEO of the Refugee Council Enver
// Solomon", "Jeff Rathke, the State Department spokesperson", "English
// defender Kyle Walker", "his wife Manju Sam". The role and family nouns
// are data (lexicon/roles.tsv); each construction is one small rule.

//go:embed lexicon/roles.tsv
var rolesTSV string

// roleNouns maps a role or family noun to ROLE or FAMILY.
var roleNouns = mustRoleNouns(rolesTSV)

func mustRoleNouns(src string) map[string]graph.EdgeClass {
	m, err := parseRoleNouns(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestRoleNounsParse
	}
	return m
}

// parseRoleNouns reads lexicon/roles.tsv's format (see its header).
func parseRoleNouns(src string) (map[string]graph.EdgeClass, error) {
	rows, err := tsvRows("lexicon/roles.tsv", src, 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]graph.EdgeClass{}
	for _, r := range rows {
		f := r.fields
		c := graph.EdgeClass(f[1])
		if c != graph.Role && c != graph.Family {
			return nil, r.errorf("class %q is neither ROLE nor FAMILY", f[1])
		}
		out[strings.ToLower(f[0])] = c
	}
	return out, nil
}

// roleNoun reports whether w names a role (titles included).
func roleNoun(w string) bool {
	return roleNouns[w] == graph.Role || titleWords[w] && !familyWords[w] && !honorifics[w]
}

// familyNoun reports whether w names a family tie.
func familyNoun(w string) bool { return roleNouns[w] == graph.Family || familyWords[w] }

// honorifics are titles that say nothing of an organisation.
var honorifics = set("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.", "professor", "hostage", "counterpart", "candidate", "activist", "analyst", "economist")

// roleRule is one way of reading ROLE or FAMILY ties in a sentence.
type roleRule struct {
	name string
	read func(d *doc, r *reader, si int, s sentence) []roleLink
}

// roleRules run on each sentence after its mentions are resolved.
var roleRules = []roleRule{
	{"person of organisation", rolePersonOfOrg},
	{"organisation's person", roleOrgPossessive},
	{"title of organisation before name", roleTitleOfOrgFirst},
	{"title of an organisation's unit before name", roleTitleOfUnit}, // unit_head_role.go
	{"appositive role", roleAppositive},
	{"nationality and role noun", roleDemonymTitle},
	{"nationality and role noun before a named aside", roleDemonymTitleAside},
	{"office named before and a named aside", roleOfficeNamedBefore},
	{"national office in a named aside", roleOfficeAside},
	{"organisation and role noun before name", roleOrgNounFirst},
	{"described organisation and role noun before name", roleDescribedOrg},
	{"echoed organisation and title before name", roleEchoOwner},
	{"role as predicate", rolePredicate},
	{"role in a relative clause", roleRelative},
	{"role by a verb of leading", roleLeadVerb},
	{"organisation led by", roleLedBy},
	{"owner's organisation in apposition", roleOwnersOrg},
	{"organisation of its holder", roleHolderOfOrg},                // party_roles.go
	{"person of a modified organisation", rolePersonOfModifiedOrg}, // party_roles.go
	{"person's party", rolePossessiveParty},                        // party_roles.go
	{"organisation in brackets", roleBracketedOrg},                 // party_roles.go
	{"possessive family noun", familyPronoun},
	{"family noun in apposition", familyAppositive},
	{"family noun before a described name", familyDescribedAside},
}

// rolesIn adds the ROLE and FAMILY ties the rules read in sentence si
// that the title constructions did not already give.
func (d *doc) rolesIn(r *reader, si int, s sentence) {
	r.persons = personsKept{on: true}
	for _, rule := range roleRules {
		for _, rl := range rule.read(d, r, si, s) {
			rl.rule = rule.name
			d.addRole(rl)
		}
	}
	r.persons = personsKept{}
}

// addRole appends rl unless the same tie is known.
func (d *doc) addRole(rl roleLink) {
	p, t := rl.person.act, rl.target.act
	if p == nil || t == nil || p == t || p.typ != graph.Person {
		return
	}
	if rl.class == graph.Role && t.typ == graph.Person {
		return
	}
	for _, o := range d.roles {
		if o.person.act == p && o.target.act == t && o.class == rl.class {
			return
		}
	}
	d.roles = append(d.roles, rl)
}

// personsIn returns the unquoted, resolved person mentions of si.
// While the role rules run (rolesIn), which change no mention, the
// lists of the two sentences they ask about are made once and kept
// (the rules only read them): some twenty rules ask for the same list.
func (d *doc) personsIn(r *reader, si int) []*mention {
	pk := &r.persons
	if pk.on {
		for k := range pk.n {
			if pk.si[k] == si {
				if d.checkPersons && !slices.Equal(pk.ps[k], d.personsOf(r, si)) {
					panic(fmt.Sprintf("extract: the persons of sentence %d kept for the role rules changed while they ran", si))
				}
				return pk.ps[k]
			}
		}
	}
	out := d.personsOf(r, si)
	if pk.on && pk.n < len(pk.si) {
		pk.si[pk.n], pk.ps[pk.n] = si, out
		pk.n++
	}
	return out
}

// personsKept holds personsIn's lists while the role rules run.
type personsKept struct {
	on bool
	n  int
	si [2]int
	ps [2][]*mention
}

// personsOf makes personsIn's list of si.
func (d *doc) personsOf(r *reader, si int) []*mention {
	var out []*mention
	for _, m := range r.mentsBy[si] {
		if m.act != nil && m.act.typ == graph.Person && !m.quote && !m.mod && !d.thingHead(m) {
			out = append(out, m)
		}
	}
	return out
}

// thingHead reports whether a mention typed as a person ends in a word
// that names an organisation or a place ("Space Museum", "Art Gallery"):
// no role is read for it.
func (d *doc) thingHead(m *mention) bool {
	t := &d.toks[m.hb-1]
	return t.is(orgHeadsClass) || t.is(thingNounsClass)
}

// thingNouns end names of places, buildings and works, not of people.
var thingNouns = set("museum", "gallery", "galleries", "center", "centre", "hall", "park", "square",
	"station", "airport", "bridge", "tower", "palace", "stadium", "arena", "library", "theatre",
	"theater", "shuttle", "enterprise", "project", "program", "programme", "festival", "expo")

// thingNounsClass is thingNouns as a word class (thingHead).
var thingNounsClass = classOf(thingNouns)

// bodyAt returns the resolved organisation or country mention whose head
// starts at token k (a leading "the" skipped), or nil. A possessor that
// owns a name is not the body: "of Norway's Dagsavisen" is Dagsavisen's
// (nil when that name is no actor), "of Norway's foreign ministry" is
// Norway's (possessedBody).
func (d *doc) bodyAt(r *reader, si, k int) *mention {
	k0 := k // a description starts at its "the"
	if k < len(d.toks) && d.toks[k].low == "the" {
		k++
	}
	var best *mention
	for _, m := range r.mentsBy[si] {
		if m.quote || d.bodyOf(m) == nil {
			continue
		}
		if (m.a == k || m.ha == k || m.a == k0) && (best == nil || m.b > best.b) {
			best = m
		}
	}
	if best != nil && best.poss {
		return d.possessedBody(r, si, best)
	}
	return d.asBody(best)
}

// bodyPastPlacedOwner returns the body named after a possessive owner
// at token k that is no actor where it stands ("Carlo Neri of Italy's
// la Stampa", "Ana Soto of Peru's Radio Sur": the country only places
// the paper), or nil: one to three capitalised words, the possessive,
// then the body.
func (d *doc) bodyPastPlacedOwner(r *reader, si, k int, s sentence) *mention {
	j := k
	for j < s.b && j-k < 3 && d.toks[j].kind == tWord && d.toks[j].cap {
		j++
	}
	if j == k || j >= s.b || d.toks[j].kind != tPoss {
		return nil
	}
	for j < s.b && d.toks[j].kind == tPoss {
		j++
	}
	return d.bodyAt(r, si, j)
}

// possessedBody returns what the possessive body mention o stands for
// before the words it owns: the body named right after it, nil when a
// name that is no body follows, else o itself.
func (d *doc) possessedBody(r *reader, si int, o *mention) *mention {
	k := o.hb
	for k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	if d.ownsName(o) {
		if in := d.bodyAt(r, si, k); in != nil && in != o {
			return in
		}
		return nil
	}
	return d.asBody(o)
}

// ownsName reports whether possessive mention o owns a name ("Italy's
// la Repubblica", "Norway's Dagsavisen"), not a role or a thing.
func (d *doc) ownsName(o *mention) bool {
	k := o.hb
	for k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	if !o.poss || k == o.hb || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && (t.cap && !t.is(titleWordsClass) && !roleNoun(t.low) || t.is(articleWordsClass))
}

// notRoleCountry reports whether a country named in a person's aside is
// not the one the person serves: the country served in ("ambassador to
// Sweden") or the owner of a name ("editor of Italy's la Repubblica").
func (d *doc) notRoleCountry(m *mention) bool {
	return m.a > 0 && d.toks[m.a-1].low == "to" || d.ownsName(m)
}

// articleWords open names in other languages ("la Repubblica").
var articleWords = set("la", "le", "el", "il", "les", "los", "der", "die", "das")
var articleWordsClass = classOf(articleWords)

// bodyEndingAt returns the organisation or country mention ending at
// token e, or nil.
func (d *doc) bodyEndingAt(r *reader, si, e int) *mention {
	for _, m := range r.mentsBy[si] {
		if !m.quote && d.bodyOf(m) != nil && (m.b == e || m.hb == e) {
			return d.asBody(m)
		}
	}
	return nil
}

// bodyOf returns the organisation or country mention m names or, for a
// description ("the government", "the bloc"), was resolved to alone;
// nil for anything else.
func (d *doc) bodyOf(m *mention) *actor {
	a := m.act
	if a == nil && m.kind == sDesc && len(m.ref.actors) == 1 {
		a = m.ref.actors[0]
	}
	if a == nil || !isBody(a) {
		return nil
	}
	return a
}

// asBody returns m as a mention that names its body, so that a role's
// target carries the actor a description was resolved to.
func (d *doc) asBody(m *mention) *mention {
	if m == nil || m.act != nil {
		return m
	}
	a := d.bodyOf(m)
	if a == nil {
		return nil
	}
	c := *m
	c.act = a
	return &c
}

// isBody reports whether a can have members: an organisation, a
// country, or a group that is a team ("the Kenyan team's coach").
func isBody(a *actor) bool {
	return a.typ == graph.Organization || a.typ == graph.Country || teamGroup(a, "")
}

// teamGroup reports whether a is a group named as a team ("Kenyan
// team", or an earlier group the text then calls so), and when noun is
// given, named with that noun.
func teamGroup(a *actor, noun string) bool {
	if a.typ != graph.Group {
		return false
	}
	for _, n := range append([]string{a.canon}, a.aliases...) {
		f := strings.Fields(strings.ToLower(n))
		if len(f) > 1 && (noun == "" && groupDescNouns[f[len(f)-1]] || f[len(f)-1] == noun) {
			return true
		}
	}
	return false
}

// conjoinedBefore returns the person mentions coordinated before p
// ("A, B and C of X"), nearest last, p included.
func (d *doc) conjoinedBefore(ps []*mention, pi int) []*mention {
	out := []*mention{ps[pi]}
	for k := pi - 1; k >= 0; k-- {
		gap := d.between(ps[k].hb, out[0].a)
		if gap != "," && gap != "and" && gap != ", and" {
			break
		}
		out = append([]*mention{ps[k]}, out...)
	}
	return out
}

// conjoinedAfter returns p and the person mentions coordinated after it
// ("DAB's Ben Chan and Leung Che-cheung").
func (d *doc) conjoinedAfter(ps []*mention, pi int) []*mention {
	out := []*mention{ps[pi]}
	for k := pi + 1; k < len(ps); k++ {
		gap := d.between(out[len(out)-1].hb, ps[k].a)
		if gap != "and" && gap != ", and" {
			break
		}
		out = append(out, ps[k])
	}
	return out
}

// unaffiliated reports whether a person is called a member of no party
// right before the name ("Nonpartisan Paul Tse and Wong Kwok-kin of the
// FTU": Tse shares no party with Wong).
func (d *doc) unaffiliated(m *mention) bool {
	for k := m.ha - 1; k >= 0 && k >= m.a-2 && d.toks[k].kind == tWord; k-- {
		if d.toks[k].is(noPartyWordsClass) {
			return true
		}
	}
	return false
}

// noPartyWords call a person a member of no party.
var noPartyWords = set("nonpartisan", "non-partisan", "independent", "unaffiliated")
var noPartyWordsClass = classOf(noPartyWords)

// rolePersonOfOrg: "Cheng Chung-tai of Civic Passion", "Alvin Yeung from
// the Civic Party", "Mu Li, of the University of NSW"; coordinated
// persons share the organisation, or pair with a "respectively" list.
func rolePersonOfOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for pi, p := range ps {
		k := p.hb
		if k < s.b && d.toks[k].text == "," && k+1 < s.b && d.toks[k+1].low == "of" {
			k++
		}
		if k+1 >= s.b {
			continue
		}
		prep := d.toks[k].low
		if prep != "of" && prep != "from" && prep != "for" && prep != "at" {
			continue
		}
		k++
		respectively := d.toks[k].low == "respectively"
		if respectively {
			k++
		}
		o := d.bodyAt(r, si, k)
		if o == nil && prep == "of" {
			o = d.bodyPastPlacedOwner(r, si, k, s)
		}
		if o == nil || prep != "of" && o.act.typ == graph.Country {
			continue // "from Canada" is where one comes from
		}
		if o.kind == sDesc && prep != "of" && prep != "at" {
			continue // "received prints from the foundation"
		}
		if prep == "at" && d.titledInSentence(p, si) {
			continue // "signed it with ATE leader X at the Labour Ministry": where (negotiation_sides.go)
		}
		persons := d.conjoinedBefore(ps, pi)
		if respectively {
			orgs := d.groupStartingAt(r, si, o.a)
			for i := 0; i < len(orgs) && i < len(persons); i++ {
				out = append(out, roleLink{person: persons[i], target: orgs[i], class: graph.Role, sent: si, verb: d.span(persons[i].ha, orgs[i].b)})
			}
			continue
		}
		for _, pm := range persons {
			if !d.unaffiliated(pm) {
				out = append(out, roleLink{person: pm, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, o.b)})
			}
		}
	}
	return out
}

// roleOrgPossessive: "DAB's Ben Chan and Leung Che-cheung", "Tunisia's
// goalkeeper Mouez Hassen": an organisation or country's possessive
// before a name, with at most a few title words between.
func roleOrgPossessive(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for _, o := range r.mentsBy[si] {
		if !o.poss || o.quote || d.bodyOf(o) == nil {
			continue
		}
		o := d.asBody(o)
		k := o.hb
		for k < s.b && d.toks[k].kind == tPoss {
			k++
		}
		for pi, p := range ps {
			if p.ha < k || !d.titleGap(k, p.ha) && !d.roleAside(k, p.ha) {
				continue
			}
			for _, pm := range d.conjoinedAfter(ps, pi) {
				out = append(out, roleLink{person: pm, target: o, class: graph.Role, sent: si, verb: d.span(o.a, p.hb)})
			}
			break
		}
	}
	return out
}

// roleAside reports whether tokens [a, b) are a role noun phrase set
// off by a comma before a name ("Orkla's chief executive, Anna Berg"):
// the comma is the last token and the words before it end in a role
// noun.
func (d *doc) roleAside(a, b int) bool {
	c := d.descriptorBefore(a, b)
	return c-a >= 2 && d.toks[c-1].text == "," && roleNoun(d.toks[c-2].low) && d.titleGap(a, c-1)
}

// titleGap reports whether tokens [a, b) may stand between an owner and
// a name: none, or up to five words with no verb, preposition or
// punctuation ("goalkeeper", "Shadow Home Secretary", "interior and
// overseas minister").
func (d *doc) titleGap(a, b int) bool {
	if b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != tWord && !(t.kind == tPunct && (t.text == "-" || t.text == "\u2011")) {
			return false
		}
		if t.low != "and" && (t.is(prepositionsClass) || t.is(lexVerbWordsClass) || familyNoun(t.low)) || clauseWordInGap(t) {
			return false
		}
	}
	return true
}

// clauseWordInGap (rule organisation's person, titleGap): a
// complementiser, a relative pronoun or an auxiliary between an owner
// and a name opens a clause, no title ("FIFA's disciplinary committee
// found that Rubiales had …" gives Rubiales no role at FIFA).
func clauseWordInGap(t token) bool {
	switch t.low {
	case "that", "which", "who", "whom", "whether", "if":
		return true
	}
	return t.is(auxiliariesClass)
}

// roleTitleOfOrgFirst: "CEO of the Refugee Council Enver Solomon",
// "Co-founder of Google, Sergey Brin", "Psychology major at University
// of Texas Arlington Amneh Jafari": a role noun, "of/at/for", the
// organisation, then the name.
func roleTitleOfOrgFirst(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		e := d.titleOpens(p.ha, s)
		if e > s.a && d.toks[e-1].text == "," {
			e--
		}
		e = d.beforeParenthesis(e, s)
		o := d.bodyEndingAt(r, si, e)
		if o == nil {
			continue
		}
		k := o.a
		if k > s.a && d.toks[k-1].low == "the" {
			k--
		}
		if k-2 < s.a {
			continue
		}
		if w := d.toks[k-1].low; w != "of" && w != "at" && w != "for" {
			continue
		}
		if d.postedScope(r, si, k-1, o, s) {
			continue // "WFP country director for Sudan, X": the WFP's, read by roleOrgNounFirst
		}
		if d.roleNounBefore(k-1, s, 6) {
			out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(k-1, p.hb)})
		}
	}
	return out
}

// beforeParenthesis returns where a short parenthesis ending at e
// opens ("CEI (Italian Episcopal Conference)" ends the name at CEI), or
// e when none ends there.
func (d *doc) beforeParenthesis(e int, s sentence) int {
	if e-1 <= s.a || d.toks[e-1].text != ")" {
		return e
	}
	for k := e - 2; k > s.a && k >= e-9; k-- {
		switch d.toks[k].text {
		case "(":
			return k
		case ")", ",":
			return e
		}
	}
	return e
}

// roleNounBefore reports whether a role noun ends the words within n
// tokens before k ("executive director of the Dallas chapter of" needs
// six).
func (d *doc) roleNounBefore(k int, s sentence, n int) bool {
	for j := k - 1; j >= s.a && j >= k-n; j-- {
		t := d.toks[j]
		if t.kind != tWord && t.text != "-" {
			return false
		}
		if roleNoun(t.low) {
			return true
		}
	}
	return false
}

// roleOrgNounFirst: "Greenpeace campaigner Ana Lind", "Facebook creator
// Mark Zuckerberg": an organisation, then up to three lower-case words
// ending in a role noun, then the name. A country there is a
// nationality ("Italian coach X"), read by roleDemonymTitle.
func roleOrgNounFirst(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink

	for _, p := range d.personsIn(r, si) {
		// window: the role's words end at most four words before the name,
		// or before a description of the person ("former champion X").
		h, window := d.titleOpens(p.ha, s), p.ha
		if c := d.descriptorBefore(s.a, h); c != h {
			h, window = c, c+1
		}
		k := h - 1
		posted := false
		if d.nameInAside(k, p, s) {
			k-- // "A NATO spokeswoman, Jane Roe, said"
			if j := d.roleNounBeforePlace(k, s); j != k {
				k, window, posted = j, j+1, true // read as if the name followed the role at once
			}
		}
		if k <= s.a || !roleNoun(d.toks[k].low) {
			continue
		}
		role := k
		for k >= s.a && k > window-4 && d.lowerNoun(k) {
			k--
		}
		if posted && k > s.a && d.toks[k].kind == tPoss {
			k-- // "The World Bank's country director for Nepal, X,"
		}
		o := d.bodyEndingAt(r, si, k+1)
		if o == nil {
			// "A NATO spokeswoman, …": the body's mention holds the
			// unnamed spokesperson's noun (spokespersonShortForm).
			if o = d.bodyEndingAt(r, si, role+1); o != nil && o.a > k {
				o = nil
			}
		}
		if o == nil || o.act.typ != graph.Organization || k+1 == p.ha {
			continue
		}
		out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(o.a, p.hb)})
	}
	return out
}

// titleOpens returns where the capitalised title words right before a
// person's name start ("Vice Admiral" in "…, Vice Admiral Pieter de
// Wolf,"), or h when none are there or no comma opens them: the words
// before the title are
// read as if the name followed them at once (appositionTitle).
func (d *doc) titleOpens(h int, s sentence) int {
	k := h
	for k > s.a && h-k < 4 && d.toks[k-1].kind == tWord && d.toks[k-1].cap && (d.toks[k-1].is(titleWordsClass) || d.toks[k-1].is(titleModsClass)) {
		k--
	}
	if k == h || k == s.a || d.toks[k-1].text != "," {
		return h // "… Refugee Council Anna Kovacs": the council's name, no title of the person
	}
	return k
}

// nameInAside reports whether the comma at k sets off person p's name
// as an aside after a role ("A NATO spokeswoman, Jane Roe, said",
// "The EU envoy, Anna Berg, told …"): the name closes with a comma, a
// dash or a verb of speech (appositionRole).
func (d *doc) nameInAside(k int, p *mention, s sentence) bool {
	if k <= s.a || d.toks[k].text != "," || p.hb >= s.b {
		return false
	}
	t := d.toks[p.hb]
	return t.text == "," || t.text == "—" || t.text == "–" || t.kind == tWord && t.is(speechVerbsClass)
}

// roleNounBeforePlace returns the token before "in <Place>" or "for
// <Place>" ending at token k, where the place is one to three
// capitalised words, so that a role noun set off with its posting ("A
// WFP spokeswoman in Geneva, Clara Mendes, said", "WFP country director
// for Sudan, X,", "The IMF's mission chief for Laos, Y,") is read as it
// is without one (rule "organisation and role noun before name",
// postingPrepositions); k when no such phrase ends there.
func (d *doc) roleNounBeforePlace(k int, s sentence) int {
	j := k
	for j > s.a && k-j < 3 && d.toks[j].kind == tWord && d.toks[j].cap {
		j--
	}
	if j == k || j <= s.a || !postingPrepositions[d.toks[j].low] || d.toks[j].cap {
		return k
	}
	return j - 1
}

// postingPrepositions set off the place an office is posted to or
// responsible for after its role noun: "spokeswoman in Geneva",
// "country director for Sudan".
var postingPrepositions = set("in", "for")

// postedScope reports whether preposition at k, after a role noun and
// before country mention o, gives the place an organisation's office is
// responsible for ("WFP country director for Sudan, X,", "the IMF's
// mission chief for Laos, Y,"): an organisation ends right before the
// role's lower-case words, so the office is the organisation's and the
// country only its scope (session 22, rule "organisation and role noun
// before name" reads it).
func (d *doc) postedScope(r *reader, si, k int, o *mention, s sentence) bool {
	if !postingPrepositions[d.toks[k].low] || o.act == nil || o.act.typ != graph.Country {
		return false
	}
	j := k - 1
	if j <= s.a || !roleNoun(d.toks[j].low) {
		return false
	}
	for j > s.a && k-j <= 4 && d.lowerNoun(j) {
		j--
	}
	if d.toks[j].kind == tPoss {
		j--
	}
	b := d.bodyEndingAt(r, si, j+1)
	return b != nil && b.act != nil && b.act.typ == graph.Organization
}

// lowerNoun reports whether token k is a lower-case word that may stand
// in a role's words: no verb, preposition or article.
func (d *doc) lowerNoun(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && !t.cap && !t.is(prepositionsClass) && !t.is(determinersClass) && !t.is(lexVerbWordsClass) && !t.is(auxiliariesClass) && t.low != "and" && t.low != "or"
}

// roleAppositive: "Jeff Rathke, the State Department spokesperson,",
// "Fuad Basya, spokesman for the Indonesian military,", "Cres Eastman,
// Director of the study, and Chairman of the Centre": an aside after the
// name holding a role noun and an organisation.
func roleAppositive(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		if p.hb+1 >= s.b || d.toks[p.hb].text != "," {
			continue
		}
		for _, part := range d.appositiveParts(d.pastAge(p.hb+1, s), s) {
			if d.pastAside(part) {
				continue // "X, a former Zambian foreign minister," (past_aside.go)
			}
			if o := d.appositiveBody(r, si, part); o != nil {
				out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(part[0], part[1])})
			}
		}
	}
	return out
}

// appositiveParts splits the aside starting at k into its parts: up to
// the next comma, and again after ", and" + a role noun.
func (d *doc) appositiveParts(k int, s sentence) [][2]int {
	var parts [][2]int
	for k < s.b && len(parts) < 3 {
		e := k
		for e < s.b && e-k < 14 && d.toks[e].text != "," && d.toks[e].text != ";" && d.toks[e].kind != tOpenQ && d.toks[e].text != "." {
			e++
		}
		parts = append(parts, [2]int{k, e})
		if e+2 < s.b && d.toks[e].text == "," && d.toks[e+1].low == "and" && roleNoun(d.toks[e+2].low) {
			k = e + 2
			continue
		}
		break
	}
	return parts
}

// appositiveBody returns the organisation an aside gives a role in: the
// aside opens with an article, a title or a name, has no verb, and holds
// a role noun and an organisation or country mention.
func (d *doc) appositiveBody(r *reader, si int, part [2]int) *mention {
	a, b := part[0], part[1]
	if a >= b || b-a > 13 {
		return nil
	}
	if w := d.toks[a].low; w == "who" || w == "which" || w == "whose" || w == "that" || w == "and" || w == "or" {
		return nil
	}
	if d.verbOpensAside(a) {
		return nil // "X, …, summoned the Portuguese ambassador, Y,": the predicate (envoys_expelled.go)
	}
	for _, m := range r.mentsBy[si] {
		if m.a >= a && m.b <= b && m.act != nil && m.act.typ == graph.Person && !m.poss {
			return nil // "A, and B's campaigner C": another person's aside
		}
	}
	role := d.partyOpens(r, si, a)
	for k := a; k < b; k++ {
		l := d.toks[k].low
		if isLexVerb(l) || speechVerbs[l] || auxiliaries[l] {
			return nil
		}
		role = role || roleNoun(l)
	}
	if !role {
		return nil
	}
	// An organisation before a country: "director general of Russian
	// nuclear corporation Rosatom" is Rosatom's.
	var country *mention
	for _, m := range r.mentsBy[si] {
		if m.a < a || m.b > b || m.quote || d.bodyOf(m) == nil {
			continue
		}
		if m = d.asBody(m); m.poss {
			m = d.possessedBody(r, si, m) // "editor of Italy's la Repubblica": not Italy's
		}
		if m == nil || d.placeOnly(m) {
			continue
		}
		if m.act.typ == graph.Organization {
			return m
		}
		if country == nil {
			country = m
		}
	}
	return country
}

// partyOpens reports whether an aside starting at token a opens with a
// party's adjective ("Republican from Texas", "a Democrat"): membership
// without a role noun.
func (d *doc) partyOpens(r *reader, si, a int) bool {
	if w := d.toks[a].low; w == "a" || w == "an" {
		a++
	}
	for _, m := range r.mentsBy[si] {
		if m.a != a || m.kind != sGaz || m.act == nil || m.act.typ != graph.Organization {
			continue
		}
		if f, _, ok := d.gazAt(m.a, m.b); ok && f.kind == gDemonym {
			return true
		}
	}
	return false
}

// placeOnly reports whether a country mention only locates or is where
// a role is served, not whose it is: "a councillor in Canada", "a
// student from Peru", "ambassador to Sweden".
func (d *doc) placeOnly(m *mention) bool {
	if m.act.typ != graph.Country || m.a == 0 {
		return false
	}
	w := d.toks[m.a-1].low
	return w == "in" || w == "from" || w == "to" // "ambassador to Sweden" serves another country
}

// rolePredicate: "Kari Moe became the youngest Farmers Union member",
// "Ola Dahl is a researcher at the University of Bergen", "Eva Lund
// remains the party's treasurer": a copula that states a present role
// ("is", "became", "remains"; not "was", a past role) between the
// person and a role phrase naming the organisation.
func rolePredicate(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for pi, p := range ps {
		e := s.b
		if pi+1 < len(ps) {
			e = ps[pi+1].ha
		}
		k := d.sharedPredicate(p.hb, e, s)
		if k != p.hb && !containsActor(d.sentenceSubject(r, si, s.b), p.act) {
			continue // "X met Y and became …": Y is no subject
		}
		if k < s.b && d.toks[k].low == "has" {
			k++
		}
		j := d.roleVerbEnd(k, s)
		if j < 0 {
			continue
		}
		if o := d.predicateBody(r, si, j, s); o != nil {
			out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, min(s.b, o.b+1))})
		}
	}
	return out
}

// sharedPredicate returns where the predicate of a subject ending at k
// begins: k itself, or after the "and" of a second predicate of the
// same subject before token e ("X won the seat and becomes the
// youngest member"), when no pronoun stands between.
func (d *doc) sharedPredicate(k, e int, s sentence) int {
	if k < s.b && (d.toks[k].is(roleCopulasClass) || d.toks[k].low == "has") {
		return k
	}
	for j := k; j+1 < e; j++ {
		t := d.toks[j]
		if t.is(pronounsClass) || t.kind == tOpenQ || t.text == ";" {
			return k
		}
		if t.low == "and" && d.toks[j+1].is(roleCopulasClass) {
			return j + 1
		}
	}
	return k
}

// roleCopulas state that a person holds a role now.
var roleCopulas = set("is", "becomes", "became", "become", "remains")
var roleCopulasClass = classOf(roleCopulas)

// roleVerbEnd returns where the role phrase after the verb group at k
// begins, or -1: a copula of a present role and a determiner ("became
// the party's treasurer"), or none before a role noun ("became
// chairwoman of X"); "serves as"; or a passive of choosing, "was
// elected/appointed/named (as) …" (rule role as predicate).
func (d *doc) roleVerbEnd(k int, s sentence) int {
	if k+2 >= s.b {
		return -1
	}
	w := d.toks[k].low
	switch {
	case roleCopulas[w]:
		k++
	case (w == "serves" || w == "serve") && d.toks[k+1].low == "as":
		k += 2
	case w == "was" || w == "is" || w == "has" || w == "have" || w == "were":
		k++
		if d.toks[k].low == "been" {
			k++
		}
		if k >= s.b || !d.toks[k].is(choosingVerbsClass) {
			return -1
		}
		k++
		if k < s.b && d.toks[k].low == "as" {
			k++
		}
	default:
		return -1
	}
	if k >= s.b {
		return -1
	}
	if d.toks[k].is(determinersClass) {
		return k + 1
	}
	if roleNoun(d.toks[k].low) {
		return k
	}
	return -1
}

// choosingVerbs put a person in a role: "was elected leader of X".
var choosingVerbs = set("elected", "re-elected", "reelected", "appointed", "named", "chosen", "installed", "confirmed")
var choosingVerbsClass = classOf(choosingVerbs)

// predicateBody reads a role phrase from token k: up to three
// lower-case modifiers, then an organisation and a role noun ("youngest
// Farmers Union member", "party's treasurer"), or a role noun and
// "of/at/for" an organisation ("researcher at the University of
// Bergen"); nil when the phrase is another ("the first woman", "a
// former member of").
func (d *doc) predicateBody(r *reader, si, k int, s sentence) *mention {
	for n := 0; n < 3 && k < s.b && d.lowerNoun(k) && !roleNoun(d.toks[k].low); n++ {
		if d.toks[k].low == "former" || d.toks[k].low == "ex" {
			return nil
		}
		k++
	}
	if k >= s.b {
		return nil
	}
	if roleNoun(d.toks[k].low) {
		if k+2 < s.b && (d.toks[k+1].low == "of" || d.toks[k+1].low == "at" || d.toks[k+1].low == "for") {
			return d.bodyAt(r, si, k+2)
		}
		return nil
	}
	o := d.bodyAt(r, si, k)
	if o == nil {
		return nil
	}
	e := o.b
	for e < s.b && d.toks[e].kind == tPoss {
		e++
	}
	for n := 0; n < 3 && e < s.b && d.lowerNoun(e); n++ {
		if roleNoun(d.toks[e].low) {
			return o
		}
		e++
	}
	return nil
}

// roleDemonymTitle: "the Ukrainian president Z", "Italian Foreign
// Minister Ada Neri": a nationality and a public office right before a
// name give the country, when the text names that country as an actor.
// Nationality before a job or a sport ("Italian coach X") is not an
// office of the country.
func roleDemonymTitle(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.ha - 1
		for k >= s.a && k >= p.ha-3 && d.toks[k].kind == tWord && officeTitle(d.toks[k].low) {
			k--
		}
		if k < s.a || k == p.ha-1 {
			continue
		}
		f, _, ok := d.gazAt(k, k+1)
		if !ok || f.kind != gDemonym {
			continue
		}
		c := d.byKey[graph.Fold(f.canon)]
		if c == nil || !c.strong || c.typ != graph.Country {
			continue
		}
		out = append(out, roleLink{person: p, target: &mention{act: c, sent: si, a: k, b: k + 1}, class: graph.Role, sent: si, verb: d.span(k, p.hb)})
	}
	return out
}

// familyPronoun: "Thomas Sam and his wife Manju Sam", "their child,
// Gloria": a possessive pronoun and a family noun before a name tie the
// name to whom the pronoun refers to.
func familyPronoun(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, pr := range r.mentsBy[si] {
		if pr.kind != sPron || pr.quote || (pr.pron != "his" && pr.pron != "her" && pr.pron != "their") {
			continue
		}
		k := pr.b
		for k < s.b && k < pr.b+3 && d.toks[k].kind == tWord && !familyNoun(d.toks[k].low) && !d.toks[k].cap {
			k++ // "their nine-month-old child"
		}
		if k >= s.b || !familyNoun(d.toks[k].low) {
			continue
		}
		k++
		comma := k < s.b && d.toks[k].text == ","
		if comma {
			k++
		}
		var p *mention
		for _, m := range d.personsIn(r, si) {
			if m.ha == k || m.a == k {
				p = m
			}
		}
		if p == nil || comma && !d.closesAside(p.b, s) {
			continue // "to speak with his mother, Montalvo was …": a new clause
		}
		for _, a := range d.pronounPersons(r, si, pr) {
			if a != p.act {
				out = append(out, roleLink{person: p, target: &mention{act: a, sent: si}, class: graph.Family, sent: si, verb: d.span(pr.a, p.hb)})
			}
		}
	}
	return out
}

// familyAppositive: "Karl Moe, Anna Berg's husband, said", "Per Lie,
// the son of Tove Lie,": an aside after a person's name that is another
// person's family noun, in either order, and closes as an aside.
func familyAppositive(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for _, p := range ps {
		k := p.b
		if k+2 >= s.b || d.toks[k].text != "," {
			continue
		}
		k = d.pastAge(k+1, s)
		if q, e := d.kinOwner(ps, k, s); q != nil && q.act != p.act && d.closesAside(e, s) {
			out = append(out, roleLink{person: p, target: q, class: graph.Family, sent: si, verb: d.span(k, e)})
		}
	}
	return out
}

// kinOwner reads, at token k, "Q's [two words] husband" or "[the]
// husband of Q" and returns Q's person mention among ps and the end of
// the phrase; nil when the words are neither.
func (d *doc) kinOwner(ps []*mention, k int, s sentence) (*mention, int) {
	at := func(i int) *mention {
		for _, m := range ps {
			if m.a == i || m.ha == i {
				return m
			}
		}
		return nil
	}
	if q := at(k); q != nil && q.poss {
		e := q.hb
		for e < s.b && d.toks[e].kind == tPoss {
			e++
		}
		for n := 0; n < 3 && e < s.b && d.toks[e].kind == tWord && !d.toks[e].cap; n++ {
			if d.toks[e].is(pastWordsClass) || strings.HasPrefix(d.toks[e].low, "ex-") {
				return nil, k // "Anna Berg's former husband": no tie now
			}
			if familyNoun(d.toks[e].low) {
				return q, e + 1
			}
			e++
		}
		return nil, k
	}
	if k < s.b && d.toks[k].is(determinersClass) && !d.toks[k].is(possessivePronounsClass) {
		k++
	}
	if k+2 < s.b && familyNoun(d.toks[k].low) && d.toks[k+1].low == "of" {
		if q := at(k + 2); q != nil {
			return q, q.b
		}
	}
	return nil, k
}

// pastWords before a family noun say the tie has ended.
var pastWords = set("former", "late", "estranged")
var pastWordsClass = classOf(pastWords)

// pastTitleWords before a title say the office is no longer held.
var pastTitleWords = set("former", "ex", "ex-", "late", "onetime", "one-time", "erstwhile")
var pastTitleWordsClass = classOf(pastTitleWords)

// pastTitleAt (rule role.past-title) reports whether the title that
// opens at token k follows a word saying the office is past, whatever
// its case: "Former minister X" opening a sentence, "Ex-minister X", "the
// late Foreign Minister X" hold no national office now, as a lower-case
// "former" read inside the title does not (nationalOffice). (An
// organisation's title keeps its role: the seeds annotate "former White
// House adviser X" as one.)
func (d *doc) pastTitleAt(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-2; j-- {
		t := d.toks[j]
		if t.is(pastTitleWordsClass) {
			return true
		}
		if !(t.kind == tPunct && isHyphen(rune(t.text[0])) && t.tight) {
			return false // only a hyphen may stand between: "Ex-minister"
		}
	}
	return false
}

// closesAside reports whether a name set off by a comma ends at token
// e as an aside does: at a comma, a closing bracket or the sentence's
// end, not before its own verb.
func (d *doc) closesAside(e int, s sentence) bool {
	if e >= s.b {
		return true
	}
	t := d.toks[e].text
	return t == "," || t == ")" || t == "." || t == ";" || t == ":"
}

// pronounPersons resolves a possessive pronoun to persons: "his" to the
// nearest person before it, "their" to the persons coordinated before.
func (d *doc) pronounPersons(r *reader, si int, pr *mention) []*actor {
	var before []*mention
	for _, m := range d.personsIn(r, si) {
		if m.b <= pr.a {
			before = append(before, m)
		}
	}
	if len(before) == 0 {
		return d.earlierPersons(r, si, pr)
	}
	if pr.pron != "their" {
		return []*actor{before[len(before)-1].act}
	}
	if as := d.refs(r, pr); len(as) >= 2 && allPersons(as) {
		return as
	}
	if len(before) != 2 || before[0].act == before[1].act {
		return nil // whose "their" it is is not clear
	}
	return []*actor{before[0].act, before[1].act}
}

// earlierPersons resolves a possessive pronoun that opens its
// sentence's persons ("Her son Per Lie said …") to the persons it refers
// to when the sentence before names them, never to the person it
// introduces.
func (d *doc) earlierPersons(r *reader, si int, pr *mention) []*actor {
	if si == 0 {
		return nil
	}
	// Only a person the sentence before names: the focus further back
	// is too often stale for a family tie.
	prev := map[*actor]bool{}
	for _, m := range d.personsIn(r, si-1) {
		if m.kind != sPron && m.kind != sDesc {
			prev[m.act] = true
		}
	}
	var out []*actor
	for _, a := range d.refs(r, pr) {
		if a.typ == graph.Person && prev[a] {
			out = append(out, a)
		}
	}
	if pr.pron == "their" && len(out) < 2 {
		return nil
	}
	return out
}

// nationalOfficeRoles: "Prime Minister Boris Johnson", "Minister of
// Education Stefania Giannini": a national office written without its
// country is an office of the country the article is about, the one it
// names most, when the person holds no office for a country already.
func (d *doc) nationalOfficeRoles() []roleLink {
	var out []roleLink
	for _, pt := range d.pendingTitles {
		p := pt.m.act
		if p == nil || p.typ != graph.Person || !nationalOffice(pt.text) && !d.headOffice(pt) && !d.oppositionOffice(pt) || d.countryRole(p) {
			continue
		}
		if d.titleHeldInOwner(pt.m) {
			continue // "Tamil Nadu Chief Minister X" (title_owner.go)
		}
		if before := d.span(pt.m.a, pt.m.ha); before != "" && !nationalOffice(before) && !d.headOffice(pt) && !d.oppositionOffice(pt) {
			continue // "Shadow Home Secretary": the whole title counts
		}
		if d.countryBeforeTitle(pt.m) {
			continue // "Indian Ayush Minister X": India's office, not the article's country's
		}
		rule, home := "role.national-office", d.officeHome(pt.m)
		if d.oppositionOffice(pt) {
			rule = "role.opposition-office" // opposition_office.go: the minister's order, dateline first
		} else if !nationalOffice(pt.text) {
			rule = "role.head-office"
			if !d.governmentSpokes(pt) {
				home = d.headOfficeHome(pt.m)
			}
		}
		if home != nil && d.officeHeldByAnother(pt, home) {
			// "President X" beside "Guatemalan President Y" (opposition_office.go)
			rule, home = "role.office-held", d.otherOfficeCountry(pt.m, home)
		}
		if home == nil {
			continue
		}
		if d.madeForOffice(home) {
			rule = rulePlaceOnly // opposition_office.go
		}
		if home == d.paragraphCountry(pt.m) {
			rule = "role.paragraph-country"
		}
		out = append(out, roleLink{person: pt.m, target: &mention{act: home, sent: pt.m.sent}, class: graph.Role, sent: pt.m.sent, verb: pt.text, rule: rule})
	}
	return out
}

// headOffices are national offices written before a name that head a
// state or its justice, sit in its legislature, keep its treasury or
// speak for its government: "President X", "Vice President X",
// "Attorney General X", "Senator X", "Treasurer X", "Government
// spokeswoman X" (role.head-office). Unlike a minister's, these titles
// also head parliaments, companies, parties and federations, so only the
// bare title, capitalised, right before the name counts (headOffice).
var headOffices = set("president", "vice president", "vice-president", "attorney general", "attorney-general",
	"senator", "sen.", "treasurer", "congressman", "congresswoman")

// spokesTitles speak for a government when "government" comes before
// them ("Government spokeswoman X", "the government spokesman X").
var spokesTitles = set("spokesman", "spokeswoman", "spokesperson")

// headOffice (rule role.head-office) reports whether pending title pt is
// a head office of headOffices written alone right before its holder's
// name ("President Mauricio Salgado", not "Assembly President X", "the
// federation's president, X" or "X, president of the club"), of a
// person the gazetteer does not know as a leader of some country
// ("President Putin" in a story from Kyiv is no office of Ukraine).
func (d *doc) headOffice(pt pendingTitle) bool {
	if d.span(pt.m.a, pt.m.ha) != pt.text {
		return false
	}
	title := strings.ToLower(pt.text)
	if !d.governmentSpokes(pt) && (!headOffices[title] || !d.toks[pt.m.a].cap) {
		return false
	}
	_, leader := d.x.gaz.leaders[d.fold(lastWord(pt.m.act.canon))]
	return !leader
}

// spokesOwners before a spokesperson's title make it the government's
// or the head of state's ("Government spokeswoman X", "Presidential
// spokesman Y"): the office speaks for the country as the president's
// own does.
var spokesOwners = set("government", "presidential")

// governmentSpokes reports whether pending title pt is a spokesperson's
// of spokesOwners, read whole ("presidential spokesman") or after the
// owner's word ("Government spokeswoman X"). Such a spokesperson speaks
// for the government the story is filed from, as a minister does
// (officeHome), not for the country the text around names most.
func (d *doc) governmentSpokes(pt pendingTitle) bool {
	w := strings.Fields(strings.ToLower(pt.text))
	if len(w) == 2 && spokesOwners[w[0]] && spokesTitles[w[1]] {
		return true
	}
	return len(w) == 1 && spokesTitles[w[0]] && pt.m.a > d.sents[pt.m.sent].a && spokesOwners[d.toks[pt.m.a-1].low]
}

// countryBeforeTitle reports whether a country's form ends before the
// title that opens mention m, with at most two capitalised words between
// that were not read as the title's ("Indian Ayush Minister X"): the
// office is that country's, though its title was not read whole, so it
// is no office of the country the article names most.
func (d *doc) countryBeforeTitle(m *mention) bool {
	s := d.sents[m.sent]
	for k := m.a - 1; k >= s.a && k >= m.a-3; k-- {
		if t := d.toks[k]; t.kind != tWord || !t.cap {
			return false
		}
		for j := k; j >= s.a && j >= k-2; j-- {
			if f, e, ok := d.gazAt(j, k+1); ok && e == k+1 && f.typ == graph.Country {
				return true
			}
		}
	}
	return false
}

// nationalOffice reports whether a title names a government office that
// belongs to a country: a minister or secretary of the cabinet, not of
// a party, a company or the shadow cabinet.
func nationalOffice(title string) bool {
	var buf [8]string
	w := fieldsIn(buf[:0], strings.ToLower(title))
	if len(w) == 0 {
		return false
	}
	for _, x := range w {
		if x == "shadow" || x == "party" || x == "general" || x == "press" || x == "executive" || x == "former" || x == "permanent" {
			return false
		}
		if x == "deputy" && !deputyMinister(w) {
			return false
		}
	}
	if w[0] == "the" {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "minister", "premier":
		return true
	case "secretary":
		return len(w) > 1 // "Home Secretary", not a bare "secretary"
	}
	if undersecretary[w[0]] {
		return true // "Undersecretary for Education", "undersecretary to the president"
	}
	// "Minister of Education", "Secretary of State"
	return len(w) >= 3 && (w[0] == "minister" || w[0] == "secretary") && w[1] == "of"
}

// deputyMinister reports whether the title's words w, which hold
// "deputy", name a deputy minister ("Deputy Transport Minister",
// "Deputy Prime Minister"): a cabinet office too, unlike a deputy
// director, chairman or leader.
func deputyMinister(w []string) bool {
	last := w[len(w)-1]
	return last == "minister" || last == "premier"
}

// undersecretary are the junior offices of a government, national
// whatever follows them.
var undersecretary = set("undersecretary", "under-secretary", "vice-minister")

// countryRole reports whether person p holds an office for a country.
func (d *doc) countryRole(p *actor) bool {
	for _, rl := range d.roles {
		if rl.class == graph.Role && rl.person.act == p && rl.target.act != nil && rl.target.act.typ == graph.Country {
			return true
		}
	}
	return false
}

// homeCountry returns the country the text around sentence si names
// most, quoted or not, nearer mentions weighing more (five sentences
// each way, so that a page of several stories keeps them apart), if it
// is named there at least twice and outweighs any other.
func (d *doc) homeCountry(si int) *actor {
	count := map[*actor]int{}
	weight := map[*actor]float64{}
	for _, m := range d.ments {
		dist := m.sent - si
		if dist < 0 {
			dist = -dist
		}
		if dist > homeWindow || m.act == nil || m.act.typ != graph.Country || !m.act.strong || d.sentRegion[m.sent] != rBody {
			continue
		}
		count[m.act]++
		weight[m.act] += 1 / float64(1+dist)
	}
	var best *actor
	var bestW, second float64
	for a, w := range weight {
		switch {
		case w > bestW || w == bestW && best != nil && a.order < best.order:
			second = max(second, bestW)
			best, bestW = a, w
		case w > second:
			second = w
		}
	}
	if best == nil || count[best] < 2 || bestW == second {
		return nil
	}
	return best
}

// homeWindow is how many sentences each way homeCountry looks.
const homeWindow = 5

// officeTitle reports whether w is a title of public office, not a job,
// a trade or a place in a team.
func officeTitle(w string) bool { return titleWords[w] && !privateTitles[w] && !honorifics[w] }

// privateTitles are titles of employment, trade and sport.
var privateTitles = set("coach", "captain", "manager", "executive", "chief executive", "ceo", "cfo", "cto",
	"coo", "founder", "co-founder", "cofounder", "editor", "correspondent", "chairman", "chairwoman",
	"chairperson", "chair", "director", "head", "lawyer", "attorney", "counsel", "officer", "leader",
	"spokesman", "spokeswoman", "spokesperson")

// roleRelative: "Ade Bako, who chairs the bloc,", "Tove Holm, who now
// leads the Green Party": a relative clause whose present-tense verb of
// leading takes an organisation or country (or a description resolved
// to one) gives the person a role in it.
func roleRelative(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.hb
		if k < s.b && d.toks[k].text == "," {
			k++
		}
		if k+2 >= s.b || d.toks[k].low != "who" {
			continue
		}
		k++
		for k < s.b && d.toks[k].is(roleAdverbsClass) {
			k++
		}
		if k+1 >= s.b || !d.toks[k].is(leadVerbsClass) {
			continue
		}
		if o := d.bodyAt(r, si, k+1); o != nil {
			out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, o.b)})
		}
	}
	return out
}

// roleLeadVerb: "Tove Holm leads the Green Party", "Ada Berg founded
// Meridian Labs", "Ola Dahl works for the Red Cross", "who plays for
// Bodø/Glimt": a person right before a verb of leading (leadVerbs) and
// an organisation or country, or a present verb of working (workVerbs)
// and "for" or "at" one, holds a role in it; not before a possessive
// ("leads NATO's response"). roleRelative reads the leading verbs after
// "who".
func roleLeadVerb(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.hb
		if k < s.b && d.toks[k].text == "," && k+1 < s.b && d.toks[k+1].low == "who" {
			k += 2
		}
		for k < s.b && d.toks[k].is(roleAdverbsClass) {
			k++
		}
		if k+2 >= s.b || p.poss {
			continue
		}
		switch w := d.toks[k].low; {
		case leadVerbs[w] && k == p.hb:
		case workVerbs[w] && (d.toks[k+1].low == "for" || d.toks[k+1].low == "at"):
			k++
		default:
			continue
		}
		if o := d.bodyAt(r, si, k+1); o != nil && !o.poss && !d.possessiveAfter(o, s) {
			out = append(out, roleLink{person: p, target: o, class: graph.Role, sent: si, verb: d.span(p.ha, o.b)})
		}
	}
	return out
}

// workVerbs say in the present that the subject works for a body.
var workVerbs = set("works", "plays", "writes", "reports", "volunteers", "serves")

// possessiveAfter reports whether mention o is followed by "'s".
func (d *doc) possessiveAfter(o *mention, s sentence) bool {
	return o.b < s.b && d.toks[o.b].kind == tPoss
}

// leadVerbs say in the present that the subject leads, runs or
// founded an organisation ("chaired" is a past role; "founded" lasts).
var leadVerbs = set("chairs", "heads", "leads", "runs", "directs", "manages", "coaches", "captains", "founded", "co-founded", "cofounded")
var leadVerbsClass = classOf(leadVerbs)

// roleAdverbs may stand between "who" and its verb.
var roleAdverbs = set("now", "also", "currently", "still", "jointly")
var roleAdverbsClass = classOf(roleAdverbs)

// roleLedBy: "the Nordic Anglers Federation, led by Tove Holm,", "the
// union, headed by Ola Brekke", "Meridian Labs was founded by Anna
// Berg": an organisation or country, then a participle of leading and
// "by" a person (only "founded" after "was": a past lead is no role).
func roleLedBy(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for k := s.a + 1; k+2 < s.b; k++ {
		if d.toks[k+1].low != "by" || !d.toks[k].is(ledParticiplesClass) || d.inQuote[k] {
			continue
		}
		e := k
		if w := d.toks[e-1].low; w == "," || w == "is" || w == "are" || (w == "was" || w == "were") && d.toks[k].is(foundedWordsClass) {
			e--
		}
		o := d.bodyEndingAt(r, si, e)
		if o == nil {
			o = d.describedBodyBefore(r, si, k, s) // ", a company owned by X" (owned_by.go)
		}
		if o == nil || o.act.typ == graph.Country && d.toks[k].low != "led" && d.toks[k].low != "ruled" {
			continue
		}
		group := d.groupStartingAt(r, si, d.skipDet(k+2, s))
		if !hasPerson(group) && o != d.bodyEndingAt(r, si, e) {
			group = d.describedPersonGroup(r, si, d.skipDet(k+2, s), s) // "owned by businessman X", "run by his brother-in-law, X" (owned_by.go)
		}
		for _, pm := range group {
			if pm.act != nil && pm.act.typ == graph.Person {
				out = append(out, roleLink{person: pm, target: o, class: graph.Role, sent: si, verb: d.span(o.a, pm.b)})
			}
		}
	}
	return out
}

// ledParticiples lead an organisation "by" its leader.
var ledParticiples = set("led", "headed", "chaired", "founded", "co-founded", "cofounded", "ruled", "run", "directed", "managed", "coached", "captained", "owned", "co-owned")
var ledParticiplesClass = classOf(ledParticiples)

// foundedWords name a founding, which stays a role after it happened.
var foundedWords = set("founded", "co-founded", "cofounded")
var foundedWordsClass = classOf(foundedWords)

// roleOwnersOrg: "Ola Brekke's party, the Coastal Alliance,", "his
// employer, Meridian Labs,": a person's possessive (a name or a
// pronoun) and a noun of the organisations one belongs to, then the
// organisation's name set off by a comma.
func roleOwnersOrg(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, m := range r.mentsBy[si] {
		if m.quote || m.hb+3 >= s.b {
			continue
		}
		k := m.hb
		for k < s.b && d.toks[k].kind == tPoss {
			k++
		}
		if !(m.poss || m.kind == sPron && (m.pron == "his" || m.pron == "her")) || !d.toks[k].is(memberOrgNounsClass) || d.toks[k+1].text != "," {
			continue
		}
		o := d.bodyAt(r, si, k+2)
		if o == nil || o.act.typ != graph.Organization {
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

// memberOrgNouns name the organisation a person belongs to or works for.
var memberOrgNouns = set("party", "employer", "company", "firm", "union", "club", "team", "movement", "newspaper", "university")
var memberOrgNounsClass = classOf(memberOrgNouns)
