package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Classes of error that blind held-out articles showed
// (testdata/heldout/README.md), each with
// invented sentences in envoys_expelled_test.go.

// designationClause (rule stmt.reported-clause): "declared Poland's
// chargé d'affaires persona non grata", "declared the group a terrorist
// organisation": after "declare" the words up to the clause's end [cs,
// ce) that carry a designation (designationWords) are what an authority
// makes of someone, an act read by designatedArgs, not words it reports.
func (d *doc) designationClause(verb string, cs, ce int) bool {
	if !strings.HasPrefix(verb, "declar") {
		return false
	}
	for k := cs; k < ce && k < len(d.toks); k++ {
		if designationWords[d.toks[k].low] {
			return true
		}
	}
	return false
}

// expelledCountries (rules "parse: designated as", "parse: ordered to
// leave"): "declared Russia's consul, X, persona non grata", "ordered
// Poland's top diplomat to leave" act against the diplomat and against
// the country he stands for, as expelling a country's diplomat does
// (docs/ONTOLOGY.md); the country is read as for a summoned diplomat
// (summonedCountries). None for any other rule or object.
func (d *doc) expelledCountries(r *reader, si int, ds *depSent, v int, rule string) []*actor {
	if rule != "designated as" && rule != "ordered to leave" {
		return nil
	}
	return d.summonedCountries(r, si, ds, v)
}

// leaveVerbs end an expulsion order ("ordered X to leave").
var leaveVerbs = set("leave", "depart", "quit", "exit")

// leaveArgs (slot to-leave, rule "parse: ordered to leave"): "Minsk
// responded by ordering Poland's top diplomat to leave", "Peru ordered
// two Chilean diplomats to leave the country" is an expulsion, a
// SANCTION of the diplomat and his country; an order to anyone else
// ("ordered the workers to leave the plant") is none.
func leaveArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "to-leave") {
		return depArgs{}, false
	}
	objs := ds.children(v, "obj")
	if len(objs) == 0 {
		return depArgs{}, false
	}
	// The parser hangs "to leave" on the verb or on its object.
	leaves := false
	for _, c := range append(ds.children(v, "xcomp", "advcl"), ds.children(objs[0], "acl")...) {
		leaves = leaves || leaveVerbs[ds.lemma(c)] && ds.hasMark(c, "to")
	}
	if !leaves {
		return depArgs{}, false
	}
	for _, o := range objs {
		if !diplomatNouns[ds.lemma(o)] && !diplomatNouns[strings.ToLower(ds.form(o))] {
			return depArgs{}, false
		}
	}
	return frameArgs(ds, v, itself)
}

// verbGroupFillers may stand between a clause's closing comma and its
// verb ("…, had urged", "…, has also criticised").
var verbGroupFillers = set("had", "has", "have", "was", "were", "is", "are", "also", "then",
	"already", "later", "earlier", "previously", "repeatedly", "since")

// appositiveRelativeComma (rule rel.verb-object, clauseSubject):
// "Unite, the union that represents 900 Hartcourt workers at its plant,
// had urged the CMA …", "Kivu Gold, a rival which owns mines near X,
// accused Y": an apposition that describes the subject and carries a
// relative clause closes with a comma before the verb (past auxiliaries
// and adverbs); the subject stands before the apposition, not inside
// its relative clause. Returns the comma before the apposition, or -1.
func (d *doc) appositiveRelativeComma(i int, s sentence) int {
	k := i - 1
	for k > s.a && verbGroupFillers[d.toks[k].low] {
		k--
	}
	if k <= s.a || d.toks[k].text != "," || d.inQuote[k] {
		return -1
	}
	c := k - 1
	for c > s.a && d.toks[c].text != "," {
		c--
	}
	if c <= s.a || d.inQuote[c] {
		return -1
	}
	if w := d.toks[c+1].low; w != "the" && w != "a" && w != "an" {
		return -1 // "X, which …," is clauseSubject's own case
	}
	for j := c + 2; j < k; j++ {
		if w := d.toks[j].low; w == "that" || w == "which" || w == "who" {
			return c
		}
	}
	return -1
}

// originBodyNouns are bodies a nationality before them only places:
// "a Portuguese appeals court", "a Kenyan company" is one court or
// company of that country, not its government.
var originBodyNouns = set("court", "courts", "tribunal", "judge", "judges", "regulator", "watchdog",
	"company", "firm", "bank", "lender", "insurer", "newspaper", "broadcaster", "airline", "carrier",
	"maker", "manufacturer", "producer", "exporter", "importer", "group", "union", "university",
	"charity", "consortium", "investor", "fund")

// indefiniteBodyOrigin (rule rel.verb-object, clauseSubject): mention m
// is a nationality after "a" or "an" that qualifies a body of
// originBodyNouns within the next three words before the verb at i
// ("A Portuguese appeals court on Friday refused Angola's request", "an
// Indian drug maker sued …"): the body acts, not the country.
func (d *doc) indefiniteBodyOrigin(m *mention, i int) bool {
	if m.a < 1 || m.b-m.a != 1 {
		return false
	}
	if w := d.toks[m.a-1].low; w != "a" && w != "an" {
		return false
	}
	if d.demonymActor(d.toks[m.a].text) == nil {
		return false
	}
	for k := m.b; k < i && k < m.b+3; k++ {
		if originBodyNouns[d.toks[k].low] {
			return true
		}
	}
	return false
}

// exampleAdverbs single out members of a group before their names
// ("thanked the donors, notably Japan").
var exampleAdverbs = set("notably", "especially", "particularly", "chiefly", "mainly", "above")

// namedExamples (rule "parse: verb subject and object", targetsOf):
// "thanked the donors, in particular Japan and the World Bank", "urged
// its creditors, especially China, to …": the names singled out of
// verb v's plural object stand for it as the verb's targets (their
// conjuncts are added by targetsOf). The parser hangs them on the
// object or on the verb.
func namedExamples(ds *depSent, v int) []int {
	var out []int
	for _, o := range ds.children(v, "obj") {
		for _, c := range ds.children(o, "nmod", "appos") {
			if c > o && singledOut(ds, c) {
				out = append(out, c)
			}
		}
		for _, c := range ds.children(v, "obl") {
			if c > o && ds.caseOf(c) == "" && singledOut(ds, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// singledOut reports whether name c is introduced as an example: "in
// particular", "notably", "especially", "such as", "like".
func singledOut(ds *depSent, c int) bool {
	if ds.words[c].UPOS != "PROPN" {
		return false
	}
	switch ds.caseOf(c) {
	case "in":
		for _, a := range ds.children(c, "amod", "advmod") {
			if ds.lemma(a) == "particular" {
				return true
			}
		}
	case "such", "like":
		return true
	case "":
		for _, a := range ds.children(c, "advmod", "amod") {
			if exampleAdverbs[strings.ToLower(ds.form(a))] {
				return true
			}
		}
	}
	return false
}

// meansNouns are the channels of "spoke by telephone with X", "talked
// via video link with X": the parser may hang the partner after "with"
// on the channel (topicPartners).
var meansNouns = set("phone", "telephone", "video", "videoconference", "video-conference", "link",
	"videolink", "letter", "email", "e-mail")

// verbOpensAside (rule "appositive role", appositiveBody): the words
// after a person's comma that open with a past verb of the lexicons
// ("Rosa Tchimuku, summoned the Portuguese ambassador, Y," after an
// apposition before) are the clause's predicate, not an aside about
// the person: the title in them is its object's.
func (d *doc) verbOpensAside(a int) bool {
	t := d.toks[a]
	if t.cap || !t.is(triggerFormsClass) {
		return false
	}
	if strings.HasSuffix(t.low, "ed") {
		return true
	}
	for _, forms := range irregularForms {
		for _, f := range forms {
			if f == t.low {
				return true
			}
		}
	}
	return false
}

// roleDemonymTitleAside (rule "nationality and role noun before a named
// aside"): "summoned the Portuguese ambassador, Miguel Sarmento,", "The
// Bolivian ambassador, Luis Mamani, said": a national office after
// "the" (or "a"/"an"), a nationality and up to three title words,
// then a comma and the holder's name set off as an aside, is the
// holder's ROLE in the country, as "Portuguese Ambassador Miguel
// Sarmento" is (roleDemonymTitle).
func roleDemonymTitleAside(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		comma := p.a - 1
		if comma <= s.a || d.toks[comma].text != "," || !d.closesAside(p.b, s) {
			continue
		}
		k := comma - 1
		for k >= s.a && k >= comma-3 && d.toks[k].kind == tWord && !d.toks[k].cap && officeTitle(d.toks[k].low) {
			k--
		}
		if k < s.a+1 || k == comma-1 {
			continue
		}
		if w := d.toks[k-1].low; w != "the" && w != "a" && w != "an" {
			continue
		}
		f, _, ok := d.gazAt(k, k+1)
		if !ok || f.kind != gDemonym {
			continue
		}
		c := d.byKey[graph.Fold(f.canon)]
		if c == nil || c.typ != graph.Country {
			continue
		}
		out = append(out, roleLink{person: p, target: &mention{act: c, sent: si, a: k, b: k + 1}, class: graph.Role, sent: si, verb: d.span(k, comma)})
	}
	return out
}

// oppositionCountry (rule description:government): "Angola's main
// opposition party, UNITA, … called on the government", "X, who leads
// the opposition Malagasy Renewal Party, accused the government": the
// government an opposition speaks of is its own country's, named (or
// as a nationality) within a few words of "opposition" before the
// description in its sentence. nil when no such country is an actor.
func (d *doc) oppositionCountry(m *mention) *actor {
	s := d.sents[m.sent]
	for k := s.a; k < m.a; k++ {
		if d.toks[k].low != "opposition" {
			continue
		}
		for j := max(s.a, k-3); j <= k+3 && j < m.a; j++ {
			f, _, ok := d.gazAt(j, j+1)
			if !ok || f.typ != graph.Country || f.kind != gDemonym && f.kind != gName {
				continue
			}
			if a := d.byKey[d.fold(f.canon)]; a != nil {
				return a
			}
		}
	}
	return nil
}

// describedNameOf (every parse rule, through relativeAntecedent): "Corvant
// Medical, a U.S. rival that had filed complaints against Medivale,":
// the relative clause hangs on a common noun set off as an apposition
// of a name; the name is who the clause is about. -1 when common noun
// h is no such apposition.
func describedNameOf(ds *depSent, h int) int {
	if h < 0 || ds.words[h].UPOS != "NOUN" || ds.words[h].Deprel != "appos" {
		return -1
	}
	n := ds.head(h)
	if n < 0 || n > h || ds.words[n].UPOS != "PROPN" {
		return -1
	}
	return n
}

// postedOffices are diplomatic offices one country holds in another, so
// that "the ambassador" later in a story is the one whose country the
// story named with the office.
var postedOffices = set("ambassador", "envoy", "consul", "d'affaires")

// roleOfficeNamedBefore (rule "office named before and a named aside"):
// "Poland expelled Belarus's ambassador … the ambassador, Ales
// Drozdovich, had 72 hours to leave": "the" and a diplomatic office,
// then a comma and the holder's name as an aside, is the holder's ROLE
// in the country the text named with that office before ("Belarus's
// ambassador", "the Belarusian ambassador"), when it named exactly one.
func roleOfficeNamedBefore(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		comma := p.a - 1
		if comma < s.a+2 || d.toks[comma].text != "," || !d.closesAside(p.b, s) {
			continue
		}
		title := d.toks[comma-1].low
		det := d.diplomaticOfficeAt(comma-1, s) - 1
		for det > s.a && d.toks[det].low != "the" && !d.toks[det].cap && titleMods[d.toks[det].low] {
			det-- // "the acting high commissioner, X,"
		}
		if det < s.a || d.toks[det].low != "the" {
			continue
		}
		if c := d.officeCountryBefore(title, det); c != nil {
			out = append(out, roleLink{person: p, target: &mention{act: c, sent: si, a: comma - 1, b: comma}, class: graph.Role, sent: si, verb: d.span(comma-2, comma)})
		}
	}
	return out
}

// officeCountryBefore returns the one country the text before token
// end named with the office title ("Belarus's ambassador", "the
// Belarusian ambassador"); nil when none or several.
func (d *doc) officeCountryBefore(title string, end int) *actor {
	var found *actor
	for k := 1; k < end; k++ {
		if d.toks[k].low != title {
			continue
		}
		j := d.diplomaticOfficeAt(k, sentence{a: 0, b: end}) - 1
		if j < 0 {
			continue
		}
		for j > 0 && d.toks[j].kind == tWord && !d.toks[j].cap && titleMods[d.toks[j].low] {
			j-- // "Belarus's top envoy"
		}
		if d.toks[j].kind == tPoss && j > 0 {
			j--
		}
		f, ok := d.countryEndingAt(j)
		if !ok {
			continue
		}
		a := d.byKey[d.fold(f.canon)]
		if a == nil {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}
