package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// Rules for classes of error that blind held-out articles showed
// (testdata/heldout: insulin_patent, syr_darya_water, roraima_camp,
// volleyball_federation), each tested on invented sentences in
// nationalities_test.go.

// originWordOpensName (rule mention.name, originWordOpensName) reports
// whether the capitalised run [a, b) opens with a word that says where
// a body is based or who owns it ("Mumbai-based Sabrix Laboratories",
// "the Geneva-based federation", "Kremlin-backed Volna TV"): the word
// describes the name after it and is no part of it, so it is left out
// of the name, and a run of that word alone names no one.
func (d *doc) originWordOpensName(a, b int) bool {
	if a >= b || a+1 > len(d.toks) {
		return false
	}
	t := d.toks[a]
	if t.kind != tWord || !t.cap {
		return false
	}
	i := lastHyphen(t.low)
	return i > 0 && originSuffixes[t.low[i+1:]]
}

// lastHyphen is the index of the last '-' in s, -1 when none.
func lastHyphen(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}

// introducedNationality (rule description:echo, nationalEcho) returns
// the country whose nationality a mention of organisation a opened
// with, before one to three lower-case words that describe it ("Danish
// drugmaker Nordvik Pharma", "South African generics company Ubuntu
// Biomedical": Denmark, South Africa); "" when no mention of it did.
func (d *doc) introducedNationality(a *actor, before int) string {
	for _, o := range d.ments {
		if o.a >= before {
			break
		}
		if o.act != a || o.kind == sDesc || o.kind == sPron {
			continue
		}
		if c := d.nationalityBefore(o.a); c != "" {
			return c
		}
	}
	return ""
}

// nationalityBefore returns the country of a nationality ("Danish",
// "South African", "U.S.") that ends one to three descriptor words
// before token k; "" when none does.
func (d *doc) nationalityBefore(k int) string {
	e := k
	for n := 0; n < 3 && e > 0 && d.descriptorWord(e-1); n++ {
		e--
	}
	if e == k {
		return ""
	}
	for j := e - 2; j < e; j++ {
		if j < 0 {
			continue
		}
		if f, end, ok := d.gazAt(j, e); ok && end == e && f.typ == graph.Country && (f.kind == gDemonym || f.kind == gName) {
			return f.canon
		}
	}
	return ""
}

// nationalEcho (rule description:echo, nationalEcho) is, for "the
// Danish company" or "the South African firm", the organisation named
// last before mention m that the text introduced with that nationality
// ("Danish drugmaker Nordvik Pharma") and whose name the words echo; nil
// when none was. The organisation named last is often of the other
// side of the story ("called on the Danish company" after naming a
// charity, a ministry and the rival firm).
func (d *doc) nationalEcho(m *mention, words []string, country string) *actor {
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron || a.typ != graph.Organization || a == best {
			continue
		}
		if d.echoesName(a, words, country) && d.introducedNationality(a, m.a) == country {
			best = a
		}
	}
	return best
}

// otherNationality reports whether the text introduced organisation a
// with a nationality other than country: "the Danish company" is not
// "South African generics company Ubuntu Biomedical".
func (d *doc) otherNationality(a *actor, country string, before int) bool {
	c := d.introducedNationality(a, before)
	return c != "" && c != country
}

// describedNameAfter (rule rel.described-object, describedNameAfter)
// returns the name that nationality mention m (a demonym, or a dotted
// name that is its own: "U.S.") describes, with one to three lower-case
// words between ("Danish drugmaker Nordvik Pharma
// sued South African generics company Ubuntu Biomedical": Nordvik
// Pharma and Ubuntu Biomedical, not Denmark and South Africa); nil when
// m is no nationality or no described name follows it. The subject and
// the parse's words read it as objectAfter reads an object ("fined U.S.
// software maker X").
func (d *doc) describedNameAfter(r *reader, si int, m *mention) *mention {
	if m == nil || m.kind != sGaz || m.act == nil || m.act.typ != graph.Country || m.poss || d.nationalityEnd(m.a, m.b) != m.b {
		return nil
	}
	if f, _, ok := d.gazAt(m.a, m.b); !ok || f.kind != gDemonym && !strings.Contains(d.span(m.a, m.b), ".") {
		return nil // "Argentina indicted X", "Ecuador gave X refuge": the country acts
	}
	for _, n := range r.mentsBy[si] {
		if n.a <= m.a || n.a > m.b+3 || n.mod || n.quote {
			continue
		}
		for k := m.b; k < n.a; k++ {
			if strings.HasSuffix(d.toks[k].low, "ed") {
				return nil // "U.S. indicted X": a verb, no description
			}
		}
		if d.describedName(m.a, n) {
			return n
		}
	}
	return nil
}

// venueMention (rule pronoun:it-object, venueMention) reports whether
// mention o stands after "in", "at" or "before" (with a "the" between
// at most): the place or forum where something was done ("sued X in
// the Gauteng High Court", "filed a complaint at the WTO"), not a
// party to it. An object "it" after such a clause ("…, accusing it of
// copying") refers to the party when one is named.
func (d *doc) venueMention(o *mention) bool {
	k := o.a - 1
	if k >= 0 && d.toks[k].low == "the" {
		k--
	}
	if k < 0 || d.toks[k].kind != tWord {
		return false
	}
	switch d.toks[k].low {
	case "in", "at", "before":
		return true
	}
	return false
}

// governmentLevels are lower-case words that say which level of a
// state's government is meant ("the federal government", "the central
// government", "the national government"): the state's own, as "the
// government" is.
var governmentLevels = set("federal", "central", "national")

// governmentLevelsClass is governmentLevels as a word class.
var governmentLevelsClass = classOf(governmentLevels)

// governmentLevelAt (rule description:government, governmentLevelAt)
// returns the token of "government" after a lower-case level word at
// k ("the federal government" is its country, as "the government" is);
// k itself otherwise. A state's or a province's government is named
// with its name ("the government of Brazil's Roraima state", "the state
// government") and is not read here.
func (d *doc) governmentLevelAt(k int, s sentence) int {
	if k+1 < s.b && !d.toks[k].cap && (d.toks[k].is(governmentLevelsClass) || governmentTimes[d.toks[k].low]) && d.toks[k+1].low == "government" && !d.toks[k+1].cap {
		return k + 1
	}
	return k
}

// possessedRequestSubject (rule rel.passive-by, possessedRequestSubject)
// returns the owner of a request that opens the clause of passive
// trigger i: "Kiprotich's appeal against the dissolution was dismissed
// by the tribunal", "Serbia's request was rejected by the court" reject
// Kiprotich and Serbia, as "the tribunal dismissed Kiprotich's appeal"
// does. Only for a refusal or a backing (REJECT, SUPPORT): what is done
// to a request is done to whoever made it. nil when the clause opens
// with no possessed request noun (lexicon of requestNouns).
func (d *doc) possessedRequestSubject(r *reader, si, i int, s sentence, class graph.EdgeClass) []*actor {
	if class != graph.Reject && class != graph.Support {
		return nil
	}
	start := d.skipDateline(s)
	for k := i - 1; k > start; k-- {
		if d.clauseBreak(k) && !d.inQuote[k] {
			start = k + 1
			break
		}
	}
	if start < s.b && d.toks[start].low == "the" {
		start++
	}
	for _, m := range r.mentsBy[si] {
		if m.a != start || !m.poss || m.quote || m.b+1 >= i {
			continue
		}
		if n := d.toks[m.b+1]; n.kind == tWord && !n.cap && requestNouns[n.low] {
			return d.refs(r, m)
		}
	}
	return nil
}

// locativeConjunct (rule mention.gazetteer, locativeConjunct) reports
// whether the capital at token i is a later conjunct of a place after
// "in" or another preposition of place ("played in Tokyo and Paris",
// "talks in Doha, Cairo and Riyadh"): a place, as the first conjunct
// is, not its country.
func (d *doc) locativeConjunct(i int, s sentence) bool {
	if i-1 <= s.a {
		return false
	}
	if p := d.toks[i-1]; p.low != "and" && p.low != "or" && p.text != "," {
		return false
	}
	j := i - 1
	for n := 0; j > s.a && n < 10; n++ {
		t := d.toks[j]
		if t.low == "and" || t.low == "or" || t.text == "," || t.kind == tWord && t.cap {
			j--
			continue
		}
		break
	}
	return j+1 < i && d.toks[j+1].cap && d.locative(j+1, s)
}

// progressiveTrigger (rule pronoun:it-acts, progressiveTrigger) reports
// whether token k, after a form of "be", is the -ing form of a verb the
// interaction lexicon or the parse's triggers know ("It is asking the
// court to halt sales", "It was urging donors …"): "it" acts, as in
// "It asked the court"; "It is raining", "It is likely" make no
// mention.
func (d *doc) progressiveTrigger(k int, s sentence) bool {
	if k >= s.b || d.toks[k].kind != tWord || d.toks[k].cap || !strings.HasSuffix(d.toks[k].low, "ing") {
		return false
	}
	w := d.toks[k].low
	if isLexVerb(w) {
		return true
	}
	t, ok := triggerVerbs[strings.ToLower(nlp.Lemma(w, "VERB", "VBG"))]
	return ok && !t.noun
}

// coordinatedPassive (rule rel.passive-by, coordinatedPassive) reports
// whether passive trigger i opens the second verb phrase of its
// sentence ("X asked the court to order the transfer, and was
// criticised by Y for …", "X resigned and was replaced by Y"): the one
// acted upon is the sentence's subject, as for an active coordinated
// verb ("… and accused Z"). Its "was" or "were" must follow the "and".
func (d *doc) coordinatedPassive(i int, s sentence) bool {
	j := i - 1
	for j > s.a && (d.toks[j].low == "also" || d.toks[j].low == "later" || d.toks[j].low == "then") {
		j--
	}
	if j <= s.a || (d.toks[j].low != "was" && d.toks[j].low != "were") {
		return false
	}
	return d.toks[j-1].low == "and"
}

// itsMinistry (rule mention.organisation, itsMinistry) names the
// ministry in "Its foreign ministry said …" opening a sentence after
// one that opens with a country, in the same paragraph ("Tajikistan …
// welcomed the deal. Its foreign ministry said …"): the country's
// ministry, named as "the Tajik foreign ministry" would be (Tajik
// Foreign Ministry), not the country itself nor no one. Any other
// "its" is left to the pronoun rules.
func (d *doc) itsMinistry(segs []segment, s sentence) []segment {
	si := d.sentOf(s.a)
	if si < 1 || d.sents[si-1].line != s.line {
		return segs
	}
	k := d.openingToken(si)
	if k >= s.b || d.toks[k].low != "its" {
		return segs
	}
	e := d.ministryEnd(k+1, s)
	if e < 0 {
		return segs
	}
	c := d.openingCountryName(si - 1)
	if c == "" {
		return segs
	}
	var portfolio []string
	for j := k + 1; j < e-1; j++ {
		portfolio = append(portfolio, d.toks[j].low)
	}
	name := d.ministryName(c, portfolio)
	if name == "" {
		return segs
	}
	out := segs[:0:0]
	for _, sg := range segs {
		if sg.b > k && sg.a < e {
			continue // the pronoun "Its" and the words of the ministry
		}
		out = append(out, sg)
	}
	at := len(out)
	for i, sg := range out {
		if sg.a >= e {
			at = i
			break
		}
	}
	org := segment{kind: sOrg, a: k, b: e, canon: name}
	return append(out[:at:at], append([]segment{org}, out[at:]...)...)
}

// openingCountryName is the country whose name opens sentence si, read
// from the words alone (the chunker runs before the sentence's mentions
// are made): "Tajikistan, which …, welcomed", "Chile said"; "" when
// none does, or when the name qualifies a noun after it ("Tajikistan
// Airlines").
func (d *doc) openingCountryName(si int) string {
	s := d.sents[si]
	k := d.openingToken(si)
	f, e, ok := d.gazAt(k, s.b)
	if !ok || f.typ != graph.Country || f.kind != gName || e >= s.b {
		return ""
	}
	if n := d.toks[e]; n.text != "," && (n.kind != tWord || n.cap) {
		return ""
	}
	return f.canon
}
