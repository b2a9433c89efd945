package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// stmt is a statement read from the text: the exact words [s, e) (byte
// offsets) said by speakers, with the sentences [sa, sb] it came from.
type stmt struct {
	s, e     int
	sa, sb   int // sentence indices
	speakers []*actor
	verb     string
	quote    bool
	rule     string // the rule that read it (docs/EXPLAIN.md)
	gs, ge   int    // an attribution cut out of [s, e) ("A, X said, B"); gs == ge when none
}

// text returns the words of st: [s, e) less its attribution gap, if any.
func (d *doc) stmtText(st stmt) string {
	if st.ge <= st.gs {
		return d.text[st.s:st.e]
	}
	return d.text[st.s:st.gs] + " " + d.text[st.ge:st.e]
}

// coreSpeech verbs take a bare clause ("X said Y"); the other speech
// verbs need "that".
var coreSpeech = set("said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes",
	"stated", "stressed", "stresses", "emphasized", "emphasised", "noted", "notes", "announced",
	"confirmed", "signaled", "signalled", "insisted", "argued", "claimed", "acknowledged",
	"declared", "asserted", "explained", "replied", "remarked", "reiterated", "underlined",
	"underscored", "saying", "adding", "noting", "stressing", "emphasizing", "emphasising",
	"insisting", "arguing", "claiming", "declaring", "stating", "explaining", "posted", "tweeted")
var coreSpeechClass = classOf(coreSpeech)

// auxiliaries show a clause ("noting the plan had been reduced").
var auxiliaries = set("is", "was", "were", "are", "had", "has", "have", "would", "will", "could",
	"can", "should", "may", "might", "must", "did", "does", "do")
var auxiliariesClass = classOf(auxiliaries)

// shortClause reports whether the two words at cs are a clause of
// their own: a noun and a verb in the past ("said demand rose", "said
// talks continued").
func (d *doc) shortClause(cs int) bool {
	n, v := d.toks[cs], d.toks[cs+1]
	if n.kind != tWord || v.kind != tWord || v.cap || adverbs[n.low] || n.is(pronounsClass) && n.low != "he" && n.low != "she" && n.low != "it" && n.low != "they" {
		return false
	}
	return strings.HasSuffix(v.low, "ed") || v.is(shortPastClass)
}

// shortPast are irregular past tenses that end a two-word clause.
var shortPast = set("rose", "fell", "grew", "won", "lost", "left", "went", "came", "held", "broke", "froze", "ran", "stood", "sank", "soared", "slumped", "lied", "agreed", "refused", "resigned")
var shortPastClass = classOf(shortPast)

// finiteVerbNear reports whether an auxiliary follows token i within
// eight words of its sentence.
func (d *doc) finiteVerbNear(i int, s sentence) bool {
	for k := i; k < s.b && k < i+8; k++ {
		if d.toks[k].kind == tWord && d.toks[k].is(auxiliariesClass) {
			return true
		}
	}
	return false
}

// progressive reports whether the -ing verb at token i is a finite
// verb with its auxiliary ("X is warning voters that A", "X has been
// arguing that A"), not a participle of another clause.
func (d *doc) progressive(i int, s sentence) bool {
	k := i - 1
	for k > s.a && (d.toks[k].low == "also" || d.toks[k].low == "now" || d.toks[k].low == "still") {
		k--
	}
	return k > s.a && d.toks[k].is(progressiveAuxClass)
}

// progressiveAux before an -ing verb make it finite.
var progressiveAux = set("is", "are", "was", "were", "been", "'s", "'re")
var progressiveAuxClass = classOf(progressiveAux)

// speechForms are the inflections of lexicon/reporting.tsv's verbs of
// speech ("asked", "tweeting", "quipped").
var speechForms = func() map[string]bool {
	m := map[string]bool{}
	for l, kind := range reportingCues {
		if kind == "speech" {
			for _, f := range inflections(l) {
				m[f] = true
			}
		}
	}
	return m
}()
var speechFormsClass = classOf(speechForms)

// verbBeforeQuote reports whether token i is a verb of speech in the
// active voice that a quotation follows, after a comma or colon at most:
// "Holm asked, "Who will pay?"", "tweeting "A"". Verbs speechVerbs lists
// are read whatever follows them; these only with their quotation.
func (d *doc) verbBeforeQuote(i int, s sentence) bool {
	if !d.toks[i].is(speechFormsClass) || i > s.a && d.toks[i-1].is(passiveAuxClass) {
		return false
	}
	k := i + 1
	if k < s.b && (d.toks[k].text == "," || d.toks[k].text == ":") {
		k++
	}
	return k < s.b && d.toks[k].kind == tOpenQ
}

// presentReport reports whether w is the present tense of a verb of
// speech in lexicon/reporting.tsv that speechVerbs does not list
// ("asserts", "estimates", "charges"): after a name the tagger often
// takes it for a plural noun ("Trump charges that A"), so the surface
// rules read it; without "that" it gives nothing (coreSpeech).
func presentReport(w string) bool {
	if !strings.HasSuffix(w, "s") || speechVerbs[w] {
		return false
	}
	for _, l := range []string{w[:len(w)-1], strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if reportingCues[l] == "speech" {
			return true
		}
	}
	return false
}

// sayVerbs are always followed by a clause when they have no "that".
var sayVerbs = set("said", "says", "say", "added", "adds", "saying", "adding", "wrote", "writes")
var sayVerbsClass = classOf(sayVerbs)

// objectStart words begin a noun phrase object, not a clause.
var objectStart = set("a", "an", "the", "its", "their", "his", "her", "our", "plans", "new", "details",
	"responsibility", "credit", "victory", "ownership")
var objectStartClass = classOf(objectStart)

// skippable words between a speaker and its verb, or between the verb
// and its clause.
var adverbs = set("also", "later", "earlier", "publicly", "previously", "repeatedly", "again",
	"recently", "then", "further", "separately", "once", "has", "had", "have", "was", "on",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "last", "this", "week", "month", "night", "morning", "evening", "afternoon",
	"late", "early", "in", "a", "an", "the", "statement", "interview", "briefly", "reportedly",
	"told", "reporters", "journalists", "media", "at", "press", "briefing", "conference",
	"video", "post", "posted", "to", "social", "on", "x", "telegram", "television", "tv",
	"state", "state-run", "news", "agency", "separate", "joint", "written", "speech",
	"address", "remarks", "message", "online", "alone", "clearly", "openly", "firmly",
	"bluntly", "flatly", "directly", "he", "she", "they", "russian", "ukrainian", "american")

// quoteSpan is a pair of quotation marks (token indices of the marks;
// close == -1 when the quote runs to the end of its line).
type quoteSpan struct{ open, close, lineEnd int }

// quotes lists the double-quote spans of the document.
func (d *doc) quotes() []quoteSpan {
	var out []quoteSpan
	for _, r := range d.lineRanges() {
		open, depth := -1, 0
		for i := r[0]; i < r[1]; i++ {
			switch d.toks[i].kind {
			case tOpenQ:
				if open >= 0 && d.nestedQuote(i, r[1]) {
					depth++ // "“… what he calls “hell” than …”"
					continue
				}
				if open >= 0 {
					out = append(out, quoteSpan{open, -1, i})
				}
				open = i
			case tCloseQ:
				if open >= 0 && depth > 0 {
					depth--
				} else if open >= 0 {
					out = append(out, quoteSpan{open, i, r[1]})
					open = -1
				}
			}
		}
		if open >= 0 && open+1 < r[1] {
			out = append(out, quoteSpan{open, -1, r[1]})
		}
	}
	return out
}

// nestedQuote reports whether the opening mark at token i, inside an
// open quotation, opens a quotation nested in it: two closing marks
// follow before the next opening one or the line's end b (the nested
// one's and the outer one's). Otherwise the outer quotation was left
// open and i starts a new one.
func (d *doc) nestedQuote(i, b int) bool {
	closes := 0
	for k := i + 1; k < b && d.toks[k].kind != tOpenQ; k++ {
		if d.toks[k].kind == tCloseQ {
			closes++
		}
	}
	return closes >= 2
}

// quoteText returns the byte span of the words inside q.
func (d *doc) quoteBytes(q quoteSpan) (int, int) {
	s := d.toks[q.open].e
	var e int
	if q.close >= 0 {
		e = d.toks[q.close].s
	} else {
		e = d.toks[q.lineEnd-1].e
	}
	for s < e && (d.text[s] == ' ') {
		s++
	}
	for e > s && d.text[e-1] == ' ' {
		e--
	}
	return s, e
}

func (d *doc) sentOf(tok int) int {
	lo, hi := 0, len(d.sents)-1
	for lo <= hi {
		m := (lo + hi) / 2
		s := d.sents[m]
		switch {
		case tok < s.a:
			hi = m - 1
		case tok >= s.b:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// reader is the sequential state of reading the text.
type reader struct {
	focus      *actor     // what "he" and "she" refer to
	lastGroups [][]*actor // persons named together, most recent last
	// countryGroups are countries named together as speakers or sides,
	// most recent last ("the three governments": countryGroup).
	countryGroups [][]*actor
	lastSides     []sides // pairs of actors that dealt with each other, most recent last
	lastQuote     *actor  // speaker of the last quotation
	lastQLine     int
	protest       *actor
	lastOrg       *actor       // what "its" refers to across sentences
	mentsBy       [][]*mention // per sentence, by position
	used          []bool       // quote spans attributed
	qs            []quoteSpan
	subject       [][]*actor // per sentence: main subject
	persons       personsKept
}

// read resolves references sentence by sentence and finds statements
// and relations.
func (d *doc) read() {
	r := &reader{mentsBy: make([][]*mention, len(d.sents)), subject: make([][]*actor, len(d.sents)), lastQLine: -1}
	for _, m := range d.ments {
		r.mentsBy[m.sent] = append(r.mentsBy[m.sent], m)
	}
	for si := range r.mentsBy {
		ms := r.mentsBy[si]
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && ms[j].a < ms[j-1].a; j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	for _, a := range d.actors {
		if strings.HasPrefix(a.class, "protest:") && a.strong {
			r.protest = a
			break
		}
	}
	r.qs = d.quotes()
	r.used = make([]bool, len(r.qs))
	defer d.openQuotes(r)
	d.parseAhead(r)
	for si, s := range d.sents {
		reg := d.sentRegion[si]
		if reg == rDrop {
			continue
		}
		d.betweenSides(r, si, s)
		for _, m := range r.mentsBy[si] {
			if m.act != nil || m.group != nil {
				continue
			}
			if m.kind == sDesc || m.kind == sPron && (m.pron == "its" || m.pron == "their") {
				if as := d.refs(r, m); len(as) == 1 && m.kind == sPron {
					m.act = as[0]
				}
			}
		}
		if reg == rTitle {
			d.headlineSpeaker(r, si, s)
		}
		if reg == rBody || reg == rAux {
			d.dashFramedQuotes(r, si, s)
			d.lineSpeaker(r, si, s)
			d.statementsIn(r, si, s)
			d.depStatementsIn(r, si, s)
			d.quoteStatementsIn(r, si, s)
		}
		d.updateFocus(r, si)
		d.relationsIn(r, si, s)
		d.depRelationsIn(r, si, s)
		d.hyphenBackers(r, si, s) // hyphen_backers.go
		d.blockedApps(r, si, s)   // hyphen_backers.go
		d.resolveRest(r, si)
		d.writtenAsking(r, si, s) // hyphen_backers.go
		d.rememberGroups(r, si)
		d.refusedRequests(r, si, s) // refused_request.go
		d.signedByParties(r, si, s) // signed_by_parties.go
	}
}

// betweenSides records "between A and B" (mediated, talks, war) in
// sentence si as the last pair of sides before the sentence's own
// descriptions are resolved: "Oman, which has mediated between
// Washington and the rebels, urged both sides".
func (d *doc) betweenSides(r *reader, si int, s sentence) {
	for i := s.a; i+1 < s.b; i++ {
		if d.toks[i].low != "between" || d.inQuote[i] {
			continue
		}
		// The first mention after "between" and the one after "and".
		var g []*mention
		for _, m := range r.mentsBy[si] {
			switch {
			case m.mod || m.quote || m.a <= i:
			case len(g) == 0 && m.a <= i+2:
				g = append(g, m)
			case len(g) == 1 && m.a > g[0].b && m.a <= g[0].b+2 && d.toks[g[0].b].low == "and":
				g = append(g, m)
			}
		}
		if len(g) != 2 {
			continue
		}
		if as := d.actorsOf(r, g); len(as) == 2 {
			d.rememberSides(r, i, as[0], as[1])
		}
	}
}

// heads returns the head mentions of a sentence outside quotes.
func (d *doc) heads(r *reader, si int, inQuotes bool) []*mention {
	var out []*mention
	for _, m := range r.mentsBy[si] {
		if m.mod || m.appo || m.quote != inQuotes {
			continue
		}
		if m.kind == sPron && (m.pron == "its" || m.pron == "their") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// mentionEndingAt returns the head mention whose span ends at token e
// (exclusive), skipping back over coordinated mentions to give the whole
// group.
func (d *doc) groupEndingAt(r *reader, si, e int) []*mention {
	hs := d.heads(r, si, false)
	for k := len(hs) - 1; k >= 0; k-- {
		if hs[k].b == e {
			g := []*mention{hs[k]}
			conj := false
			for k > 0 && (d.coordGap(hs[k-1].b, hs[k].a) || hs[k-1].a == hs[k].a) {
				if g := d.between(hs[k-1].b, hs[k].a); hs[k-1].a != hs[k].a && g != "," && g != ", the" {
					conj = true
				}
				k--
				g = append([]*mention{hs[k]}, g...)
			}
			if !conj {
				// "On Ukraine, X said", "In a letter to X, the Y
				// said": a comma alone joins nothing.
				for len(g) > 1 && g[len(g)-2].a != g[len(g)-1].a {
					g = g[len(g)-1:]
				}
			}
			return g
		}
	}
	return nil
}

func (d *doc) groupStartingAt(r *reader, si, a int) []*mention {
	hs := d.heads(r, si, false)
	for k := 0; k < len(hs); k++ {
		if hs[k].a == a {
			g := []*mention{hs[k]}
			conj := false
			for k+1 < len(hs) && (d.coordGap(hs[k].b, hs[k+1].a) || hs[k+1].a == hs[k].a) && !(hs[k+1].poss && d.between(hs[k].b, hs[k+1].a) == ",") && !d.clauseSubjectPronoun(hs[k].b, hs[k+1]) {
				if hs[k+1].a != hs[k].a && d.between(hs[k].b, hs[k+1].a) != "," {
					conj = true
				}
				k++
				g = append(g, hs[k])
				k = d.possessedConjunct(hs, k, g) // possessed_conjunct.go
			}
			if !conj {
				n := 1
				for n < len(g) && g[n].a == g[0].a {
					n++
				}
				g = g[:n]
			}
			return g
		}
	}
	return nil
}

// clauseSubjectPronoun (rule coord.new-clause-pronoun) reports whether
// m, after a comma ending at or after b0, is a subject pronoun ("…
// with the IMF, and she urged …"): it opens a clause of its own and is
// no conjunct of the mention before it.
func (d *doc) clauseSubjectPronoun(b0 int, m *mention) bool {
	if m.kind != sPron || m.a <= b0 || !subjectPronouns[d.toks[m.a].low] {
		return false
	}
	for j := b0; j < m.a; j++ {
		if d.toks[j].text == "," {
			return true
		}
	}
	return false
}

// coordGap reports whether tokens [a, b) join two coordinated mentions.
func (d *doc) coordGap(a, b int) bool {
	if b-a >= 4 && b-a <= 7 && d.toks[a].low == "and" && (d.toks[a+1].low == "its" || d.toks[a+1].low == "their") {
		// "X and its coalition partner, Y"
		last := d.toks[b-1].low
		if last == "the" {
			last = d.toks[b-2].low
		}
		return last == ","
	}
	if c := d.parenTagEnd(a, b); c > a {
		return d.coordGap(c, b) // "Jill Merrow (D-Ore.), Sherwin Braun (D-Ohio) and …"
	}
	if b < a || b-a > 3 {
		return false
	}
	g := d.between(a, b)
	switch g {
	case "and", ",", ", and", "as well as", "or", "and the", ", the", ", and the", "and its", "and their":
		return true
	}
	return false
}

func (d *doc) actorsOf(r *reader, g []*mention) []*actor {
	var out []*actor
	seen := map[*actor]bool{}
	for _, m := range g {
		for _, a := range d.refs(r, m) {
			if a != nil && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// statementsIn finds the statements of sentence si.
func (d *doc) statementsIn(r *reader, si int, s sentence) {
	toks := d.toks
	var found []stmt
	var mainSpeaker []*actor
	for i := s.a; i < s.b; i++ {
		t := toks[i]
		if t.kind != tWord || d.inQuote[i] {
			continue
		}
		verbEnd := i + 1
		isSpeech := t.is(speechVerbsClass) || presentReport(t.low) || (t.low == "reads" || t.low == "read") && i > s.a && toks[i-1].is(speakingDocumentsClass) || d.verbBeforeQuote(i, s)
		if isSpeech && d.addedToList(i, s) {
			continue // "a company Ottawa added to its list": no report
		}
		if t.low == "expressed" || t.low == "voiced" {
			// "expressed the hope that"
			j := i + 1
			for j < s.b && j < i+5 && toks[j].low != "that" {
				j++
			}
			if j < s.b && toks[j].low == "that" {
				isSpeech = true
			}
		}
		if t.is(reportingNounsKeys) && reportingNouns[t.low] != "" {
			if st, ok := d.contentNoun(r, si, s, i); ok {
				found = append(found, st)
				continue
			}
			if !isSpeech {
				continue
			}
			// "Trump claims that A": the verb a noun's plural spells.
		}
		if t.low == "in" && i+3 < s.b && toks[i+2].low == "words" {
			if st, ok := d.inWordsOf(r, si, s, i); ok {
				found = append(found, st)
			}
			continue
		}
		if t.low == "according" && i+1 < s.b && toks[i+1].low == "to" {
			if st, ok := d.accordingTo(r, si, s, i); ok {
				found = append(found, st)
			}
			continue
		}
		if !isSpeech {
			continue
		}
		// Speaker before the verb.
		participle := strings.HasSuffix(t.low, "ing") && !d.progressive(i, s)
		var speakers []*actor
		j := i - 1
		for {
			for j >= s.a && toks[j].kind == tWord && (adverbs[toks[j].low] || floatingQuantifiers[toks[j].low] || strings.HasSuffix(t.low, "ing") && !participle && toks[j].is(progressiveAuxClass)) && !(toks[j].low == "he" || toks[j].low == "she") {
				j--
			}
			p := d.parenOpening(j, s.a)
			if p <= s.a || d.nameThroughParen(r, si, j) {
				break
			}
			j = p - 1 // "Sen. X (R-S.C.) told"
		}
		subjEnd := j + 1
		if j >= s.a && toks[j].text == "," && !participle {
			// "A NATO spokeswoman, Ingrid Solheim, said": the person named.
			if g, start := d.describedThenNamed(r, si, s, j); g != nil {
				speakers, subjEnd = d.groupSpeakers(r, g), start
			}
		}
		if speakers == nil && j >= s.a && toks[j].text == "," && !participle {
			// "The U.N. mission in the country, UNMISS, said": the
			// organisation named, not a place in its description.
			if m, start := d.describedOrgNamed(r, si, s, j); m != nil {
				speakers, subjEnd = d.groupSpeakers(r, []*mention{m}), start
			}
		}
		if speakers == nil && j >= s.a && (toks[j].text == "," || isDash(toks[j])) && !participle {
			// "X, a senator from Y, which Z, said": the head before the
			// appositives, not a name inside them.
			if g, end := d.appositiveHead(r, si, s, j); g != nil {
				speakers, subjEnd = d.groupSpeakers(r, g), end
			}
		}
		if speakers == nil && j >= s.a && toks[j].text == "," && !participle {
			// An appositive between subject and verb: "X, Putin's aide, told".
			k := j - 1
			for k >= s.a && toks[k].text != "," && toks[k].kind != tCloseQ && j-k < 16 {
				k--
			}
			if k >= s.a && toks[k].text == "," {
				if g := d.groupEndingAt(r, si, k); g != nil {
					subjEnd = k
				}
			}
		}
		if speakers == nil && d.groupEndingAt(r, si, subjEnd) == nil {
			subjEnd = d.unitSpeakerEnd(r, si, subjEnd) // "Nestle India said"
		}
		if speakers != nil {
			// read by appositiveHead
		} else if g := d.groupEndingAt(r, si, subjEnd); g != nil && !participle {
			if o := d.orgBeforeModifier(r, si, g[0].a); o != nil {
				g = o
			}
			speakers = d.groupSpeakers(r, g)
		} else if g := d.orgBeforeKindNoun(r, si, subjEnd); g != nil && !participle {
			// "The Atlas union said": the name before the noun of its kind.
			speakers = d.groupSpeakers(r, g)
			subjEnd--
		} else if !participle && j >= s.a && toks[j].text == "," {
			// "Our correspondent, Miguel Santos, says"; not "X's mission,
			// led by Y, said" (prepositionObject)
			if g := d.groupEndingAt(r, si, j); g != nil && !d.prepositionObject(g[0].a, s.a) {
				speakers = d.groupSpeakers(r, g)
				subjEnd = j
			}
		}
		if speakers == nil && !participle {
			if g, start := d.documentSubject(r, si, s, subjEnd); g != nil {
				speakers, subjEnd = d.groupSpeakers(r, g), start
			}
		}
		if speakers == nil && !participle && j >= s.a && (toks[j].low == "and" || toks[j].low == "but") {
			// "X conceded defeat and congratulated Y, but said …"
			speakers = d.sentenceSubject(r, si, j)
			if d.objectNamedFirst(r, si, j, speakers) {
				speakers = nil // "The Zurich bakery accused the office of … and said"
			}
			if len(speakers) == 0 {
				speakers = coordinatedSpeaker(found)
			}
		}
		inverted := false
		if speakers == nil && !participle && !t.is(neverInvertedClass) && !d.pronounBeforeVerb(j, s) && !d.pronounBeforeVerb(i-1, s) {
			// "said a demonstrator", "said Peskov"
			k := i + 1
			if k < s.b && (toks[k].low == "the") {
				k++
			}
			for _, m := range r.mentsBy[si] {
				if (m.a == i+1 || m.a == k) && !m.quote {
					m = d.modifiedName(r, si, m)
					if n := d.ownedOfficeHolder(r, si, m, s); n != nil {
						m = n // "said its chief executive, Mark Jensen"
					}
					g := d.groupStartingAt(r, si, m.a)
					if g == nil {
						g = []*mention{m}
					}
					speakers = d.groupSpeakers(r, g)
					if d.clausePronounAfterVerb(m, s) {
						break // "X, which …, said they were ready": the clause's subject
					}
					verbEnd = g[len(g)-1].b
					inverted = true
					break
				}
			}
		}
		if participle && i-1 >= s.a && (toks[i-1].text == "," || toks[i-1].kind == tCloseQ) {
			if len(found) > 0 {
				speakers = found[len(found)-1].speakers
			} else if mainSpeaker != nil {
				speakers = mainSpeaker
			} else {
				speakers = d.clauseSubject(r, si, i, s)
			}
		}
		if participle && len(speakers) == 0 && i-1 > s.a {
			speakers = d.prepositionalSpeaker(r, si, s, i)
		}
		if participle && len(speakers) == 0 {
			speakers = d.perceivedSpeaker(r, si, s, i)
		}
		if len(speakers) == 0 && !participle && subjEnd > s.a {
			speakers = d.spokespersonPronoun(r, si, subjEnd-1) // "…," she said, after "A Novartis spokeswoman said"
		}
		if len(speakers) == 0 {
			d.reject(si, i, "stmt.speech-verb", "no speaker that is an actor")
			continue
		}
		if mainSpeaker == nil {
			mainSpeaker = speakers
		}
		// Content: a quotation just before the attribution.
		attrStart := i
		if !inverted {
			if g := d.groupEndingAt(r, si, subjEnd); g != nil {
				attrStart = g[0].a
			}
		}
		if attrStart > subjEnd {
			attrStart = subjEnd
		}
		if !inverted {
			attrStart = d.descriptionBeforeName(attrStart, s)
		}
		for attrStart-1 > s.a && (toks[attrStart-1].low == "the" || toks[attrStart-1].low == "a") {
			attrStart--
		}
		if attrStart-1 > s.a && toks[attrStart-1].kind == tPoss {
			// "…, Qatar's Foreign Ministry said"
			for _, m := range r.mentsBy[si] {
				if m.b == attrStart-1 {
					attrStart = m.a
				}
			}
			for attrStart-1 > s.a && toks[attrStart-1].low == "the" {
				attrStart--
			}
		}
		k := attrStart - 1
		for k >= s.a && (toks[k].text == "," || toks[k].text == "\u2014") {
			k--
		}
		if k >= s.a && toks[k].kind == tCloseQ && !participle {
			if qi := r.quoteClosingAt(k); qi >= 0 && !r.used[qi] && !d.titleQuote(r.qs[qi]) {
				r.used[qi] = true
				st := d.clauseBeforeQuote(d.quoteStmt(r.qs[qi], speakers, t.text, "stmt.quote-then-verb"), r.qs[qi], s)
				if as, ae := attrStart, i+1; !participle {
					if inverted {
						as, ae = i, verbEnd
					}
					st = d.quotedAsideBut(st, si, s, as, ae)
				}
				found = append(found, st)
				r.lastQuote = speakers[0]
				r.lastQLine = s.line
				// Maybe also "adding that …" later in the sentence.
				continue
			}
		}
		// Content: a quotation right after the verb ("wrote: "…"").
		k = verbEnd
		for k < s.b && k < verbEnd+8 && toks[k].kind != tOpenQ && (toks[k].text == ":" || toks[k].text == "," || adverbs[toks[k].low] && !toks[k].is(pronounsClass)) {
			k++
		}
		if q := d.quoteAfterAdverbial(verbEnd, s); q >= 0 && (k >= s.b || toks[k].kind != tOpenQ) {
			k = q // "saying during the debate, "…""
		}
		if k < s.b && toks[k].kind == tOpenQ {
			if qi := r.quoteOpeningAt(k); qi >= 0 && !r.used[qi] {
				r.used[qi] = true
				found = append(found, d.quoteStmt(r.qs[qi], speakers, t.text, "stmt.verb-then-quote"))
				r.lastQuote = speakers[0]
				r.lastQLine = s.line
				continue
			}
		}
		if d.x.opts.NoReportedSpeech {
			continue
		}
		// Reported clause after the verb.
		cs := verbEnd
		needThat := !t.is(coreSpeechClass)
		lim := cs + 14
		thatAt := -1
		for k := cs; k < s.b && k < lim; k++ {
			if toks[k].low == "that" && !d.inQuote[k] {
				thatAt = k
				break
			}
			if toks[k].kind == tOpenQ {
				if qi := r.quoteOpeningAt(k); qi >= 0 && d.titleQuote(r.qs[qi]) {
					k = r.qs[qi].close // "told NRK's "Dagsrevyen" that …"
					continue
				}
			}
			if j := d.placeAppositionEnd(verbEnd, k); j > k {
				k = j // "says at a rally in Burnie, Tasmania, that …"
				continue
			}
			if toks[k].text == "," || toks[k].text == ";" || toks[k].kind == tOpenQ {
				break
			}
		}
		if thatAt >= 0 && t.is(sayVerbsClass) && !d.complementizerThat(t.low, verbEnd, thatAt) {
			thatAt = -1 // "said many of the examples that critics cite failed"
		}
		if thatAt >= 0 && d.clauseBegun(verbEnd, thatAt) {
			thatAt = -1 // "believes we must keep the ferries that serve"
		}
		clauseNoThat := needThat && participle && thatAt < 0 && d.participleClauseNoThat(si, i, verbEnd, s) // attribution_clauses.go
		if needThat && !participle && thatAt < 0 && d.bareClauseSubject(verbEnd, s) {
			clauseNoThat = true // "claims she was sent" (speaker_office_holder.go)
		}
		relative := thatAt >= 0 && (d.objectRelativeThat(t.low, verbEnd, thatAt) || d.subjectRelativeThat(si, verbEnd, thatAt, s))
		if relative || thatAt >= 0 && toks[thatAt-1].is(degreeThatClass) {
			thatAt = -1 // "announced the sites that would get", "to the point that"
		}
		addressed := -1
		if t.low == "told" || t.low == "tells" {
			// "told the paper it was clear that …": the clause opens
			// before the "that".
			if addressed = d.clauseAfterAddressee(verbEnd, s); addressed >= 0 && thatAt >= 0 && thatAt < addressed {
				addressed = -1
			}
		}
		if addressed >= 0 {
			cs = addressed
		} else if thatAt >= 0 {
			cs = d.afterOpeningComma(thatAt+1, s)
		} else if needThat && !clauseNoThat || relative {
			cs = -1
		} else {
			for cs < s.b && (adverbs[toks[cs].low] && !(toks[cs].is(pronounsClass) || toks[cs].low == "the" || toks[cs].low == "this" || toks[cs].low == "a" || toks[cs].low == "an")) {
				cs++
			}
			if t.low == "told" || t.low == "tells" {
				cs = -1
			}
			// "announced a definitive agreement": an object, not a clause.
			if cs >= 0 && cs < s.b && !t.is(sayVerbsClass) && toks[cs].is(objectStartClass) && !d.finiteVerbNear(cs, s) && !clauseNoThat {
				cs = -1
			}
		}
		if cs >= 0 && cs < s.b && (toks[cs].kind == tPunct || toks[cs].kind == tCloseQ || embeddedQuestion(t.low, toks[cs].low) || d.adverbialAfterVerb(cs, s) || d.prepositionObjectAfterVerb(verbEnd, cs, s)) {
			cs = -1
		}
		if !t.is(coreSpeechClass) {
			// "Wikinews observed from the long line, …": no report
		} else if cs >= 0 && !inverted && d.asideBeforeAdverbial(attrStart, verbEnd, s) {
			cs = -1 // "A, X added later in the day, B": midClauseAside reads it
		} else if cs >= 0 && thatAt < 0 && addressed < 0 {
			cs = d.clauseAfterAdverbial(cs, verbEnd, s) // "X said at the hearing, A"
		}
		if cs >= 0 && cs < s.b && !inverted {
			ce := d.subordinateEnd(si, i, trimClauseEnd(d, cs, s.b))
			if participle {
				ce = d.participleAsideEnd(si, i, cs, ce)
			}
			if d.designationClause(t.low, cs, ce) {
				continue // "declared X persona non grata": an act, no report
			}
			if d.proformReport(si, cs, ce) {
				continue // "has said the same thing": words said elsewhere
			}
			if ce-cs >= 3 || ce-cs == 2 && d.shortClause(cs) {
				found = append(found, stmt{s: toks[cs].s, e: toks[ce-1].e, sa: si, sb: si, speakers: speakers, verb: t.text, rule: "stmt.reported-clause"})
				continue
			}
		}
		// An aside inside the clause: "A, said X, B", "A, X said, B".
		if !participle && !d.x.opts.NoReportedSpeech {
			as, ae := attrStart, i+1
			if inverted {
				as, ae = i, verbEnd
			}
			if st, ok := d.midClauseAside(si, s, as, ae); ok {
				st.speakers, st.verb = speakers, t.text
				found = append(found, st)
				continue
			}
		}
		// Reported clause before: "CLAUSE, the president said".
		if !participle && !d.infinitiveAfter(i, s) && (i+1 >= s.b || toks[i+1].text == "," || toks[i+1].text == "." || adverbs[toks[i+1].low] && !d.takesObject(t.low, i+1) || inverted || d.toldListenerLast(r, si, i, s)) {
			if attrStart-1 > s.a && toks[attrStart-1].text == "," && toks[s.a].kind != tOpenQ && !d.inQuote[s.a] {
				ce := attrStart - 1
				cs := d.skipDateline(s)
				// Skip a leading adverbial: "On Friday, …" is part of it.
				if ce-cs >= 3 {
					found = append(found, stmt{s: toks[cs].s, e: toks[ce-1].e, sa: si, sb: si, speakers: speakers, verb: t.text, rule: "stmt.clause-then-verb"})
				}
			}
		}
	}
	// Quotations inside a reported clause belong to it.
	for qi, q := range r.qs {
		if r.used[qi] {
			continue
		}
		qs, qe := d.quoteBytes(q)
		for _, st := range found {
			if qs >= st.s && qe <= st.e {
				r.used[qi] = true
			}
		}
	}
	// Quotations nobody was named for in their own words.
	d.otherQuotes(r, si, s, &found)
	for _, st := range found {
		if st.e-st.s > d.x.opts.MaxStatementBytes || st.e <= st.s {
			d.reject(si, -1, st.rule, "empty or longer than Options.MaxStatementBytes")
			continue
		}
		if !st.quote && d.fragment(st) {
			d.reject(si, -1, st.rule, "a fragment of five words or fewer with no clause")
			continue
		}
		d.stmts = append(d.stmts, st)
	}
	found = subjectStatements(found)
	if len(found) > 0 && len(found[0].speakers) == 1 && found[0].speakers[0].typ == graph.Person {
		r.focus = found[0].speakers[0]
	}
	if p := d.reportedSubjectPerson(r, si, s, found); p != nil {
		r.focus = p // "Estrada met X, the ministry said. He …"
	}
	if len(found) > 0 {
		r.subject[si] = found[0].speakers
		if sp := found[0].speakers; len(sp) == 1 && sp[0].typ == graph.Organization {
			r.lastOrg = sp[0]
		}
		reportedSpeaker(r, found[len(found)-1], s.line)
	}
}

// toldListenerLast reports whether the verb of telling at token v is
// followed by whom it told (an actor: "told The Daily Courier", "told
// CNN") and then only words of time and manner up to the end of the
// sentence or a comma ("…, Sen. X (D-Calif.) told the Courier on
// Thursday."): the clause before the speaker is what was told.
func (d *doc) toldListenerLast(r *reader, si, v int, s sentence) bool {
	if !d.toks[v].is(neverInvertedClass) {
		return false
	}
	k := v + 1
	if k < s.b && d.toks[k].low == "the" {
		k++
	}
	end := -1
	for _, m := range r.mentsBy[si] {
		if m.a == k || m.a == v+1 {
			end = m.b
		}
	}
	if end < 0 {
		return false
	}
	for end < s.b && d.toks[end].kind == tWord && adverbs[d.toks[end].low] {
		end++
	}
	return end >= s.b || d.toks[end].text == "." || d.toks[end].text == ","
}

// describedThenNamed reads a subject that describes a person by office
// and then names them in an appositive ending at the comma j before the
// verb: "A NATO spokeswoman, Ingrid Solheim, said", "The head of the
// port authority, Vice Admiral Jan Berg, told". The speaker is the
// person named, not the organisation in the description. It returns the
// person's mention and the token the description starts at, or nil
// when the appositive is no person's name alone (titles allowed before
// it) or the description holds no title word.
func (d *doc) describedThenNamed(r *reader, si int, s sentence, j int) ([]*mention, int) {
	toks := d.toks
	k := j - 1
	for k > s.a && toks[k].text != "," && j-k < 10 {
		k--
	}
	if k <= s.a || toks[k].text != "," {
		return nil, 0
	}
	var named *mention
	for _, m := range r.mentsBy[si] {
		if m.b == j && m.ha > k && !m.quote {
			named = m
		}
	}
	if named == nil {
		return nil, 0
	}
	if as := d.refs(r, named); len(as) != 1 || as[0].typ != graph.Person {
		return nil, 0
	}
	for x := k + 1; x < named.ha; x++ {
		if !toks[x].is(titleWordsClass) && !toks[x].is(titleModsClass) && toks[x].text != "." {
			return nil, 0 // "X, a lawyer for Y, said": no name alone
		}
	}
	start := k
	for start > s.a && toks[start-1].kind != tPunct && toks[start-1].kind != tCloseQ && k-start < 10 {
		start-- // after a quotation: ""…," the head of X, Y, said"
	}
	if start > s.a && toks[start-1].kind == tPunct && toks[start-1].text != "," || start < d.skipDateline(s) {
		return nil, 0
	}
	if l := toks[start].low; l != "a" && l != "an" && l != "the" && !d.possessiveDescription(start, k) {
		return nil, 0
	}
	for x := start + 1; x < k; x++ {
		if toks[x].is(titleWordsClass) || d.possessiveRoleWord(start, k, x) {
			return []*mention{named}, start
		}
	}
	return nil, 0
}

// possessiveOpeners are the possessive determiners a description of
// an office may open with ("his counterpart, X,").
var possessiveOpeners = set("his", "her", "its", "their", "our")

// possessiveDescription reports whether the description of an office
// from token start to the comma at k opens with a possessive: a
// possessive determiner ("His Danish counterpart, X, said") or a name
// with 's, after "the" or not ("Norway's envoy to the UN, X, told",
// "the agency's head, X, said"). The holder named after it speaks
// (possessiveDescribedThenNamed), not the possessor.
func (d *doc) possessiveDescription(start, k int) bool {
	toks := d.toks
	if possessiveOpeners[toks[start].low] {
		return true
	}
	for x := start + 1; x < k && x <= start+4; x++ {
		if toks[x].kind == tPoss {
			return true
		}
		if toks[x].kind != tWord || d.inQuote[x] {
			return false
		}
	}
	return false
}

// documentSubject returns the owner named with a document that ends
// right before token e ("the Home Office letter", "Holm's statement":
// lexicon/documents.tsv) and the token the owner starts at, or nil.
func (d *doc) documentSubject(r *reader, si int, s sentence, e int) ([]*mention, int) {
	if e-2 < s.a || !d.toks[e-1].is(speakingDocumentsClass) {
		return nil, 0
	}
	o := e - 1
	if d.toks[o-1].kind == tPoss {
		o--
	}
	if g := d.groupEndingAt(r, si, o); g != nil && !d.isDemonymTok(o-1) {
		return g, g[0].a // "Ukrainian reports said" name no owner
	}
	return nil, 0
}

// takesObject reports whether the word at k opens an object of
// reporting verb verb rather than an aside of it ("…, the government
// announced the start of a process": no clause before the verb; "…, she
// said in a statement" and "…, she said the day before" are asides).
func (d *doc) takesObject(verb string, k int) bool {
	return !sayVerbs[verb] && d.toks[k].is(objectStartClass)
}

// reportedSpeaker makes the speaker of a reported statement the one a
// following unattributed quotation continues: "Heald told the Post A.
// "B."" gives B to Heald.
func reportedSpeaker(r *reader, st stmt, line int) {
	if st.quote || len(st.speakers) == 0 {
		return
	}
	r.lastQuote = st.speakers[0]
	r.lastQLine = line
}

// openQuotes attributes quotations left open at the end of a paragraph
// ("…paragraph one / "…paragraph two," she said.) to the speaker of the
// quotation that continues them on the next line.
func (d *doc) openQuotes(r *reader) {
	for qi := len(r.qs) - 2; qi >= 0; qi-- {
		q := r.qs[qi]
		if r.used[qi] || q.close >= 0 {
			continue
		}
		next := r.qs[qi+1]
		if !r.used[qi+1] || d.sentOf(next.open) < 0 || d.sentOf(q.open) < 0 {
			continue
		}
		if d.sents[d.sentOf(next.open)].line != d.sents[d.sentOf(q.open)].line+1 && !d.prevLineQuoted(d.sents[d.sentOf(next.open)].line, d.sents[d.sentOf(q.open)].line) {
			continue
		}
		for _, st := range d.stmts {
			ns, _ := d.quoteBytes(next)
			if st.quote && st.s == ns {
				r.used[qi] = true
				d.stmts = append(d.stmts, d.quoteStmt(q, st.speakers, st.verb, "stmt.quote-next-paragraph"))
				break
			}
		}
	}
}

// dashAsideMax is how many tokens a dash aside inside a reported clause
// may hold (dashAsideEnd).
const dashAsideMax = 25

// dashAsideEnd returns the dash closing an aside that the dash at token
// k opens inside a clause ending before ce ("the oldest ferries — those
// built before 1990 — would need new engines"): the same dash again
// within dashAsideMax tokens, with no semicolon between and words of the
// clause after it; -1 when the dash ends the clause instead.
func (d *doc) dashAsideEnd(k, ce int) int {
	for j := k + 2; j < ce-1 && j <= k+dashAsideMax; j++ {
		t := d.toks[j]
		if t.text == ";" || t.kind == tOpenQ || t.kind == tCloseQ {
			return -1
		}
		if t.text == d.toks[k].text && !t.tight {
			if n := d.toks[j+1]; n.kind == tWord || n.kind == tNum {
				return j
			}
			return -1
		}
	}
	return -1
}

// trimClauseEnd cuts a reported clause at a participle, a contrast or a
// second verb of the main subject; a dash aside inside it stays
// (dashAsideEnd).
func trimClauseEnd(d *doc, cs, ce int) int {
	toks := d.toks
	for k := cs + 1; k < ce; k++ {
		t := toks[k]
		if d.inQuote[k] {
			continue
		}
		if t.text == "\u2014" || t.text == "\u2013" && !t.tight {
			if j := d.dashAsideEnd(k, ce); j > 0 {
				k = j // "A — those built before 1990 — B": one clause
				continue
			}
			return k
		}
		if t.text == ";" {
			return k
		}
		if t.kind == tWord && strings.HasSuffix(t.low, "ing") && t.low != "including" && k > cs && toks[k-1].kind == tCloseQ && k-2 >= cs && toks[k-2].text == "," {
			return k
		}
		if t.text == "," && d.reportFollows(k+1, ce) {
			return k // "A, and rights groups warned that B"
		}
		if d.contrastReportFollows(k, ce) {
			return k // "A, while Germany's embassy in Oslo said B"
		}
		if t.text == "," && k+1 < ce {
			n := toks[k+1]
			if n.kind == tWord && (strings.HasSuffix(n.low, "ing") && !d.inQuote[k+1] && n.low != "including" && n.low != "during" || n.low == "but" || n.low == "though" || n.low == "although" || n.low == "according" || n.low == "whereas") {
				return k
			}
			if n.low == "and" && k+2 < ce && toks[k+2].is(lexVerbWordsClass) && !toks[k+2].is(auxiliariesClass) {
				return k
			}
			if d.pronounActFollows(k+1, ce) {
				return k // "A, and she urged Chad to …"
			}
		}
		if t.low == "and" && k+1 < ce && toks[k+1].is(lexVerbWordsClass) && !strings.HasSuffix(toks[k+1].low, "ing") && !toks[k+1].is(auxiliariesClass) {
			// "said A and urged B": the speaker's own act; but "said the
			// ship had left and had ignored …" goes on reporting
			// (stmt.backshifted-conjunct).
			return k
		}
		if d.butReports(k, ce) || d.butDescribes(k, ce) {
			return k // "said A but warned that B", "said A but called B "…""
		}
		if d.otherReportAfterAnd(cs, k, ce) {
			return k // "said A and the Greens accused him of B"
		}
	}
	// Drop the final period (but keep a closing quote).
	for ce > cs && toks[ce-1].kind == tPunct && (toks[ce-1].text == "." || toks[ce-1].text == "," || toks[ce-1].text == "*") {
		ce--
	}
	return ce
}

// quoteAfterAdverbial returns the opening quote mark after a phrase of
// time or place that follows a verb of speech at token v and ends in a
// comma ("saying during the debate last week, "…"", "told reporters
// after the vote, "…""), or -1.
func (d *doc) quoteAfterAdverbial(v int, s sentence) int {
	if v >= s.b || !d.toks[v].is(adverbialPrepsClass) {
		return -1
	}
	for k := v + 1; k+1 < s.b && k <= v+8; k++ {
		t := d.toks[k]
		if t.text == "," && d.toks[k+1].kind == tOpenQ {
			return k + 1
		}
		if t.kind != tWord || d.inQuote[k] {
			return -1
		}
	}
	return -1
}

// adverbialPreps open a phrase of time or place.
var adverbialPreps = set("during", "after", "before", "at", "in", "on", "outside", "inside")
var adverbialPrepsClass = classOf(adverbialPreps)

// perceivedSpeaker returns the speaker named right before the participle
// at token i when what is seen or heard is that speaker speaking: after
// "of" or a verb of showing or hearing ("footage of X saying, "…"", "a
// video shows X asking, "…"", "heard X telling the crowd …"), or nil.
func (d *doc) perceivedSpeaker(r *reader, si int, s sentence, i int) []*actor {
	g := d.groupEndingAt(r, si, i)
	if g == nil || g[0].a-1 < s.a || !d.toks[g[0].a-1].is(perceivingWordsClass) {
		return nil
	}
	return d.groupSpeakers(r, g)
}

// perceivingWords come before a speaker seen or heard speaking.
var perceivingWords = set("of", "show", "shows", "showed", "showing", "shown", "hear", "hears", "heard",
	"hearing", "see", "sees", "saw", "seen", "watch", "watched", "caught", "filmed", "recorded", "captured")
var perceivingWordsClass = classOf(perceivingWords)

// butReports reports whether "but" at token k opens a second report of
// the speaker with no comma before it: a verb of speech right after it
// ("said the deal made sense but warned that regulators could object"):
// the first clause ends before it.
func (d *doc) butReports(k, ce int) bool {
	if k+1 >= ce || d.toks[k].low != "but" || d.inQuote[k+1] {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tWord && n.is(speechVerbsClass) && !strings.HasSuffix(n.low, "ing")
}

// reportFollows reports whether a conjunction at token k opens a clause
// with a reporting or blaming verb of its own within six words ("and
// human rights groups warned that …", "but he said …", "and the party
// accused X of …"): a second statement or judgement, no part of the
// first.
func (d *doc) reportFollows(k, ce int) bool {
	if k >= ce || d.toks[k].low != "and" && d.toks[k].low != "but" && d.toks[k].low != "while" {
		return false
	}
	for j := k + 2; j < ce && j <= k+6; j++ {
		t := d.toks[j]
		if t.kind != tWord || d.inQuote[j] {
			return false
		}
		if (t.is(speechVerbsClass) || t.is(accuseVerbClass) || t.is(blamingVerbsClass)) && !strings.HasSuffix(t.low, "ing") {
			return true
		}
	}
	return false
}

// pronounActFollows (rule stmt.pronoun-act) reports whether a
// conjunction at token k opens a clause whose subject is a pronoun and
// whose verb is an act of speech of the lexicon (a request, an
// accusation, a rejection, praise or a threat): "said A, and she urged
// Chad to …", "said A, but he rejected …". The pronoun's act is the
// speaker's own, told by the writer, no part of what was said.
func (d *doc) pronounActFollows(k, ce int) bool {
	if k+2 >= ce || d.toks[k].low != "and" && d.toks[k].low != "but" || !subjectPronouns[d.toks[k+1].low] {
		return false
	}
	j := k + 2
	if d.toks[j].low == "also" || d.toks[j].low == "then" {
		j++
	}
	if j >= ce || d.inQuote[j] || strings.HasSuffix(d.toks[j].low, "ing") {
		return false
	}
	for _, pi := range lex.byFirst[d.toks[j].low] {
		if speechActClasses[lex.verbs[pi].class] {
			return true
		}
	}
	return false
}

// speechActClasses are the interaction classes done by speaking.
var speechActClasses = map[graph.EdgeClass]bool{graph.Request: true, graph.Accuse: true, graph.Reject: true, graph.Support: true, graph.Threaten: true}

func (r *reader) quoteClosingAt(k int) int {
	for i, q := range r.qs {
		if q.close == k {
			return i
		}
	}
	return -1
}

func (r *reader) quoteOpeningAt(k int) int {
	for i, q := range r.qs {
		if q.open == k {
			return i
		}
	}
	return -1
}

func (d *doc) quoteStmt(q quoteSpan, speakers []*actor, verb, rule string) stmt {
	s, e := d.quoteBytes(q)
	sa := d.sentOf(q.open)
	end := q.close
	if end < 0 {
		end = q.lineEnd - 1
		if c := d.orphanClose(q.lineEnd); c > 0 {
			// "…said, "A. / B C." : the next paragraph ends the quotation.
			end = c
			e = d.toks[c].s
			for e > s && d.text[e-1] == ' ' {
				e--
			}
		}
	}
	sb := d.sentOf(end)
	if sa < 0 {
		sa = sb
	}
	return stmt{s: s, e: e, sa: sa, sb: sb, speakers: speakers, verb: verb, quote: true, rule: rule}
}

// orphanClose returns the closing quotation mark that ends the line
// after token from when that line opens no quotation before it (the
// rest of a quotation left open at the end of a paragraph), else -1.
func (d *doc) orphanClose(from int) int {
	for _, lr := range d.lineRanges() {
		if lr[0] < from {
			continue
		}
		for k := lr[0]; k < lr[1]; k++ {
			switch d.toks[k].kind {
			case tOpenQ:
				return -1
			case tCloseQ:
				if k+1 >= lr[1] || k+2 >= lr[1] && d.toks[k+1].kind == tPunct || d.closesSentence(k) {
					return k
				}
			}
		}
		return -1
	}
	return -1
}

// closesSentence reports whether the closing mark at token k follows
// the end of a sentence or a clause ("…early." After the match, …): the
// quotation ends there even if the line goes on.
func (d *doc) closesSentence(k int) bool {
	if k == 0 {
		return false
	}
	p := d.toks[k-1].text
	return p == "." || p == "," || p == "?" || p == "!"
}

// otherQuotes attributes the quotations of sentence si that no speech
// verb claimed: to the subject of a sentence that praises or describes
// ("called the talks "necessary""), or to the speaker of the previous
// quotation when the quotation stands alone.
func (d *doc) otherQuotes(r *reader, si int, s sentence, found *[]stmt) {
	toks := d.toks
	for qi, q := range r.qs {
		if r.used[qi] || q.open < s.a || q.open >= s.b {
			continue
		}
		// Whole-sentence (or multi-sentence) quotation: a continuation.
		if q.open == s.a {
			// Is it attributed later in its own line? Then leave it to
			// that sentence's speech verb.
			if q.close >= 0 && q.close+1 < len(toks) && (d.attributionAfter(q.close) || d.creditedLater(r, q)) {
				continue
			}
			if sp := d.subjectBefore(r, si); sp != nil && r.lastQLine != s.line {
				r.used[qi] = true
				*found = append(*found, d.quoteStmt(q, sp, "", "stmt.quote-after-subject"))
				r.lastQuote, r.lastQLine = sp[0], s.line
				continue
			}
			if r.lastQuote != nil && (r.lastQLine == s.line || r.lastQLine == s.line-1 || d.prevLineQuoted(s.line, r.lastQLine)) {
				r.used[qi] = true
				*found = append(*found, d.quoteStmt(q, []*actor{r.lastQuote}, "", "stmt.quote-continues"))
				r.lastQLine = s.line
			}
			continue
		}
		// A quoted phrase after a verb of describing or judging, said
		// by the subject of its clause.
		vb := -1
		for k := q.open - 1; k >= s.a && k >= q.open-d.describeReach(q); k-- {
			if toks[k].is(describeVerbsClass) && !d.inQuote[k] {
				vb = k
				break
			}
		}
		asVerb := false
		if vb < 0 || describeLexForms[toks[vb].low] {
			// "mocked the plan as being "…"": the judgement with what
			// it judges, as after any verb before "as".
			if aj := d.asJudgement(si, q); aj >= 0 && (vb < 0 || aj == vb) {
				vb, asVerb = aj, true
			}
		}
		var agent []*actor
		if vb >= 0 {
			agent = d.passiveAgentSpeaker(r, si, vb, q)
		}
		if vb < 0 || toks[vb].is(namingVerbsClass) && vb == q.open-1 && !d.namedBySubject(r, si, vb) && !(agent != nil && d.lowerCasePhrase(q)) || d.titleQuote(q) && !d.lowerCasePhrase(q) {
			// "a print called "Cowboys"": a title, not words anyone said.
			continue
		}
		subj := agent
		if len(subj) == 0 {
			subj = d.adjacentSubject(r, si, vb)
		}
		if len(subj) == 0 && !toks[vb].is(notSharedClass) && d.coordinatedVerb(vb, s) {
			subj = d.sentenceSubject(r, si, vb)
		}
		if len(subj) == 0 {
			subj = d.clauseSubject(r, si, vb, s)
		}
		if len(subj) == 0 || q.open-vb > 14 && (len(subj) != 1 || subj[0].typ != graph.Person) {
			// Far from its verb, a quotation is a named person's only
			// ("A White House envoy described the talks held with … as
			// "…"" names no one).
			continue
		}
		r.used[qi] = true
		// Join "…" and "…".
		last := q
		for qj := qi + 1; qj < len(r.qs); qj++ {
			n := r.qs[qj]
			if last.close < 0 || n.open >= s.b {
				break
			}
			if d.quoteListGap(last.close+1, n.open) {
				r.used[qj] = true
				last = n
				continue
			}
			break
		}
		rule := "stmt.quoted-phrase"
		if agent != nil {
			rule = ruleByAgent
		}
		st := d.quoteStmt(q, subj, "", rule)
		if last.open != q.open {
			_, e := d.quoteBytes(last)
			st.e = e
			if last.close >= 0 {
				st.e = toks[last.close].e
			}
			st.s = toks[q.open].s
		}
		if (toks[vb].is(judgingVerbsClass) || asVerb) && d.objectBefore(vb+1, q.open) && toks[q.open-1].text != ":" {
			// "called the senator a "liar"", "described X as a
			// "disgrace"": the judgement with what it judges.
			st.s = toks[vb+1].s
			if last.close >= 0 {
				st.e = toks[last.close].e
			}
		}
		// "accused X of "…"": the accusation with its object.
		if q.open >= 1 && toks[q.open-1].low == "of" {
			for k := q.open - 2; k > s.a && k > q.open-12; k-- {
				if toks[k].is(accuseVerbClass) {
					ce := d.accusationQuoteEnd(last, trimClauseEnd(d, k+1, s.b))
					st.s, st.e = toks[k+1].s, toks[ce-1].e
					break
				}
			}
		}
		*found = append(*found, st)
		r.lastQuote = subj[0]
		r.lastQLine = s.line
	}
}

// coordinatedVerb reports whether the verb at vb is a second verb
// after "and" or "but" with no subject of its own ("X said A and
// accused Y of "…"", "X said A, and thanked Y for its "…""): it shares
// the sentence's subject, not a name inside the clause
// before it.
func (d *doc) coordinatedVerb(vb int, s sentence) bool {
	j := vb - 1
	for j > s.a && d.toks[j].kind == tWord && adverbs[d.toks[j].low] {
		j--
	}
	return j > s.a && (d.toks[j].low == "and" || d.toks[j].low == "but") && !d.inQuote[j]
}

// notShared are describing verbs whose quotation coordinatedVerb leaves
// alone: directives and promises ("and urged Y to be "…"" is no
// statement: docs/ONTOLOGY.md) and verbs of speech, which the reported
// speech rules read.
var notShared = set("urged", "promised", "pledged", "vowed", "warned", "insisted", "stressed",
	"said", "told", "wrote", "added", "expressed", "voiced")
var notSharedClass = classOf(notShared)

// namedBySubject reports whether the naming verb at vb, right before a
// quotation, has its own subject right before it inside a relative
// clause on a thing: "condemned what Holm called "a reckless gamble"",
// "a step he called "regrettable"", "the fees, which Oslo called
// "unfair"". The subject judged the thing in those words; "a print
// called "Cowboys"" (no subject) names a title, and a subject opening
// the sentence ("Holm called "…"") is left to the other rules.
func (d *doc) namedBySubject(r *reader, si, vb int) bool {
	s := d.sents[si]
	g := d.groupEndingAt(r, si, vb)
	if g == nil || g[0].a <= s.a {
		return false
	}
	before := d.toks[g[0].a-1]
	return before.kind == tWord && !d.inQuote[g[0].a-1] && before.low == strings.ToLower(before.text) && !before.is(prepositionsClass)
}

// asJudgement returns the verb whose object a quotation after "as"
// judges ("portrayed the treasurer as "the only adult in the room"",
// "dismissed the plan as being "a gimmick"", "admires the general as a
// "strong leader""): the subject used those words of the object, as
// with the verbs of describeVerbs. It returns -1 when the quotation
// follows no "as", when "as" follows a word that makes a name or an
// example of it ("such as", "known as"), or when no word the parse
// reads as a main verb stands two to nine words before "as", with an
// object (no preposition) right after it and no comma or quotation
// mark between ("has worked for years as a "fixer"" has none).
func (d *doc) asJudgement(si int, q quoteSpan) int {
	s := d.sents[si]
	k := q.open - 1
	for k > s.a && d.toks[k].is(asFillersClass) {
		k--
	}
	if k <= s.a+1 || d.toks[k].low != "as" || d.inQuote[k] || d.toks[k-1].is(asNamersClass) {
		return -1
	}
	for v := k - 2; v >= s.a && v >= k-9; v-- {
		t := d.toks[v]
		if t.kind != tWord || d.inQuote[v] {
			return -1
		}
		if !d.mainVerbAt(si, v) {
			continue
		}
		if t.is(asNamersClass) || d.toks[v+1].is(prepositionsClass) {
			return -1
		}
		return v
	}
	return -1
}

// asFillers stand between "as" and a quoted judgement ("as a "…"", "as
// being "…"").
var asFillers = set("a", "an", "the", "being", "nothing", "more", "than", "just", "merely", "simply")
var asFillersClass = classOf(asFillers)

// asNamers before "as" make the quotation a name, a title or an example,
// not a judgement ("known as "…"", "such as "…"", "billed as "…"").
var asNamers = set("such", "known", "referred", "named", "listed", "billed", "titled", "styled", "identified", "registered", "served", "serves", "serving", "worked", "works", "working")
var asNamersClass = classOf(asNamers)

// mainVerbAt reports whether the parse of sentence si takes token k for
// a main verb (no auxiliary or copula).
func (d *doc) mainVerbAt(si, k int) bool {
	for _, ds := range d.parsed(si) {
		for _, w := range ds.words {
			if w.Start == d.toks[k].s {
				return w.UPOS == "VERB"
			}
		}
	}
	return false
}

// describeVerbs introduce a quoted word or phrase that the subject used:
// "called the talks "necessary"", "praised a "long" call"; the verbs of
// lexicon/describe_verbs.txt join them in their past and -ing forms
// (describeLexForms).
var describeVerbs = union(describeLexForms, set("called", "calls", "described", "describes", "termed", "dubbed", "labelled",
	"labeled", "praised", "hailed", "lauded", "welcomed", "thanked", "highlighted", "expressed",
	"voiced", "accused", "criticized", "criticised", "denounced", "condemned", "slammed",
	"branded", "promised", "pledged", "vowed", "urged", "warned", "blamed", "rejected",
	"dismissed", "defended", "praising", "calling", "describing", "thanking", "hailing",
	"accusing", "deemed", "characterized", "characterised", "insisted", "stressed", "said",
	"told", "wrote", "added"))
var describeVerbsClass = classOf(describeVerbs)

// namingVerbs give a name when the quotation follows them at once ("a
// print called "Cowboys"").
var namingVerbs = set("called", "named", "dubbed", "titled", "entitled", "labelled", "labeled", "termed")
var namingVerbsClass = classOf(namingVerbs)

// judgingVerbs put a quoted judgement on their object ("called the plan
// "a disgrace"", "condemned the test as "provocative""): the statement
// holds the object too, since the quotation alone names nothing.
var judgingVerbs = set("called", "calls", "calling", "described", "describes", "describing", "termed",
	"dubbed", "labelled", "labeled", "branded", "deemed", "characterized", "characterised",
	"condemned", "denounced", "dismissed", "likened", "compared")
var judgingVerbsClass = classOf(judgingVerbs)

// objectBefore reports whether tokens [a, b) between a judging verb and
// its quotation hold an object, not an article alone ("called the plan
// "x"", not "called a "x" plan").
func (d *doc) objectBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if w := d.toks[k].low; w != "a" && w != "an" && w != "the" {
			return true
		}
	}
	return false
}

// quoteListGap reports whether tokens [a, b) join two quotations of one
// list of judgements: "and", ",", "or", with an article or "who is"
// ("a "nasty guy," an "anchor baby," "unstable" and "sick"").
//
// A bracketed aside ("((it))", "(sic)") in the gap is skipped.
func (d *doc) quoteListGap(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		switch d.toks[k].low {
		case "(":
			depth := 0
			for ; k < b && k < a+8; k++ {
				if d.toks[k].text == "(" {
					depth++
				} else if d.toks[k].text == ")" {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if depth != 0 {
				return false
			}
			continue
		case ",", "and", "or", "a", "an", "who", "is", "as", "was", "the":
			n++
		default:
			return false
		}
	}
	return n <= 3
}

var accuseVerb = set("accused", "accusing", "accuses", "blamed", "criticized", "criticised", "charged")
var accuseVerbClass = classOf(accuseVerb)

// attributionAfter reports whether a closing quote at k is followed by
// ", X said" style attribution.
func (d *doc) attributionAfter(k int) bool {
	toks := d.toks
	end := len(toks)
	if si := d.sentOf(k); si >= 0 {
		end = d.sents[si].b
	}
	for j := k + 1; j < end && j < k+8; j++ {
		if toks[j].kind == tOpenQ || toks[j].text == "." && j > k+1 {
			return false
		}
		if toks[j].is(speechVerbsClass) {
			return true
		}
	}
	return false
}

func (d *doc) prevLineQuoted(line, qline int) bool {
	// The previous kept line is qline.
	prev := -1
	for l := line - 1; l >= 0; l-- {
		if d.pg.lines[l].kind != rDrop {
			prev = l
			break
		}
	}
	return prev == qline
}

// sentenceSubject returns the actors of the first head mention group of
// sentence si that comes before token lim and is not inside a
// prepositional phrase.
func (d *doc) sentenceSubject(r *reader, si, lim int) []*actor {
	s := d.sents[si]
	for _, m := range d.heads(r, si, false) {
		if m.a >= lim {
			break
		}
		if m.a > s.a && d.toks[m.a-1].is(prepositionsClass) {
			continue
		}
		if m.kind == sPron && (m.pron == "his" || m.pron == "her" || m.pron == "its" || m.pron == "their") {
			continue
		}
		if d.ownerBeforeName(m) {
			continue // "Civic Union's Rui Faria won …": the subject is the person
		}
		if d.ownerBeforeBody(r, m) {
			continue // "Taiwan's Defence Ministry thanked …" (spokes_descriptions.go)
		}
		if p := d.describedPersonAfterOwner(r, m); p != nil {
			return []*actor{p} // "The committee's chairwoman, X, rejected …"
		}
		if p := d.titledPersonAfterBody(r, m); p != nil {
			return []*actor{p} // "EU Crisis Management Commissioner X spoke … and said" (spokes_descriptions.go)
		}
		g := d.groupStartingAt(r, si, m.a)
		if a := d.actorsOf(r, g); len(a) > 0 {
			return a
		}
	}
	return nil
}

// ownerBeforeName reports whether mention m is an organisation's or a
// country's possessive right before a person's name ("Demosisto's Nathan
// Law", "Orkla's Anna Berg"): the owner qualifies the subject, the person
// is it.
func (d *doc) ownerBeforeName(m *mention) bool {
	if !m.poss || m.act == nil || m.act.typ == graph.Person || !d.ownsName(m) {
		return false
	}
	k := m.hb
	for k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	for _, o := range d.ments {
		if o.sent == m.sent && o.a == k && o.act != nil && o.act.typ == graph.Person {
			return true
		}
	}
	return false
}

var prepositions = set("in", "on", "at", "to", "for", "with", "by", "from", "of", "about",
	"against", "between", "over", "under", "into", "onto", "toward", "towards", "through",
	"during", "after", "before", "since", "despite", "amid", "among", "via", "like", "than",
	"including", "without", "within", "across", "around", "near", "outside", "inside")
var prepositionsClass = classOf(prepositions)

// updateFocus sets the person "he" and "she" refer to after sentence si;
// a caption's (captionSent) sets none.
func (d *doc) updateFocus(r *reader, si int) {
	if d.sentRegion[si] != rBody || d.captionSent(si) {
		return // a picture's caption ("X by Y. Image: Z.") is no part of the story's thread
	}
	if r.subject[si] != nil {
		return
	}
	subj := d.sentenceSubject(r, si, d.sents[si].b)
	if len(subj) == 1 && subj[0].typ == graph.Person {
		r.focus = subj[0]
	}
	if len(subj) == 1 && subj[0].typ == graph.Organization {
		r.lastOrg = subj[0]
	}
	if subj != nil {
		r.subject[si] = subj
	}
}

// rememberGroups records persons named together for "the two envoys".
func (d *doc) rememberGroups(r *reader, si int) {
	hs := d.heads(r, si, false)
	for k := 0; k < len(hs); k++ {
		g := []*mention{hs[k]}
		for k+1 < len(hs) && d.coordGap(hs[k].b, hs[k+1].a) {
			k++
			g = append(g, hs[k])
		}
		as := d.actorsOf(r, g)
		persons := as[:0:0]
		for _, a := range as {
			if a.typ == graph.Person {
				persons = append(persons, a)
			}
		}
		if len(persons) >= 2 && len(persons) == len(as) {
			r.lastGroups = append(r.lastGroups, persons)
		}
		r.noteCountryGroup(as)
	}
}

// emitStatements adds the statement nodes with STATED and ABOUT edges.
func (d *doc) emitStatements(b *graph.Batch, eb *edgeBuilder, ids map[*actor]graph.ID) {
	seen := map[graph.ID]bool{}
	for _, st := range d.stmts {
		text := d.stmtText(st)
		ev := graph.Evidence{Article: d.art, Start: d.sents[st.sa].s, End: d.sents[st.sb].e, Verb: st.verb, Date: d.date}
		if ev.End < st.e {
			ev.End = st.e
		}
		if ev.Start > st.s {
			ev.Start = st.s
		}
		ev.Sentence = d.text[ev.Start:ev.End]
		for _, sp := range st.speakers {
			sid := ids[sp]
			if sid == "" {
				continue
			}
			id := graph.NodeID(graph.KindStatement, string(d.art), itoa(st.s), itoa(st.e), string(sid))
			if seen[id] {
				continue
			}
			seen[id] = true
			label := sp.canon + ": " + shorten(text, 80)
			b.Nodes = append(b.Nodes, graph.Node{ID: id, Kind: graph.KindStatement, Label: label, Text: text, Article: d.art,
				Attrs: map[string]string{"start": itoa(st.s), "end": itoa(st.e)}})
			eb.add(sid, graph.Stated, id, d.withResolved(ev, ids, st.sa, st.sb, sp))
			// ABOUT: actors named inside the statement.
			for _, m := range d.ments {
				if m.act == nil || ids[m.act] == "" || m.act == sp {
					continue
				}
				if d.toks[m.ha].s >= st.s && d.toks[m.hb-1].e <= st.e {
					eb.add(id, graph.About, ids[m.act], ev)
				}
			}
		}
	}
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
	}
	return s[:cut] + "…"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// headModifiers open a phrase that modifies the head of an appositive
// construction ("Ann Lee for the Food Agency, says").
var headModifiers = set("for", "of", "at", "from", "with")
var headModifiersClass = classOf(headModifiers)

// clauseOpeners may open a clause before its subject ("But X, the
// mayor, said").
var clauseOpeners = set("but", "and", "so", "yet", "still", "meanwhile", "however", "also", "now", "then")
var clauseOpenersClass = classOf(clauseOpeners)

// appositiveHead reads "X, APPOSITIVE, said" where the comma (or dash)
// at j ends the appositives: the subject is the mention group that opens
// the clause (after a quotation it follows, a dateline or a
// conjunction) when a comma, parenthesis or dash follows it ("Gregory
// Meeks (D-N.Y.), chairman of the PAC, said"; "Leonard Burman, director
// of the Center and a professor at the School, said"; "Adam Schiff, 56,
// who has served on the committee, told"). It returns the group and the
// token after it, or nil when the clause opens with no actor or a
// reporting verb stands between.
func (d *doc) appositiveHead(r *reader, si int, s sentence, j int) ([]*mention, int) {
	toks := d.toks
	lo := d.skipDateline(s)
	for k := j - 1; k >= lo; k-- {
		if j-k > 60 {
			return nil, 0
		}
		if toks[k].kind == tCloseQ && !d.inQuote[k] || toks[k].text == ";" || toks[k].text == ":" {
			lo = k + 1
			break
		}
	}
	for lo < j && (toks[lo].text == "," || toks[lo].is(clauseOpenersClass)) {
		lo++
	}
	if lo < j && (toks[lo].low == "the" || toks[lo].low == "a") {
		lo++
	}
	var g []*mention
	for _, m := range d.heads(r, si, false) {
		if m.a == lo || m.a == lo-1 && (toks[m.a].low == "the" || toks[m.a].low == "a") {
			g = d.groupStartingAt(r, si, m.a)
			break
		}
	}
	if g == nil {
		return nil, 0
	}
	end := d.pastOrgKindNoun(r, g, g[len(g)-1].b, j)
	if end >= j || !(toks[end].text == "," || toks[end].text == "(" || isDash(toks[end]) || toks[end].is(headModifiersClass)) {
		return nil, 0
	}
	for k := end; k < j; k++ {
		if !d.inQuote[k] && isReportForm(toks[k].low) && !toks[k-1].is(passiveAuxClass) {
			return nil, 0
		}
	}
	if len(d.groupSpeakers(r, g)) == 0 {
		return nil, 0
	}
	return g, end
}

// addresseeVerbs take the person told before their clause ("told
// reporters that", "assured the court that").
var addresseeVerbs = set("told", "tells", "telling", "tell", "assured", "assures", "reminded", "reminds",
	"informed", "informs", "warned", "warns", "notified", "convinced", "persuaded", "promised", "promises")

// neverInverted verbs of telling are followed by whom they told, never
// by their speaker (""…," one worker told Reuters").
var neverInverted = set("told", "tells", "assured", "assures", "reminded", "reminds", "informed", "informs", "notified")
var neverInvertedClass = classOf(neverInverted)

// complementizerThat reports whether "that" at token at introduces the
// clause of a verb of saying (which takes a bare clause as readily)
// whose words follow from token v: right
// after the verb and its adverbs ("said on Monday that"), after the
// addressee of a verb of telling ("told the court that"), or after a
// prepositional phrase ("said in an interview with the paper that"). After
// a bare noun phrase it opens a relative clause inside the reported one
// ("said many of the examples that critics cite were wrong").
func (d *doc) complementizerThat(verb string, v, at int) bool {
	k := v
	for k < at && adverbs[d.toks[k].low] && !d.toks[k].is(pronounsClass) {
		k++
	}
	if k == at || addresseeVerbs[verb] {
		return true
	}
	return d.toks[v].is(prepositionsClass)
}

// subjectParticiplePreps before a reporting participle make the
// clause's subject its speaker ("began by saying", "apologised after
// saying", "said B despite admitting that A").
var subjectParticiplePreps = set("by", "after", "while", "when", "before", "despite")

// blamingVerbs judge someone for what they said ("criticised X for
// saying C").
var blamingVerbs = set("criticized", "criticised", "criticizes", "criticises", "praised", "praises",
	"attacked", "attacks", "blasted", "blasts", "slammed", "slams", "mocked", "mocks", "thanked",
	"thanks", "faulted", "condemned", "condemns", "rebuked", "chided", "scolded", "ridiculed",
	"lambasted", "commended", "applauded", "denounced", "denounces")
var blamingVerbsClass = classOf(blamingVerbs)

// prepositionalSpeaker returns the speaker of a reporting participle
// at token i after a preposition: the subject of the clause after "by",
// "after", "while" ("X responded by saying C"), the person right before
// "for" as the object of a verb of judging ("criticised X for saying
// C": X said it, not the critic; not "drew criticism from X for
// saying"), or nil.
func (d *doc) prepositionalSpeaker(r *reader, si int, s sentence, i int) []*actor {
	p := d.toks[i-1].low
	switch {
	case subjectParticiplePreps[p]:
		return d.clauseSubject(r, si, i-1, s)
	case p == "for":
		// "drew criticism from X for saying": X is the critic.
		g := d.groupEndingAt(r, si, i-1)
		if g == nil {
			return nil
		}
		k := g[0].a - 1
		if k > s.a && d.toks[k].low == "the" {
			k--
		}
		if k >= s.a && d.toks[k].is(blamingVerbsClass) {
			return d.groupSpeakers(r, g)
		}
	}
	return nil
}

// asideBreaks open a part after a mid-clause attribution that is no
// rest of the clause before it ("A, X said, adding that B").
var asideBreaks = set("and", "but", "or", "who", "which", "according", "because", "as", "while", "although", "though")
var asideBreaksClass = classOf(asideBreaks)

// midClauseAside reads an attribution in tokens [as, ae) set off by
// commas inside the clause it reports ("Recipients, said Lie, must show
// the prints", "The ferry, Lie said, will stop in May"): the words
// before and after it are one statement with the attribution cut out.
// The part after must not open a clause of its own ("…, X said, adding
// that …", "…, X said, and …").
func (d *doc) midClauseAside(si int, s sentence, as, ae int) (stmt, bool) {
	toks := d.toks
	cs := d.skipDateline(s)
	k := ae
	for k < s.b && k < ae+4 && toks[k].kind == tWord && adverbs[toks[k].low] && !toks[k].is(subjectPronounsClass) {
		k++ // "…, X said on Monday, …"
	}
	if k < s.b && toks[k].text != "," && d.coreSpeechIn(as, ae) {
		if e := d.asideAdverbialEnd(ae, s); e >= 0 {
			k = e // "…, X explained earlier at the hearing, …"
		}
	}
	if as-1 <= cs || toks[as-1].text != "," || k+1 >= s.b || toks[k].text != "," || toks[cs].kind == tOpenQ || d.inQuote[cs] {
		return stmt{}, false
	}
	b := toks[k+1]
	if b.kind != tWord || strings.HasSuffix(b.low, "ing") || d.reportsItself(cs, as-1) {
		return stmt{}, false
	}
	from, gs, rule := k+1, toks[as-1].s, "stmt.mid-clause-aside"
	if b.is(asideBreaksClass) {
		if !d.butOtherSubject(k+1, as, ae, s) {
			return stmt{}, false
		}
		// rule stmt.aside-but: "A, she said, but it expected B" is
		// one statement, "A, but it expected B".
		from, gs, rule = k+2, toks[as-1].e, "stmt.aside-but"
	}
	ce := trimClauseEnd(d, from, s.b)
	if ce-from < 2 {
		return stmt{}, false
	}
	return stmt{s: toks[cs].s, e: toks[ce-1].e, gs: gs, ge: toks[k+1].s, sa: si, sb: si, rule: rule}, true
}

// butOtherSubject reports whether the "but" at token k, after an
// attribution in tokens [as, ae) set off by commas, opens a clause with
// a subject of its own that is not the attribution's ("…, she said, but
// it expected …", "…, he said, but the talks would go on"): the
// speaker's words go on. "…, he said, but gave no details" (the
// speaker's own act), "…, he said, but he …" (the speaker again) and
// "…, he said, but he said …" are no part of them.
func (d *doc) butOtherSubject(k, as, ae int, s sentence) bool {
	toks := d.toks
	if toks[k].low != "but" || k+2 >= s.b || d.reportFollows(k, s.b) || d.pronounActFollows(k, s.b) {
		return false
	}
	n := toks[k+1]
	switch {
	case n.is(subjectPronounsClass) && n.low != "there" && n.low != "you":
		for j := as; j < ae; j++ {
			if toks[j].low == n.low {
				return false // "…, he said, but he …"
			}
		}
		return true
	case n.kind == tWord && !n.is(auxiliariesClass) && !n.is(lexVerbWordsClass) && !strings.HasSuffix(n.low, "ed"):
		// a noun phrase ("the talks", "spending on defence"), then an
		// auxiliary within four words
		for j := k + 2; j < s.b && j <= k+5; j++ {
			if toks[j].text == "," || d.inQuote[j] {
				return false
			}
			if toks[j].is(auxiliariesClass) {
				return true
			}
		}
	}
	return false
}

// objectRelativeThat reports whether the "that" at token at, after
// reporting verb verb whose words follow from token v, opens a relative
// clause on the verb's object rather than the reported clause: the
// object starts with a determiner right after the verb and no
// preposition stands between ("announced the sites that would receive
// the ships"). Verbs of saying and telling are read by
// complementizerThat ("told the court that").
func (d *doc) objectRelativeThat(verb string, v, at int) bool {
	if sayVerbs[verb] || addresseeVerbs[verb] || v >= at || !d.toks[v].is(determinersClass) || reportingNouns[d.toks[at-1].low] != "" {
		return false
	}
	for k := v + 1; k < at; k++ {
		if d.toks[k].is(prepositionsClass) || d.toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// degreeThat before "that" make it a clause of degree or purpose ("to
// the point that", "so that"), not a reported clause.
var degreeThat = set("point", "extent", "degree", "so", "such", "now", "given")
var degreeThatClass = classOf(degreeThat)

// infinitiveAfter reports whether reporting verb i is followed by "to"
// and a verb ("continued to refuse", "promised to return"): the verb
// then heads no aside, so nothing before it is what was said. "said to
// reporters" and "told to the paper" are followed by a noun.
func (d *doc) infinitiveAfter(i int, s sentence) bool {
	if i+2 >= s.b || d.toks[i+1].low != "to" {
		return false
	}
	n := d.toks[i+2]
	return n.kind == tWord && !n.cap && !adverbs[n.low] && !n.is(determinersClass) && !n.is(pronounsClass)
}

// clauseBegun reports whether a clause opens with a subject pronoun in
// tokens [a, b) after a reporting verb: a "that" at b is then a relative
// word inside it ("believes we must keep the ferries that serve the
// islands"), not the complementiser.
func (d *doc) clauseBegun(a, b int) bool {
	for k := a; k < b-1; k++ {
		if l := d.toks[k].low; l != "it" && l != "you" && l != "there" && subjectPronouns[l] {
			return true
		}
	}
	return false
}

// subjectPronouns open a clause ("told reporters it was clear").
var subjectPronouns = set("it", "he", "she", "they", "we", "i", "there", "you")
var subjectPronounsClass = classOf(subjectPronouns)

// clauseAfterAddressee returns where the clause of "told ADDRESSEE
// CLAUSE" starts when it has no "that" and opens with a subject pronoun
// and a verb ("told the paper's video series it is clear that …",
// "told reporters he would stay"), else -1.
func (d *doc) clauseAfterAddressee(v int, s sentence) int {
	for k := v + 1; k+1 < s.b && k <= v+10; k++ {
		t := d.toks[k]
		if t.kind == tPunct || t.kind == tOpenQ || t.kind == tCloseQ || d.inQuote[k] {
			return -1
		}
		n := d.toks[k+1]
		if t.is(subjectPronounsClass) && n.kind == tWord && (n.is(auxiliariesClass) || strings.HasSuffix(n.low, "ed") || n.is(shortPastClass)) {
			return k
		}
	}
	return -1
}

// adjacentSubject returns the speaker written right before verb v
// (adverbs between allowed), with an appositive before the verb skipped
// ("with Boswell stating:", "CEO of the council Ann Lee told the paper
// …"), or nil. The nearest subject wins over the clause's first mention,
// which may be a list of people the verb does not concern.
func (d *doc) adjacentSubject(r *reader, si, v int) []*actor {
	s := d.sents[si]
	j := v - 1
	for j >= s.a && d.toks[j].kind == tWord && adverbs[d.toks[j].low] && !d.toks[j].is(subjectPronounsClass) {
		j--
	}
	if j < s.a {
		return nil
	}
	if d.toks[j].text == "," || isDash(d.toks[j]) {
		if g, _ := d.describedThenNamed(r, si, s, j); g != nil && d.toks[j].text == "," {
			return d.groupSpeakers(r, g) // "His counterpart, X, dismissed … as "…""
		}
		if g, _ := d.appositiveHead(r, si, s, j); g != nil {
			return d.groupSpeakers(r, g)
		}
		return nil
	}
	g := d.groupEndingAt(r, si, j+1)
	if g != nil && g[0].a > s.a {
		if o := d.ownerBeforeModifier(r, si, g[0].a); o != nil {
			g = o
		} else if d.governed(g[0].a, v) {
			g = nil
		}
	}
	if g != nil {
		return d.groupSpeakers(r, g)
	}
	return nil
}

// ownerBeforeModifier returns the mention that an "of"/"for"/"at"/"from"
// phrase starting at token a modifies ("columnist X of the Y dubbed",
// "X for the Y Authority says"): the person, not the organisation, is
// the speaker; nil when none stands right before the preposition.
func (d *doc) ownerBeforeModifier(r *reader, si, a int) []*mention {
	p := a - 1
	if p > d.sents[si].a && d.toks[p].low == "the" {
		p--
	}
	if p <= d.sents[si].a || !d.toks[p].is(headModifiersClass) {
		return nil
	}
	g := d.groupEndingAt(r, si, p)
	if len(g) != 1 || g[0].kind != sName {
		return nil
	}
	if as := d.refs(r, g[0]); len(as) != 1 || as[0].typ != graph.Person {
		return nil
	}
	return g
}

// subordinateEnd ends the reported clause of verb v at ce, or earlier
// where the parse closes v's own clause when v heads a clause set
// before the main one ("When Holm noted that the ferries were late,
// Berg laughed": the statement is "the ferries were late", not "…,
// Berg laughed"). A comma ending the clause is dropped. Only sentences
// that open with a subordinator are looked at (and parsed).
func (d *doc) subordinateEnd(si, v, ce int) int {
	if first := d.sents[si].a; first >= v || !d.toks[first].is(subordinatorsClass) {
		return ce // only a sentence opening with a subordinator is parsed for this
	}
	for _, ds := range d.parsed(si) {
		for w := range ds.words {
			if ds.tok[w] != v {
				continue
			}
			h := ds.head(w)
			if ds.words[w].Deprel != "advcl" || h <= w {
				return ce
			}
			_, last := ds.span(w)
			e := ds.tok[last] + 1
			if ds.tok[last] < 0 || e >= ce {
				return ce
			}
			for e > v+1 && d.toks[e-1].text == "," {
				e--
			}
			return e
		}
	}
	return ce
}

// subordinators open a clause set before the main clause of a sentence.
var subordinators = set("when", "while", "as", "after", "although", "though", "because", "since", "if", "before", "once", "until", "unless", "whereas", "whenever")
var subordinatorsClass = classOf(subordinators)

// afterOpeningComma returns where a reported clause after "that"
// starts when a comma opens it before a fronted phrase ("joked that,
// among all the ports, Bergen ranks last"): the token after that
// comma, if a second comma closes the phrase within twelve tokens;
// else cs itself.
func (d *doc) afterOpeningComma(cs int, s sentence) int {
	if cs >= s.b || d.toks[cs].text != "," {
		return cs
	}
	for k := cs + 1; k < s.b && k <= cs+12; k++ {
		if d.toks[k].text == "," {
			return cs + 1
		}
		if d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ {
			break
		}
	}
	return cs
}

// orgBeforeKindNoun returns the mention of an organisation or group
// named right before a lower-case noun of its kind that ends at e ("the
// Atlas union said", "the Kestrel group said", "the Norfin company
// said"): the organisation speaks. A country before the noun ("the U.S.
// company said") only describes it and is no speaker.
func (d *doc) orgBeforeKindNoun(r *reader, si, e int) []*mention {
	k := e - 1
	if k <= d.sents[si].a {
		return nil
	}
	if t := d.toks[k]; t.kind != tWord || t.cap || !t.is(orgCuesClass) {
		return nil
	}
	g := d.groupEndingAt(r, si, k)
	if len(g) != 1 {
		return nil
	}
	as := d.refs(r, g[0])
	if len(as) != 1 || as[0].typ != graph.Organization && as[0].typ != graph.Group {
		return nil
	}
	return g
}

// orgBeforeModifier returns the organisation or the person that an
// "at"/"of" phrase starting at token a modifies ("The Fjord Policy
// Center at the University of Bergen estimates", "the Ocean Institute
// of the Bergen Academy said", "Mira Lund of the Harbour Authority
// says"), or the person a "for"/"from" phrase does (headPreps: "Lydia
// Lund for the Harbour Authority says"): the head of the subject
// speaks, not the organisation inside its modifier. Nil when no single
// such mention ends right before the preposition (with an optional
// "the").
func (d *doc) orgBeforeModifier(r *reader, si, a int) []*mention {
	p := a - 1
	if p > d.sents[si].a && d.toks[p].low == "the" {
		p--
	}
	if p <= d.sents[si].a {
		return nil
	}
	prep := d.toks[p].low
	if prep != "at" && prep != "of" && !headPreps[prep] {
		return nil
	}
	g := d.groupEndingAt(r, si, p)
	if len(g) != 1 {
		return nil
	}
	as := d.refs(r, g[0])
	if len(as) != 1 || as[0].typ != graph.Organization && as[0].typ != graph.Person {
		return nil
	}
	if as[0].typ == graph.Organization && headPreps[prep] {
		return nil // "the Centre for X": a name, no head and its modifier
	}
	return g
}

// headPreps join a person to the organisation they speak for or come
// from, beside "of" and "at" ("Lydia Lund for Food Standards Australia
// New Zealand says", "Jon Berg from the Harbour Institute said").
var headPreps = set("for", "from")

// governed reports whether a preposition governs the mention starting
// at token a, so it is no subject of verb v; "with X stating" is the
// subject of an absolute construction.
func (d *doc) governed(a, v int) bool {
	p := d.toks[a-1].low
	return prepositions[p] && !(p == "with" && strings.HasSuffix(d.toks[v].low, "ing"))
}

// groupSpeakers resolves a speaker mention group; a lone surname that
// several people of the article share is the one the text is about
// (quotes.go's surnameSpeaker).
func (d *doc) groupSpeakers(r *reader, g []*mention) []*actor {
	if as := d.actorsOf(r, g); len(as) > 0 || len(g) != 1 {
		return as
	}
	if a := d.surnameSpeaker(r, g[0]); a != nil {
		return []*actor{a}
	}
	return nil
}

// questionWords open an embedded question ("explained how X works"):
// it names a topic, not what was said.
var questionWords = set("how", "why", "what", "whether", "where", "which", "who")

// adverbialOpeners open an adverbial clause right after a reporting
// verb ("said Friday as he entered the talks", "said while touring the
// plant"): when or why the words were said, not what (adverbialAfterVerb).
var adverbialOpeners = set("as", "while", "whilst", "after", "before", "because", "until",
	"though", "although", "once", "whereas")

// adverbialAfterVerb reports whether the words from token cs to the end
// of sentence s are one adverbial clause (adverbialOpeners, no comma
// after it opens another): "said Friday as he entered the talks", not
// "said while talks go on, the sides remain apart", whose clause after
// the comma is what was said.
func (d *doc) adverbialAfterVerb(cs int, s sentence) bool {
	if !adverbialOpeners[d.toks[cs].low] {
		return false
	}
	for k := cs + 1; k < s.b; k++ {
		if d.toks[k].text == "," {
			return false
		}
	}
	return true
}

// embeddedQuestion reports whether a reporting verb's clause opening
// with word w is an embedded question rather than reported content.
// "said" + wh-word rarely is ("said what she thought" is a topic too).
func embeddedQuestion(verb, w string) bool {
	return questionWords[w] && verb != "said" && verb != "says"
}

// fragmentWords is the most words a reported (unquoted) content may have
// and still be a fragment rather than a clause: such contents are
// dropped (quotations stay whatever their length).
const fragmentWords = 5

// fragment reports whether st's words are too few to be a clause: five
// words or fewer with no finite verb ("using his account:", "strong
// rationale") or with a reporting phrase of their own ("According to the
// paper", "Lee also said"). The parse of the sentence tells the verbs.
func (d *doc) fragment(st stmt) bool {
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= st.s })
	words, finite, reports := 0, false, false
	for k := a; k < len(d.toks) && d.toks[k].e <= st.e; k++ {
		t := d.toks[k]
		if t.kind != tWord && t.kind != tNum || t.s >= st.gs && t.e <= st.ge && st.ge > st.gs {
			continue
		}
		if words++; words > fragmentWords {
			return false
		}
		// A reporting word makes a fragment only of a content this
		// short: "iodine is added to only 10 per cent of …" is a clause.
		reports = reports || t.is(sayVerbsClass) || t.low == "told" || t.low == "according"
		if t.is(auxiliariesClass) || t.is(shortPastClass) || k > a && strings.HasSuffix(t.low, "ed") {
			finite = true
		}
	}
	if reports {
		return true
	}
	if finite || a > 0 && d.toks[a-1].low == "that" {
		return false // "the deal fell short", "conceded that prices rise"
	}
	for _, ds := range d.parsed(st.sa) {
		for _, w := range ds.words {
			// A verb that opens the words has no subject before it: a
			// noun the tagger took for one ("to member states on
			// Thursday") or no clause at all (verbFirstFragment).
			if w.Start > st.s && w.End <= st.e && (w.UPOS == "VERB" || w.UPOS == "AUX") && w.XPOS != "VBG" {
				return false
			}
		}
	}
	return true
}

// parenOpening returns the "(" opening a short parenthetical that
// closes at token j, or -1: a party and state ("Sen. X (R-S.C.) said"),
// an age or an acronym between a speaker and the verb is no part of
// either. A parenthetical with a verb or a quotation is an aside of its
// own.
func (d *doc) parenOpening(j, lo int) int {
	if j <= lo || d.toks[j].text != ")" {
		return -1
	}
	for k := j - 1; k >= lo && k >= j-8; k-- {
		t := d.toks[k]
		switch {
		case t.text == "(":
			if k == j-1 {
				return -1
			}
			return k
		case t.kind == tOpenQ || t.kind == tCloseQ || t.text == ")" || t.kind == tWord && (t.is(auxiliariesClass) || isReportForm(t.low)):
			return -1
		}
	}
	return -1
}

// titlePrepositions before a short quotation make it a name: "in an
// interview on "Face the Nation," X said", "told NRK's "Dagsrevyen"
// that …".
var titlePrepositions = set("on", "in", "from", "at")
var titlePrepositionsClass = classOf(titlePrepositions)

// titleQuote reports whether quotation q names a show, a book or a
// slogan rather than quoting anyone: six words at most, right after a
// possessive ("NRK's "Dagsrevyen"") or a preposition.
func (d *doc) titleQuote(q quoteSpan) bool {
	if q.open < 1 || q.close < 0 || q.close-q.open > 8 {
		return false
	}
	words := 0
	for k := q.open + 1; k < q.close; k++ {
		if d.toks[k].kind == tWord {
			words++
		}
	}
	p := d.toks[q.open-1]
	return words <= 6 && (p.kind == tPoss || p.kind == tWord && p.is(titlePrepositionsClass))
}

// describeReach is how many tokens before quotation q a verb of
// describing may stand: fourteen, or thirty when the quotation follows
// a colon or "as" that closes the object ("dubbed the long dispute
// between A and B over C: "…"", "characterized the conflict between A
// and B as "…"").
func (d *doc) describeReach(q quoteSpan) int {
	if q.open > 0 && (d.toks[q.open-1].text == ":" || d.toks[q.open-1].low == "as") {
		return 30
	}
	return 14
}

// subjectBefore returns the person who is the subject of the sentence
// before si in the same paragraph, when that sentence reports no
// statement of its own: a quotation standing alone after it is theirs
// ("X issued a statement about the pier. "…"", "X named anger as one
// reason. "…""), not the previous paragraph's speaker's. Nil when that
// subject is no single person, or a possessive ("X's ferry was late").
func (d *doc) subjectBefore(r *reader, si int) []*actor {
	if si == 0 || d.sents[si-1].line != d.sents[si].line || d.statesIn(si-1) {
		return nil
	}
	p := d.sents[si-1]
	for _, m := range d.heads(r, si-1, false) {
		if m.a > p.a && d.toks[m.a-1].is(prepositionsClass) {
			continue
		}
		if m.poss || m.kind == sPron && m.pron != "he" && m.pron != "she" {
			return nil
		}
		if as := d.actorsOf(r, d.groupOrSelf(r, si-1, m)); len(as) == 1 && as[0].typ == graph.Person {
			return as
		}
		return nil
	}
	return nil
}

// statesIn reports whether a statement read so far has its evidence in
// sentence si.
func (d *doc) statesIn(si int) bool {
	for _, st := range d.stmts {
		if st.sa <= si && si <= st.sb {
			return true
		}
	}
	return false
}
