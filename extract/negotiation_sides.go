package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Rules for classes of error that blind held-out texts showed
// (testdata/heldout/README.md); each has
// invented sentences in negotiation_sides_test.go.

// civilBodyHeads head the names of bodies that are no part of a state:
// a country after their "of" belongs to the name ("National
// Confederation of Workers of Senegal", "Federation of Trade Unions of
// Ukraine"), where a ministry's keeps it apart ("Ministry of Defence of
// Ukraine").
var civilBodyHeads = set("union", "unions", "confederation", "federation", "association",
	"society", "league", "syndicate", "guild", "chamber", "alliance")

// civilCountryTail (mention.civil-country-tail) extends the name of a
// civil body headed at token head, whose "of" phrase ends at token k,
// over a second "of" and the country that closes its capitalised run
// ending at b; it returns the new last token, or k.
func (d *doc) civilCountryTail(head, k, b int) int {
	toks := d.toks
	if head < 0 || !civilBodyHeads[toks[head].low] || k+2 >= b || toks[k+1].low != "of" {
		return k
	}
	f, e, ok := d.gazAt(k+2, b)
	if !ok || e != b || f.typ != graph.Country {
		return k
	}
	return e - 1
}

// memberNounTail (mention.member-noun-tail) reports whether the
// organisation head at token k, inside the "of" phrase of an earlier
// head, is only the modifier of the one or two capitalised plural nouns
// that end the run at b: "Canadian Association of University Teachers",
// "Union of Hospital Workers", where "University" and "Hospital" name
// whom the body gathers, not where its name ends. Titles, places,
// given names and a possessive stop it.
func (d *doc) memberNounTail(a, k, b int) bool {
	toks := d.toks
	if k-2 < a || toks[k-1].low != "of" || !toks[k-2].is(orgHeadsClass) || b-k-1 < 1 || b-k-1 > 2 {
		return false
	}
	for j := k + 1; j < b; j++ {
		t := toks[j]
		if t.kind != tWord || !t.cap || t.upper || t.is(titleWordsClass) || firstNames[t.low] || t.is(orgHeadsClass) {
			return false
		}
		if _, _, ok := d.gazAt(j, b); ok {
			return false
		}
	}
	last := toks[b-1].low
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// currencyPrefix (mention.currency-prefix) reports whether the
// capitalised word at token i only marks a currency: a word of one to
// three letters written tight against a dollar sign and an amount ("C$40
// million", "A$2 billion", "NZ$300", "HK$5"), not a name.
func (d *doc) currencyPrefix(i int) bool {
	t := d.toks[i]
	if len(t.text) > 3 || i+2 >= len(d.toks) {
		return false
	}
	n, amt := d.toks[i+1], d.toks[i+2]
	return n.text == "$" && n.tight && amt.tight && amt.text != "" && amt.text[0] >= '0' && amt.text[0] <= '9'
}

// addedToList (stmt.added-to) reports whether the verb "added" (or
// "adds", "add") at token i is one of putting something into a list or
// a total, its "to" right after it or after its object pronoun ("a
// company Ottawa added to its list of …", "added them to the register"):
// no report.
func (d *doc) addedToList(i int, s sentence) bool {
	switch d.toks[i].low {
	case "added", "adds", "add", "adding":
	default:
		return false
	}
	j := i + 1
	if j < s.b && d.toks[j].is(objectPronounsClass) {
		j++
	}
	return j < s.b && d.toks[j].low == "to"
}

// butDescribes (stmt.but-describes) reports whether the "but" at token k
// opens a second verb of describing or judging of the same speaker
// ("said McAllister would end the agreement but called the freeze
// "collective punishment""): the quoted judgement is a statement of its
// own, no part of the clause before.
func (d *doc) butDescribes(k, ce int) bool {
	if k+1 >= ce || d.toks[k].low != "but" || d.inQuote[k+1] {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tWord && n.is(describeVerbsClass) && !strings.HasSuffix(n.low, "ing")
}

// describedPersonAfterOwner (rule subject.owner-described-person)
// returns, for a possessor mention m opening a subject, the person named
// in the appositive after its title noun: "The committee's chairwoman,
// Democratic Party lawmaker Kim Mi-rae, rejected …" has Kim Mi-rae for
// its subject, not the committee (a person whom "she" then refers to);
// nil when m is no such possessor.
func (d *doc) describedPersonAfterOwner(r *reader, m *mention) *actor {
	toks := d.toks
	if !m.poss || m.act == nil && m.kind != sDesc {
		return nil
	}
	k := m.hb
	for k < len(toks) && toks[k].kind == tPoss {
		k++
	}
	j := k
	for j < len(toks) && j < k+3 && toks[j].kind == tWord && !toks[j].cap {
		j++
	}
	if j == k || j >= len(toks) || !toks[j-1].is(titleWordsClass) || toks[j].text != "," {
		return nil
	}
	for _, o := range r.mentsBy[m.sent] {
		if o.a <= j || o.a > j+8 {
			continue
		}
		for q := j + 1; q < o.a; q++ {
			if toks[q].kind != tWord {
				return nil // "The party's leader, who …, and X": no appositive name
			}
		}
		if o.act != nil && o.act.typ == graph.Person {
			return o.act
		}
	}
	return nil
}

// spokenNouns are what a speaker gave that another may reject: "rejected
// that explanation", "dismissed the minister's account".
var spokenNouns = set("explanation", "explanations", "account", "version", "argument", "arguments",
	"assurance", "assurances", "justification", "excuse")

// answersSpeech (rule rel.answers-speech) reports whether w is a
// definite noun of spokenNouns with no words of its own after it
// ("rejected that explanation", not "the explanation that …"): words a
// statement before gave.
func answersSpeech(ds *depSent, w int) bool {
	if !spokenNouns[lowerForm(ds, w)] {
		return false
	}
	return hasDefiniteDet(ds, w) && !ds.hasChild(w, "acl", "acl:relcl", "ccomp", "nmod")
}

// lastSpeakers returns the speakers of the last statement in the three
// sentences before sentence si that is no statement of the answerer's:
// whose explanation "rejected that explanation" rejects.
func (d *doc) lastSpeakers(si int, answerer []*actor) []*actor {
	for k := len(d.stmts) - 1; k >= 0; k-- {
		st := d.stmts[k]
		if st.sa >= si {
			continue
		}
		if st.sa < si-3 {
			return nil
		}
		if len(st.speakers) == 0 || len(answerer) > 0 && containsActor(st.speakers, answerer[0]) {
			continue
		}
		return st.speakers
	}
	return nil
}

// governmentTimes before "government" say which one, not whose: "the new
// government", "the current government" are the country, as "the
// government" is (governmentLevelAt, rule description:government).
var governmentTimes = set("new", "current", "incoming", "present")

// talkEndVerbs end a consultation that took place: "A and B ended
// (concluded, wrapped up) talks" is their CONSULT, as "held talks" is.
var talkEndVerbs = set("end", "conclude", "complete", "wrap", "close", "finish")

// talkSpanNouns measure talks: "two weeks of talks", "three rounds of
// talks".
var talkSpanNouns = set("week", "weeks", "day", "days", "month", "months", "hour", "hours",
	"round", "rounds", "year", "years", "session", "sessions")

// talkVerbHead (rule parse: light verb, talkVerbHead) returns the verb
// that carries consultation noun n: a verb of ending it ("ended talks",
// "concluded negotiations"), or a light or ending verb over a span of it
// ("ended two weeks of talks", "held three rounds of talks"); -1 when
// none.
func talkVerbHead(ds *depSent, n int, t trigger) int {
	if !t.noun || t.class != graph.Consult {
		return -1
	}
	h := ds.head(n)
	if h < 0 {
		return -1
	}
	if ds.words[n].Deprel == "nmod" && ds.caseOf(n) == "of" && talkSpanNouns[lowerForm(ds, h)] {
		n, h = h, ds.head(h)
		if h < 0 {
			return -1
		}
	}
	if ds.words[n].Deprel == "obj" && (talkEndVerbs[ds.lemma(h)] || lightVerbs[ds.lemma(h)]) {
		return h
	}
	return -1
}

// placedDescription (rule description:placed) returns the "the" of a
// description whose noun at token i has one capitalised word before it
// that only says where the body is: "the Hamilton university" after
// McAllister University, "the Lyon court" after the Court of Appeal of
// Lyon. The noun must have been written capitalised in a name before
// (the body it describes), and the word must be no organisation the
// gazetteer knows ("the EU agency" is fieldDescription's); -1 otherwise.
func (d *doc) placedDescription(i int, s sentence) int {
	toks := d.toks
	if i-2 < s.a || toks[i-2].low != "the" || toks[i-1].kind != tWord || !toks[i-1].cap || toks[i-1].upper || !d.phraseEndsAt(i+1, s) {
		return -1
	}
	if f, e, ok := d.gazAt(i-1, i); ok && e == i && f.typ == graph.Organization {
		return -1
	}
	if f, e, ok := d.gazAt(i-1, i); ok && e == i && f.typ == graph.Country {
		return -1 // "the Kenya federation": the country's own body (bodyDescriptions)
	}
	for k := 0; k < i-2; k++ {
		if toks[k].kind == tWord && toks[k].cap && toks[k].low == toks[i].low && k > 0 && toks[k-1].kind == tWord && toks[k-1].cap {
			return i - 2
		}
	}
	return -1
}

// dropSegments removes the segments inside tokens [a, b).
func dropSegments(segs []segment, a, b int) []segment {
	out := segs[:0]
	for _, g := range segs {
		if g.a >= a && g.b <= b {
			continue
		}
		out = append(out, g)
	}
	return out
}

// negotiationWords in the sentence of "both sides" make the sides the
// parties of a negotiation: "urged both sides to return to the table",
// "to resume talks".
var negotiationWords = set("table", "talks", "negotiations", "negotiation", "negotiating",
	"negotiate", "dialogue", "mediation")

// negotiationSides (rule description:sides, negotiationSides) returns,
// for "both sides" m in a sentence about negotiating, the two actors of
// the last consultation read before it (a CONSULT between them), not the
// last pair that dealt with each other in any way: "Senegal and the IMF
// ended talks … The World Bank would keep working with the government …
// France urged both sides to return to the table" are Senegal and the
// IMF. Nil when the sentence says nothing of negotiating, or no such
// pair is known; the actor who urges (outside) is none of them.
func (d *doc) negotiationSides(m *mention, outside []*actor) []*actor {
	s := d.sents[m.sent]
	talk := false
	for k := m.b; k < s.b; k++ {
		talk = talk || negotiationWords[d.toks[k].low]
	}
	if !talk {
		return nil
	}
	for k := len(d.rels) - 1; k >= 0; k-- {
		rl := d.rels[k]
		if rl.sent > m.sent || rl.class != graph.Consult || rl.src == nil || rl.dst == nil || rl.src == rl.dst {
			continue
		}
		if rl.sent == m.sent || (rl.src.typ == graph.Person) != (rl.dst.typ == graph.Person) {
			continue
		}
		if slices.Contains(outside, rl.src) || slices.Contains(outside, rl.dst) {
			continue
		}
		return []*actor{rl.src, rl.dst}
	}
	return nil
}

// parseSpan (rule parse.dateline) is the part of sentence s the parser
// reads: the sentence after its dateline ("DAKAR, Dec 7 (Wire) - Senegal
// and the IMF ended talks …" is parsed from "Senegal"). The parser
// learned from sentences without datelines; with one it hung the first
// name on the place ("Senegal --amod--> DAKAR") and the clause lost its
// subject. The dateline's words are in no parse; the rules read them
// from the surface (skipDateline).
func (d *doc) parseSpan(s sentence) sentence {
	a := d.skipDateline(s)
	if a <= s.a || a >= s.b {
		return s
	}
	t := s
	t.a, t.s = a, d.toks[a].s
	return t
}

// chargeAfterOf (mention.title, chargeAfterOf) reports whether token j
// is a lower-case "of" before a lower-case -ing word: the charge of an
// accusation ("accused the minister of acting without …"), which ends
// a title, though "acting" is a title's word elsewhere ("the acting
// minister").
func (d *doc) chargeAfterOf(j, b int) bool {
	if j+1 >= b || d.toks[j].low != "of" || d.toks[j].cap {
		return false
	}
	n := d.toks[j+1]
	return n.kind == tWord && !n.cap && strings.HasSuffix(n.low, "ing")
}

// bodyNounAppositive (rule mention.body-appositive) reports whether a
// mention of actor a is set off by commas right after an indefinite or
// definite noun phrase whose head is a noun of bodies (orgCues): "A
// consumer group, Mobile Users Korea, filed …", "the tenants' union,
// Homes First, said": the name is that body's, an organisation, though
// its words look like a thing's.
func (d *doc) bodyNounAppositive(a *actor) bool {
	toks := d.toks
	for _, m := range d.ments {
		if m.act != a || m.a < 3 || m.hb >= len(toks) || toks[m.a-1].text != "," || toks[m.hb].text != "," {
			continue
		}
		n := toks[m.a-2]
		if n.kind != tWord || n.cap || !n.is(orgCuesClass) {
			continue
		}
		for k := m.a - 3; k >= 0 && k >= m.a-6; k-- {
			if w := toks[k].low; w == "a" || w == "an" || w == "the" {
				return true
			}
			if toks[k].kind != tWord && toks[k].kind != tPoss {
				break
			}
		}
	}
	return false
}

// verbSubjectBeforeObject (rule pronoun:it-object, verbSubjectBeforeObject)
// returns the actors of the subject written right before the verb that
// object pronoun m follows, across auxiliaries and adverbs: "which the
// IMF has asked it to phase out" — "it" is not the IMF, which would be
// "itself", but a body named before. Nil when no mention ends there.
func (d *doc) verbSubjectBeforeObject(r *reader, m *mention) []*actor {
	toks := d.toks
	s := d.sents[m.sent]
	k := m.a - 2 // the verb is at m.a-1
	for k >= s.a && toks[k].kind == tWord && (toks[k].is(auxiliariesClass) || adverbs[toks[k].low] || toks[k].low == "not") {
		k--
	}
	if k < s.a || m.a-1 <= s.a || !isLexVerb(toks[m.a-1].low) {
		return nil
	}
	for _, o := range r.mentsBy[m.sent] {
		if o.hb == k+1 && !o.poss {
			if o.kind == sPron || o.kind == sDesc {
				return d.resolveRefs(r, o)
			}
			if o.act != nil {
				return []*actor{o.act}
			}
		}
	}
	return nil
}

// appositiveLeads reports whether the verb at token j after "X, who"
// says that X holds an office in the organisation after it: "heads",
// "leads", "chairs", and "led" or "headed" a team, delegation or
// mission, whose work goes on as the story is told ("X, who led the IMF
// team, said …"); "who led the party for a decade" is a past role.
func (d *doc) appositiveLeads(j, b int) bool {
	switch d.toks[j].low {
	case "heads", "leads", "chairs":
		return true
	case "led", "headed":
	default:
		return false
	}
	for k := j + 1; k < b && k <= j+5; k++ {
		if delegationNouns[d.toks[k].low] {
			return true
		}
		if d.toks[k].text == "," {
			return false
		}
	}
	return false
}

// delegationNouns name a body sent to negotiate or inspect.
var delegationNouns = set("team", "delegation", "mission", "negotiators")

// leadTitleRole (rule role.lead-title) gives a ROLE to the person whose
// name opens sentence si when the sentence before opened with "The
// <title> of <organisation>" and named no person: the wire's lead that
// names an office ("The chief executive of South Korean mobile operator
// Hanbit Telecom apologised …") and the next sentence that names its
// holder ("Park Sung-ho told …"). The name must be new to the text,
// with no title or apposition of its own.
func (d *doc) leadTitleRole(s sentence, si int) {
	if si == 0 || d.sentRegion[si] != rBody || d.sentRegion[si-1] != rBody {
		return
	}
	toks := d.toks
	var person *mention
	start := d.skipDateline(s)
	for _, m := range d.ments {
		if m.sent == si && m.a == start && m.kind == sName && m.cand.typ == graph.Person && !m.titled {
			person = m
		}
	}
	if person == nil || person.b >= s.b || toks[person.b].text == "," || toks[person.b].kind == tPoss {
		return
	}
	for _, m := range d.ments {
		if m.sent < si && m.kind == sName && d.fold(m.cand.canon) == d.fold(person.cand.canon) {
			return // named before
		}
	}
	p := d.sents[si-1]
	a := d.skipDateline(p)
	if a+3 >= p.b || toks[a].low != "the" {
		return
	}
	te := d.titleEnd(a+1, p.b, false)
	if te <= a+1 || te >= p.b || toks[te].low != "of" {
		return
	}
	var org *mention
	for _, m := range d.ments {
		if m.sent != si-1 || m.quote {
			continue
		}
		if m.cand.typ == graph.Person && m.kind == sName {
			return // the lead names a person
		}
		if org == nil && m.a > te && m.a <= te+6 && m.cand.typ == graph.Organization && (m.kind == sOrg || m.kind == sGaz) {
			org = m
		}
	}
	if org == nil {
		return
	}
	for k := te + 1; k < org.a; {
		if t := toks[k]; t.kind == tWord && !t.cap {
			k++
			continue
		}
		f, e, ok := d.gazAt(k, org.a)
		if !ok || f.kind != gDemonym {
			return // only lower-case words or a nationality describe the organisation
		}
		k = e
	}
	d.roles = append(d.roles, roleLink{person: person, target: org, class: graph.Role, sent: si, verb: d.span(a+1, te), rule: "role.lead-title"})
}

// titledInSentence (rule person of organisation, titledInSentence)
// reports whether person mention p has an office in an organisation
// written in its own sentence already ("State Workers' Association
// leader Graciela Ibarra"): an "at" phrase after the name then says
// where the act took place ("signed it with … Ibarra at the Labour
// Ministry"), not where the person works.
func (d *doc) titledInSentence(p *mention, si int) bool {
	for _, rl := range d.roles {
		if rl.sent == si && rl.class == graph.Role && rl.person != nil && rl.target != nil && rl.target != p &&
			(rl.person == p || rl.person.act != nil && rl.person.act == p.act) && rl.target.cand.typ == graph.Organization {
			return true
		}
	}
	return false
}
