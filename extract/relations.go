package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// vpattern is an interaction trigger: words, "*" for a gap of up to four
// words; obj says whether an actor must follow; nominal patterns take
// their subject from a possessor or "between A and B".
type vpattern struct {
	words   []string
	class   graph.EdgeClass
	event   string // event type the trigger reports, if any
	nominal bool
	// pairwise: with no object, a coordinated subject interacts within
	// itself ("X and Y agreed").
	pairwise bool
}

var lexRaw = []struct {
	class graph.EdgeClass
	event string
	pats  string
}{
	{graph.Consult, "meeting", "met with|met|meet with|meets with|will meet|meet|held * meetings with|held * meeting with|hold * meeting with|joined * talks * with|joined * talks|joined * meeting with|visited|hosted|conferred with|confer * with"},
	{graph.Consult, "call", "spoke with|spoke to|speaks with|spoke by phone with|talked with|talked to|held * call with|had * call with|held * conversation with|had * conversation with|phoned|called|held * communication with|had * communication with"},
	{graph.Consult, "talks", "held * talks with|had * talks with|hold * talks with|holds * talks with|held * discussions with|hold * discussions with|had * discussions with|held * consultations with|negotiated with|briefed|held * talks|held * discussions|hold * talks|hold * discussions|discussed * with|negotiated * with|raised * case with|raised * issue with|raised * matter with|raised * question with|raised * concerns with|raised * concern with|raise * case with|raise * issue with|raise * matter with|raise * concerns with|raise it with|raised it with|raises it with|sat down with|met up with|received|hosted * from|hosted * of|spoke over the phone with|spoke on the phone with|spoke by telephone with|telephoned"},
	{graph.Agree, "", "agreed with|signed * with|reached * deal with|reached * agreement with|struck * deal with|cut * deal with|agreed on by|agreed upon by|agreed between|agreed by|agreed|signed * agreement|signed * pact|signed * deal|signed * accord|signed * treaty|signed * memorandum|signed * contract|reached * agreement|reached * deal|struck * deal|sealed * deal|clinched * deal|agreeing"},
	{graph.Support, "", "praised|thanked|welcomed|backed|supported|endorsed|hailed|lauded|commended|congratulated|applauded|thanking|praising|expressed * gratitude to|expressed support for|voiced support for|defended|sided with|siding with|stood by|stood with|paid tribute to|expressed solidarity with|voiced solidarity with|endorsing|hailing|congratulating"},
	{graph.Request, "", "urged|called on|demanded that|urged that|demanded|demanding|asked|pressed|pressed for|appealed to|requested|pleaded with|urging|calling on|called upon"},
	// The base forms, for the planned twins the parse leaves to these
	// patterns ("will urge X to", "is expected to call on X"). Left
	// out: "demand", "press", "request" (also nouns: "the demand", "the
	// press"), "ask" (also questions: "will ask the minister about
	// it") and "appeal to" (a court: "would appeal to the Court of
	// Appeal").
	{graph.Request, "", "urge|call on|call upon|plead with"},
	{graph.Consult, "talks", "negotiate * with|raise * case with|raise * issue with|raise * matter with|raise * question with|raise * concerns with"},
	{graph.Cooperate, "", "coordinate with|coordinate * with"},
	{graph.Accuse, "", "voiced concern over|expressed concern over|accused|criticized|criticised|blamed|denounced|condemned|slammed|warned against|denouncing|accusing|criticizing|criticising|lambasted|rebuked|blasted|castigated|hit out at|lashed out at|took aim at|blaming|condemning|sued|suing|filed * lawsuit against|filed * suit against|filed * complaint against|spoke out against|speaks out against|speaking out against|spoken out against|railed against|hit back at"},
	{graph.Reject, "", "rejected|refused|dismissed|rebuffed|snubbed|vetoed|turned down|rejecting"},
	{graph.Threaten, "", "threatened|threatening|warned|threatened * retaliate against|threatened * retaliation against|threatening * retaliate against|threatens * retaliate against|vowed * retaliate against|vowed * revenge against|vowed * retaliation against|threatens"},
	{graph.Protest, "protest", "protested against|protested|rallied against|demonstrated against|protesting|protesting against|marched against|held * rallies * outside|held * rallies * against|held * protests * against|held * rally * against|staged * protest * against|went on strike against|go on strike against|goes on strike against|going on strike against|gone on strike against|staged * strike against|held * strike against|rallied outside|rally against|picketed|picketing|picket"},
	{graph.Sanction, "", "sanctioned|suspended|fined|imposed * fine on|imposed * fine against|upheld * fine against|upheld * fine on|levied * fine on|imposed * penalty on|imposed * sanctions on|imposed * sanctions against|imposed * tariffs on|slapped * sanctions on|slapped * tariffs on|expelled|blacklisted|banned|froze * assets of|imposed * restrictions on|imposed * embargo on|imposed * travel ban on|sanctioning|impose * sanctions on|impose * sanctions against|impose * tariffs on|impose * restrictions on|impose * fine on|impose * embargo on"},
	{graph.Assault, "attack", "attacked|struck|fired * at|launched * at|launched * on|launched * against|launched * into|bombed|shelled|invaded|raided|shot down|targeted|hit|opened fire on|ambushed|attacking|shelling|bombing"},
	{graph.Cooperate, "", "cooperated with|colluded with|conspired with|colluding with|worked with|working with|partnered with|teamed up with|joined forces with|allied with|collaborated with|collaborating with|cooperating with|partnering with|teaming up with|coordinated with|coordinating with|coordinates with|coordinated * with|coordinating * with|formed * coalition with|formed * alliance with|formed * partnership with|forming * coalition with|forms * coalition with"},
	{graph.Aid, "", "supplied|funded|aided|provided * to|sent * aid to|delivered * to|donated * to|financed|armed|supplying|pledged * aid to|pledged * assistance to|sent * weapons to|sent * arms to|delivered * weapons to|granted * loan to|lent|loaned|funding|arming"},
	// Headlines and leads in the present tense ("EU imposes sanctions on
	// Iran", "Macron hosts Starmer"). Forms that are also plural nouns
	// (attacks, strikes, calls, sanctions, funds, talks) are left out.
	{graph.Consult, "meeting", "meets|meets with|hosts|visits|holds * talks with|holds * meeting with"},
	{graph.Consult, "call", "phones|speaks with|speaks to|holds * call with"},
	{graph.Agree, "", "agrees with|signs * with|signs * deal|signs * agreement|reaches * deal with|strikes * deal with|seals * deal"},
	{graph.Support, "", "praises|hails|welcomes|backs|lauds|endorses|congratulates"},
	{graph.Request, "", "urges|asks|demands|presses|calls on"},
	{graph.Accuse, "", "accuses|slams|blasts|condemns|criticizes|criticises|blames|denounces|rebukes|sues"},
	{graph.Reject, "", "rejects|dismisses|rebuffs|snubs|vetoes"},
	{graph.Threaten, "", "warns"},
	{graph.Sanction, "", "imposes * sanctions on|imposes * sanctions against|imposes * fine on|suspends|expels|blacklists"},
	{graph.Assault, "attack", "bombs|shells|invades|raids"},
	{graph.Aid, "", "supplies|pledges * aid to|sends * aid to|sends * weapons to"},
}

// nominal triggers: "talks between A and B", "Russia's war on Ukraine".
var nominalRaw = []struct {
	class graph.EdgeClass
	event string
	pats  string
}{
	{graph.Consult, "talks", "talks between|negotiations between|contacts between|discussions between|consultations between|dialogue between|talks with|negotiations with|discussions with|consultations with"},
	{graph.Consult, "meeting", "meeting between|meetings between|meeting with|meetings with"},
	{graph.Consult, "summit", "summit between|summit with"},
	{graph.Consult, "call", "call between|call with|conversation with|phone call with|conversation between"},
	{graph.Assault, "attack", "war on|war against|war in|invasion of|attack on|attacks on|attacks against|strikes on|strikes against|aggression against|offensive against|assault on|assaults on|drone attack on|missile attack on|attack by|attacks by|bombing of|shelling of|raid on|raids on"},
	{graph.Protest, "protest", "protest against|protests against|rally against|rallies against|rallies outside"},
	{graph.Cooperate, "", "coalition partner|cooperation with|partnership with"},
	{graph.Agree, "", "agreement with|deal with|agreement between|deal between|accord between|accord with|treaty with|treaty between"},
	{graph.Sanction, "", "sanctions on|sanctions against|embargo on|measures against|penalties on|penalties against"},
	{graph.Accuse, "", "criticism of|accusations against"},
	{graph.Threaten, "", "threats against|threat against"},
	{graph.Aid, "", "aid to|military aid to|assistance to|arms to|weapons to"},
}

type lexicon struct {
	verbs    []vpattern
	nominals []vpattern
	byFirst  map[string][]int
	nomFirst map[string][]int
	verbWord map[string]bool
}

var lex = buildLexicon()

// The first words of the lexicon's verb and nominal patterns, as word
// classes (lexFirst).
var (
	lexVerbFirst    = keysClass(lex.byFirst)
	lexNominalFirst = keysClass(lex.nomFirst)
)

// lexFirst returns first[t.low], the patterns whose first word is t's,
// asking the map only when c, first's keys as a class, holds t.
func lexFirst(t *token, c wordClass, first map[string][]int) []int {
	if !t.is(c) {
		return nil
	}
	return first[t.low]
}

func buildLexicon() *lexicon {
	l := &lexicon{byFirst: map[string][]int{}, nomFirst: map[string][]int{}, verbWord: map[string]bool{}}
	for _, e := range lexRaw {
		for _, p := range strings.Split(e.pats, "|") {
			w := strings.Fields(p)
			vp := vpattern{words: w, class: e.class, event: e.event, pairwise: e.class.Symmetric()}
			l.byFirst[w[0]] = append(l.byFirst[w[0]], len(l.verbs))
			l.verbs = append(l.verbs, vp)
			if w[0] != "to" && w[0] != "will" {
				l.verbWord[w[0]] = true
			}
		}
	}
	for _, e := range nominalRaw {
		for _, p := range strings.Split(e.pats, "|") {
			w := strings.Fields(p)
			vp := vpattern{words: w, class: e.class, event: e.event, nominal: true, pairwise: e.class.Symmetric()}
			l.nomFirst[w[0]] = append(l.nomFirst[w[0]], len(l.nominals))
			l.nominals = append(l.nominals, vp)
		}
	}
	for w := range speechVerbs {
		l.verbWord[w] = true
	}
	return l
}

func isLexVerb(w string) bool { return lex.verbWord[w] }

// lexVerbWordsClass is lex.verbWord as a word class: t.is(lexVerbWordsClass)
// is isLexVerb(t.low).
var lexVerbWordsClass = classOf(lex.verbWord)

// matchAt matches pattern p at token i; returns the end or -1.
func (d *doc) matchAt(p vpattern, i, b int) int {
	j := i
	for k, w := range p.words {
		if w == "*" {
			// Gap: up to four tokens until the next word matches.
			next := p.words[k+1]
			found := -1
			for g := j; g < b && g <= j+5; g++ {
				t := d.toks[g]
				if t.kind == tPunct && t.text != "-" {
					break
				}
				if t.low == next {
					found = g
					break
				}
			}
			if found < 0 {
				return -1
			}
			j = found
			continue
		}
		for k > 0 && j < b && (d.toks[j].kind == tCloseQ || d.toks[j].kind == tOpenQ) {
			j++ // "had a "good conversation" with"
		}
		// Time words may sit before a closing preposition: "held
		// meetings Friday with".
		for k > 0 && j < b && (w == "with" || w == "to" || w == "on") && (weekdays[d.toks[j].low] != 0 || d.toks[j].low == "sunday" || d.toks[j].low == "separately" || d.toks[j].low == "jointly" || d.toks[j].low == "again") && d.toks[j].low != w {
			j++
		}
		if j >= b || d.toks[j].low != w {
			return -1
		}
		j++
	}
	return j
}

// rel is an interaction between actors read from one sentence.
type rel struct {
	src, dst *actor
	class    graph.EdgeClass
	sent     int
	verb     string
	modal    modal
	// implied is the end the sentence leaves unsaid, carried from an
	// earlier sentence (implied_recipient.go); nil when both are said.
	implied *impliedEnd
	// ours: the source said "we" or "our" in a quotation; a head of
	// government or minister speaking so acts for their country
	// (speakerCountries).
	ours bool
}

// clauseBreak reports whether token k starts a new clause.
func (d *doc) clauseBreak(k int) bool {
	t := d.toks[k]
	switch t.low {
	case ";", ":", "\u2014", "that", "which", "who", "whose", "while", "when", "after", "before", "because", "although", "though", "but", "if", "whether", "where", "since":
		return true
	}
	if t.low == "as" && k+1 < len(d.toks) && !d.toks[k+1].cap {
		return true
	}
	if t.low == "as" && k > 0 && k+2 < len(d.toks) && d.toks[k+1].cap && !d.toks[k-1].is(asNotClauseClass) {
		// "… sign a pact as Orbán hosts …": a clause with its own
		// subject, unless a name follows ("such as Chile", "served as
		// Minister").
		for j := k + 2; j < len(d.toks) && j < k+6; j++ {
			if d.toks[j].cap || d.toks[j].text == "." {
				continue
			}
			return d.toks[j].is(lexVerbWordsClass) || d.toks[j].is(auxiliariesClass)
		}
	}
	if t.is(speechVerbsClass) && t.is(coreSpeechClass) {
		return true
	}
	return false
}

// asNotClause words before "as" make it no conjunction.
var asNotClause = set("such", "well", "known", "same", "served", "serves", "serving", "acting", "act",
	"acts", "named", "appointed", "elected", "sworn", "installed", "replaced", "identified", "described")
var asNotClauseClass = classOf(asNotClause)

// relationsIn finds the interactions of sentence si.
func (d *doc) relationsIn(r *reader, si int, s sentence) {
	d.rolesIn(r, si, s)
	toks := d.toks
	mainSubj := r.subject[si]
	for _, m := range r.mentsBy[si] {
		if m.act != nil && m.act.typ == graph.Organization && m.a > s.a && (toks[m.a-1].low == "his" || toks[m.a-1].low == "her") && !m.quote {
			for _, pm := range r.mentsBy[si] {
				if pm.a == m.a-1 && pm.kind == sPron {
					for _, p := range d.refs(r, pm) {
						d.roles = append(d.roles, roleLink{person: &mention{act: p}, target: m, class: graph.Role, sent: si, verb: d.span(m.a-1, m.b), rule: "role.his-organisation"})
					}
				}
			}
		}
	}
	defer d.standaloneEvents(r, si, s)
	// "the United States' envoy team led by A and B": A and B act for it.
	for i := s.a + 2; i+2 < s.b; i++ {
		if toks[i].low != "led" || toks[i+1].low != "by" || d.inQuote[i] {
			continue
		}
		var owner *mention
		for _, m := range r.mentsBy[si] {
			if m.poss && m.b < i && m.b >= i-4 && m.act != nil && m.act.typ != graph.Person {
				owner = m
			}
		}
		if owner == nil {
			continue
		}
		for _, pm := range d.groupStartingAt(r, si, d.skipDet(i+2, s)) {
			if pm.act != nil && pm.act.typ == graph.Person {
				d.roles = append(d.roles, roleLink{person: pm, target: owner, class: graph.Role, sent: si, verb: d.span(owner.a, i+2), rule: "role.led-by"})
			}
		}
	}
	covered := s.a
	for i := s.a; i < s.b; i++ {
		t := toks[i]
		if t.kind != tWord || d.inQuote[i] || i < covered {
			continue
		}
		// Verb patterns (longest first).
		best, bestEnd := -1, -1
		for _, pi := range lexFirst(&t, lexVerbFirst, lex.byFirst) {
			if e := d.matchAt(lex.verbs[pi], i, s.b); e > bestEnd {
				best, bestEnd = pi, e
			}
		}
		nominal := false
		if best < 0 {
			for _, pi := range lexFirst(&t, lexNominalFirst, lex.nomFirst) {
				if e := d.matchAt(lex.nominals[pi], i, s.b); e > bestEnd {
					best, bestEnd = pi, e
				}
			}
			nominal = best >= 0
		}
		if best < 0 {
			continue
		}
		p := lex.verbs[0]
		if nominal {
			p = lex.nominals[best]
		} else {
			p = lex.verbs[best]
		}
		verb := d.span(i, bestEnd)
		if !nominal {
			covered = bestEnd // "signed an agreement with": one fact, not two
		}
		// Negated, planned, demanded and hypothetical actions are kept
		// with their modality; the default graph shows only facts.
		md := d.modalAt(si, i, nominal)
		speakers, reported := d.reportedBy(si, i)
		if !nominal && strings.HasSuffix(t.low, "ing") && i-1 >= s.a && (toks[i-1].low == "of" || toks[i-1].low == "for") && !d.gerundDoneByObject(r, si, i, s) {
			// "accused Y of attacking Z", "blamed Y for shelling Z": the
			// charge, not a fact.
			d.reject(si, i, "rel.charge", "a charge (\"of/for …ing\"), not an action")
			continue
		}
		if !nominal && p.class == graph.Assault && d.pluralNounTrigger(si, s, i) {
			d.reject(si, i, "rel.plural-noun", "a plural noun after its modifier (\"artillery shells\"), not a verb")
			continue
		}
		// "warned that" is speech, not a threat.
		if p.class == graph.Threaten && bestEnd < s.b && (toks[bestEnd].low == "that" || toks[bestEnd].low == "of") {
			d.reject(si, i, "rel.warned-that", "speech (\"warned that\"), not a threat")
			continue
		}
		if p.class == graph.Consult && len(p.words) == 1 && t.low == "called" && d.inNamingRelative(i, s) {
			d.reject(si, i, "rel.what-called", "\"what X called Y\" names Y, it is no call")
			continue
		}
		if p.class == graph.Consult && len(p.words) == 1 && t.low == "called" && d.callNames(r, si, bestEnd, s) {
			d.reject(si, i, "rel.called-naming", "\"called X a …\" names X, it is no call")
			continue
		}
		if p.class == graph.Consult && len(p.words) == 1 && t.low == "called" && bestEnd < s.b && toks[bestEnd].low == "for" {
			d.reject(si, i, "rel.called-for", "\"called for …\" asks for something (read from the parse), it is no call")
			continue
		}
		if p.class == graph.Assault && p.words[0] == "launched" {
			class, ok := d.launchedClass(i, bestEnd)
			if !ok {
				d.reject(si, i, "rel.launched-not-force", "what was launched is no force (an investigation, a campaign, a bid)")
				continue
			}
			if class != p.class {
				// "launched a legal challenge against X": a suit.
				p.class = class
				p.event = ""
				if k := d.againstIn(i, bestEnd); k > 0 {
					// "launched proceedings against X at the court":
					// X is sued, not the court.
					bestEnd = k + 1
					verb = d.span(i, bestEnd)
				}
			}
		}
		var subj, obj []*actor
		passive := !nominal && d.passiveBefore(i, s)
		last := p.words[len(p.words)-1]
		if nominal {
			md.rule = "rel.noun-possessor"
			if d.exitedAgreement(si, i, p.class) {
				d.reject(si, i, "rel.agreement-exit", "an agreement the subject leaves or ends (agreement_exits.go), not one it makes")
				continue
			}
			if last == "between" {
				md.rule = "rel.noun-between"
				g := d.groupStartingAt(r, si, d.skipDet(bestEnd, s))
				if len(g) == 0 {
					g = d.groupStartingAt(r, si, bestEnd) // "talks between the two sides": the description holds its "the"
				}
				as := d.actorsOf(r, g)
				if len(g) == 0 {
					as = d.unionTalksSides(r, si, bestEnd, s) // "between their union and management" (union_talks.go)
				}
				d.pairwise(as, p.class, si, verb, md)
				if len(as) == 2 {
					d.rememberSides(r, i, as[0], as[1])
				}
				d.hostTalks(r, si, i, s, as, md) // "X mediated talks between A and B" (talks_host.go)
				d.addEvent(p.event, as, si, i, md)
				continue
			}
			if last == "by" {
				md.rule = "rel.noun-by-on"
				// "an attack by A on B": the agent, then the target.
				g := d.groupStartingAt(r, si, d.skipDet(bestEnd, s))
				subj = d.actorsOf(r, g)
				if len(g) > 0 {
					if e := g[len(g)-1].b; e+1 < s.b && (toks[e].low == "on" || toks[e].low == "against") {
						obj = d.objectAfter(r, si, e+1, s, 1)
					}
				}
				if len(subj) == 0 || len(obj) == 0 {
					d.reject(si, i, md.rule, "no actor after \"by\" or after \"on\"")
					continue
				}
			} else {
				subj = d.possessor(r, si, i, s)
			}
			if u := d.urgedToNominal(i, s); subj == nil && u >= 0 {
				// "urged Tehran to restore cooperation with X": Tehran's, demanded (name_fields.go)
				subj = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(u+1, s)))
				md.mod, md.objAt = graph.Demanded, u
				if subj == nil {
					d.reject(si, i, md.rule, "the one asked to act is no actor")
					continue
				}
			}
			if subj == nil && p.class == graph.Sanction && d.stanceOnMeasure(i, s) {
				d.reject(si, i, "rel.stance-on-measure", "the clause's subject judges the measure; it did not impose it")
				continue
			}
			if subj == nil && p.class != graph.Assault {
				subj = d.clauseSubject(r, si, i, s)
			}
			if subj == nil && p.words[0] == "coalition" {
				subj = d.clauseSubject(r, si, i, s)
			}
			if last != "by" {
				obj = d.objectAfter(r, si, bestEnd, s, 2)
			}
			if p.words[0] == "coalition" {
				// "X and its coalition partner, Y": the appositive.
				if bestEnd < s.b && toks[bestEnd].text == "," {
					obj = d.objectAfter(r, si, bestEnd+1, s, 2)
				}
			}
		} else if passive && (last == "by" || d.byAfter(bestEnd, s) >= 0) {
			md.rule = "rel.passive-by"
			by := bestEnd
			if last != "by" {
				by = d.byAfter(bestEnd, s) + 1
			}
			subj = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(by, s)))
			if p.words[0] == "agreed" {
				md.rule = "rel.passive-agreed-by"
				d.pairwise(subj, p.class, si, verb, md)
				continue
			}
			obj = d.clauseSubject(r, si, i, s)
			if obj == nil {
				obj = d.possessedRequestSubject(r, si, i, s, p.class) // "X's appeal was dismissed by Y" (nationalities.go)
			}
			if obj == nil && d.coordinatedPassive(i, s) {
				obj = d.mainSubjectBefore(r, si, i, mainSubj) // "X asked …, and was criticised by Y" (nationalities.go)
			}
		} else if last == "between" {
			md.rule = "rel.verb-between"
			as := d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(bestEnd, s)))
			d.pairwise(as, p.class, si, verb, md)
			if len(as) == 2 {
				d.rememberSides(r, i, as[0], as[1])
			}
			continue
		} else if by := d.appositivePassive(i, bestEnd, s); by >= 0 && d.mentionEndingAt(r, si, i-1) != nil {
			// "X, criticised by Y, resigned": Y criticised X.
			md.rule = "rel.appositive-passive"
			subj = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(by+1, s)))
			obj = d.refs(r, d.mentionEndingAt(r, si, i-1))
		} else if by, ok := d.reducedPassive(r, si, i, bestEnd, s, p); ok {
			// "the paintings donated to the museum by the Foundation":
			// the agent after "by", the target after the preposition.
			md.rule = "rel.reduced-passive"
			subj = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(by+1, s)))
			obj = d.objectAfter(r, si, bestEnd, s, 1)
		} else {
			md.rule = "rel.verb-object"
			if md.objAt >= 0 {
				// "urged Kyiv to hold talks": Kyiv would hold them.
				subj = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(md.objAt+1, s)))
			}
			if subj == nil {
				subj = d.speakerBeforeAnd(r, si, i)
			}
			if subj == nil {
				issuers, isDocument := d.issuedDocumentSubject(r, si, i, s) // issuers.go
				if isDocument && len(issuers) == 0 {
					d.reject(si, i, "rel.document-issuer", "the subject is a document whose issuer is not named")
					continue
				}
				if subj = issuers; subj != nil {
					md.rule = "rel.document-issuer"
				}
			}
			if subj == nil {
				subj = d.clauseSubject(r, si, i, s)
				// "X accused Y of … and called on Z": X, from the parse
				// (coordinated_subject.go), not Y.
				if as, ok := d.coordinatedSubject(r, si, i, s, subj); ok {
					if as == nil {
						d.reject(si, i, "rel.coordinated-subject", "the coordinated verbs' subject is a name that is no actor")
						continue
					}
					subj = as
				}
			}
			if subj == nil {
				subj = d.relativeSubject(r, si, i, s)
			}
			if subj == nil && (strings.HasSuffix(t.low, "ing") || d.coordinatedVP(i, s)) {
				subj = d.mainSubjectBefore(r, si, i, mainSubj)
			}
			gap := 1
			if strings.Contains(strings.Join(p.words, " "), "*") {
				gap = 8
			} else if strings.HasSuffix(t.low, "ing") && len(p.words) == 1 && d.modifiesNoun(bestEnd, s) {
				// "attacking style with X": an -ing word before a noun
				// of its own modifies it; no object follows.
				gap = -1
			}
			obj = d.objectAfter(r, si, bestEnd, s, gap)
			if owners, ok := d.namedActOwners(r, si, bestEnd, s); ok {
				// "condemned what he called "piracy" by X": X.
				md.rule = "rel.what-called"
				obj = owners
			}
			if d.eventBefore(bestEnd, s) {
				// "condemned an attack on X": X is the attack's target,
				// not the one condemned.
				obj = nil
			}
		}
		if md.rule == "rel.verb-object" || md.rule == "rel.noun-possessor" || md.rule == "rel.document-issuer" {
			// "warned Germany against arming Moldova": Germany's (gerund_object.go)
			var ok bool
			if subj, md, ok = d.applyGerundAgent(r, si, i, s, subj, md); !ok {
				continue
			}
		}
		if len(subj) == 0 {
			d.reject(si, i, md.rule, "no subject that is an actor")
			continue
		}
		if len(obj) == 0 && !nominal && d.coHosts(si, i, p, subj) {
			continue
		}
		if len(obj) == 0 {
			if p.pairwise && len(subj) >= 2 && !prepositions[last] {
				md.rule = "rel.coordinated-subject"
				d.pairwise(subj, p.class, si, verb, md)
				if len(subj) == 2 {
					d.rememberSides(r, i, subj[0], subj[1])
				}
				d.addEvent(p.event, subj, si, i, md)
			} else if offer := d.answeredOfferFor(r, si, bestEnd, s, p.class, subj); len(offer) > 0 {
				md.rule = "rel.answered-offer" // "Y rejected the offer" X made (talks_host.go)
				for _, x := range subj {
					for _, o := range offer {
						d.rels = append(d.rels, rel{src: x, dst: o, class: p.class, sent: si, verb: verb, modal: md})
					}
				}
			} else {
				d.reject(si, i, md.rule, "no object that is an actor")
			}
			// "agreed at a meeting": the meeting is a consultation too.
			if len(subj) >= 2 && bestEnd+2 < s.b && (toks[bestEnd].low == "at" || toks[bestEnd].low == "during" || toks[bestEnd].low == "in") {
				k := bestEnd + 1
				if toks[k].low == "a" || toks[k].low == "the" {
					k++
				}
				switch toks[k].low {
				case "meeting", "talks", "summit", "consultations", "negotiations":
					md.rule = "rel.agreed-at-meeting"
					d.pairwise(subj, graph.Consult, si, d.span(bestEnd, k+1), md)
					d.addEvent("meeting", subj, si, k, md)
				}
			}
			continue
		}
		if reported && hostile[p.class] && !d.speaksForParty(speakers, subj) && !d.speaksForParty(speakers, obj) {
			// "X said it answered Y's strikes on Z": a third party's
			// claim of force or blame is no fact. The annotations do
			// keep what a party reports of its own side ("Zelensky said
			// … Russia's war on Ukraine") and meetings in reported
			// clauses, so only these are left out.
			d.reject(si, i, md.rule, "a third party's claim of force or blame in reported speech")
			continue
		}
		if len(obj) == 1 && len(subj) == 1 && obj[0] == subj[0] {
			// "X congratulated her": not X; the person before.
			obj = d.otherPerson(si, i, subj[0])
		}
		class := p.class
		if class == graph.Assault && !nominal && allPersons(subj) && allPersons(obj) && (p.words[0] == "attacked" || p.words[0] == "attacking" || p.words[0] == "targeted") {
			// "Weidel attacked Merz in the debate": words, not force.
			class = graph.Accuse
		}
		if class == graph.Assault && !nominal && (p.words[0] == "attacked" || p.words[0] == "attacking") && d.possessedActAfter(r, si, bestEnd, s) {
			class = graph.Accuse // "attacked the council's decision": with words
		}
		for _, a := range subj {
			for _, o := range obj {
				if a != o {
					d.rels = append(d.rels, rel{src: a, dst: o, class: class, sent: si, verb: verb, modal: md})
				}
			}
		}
		if class == graph.Consult && len(obj) >= 2 && hostWords[p.words[0]] && (last == "from" || last == "of") && d.forTalksAfter(bestEnd, s) {
			// "hosted delegations from A and B for talks": the sides
			// the delegations stand for talk with one another too
			// (guests hosted by name, "hosted A and B for talks", may
			// each talk with the host only).
			gmd := md
			gmd.rule = "rel.hosted-for-talks"
			d.pairwise(obj, graph.Consult, si, verb, gmd)
		}
		switch {
		case len(subj) == 1 && len(obj) == 1 && subj[0] != obj[0]:
			d.rememberSides(r, i, subj[0], obj[0])
		case len(obj) == 2 && class != graph.Support && class != graph.Aid:
			// "urged both sides": the two it acted on stay the sides;
			// the two a third party thanked or helped ("thanked Cuba
			// and Norway for their work") are no sides of anything.
			d.rememberSides(r, i, obj[0], obj[1])
		}
		if all := appendUnique(append([]*actor{}, subj...), obj...); len(all) >= 2 && allPersons(all) {
			r.lastGroups = append(r.lastGroups, all)
		}
		r.noteCountryGroup(subj)
		r.noteCountryGroup(obj)
		d.addEvent(p.event, append(append([]*actor{}, subj...), obj...), si, i, md)
	}
}

// hostWords are the forms of "host" a consultation's surface pattern
// opens with.
var hostWords = set("host", "hosts", "hosted", "hosting")

// talkNouns name a consultation that guests come for.
var talkNouns = set("talks", "negotiations", "consultations", "meeting", "meetings", "summit")
var talkNounsClass = classOf(talkNouns)

// forTalksAfter reports whether, after token k of sentence s, a "for"
// opens a phrase naming a consultation within six words ("for talks",
// "for a third round of ceasefire talks"), before the clause ends.
func (d *doc) forTalksAfter(k int, s sentence) bool {
	for i := k; i < s.b; i++ {
		if i > k && d.clauseBreak(i) {
			return false
		}
		if d.toks[i].low != "for" {
			continue
		}
		for j := i + 1; j < s.b && j <= i+6; j++ {
			if d.toks[j].is(talkNounsClass) {
				return true
			}
			if d.toks[j].kind != tWord {
				break
			}
		}
	}
	return false
}

// eventNouns name events on their own: "a press conference", "the
// summit", "drone attacks", "held rallies".
var eventNouns = map[string]string{
	"conference": "press conference", "briefing": "press conference", "summit": "summit",
	"attack": "attack", "attacks": "attack", "strikes": "attack", "airstrike": "attack",
	"airstrikes": "attack", "missiles": "attack", "drones": "attack", "shelling": "attack",
	"rally": "protest", "rallies": "protest", "protest": "protest", "protests": "protest",
	"demonstration": "protest", "demonstrations": "protest", "march": "protest",
	"meeting": "meeting", "meetings": "meeting", "call": "call", "conversation": "call",
	"talks": "talks", "negotiations": "talks", "discussions": "talks", "election": "election",
	"vote": "election", "runoff": "election", "strike": "strike", "walkout": "strike",
	"verdict": "ruling", "judgment": "ruling", "ceasefire": "ceasefire",
}
var eventNounsKeys = keysClass(eventNouns)

// roleOrg returns the organisation or country person p holds a role
// in, or nil.
func (d *doc) roleOrg(p *actor) *actor {
	for _, rl := range d.roles {
		if rl.class == graph.Role && rl.person.act == p && rl.target.act != nil && rl.target.act.typ != graph.Person {
			return rl.target.act
		}
	}
	return nil
}

// speakerBeforeAnd returns the speakers when the verb at i follows
// "and" right after a reported clause of sentence si: "X said the firm
// had offered a raise and urged the union …" is X's act; but the
// clause's subject when the speakers speak for it (spokenForSubject).
func (d *doc) speakerBeforeAnd(r *reader, si, i int) []*actor {
	if i < 1 || d.toks[i-1].low != "and" {
		return nil
	}
	at := d.toks[i-1].s
	for k := len(d.stmts) - 1; k >= 0; k-- {
		st := d.stmts[k]
		if st.sa != si || st.quote {
			continue
		}
		if st.e <= at && at-st.e <= 2 {
			if as := d.spokenForSubject(r, si, st); as != nil {
				return as
			}
			return st.speakers
		}
	}
	return nil
}

// eventBefore reports whether an event noun and a preposition follow
// the verb ending at k ("condemned the deadly attack on", "suspended
// talks with").
func (d *doc) eventBefore(k int, s sentence) bool {
	for j := k; j < s.b && j < k+4; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.is(eventNounsKeys) && eventNouns[t.low] != "" && j+1 < s.b {
			switch d.toks[j+1].low {
			case "on", "against", "of", "in", "at", "by", "with":
				return true
			}
			return false
		}
	}
	return false
}

// standaloneEvents adds the events of sentence si that no interaction
// reported, with the clause subject (or the possessor) as participant.
func (d *doc) standaloneEvents(r *reader, si int, s sentence) {
	if d.sentRegion[si] != rBody {
		return
	}
	for i := s.a; i < s.b; i++ {
		t := d.toks[i]
		typ := ""
		if t.is(eventNounsKeys) {
			typ = eventNouns[t.low]
		}
		if typ == "" || t.cap || d.inQuote[i] {
			continue
		}
		if (typ == "press conference") != (i > s.a && (d.toks[i-1].low == "press" || d.toks[i-1].low == "news")) {
			continue
		}
		if t.low == "strike" && !(i > s.a && (d.toks[i-1].low == "the" || d.toks[i-1].low == "a")) {
			continue
		}
		dup := false
		for _, e := range d.events {
			if e.sent == si && e.typ == typ {
				dup = true
			}
		}
		if dup {
			continue
		}
		parts := d.possessor(r, si, i, s)
		if parts == nil && i+1 < s.b && d.toks[i+1].low == "by" {
			// "a strike by dockworkers"
			parts = d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(i+2, s)))
		}
		if parts == nil && d.agentVerbBefore(i, s) {
			// Only those who hold, join or stage the event take part:
			// "X condemned the attack" does not make X a participant.
			parts = d.clauseSubject(r, si, i, s)
		}
		md := d.modalAt(si, i, true)
		md.rule = "event.noun"
		d.addEvent(typ, parts, si, i, md)
	}
}

// agentEventVerbs make their subject a participant of the event noun
// they govern ("held talks", "staged a protest", "went on strike").
var agentEventVerbs = set("held", "hold", "holds", "holding", "attended", "attend", "attends",
	"attending", "joined", "join", "joins", "joining", "staged", "stage", "stages", "staging",
	"organised", "organized", "organise", "organize", "led", "lead", "leads", "launched",
	"launch", "launches", "launching", "carried", "conducted", "began", "begin", "begun",
	"started", "start", "convened", "convene", "hosted", "host", "hosts", "chaired", "chair",
	"called", "call", "went", "go", "goes", "going", "gave", "give", "gives", "had", "has",
	"have", "opened", "opens", "addressed", "addresses", "resumed", "resume", "continued",
	"took", "take", "takes", "mounted", "waged", "wage", "fired", "walked", "staged",
	"participated", "participate", "marched", "rallied", "boycotted", "ended", "wrapped",
	"concluded", "closed", "at", "during")
var agentEventVerbsClass = classOf(agentEventVerbs)

// agentVerbBefore reports whether the event noun at token i is governed
// by an agent verb within a few words before it ("held a two-hour
// meeting", "went on strike").
func (d *doc) agentVerbBefore(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-5; k-- {
		t := d.toks[k]
		if t.kind != tWord && t.text != "-" {
			return false
		}
		if t.is(agentEventVerbsClass) {
			return true
		}
		if t.is(lexVerbWordsClass) {
			return false
		}
	}
	return false
}

// relativeSubject gives the antecedent of "…, which has pressed" or "…,
// who met": the mention just before the comma.
func (d *doc) relativeSubject(r *reader, si, i int, s sentence) []*actor {
	for k := i - 1; k > s.a && k >= i-6; k-- {
		l := d.toks[k].low
		if l == "which" || l == "who" {
			if d.toks[k-1].text == "," {
				if g := d.groupEndingAt(r, si, k-1); g != nil {
					return d.actorsOf(r, g[len(g)-1:])
				}
			}
			return nil
		}
		if d.toks[k].kind == tPunct {
			return nil
		}
	}
	return nil
}

func allPersons(as []*actor) bool {
	for _, a := range as {
		if a.typ != graph.Person {
			return false
		}
	}
	return true
}

// otherPerson returns the most recent person named before token i (in
// this or earlier sentences) other than not.
func (d *doc) otherPerson(si, i int, not *actor) []*actor {
	var best *actor
	for _, m := range d.ments {
		if m.sent > si || m.sent == si && m.a >= i {
			break
		}
		if m.act != nil && m.act != not && m.act.typ == graph.Person && !m.quote {
			best = m.act
		}
	}
	if best == nil {
		return nil
	}
	return []*actor{best}
}

func isBe(w string) bool {
	switch w {
	case "was", "were", "been", "being", "is", "are", "be":
		return true
	}
	return false
}

// modifiesNoun reports whether the word at k is a bare common noun
// closed by a preposition or punctuation: after an -ing word ("attacking
// style with", "an attacking game,") it is the noun the -ing word
// modifies, unlike "thanking former President X".
func (d *doc) modifiesNoun(k int, s sentence) bool {
	if k+1 >= s.b {
		return false
	}
	w, next := d.toks[k], d.toks[k+1]
	return w.kind == tWord && !w.cap && !w.is(objSkipClass) && (next.kind == tPunct || next.is(prepositionsClass))
}

// passiveBefore reports whether the participle at token i has a form
// of "be" before it, also across "being" or one adverb ("was reportedly
// rejected", "were all donated").
func (d *doc) passiveBefore(i int, s sentence) bool {
	if i-1 >= s.a && isBe(d.toks[i-1].low) {
		return true
	}
	if i-2 < s.a || !isBe(d.toks[i-2].low) {
		return false
	}
	w := d.toks[i-1].low
	return w == "being" || passiveAdverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4
}

// passiveAdverbs may stand between "be" and a participle.
var passiveAdverbs = set("all", "also", "later", "then", "not", "never", "since", "already", "both", "once", "first", "again", "now")

// reducedPassive finds the "by" of a participle used without "be"
// after a noun or a comma ("the paintings donated to the museum by the
// Foundation", "the plan, backed by Germany"): a passive whose target
// is named after the pattern's preposition. It returns the index of
// "by" when such an agent is an actor.
func (d *doc) reducedPassive(r *reader, si, i, end int, s sentence, p vpattern) (int, bool) {
	t := d.toks[i]
	if !strings.HasSuffix(t.low, "ed") && !t.is(irregularParticiplesClass) || i-1 < s.a || !prepositions[p.words[len(p.words)-1]] {
		return -1, false
	}
	if prev := d.toks[i-1].low; auxiliaries[prev] || isBe(prev) {
		return -1, false // "had donated": active
	}
	for j := end; j < s.b && j < end+10; j++ {
		if d.clauseBreak(j) || d.toks[j].kind == tPunct {
			return -1, false
		}
		if d.toks[j].low == "by" {
			if d.participleOwnsBy(j, end) {
				return -1, false
			}
			if g := d.groupStartingAt(r, si, d.skipDet(j+1, s)); len(d.actorsOf(r, g)) > 0 {
				return j, true
			}
			return -1, false
		}
	}
	return -1, false
}

// participleOwnsBy (rule rel.reduced-passive) reports whether the "by"
// at token j, after a trigger ending at token end, belongs to another
// participle right before it: in "called on X and the faction led by
// Y", Y leads the faction and calls on no one.
func (d *doc) participleOwnsBy(j, end int) bool {
	k := j - 1
	if k < end {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && !t.cap && (strings.HasSuffix(t.low, "ed") || t.is(irregularParticiplesClass))
}

// appositivePassive returns the "by" right after a participle that
// opens a phrase after a comma ("X, criticised by Y, …"; the pattern
// ends at end), or -1.
func (d *doc) appositivePassive(i, end int, s sentence) int {
	t := d.toks[i]
	if !strings.HasSuffix(t.low, "ed") && !t.is(irregularParticiplesClass) || i-2 < s.a || d.toks[i-1].text != "," {
		return -1
	}
	if end < s.b && d.toks[end].low == "by" {
		return end
	}
	return -1
}

// mentionEndingAt returns the mention of sentence si whose last token
// is right before token k, or nil.
func (d *doc) mentionEndingAt(r *reader, si, k int) *mention {
	for _, m := range r.mentsBy[si] {
		if m.b == k && !m.mod && !m.quote {
			return m
		}
	}
	return nil
}

// irregularParticiples are past participles not ending in -ed.
var irregularParticiples = set("sent", "lent", "struck", "hit", "met", "held", "given", "shot", "brought")
var irregularParticiplesClass = classOf(irregularParticiples)

func (d *doc) byAfter(k int, s sentence) int {
	for j := k; j < s.b && j < k+4; j++ {
		if d.toks[j].low == "by" {
			return j
		}
		if d.toks[j].kind == tPunct {
			break
		}
	}
	return -1
}

func (d *doc) skipDet(k int, s sentence) int {
	for k < s.b && (d.toks[k].low == "the" || d.toks[k].low == "both" || d.toks[k].low == "a") {
		k++
	}
	return k
}

// coordinatedVP reports whether verb i continues a verb phrase: "…, and
// urged X", "… and rejected others".
func (d *doc) coordinatedVP(i int, s sentence) bool {
	j := i - 1
	for j >= s.a && adverbs[d.toks[j].low] {
		j--
	}
	return j >= s.a && (d.toks[j].low == "and" || d.toks[j].text == ",")
}

// clauseSubject is the first head group of the clause containing token
// i, before i.
func (d *doc) clauseSubject(r *reader, si, i int, s sentence) []*actor {
	if pair := d.pairAfterAnd(r, si, i, s); pair != nil {
		return pair // pairs.go
	}
	if c := d.appositiveRelativeComma(i, s); c > s.a {
		return d.clauseSubject(r, si, c, s) // envoys_expelled.go
	}
	if i-1 > s.a && d.toks[i-1].text == "," {
		// "Oman, which mediated between A and B, urged": the subject is
		// before the relative clause, not A or B.
		for c := i - 2; c > s.a; c-- {
			if d.toks[c].text == "," {
				if w := d.toks[c+1].low; w == "which" || w == "who" {
					return d.clauseSubject(r, si, c, s)
				}
				break
			}
		}
	}
	start := s.a
	for k := i - 1; k > s.a; k-- {
		if d.clauseBreak(k) && !d.inQuote[k] {
			if c := d.closedRelative(k, i); c > s.a && d.coordinatedVP(i, s) {
				return d.clauseSubject(r, si, c, s) // "X, who …, joined Y and accused Z"
			}
			start = k + 1
			break
		}
		if d.toks[k].text == "," && k+1 < s.b && d.toks[k+1].low == "and" {
			start = k + 2
			break
		}
	}
	if start > s.a && start < i && (d.toks[start].low == "it" || d.toks[start].low == "they") && d.toks[start-1].is(speechVerbsClass) {
		// "X said …, and Y said it would …": Y, the speaker of its own
		// clause (rule rel.verb-object), else the sentence's subject
		// when it is named before the verb.
		sp := d.clauseSubject(r, si, start-1, s)
		if len(sp) == 0 {
			sp = d.subjectNamedBefore(r, si, start-1)
		}
		if len(sp) > 0 && sp[0].typ != graph.Person {
			return sp
		}
	}
	if start > s.a+1 && start < i && (d.toks[start].low == "it" || d.toks[start].low == "they") && d.toks[start-1].low == "that" {
		if sp := d.subjectNamedBefore(r, si, start-1); len(sp) > 0 && sp[0].typ != graph.Person {
			return sp
		}
	}
	for _, m := range d.heads(r, si, false) {
		if m.a < start {
			continue
		}
		if m.a >= i {
			break
		}
		if m.a > s.a && d.toks[m.a-1].is(prepositionsClass) && !(d.toks[m.a-1].low == "from" && m.a-2 >= s.a && (!d.toks[m.a-2].cap || m.a-2 == start && commonPeople(d.toks[m.a-2].low))) {
			continue // but "officials from X", "Negotiators from X and Y"
		}
		if m.a-2 >= start && (d.toks[m.a-1].low == "the" || d.toks[m.a-1].low == "a") && d.toks[m.a-2].low != "from" && d.toks[m.a-2].is(prepositionsClass) {
			// "a system backed by the British Red Cross was rejected"; but
			// a conjunction opening the clause is no preposition
			// (openingConjunction): "after the opposition candidate, X,
			// accused Y" is X's.
			continue
		}
		if d.describedAfterPreposition(m.a, start) {
			continue // "the takeover by rival BBVA, saying …"
		}
		if as := d.possessedAppositiveSubject(r, si, m, i); len(as) > 0 {
			return as // "Her union, FUTPRO, thanked Y"
		}
		if d.indefiniteBodyOrigin(m, i) {
			continue // "A Portuguese appeals court refused …": not Portugal (envoys_expelled.go)
		}
		if m.kind == sPron && (m.pron == "its" || m.pron == "their" || m.pron == "them" || m.pron == "him") {
			continue
		}
		if m.kind == sPron && m.b < i && d.toks[m.b].is(familyWordsClass) {
			continue // "her mother had spoken out": the mother, not her
		}
		if m.poss && m.kind != sPron {
			// "Russia's war": a possessor, not the subject.
			continue
		}
		if d.describedNameAfter(r, si, m) != nil {
			continue // "Danish drugmaker X sued …": X (nationalities.go)
		}
		g := d.groupStartingAt(r, si, m.a)
		if as := d.actorsOf(r, g); len(as) > 0 {
			return as
		}
	}
	return nil
}

// subjectNamedBefore returns the main subject of sentence si when one of
// its actors is named before token lim: the "it" of "X said it would
// strike" is X. When the speaker is no actor ("The union said it would
// not call a strike but demanded that the government act") the main
// subject found later in the sentence is someone else, and "it" stays
// unresolved.
func (d *doc) subjectNamedBefore(r *reader, si, lim int) []*actor {
	sp := r.subject[si]
	for _, m := range r.mentsBy[si] {
		if m.a >= lim {
			continue
		}
		for _, a := range sp {
			if m.act == a {
				return sp
			}
		}
	}
	return nil
}

// commonPeople reports whether w is a common noun for people
// ("negotiators", "officials"), not a name.
func commonPeople(w string) bool {
	return groupNouns[w] != "" || descNouns[w] || peopleNoun(w)
}

// possessor returns the owner of the noun at token i: "Russia's war",
// "his meeting", "Russian invasion".
func (d *doc) possessor(r *reader, si, i int, s sentence) []*actor {
	for j := i - 1; j >= s.a && j >= i-5; j-- {
		t := d.toks[j]
		if t.kind == tPoss {
			g := d.groupEndingAt(r, si, j)
			if g == nil {
				for _, m := range r.mentsBy[si] {
					if m.b == j {
						g = []*mention{m}
					}
				}
			}
			return d.actorsOf(r, g)
		}
		if t.kind == tWord && (t.low == "his" || t.low == "her" || t.low == "its") {
			for _, m := range r.mentsBy[si] {
				if m.a == j {
					return d.refs(r, m)
				}
			}
		}
		for _, m := range r.mentsBy[si] {
			if m.a <= j && j < m.b && m.kind == sGaz && !m.quote && m.act != nil && d.isDemonymTok(m.b-1) {
				return []*actor{m.act} // "Russian war"
			}
		}
		if t.kind != tWord || t.cap && !d.isDemonymTok(j) || t.is(prepositionsClass) {
			return nil
		}
	}
	return nil
}

func (d *doc) isDemonymTok(j int) bool {
	f, _, ok := d.gazAt(j, j+1)
	return ok && f.kind == gDemonym
}

// objectAfter returns the head group that starts within gap tokens after
// k, in the same clause.
func (d *doc) objectAfter(r *reader, si, k int, s sentence, gap int) []*actor {
	if as := d.possessedAppositiveObject(r, si, k, s, gap); as != nil {
		return as // "met the WHO's representative, X": X (possessed_object.go)
	}
	hs := d.heads(r, si, false)
	described := -1 // where a nationality describing the next name starts
	for hi, m := range hs {
		if m.a < k {
			continue
		}
		if m.kind == sPron && (m.pron == "his" || m.pron == "her" || m.pron == "their" || m.pron == "its") && hi+1 < len(hs) && hs[hi+1].a <= m.b+3 && hs[hi+1].a >= m.b {
			continue // "met his Vietnamese counterpart X": X is met
		}
		if hi+1 < len(hs) && hs[hi+1].a > m.a && d.nationalityEnd(m.a, m.b) == m.b && d.describedName(k, hs[hi+1]) {
			continue // "fined U.S. software maker X": X is fined, not the United States
		}
		if hi+1 < len(hs) && hs[hi+1].a > m.a && d.nationalityEnd(m.a, m.b) == m.b && d.describedName(m.a, hs[hi+1]) {
			described = m.a // "threatened on Monday to take South Korean drugmaker X to court": X, not the country
			continue
		}
		from, to := k, m.a
		if described >= 0 {
			to = described // the words before the nationality count, as they would for it
		} else if d.describedName(k, m) {
			from = m.a // rel.described-object: "sued German carmaker X"
		}
		n := 0
		for j := from; j < to; j++ {
			if !d.toks[j].is(objSkipClass) {
				n++
			}
		}
		if n > gap {
			return nil
		}
		for j := k; j < m.a; j++ {
			if d.clauseBreak(j) || d.toks[j].text == "," || d.toks[j].text == "." {
				return nil
			}
		}
		if !d.endsInPreposition(k) && d.placeBefore(k, m.a) {
			d.reject(si, m.a, "rel.place-not-object", "a name after a preposition of place is where the action happened, not its partner")
			continue
		}
		if d.possessedPatient(m, s) {
			d.reject(si, m.a, "rel.patient-noun", "the possessor of a noun of what others do to it (\"demanded X's release\") is acted upon by a third party, not the target")
			return nil
		}
		g := d.groupStartingAt(r, si, m.a)
		if m.poss {
			// "the United States' envoy team led by A and B"
			for j := m.b; j < s.b && j < m.b+6; j++ {
				if d.toks[j].low == "led" && j+1 < s.b && d.toks[j+1].low == "by" {
					if lg := d.groupStartingAt(r, si, d.skipDet(j+2, s)); lg != nil {
						return d.actorsOf(r, lg)
					}
				}
			}
		}
		return d.actorsOf(r, g)
	}
	return nil
}

// placeBefore (rule rel.place-not-object) reports whether a preposition
// of place stands between the end k of a trigger and the mention at a:
// the mention is where the action happened ("held talks at the White
// House", "met at the United Nations with X"), not whom it involved.
func (d *doc) placeBefore(k, a int) bool {
	for j := a - 1; j >= k; j-- {
		if w := d.toks[j].low; (placePreps[w] || w == "at") && !towardWords[w] {
			return true
		} else if partnerPreps[w] {
			return false // "held talks at the summit with X"
		}
	}
	return false
}

// endsInPreposition reports whether the trigger ending before token k
// ends in its own preposition ("fired rockets at", "protested
// outside"): what follows is its target, wherever it is ("fired at a
// post in X").
func (d *doc) endsInPreposition(k int) bool {
	if k == 0 {
		return false
	}
	w := d.toks[k-1].low
	return partnerPreps[w] || placePreps[w] || w == "at" || towardWords[w]
}

// towardWords are places an action is aimed at, which may be its target
// ("fired rockets into Israel").
var towardWords = set("into", "towards", "toward")

// partnerPreps introduce whom an action involves.
var partnerPreps = set("with", "to", "on", "against", "from", "of", "by", "for", "between")

// objSkip are words between a verb and its object that do not count
// towards the gap: "met Saturday with", "urged the".
var objSkip = set("the", "a", "an", "both", "with", "on", "also", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "again", "later", "then", "to", "'s", "’s")
var objSkipClass = classOf(objSkip)

// reportedBy returns the speakers of the reported clause (not a
// quotation, which is never read for interactions) of sentence si that
// token i lies in.
func (d *doc) reportedBy(si, i int) ([]*actor, bool) {
	at := d.toks[i].s
	for k := len(d.stmts) - 1; k >= 0; k-- {
		st := d.stmts[k]
		if st.sa > si {
			continue
		}
		if st.sb < si {
			break
		}
		if !st.quote && st.s <= at && at < st.e {
			return st.speakers, true
		}
	}
	return nil, false
}

// hostile classes are claims when a third party reports them.
var hostile = map[graph.EdgeClass]bool{graph.Assault: true, graph.Accuse: true, graph.Threaten: true}

// party reports whether one of the speakers is one of as or holds an
// office for one of them.
func party(speakers, as []*actor) bool {
	for _, sp := range speakers {
		for _, a := range as {
			if sp == a || sp.roleCountries[a.canon] {
				return true
			}
		}
	}
	return false
}

// rememberSides records a and b as the last pair of actors that dealt
// with each other, for "the two sides" and "both sides", with the token
// of the words that made them deal (at).
func (d *doc) rememberSides(r *reader, at int, a, b *actor) {
	// A person facing an organisation stands for the organisation they
	// hold a role in ("Halvorsen's chief executive urged the union").
	if a.typ == graph.Person && b.typ != graph.Person {
		a = d.roleOrg(a)
	} else if b.typ == graph.Person && a.typ != graph.Person {
		b = d.roleOrg(b)
	}
	if a == nil || b == nil || a == b || a.typ == graph.Person && b.typ != graph.Person || b.typ == graph.Person && a.typ != graph.Person {
		return
	}
	// A country's ministry facing another country is its country's
	// side ("the Kyrgyz foreign ministry summoned Tajikistan's
	// ambassador. … urged the two sides" are the two countries).
	if c := d.ministryCountry(a); c != nil && b.typ == graph.Country && c != b {
		a = c
	} else if c := d.ministryCountry(b); c != nil && a.typ == graph.Country && c != a {
		b = c
	}
	r.lastSides = append(r.lastSides, sides{pair: []*actor{a, b}, at: at})
}

// ministryCountry returns the country actor of a national ministry
// named "<Demonym> … Ministry" ("Kyrgyz Foreign Ministry"), nil for
// any other actor or when the article has no such country.
func (d *doc) ministryCountry(a *actor) *actor {
	var buf [8]string
	w := fieldsIn(buf[:0], a.canon)
	if a.typ != graph.Organization || len(w) < 2 || w[len(w)-1] != "Ministry" {
		return nil
	}
	for _, f := range d.x.gaz.forms[formKey(w[0])] {
		if f.kind == gDemonym && f.typ == graph.Country {
			return d.byKey[d.fold(f.canon)]
		}
	}
	return nil
}

func (d *doc) pairwise(as []*actor, class graph.EdgeClass, si int, verb string, md modal) {
	for x := 0; x < len(as); x++ {
		for y := x + 1; y < len(as); y++ {
			d.rels = append(d.rels, rel{src: as[x], dst: as[y], class: class, sent: si, verb: verb, modal: md})
		}
	}
}

// emitRelations adds the actor-actor interaction edges.
func (d *doc) emitRelations(eb *edgeBuilder, ids map[*actor]graph.ID) {
	for _, rl := range d.rels {
		var ok bool
		if rl.src, ok = d.storedEnds(rl); !ok {
			continue
		}
		s, o := ids[rl.src], ids[rl.dst]
		if s == "" || o == "" {
			continue
		}
		eb.add(s, rl.class, o, d.withImplied(d.withResolved(rl.modal.on(d.evidence(rl.sent, rl.verb)), ids, rl.sent, rl.sent, rl.src, rl.dst), ids, rl))
	}
	for _, rl := range d.offices {
		if s, o := ids[rl.person.act], ids[rl.target.act]; s != "" && o != "" {
			ev := d.withResolved(d.evidence(rl.sent, rl.verb), ids, rl.sent, rl.sent, rl.person.act, rl.target.act)
			if rl.target.kind == sDesc && refersTo(rl.target, rl.target.act) && !d.namedIn(rl.target.act, rl.sent, rl.sent) {
				ev.Resolved = append(ev.Resolved, d.resolution(rl.target, rl.target.act, o)) // "Judge X": the court (judge_court.go)
			}
			eb.add(s, graph.Role, o, ev)
		}
	}
}

// storedEnds returns the source rl's edge is stored with: the
// speaker's country for "our"/"we" said by a head of government or a
// minister (rel.ours, speakerCountry); ok is false when source and
// target are then one actor ("our deal with Albania" said by Albania's
// premier) and no edge is made. emitRelations and explainRelations
// share it, so that explain shows the edge the graph holds.
func (d *doc) storedEnds(rl rel) (src *actor, ok bool) {
	src = rl.src
	if rl.ours {
		src = d.speakerCountry(rl.src, d.offices)
	}
	return src, src != rl.dst
}

// governingTitles are the offices whose holder, saying "we" or "our",
// speaks for their country: heads of state and government, ministers
// and secretaries of a government.
var governingTitles = set("president", "premier", "chancellor", "minister", "secretary", "king", "queen",
	"emir", "sultan", "monarch", "ruler")

// speakerCountry: "our deals with Albania", said by a prime minister,
// are their country's deals (rel.ours); p itself when p holds no
// governing office for a country. offices are the national-office
// roles (nationalOfficeRoles), read after the sentences.
func (d *doc) speakerCountry(p *actor, offices []roleLink) *actor {
	if p == nil || p.typ != graph.Person {
		return p
	}
	governs := false
	for t := range p.titles {
		governs = governs || governingTitles[t]
	}
	if !governs {
		return p
	}
	for _, rl := range append(d.roles[:len(d.roles):len(d.roles)], offices...) {
		if rl.class == graph.Role && rl.person.act == p && rl.target.act != nil && rl.target.act.typ == graph.Country {
			return rl.target.act
		}
	}
	return p
}

// possessedActAfter reports whether the object after token k is the
// possessor of an act noun ("the council's decision", "Merz's plan").
func (d *doc) possessedActAfter(r *reader, si, k int, s sentence) bool {
	for _, m := range d.heads(r, si, false) {
		if m.a < k {
			continue
		}
		j := m.b
		if j < s.b && (d.toks[j].low == "'s" || d.toks[j].low == "’s" || d.toks[j].low == "'") {
			j++
		}
		return m.poss && j < s.b && d.toks[j].is(actNounsClass)
	}
	return false
}

// namingWords open the name or description "called X" gives X: "called
// Zelensky a hero", "called the envoy "a liar"", "called Putin his
// friend".
var namingWords = set("a", "an", "the", "his", "her", "its", "their", "our", "my", "\"", "\u201c", "one")
var namingWordsClass = classOf(namingWords)

// callNames reports whether "called" (ending at token k) names its
// object rather than phoning it: the actors after it are followed by a
// noun phrase or a quotation of their own, or the object is an act of
// theirs ("called X's decision dangerous", "called the Finnish measures
// unfair"; one phones no decision).
func (d *doc) callNames(r *reader, si, k int, s sentence) bool {
	g := d.groupStartingAt(r, si, d.skipDet(k, s))
	if len(g) == 0 {
		return false
	}
	e := g[len(g)-1].b
	return e < s.b && d.toks[e].is(namingWordsClass) && !d.timeAfterCallee(e, s) || d.actOfActorAfter(r, si, k, s)
}

// forceNouns are what is launched at, on or against someone in an
// attack: "launched an attack on X", "launched missiles at X".
var forceNouns = set("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air",
	"offensive", "counteroffensive", "counter-offensive", "assault", "raid", "raids", "missile",
	"missiles", "rocket", "rockets", "drone", "drones", "bomb", "bombs", "operation", "operations",
	"invasion", "incursion", "war", "shells", "artillery", "barrage", "fire", "counterattack",
	"counter-attack", "grenades", "torpedo", "torpedoes", "projectiles", "salvo", "bombardment",
	"ambush", "assaults", "offensives", "incursions", "onslaught")

// legalNouns are what is launched against someone in court: "launched a
// legal challenge against X" accuses X.
var legalNouns = set("lawsuit", "suit", "challenge", "complaint", "case", "action", "proceedings",
	"appeal", "petition")

// launchedClass says what "launched … against/on/at/into X" (the pattern
// from token i to end) is: an attack when force was launched, an
// accusation when a legal challenge was (class ACCUSE), and nothing
// (ok false) for anything else ("launched an investigation into X",
// "launched a campaign against X").
// againstIn returns the token of an "against" inside the gap of a
// trigger spanning tokens [i, end) before its last word, or -1.
func (d *doc) againstIn(i, end int) int {
	for k := i + 1; k < end-1; k++ {
		if d.toks[k].low == "against" {
			return k
		}
	}
	return -1
}

func (d *doc) launchedClass(i, end int) (graph.EdgeClass, bool) {
	legal := false
	for k := i + 1; k < end-1; k++ {
		w := d.toks[k].low
		if forceNouns[w] {
			return graph.Assault, true
		}
		legal = legal || legalNouns[w]
	}
	if legal {
		return graph.Accuse, true
	}
	return "", false
}

// mainSubjectBefore returns the sentence's main subject, main, for a
// verb coordinated with the main clause or hanging on it ("…, accusing
// Y"), when a mention of it stands before the verb at i. The first
// actor of a sentence whose subject is no actor can be the verb's own
// object ("The employers rejected the offer and accused the union of
// …": the union accused no one).
func (d *doc) mainSubjectBefore(r *reader, si, i int, main []*actor) []*actor {
	if main == nil {
		return nil
	}
	for _, m := range d.heads(r, si, false) {
		if m.a >= i {
			break
		}
		for _, a := range d.actorsOf(r, d.groupStartingAt(r, si, m.a)) {
			if slices.Contains(main, a) {
				return main
			}
		}
	}
	return nil
}
