package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// Mention resolution inside one article. Names are resolved when the
// actors are collected (actors.go); everything else a sentence uses to
// refer to an actor is resolved here, while the text is read in order:
// pronouns ("he", "its", "they"), descriptions ("the ministry", "the
// government", "the Ukrainian president"), plural mentions ("the pair",
// "the two envoys", "both sides") and metonyms ("Moscow", from
// lexicon/metonyms.tsv, which the gazetteer reads).
//
// The one entry point for statement and relation rules is resolve (or
// resolveAt, for a parse word's token). It answers what a mention
// refers to with what the reader has read so far, names the rule that
// decided, and remembers the answer on the mention, so that the
// evidence of every edge the mention takes part in records the
// antecedent (graph.Evidence.Resolved; see antecedents.go).

// reference is what one mention refers to.
type reference struct {
	// actors is the actor referred to, or the actors of a plural
	// mention ("the two envoys"); nil when the mention is unresolved.
	actors []*actor
	// rule names the rule of resolveRules that decided ("name",
	// "metonym", "pronoun:personal", "description:organisation", …).
	rule string
	// ante holds, for a mention that does not name its actor itself
	// (a pronoun, a description), the mention that named each actor
	// last before it; nil for names and metonyms.
	ante []*mention
}

// Rule names, as they appear in references and evidence.
const (
	ruleName    = "name"
	ruleMetonym = "metonym"
)

// resolve returns what mention m refers to, given the sentences read so
// far and m's own sentence up to m, and remembers it on m. A mention
// that was resolved to fixed actors keeps them: asking again gives the
// same answer.
func (d *doc) resolve(r *reader, m *mention) reference {
	if m.act != nil || m.group != nil {
		if len(m.ref.actors) > 0 {
			return m.ref
		}
		ref := reference{actors: m.group, rule: ruleName}
		if m.act != nil {
			ref.actors = []*actor{m.act}
		}
		if m.metonym {
			ref.rule = ruleMetonym
		}
		m.ref = ref
		return ref
	}
	if m.resolving {
		d.resolveCycles++
		return reference{} // "T and he …": a rule asked about m itself
	}
	if d.resolveDepth > 0 && m.failedIn == d.resolveEpoch {
		return reference{} // failed already while resolving the same mention (resolveEpoch)
	}
	if d.resolveDepth == 0 {
		d.resolveEpoch++
	}
	d.resolveDepth++
	cycles := d.resolveCycles
	m.resolving = true
	defer func() { m.resolving = false; d.resolveDepth-- }()
	for _, rule := range resolveRules {
		if !rule.applies(m) {
			continue
		}
		as := rule.resolve(d, r, m)
		if len(as) == 0 {
			continue
		}
		ref := reference{actors: as, rule: rule.name}
		for _, a := range as {
			if x := d.antecedent(m, a); x != nil {
				ref.ante = append(ref.ante, x)
			}
		}
		m.ref = ref
		return ref
	}
	if d.resolveCycles == cycles {
		m.failedIn = d.resolveEpoch
	}
	return reference{}
}

// resolveAt resolves the mention of sentence si that covers extraction
// token k (the smallest one, not a modifier inside another mention, not
// inside quotation marks); ok is false when no mention covers k.
func (d *doc) resolveAt(r *reader, si, k int) (ref reference, ok bool) {
	m := d.mentionAtTok(r, si, k)
	if m == nil {
		return reference{}, false
	}
	return d.resolve(r, m), true
}

// resolveRest resolves the pronouns and descriptions of sentence si
// that no statement or relation rule asked about, so that every mention
// records what it refers to (for explaining a sentence).
func (d *doc) resolveRest(r *reader, si int) {
	for _, m := range r.mentsBy[si] {
		if (m.kind == sPron || m.kind == sDesc) && m.ref.rule == "" {
			d.resolve(r, m)
		}
	}
}

// resolveRefs is resolve's actors (refs, in trace.go, calls it and
// notes the answer when explaining).
func (d *doc) resolveRefs(r *reader, m *mention) []*actor { return d.resolve(r, m).actors }

// resolveRule is one way of resolving a mention that names no actor
// itself; the first rule that applies and finds actors decides.
type resolveRule struct {
	name    string
	applies func(m *mention) bool
	resolve func(d *doc, r *reader, m *mention) []*actor
}

// resolveRules are tried in order. They are set in init because the
// rules themselves resolve other mentions (a sentence's subject).
var resolveRules []resolveRule

func init() { resolveRules = ruleTable() }

func ruleTable() []resolveRule {
	return []resolveRule{
		{"pronoun:demanded-subject", pron("he", "she"), (*doc).resolveDemandedSubject}, // demanded_that.go
		{"pronoun:personal", pron("he", "she", "him"), (*doc).resolvePersonal},
		{"pronoun:possessive", pron("his", "her"), (*doc).resolvePossessive},
		{"pronoun:its-subject", pron("its"), (*doc).resolveItsSubject},
		{"pronoun:its", pron("its"), (*doc).resolveIts},
		{"pronoun:it-clause", pron("it"), (*doc).resolveItClause},
		{"pronoun:it-reported", pron("it"), (*doc).resolveItReported},
		{"pronoun:it-object", pron("it"), (*doc).resolveItObject},
		{"pronoun:it", pron("it"), (*doc).resolveIt},
		{"pronoun:plural", pron("they", "them", "their"), (*doc).resolvePlural},
		{"description:protest", desc(func(c string) bool { return c == "protest" }), (*doc).resolveProtesters},
		{"description:government", desc(func(c string) bool { return c == "gov" }), (*doc).resolveGovernment},
		{"description:administration", desc(func(c string) bool { return c == administrationClass }), (*doc).resolveAdministration},
		{"description:country", desc(func(c string) bool { return c == "country:" }), (*doc).resolveCountryNoun},
		{"description:body", desc(func(c string) bool { return strings.HasPrefix(c, "org:") && bodyPhrase[c[len("org:"):]] != nil }), (*doc).resolveBody},
		{"description:unnamed-body", desc(func(c string) bool { return strings.HasPrefix(c, "org:") && bodyPhrase[c[len("org:"):]] != nil }), (*doc).resolveUnnamedBody},
		{"description:organisation", desc(func(c string) bool { return strings.HasPrefix(c, "org:") && bodyPhrase[c[len("org:"):]] == nil }), (*doc).resolveOrgNoun},
		{"description:echo", desc(func(c string) bool { return strings.HasPrefix(c, "echo:") }), (*doc).resolveEcho},
		{"description:kind", desc(func(c string) bool { return strings.HasPrefix(c, kindClassPrefix) }), (*doc).resolveKind},
		{"description:group", desc(func(c string) bool { return strings.HasPrefix(c, "group:") }), (*doc).resolveGroupNoun},
		{"description:sides", desc(func(c string) bool { return strings.HasPrefix(c, "sides:") }), (*doc).resolveSides},
		{"description:strikers", desc(func(c string) bool { return c == strikersClass }), (*doc).resolveStrikers},
		{"description:number", func(m *mention) bool {
			return m.kind == sDesc && m.desc.num > 0 && !strings.HasPrefix(m.desc.class, "sides:")
		}, (*doc).resolveNumber},
		{"description:spouses", desc(func(c string) bool { return strings.HasPrefix(c, "spouses:") }), (*doc).resolveSpouses},
		{"description:half", desc(func(c string) bool { return strings.HasPrefix(c, "half:") }), (*doc).resolveHalf},
		{"description:office", desc(func(c string) bool { return c != "protest" && c != "gov" && !strings.Contains(c, ":") }), (*doc).resolveOffice},
		{"description:national-office", desc(func(c string) bool { return nationalOffices[c] }), (*doc).resolveNationalOffice},
	}
}

func pron(words ...string) func(*mention) bool {
	ok := set(words...)
	return func(m *mention) bool { return m.kind == sPron && ok[m.pron] }
}

func desc(class func(string) bool) func(*mention) bool {
	return func(m *mention) bool { return m.kind == sDesc && class(m.desc.class) }
}

// antecedent returns the last mention before m that names actor a (not
// a pronoun or description), nil when there is none.
func (d *doc) antecedent(m *mention, a *actor) *mention {
	at := d.toks[m.a].s
	var best *mention
	for _, o := range d.ments {
		if o.act != a || o.kind == sPron || o.kind == sDesc || d.toks[o.a].s >= at {
			continue
		}
		if best == nil || d.toks[o.a].s > d.toks[best.a].s {
			best = o
		}
	}
	return best
}

// resolvePersonal: "he", "she", "him" are the single person subject of
// their own sentence when it comes before them ("Peskov said he …"),
// else the person the text is about (the last person subject).
// A person whose gender disagrees with the pronoun is never its
// antecedent: the pronoun then stays unresolved (genderAgrees).
func (d *doc) resolvePersonal(r *reader, m *mention) []*actor {
	if subj := d.sentenceSubject(r, m.sent, m.a); len(subj) == 1 && subj[0].typ == graph.Person && !m.quote && genderAgrees(m, subj[0]) {
		if subj[0].pronounGender == 0 {
			subj[0].pronounGender = pronounGender[m.pron] // "Kiara Lund said she …": Lund is no "he"
		}
		return subj
	}
	return d.focusOf(r, m)
}

// surnameOwner returns, for a single name m that is the surname of
// several persons ps, the one it refers to: the only one named in full
// before m ("Mohamed" after "Ahmed Mohamed", before "his father Omar
// Mohamed" appears), else the one named before m at least twice as
// often as any other (the person the story is about); nil otherwise.
func (d *doc) surnameOwner(m *mention, ps []*actor) *actor {
	if len(ps) < 2 {
		return nil
	}
	count := map[*actor]int{}
	for _, o := range d.ments {
		if o.a >= m.a {
			continue
		}
		if o.act != nil && slices.Contains(ps, o.act) && o.kind != sPron && o.kind != sDesc {
			count[o.act]++
		}
	}
	var best *actor
	first, second := 0, 0
	for _, a := range ps {
		switch n := count[a]; {
		case n > first:
			best, first, second = a, n, first
		case n > second:
			second = n
		}
	}
	if best == nil || first == second {
		return nil
	}
	if second == 0 || first >= 2*second {
		return best
	}
	return nil
}

// resolvePossessive: "his", "her" are the nearest person before them in
// the sentence (the speaker, across a verb of speech), else the focus.
func (d *doc) resolvePossessive(r *reader, m *mention) []*actor {
	var near *mention
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		if o.act != nil && o.act.typ == graph.Person && !o.quote && !o.mod && genderAgrees(m, o.act) {
			near = o
		}
	}
	if near == nil {
		return d.notOwned(r, m, d.focusOf(r, m))
	}
	// "… congratulated Ribeiro, but said his party": across a speech
	// verb the pronoun is the speaker's.
	for k := near.b; k < m.a; k++ {
		if d.toks[k].is(coreSpeechClass) {
			if sp := r.subject[m.sent]; len(sp) == 1 && sp[0].typ == graph.Person && genderAgrees(m, sp[0]) {
				return sp
			}
		}
	}
	return []*actor{near.act}
}

// notOwned keeps a possessive pronoun from referring to the person its
// own phrase introduces ("His father Omar Said said …": the father is
// not his own father): when the focus is that person or there is none,
// the pronoun is the
// single person subject of the sentence before, else the last other
// person named before its sentence, if they agree.
func (d *doc) notOwned(r *reader, m *mention, as []*actor) []*actor {
	owned := d.ownedPerson(r, m)
	if owned == nil || len(as) > 1 || len(as) == 1 && as[0] != owned {
		return as
	}
	if m.sent > 0 {
		if prev := r.subject[m.sent-1]; len(prev) == 1 && prev[0] != owned && prev[0].typ == graph.Person && genderAgrees(m, prev[0]) {
			return prev
		}
	}
	return nil
}

// ownedPerson returns the person a possessive pronoun's phrase names:
// a name after at most three lower-case words and a comma ("his wife Eva
// Lund", "her son, Per"), past a short description after the comma
// ("her son, a medical student Karim Mansour"), nil when there is none.
func (d *doc) ownedPerson(r *reader, m *mention) *actor {
	k := m.b
	for n := 0; n < 3 && k < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap; n++ {
		k++
	}
	if k < len(d.toks) && d.toks[k].text == "," {
		k++
		for n := 0; n < 3 && k+1 < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k+1].kind == tWord && !d.toks[k].is(lexVerbWordsClass) && !d.toks[k].is(prepositionsClass); n++ {
			k++ // "her son, a medical student Karim Mansour"
		}
	}
	for _, o := range r.mentsBy[m.sent] {
		if (o.a == k || o.ha == k) && o.act != nil && o.act.typ == graph.Person {
			return o.act
		}
	}
	return nil
}

// focusOf is the person in focus for pronoun m; when its gender
// disagrees, the person named most often before m, if one is named more
// often than any other and is known to agree ("Pedro Sanchez also
// congratulated her" in a story about Ana Ribeiro).
func (d *doc) focusOf(r *reader, m *mention) []*actor {
	if r.focus == nil {
		return nil
	}
	if genderAgrees(m, r.focus) {
		return []*actor{r.focus}
	}
	if a := d.lastAgreeing(m); a != nil {
		return []*actor{a}
	}
	at := d.toks[m.a].s
	count := map[*actor]int{}
	for _, o := range d.ments {
		if d.toks[o.a].s < at && o.act != nil && o.act.typ == graph.Person && o.kind != sPron && o.kind != sDesc && !o.quote {
			count[o.act]++
		}
	}
	var best *actor
	first, second := 0, 0
	for a, n := range count {
		switch {
		case n > first:
			second = first
			best, first = a, n
		case n > second:
			second = n
		}
	}
	if best == nil || first == second || best.gender() != pronounGender[m.pron] {
		return nil
	}
	return []*actor{best}
}

// lastAgreeing is, for a pronoun whose person in focus disagrees, the
// last person the sentence before names who is known to agree ("For
// Tom Lie, a teacher, Warhol was a legend. He said …" after a story
// about a woman), nil when there is none.
func (d *doc) lastAgreeing(m *mention) *actor {
	var last *actor
	for _, o := range d.ments {
		if o.sent == m.sent-1 && o.act != nil && o.act.typ == graph.Person && o.kind != sPron && o.kind != sDesc && !o.quote && o.act.gender() == pronounGender[m.pron] {
			last = o.act
		}
	}
	return last
}

// resolveIts: "its" is the nearest organisation or country before it in
// the sentence, else the last organisation the text was about.
func (d *doc) resolveIts(r *reader, m *mention) []*actor {
	if near := d.itsInSentence(r, m); near != nil {
		return []*actor{near}
	}
	if r.lastOrg != nil {
		return []*actor{r.lastOrg}
	}
	return nil
}

// itsInSentence is the last organisation or country named before m in
// m's own sentence, nil when there is none.
func (d *doc) itsInSentence(r *reader, m *mention) *actor {
	var near *actor
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		if o.act != nil && (o.act.typ == graph.Country || o.act.typ == graph.Organization) && !o.mod {
			near = o.act
		}
	}
	return near
}

// resolveItsSubject: an "its" with nothing but persons before it in its
// own sentence is the single organisation or country that opened
// the sentence before as its subject ("France rejected the plan,
// according to Reuters. Its foreign minister …" is France's, not the
// source's; "Japan … . Its prime minister" though an organisation was
// the last one named). Else resolveIts decides.
func (d *doc) resolveItsSubject(r *reader, m *mention) []*actor {
	if m.sent == 0 || d.sentRegion[m.sent-1] != rBody {
		return nil
	}
	for _, o := range r.mentsBy[m.sent] {
		if o.a < m.a && (o.act == nil || o.act.typ != graph.Person) {
			return nil // "The union said its members …": the sentence names its own
		}
	}
	subj := d.ownedSubject(r, m.sent-1)
	if len(subj) == 1 && (subj[0].typ == graph.Country || subj[0].typ == graph.Organization || namedGroup(subj[0])) {
		return subj
	}
	if len(subj) == 0 {
		return d.itsOnlyBodyBefore(r, m) // hyphen_backers.go
	}
	return nil
}

// namedGroup (rule pronoun:its-subject) reports whether a is a group
// known by a name of its own, every word capitalised ("M23", "Hamas"): a
// body that "its" can refer to ("The M23 dismissed the resolution. Its
// spokesman, X, …"), unlike "Rwandan commanders" or "protesters".
func namedGroup(a *actor) bool {
	if a.typ != graph.Group || a.canon == "" {
		return false
	}
	for _, w := range strings.Fields(a.canon) {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// ownedSubject is the subject of sentence si as sentenceSubject finds
// it, but past an owner: in "India's ministry rejected …" the subject is
// the ministry, not India.
func (d *doc) ownedSubject(r *reader, si int) []*actor {
	return d.ownedSubjectBefore(r, si, d.sents[si].b)
}

// resolveIt: an "it" that speaks ("…," it added) is the single
// organisation, country or group the sentence before had as subject,
// else what "its" would be.
func (d *doc) resolveIt(r *reader, m *mention) []*actor {
	if s := d.sents[m.sent]; !d.itReports(m.a, s) && !d.itActs(m.a, s) {
		return nil // an "it" reported or accused that its own rules left unresolved (itrefs.go)
	}
	if m.sent > 0 && m.sent-1 < len(r.subject) {
		if sp := r.subject[m.sent-1]; len(sp) == 1 && sp[0].typ != graph.Person {
			return sp
		} else if len(sp) > 1 {
			return nil // "Norway and Sweden signed a pact. It said …": no one of them
		}
	}
	if d.itActs(m.a, d.sents[m.sent]) {
		return nil // "It thanked X" after a sentence no body opened: a thing's "it", no one's
	}
	return d.resolveIts(r, m)
}

// resolvePlural: "they", "them", "their" are a plural subject of their
// own sentence before them, else the subject of the sentence before
// when it was plural (several actors, or a group); "their" falls back to
// the last organisation the text was about, as "its" does.
func (d *doc) resolvePlural(r *reader, m *mention) []*actor {
	plural := func(as []*actor) bool { return len(as) > 1 || len(as) == 1 && as[0].typ == graph.Group }
	if subj := d.sentenceSubject(r, m.sent, m.a); plural(subj) && !m.quote {
		return subj
	}
	if m.sent > 0 && !d.unnamedSources(m.sent-1) { // "…, according to people familiar with the matter. …, they said"
		if prev := r.subject[m.sent-1]; plural(prev) {
			return prev
		}
	}
	if m.pron == "their" && r.lastOrg != nil {
		return []*actor{r.lastOrg}
	}
	return nil
}

// resolveProtesters: "a protester", "demonstrators" are the article's
// protesters (a group made on first use when none was named).
func (d *doc) resolveProtesters(r *reader, m *mention) []*actor {
	if r.protest == nil {
		r.protest = d.registry(candidate{canon: "protesters", typ: graph.Group, class: "protest:"}, true, d.toks[m.a].s)
	}
	if r.protest.class == "protest:" && !d.toks[m.ha].is(protestDetsClass) {
		// Only the article's own group keeps "Protesters": on a named
		// group ("Japanese protesters") such generic names would later
		// merge other articles' protesters into it.
		r.protest.addAlias(strings.TrimSpace(d.span(m.ha, m.hb)))
	}
	m.act = r.protest
	return []*actor{r.protest}
}

// resolveGovernment: "the government" is its country (the annotation
// convention): the country last named with "government" ("the Italian
// government", "Canada's government"), else the only country the text
// has named so far, else the dateline's country when the text has
// named it (governmentAtDateline).
func (d *doc) resolveGovernment(r *reader, m *mention) []*actor {
	if a := d.governmentInSeat(m); a != nil {
		return []*actor{a}
	}
	if a := d.hostGovernment(m); a != nil {
		return []*actor{a} // distant_antecedents.go
	}
	if a := d.oppositionCountry(m); a != nil {
		return []*actor{a} // envoys_expelled.go
	}
	if a := d.civilBodyCountry(r, m); a != nil {
		return []*actor{a} // civil_body_country.go
	}
	var withGov, only *actor
	seen := map[*actor]bool{}
	d.countriesNamedBefore(m, func(o *mention, a *actor) {
		seen[a], only = true, a
		if d.governmentAfter(o) {
			withGov = a
		}
	})
	if withGov != nil {
		return []*actor{withGov}
	}
	if len(seen) == 1 {
		return []*actor{only}
	}
	return d.governmentAtDateline(seen)
}

// governmentInSeat (rule description:government): "the government in
// Bissau" is the government of the country whose capital follows "in"
// right after the noun, whichever countries the text named before or
// its dateline names. nil when no capital of a country the article
// has as an actor follows.
func (d *doc) governmentInSeat(m *mention) *actor {
	s := d.sents[m.sent]
	if m.hb+1 >= s.b || d.toks[m.hb].low != "in" {
		return nil
	}
	f, _, ok := d.gazAt(m.hb+1, s.b)
	if !ok || f.kind != gCapital || f.typ != graph.Country {
		return nil
	}
	return d.byKey[d.fold(f.canon)]
}

// governmentAtDateline (rule description:government): in a story filed
// from a capital ("BOGOTA, May 19 (Wire) -"), "the government" that no
// country's own "government" names is the government of the dateline's
// country, once the text has named that country among others ("the
// rebels demanded that the government release …").
func (d *doc) governmentAtDateline(seen map[*actor]bool) []*actor {
	if home := d.datelineCountry(); home != nil && seen[home] {
		return []*actor{home}
	}
	return nil
}

// countriesNamedBefore calls visit for each country named (or already
// resolved) by a mention before m, in text order; pronouns and
// descriptions are left out, as they only repeat a country.
func (d *doc) countriesNamedBefore(m *mention, visit func(o *mention, a *actor)) {
	at := d.toks[m.a].s
	for _, o := range d.ments {
		if d.toks[o.a].s >= at || o.kind == sPron || o.kind == sDesc {
			continue
		}
		for _, a := range o.named() {
			if a.typ == graph.Country {
				visit(o, a)
			}
		}
	}
}

// resolveCountryNoun: "the country" is the only country named before
// it, else the single country that was the subject of the sentence
// before ("Russia criticised the plan. The country's foreign minister
// …"), else nobody: with several countries named, the last one is no
// safe guess.
func (d *doc) resolveCountryNoun(r *reader, m *mention) []*actor {
	var countries []*actor
	d.countriesNamedBefore(m, func(_ *mention, a *actor) {
		if !slices.Contains(countries, a) {
			countries = append(countries, a)
		}
	})
	switch len(countries) {
	case 0:
		return nil
	case 1:
		return countries
	default:
		return d.countrySubjectBefore(r, m)
	}
}

// countrySubjectBefore is the single country that was the subject of
// the body sentence before m's, nil when there is none.
func (d *doc) countrySubjectBefore(r *reader, m *mention) []*actor {
	if m.sent == 0 || d.sentRegion[m.sent-1] != rBody {
		return nil
	}
	if subj := d.ownedSubject(r, m.sent-1); len(subj) == 1 && subj[0].typ == graph.Country {
		return subj
	}
	return nil
}

// governmentAfter reports whether "government" follows mention o
// ("the Italian government", "Canada's government").
func (d *doc) governmentAfter(o *mention) bool {
	j := o.b
	if o.poss {
		j++
	}
	if strings.HasSuffix(strings.ToLower(d.span(o.a, o.b)), "government") {
		return true
	}
	return j < len(d.toks) && d.toks[j].low == "government"
}

// named is what a mention names or was resolved to already.
func (m *mention) named() []*actor {
	if m.act != nil {
		return []*actor{m.act}
	}
	return m.group
}

// resolveOrgNoun: "the company", "the ministry", "the union" are the
// organisation named before that the noun describes: for a generic noun
// the organisation the previous sentence was about, else the last one
// whose name or description has the noun ("the bloc" is a Union or
// NATO); "the group" a movement, armed group or company, never a state
// body.
func (d *doc) resolveOrgNoun(r *reader, m *mention) []*actor {
	noun := m.desc.class[len("org:"):]
	if a := d.sentenceCompany(m, noun); a != nil && genericOrgNoun[noun] {
		m.act = a
		return []*actor{a}
	}
	if genericOrgNoun[noun] {
		// "Meta said … . The company argued …"
		if sp := d.lastActorSubject(r, m.sent); len(sp) == 1 && sp[0].typ == graph.Organization && !otherKind(sp[0], noun) {
			m.act = sp[0]
			return sp
		}
	}
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a != nil && noun == "group" && o.kind != sDesc && a.strong && (a.typ == graph.Group || a.typ == graph.Organization && !stateBody(a.canon)) {
			best = a
			continue
		}
		if a == nil || a.typ != graph.Organization || o.kind == sDesc && !d.echoAnchor(r, o, noun) || bareNounActor(a, noun) {
			continue
		}
		if genericOrgNoun[noun] && !otherKind(a, noun) || namedWithNoun(a, noun) || noun == "bloc" && blocName(a.canon) || noun == "alliance" && a.canon == "NATO" {
			best = a
		}
	}
	if best == nil && noun == "board" {
		best = d.boardOwnerBefore(m)
	}
	if best == nil {
		best = d.orgOfKindBefore(m, noun)
	}
	if best == nil {
		best = d.sanctionerBefore(m, noun) // "the regulator" after "X fined Y" (regulator_description.go)
	}
	if best == nil {
		return nil
	}
	// "the bloc", "the union" are not names: as aliases they would
	// merge other articles' blocs and unions into best.
	m.act = best
	return []*actor{best}
}

// bareNounActor reports whether organisation a is named by the
// description's own noun alone, capitalised where it opens a sentence
// ("Board chairman X said the board …"): the description again, no name
// of the organisation it refers to, which comes from what the text named
// before ("The board of … Nordkyst Shipping dismissed …": boardOwnerBefore).
func bareNounActor(a *actor, noun string) bool {
	return strings.EqualFold(a.canon, noun)
}

// resolveGroupNoun: "the team" is the last group named before whose
// name ends in that noun ("the Kenyan team"), else the last
// organisation whose name has it ("Team Nordic").
func (d *doc) resolveGroupNoun(r *reader, m *mention) []*actor {
	noun := m.desc.class[len("group:"):]
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron {
			continue
		}
		switch {
		case teamGroup(a, noun):
			best = a
		case a.typ == graph.Organization && slices.Contains(strings.Fields(strings.ToLower(a.canon)), noun):
			best = a
		case armedDescNouns[noun] && d.armedBy(o, noun):
			best = a
		}
	}
	if best == nil {
		return nil
	}
	m.act = best
	return []*actor{best}
}

// armedBy reports whether mention o names an armed group or body with
// noun right after it ("Al-Shabaab militants", "ELN rebels"): what "the
// militants", "the rebels" refer back to (armedDescNouns).
func (d *doc) armedBy(o *mention, noun string) bool {
	a := o.act
	return (a.typ == graph.Group || a.typ == graph.Organization) && o.b < len(d.toks) && d.toks[o.b].low == noun
}

// blocName reports whether an organisation's name is that of a bloc of
// states, which "the bloc" describes: a union, a community, an
// association or organisation "of" states, a cooperation council, or
// one of the blocs known by an acronym (blocAcronyms).
func blocName(name string) bool {
	if blocAcronyms[name] {
		return true
	}
	for _, w := range []string{"Union", "Community", "Association of", "Organization of", "Organisation of", "Cooperation Council", "Common Market"} {
		if strings.Contains(name, w) {
			return strings.Contains(name, " ") // "Union" alone is no bloc's name
		}
	}
	return false
}

// blocAcronyms are blocs of states named by an acronym alone.
var blocAcronyms = set("NATO", "EU", "ASEAN", "ECOWAS", "SADC", "OPEC", "Mercosur", "CARICOM", "GCC", "BRICS", "APEC", "IGAD", "EAC", "CIS", "AU")

// resolveSides: "the two sides", "both countries" are the last two
// actors that dealt with each other (of that kind); parties that are
// not people come first: a phone call of two ministers does not make
// them the sides of a war.
func (d *doc) resolveSides(r *reader, m *mention) []*actor {
	if orgPairNouns[m.desc.class[len("sides:"):]] {
		return d.organisationSides(r, m) // "the two companies" (descriptions.go)
	}
	countries := m.desc.class != "sides:sides" && m.desc.class != "sides:parties"
	if countries {
		if two := d.twoCountriesBefore(r, m); two != nil {
			m.group = two
			return two
		}
	}
	outside := d.sidesOutsideWithRoles(d.sidesActor(r, m))                                // sides_outside.go
	if p := d.negotiationSides(m, outside); p != nil && (!countries || twoCountries(p)) { // told_to.go
		m.group = p
		return p // "urged both sides to return to the table" (negotiation_sides.go)
	}
	for _, people := range []bool{false, true} {
		for i := len(r.lastSides) - 1; i >= 0; i-- {
			if !r.lastSides[i].before(m) {
				continue // "A and B carried messages between the two sides": not A and B
			}
			p := r.lastSides[i].pair
			if slices.ContainsFunc(p, func(a *actor) bool { return slices.Contains(outside, a) }) {
				continue // "X called Y and urged both parties": X is none of them
			}
			if countries && (p[0].typ != graph.Country || p[1].typ != graph.Country) || (p[0].typ == graph.Person) != people {
				continue
			}
			m.group = p
			return p
		}
	}
	return d.namedTogether(r, m, countries, outside) // both_pairs.go
}

// twoCountriesBefore returns the two countries m's own sentence names
// (or refers to by a pronoun) before "the two countries" m, when it
// names exactly two ("it took in a Panamanian ex-president, prompting
// Panama to suspend flights between the two countries"); nil otherwise.
func (d *doc) twoCountriesBefore(r *reader, m *mention) []*actor {
	var cs []*actor
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		if o.kind == sDesc || o.quote {
			continue
		}
		as := o.named()
		if o.kind == sPron {
			as = d.resolve(r, o).actors
		}
		for _, a := range as {
			if a.typ == graph.Country && !slices.Contains(cs, a) {
				cs = append(cs, a)
			}
		}
	}
	if len(cs) != 2 {
		return nil
	}
	return cs
}

// sidesActor returns the subject of the sentence of "both sides" m
// when it acts on them ("X called Y and urged both parties", "A and B
// carried messages between the two sides"): the one who urges or
// mediates is no side. Nil when a word of saying comes between ("A
// and B said both sides would meet": the sides may be the speakers).
func (d *doc) sidesActor(r *reader, m *mention) []*actor {
	subj := d.sentenceSubject(r, m.sent, m.a)
	if len(subj) == 0 {
		return nil
	}
	if d.saysBefore(d.sents[m.sent], d.sents[m.sent].a, m.a) {
		return nil // distant_antecedents.go
	}
	return subj
}

// sides is a pair of actors that dealt with each other and the token
// of the words that made them deal.
type sides struct {
	pair []*actor
	at   int
}

// before reports whether the pair dealt before mention m: the pair a
// sentence makes after "the two sides" is not what those words refer
// to, whatever order the rules read the sentence in.
func (p sides) before(m *mention) bool { return p.at < m.a }

// compassHalves marks "the North", "the south" (not "the North
// Atlantic", "the north of the country"): the half of a divided
// country, when the article names both halves (resolveHalf).
func (d *doc) compassHalves(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		w := d.toks[i+1].low
		if d.toks[i].low != "the" || compassOpposite[w] == "" || d.covered(segs, i+1) {
			continue
		}
		if i+2 < s.b && (d.toks[i+2].kind == tWord && d.toks[i+2].cap || d.toks[i+2].low == "of" || d.toks[i+2].kind == tPunct && (d.toks[i+2].text == "-" || d.toks[i+2].text == "\u2011")) {
			continue
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: i + 2, class: "half:" + w})
	}
	return segs
}

// compassOpposite pairs the halves of a divided country.
var compassOpposite = map[string]string{"north": "south", "south": "north", "east": "west", "west": "east"}

// resolveHalf: "the South" is South Korea when the article names both
// North Korea and South Korea, the one "the North" is set against; a
// compass word alone, in an article naming one half or none, is a
// direction or a region.
func (d *doc) resolveHalf(r *reader, m *mention) []*actor {
	half := m.desc.class[len("half:"):]
	byRest := map[string]*actor{}
	for _, a := range d.actors {
		first, rest, ok := strings.Cut(a.canon, " ")
		if ok && strings.EqualFold(first, compassOpposite[half]) && a.strong {
			byRest[rest] = a
		}
	}
	var found *actor
	for _, a := range d.actors {
		first, rest, ok := strings.Cut(a.canon, " ")
		if !ok || !strings.EqualFold(first, half) || !a.strong || byRest[rest] == nil || a.typ != byRest[rest].typ {
			continue
		}
		if found != nil {
			return nil // two divided pairs: which one is not clear
		}
		found = a
	}
	if found == nil {
		return nil
	}
	m.act = found
	return []*actor{found}
}

// resolveSpouses: "the parents", "the spouses" are the last two persons
// the text tied as husband and wife before them ("Ola Dahl and his wife
// Eva Dahl … the parents"); without such a tie, none.
func (d *doc) resolveSpouses(r *reader, m *mention) []*actor {
	for i := len(d.roles) - 1; i >= 0; i-- {
		rl := d.roles[i]
		if rl.class != graph.Family || rl.sent > m.sent || rl.person.act == nil || rl.target.act == nil {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(rl.verb)) {
			if spouseWords[w] {
				m.group = []*actor{rl.target.act, rl.person.act}
				return m.group
			}
		}
	}
	return nil
}

// spouseWords in a FAMILY tie's words make the two a couple.
var spouseWords = set("wife", "husband", "spouse")

// resolveNumber: "the two envoys", "the pair" are the last persons named
// together in that number.
func (d *doc) resolveNumber(r *reader, m *mention) []*actor {
	if m.desc.class == countryGroupClass {
		m.group = r.countryGroup(m.desc.num) // name_fields.go
		return m.group
	}
	if pair := d.lastTwoPersons(r, m); pair != nil {
		m.group = pair // pairs.go
		return m.group
	}
	for i := len(r.lastGroups) - 1; i >= 0; i-- {
		if len(r.lastGroups[i]) == m.desc.num {
			m.group = r.lastGroups[i]
			return m.group
		}
	}
	return nil
}

// resolveOffice: "the president", "the Ukrainian foreign minister" is
// the most recent person named with that office (and nationality).
func (d *doc) resolveOffice(r *reader, m *mention) []*actor {
	ds := m.desc
	var best, other *actor
	bestAt, otherAt := -1, -1
	for _, o := range d.ments {
		if o.act == nil || o.act.typ != graph.Person || o.a >= m.a {
			continue
		}
		a := o.act
		if !titleMatch(a.titles, ds.class) {
			continue
		}
		if len(ds.countries) > 0 && !a.roleCountries[ds.countries[0]] {
			continue
		}
		if !d.officeWordsMatch(m, a) {
			continue
		}
		if !d.sameOffice(m, a) {
			if o.a > otherAt {
				other, otherAt = a, o.a
			}
			continue
		}
		if o.a > bestAt {
			best, bestAt = a, o.a
		}
	}
	if best == nil {
		best = other // only a prime minister named before "the minister"
	}
	if best == nil {
		best = d.electedWinner(r, m) // "the president-elect" (descriptions.go)
	}
	if best == nil {
		return nil
	}
	m.act = best
	return []*actor{best}
}

// officeWordsMatch reports whether the words that qualify the office of
// description m ("prime" in "the prime minister", "foreign" in "the
// foreign minister") are all in a title person a was named with:
// "the prime minister" is not the interior minister.
func (d *doc) officeWordsMatch(m *mention, a *actor) bool {
	var mods []string
	for k := m.a; k < m.b-1; k++ {
		if t := d.toks[k]; t.kind == tWord && t.low != "the" && t.is(titleModsClass) {
			mods = append(mods, t.low)
		}
	}
	if len(mods) == 0 {
		return true
	}
	for _, pt := range d.pendingTitles {
		if pt.m.act != a {
			continue
		}
		words := set(strings.Fields(strings.ToLower(pt.text))...)
		all := true
		for _, w := range mods {
			all = all && words[w]
		}
		if all {
			return true
		}
	}
	return false
}

// sameOffice reports whether person a was named with the office that
// description m names, not another office of the same head noun: "the
// minister" is not "Prime Minister X" nor "Deputy Minister Y", "the
// president" not "Vice President Z", unless the description says
// "prime", "deputy", "vice" as well (rule description:office prefers
// the person whose title is the same office, then the most recent one).
// A person named without a title text agrees.
func (d *doc) sameOffice(m *mention, a *actor) bool {
	said := map[string]bool{}
	for k := m.a; k < m.b; k++ {
		said[d.toks[k].low] = true
	}
	titled := false
	for _, pt := range d.pendingTitles {
		if pt.m.act != a {
			continue
		}
		titled = true
		same := true
		for _, w := range strings.Fields(strings.ToLower(pt.text)) {
			if otherOfficeWords[w] && !said[w] {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return !titled
}

// otherOfficeWords before a title's head make it another office.
var otherOfficeWords = set("prime", "deputy", "vice", "vice-president")

// otherKind reports whether the text calls organisation a by a noun
// of another kind than noun ("the union Fellesforbundet" is no "the
// company").
func otherKind(a *actor, noun string) bool {
	for n := range a.nouns {
		if !genericOrgNoun[n] {
			return true
		}
	}
	return stateBody(a.canon) || nonCompanyHeads[strings.ToLower(lastWord(a.canon))] || nonCompanyHeads[nameHead(a.canon)]
}

// nonCompanyHeads end the names of bodies that "the company", "the
// firm" or "the drugmaker" never describe, as a state body's do not
// (otherKind): a regulator named "… Control Organisation", an institute,
// an association or federation, a foundation, a programme.
var nonCompanyHeads = set("organisation", "organization", "institute", "association", "federation",
	"confederation", "foundation", "programme", "program", "society", "league", "mission", "union",
	"committee", "university", "college", "party", "assembly",
	// campaigns and groupings of bodies: "The X Alliance, which speaks
	// for patient groups, accused both the company and …" is no company.
	"alliance", "coalition", "forum", "movement", "front")

// stateBody reports whether an organisation's name is that of a
// state body, which "the group" does not describe.
func stateBody(name string) bool {
	for _, w := range []string{"Ministry", "Army", "Armed Forces", "Police", "Court", "Government", "Parliament", "Commission", "Council", "Department",
		"Agency", "Authority", "Tribunal", "Bureau", "Administration", "Inspectorate", "Directorate", "Security Service", "Security Centre", "Security Center"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func titleMatch(titles map[string]bool, class string) bool {
	if titles[class] {
		return true
	}
	if class == "leader" {
		return titles["president"] || titles["minister"] || titles["chancellor"] || titles["premier"] || titles["leader"]
	}
	return false
}

// seatAsPlace reports whether the seat of power at tokens [a, b) is
// named as the place it is, not the state it stands for: an office or
// a body "of" it ("Governor of Washington", "Mayor of Moscow", "the
// State of Washington"), or a place noun after it ("Washington state",
// "Beijing municipality").
func (d *doc) seatAsPlace(a, b int, s sentence) bool {
	if a-2 >= s.a && d.toks[a-1].low == "of" {
		if w := d.toks[a-2].low; titleWords[w] || seatOwners[w] {
			return true
		}
	}
	return b < s.b && d.toks[b].kind == tWord && d.toks[b].is(seatPlaceNounsClass) || d.localSeat(b, s)
}

// seatOwners are nouns that govern a place "of" it.
var seatOwners = set("state", "city", "mayor", "governor", "municipality", "county", "province", "region", "people", "residents", "citizens")

// seatPlaceNouns after a seat's name make it the place.
var seatPlaceNouns = set("state", "city", "municipality", "county", "province", "region", "residents", "d.c.", "dc")
var seatPlaceNounsClass = classOf(seatPlaceNouns)

//go:embed lexicon/name_gender.tsv
var nameGenderTSV string

// nameGender maps a given name or a word of address to 'f' or 'm'
// (lexicon/name_gender.tsv).
var nameGender = mustNameGender(nameGenderTSV)

func mustNameGender(src string) map[string]byte {
	g, err := parseNameGender(src)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return g
}

// parseNameGender reads lexicon/name_gender.tsv: a gender (f or m) and
// the words that show it; a word listed under both is refused.
func parseNameGender(src string) (map[string]byte, error) {
	rows, err := tsvRows("lexicon/name_gender.tsv", src, 2, 2)
	if err != nil {
		return nil, fmt.Errorf("%w (gender, words)", err)
	}
	out := map[string]byte{}
	for _, r := range rows {
		f := r.fields
		if f[0] != "f" && f[0] != "m" {
			return nil, r.errorf("gender %q is neither f nor m", f[0])
		}
		for _, w := range strings.Fields(f[1]) {
			if g, ok := out[w]; ok && g != f[0][0] {
				return nil, r.errorf("%q is listed as both f and m", w)
			}
			out[w] = f[0][0]
		}
	}
	return out, nil
}

// gender returns 'f' or 'm' when a person's titles, first name or the
// pronoun of "X said she …" show it and do not disagree, 0 otherwise.
func (a *actor) gender() byte {
	if a.typ != graph.Person {
		return 0
	}
	var g byte
	for t := range a.titles {
		if x := nameGender[t]; x != 0 {
			if g != 0 && g != x {
				return 0
			}
			g = x
		}
	}
	first, _, _ := strings.Cut(strings.ToLower(a.canon), " ")
	if x := nameGender[first]; x != 0 && strings.Contains(a.canon, " ") {
		if g != 0 && g != x {
			return 0
		}
		g = x
	}
	if x := a.pronounGender; x != 0 {
		if g != 0 && g != x {
			return 0
		}
		g = x
	}
	return g
}

// pronounGender is the gender a personal pronoun asks for.
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "she": 'f', "her": 'f'}

// genderAgrees reports whether person a may be what pronoun m refers
// to: their genders are not known to differ.
func genderAgrees(m *mention, a *actor) bool {
	want := pronounGender[m.pron]
	got := a.gender()
	return want == 0 || got == 0 || want == got
}

//go:embed lexicon/metonyms.tsv
var metonymsTSV string

// metonym is one line of lexicon/metonyms.tsv: a place that stands for
// an actor.
type metonym struct {
	form, canon string
	typ         graph.ActorType
}

var metonyms = mustMetonyms(metonymsTSV)

func mustMetonyms(src string) []metonym {
	ms, err := parseMetonyms(src)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return ms
}

// parseMetonyms reads the metonym lexicon: form, the actor it stands
// for and its type, tab-separated; '#' starts a comment line.
func parseMetonyms(src string) ([]metonym, error) {
	rows, err := tsvRows("lexicon/metonyms.tsv", src, 3, 3)
	if err != nil {
		return nil, fmt.Errorf("%w (form, stands for, type)", err)
	}
	var out []metonym
	for _, r := range rows {
		f := r.fields
		if f[0] == "" || f[1] == "" {
			return nil, r.errorf("empty form or stands-for field")
		}
		typ := graph.ActorType(f[2])
		if typ != graph.Country && typ != graph.Organization && typ != graph.Group {
			return nil, r.errorf("unknown type %q (want country, organization or group)", f[2])
		}
		out = append(out, metonym{form: f[0], canon: f[1], typ: typ})
	}
	return out, nil
}
