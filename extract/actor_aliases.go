package extract

// Rules for actors on news the rules were not written against: organisations named by a shorter form of
// their name ("Calder Ridge" of "Calder Ridge Steel", "DEA" of "U.S.
// Drug Enforcement Administration"). Each has invented sentences, positive
// and negative, in actor_aliases_test.go and a row in docs/EXPLAIN.md.

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/company_tails.txt
var companyTailsTxt string

// companyTailWords and companyTailEnds (lexicon/company_tails.txt) are
// the words, and the endings of words, that a company's short name
// leaves out with its head ("Heavy" of "Daeyang Heavy Industries",
// "-werke" of "Hessler Motorenwerke").
var companyTailWords, companyTailEnds = splitTails(companyTailsTxt)

// splitTails reads a word list whose entries that start with "-" are
// endings.
func splitTails(src string) (map[string]bool, []string) {
	words := map[string]bool{}
	var ends []string
	for w := range wordList(src) {
		if strings.HasPrefix(w, "-") {
			ends = append(ends, w[1:])
			continue
		}
		words[w] = true
	}
	return words, ends
}

// companyTail reports whether word w (any case) is written after a
// company's own name: a company head ("Steel", "Industries"), a legal
// or club suffix, or a tail word or ending of companyTailWords.
func companyTail(w string) bool {
	var buf [64]byte
	if b, ok := lowerASCII(&buf, w); ok {
		// As below, on w lowered on the stack.
		if companyHeads[string(b)] || corpSuffixes[string(b)] || legalSuffixes[string(b)] || companyTailWords[string(b)] {
			return true
		}
		for _, e := range companyTailEnds {
			if len(b) > len(e)+2 && string(b[len(b)-len(e):]) == e {
				return true
			}
		}
		return false
	}
	lw := strings.ToLower(w)
	if companyHeads[lw] || corpSuffixes[lw] || legalSuffixes[lw] || companyTailWords[lw] {
		return true
	}
	for _, e := range companyTailEnds {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// companyCore (rule actor.company-short) is the short name a company
// named name goes by: its words without the company tail words at its
// end ("Daeyang" of "Daeyang Heavy Industries", "Calder Ridge" of
// "Calder Ridge Steel", "Hessler" of "Hessler Motorenwerke"); "" when
// no tail ends the name, or when nothing but tail words or a function
// word would be left ("General Electric").
func companyCore(name string) string {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	n := len(w)
	for n > 1 && companyTail(w[n-1]) {
		n--
	}
	if n == len(w) || companyTail(w[n-1]) || lowerIn(stopCaps, w[0]) || lowerIn(orgHeads, w[n-1]) {
		return ""
	}
	for _, x := range w[:n] {
		if r := []rune(x); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return "" // "Bank of the Ozarks Capital": a phrase, not a name
		}
	}
	return strings.Join(w[:n], " ")
}

// addCompanyCore gives organisation a the alias companyCore makes of its
// name when the gazetteer does not know that form for another actor.
func (d *doc) addCompanyCore(a *actor) {
	short := companyCore(a.canon)
	if short == "" {
		return
	}
	if _, isGaz := d.x.gaz.forms[strings.ToLower(short)]; !isGaz {
		a.addAlias(short)
	}
}

// mergeCompanyShortForms (rule actor.company-short) folds an
// organisation named by the companyCore of exactly one other
// organisation of the article into it: "Calder Ridge chief executive
// Monica Halvorsen" after "Calder Ridge Steel". Two companies with the
// same core ("Daeyang Motors", "Daeyang Shipping") leave it alone.
func (d *doc) mergeCompanyShortForms() {
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization || !d.stillActor(a) {
			continue
		}
		key := d.fold(a.canon)
		var full *actor
		n := 0
		for _, b := range d.actors {
			if b == a || b.typ != graph.Organization {
				continue
			}
			for _, c := range companyShortForms(b.canon) { // ministry_portfolios.go
				if d.fold(c) == key {
					full = b
					n++
					break
				}
			}
		}
		if n == 1 {
			d.traceMerge(a, full, "actor.company-short")
			d.mergeInto(a, full)
		}
	}
}

// mergeCountryAcronyms (rule actor.acronym) folds an organisation
// written as an acronym into the one organisation whose name, without
// the country written before it, it spells: "DEA" of "U.S. Drug
// Enforcement Administration", "EPA" of "US Environmental Protection
// Agency" (mergeAcronyms spells the whole name, country included).
func (d *doc) mergeCountryAcronyms() {
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization || strings.Contains(a.canon, " ") || len(a.canon) < 2 || len(a.canon) > 6 ||
			strings.ToUpper(a.canon) != a.canon || !d.stillActor(a) {
			continue
		}
		var full *actor
		n := 0
		for _, b := range d.actors {
			if b == a || b.typ != graph.Organization && b.typ != graph.Group {
				continue
			}
			core := d.withoutCountry(b.canon)
			if core == b.canon || !strings.Contains(core, " ") {
				continue
			}
			if initialsOf(core) == a.canon {
				full = b
				n++
			}
		}
		if n == 1 {
			d.traceMerge(a, full, "actor.acronym")
			d.mergeInto(a, full)
		}
	}
}

// initialsOf spells the first letters of name's capitalised words,
// leaving out its connectors ("of", "and") and "&"; "" when a word is in
// lower case.
func initialsOf(name string) string {
	var ini strings.Builder
	for _, x := range strings.Fields(name) {
		if connectors[strings.ToLower(x)] || x == "&" {
			continue
		}
		r := []rune(x)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return ""
		}
		ini.WriteRune(r[0])
	}
	return ini.String()
}

// compoundHeadEnds are company heads that end a company's last word
// written as one compound ("Aerosystems", "Medtechnologies").
var compoundHeadEnds = []string{"systems", "technologies", "dynamics", "industries", "electronics",
	"pharma", "therapeutics", "robotics", "logistics", "energy", "petroleum", "solutions", "networks"}

// compoundCompanyHead (rule mention.organisation) reports whether token
// j, the last of the capitalised run [a, b), is a company head written
// as one word with what comes before it: "Orion Aerosystems", "Velter
// Motorenwerke", "Kessel Stahlgruppe" (companyTailEnds, compoundHeadEnds,
// at least three letters before the head). One word alone
// ("Aerosystems said") is no name of this shape.
func (d *doc) compoundCompanyHead(a, j, b int) bool {
	t := d.toks[j]
	if j != b-1 || j == a || !t.cap || t.upper {
		return false
	}
	for k := a; k < j; k++ {
		if u := d.toks[k]; u.kind != tWord || !u.cap {
			return false
		}
	}
	for _, e := range companyTailEnds {
		if len(t.low) >= len(e)+3 && strings.HasSuffix(t.low, e) {
			return true
		}
	}
	for _, e := range compoundHeadEnds {
		if len(t.low) >= len(e)+3 && strings.HasSuffix(t.low, e) {
			return true
		}
	}
	return false
}

// orgModifierPersons (rule mention.name-as-organisation) makes an
// organisation of a name taken for a person when the text also writes
// it where only an organisation's name goes ("Rede Alba chief executive
// X": a mention the name-as-organisation reading made) and nothing in
// the name shows a person (personNameEvidence: no known given name,
// title, role or leader), nor does a personal pronoun refer to it.
func (d *doc) orgModifierPersons() {
	asOrg := map[*actor]bool{}
	for _, m := range d.ments {
		if m.act != nil && m.act.typ == graph.Person && m.kind == sName && m.surname == "" && m.cand.typ == graph.Organization {
			asOrg[m.act] = true
		}
	}
	for _, m := range d.ments {
		if m.act != nil && m.act.typ == graph.Person && m.kind == sName && m.surname == "" && d.pluralCueConjunct(m) {
			asOrg[m.act] = true // "the supermarket chains Mercado Azul and Casa Lumina"
		}
	}
	for a := range asOrg {
		if d.personNameEvidence(a) || d.personalPronounOf(a) {
			continue
		}
		a.typ = graph.Organization
	}
}

// personalPronounOf reports whether a personal pronoun ("he", "her")
// resolved to actor a.
func (d *doc) personalPronounOf(a *actor) bool {
	for _, m := range d.ments {
		if m.act == a && m.kind == sPron && personalPronouns[strings.ToLower(m.pron)] {
			return true
		}
	}
	return false
}

// personalPronouns refer to persons only.
var personalPronouns = set("he", "she", "him", "her", "his", "hers", "himself", "herself")

// pluralCueConjunct reports whether mention m is the name after "and"
// whose conjunct before it is an organisation written right after a
// plural noun of organisations ("the supermarket chains Mercado Azul and
// Casa Lumina", pluralOrgCues): the cue speaks for both names.
func (d *doc) pluralCueConjunct(m *mention) bool {
	if m.a < 2 || d.toks[m.a-1].low != "and" {
		return false
	}
	for _, o := range d.ments {
		if o.sent == m.sent && o.b == m.a-1 && o.act != nil && o.act.typ == graph.Organization && o.a > 0 &&
			(d.toks[o.a-1].kind == tWord && !d.toks[o.a-1].cap && d.toks[o.a-1].is(pluralOrgCuesClass) || d.pluralCueAppositive(o.a, d.sents[o.sent])) {
			return true
		}
	}
	return false
}

// linkParticles are the lower-case words of Arabic names that join a
// given name to the father's ("Faisal bin Hamad", "Hind bint Saad").
var linkParticles = set("bin", "ibn", "bint")

// joinParticleNames (rule mention.name) makes one person of two names
// that a particle of linkParticles cut apart: "Faisal bin" and "Hamad
// al-Thani" in "Sheikh Faisal bin Hamad al-Thani said", where the run
// stopped at "bin" because a particle opens the next name too. Both
// mentions then name "Faisal bin Hamad al-Thani"; "bin" ending a name
// with no name right after it is left as it was.
func (d *doc) joinParticleNames() {
	for _, m1 := range d.ments {
		if m1.kind != sName || m1.cand.typ != graph.Person || m1.cand.canon == "" || m1.hb <= m1.ha {
			continue
		}
		last := d.toks[m1.hb-1]
		if last.kind != tWord || last.cap || !linkParticles[last.low] {
			continue
		}
		for _, m2 := range d.ments {
			if m2 == m1 || m2.sent != m1.sent || m2.ha != m1.hb || m2.kind != sName || m2.cand.typ != graph.Person || m2.cand.canon == "" {
				continue
			}
			full := m1.cand.canon + " " + m2.cand.canon
			m1.cand.canon, m2.cand.canon = full, full
			m1.cand.alias, m2.cand.alias = full, full
			m1.b, m1.hb = max(m1.b, m2.b), m2.hb
			m2.a, m2.ha = m1.a, m1.ha
			break
		}
	}
}

// placeLastSurname (rule mention.name) reports whether the one-word
// country or capital at token j ends the three-word name a known given
// name opens at token i: "Rodrigo Tavares Lima", "Ana Souza Brasil"
// (Spanish and Portuguese names often end in a place's name). The
// place fills the end of the capitalised run [.., b) and the word
// between is a capitalised name no gazetteer knows; placeSurname does
// the two-word names ("Theresa May" is monthSurname's).
func (d *doc) placeLastSurname(i, j, b int) bool {
	if j != i+2 || j+1 != b || !d.givenNameOpens(i) {
		return false
	}
	mid := d.toks[i+1]
	if mid.kind != tWord || !mid.cap || mid.upper || mid.is(stopCapsClass) || mid.is(titleWordsClass) || mid.is(orgHeadsClass) {
		return false
	}
	if _, _, ok := d.gazAt(i+1, j); ok {
		return false
	}
	f, e, ok := d.gazAt(j, b)
	return ok && e == b && f.typ == graph.Country && (f.kind == gName || f.kind == gCapital)
}

// compoundGivenOpeners open Arabic given names of two words ("Abdel
// Fattah", "Abu Bakr"), whose second word is no middle name.
var compoundGivenOpeners = set("abdel", "abdul", "abd", "abdal", "abu", "abou", "el", "al")

// middleNameAliases (rule actor.middle-name) gives a person named by a
// given name, a middle name and a surname ("Ahmed Kamal el-Sayed") the
// alias without the middle name ("Ahmed el-Sayed"), the form another
// article may use, so that the store's name index folds the two into one
// actor (graph.Resolve matches aliases of several words). It leaves out
// names whose last two words are a double surname, which the article
// shows by writing them together or the middle one alone ("Fernández
// Calvo said", "Fernández said"), and names no known given name opens
// (surname first: "Kim Yo Jong").
func (d *doc) middleNameAliases() {
	for _, a := range d.actors {
		if a.typ != graph.Person {
			continue
		}
		w := strings.Fields(a.canon)
		if len(w) != 3 || !firstNames[strings.ToLower(w[0])] {
			continue
		}
		mid := w[1]
		if compoundGivenOpeners[strings.ToLower(w[0])] || len([]rune(w[1])) <= 4 && len([]rune(w[2])) <= 4 {
			continue // "Abdel Fattah el-Sisi"; "Kim Jong Un", "Yoon Suk Yeol" (surname first)
		}
		if r := []rune(mid); len(r) < 2 || !unicode.IsUpper(r[0]) || strings.HasSuffix(mid, ".") || nameConnectors[strings.ToLower(mid)] {
			continue
		}
		double := d.fold(w[1] + " " + w[2])
		if a.folded[double] || a.folded[d.fold(mid)] {
			continue // a double surname: "Fernández Calvo"
		}
		a.addAlias(w[0] + " " + w[2])
	}
}

// derivedAliasRule names the rule that derived alias al of actor a from
// its name (actor.middle-name, actor.given-variant), or "" (explain's
// aliasFrom).
func derivedAliasRule(a *actor, al string) string {
	w, v := strings.Fields(a.canon), strings.Fields(al)
	switch {
	case len(w) == 3 && len(v) == 2 && v[0] == w[0] && v[1] == w[2]:
		return "actor.middle-name"
	case len(w) >= 2 && len(v) == len(w) && strings.Join(v[1:], " ") == strings.Join(w[1:], " ") && slices.Contains(givenVariants[strings.ToLower(w[0])], strings.ToLower(v[0])):
		return "actor.given-variant"
	}
	return ""
}

// acronymBeforeAnd (rule mention.organisation, orgListAnd) reports
// whether the run [a, p) before the "and" at p is one acronym of three
// letters or more: a whole name of its own ("the USW and Calder Ridge
// Steel resumed talks" are a union and a company, not one body).
func (d *doc) acronymBeforeAnd(a, p int) bool {
	t := d.toks[a]
	return p == a+1 && t.kind == tWord && t.upper && len([]rune(t.text)) >= 3 && !strings.ContainsAny(t.text, ".&")
}

//go:embed lexicon/given_name_variants.txt
var givenNameVariantsTxt string

// givenVariants maps a given name's spelling to the other spellings of
// that name (lexicon/given_name_variants.txt).
var givenVariants = func() map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(givenNameVariantsTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if from, to, oneWay := strings.Cut(line, ":"); oneWay {
			out[strings.TrimSpace(from)] = append(out[strings.TrimSpace(from)], strings.Fields(to)...)
			continue
		}
		w := strings.Fields(line)
		for _, x := range w {
			for _, y := range w {
				if x != y {
					out[x] = append(out[x], y)
				}
			}
		}
	}
	return out
}()

// givenNameVariants (rule actor.given-variant) gives a person whose name
// opens with a given name of lexicon/given_name_variants.txt the name
// with each other spelling of it as an alias ("Aleksandr Kovalchuk" of
// "Oleksandr Kovalchuk"), written with a capital as the name is: another
// article's transliteration is then the same actor in the store.
func (d *doc) givenNameVariants() {
	for _, a := range d.actors {
		if a.typ != graph.Person {
			continue
		}
		w := strings.Fields(a.canon)
		if len(w) < 2 {
			continue
		}
		for _, v := range givenVariants[strings.ToLower(w[0])] {
			a.addAlias(strings.ToUpper(v[:1]) + v[1:] + " " + strings.Join(w[1:], " "))
		}
	}
}
