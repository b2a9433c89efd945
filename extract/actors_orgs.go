package extract

import (
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// This file holds the rules that find organisations the text names by
// one word (a company, a website, a platform, a studio): a web domain
// ("Gawker.com"), a proper noun that does what organisations do
// ("Zentrix acquired …"), one listed with organisations ("Zentrix,
// Microsoft and Sony"), one described as one ("Zentrix, a video game
// publisher,").

//go:embed lexicon/org_verbs.txt
var orgVerbsTxt string

// orgVerbs are the lemmas of verbs whose proper-noun subject is an
// organisation (lexicon/org_verbs.txt).
var orgVerbs = wordList(orgVerbsTxt)

// domainSuffixes end a web address written as a name ("Gawker.com").
var domainSuffixes = set("com", "org", "net", "io", "info", "biz", "tv", "co")
var domainSuffixesClass = classOf(domainSuffixes)

// domainEnd returns the end of a web domain written as a name whose
// first word is the capitalised token i ("Gawker.com", "Salon.com"):
// the word, a tight dot and a tight domain suffix, and no word after
// it. It returns i when there is none.
func (d *doc) domainEnd(i int, s sentence) int {
	t := d.toks
	dot, suf := i+1, i+2
	if suf >= s.b || t[i].kind != tWord || !t[i].cap || t[dot].text != "." || !t[dot].tight || !t[suf].tight || t[suf].kind != tWord || !t[suf].is(domainSuffixesClass) {
		return i
	}
	if suf+1 < s.b && t[suf+1].tight && (t[suf+1].kind == tWord || t[suf+1].text == ".") && t[suf+1].kind != tPoss {
		return i // "Example.com.au", "x.co.uk" and the like: no rule
	}
	return suf + 1
}

//go:embed lexicon/appositive_org_heads.txt
var appositiveOrgHeadsTxt string

// appositiveOrgHeads are the nouns of an appositive that says a name is
// an organisation's ("Zentrix, a video game publisher,"): those of
// lexicon/appositive_org_heads.txt and the organisation cues.
var appositiveOrgHeads = func() map[string]bool {
	m := wordList(appositiveOrgHeadsTxt)
	for w := range orgCues {
		m[w] = true
	}
	return m
}()
var appositiveOrgHeadsClass = classOf(appositiveOrgHeads)

// appositiveOrgTails may follow the head noun of an organisation's
// appositive ("a catholic school in Milan", "a publisher based in …").
var appositiveOrgTails = set("that", "which", "based", "in", "from", "founded", "owned", "run")
var appositiveOrgTailsClass = classOf(appositiveOrgTails)

// oneWordOrgCandidate reports whether mention m is a single capitalised
// word still unresolved that may name an organisation: in the body, no
// word the article also writes in lower case, no given name, no word of
// a person's name, no gazetteer form, not inside a longer capitalised
// run.
func (d *doc) oneWordOrgCandidate(m *mention, lower, personWord map[string]bool) bool {
	if m.act != nil || m.surname == "" || m.ha+1 != m.hb || m.region != rBody || m.titled {
		return false
	}
	t := d.toks[m.ha]
	if m.ha > 0 && d.toks[m.ha-1].kind == tWord && d.toks[m.ha-1].cap && m.ha > d.sents[m.sent].a || m.hb < len(d.toks) && d.toks[m.hb].kind == tWord && d.toks[m.hb].cap && d.pastCountryUnit(m.sent, m.hb, d.sents[m.sent]) == m.hb {
		return false // a word of a longer capitalised run ("New Jersey")
	}
	if lower[t.low] || t.upper || firstNames[t.low] || personWord[d.fold(m.surname)] || d.storms[d.fold(m.surname)] || hyphenedWord(t) {
		return false
	}
	if _, ok := d.x.gaz.forms[t.low]; ok {
		return false
	}
	return len(t.text) >= 3
}

// moreOneWordOrgs makes organisations of the single capitalised words
// singleWordOrgs left, when the parse or the words around them say they
// name one: the subject of an organisation's verb (subjectOrg), a
// member of a list of organisations (orgListMember), or a name an
// appositive calls an organisation (orgAppositive).
func (d *doc) moreOneWordOrgs() {
	lower := d.lowerWords()
	personWord := map[string]bool{}
	for _, a := range d.actors {
		if a.typ == graph.Person {
			for _, w := range d.fieldsOf(d.fold(a.canon)) {
				personWord[w] = true
			}
		}
	}
	made := map[string]bool{}
	for _, m := range d.ments {
		if !d.oneWordOrgCandidate(m, lower, personWord) {
			continue
		}
		low := d.toks[m.ha].low
		if made[low] || d.orgAppositive(m) || d.orgDescriptionBefore(m) || d.orgListMember(m) || d.subjectOrg(m) {
			made[low] = true
		}
	}
	for _, m := range d.ments {
		if !d.describedAcronym(m) {
			continue
		}
		if m.act == nil {
			made[d.toks[m.ha].low] = true
		}
		d.descriptionModifiers(m)
	}
	for _, m := range d.ments {
		if m.act != nil || m.surname == "" || m.ha+1 != m.hb || !made[d.toks[m.ha].low] {
			continue
		}
		m.act = d.registry(candidate{canon: m.surname, typ: graph.Organization, alias: m.surname}, m.region == rBody || m.strong, d.toks[m.ha].s)
	}
}

// orgAppositive reports whether a comma and an appositive whose head is
// an organisation's noun follow mention m: "Zentrix, a video game
// publisher,", "Kestrelnet, the broadcaster,".
func (d *doc) orgAppositive(m *mention) bool {
	s := d.sents[m.sent]
	i := m.hb
	if i+2 >= s.b || d.toks[i].text != "," || !(d.toks[i+1].low == "a" || d.toks[i+1].low == "an" || d.toks[i+1].low == "the") || d.toks[i+1].cap && i+1 != s.a {
		return false
	}
	for j := i + 2; j < s.b && j <= i+6; j++ {
		t := d.toks[j]
		if t.kind == tPoss && j > i+2 {
			continue // "X, the sector's lobby group,"
		}
		if t.kind != tWord || t.cap && !d.gazetteerModifier(j) || t.is(prepositionsClass) {
			return false // past "of", the head was a noun before it: "X, the founder of the party," is a person
		}
		if t.is(appositiveOrgHeadsClass) {
			return j+1 == s.b || d.toks[j+1].kind == tPunct || d.toks[j+1].is(appositiveOrgTailsClass)
		}
	}
	return false
}

// gazetteerModifier reports whether the capitalised token j is a
// gazetteer form of one word, an organisation's or a nationality's,
// that may modify the noun of an appositive ("the UN peacekeeping
// mission", "the Congolese army").
func (d *doc) gazetteerModifier(j int) bool {
	f, e, ok := d.gazAt(j, j+1)
	return ok && e == j+1 && (f.typ == graph.Organization || f.kind == gDemonym)
}

// describedAcronym reports whether mention m is an acronym of three
// letters or more that no rule resolved and the gazetteer does not
// know, with an appositive that calls it an organisation on either side
// (rule describedAcronym): "MONUSCO, the UN peacekeeping mission in
// Congo, said …" (orgAppositive), "The UN mission in South Sudan,
// UNMISS, said …" (orgDescriptionBefore). Such a mission or agency is
// an organisation of its own, not the body its description names.
func (d *doc) describedAcronym(m *mention) bool {
	if m.ha+1 != m.hb || m.region != rBody || m.kind != sName && m.kind != sOrg {
		return false
	}
	if m.act == nil && m.surname == "" || m.act != nil && m.act.typ != graph.Organization {
		return false
	}
	t := d.toks[m.ha]
	if !t.upper || len(t.text) < 3 {
		return false
	}
	if _, ok := d.x.gaz.forms[t.low]; ok {
		return false
	}
	return d.orgAppositive(m) || d.orgDescriptionBefore(m)
}

// descriptionModifiers marks as modifiers the mentions inside the
// appositive that describes mention m, between the commas around it:
// "UN" in "MONUSCO, the UN peacekeeping mission in Congo," only says
// whose mission it is, and an "its" after it is MONUSCO's.
func (d *doc) descriptionModifiers(m *mention) {
	s := d.sents[m.sent]
	a, b := m.hb, m.hb+1
	if d.orgDescriptionBefore(m) {
		a = d.nameDescriptionComma(m) // the description before the name
		b = a
		for a > s.a && d.toks[a-1].text != "," {
			a--
		}
	} else {
		for b < s.b && d.toks[b].text != "," {
			b++
		}
	}
	for _, o := range d.ments {
		if o.sent == m.sent && o != m && o.ha >= a && o.hb <= b && (o.kind == sGaz || o.kind == sDesc) {
			o.mod = true
		}
	}
}

// orgDescriptionBefore reports whether mention m is set off by commas
// right after a description headed by an organisation's noun: "the UN
// mission in South Sudan, UNMISS,", "a regional force, EACRF,", "the
// Swiss competition office, the Wettbewerbskommission,". The
// description opens with an article at most eight words before the
// comma and is not the "of" phrase of a title ("the head of the
// mission, X," names a person); a place after the head's "in" or "to"
// is the description's (descriptionTail: "the U.N. mission in the
// country, MINURSO,").
func (d *doc) orgDescriptionBefore(m *mention) bool {
	s := d.sents[m.sent]
	k := d.nameDescriptionComma(m)
	if k-2 < s.a || d.toks[k].text != "," || m.hb < s.b && d.toks[m.hb].kind != tPunct {
		return false
	}
	head := false
	for j := k - 1; j >= s.a && j >= k-8; j-- {
		t := d.toks[j]
		switch {
		case t.kind == tPoss && head && j > s.a && d.toks[j-1].cap:
			return !d.possessorAfterOf(j, s) // "Paraguay's chamber of exporters, CAPEX,"
		case t.kind == tPoss && head:
			continue // "a farmers' association", "the sector's lobby group"
		case t.kind != tWord:
			return false // past a possessive, the possessed noun was the head: "the party's former treasurer, X,"
		case !head && !t.cap && (t.is(titleWordsClass) || t.low == "member"):
			return false // a title after the body's noun heads it: "the IMF's mission chief for Laos, X,"
		case head && t.low == "of" && !t.cap && j-1 >= s.a && (d.toks[j-1].is(titleWordsClass) || d.toks[j-1].low == "member"):
			return false // "the head of its mission, X," is a person
		case head && (t.low == "its" || t.low == "their"):
			return !d.titleOfBefore(j, s) // "its Indian manufacturer, X,"
		case (t.low == "the" || t.low == "a" || t.low == "an") && !head && d.descriptionTail(j, s):
			// "in the country": the head comes before
		case t.low == "the" || t.low == "a" || t.low == "an" || t.low == "another":
			return head && !d.titleOfBefore(j, s)
		case !t.cap && t.is(appositiveOrgHeadsClass):
			head = true
		}
	}
	return false
}

// possessorAfterOf reports whether the possessor that ends right before
// the possessive at token p (capitalised words, or one lower-case word)
// is the object of "of": "the head of Chile's chamber of commerce, X,"
// names a person.
func (d *doc) possessorAfterOf(p int, s sentence) bool {
	j := p - 1
	for j > s.a {
		switch {
		case d.toks[j-1].kind == tPoss && j-2 >= s.a:
			j -= 2 // "of Peru's farmers' federation"
		case d.toks[j].kind == tWord && d.toks[j].cap && d.toks[j-1].kind == tWord && d.toks[j-1].cap:
			j--
		default:
			if j-1 > s.a && d.toks[j-1].is(determinersClass) {
				j-- // "the chairwoman of the committee's chamber"
			}
			return d.titleOfBefore(j, s)
		}
	}
	return false
}

// titleOfBefore reports whether "of" after a title's noun stands right
// before token j: "the head of", "a member of", "the leader of".
func (d *doc) titleOfBefore(j int, s sentence) bool {
	return j-2 >= s.a && d.toks[j-1].low == "of" && (d.toks[j-2].is(titleWordsClass) || d.toks[j-2].low == "member" || d.toks[j-2].low == "members")
}

// nameDescriptionComma returns the token before mention m, or before its
// "the" ("the office, the Bundeskartellamt,"): the comma that closes a
// description before the name, when there is one.
func (d *doc) nameDescriptionComma(m *mention) int {
	k := m.ha - 1
	if k > d.sents[m.sent].a && d.toks[k].low == "the" && !d.toks[k].cap {
		k--
	}
	return k
}

// descriptionTail reports whether the article at token j follows the
// "in" or "to" of a place after a description's head ("the U.N.
// mission in the country", "the EU mission to Niger").
func (d *doc) descriptionTail(j int, s sentence) bool {
	return j-2 >= s.a && (d.toks[j-1].low == "in" || d.toks[j-1].low == "to") && !d.toks[j-1].cap
}

// possessedOrgBefore reports whether mention m is the appositive of a
// possessed organisation's noun: "his party, Renovacion Patria,", "its
// parent company, Halvard Holdings,", "Ostrava's club, Banik,". The
// noun, after a possessive and at most two lower-case words, and a
// comma come right before the name; a comma or the sentence's end
// closes it.
func (d *doc) possessedOrgBefore(m *mention) bool {
	s := d.sents[m.sent]
	k := m.ha - 1
	if k-2 < s.a || d.toks[k].text != "," || m.hb < s.b && d.toks[m.hb].kind != tPunct {
		return false
	}
	return d.possessedOrgNoun(k-1, s)
}

// possessedOrgNoun reports whether token k is a lower-case organisation
// noun owned by a possessive at most two lower-case words (or
// nationalities) before it: "his party", "its parent company",
// "Ostrava's club", "its Indian manufacturer". A possessive inside an
// "of" phrase owns the noun of that phrase only: "the head of its
// mission, X," is a person.
func (d *doc) possessedOrgNoun(k int, s sentence) bool {
	if t := d.toks[k]; t.kind != tWord || t.cap || !appositiveOrgHeads[t.low] {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		t := d.toks[j]
		if t.kind == tPoss {
			return !d.possessorAfterOf(j, s)
		}
		if t.kind == tWord && (t.low == "his" || t.low == "her" || t.low == "its" || t.low == "their") {
			return !d.titleOfBefore(j, s) // "the head of its mission, X," is a person
		}
		if t.kind != tWord || t.cap && !d.gazetteerModifier(j) {
			return false // a nationality may stand between: "its Indian manufacturer"
		}
	}
	return false
}

// orgListMember reports whether mention m is written next to an
// organisation in a list ("Zentrix, Microsoft and Sony showed …",
// "Microsoft and Zentrix"): "and" or "or" between m and an
// organisation's mention on either side, or a comma where the list goes
// on after that organisation ("Zentrix, Microsoft, and …"; a comma
// alone may open an appositive: "Zentrix, Microsoft's partner").
func (d *doc) orgListMember(m *mention) bool {
	s := d.sents[m.sent]
	conj := func(i int) bool { return i >= s.a && i < s.b && (d.toks[i].low == "and" || d.toks[i].low == "or") }
	comma := func(i int) bool { return i >= s.a && i < s.b && d.toks[i].text == "," }
	after := m.hb
	if comma(after) {
		after++
	}
	and := conj(after)
	if and {
		after++
	}
	if o := d.orgMentionAt(m.sent, after, true); after > m.hb && o != nil && !o.poss && (and || comma(o.hb) || conj(o.hb)) {
		return true
	}
	before := m.ha - 1
	and = conj(before)
	if and {
		before--
	}
	if comma(before) {
		before--
	}
	o := d.orgMentionAt(m.sent, before+1, false)
	return before < m.ha-1 && o != nil && and
}

// orgMentionAt returns an organisation's mention of sentence si that
// starts at token i (start) or ends just before it (!start), or nil.
func (d *doc) orgMentionAt(si, i int, start bool) *mention {
	for _, o := range d.ments {
		if o.sent != si || o.act == nil || o.act.typ != graph.Organization || o.kind == sPron || o.kind == sDesc {
			continue
		}
		if start && o.ha == i || !start && o.hb == i {
			return o
		}
	}
	return nil
}

// subjectOrg reports whether the parser reads mention m as a proper noun
// that is the subject of an organisation's verb (lexicon/org_verbs.txt)
// written after it (the word right after it is in lower case: a verb,
// an auxiliary, an adverb), finite or with an auxiliary: "Kestrelnet has learned
// that …", "Zentrix acquired the studio"; not "since Nixon and release
// his returns", where the parse is wrong.
func (d *doc) subjectOrg(m *mention) bool {
	if s := d.sents[m.sent]; m.hb >= s.b || d.toks[m.hb].kind != tWord || d.toks[m.hb].cap {
		return false // no verb or auxiliary next: no parse asked for
	}
	if !d.orgVerbAfter(m.sent, m.ha) {
		return false // no word the parse could read as an org's verb: none asked for
	}
	for _, ds := range d.parsed(m.sent) {
		for w, k := range ds.tok {
			if k != m.ha {
				continue
			}
			word := ds.words[w]
			if word.UPOS != "PROPN" || word.Deprel != "nsubj" {
				return false
			}
			h := ds.head(w)
			return h > w && ds.words[h].UPOS == "VERB" && orgVerbs[ds.lemma(h)] && finiteOrAided(&ds, h)
		}
	}
	return false
}

// sentIndex returns the index of sentence s in d.sents.
func (d *doc) sentIndex(s sentence) int {
	return sort.Search(len(d.sents), func(k int) bool { return d.sents[k].a >= s.a })
}

// platformActs reports whether the parser reads token a, a platform's
// name, as the subject of a verb: the company acts ("Chirper gave the
// boy an internship", "Chirper has banned the account"), where "on
// Chirper" or "Chirper posts" name the product.
func (d *doc) platformActs(a int, s sentence) bool {
	return d.verbSubject(d.sentIndex(s), a)
}

// verbSubject reports whether the parser reads token k of sentence si
// as the subject of a verb ("Chirper gave him an internship": not a
// noun's modifier, though "gave" looks like none of the verbs the
// token rules know).
func (d *doc) verbSubject(si, k int) bool {
	for _, ds := range d.parsed(si) {
		for w, t := range ds.tok {
			if t != k {
				continue
			}
			h := ds.head(w)
			return strings.HasPrefix(ds.words[w].Deprel, "nsubj") && h >= 0 && ds.words[h].UPOS == "VERB"
		}
	}
	return false
}

// ampersandName reports whether the capitalised run [a, b) is one name
// joined by "&" ("Harlow & Finch", "Texas A&M", "Soil Science & Policy",
// "Mary & Leigh Block Museum"): a firm's, a school's or a journal's
// name, which people do not take. Two gazetteer forms joined ("UK &
// Ireland") are two actors, and a title opening the run is a person's.
func (d *doc) ampersandName(a, b int) bool {
	if b-a < 3 || b-a > 8 || d.toks[a].is(titleWordsClass) {
		return false
	}
	for k := a + 1; k+1 < b; k++ {
		if d.toks[k].text != "&" {
			continue
		}
		l, r := d.toks[k-1], d.toks[k+1]
		if l.kind != tWord || r.kind != tWord || !l.cap || !r.cap {
			return false
		}
		_, le, lok := d.gazAt(a, k)
		_, re, rok := d.gazAt(k+1, b)
		return !(lok && le == k && rok && re == b)
	}
	return false
}

// mergePossessedUnits folds an organisation whose name ends in a unit's
// noun (unitHeads) and that the text writes after another
// organisation's possessive ("Harlow College's Marine Biology
// Department") into that organisation, as mergeUnits does for a unit
// named with its institution's name.
func (d *doc) mergePossessedUnits() {
	for _, a := range append([]*actor(nil), d.actors...) {
		w := d.fieldsOf(a.canon)
		if a.typ != graph.Organization || len(w) < 2 || !unitHeads[strings.ToLower(w[len(w)-1])] {
			continue
		}
		for _, m := range d.ments {
			if m.act != a || m.ha < 2 || d.toks[m.ha-1].kind != tPoss {
				continue
			}
			o := d.orgMentionAt(m.sent, m.ha-1, false)
			if o != nil && o.act != a && d.stillActor(o.act) {
				d.traceMerge(a, o.act, "actor.unit")
				d.mergeInto(a, o.act)
				break
			}
		}
	}
}

// programmeHeads end the names of programmes and projects, things the
// text may also have act as bodies ("the Harbour Legacy Program has
// seeded galleries").
var programmeHeads = set("program", "programme", "project", "initiative")
var programmeHeadsClass = classOf(programmeHeads)

// actingProgramme reports whether the capitalised run [a, b), of two
// words or more, ends in a programme's noun (programmeHeads) and acts
// there as a body does: the subject of "has"/"have"/"had" and a verb
// ("the Flag Review Project has planned roadshows"), of a verb of
// speech, or the agent after "by" ("donated by the Harbour Legacy
// Program"). Elsewhere it is a thing ("under the Apollo Program").
func (d *doc) actingProgramme(a, b int, s sentence) bool {
	if b-a < 2 || !d.toks[b-1].is(programmeHeadsClass) {
		return false
	}
	p := a - 1
	if p > s.a && d.toks[p].low == "the" {
		p--
	}
	if p >= s.a && d.toks[p].low == "by" {
		return true
	}
	if b >= s.b {
		return false
	}
	n := d.toks[b].low
	if coreSpeech[n] {
		return true
	}
	return (n == "has" || n == "have" || n == "had") && b+1 < s.b && !d.toks[b+1].cap && (strings.HasSuffix(d.toks[b+1].low, "ed") || d.toks[b+1].is(lexVerbWordsClass))
}

// pronounContraction reports whether token t is a pronoun run together
// with a verb ("I'm", "I've", "We'll", "It's" written with no
// possessive): capitalised, but no name.
func pronounContraction(t token) bool {
	if t.kind != tWord {
		return false
	}
	p := indexApostrophe(t.low)
	if p <= 0 {
		return false
	}
	switch t.low[p+len(string([]rune(t.low[p:])[0])):] {
	case "m", "re", "ve", "ll", "d":
		return pronouns[t.low[:p]] || t.low[:p] == "i"
	}
	return false
}

// indexApostrophe is strings.IndexAny(s, "'\u2019") without decoding s
// rune by rune: a valid UTF-8 sequence is found whatever comes before it.
func indexApostrophe(s string) int {
	p, q := strings.IndexByte(s, '\''), strings.Index(s, "\u2019")
	if p < 0 || q >= 0 && q < p {
		return q
	}
	return p
}

// pluralOrgCues are plural nouns of organisations: capitalised names
// right after one are organisations' ("the religious schools Santo
// Marco and Immacolata", "the companies Vorlund and Quillsoft").
var pluralOrgCues = set("companies", "firms", "schools", "universities", "colleges",
	"newspapers", "banks", "studios", "airlines", "charities",
	// plurals of trades ("the supermarket chains
	// Mercado Sol and Rede Alba", "the lenders Caixa Norte and BPV").
	"chains", "carriers", "lenders", "insurers", "retailers", "carmakers", "automakers",
	"drugmakers", "chipmakers", "broadcasters", "refiners",
	"supermarkets", "agencies", "unions", "conglomerates", "manufacturers", "startups", "start-ups",
	// "the two mobile operators, Digicel PNG and
	// Vodafone PNG," (pluralCueAppositive).
	"operators")
var pluralOrgCuesClass = classOf(pluralOrgCues)

// appositiveOrgNames makes organisations of the names taken for persons
// that nothing shows to be persons (personEvidence) and that an
// appositive calls an organisation ("Santo Marco, a catholic school in
// Milan,", orgAppositive).
func (d *doc) appositiveOrgNames() {
	for _, m := range d.ments {
		a := m.act
		if a == nil || a.typ != graph.Person || m.kind != sName {
			continue
		}
		if d.describedBeforeAsOrg(m) && (!d.personNameEvidence(a) || d.orgShapedName(a)) || d.orgAppositive(m) && !d.personEvidence(a) {
			a.typ = graph.Organization
		}
	}
}

// describedBeforeAsOrg (rule mention.organisation) reports whether
// a description set off right before mention m calls it an
// organisation: "its Indian manufacturer, Varo Biotech,", "a British
// company, Ostler Crest,", "another syrup maker, Delta Remedies,", "A
// farmers' association, Campo Vivo," (orgDescriptionBefore,
// possessedOrgBefore). Speech after the name does not make it a
// person's then ("…, Campo Vivo, said it had sued …").
func (d *doc) describedBeforeAsOrg(m *mention) bool {
	return d.orgDescriptionBefore(m) || d.possessedOrgBefore(m)
}

// finiteOrAided reports whether verb v of the parse is finite (past or
// present tense) or has an auxiliary ("has learned", "will release").
func finiteOrAided(ds *depSent, v int) bool {
	switch ds.words[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return ds.hasChild(v, "aux")
}

// orgVerbAfter reports whether a word of sentence si after the start of
// token k can have one of orgVerbs as its lemma when tagged a verb:
// subjectOrg reads an organisation only as the subject of such a verb
// after it, so a sentence with none needs no parse (most do not: the
// parse is the costly step, and subjectOrg asked for one in about a
// third of the sentences parsed in generated articles). The words are
// the parser's own (nlp.Tokenize) and a lemma is nlp.Lemma of the word's
// form under a verb's tags (verbLemmas), so the test is exact whatever
// the tagger says. The sentence's words are read once (lastOrgVerbIn):
// asked for each mention, a sentence thousands of words long with its
// full stops lost was read thousands of times.
func (d *doc) orgVerbAfter(si, k int) bool {
	s := d.sents[si]
	if s.e <= s.s {
		return false
	}
	last, ok := d.lastOrgVerb[si]
	if !ok {
		last = d.lastOrgVerbIn(s)
		if d.lastOrgVerb == nil {
			d.lastOrgVerb = map[int]int{}
		}
		d.lastOrgVerb[si] = last
	}
	return last > d.toks[k].s-s.s
}

// lastOrgVerbIn returns the byte offset, from the start of sentence s,
// of its last parse word that may be an organisation's verb
// (mayBeOrgVerb), -1 when none.
func (d *doc) lastOrgVerbIn(s sentence) int {
	last := -1
	for _, ps := range nlp.Tokenize(d.text[s.s:s.e]) {
		for i := range ps.Tokens {
			if w := &ps.Tokens[i]; mayBeOrgVerb(w.Form) {
				last = w.Start
			}
		}
	}
	return last
}

// mayBeOrgVerb reports whether a parse word of this form could have a
// lemma in orgVerbs when tagged VERB: nlp.Lemma under each of verbXPOS.
// A verb's lemma is made from the form in lower case, so a form lowered
// to ASCII is lowered once here rather than at each tag.
func mayBeOrgVerb(form string) bool {
	if low := strings.ToLower(form); isASCII(low) {
		form = low
	}
	for _, x := range verbXPOS {
		if orgVerbs[strings.ToLower(nlp.Lemma(form, "VERB", x))] {
			return true
		}
	}
	return false
}

// verbXPOS are the Penn tags under which nlp.Lemma treats a word tagged
// VERB differently (its rules by suffix, and the tags of the irregular
// forms' table, nlp/data/irregular.tsv); under any other tag a verb's
// lemma is as under "VB". TestVerbXPOSCoverTheIrregularTable checks the
// table's tags, TestMayBeOrgVerbUnderEveryTag the lemmas.
var verbXPOS = []string{"VB", "VBZ", "VBD", "VBN", "VBG", "JJR", "JJS", "RBR", "RBS", "NNS", "PRP$", "WP$"}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// titlesEndName (rule mention.organisation, titleEndsOfPhrase) returns
// the end of the capitalised title words from token j inside an
// organisation's "of"/"for" phrase when they close its capitalised run
// ("Office of the U.S. Trade Representative called …", "Office of the
// High Commissioner for Human Rights", "Office of the Director of
// National Intelligence"): the office is named after the holder's
// title, and no person's name follows it. It returns -1 when a
// capitalised word that is no title comes after them: the title
// opens a person's name ("Bank of England Governor Andrew Bailey",
// "Ministry of Foreign Affairs Spokesperson Wen Lin").
func (d *doc) titlesEndName(j, b int) int {
	t := d.toks
	k := j
	for k < b && t[k].kind == tWord && t[k].cap && t[k].is(titleWordsClass) {
		k++
	}
	if k == j || k < b && t[k].kind == tWord && t[k].cap {
		return -1
	}
	if k < b && t[k].kind == tPoss {
		return -1 // "the Office of the Governor's staff": the possessive is read elsewhere
	}
	return k
}

// countBeforeCountry (rule mention.organisation, countBeforeCountry)
// reports whether the capitalised number word at token a counts what a
// country's name after it qualifies ("Two China Coast Guard ships",
// "Three Israeli soldiers"): the number opens the sentence, so it is
// capitalised, but it is no word of the name. A number before any other
// word may be a name's own ("Five Star Movement").
func (d *doc) countBeforeCountry(a, b int) bool {
	t := d.toks[a]
	if _, ok := numberWords[t.low]; !ok || t.low == "both" || !t.cap || a+1 >= b {
		return false
	}
	f, _, ok := d.gazAt(a+1, b)
	return ok && f.typ == graph.Country
}

// regionAcronym (rule mention.organisation, regionAcronym) returns the
// end of a region's name the gazetteer knows as no country ("Africa",
// "Europe") followed by an acronym in capitals in the same run ("Africa
// CDC", "Europe PMC"), or -1: a region owns no agency the way a
// nationality does ("U.S. FDA" is the FDA), so the two words are the
// name of one body.
func (d *doc) regionAcronym(a, b int) int {
	f, e, ok := d.gazAt(a, b)
	if _, region := d.x.gaz.unionOf[f.canon]; !ok || !region || f.kind != gName || e >= b {
		return -1
	}
	t := d.toks[e]
	if t.kind != tWord || !t.upper || len(t.text) < 2 || len(t.text) > 6 {
		return -1
	}
	if _, _, known := d.gazAt(e, e+1); known {
		return -1 // "in Africa AU troops": the African Union's own acronym
	}
	return e + 1
}

// romanceOf are the particles of another language's institution names
// before the place they belong to ("Banco Central del Paraguay",
// "Universidad de Chile", "Federazione Italiana della Pesca").
var romanceOf = set("de", "del", "della", "do", "da", "di", "des", "du", "dos", "das")

// particlePlaceName (rule mention.organisation, particlePlaceName)
// returns whether the capitalised run [a, b) is another language's
// institution name ending in "de"/"del"/"do" … and a country: "Atletas
// Unidos del Uruguay", "Banco Central de Bolivia" are one organisation,
// not a person "Atletas Unidos del" beside a country. A run whose words
// before the particle are a place's name is a city ("Santiago de
// Chile"), and a title or a known given name before the particle makes
// it a person's or an office's ("Juan de Chile").
func (d *doc) particlePlaceName(a, b int) bool {
	p := -1
	for k := a + 1; k < b-1; k++ {
		if t := d.toks[k]; t.kind == tWord && !t.cap && romanceOf[t.low] {
			p = k
		}
	}
	if p < 0 {
		return false
	}
	c := p + 1
	if d.toks[c].low == "la" && !d.toks[c].cap && c+1 < b {
		c++ // "de la"
	}
	f, e, ok := d.gazAt(c, b)
	if !ok || e != b || f.typ != graph.Country {
		return false
	}
	for k := a; k < p; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || t.is(titleWordsClass) || k == a && firstNames[t.low] {
			return false
		}
	}
	_, _, place := d.gazAt(a, p)
	return !place
}

// articleInPlaceName (rule mention.gazetteer, articleInPlaceName)
// reports whether the capitalised "The" at token a is the first word of
// a place's name the gazetteer writes with it ("The Hague"): the word
// stays in the name, so that "the embassy in The Hague said" reads a
// place after "in", not an organisation "Hague" that speaks.
func (d *doc) articleInPlaceName(a, b int) bool {
	if d.toks[a].low != "the" {
		return false
	}
	f, _, ok := d.gazAt(a, b)
	return ok && f.typ == graph.Country && f.kind != gDemonym
}
