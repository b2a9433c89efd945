package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/editdist"
)

// Identity of actors inside one article: the rules here fold the
// several names an article gives one actor into one actor before it is
// stored, so that neither the article nor the store holds it twice.
// Each rule is a small function with its test (identity_test.go) and
// names itself in explain's merges (docs/EXPLAIN.md):
//
//   - actor.typo: a name one letter away from another of the same type
//     ("Kristin Wilkins" and "Kristen Wilkins", "Untied Nations"), and
//     a single name one letter away from a person's surname ("Water
//     said", of Kathryn Waters).
//   - actor.prefix-form: an organisation named by the part of another's
//     name before its "of" phrase ("Comic Corps" of "Comic Corps of
//     Canada", "Church" of "Church of Scientology"), by its "of"
//     phrase alone ("Scientology"), or without the country or
//     nationality written before it ("Home Office" of "UK Home Office").
//   - actor.government: "the Monti government", "UK Government", "the
//     Conservative government" are the country governed (the annotation
//     convention: the government is its country).
//   - actor.country-short: "Korea" in an article that names South Korea
//     and no other Korea.

// typoMinLen is the shortest word a one-letter difference may be a typo
// in: shorter words differ by a letter too often ("Iran", "Iraq").
const typoMinLen = 5

// oneEdit reports whether words x and y (lower case) differ by exactly
// one substitution, insertion, deletion or swap of neighbouring letters,
// begin with the same letter and are both at least typoMinLen long.
func oneEdit(x, y string) bool {
	a, b := []rune(x), []rune(y)
	if len(a) < typoMinLen || len(b) < typoMinLen || a[0] != b[0] || x == y {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		var diff []int
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return string(a[i:]) == string(b[i+1:])
	}
	return false
}

// typoTwin reports whether names x and y of two words or more differ in
// one word only, by one letter (oneEdit).
func typoTwin(x, y string) bool {
	return typoTwinWords(strings.Fields(graph.Fold(x)), strings.Fields(graph.Fold(y)))
}

// typoTwinWords is typoTwin of two names' folded words.
func typoTwinWords(wx, wy []string) bool {
	if len(wx) < 2 || len(wx) != len(wy) {
		return false
	}
	diff := -1
	for i := range wx {
		if wx[i] != wy[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && oneEdit(wx[diff], wy[diff])
}

// mentionCount is how many mentions name actor a.
func (d *doc) mentionCount(a *actor) int {
	n := 0
	for _, m := range d.ments {
		if m.act == a {
			n++
		}
	}
	return n
}

// mergeTypos folds an actor whose name is a typo of another's of the
// same type (typoTwin) into the one the text names more often, or,
// on a tie, the one it names first; a name twinned with more than one
// actor is left alone.
func (d *doc) mergeTypos() {
	words := make(map[*actor][]string, len(d.actors))
	for _, a := range d.actors {
		words[a] = d.fieldsOf(d.fold(a.canon))
	}
	for _, a := range append([]*actor(nil), d.actors...) {
		if len(words[a]) < 2 {
			continue
		}
		var twin *actor
		n := 0
		for _, b := range d.actors {
			if b != a && b.typ == a.typ && typoTwinWords(words[a], words[b]) {
				twin = b
				n++
			}
		}
		if n != 1 || !d.stillActor(a) {
			continue
		}
		from, to := a, twin
		if ca, cb := d.mentionCount(a), d.mentionCount(twin); ca > cb || ca == cb && a.first < twin.first {
			from, to = twin, a
		}
		d.traceMerge(from, to, "actor.typo")
		d.mergeInto(from, to)
	}
}

// mergeNameTails (rule actor.name-tail) folds a person named by two or
// more words into the one person of the article whose longer name ends
// in them ("Jackson Tuwei Mwangi" … "Tuwei Mwangi" is one man, named
// later by his last two names): a shorter form of a full name, no new
// person. Two longer names ending alike leave it alone.
func (d *doc) mergeNameTails() {
	words := make(map[*actor][]string, len(d.actors))
	for _, a := range d.actors {
		if a.typ == graph.Person {
			words[a] = d.fieldsOf(d.fold(a.canon))
		}
	}
	for _, a := range append([]*actor(nil), d.actors...) {
		wa := words[a]
		if len(wa) < 2 {
			continue
		}
		var full *actor
		n := 0
		for b, wb := range words {
			if b != a && len(wb) > len(wa) && slices.Equal(wb[len(wb)-len(wa):], wa) && d.stillActor(b) {
				full = b
				n++
			}
		}
		if n == 1 {
			d.traceMerge(a, full, "actor.name-tail")
			d.mergeInto(a, full)
		}
	}
}

// stillActor reports whether a is still one of the article's actors
// (not merged away).
func (d *doc) stillActor(a *actor) bool {
	for _, b := range d.actors {
		if b == a {
			return true
		}
	}
	return false
}

// longTypoLen is the shortest word two edits may be a typo in.
const longTypoLen = 8

// twoEditsLong reports whether words x and y, both at least longTypoLen
// letters long and with the same first letter, are two edits apart
// (insertions, deletions or substitutions: "bauchtman", "buchtmann").
func twoEditsLong(x, y string) bool {
	a, b := []rune(x), []rune(y)
	if len(a) < longTypoLen || len(b) < longTypoLen || a[0] != b[0] || x == y {
		return false
	}
	return editdist.Levenshtein(a, b) <= 2
}

// typoSurname returns the one person whose surname the single name key
// (folded) misspells by one letter ("Water" for Kathryn Waters), or by
// two in a long name (twoEditsLong: "Bauchtman" for Lydia Buchtmann),
// or nil.
func typoSurname(persons map[string][]*actor, key string) *actor {
	var found *actor
	for surname, ps := range persons {
		if !oneEdit(key, surname) && !twoEditsLong(key, surname) {
			continue
		}
		if found != nil || len(ps) != 1 {
			return nil
		}
		found = ps[0]
	}
	return found
}

// foldMentions makes every mention of actor from a mention of actor to,
// as mergeInto does, without making from's names aliases of to: used
// when from's name describes to rather than names it ("the Monti
// government") or names other actors elsewhere ("Supreme Court").
func (d *doc) foldMentions(from, to *actor) {
	canon, aliases := from.canon, from.aliases
	from.canon, from.aliases = to.canon, nil
	d.mergeInto(from, to)
	from.canon, from.aliases = canon, aliases
	d.byKey[d.fold(canon)] = to
}

// countryForm returns the canonical country that the words w name or
// qualify as a gazetteer form ("UK", "British", "Italian"), or "".
func (d *doc) countryForm(w []string) string {
	for _, f := range formOfWords(d.x.gaz.forms, w) {
		if f.typ == graph.Country && (f.kind == gName || f.kind == gDemonym) {
			return f.canon
		}
	}
	return ""
}

// withoutCountry drops the country or nationality written before an
// organisation's name ("UK Home Office" → "Home Office", "Italian
// Supreme Court of Cassation" → "Supreme Court of Cassation"); it
// returns name unchanged when none is.
func (d *doc) withoutCountry(name string) string {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	if len(w) == 0 || !lowerIn(d.x.gaz.first, w[0]) {
		return name // no gazetteer form starts with its first word
	}
	for k := min(3, len(w)-2); k >= 1; k-- {
		if d.countryForm(w[:k]) != "" {
			return strings.Join(w[k:], " ")
		}
	}
	return name
}

// prefixForms are the shorter names an organisation called name may go
// by in the same article: without the country or the adjective before
// it ("Steelworkers" of "United Steelworkers"), the part before its
// "of" or "for" phrase, and a one-word "of" phrase alone.
func (d *doc) prefixForms(name string) []string {
	var out []string
	core := d.withoutCountry(name)
	if core != name {
		out = append(out, core)
	}
	var buf [8]string
	w := fieldsIn(buf[:0], core)
	if len(w) >= 2 && lowerIn(stopCaps, w[0]) && !lowerIn(connectors, w[0]) && !d.gazetteerOrgName(strings.Join(w[1:], " ")) {
		out = append(out, strings.Join(w[1:], " ")) // "Steelworkers" of "United Steelworkers"
	}
	if p := partyPluralForm(core); p != "" {
		out = append(out, p) // "Social Democrats" of "Social Democratic Party"
	}
	for i := 1; i+1 < len(w); i++ {
		if lw := strings.ToLower(w[i]); lw == "of" || lw == "for" {
			out = append(out, strings.Join(w[:i], " "))
			if i+2 == len(w) && lw == "of" {
				out = append(out, w[i+1])
			}
			break
		}
	}
	return out
}

// gazetteerOrgName reports whether the gazetteer knows name as an
// organisation's: "Democratic Party" is another party than "Social
// Democratic Party", no shorter form of it.
func (d *doc) gazetteerOrgName(name string) bool {
	for _, f := range d.x.gaz.forms[formKey(name)] {
		if f.typ == graph.Organization {
			return true
		}
	}
	return false
}

// mergePrefixForms folds an organisation named by one of prefixForms of
// exactly one other organisation of the article into it. A short name
// the gazetteer knows for some organisation ("Supreme Court") is not
// kept as an alias, so that other articles' holders of that name do
// not merge into this one.
func (d *doc) mergePrefixForms() {
	full := map[string][]*actor{}
	for _, b := range d.actors {
		if b.typ != graph.Organization {
			continue
		}
		for _, f := range d.prefixForms(b.canon) {
			full[d.fold(f)] = append(full[d.fold(f)], b)
		}
	}
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization {
			continue
		}
		bs := full[d.fold(a.canon)]
		if len(bs) != 1 || bs[0] == a || !d.stillActor(bs[0]) {
			continue
		}
		d.traceMerge(a, bs[0], "actor.prefix-form")
		if _, known := d.x.gaz.forms[formKey(a.canon)]; known {
			d.foldMentions(a, bs[0])
		} else {
			d.mergeInto(a, bs[0])
		}
	}
}

// governedCountry returns the country an organisation named "<P>
// government" stands for: the country P names or qualifies ("UK
// Government", "the Italian government"), else the one country the
// persons surnamed P hold an office for ("the Monti government"), else
// the country the text around its first mention is about (a party's
// government: "the Conservative government"); "" when none is clear.
func (d *doc) governedCountry(a *actor, sent int) string {
	w := strings.Fields(a.canon)
	if len(w) < 2 || d.fold(w[len(w)-1]) != "government" {
		return ""
	}
	p := w[:len(w)-1]
	if d.subnationalGovernment(p) {
		return ""
	}
	if c := d.countryForm(p); c != "" {
		return c
	}
	for _, b := range d.actors {
		if b.typ == graph.Person && d.fold(lastWord(b.canon)) == d.fold(strings.Join(p, " ")) && len(b.roleCountries) == 1 {
			for c := range b.roleCountries {
				return c
			}
		}
	}
	if h := d.homeCountry(sent); h != nil {
		return h.canon
	}
	return d.articleCountry()
}

// articleCountry is the country the article names or qualifies most
// often ("Italy", "the Italian court"), in running text, if one does
// more often than any other; "" otherwise.
func (d *doc) articleCountry() string {
	count := map[string]int{}
	for _, m := range d.ments {
		c := m.cand.canon
		if m.act != nil {
			c = m.act.canon
		}
		if m.region == rBody && (m.act != nil && m.act.typ == graph.Country || m.act == nil && m.kind == sGaz && m.cand.typ == graph.Country) {
			count[c]++
		}
	}
	best, n, second := "", 0, 0
	for c, k := range count {
		switch {
		case k > n || k == n && c < best:
			second = max(second, n)
			best, n = c, k
		case k > second:
			second = k
		}
	}
	if n == second {
		return ""
	}
	return best
}

// governmentsAsCountries folds organisations named "<P> government"
// into the country they govern (governedCountry); the government's name
// describes the country and is not kept as its alias.
func (d *doc) governmentsAsCountries() {
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization {
			continue
		}
		sent := -1
		for _, m := range d.ments {
			if m.act == a {
				sent = m.sent
				break
			}
		}
		if sent < 0 {
			continue
		}
		c := d.governedCountry(a, sent)
		if c == "" {
			continue
		}
		to := d.registry(candidate{canon: c, typ: graph.Country}, a.strong, a.first)
		if to == nil || to == a {
			continue
		}
		d.traceMerge(a, to, "actor.government")
		d.foldMentions(a, to)
	}
}

// mergeCountryShortForms folds a one-word organisation that is the last
// word of exactly one country of the article ("Korea" beside South
// Korea) into that country: a country the gazetteer does not know by
// that word, because the word alone is ambiguous.
func (d *doc) mergeCountryShortForms() {
	countries := map[*actor]string{}
	for _, b := range d.actors {
		if b.typ == graph.Country && strings.Contains(b.canon, " ") {
			countries[b] = d.fold(b.canon)
		}
	}
	if len(countries) == 0 {
		return
	}
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization || strings.Contains(a.canon, " ") {
			continue
		}
		key := d.fold(a.canon)
		var to *actor
		n := 0
		for _, b := range d.actors {
			if f, ok := countries[b]; ok && strings.HasSuffix(f, " "+key) {
				to = b
				n++
			}
		}
		if n == 1 {
			d.traceMerge(a, to, "actor.country-short")
			d.mergeInto(a, to)
		}
	}
}

// shortForms maps a folded one-word name to the organisations it is a
// short form of.
type shortForms map[string][]*actor

// one returns the one organisation key is a short form of, or nil.
func (s shortForms) one(key string) *actor {
	if as := s[key]; len(as) == 1 {
		return as[0]
	}
	return nil
}

// oneWordForms collects the one-word prefixForms of the article's
// organisations ("Church" and "Scientology" of "Church of
// Scientology"), leaving out words the gazetteer knows.
func (d *doc) oneWordForms() shortForms {
	out := shortForms{}
	for _, a := range d.actors {
		if a.typ != graph.Organization {
			continue
		}
		for _, f := range append(d.prefixForms(a.canon), coreFirstWord(a.canon)...) { // hyphen_backers.go
			if strings.Contains(f, " ") {
				continue
			}
			if _, known := d.x.gaz.forms[formKey(f)]; known {
				continue
			}
			out[d.fold(f)] = append(out[d.fold(f)], a)
		}
	}
	return out
}

// partyAdjective reports whether canon, read from a nationality slot
// ("Conservative", "Labour"), is a party rather than a country.
func (d *doc) partyAdjective(canon string) bool {
	for _, f := range d.x.gaz.forms[formKey(canon)] {
		if f.canon == canon && f.typ == graph.Organization {
			return true
		}
	}
	return false
}

// mergeInitialsPrefix folds an organisation whose name opens with an
// acronym of a place ("LA Sheriff's office", "NY Police Department")
// into the one organisation whose first words that acronym spells and
// whose other words are the same ("Los Angeles Sheriff's office"), or
// whose campus they name ("UNC Greensboro" is the "University of North
// Carolina at Greensboro"; a name that opens with an acronym and was
// taken for a person's folds the same way).
func (d *doc) mergeInitialsPrefix() {
	for _, a := range append([]*actor(nil), d.actors...) {
		w := d.fieldsOf(a.canon)
		if a.typ != graph.Organization && a.typ != graph.Person || len(w) < 2 || len(w[0]) < 2 || len(w[0]) > 4 || strings.ToUpper(w[0]) != w[0] {
			continue
		}
		rest := d.fold(strings.Join(w[1:], " "))
		var full *actor
		n := 0
		for _, b := range d.actors {
			if b != a && b.typ == graph.Organization && initialsPrefix(b.canon, w[0], rest) {
				full = b
				n++
			}
		}
		if n == 1 {
			d.traceMerge(a, full, "actor.initials-prefix")
			d.mergeInto(a, full)
		}
	}
}

// initialsPrefix reports whether name is len(acr) capitalised words that
// acr spells, then words that fold to rest.
func initialsPrefix(name, acr, rest string) bool {
	w := strings.Fields(name)
	i := 0
	for k := 0; k < len(acr); k++ {
		for i < len(w) && initialsSkip[w[i]] {
			i++ // "University of North Carolina": UNC
		}
		if i >= len(w) || w[i][0] != acr[k] {
			return false
		}
		i++
	}
	if i < len(w) && w[i] == "at" {
		i++ // "University of North Carolina at Greensboro": UNC Greensboro
	}
	return i < len(w) && graph.Fold(strings.Join(w[i:], " ")) == rest
}

// initialsSkip are the lower-case words an organisation's initials leave
// out ("University of North Carolina" is UNC).
var initialsSkip = set("of", "the", "for", "and")

// unitHeads end the names of an institution's units that our
// conventions count as the institution itself ("USI Art Collections",
// "Harbour University Library").
var unitHeads = set("department", "collection", "collections", "archives", "library", "libraries")

// mergeUnits folds an organisation named by another organisation's
// name or alias, then words ending in a unitHeads noun, into that
// organisation: a collection or department does not act apart from the
// body that holds it.
func (d *doc) mergeUnits() {
	for _, a := range append([]*actor(nil), d.actors...) {
		w := d.fieldsOf(a.canon)
		if a.typ != graph.Organization && a.typ != graph.Person || len(w) < 2 || !unitHeads[strings.ToLower(w[len(w)-1])] {
			continue
		}
		for k := len(w) - 2; k >= 1; k-- {
			b := d.lookupKnown(strings.Join(w[:k], " "))
			if b != nil && b != a && b.typ == graph.Organization && d.stillActor(b) {
				d.traceMerge(a, b, "actor.unit")
				d.mergeInto(a, b)
				break
			}
		}
	}
}

// mergeNamedUnits folds the organisations named as units of another
// written right after its name (noteNamedUnit: "the National Air and
// Space Museum Steven F. Udvar-Hazy Center", later "the Udvar-Hazy
// Center") into that organisation.
func (d *doc) mergeNamedUnits() {
	for _, a := range append([]*actor(nil), d.actors...) {
		org, ok := d.unitNames[d.fold(a.canon)]
		if !ok || a.typ != graph.Organization && a.typ != graph.Person {
			continue
		}
		if b := d.lookupKnown(org); b != nil && b != a && d.stillActor(b) {
			d.traceMerge(a, b, "actor.unit")
			d.mergeInto(a, b)
		}
	}
}
