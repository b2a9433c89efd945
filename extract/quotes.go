package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file finds the speakers of quotations that the attribution rules
// of statements.go and depstatements.go left without one: attributions
// with long or titled speakers ("…," Trump lawyer Marc Kasowitz said;
// "…," said Del. Stacey Plaskett of the Virgin Islands), credits after a
// dash ("…" ― Sonya Herridge), quotations introduced by a colon or a
// comma after a reporting verb that is not right before them ("X said on
// the other hand, "…"", "X scolded him: "…""), and lines of a transcript
// or a headline that open with the speaker and a colon ("PENCE: …").
// Each is a named rule; the first that finds a speaker wins.

// quoteRule is one way of finding who said quotation q.
type quoteRule struct {
	name string
	find func(d *doc, r *reader, q quoteSpan) (speakers []*actor, cue string)
}

// quoteRules are tried in order on each quotation still unattributed.
var quoteRules = []quoteRule{
	{"stmt.quote-then-speaker", speakerAfterQuote},
	{"stmt.quote-dash-credit", dashCredit},
	{"stmt.speaker-then-quote", speakerBeforeQuote},
}

// colonCues introduce a quotation after a colon without being reporting
// verbs elsewhere ("Limbaugh continued: "…"", "scolded him: "…"").
var colonCues = set("continued", "continues", "scolded", "quipped", "joked", "asked", "wrote", "tweeted", "posted", "responded", "replied", "said", "says", "added", "told", "tells", "declared", "explained", "stated", "insisted", "warned", "argued", "put", "summed")

// isReportForm reports whether a word form is a reporting verb.
func isReportForm(low string) bool {
	return speechVerbs[low] || reportingForms[low] || colonCues[low]
}

// quoteStatementsIn attributes the quotations of sentence si that no
// other rule attributed, and reads a speaker-colon line opening at si.
func (d *doc) quoteStatementsIn(r *reader, si int, s sentence) {
	d.colonParagraph(r, si, s)
	for qi, q := range r.qs {
		if r.used[qi] || !d.quoteInSentence(q, s) || d.quoteCovered(q) {
			continue
		}
		for _, rule := range quoteRules {
			sp, cue := rule.find(d, r, q)
			if len(sp) == 0 {
				continue
			}
			r.used[qi] = true
			st := d.quoteStmt(q, sp, cue, rule.name)
			if st.e-st.s <= d.x.opts.MaxStatementBytes && st.e > st.s {
				d.dropStatements(d.partsOf(st))
				d.stmts = append(d.stmts, st)
			}
			d.rememberSpeaker(r, sp, s.line)
			break
		}
	}
}

// colonParagraph reads "X continued:" (a reporting verb and a colon
// ending the line) as X's statement of the next paragraph, quoted or
// set off without marks as a block quotation.
func (d *doc) colonParagraph(r *reader, si int, s sentence) {
	if si+1 >= len(d.sents) || s.b-s.a < 3 || d.toks[s.b-1].text != ":" || d.sents[si+1].line != s.line+1 {
		return
	}
	v := d.colonCue(s)
	if v < 0 {
		return
	}
	sp := d.adjacentSubject(r, si, v)
	if len(sp) == 0 {
		return
	}
	n := si + 1
	if reg := d.sentRegion[n]; reg != rBody && reg != rAux {
		return
	}
	end := d.lineEnd(n)
	a := d.sents[n].a
	if d.toks[a].kind != tOpenQ {
		end = d.narrativeResumes(r, n, end)
	}
	st := stmt{s: d.toks[a].s, e: d.toks[end-1].e, sa: n, sb: d.sentOf(end - 1), speakers: sp, verb: d.toks[v].text, quote: true, rule: "stmt.colon-paragraph"}
	if qi := r.quoteOpeningAt(a); qi >= 0 && !r.used[qi] {
		st = d.quoteStmt(r.qs[qi], sp, d.toks[v].text, "stmt.colon-paragraph")
	}
	if end-a < 4 || d.statementCovers(st) || st.e-st.s > d.x.opts.MaxStatementBytes {
		return
	}
	d.markQuotesUsed(r, a, end)
	d.stmts = append(d.stmts, st)
	d.rememberSpeaker(r, sp, d.sents[n].line)
}

// colonCue returns the reporting verb of sentence s, which ends in a
// colon, or -1: the verb right before the colon ("X wrote on Monday:")
// or before a short object naming what was said ("X denied these
// allegations:", "X made the following comment:", "X issued a
// statement:").
func (d *doc) colonCue(s sentence) int {
	if k := d.statementObject(s); k >= 0 {
		return k
	}
	v := s.b - 2
	for v > s.a && d.toks[v].kind == tWord && adverbs[d.toks[v].low] && !isReportForm(d.toks[v].low) {
		v-- // "X wrote on Monday:"
	}
	if d.toks[v].kind == tWord && !d.inQuote[v] && isReportForm(d.toks[v].low) {
		return v
	}
	return -1
}

// statementObject returns the verb before a short object naming a
// statement that ends sentence s before its colon ("denied these
// allegations", "made the following comment"), or -1.
func (d *doc) statementObject(s sentence) int {
	k := s.b - 2
	if k <= s.a || d.toks[k].kind != tWord || reportingNouns[d.toks[k].low] == "" && d.toks[k].low != "following" {
		return -1
	}
	k--
	mods := 0
	for ; k > s.a && mods < 2 && (d.toks[k].is(objectWordsClass) || d.toks[k].is(determinersClass)); mods++ {
		k--
	}
	if w := d.toks[k]; mods > 0 && w.kind == tWord && !d.inQuote[k] && (isReportForm(w.low) || w.is(statementVerbsClass)) {
		return k
	}
	return -1
}

// objectWords may stand between a verb and the reporting noun it takes
// before a colon ("the following comment", "a brief statement").
var objectWords = set("these", "this", "those", "following", "brief", "short", "written", "joint", "official", "further", "new")
var objectWordsClass = classOf(objectWords)

// statementVerbs take a reporting noun as object: "X issued a
// statement:" is X's statement of what follows.
var statementVerbs = set("issued", "issues", "made", "makes", "released", "releases", "gave", "gives", "published", "publishes", "posted", "posts", "sent")
var statementVerbsClass = classOf(statementVerbs)

// narrativeResumes ends a block quotation without marks (paragraph from
// sentence n to token end) before a sentence that reports of its own,
// third-person speaker: "They also claimed A" is the writer again.
func (d *doc) narrativeResumes(r *reader, n, end int) int {
	for k := n + 1; k < len(d.sents) && d.sents[k].a < end; k++ {
		s := d.sents[k]
		for v := s.a + 1; v < s.b && v < s.a+6; v++ {
			if d.toks[v].kind != tWord || d.inQuote[v] || !isReportForm(d.toks[v].low) {
				continue
			}
			j := v - 1
			for j > s.a && adverbs[d.toks[j].low] && !d.toks[j].is(subjectPronounsClass) {
				j--
			}
			if d.toks[j].is(thirdPersonSubjectClass) || d.groupEndingAt(r, k, j+1) != nil {
				return s.a
			}
		}
	}
	return end
}

// thirdPersonSubject pronouns name someone other than a quotation's
// speaker in a block quotation's own words.
var thirdPersonSubject = set("he", "she", "they", "it")
var thirdPersonSubjectClass = classOf(thirdPersonSubject)

// partsOf returns the indices (ascending) of the statements read before
// that lie inside quotation st and have its speakers: the parse may
// have read the quotation's first sentence as a reported clause
// ("X's statement added, "A. B."" gave "A"); the whole quotation is the
// statement.
func (d *doc) partsOf(st stmt) []int {
	var in []int
	for k, o := range d.stmts {
		if o.s >= st.s && o.e <= st.e && sameActors(o.speakers, st.speakers) {
			in = append(in, k)
		}
	}
	return in
}

// quoteInSentence reports whether quotation q closes in s (or, left
// open, starts in s).
func (d *doc) quoteInSentence(q quoteSpan, s sentence) bool {
	if q.close >= 0 {
		return q.close >= s.a && q.close < s.b
	}
	return q.open >= s.a && q.open < s.b
}

// quoteCovered reports whether a statement already holds q's words.
func (d *doc) quoteCovered(q quoteSpan) bool {
	qs, qe := d.quoteBytes(q)
	for _, o := range d.stmts {
		// A statement read from the parse may hold the quotation less a
		// closing period or with an opening mark.
		if 10*(min(o.e, qe)-max(o.s, qs)) >= 9*(qe-qs) {
			return true
		}
	}
	return false
}

// rememberSpeaker makes sp the speaker that following quotations and
// pronouns continue.
func (d *doc) rememberSpeaker(r *reader, sp []*actor, line int) {
	r.lastQuote = sp[0]
	r.lastQLine = line
	if len(sp) == 1 && sp[0].typ == graph.Person {
		r.focus = sp[0]
	}
}

// speakerAfterQuote: ""…," Trump lawyer Marc Kasowitz said", ""…," said
// Del. Stacey Plaskett of the Virgin Islands", ""…," he told
// reporters": a reporting verb after the quotation with its subject
// before it (titles and appositives allowed) or right after it.
func speakerAfterQuote(d *doc, r *reader, q quoteSpan) ([]*actor, string) {
	if q.close < 0 || d.titleQuote(q) {
		return nil, ""
	}
	si := d.sentOf(q.close)
	if si < 0 {
		return nil, ""
	}
	s := d.sents[si]
	j := q.close + 1
	if j >= s.b && si+1 < len(d.sents) && d.sents[si+1].line == s.line {
		// ""…?" Graham asked.": the question mark ended a sentence.
		si++
		s = d.sents[si]
	}
	for j < s.b && d.toks[j].text == "," {
		j++
	}
	v := -1
	for k := j; k < s.b && k < j+25; k++ {
		t := d.toks[k]
		if t.kind == tOpenQ || t.text == ";" {
			break
		}
		if t.kind == tWord && !d.inQuote[k] && isReportForm(t.low) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, ""
	}
	return d.subjectAround(r, si, d.skipQuoteTail(j, v), v), d.toks[v].text
}

// skipQuoteTail returns where the attribution after a quotation starts
// when a short prepositional phrase of the quoted words' sentence runs
// on past the closing mark (""I admire the mechanics" of the plan, Mr.
// Lund said", "…" about the ferries, said X): the token after the
// comma that ends the phrase. It returns from itself when the tokens
// at from open no preposition, or no comma ends the phrase within
// eight tokens before verb v, or a verb or quotation mark comes first.
func (d *doc) skipQuoteTail(from, v int) int {
	if from >= v || !d.toks[from].is(prepositionsClass) {
		return from
	}
	for k := from + 1; k < v && k <= from+8; k++ {
		t := d.toks[k]
		if t.kind == tOpenQ || t.kind == tCloseQ || d.verbIn(k, k+1) {
			return from
		}
		if t.text == "," {
			return k + 1
		}
	}
	return from
}

// subjectAround returns the speaker of reporting verb v whose clause
// starts at token from: the first mention between them that no
// preposition governs, else the mention right after the verb ("said
// Sen. X").
func (d *doc) subjectAround(r *reader, si, from, v int) []*actor {
	hs := d.heads(r, si, false)
	for k, m := range hs {
		if m.a < from || m.a >= v {
			continue
		}
		if d.prepositionIn(from, m.a) || d.verbIn(from, m.a) {
			return nil
		}
		// "Trump lawyer Marc Kasowitz": a name before a title is a
		// modifier of the name after it.
		for k+1 < len(hs) && hs[k+1].a < v && hs[k+1].b <= v && (d.titleWordsGap(m.b, hs[k+1].ha) || hs[k+1].a <= m.a && hs[k+1].b > m.b) {
			k++
			m = hs[k]
		}
		if n := d.postedHolder(hs[k+1:], m, v); n != nil {
			m = n
		}
		return d.speakersOf(r, si, m)
	}
	if d.toks[v].is(neverInvertedClass) {
		return nil
	}
	for _, m := range d.heads(r, si, false) {
		if m.a > v && m.a <= v+4 && !d.prepositionIn(v+1, m.a) {
			return d.speakersOf(r, si, d.modifiedName(r, si, m))
		}
	}
	return nil
}

// postedHolder returns the name set off after an office that body m
// holds and the place it is posted to or responsible for ("WFP country
// director for Sudan, X, told reporters", "A UNICEF spokeswoman in
// Geneva, Y, said"): among the mentions after m and before reporting
// verb v, the one right after the office's comma, when the office
// opens right after m (postedTitleGap); nil when there is none.
func (d *doc) postedHolder(after []*mention, m *mention, v int) *mention {
	for _, n := range after {
		if n.a >= v {
			break
		}
		if n.act != nil && n.act.typ == graph.Person && d.postedTitleGap(m.b, n.ha) {
			return n
		}
	}
	return nil
}

// postedTitleGap reports whether tokens [a, b) are one to three
// lower-case words ending in a role noun, a posting preposition, one to
// three capitalised words and a comma: "country director for Sudan ,".
func (d *doc) postedTitleGap(a, b int) bool {
	if b-a < 4 || b-a > 8 || d.toks[b-1].text != "," {
		return false
	}
	j := b - 2
	for j > a && b-2-j < 3 && d.toks[j].kind == tWord && d.toks[j].cap {
		j--
	}
	if j == b-2 || !postingPrepositions[d.toks[j].low] || d.toks[j].cap || j-a < 1 || j-a > 3 || !roleNoun(d.toks[j-1].low) {
		return false
	}
	for k := a; k < j; k++ {
		if !d.lowerNoun(k) {
			return false
		}
	}
	return true
}

// modifiedName returns the name that name m modifies after a reporting
// verb, through a possessive or one to three title words ("said NRK
// host Ola Nordmann", "noted NRK's Ola Nordmann"): the speaker is the
// person, not the organisation; m itself when no name follows so.
func (d *doc) modifiedName(r *reader, si int, m *mention) *mention {
	for _, n := range r.mentsBy[si] {
		if n == m || n.quote || n.a < m.b {
			continue
		}
		gap := m.b
		if gap < n.ha && d.toks[gap].kind == tPoss {
			if n.ha == gap+1 {
				return n
			}
			gap++
		}
		if d.titleWordsGap(gap, n.ha) {
			return n
		}
		return m
	}
	return m
}

// speakersOf resolves the speaker mention m (with its coordinated
// group); a surname that several people of the article share is the one
// the text is about ("Clinton said" after "Bill Clinton said").
func (d *doc) speakersOf(r *reader, si int, m *mention) []*actor {
	if sp := d.actorsOf(r, d.groupOrSelf(r, si, m)); len(sp) > 0 {
		return sp
	}
	if a := d.surnameSpeaker(r, m); a != nil {
		return []*actor{a}
	}
	return nil
}

// surnameSpeaker resolves a one-word name left unresolved because
// several people carry it: the person in focus if they do, else the last
// of them named before m.
func (d *doc) surnameSpeaker(r *reader, m *mention) *actor {
	if m.kind != sName || m.hb-m.ha != 1 {
		return nil
	}
	name := d.toks[m.ha].text
	bears := func(a *actor) bool {
		f := d.fieldsOf(a.canon)
		return a.typ == graph.Person && len(f) >= 2 && strings.EqualFold(f[len(f)-1], name)
	}
	if r.focus != nil && bears(r.focus) {
		return r.focus
	}
	var last *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		if o.act != nil && bears(o.act) {
			last = o.act
		}
	}
	return last
}

// titleWordsGap reports whether tokens [a, b) are one to three title words
// joining a modifier name to the name it modifies ("lawyer", "press
// secretary").
func (d *doc) titleWordsGap(a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.is(prepositionsClass) || t.low == "and" || t.low == "or" || t.is(auxiliariesClass) || isReportForm(t.low) {
			return false
		}
	}
	return true
}

// groupOrSelf returns the coordinated group starting at m, or m alone.
func (d *doc) groupOrSelf(r *reader, si int, m *mention) []*mention {
	if g := d.groupStartingAt(r, si, m.a); g != nil {
		return g
	}
	return []*mention{m}
}

// prepositionIn reports whether a preposition is among tokens [a, b):
// a mention after it is no subject ("a narrator in the Clinton ad").
func (d *doc) prepositionIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].is(prepositionsClass) {
			return true
		}
	}
	return false
}

// verbIn reports whether a finite verb form is among tokens [a, b).
func (d *doc) verbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].is(auxiliariesClass) || isReportForm(d.toks[k].low) {
			return true
		}
	}
	return false
}

// isDash reports whether a token is a dash (or a spaced hyphen).
func isDash(t token) bool {
	switch t.text {
	case "\u2015", "\u2014", "\u2013":
		return true
	case "-":
		return !t.tight
	}
	return false
}

// dashCredit: ""…" ― Sonya Herridge": a dash after the quotation and a
// name ending the line.
func dashCredit(d *doc, r *reader, q quoteSpan) ([]*actor, string) {
	if q.close < 0 || q.close+2 >= len(d.toks) || !isDash(d.toks[q.close+1]) {
		return nil, ""
	}
	si := d.sentOf(q.close + 2)
	if si < 0 {
		return nil, ""
	}
	end := d.lineEnd(si)
	for _, m := range d.heads(r, si, false) {
		if m.a != q.close+2 {
			continue
		}
		k := m.b
		for k < end && (d.toks[k].kind == tPunct || d.toks[k].kind == tCloseQ) && !isDash(d.toks[k]) && d.toks[k].text != "," {
			k++
		}
		if k < end && d.toks[k].text != "," || k < end && d.datedCitation(k, end) {
			return nil, ""
		}
		return d.actorsOf(r, []*mention{m}), ""
	}
	return nil, ""
}

// lineEnd returns the token index that ends sentence si's line.
func (d *doc) lineEnd(si int) int {
	end := d.sents[si].b
	for k := si + 1; k < len(d.sents) && d.sents[k].line == d.sents[si].line; k++ {
		end = d.sents[k].b
	}
	return end
}

// speakerBeforeQuote: "Clinton said on the other hand, "…"", "McCaskill
// scolded him: "…"": a reporting verb earlier in the sentence, nothing
// quoted between, and a comma or colon right before the quotation.
func speakerBeforeQuote(d *doc, r *reader, q quoteSpan) ([]*actor, string) {
	si := d.sentOf(q.open)
	if si < 0 || q.open-1 < d.sents[si].a {
		return nil, ""
	}
	s := d.sents[si]
	mark := d.toks[q.open-1].text
	if mark != ":" && mark != "," {
		return nil, ""
	}
	for v := q.open - 2; v >= s.a && v >= q.open-14; v-- {
		t := d.toks[v]
		if t.kind == tOpenQ || t.kind == tCloseQ {
			return nil, ""
		}
		if t.kind != tWord || d.inQuote[v] || !isReportForm(t.low) || mark == "," && !t.is(speechVerbsClass) {
			continue
		}
		if sp := d.adjacentSubject(r, si, v); len(sp) > 0 {
			return sp, t.text
		}
		if sp := d.sentenceSubject(r, si, v); len(sp) > 0 {
			return sp, t.text
		}
		return nil, ""
	}
	return nil, ""
}

// lineSpeaker reads a line that opens with its speaker and a colon: a
// transcript ("PENCE: Well, look, …", also inside an opening quotation
// mark) or a headline-style credit ("Rush Limbaugh: …"). The speaker is
// a mention, or a capitalised surname of an actor already read; the rest
// of the line (at least four words) is what they said.
func (d *doc) lineSpeaker(r *reader, si int, s sentence) {
	if si > 0 && d.sents[si-1].line == s.line {
		return
	}
	a := s.a
	if a < s.b && d.toks[a].kind == tOpenQ {
		a++
	}
	colon := -1
	for k := a; k < s.b && k < a+5; k++ {
		if d.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon <= a {
		return
	}
	sp := d.colonSpeaker(r, si, a, colon)
	end := d.lineEnd(si)
	if end-colon-1 < 4 {
		return
	}
	if len(sp) == 0 {
		if colon == a+1 && d.toks[a].upper && d.toks[s.a].kind == tOpenQ {
			// ""WALLACE: …" of a speaker never named in full: no
			// continuation of the previous speaker's quotation.
			d.markQuotesUsed(r, s.a, end)
		}
		return
	}
	st := stmt{s: d.toks[colon+1].s, e: d.toks[end-1].e, sa: si, sb: d.sentOf(end - 1), speakers: sp, verb: ":", quote: true, rule: "stmt.line-speaker"}
	if d.statementCovers(st) || st.e-st.s > d.x.opts.MaxStatementBytes {
		return
	}
	d.markQuotesUsed(r, s.a, end)
	d.stmts = append(d.stmts, st)
	d.rememberSpeaker(r, sp, s.line)
}

// headlineSpeaker reads a headline that opens with a person's name and a
// colon ("Lena Holm: The Ferries Will Run Again") as that person's
// statement. Other names before a colon in a headline are mostly a
// topic or a place ("Norway: Ferry Strike Ends"), so only persons count.
func (d *doc) headlineSpeaker(r *reader, si int, s sentence) {
	a := s.a
	colon := -1
	for k := a; k < s.b && k < a+5; k++ {
		if d.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon <= a || s.b-colon-1 < 4 {
		return
	}
	sp := d.colonSpeaker(r, si, a, colon)
	if len(sp) != 1 || sp[0].typ != graph.Person {
		return
	}
	end := s.b
	for end > colon+1 && d.toks[end-1].kind == tPunct && d.toks[end-1].text == "." {
		end--
	}
	st := stmt{s: d.toks[colon+1].s, e: d.toks[end-1].e, sa: si, sb: si, speakers: sp, verb: ":", quote: true, rule: "stmt.headline-speaker"}
	if q := r.quoteOpeningAt(colon + 1); q >= 0 && !r.used[q] {
		r.used[q] = true
		st = d.quoteStmt(r.qs[q], sp, ":", "stmt.headline-speaker")
	}
	d.stmts = append(d.stmts, st)
}

// markQuotesUsed marks the quotations opening in tokens [a, b) as
// attributed.
func (d *doc) markQuotesUsed(r *reader, a, b int) {
	for qi, q := range r.qs {
		if q.open >= a && q.open < b {
			r.used[qi] = true
		}
	}
}

// creditedLater reports whether a rule of this file finds quotation q's
// own speaker after it, so that it is no continuation of the previous
// speaker's words.
func (d *doc) creditedLater(r *reader, q quoteSpan) bool {
	if sp, _ := speakerAfterQuote(d, r, q); len(sp) > 0 {
		return true
	}
	sp, _ := dashCredit(d, r, q)
	return len(sp) > 0
}

// colonSpeaker returns the actors named by tokens [a, colon): one
// mention spanning them, or a surname written in capitals ("WALLACE")
// of a person already read (also one named by that word alone, as
// transcriptLabelPersons names a transcript's speakers).
func (d *doc) colonSpeaker(r *reader, si, a, colon int) []*actor {
	for _, m := range d.heads(r, si, false) {
		if m.a == a && m.b == colon && m.kind != sPron {
			return d.actorsOf(r, []*mention{m})
		}
	}
	if colon != a+1 || !d.toks[a].upper {
		return nil
	}
	var found *actor
	for _, ac := range d.actors {
		f := strings.Fields(ac.canon)
		if ac.typ != graph.Person || !strings.EqualFold(f[len(f)-1], d.toks[a].text) {
			continue
		}
		if found != nil && found != ac {
			return nil
		}
		found = ac
	}
	if found == nil {
		return nil
	}
	return []*actor{found}
}

// accordingTo reads "C, according to X", "According to X, C" and
// "In May, according to X, C" at token i (the word "according") as a
// statement of X. A parenthetical inside a clause ("…, which, according
// to X, …") and a sentence that reports its own speaker ("X said C,
// according to the Herald") give none.
func (d *doc) accordingTo(r *reader, si int, s sentence, i int) (stmt, bool) {
	if i+2 >= s.b || d.toks[i+1].low != "to" {
		return stmt{}, false
	}
	return d.sourcePhrase(r, si, s, i, i+2, "according to")
}

// inWordsOf reads "in the words of X, C" at token i (the word "in") as
// accordingTo reads "according to X, C"; it may also open a clause
// after ", and" ("…, and in the words of X, "C"").
func (d *doc) inWordsOf(r *reader, si int, s sentence, i int) (stmt, bool) {
	if i+4 >= s.b || d.toks[i+1].low != "the" || d.toks[i+2].low != "words" || d.toks[i+3].low != "of" {
		return stmt{}, false
	}
	return d.sourcePhrase(r, si, s, i, i+4, "in the words of")
}

// opensClause reports whether token i opens a clause inside its
// sentence: it follows ", and", ", but" or a semicolon.
func (d *doc) opensClause(i, start int) bool {
	p := i - 1
	if p > start && (d.toks[p].low == "and" || d.toks[p].low == "but") {
		p--
	}
	return p > start && (d.toks[p].text == "," && p < i-1 || d.toks[p].text == ";")
}

// sourcePhrase reads a source phrase whose cue opens at token i and
// whose source starts at token src ("according to X", "in the words of
// X") with the content before or after it.
func (d *doc) sourcePhrase(r *reader, si int, s sentence, i, src int, cue string) (stmt, bool) {
	toks := d.toks
	if d.x.opts.NoAccordingTo || d.x.opts.NoReportedSpeech {
		return stmt{}, false
	}
	g, pe := d.accordingSource(r, si, src, s)
	sp := d.actorsOf(r, g)
	if len(sp) == 0 {
		return stmt{}, false
	}
	start := d.skipDateline(s)
	pe = d.titlesAfterSource(pe, s)
	pe = d.documentAuthorClauseEnd(src, g, pe, s) // attribution_clauses.go
	for pe < s.b && toks[pe].text == "," {
		pe++
	}
	if st, ok := d.accordingInsideClause(si, s, start, i, pe); ok {
		st.speakers, st.verb = sp, cue
		return st, true
	}
	var cs, ce int
	switch {
	case (i-start <= 4 || d.opensClause(i, start)) && pe < s.b:
		// "According to X, C", "But, according to X, C", "…, and in
		// the words of X, C".
		cs, ce = pe, s.b
		cs = d.skipParticiple(cs, ce)
		if q := d.quoteSoon(r, cs, ce); q >= 0 && !r.used[q] {
			// "…, QC, "C"": the quotation is the content.
			r.used[q] = true
			return d.quoteStmt(r.qs[q], sp, cue, "stmt.according-to"), true
		}
	case pe >= s.b || toks[pe].kind == tPunct:
		// "C, according to X."
		cs, ce = start, i
		if i-1 >= start && toks[i-1].text != "," {
			return stmt{}, false
		}
	case i-1 > start && toks[i-1].text == "," && !toks[i-2].is(relativeWordsClass) && !d.verbAt(si, pe):
		// "C, according to X, head of Y, and others." and "C, according
		// to X, more than twice …": what follows is no verb of C's
		// subject ("The count, according to X, rose").
		cs, ce = start, i-1
	default:
		return stmt{}, false
	}
	whole := ce
	ce = trimClauseEnd(d, cs, ce)
	if cs == start {
		ce = d.acrossSemicolons(ce, whole) // attribution_clauses.go: "A; B, according to X"
	}
	if ce-cs < 3 || d.reportsItself(cs, ce) {
		return stmt{}, false
	}
	return stmt{s: toks[cs].s, e: toks[ce-1].e, sa: si, sb: si, speakers: sp, verb: cue, rule: "stmt.according-to"}, true
}

// titlesAfterSource returns the token after the title words that
// follow a source's organisation at pe ("according to a Commission
// spokesperson, C", "according to ministry officials, C"): they are
// part of the source, not the first words of C.
func (d *doc) titlesAfterSource(pe int, s sentence) int {
	for pe < s.b && d.toks[pe].kind == tWord && !d.toks[pe].cap {
		low := d.toks[pe].low
		if !titleWords[low] && !titleWords[strings.TrimSuffix(low, "s")] {
			break
		}
		pe++
	}
	return pe
}

// quoteSoon returns the quotation opening within three tokens of cs (a
// title or degree after the source's name between: "X, QC, "C""), or
// -1.
func (d *doc) quoteSoon(r *reader, cs, ce int) int {
	for k := cs; k < ce && k < cs+3; k++ {
		if d.toks[k].kind == tOpenQ {
			return r.quoteOpeningAt(k)
		}
	}
	return -1
}

// reportsItself reports whether tokens [a, b) hold a reporting verb
// outside quotations ("X said C"): such a clause has its own speaker.
func (d *doc) reportsItself(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.inQuote[k] && d.toks[k].is(speechVerbsClass) && !(k > a && d.toks[k-1].is(passiveAuxClass)) && !d.nameWord(a, k) {
			return true
		}
	}
	return false
}

// skipParticiple steps over a participle phrase opening [a, b) ("quoting
// the agency KCNA, C"): it says how the source knows, not what.
func (d *doc) skipParticiple(a, b int) int {
	if a >= b || !strings.HasSuffix(d.toks[a].low, "ing") {
		return a
	}
	for k := a + 1; k < b && k < a+12; k++ {
		if d.toks[k].text == "," {
			return k + 1
		}
	}
	return a
}

// passiveAux before a reporting verb make it passive ("has been told").
var passiveAux = set("been", "be", "being", "was", "were", "is", "are")
var passiveAuxClass = classOf(passiveAux)

// accordingSource returns the source of "according to" whose phrase
// starts at token a and runs to the next comma (ten words at most): the
// first person named in it ("according to Afghan Ambassador to the
// United States Hamdullah Mohib", "curator Elaine Gustafon"), else its
// first mention that no preposition governs ("the Saudi Interior
// Ministry", "Saudi Arabia's Civil Defense Authority").
func (d *doc) accordingSource(r *reader, si, a int, s sentence) ([]*mention, int) {
	end := a
	for end < s.b && end < a+d.accordingWindow(a, s) && d.toks[end].text != "," && d.toks[end].kind != tOpenQ {
		end++
	}
	var first *mention
	for _, m := range d.heads(r, si, false) {
		if m.a < a || m.b > end || m.kind == sPron || m.kind == sDesc && !d.accordingBody(r, m) {
			continue
		}
		if as := d.refs(r, m); len(as) == 1 && as[0].typ == graph.Person {
			if p := d.titledPersonAfter(r, si, m.b, end); p != nil {
				return []*mention{p}, p.b // "Ohio AFL-CIO President Dana Wirth"
			}
			return []*mention{m}, m.b
		}
		if first == nil && (!d.prepositionIn(a, m.a) || d.documentFrom(a, m.a)) && !(m.b < end && d.toks[m.b].kind == tPoss) {
			first = m
		}
	}
	if first != nil && len(d.refs(r, first)) > 0 {
		return []*mention{first}, first.b
	}
	if m := d.appositiveName(r, si, s, end); m != nil {
		return []*mention{m}, m.b
	}
	return nil, 0
}

// accordingWindow is how many words after "according to" at token a
// may name its source: ten, or sixteen after a document or figures
// noun, whose participle phrase comes first ("according to a notice
// sent to Congress on Monday by the Defense Cooperation Agency").
func (d *doc) accordingWindow(a int, s sentence) int {
	if d.documentNounEnd(a, s.b) > 0 {
		return 16
	}
	return 10
}

// documentFrom reports whether tokens [a, b) are a document the source
// after them issued: "a statement from", "the report by", "a press
// release of the", and with a participle of sending and a short phrase
// of its own (documentSendVerbs): "a notice sent to Congress by",
// "figures released on Monday by", "data published by the".
func (d *doc) documentFrom(a, b int) bool {
	k := d.documentNounEnd(a, b)
	if k < 0 {
		return false
	}
	if k < b && documentSendVerbs[d.toks[k].low] {
		k++
		k = d.skipShortPhrase(k, b)
	}
	if k < b && (d.toks[k].low == "from" || d.toks[k].low == "by" || d.toks[k].low == "of") {
		k++
		if k < b && d.toks[k].low == "the" {
			k++
		}
		return k == b
	}
	return false
}

// documentNounEnd returns the token after a document or figures noun
// opening [a, b) ("a statement", "the press release", "figures"), -1
// when [a, b) opens with none.
func (d *doc) documentNounEnd(a, b int) int {
	k := a
	if k < b && (d.toks[k].low == "a" || d.toks[k].low == "an" || d.toks[k].low == "the") {
		k++
	}
	if k < b && (d.toks[k].low == "press" || d.toks[k].low == "official" || d.toks[k].low == "new" || d.toks[k].low == "latest") {
		k++
	}
	if k >= b || !speakingDocuments[d.toks[k].low] && !figureNouns[d.toks[k].low] {
		return -1
	}
	return k + 1
}

// skipShortPhrase steps over a prepositional phrase of at most four
// words after a participle of sending ("to Congress", "on Monday", "to
// the U.N. Security Council"), up to a "by" or "from"; it returns k when
// none is there.
func (d *doc) skipShortPhrase(k, b int) int {
	if k >= b || !documentPhrasePreps[d.toks[k].low] {
		return k
	}
	for j := k + 1; j < b && j <= k+5; j++ {
		if d.toks[j].low == "by" || d.toks[j].low == "from" {
			return j
		}
		if d.toks[j].kind == tPunct {
			break
		}
	}
	return k
}

// documentSendVerbs are participles that say a document went out from
// its source ("a notice sent … by", "figures released by"); not those
// that say who got or saw it ("obtained by", "seen by").
var documentSendVerbs = set("issued", "released", "published", "sent", "posted", "filed", "submitted",
	"presented", "delivered", "circulated", "prepared", "compiled", "distributed", "given", "provided")

// documentPhrasePreps open the short phrase that may follow a
// participle of sending.
var documentPhrasePreps = set("to", "on", "in", "at", "last", "this", "late", "earlier")

// figureNouns are counts a source puts out: "according to figures
// released by X", "according to data from X".
var figureNouns = set("figures", "data", "statistics", "estimates", "numbers", "tally", "count")

// appositiveName returns the person named between the comma at token c
// and the next comma, when the phrase before it names no one ("the
// team's coach, Ann Lie, …", "the prosecutor, Mark Lund, QC, …"), or
// nil.
func (d *doc) appositiveName(r *reader, si int, s sentence, c int) *mention {
	if c >= s.b || d.toks[c].text != "," {
		return nil
	}
	for _, m := range d.heads(r, si, false) {
		if m.a != c+1 && m.ha != c+1 || m.kind == sPron || m.kind == sDesc || m.b >= s.b || d.toks[m.b].text != "," {
			continue
		}
		if as := d.refs(r, m); len(as) == 1 && as[0].typ == graph.Person {
			return m
		}
	}
	return nil
}

// citationMonths name the month of a cited source's date.
var citationMonths = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec")
var citationMonthsClass = classOf(citationMonths)

// datedCitation reports whether tokens [a, b) after a dash credit's
// name hold a date (""Headline" — Toronto Star, August 15, 2008"): the
// line cites a source's headline, it quotes no one.
func (d *doc) datedCitation(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.is(citationMonthsClass) || t.kind == tNum && len(t.text) == 4 {
			return true
		}
	}
	return false
}

// relativeWords before a parenthetical "according to X" make it an
// aside inside a clause ("ships which, according to X, …").
var relativeWords = set("which", "who", "whom", "that", "where", "when", "and", "but", "or")
var relativeWordsClass = classOf(relativeWords)

// verbAt reports whether the parse of sentence si takes token k for a
// verb.
func (d *doc) verbAt(si, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	for _, ds := range d.parsed(si) {
		for _, w := range ds.words {
			if w.Start == d.toks[k].s {
				return w.UPOS == "VERB" || w.UPOS == "AUX"
			}
		}
	}
	return false
}

// contentNoun reads a reporting noun at token i (lexicon/
// reporting_nouns.tsv) with an owner and a "that" clause as the owner's
// statement: "X's claim that C", "her repeated warning that C", "the
// claim by X that C". A noun of no one ("the claim that C") and a
// relative "that" ("the claim that was made") give none.
func (d *doc) contentNoun(r *reader, si int, s sentence, i int) (stmt, bool) {
	toks := d.toks
	that, g := i+1, d.nounOwner(r, si, s, i)
	if g != nil && d.copulaThat(that, s) {
		that++ // "Lind's view is that C" (report_frames.go)
	}
	if g == nil {
		g = d.attributiveOwner(r, si, s, i) // "a Ledger report that C" (report_frames.go)
	}
	if g == nil && that+1 < s.b && (toks[that].low == "by" || toks[that].low == "from") {
		a := that + 1
		if toks[a].low == "the" && a+1 < s.b {
			a++
		}
		if g = d.groupStartingAt(r, si, a); g != nil {
			that = g[len(g)-1].b
		}
	}
	if that < s.b && toks[that].text == "," {
		that++
	}
	if g == nil || that+1 >= s.b || toks[that].low != "that" || d.inQuote[that] || relativeAfter(toks[that+1]) {
		return stmt{}, false
	}
	sp := d.groupSpeakers(r, g)
	if len(sp) == 0 {
		d.reject(si, i, "stmt.content-noun", "no owner that is an actor")
		return stmt{}, false
	}
	cs := that + 1
	ce := d.nounClauseEnd(si, i, trimClauseEnd(d, cs, s.b)) // report_frames.go
	if ce-cs < 3 {
		return stmt{}, false
	}
	return stmt{s: toks[cs].s, e: toks[ce-1].e, sa: si, sb: si, speakers: sp, verb: toks[i].text, rule: "stmt.content-noun"}, true
}

// nounOwner returns the owner of the noun at token i written as a
// possessive before it, up to two modifiers between ("Lie's earlier
// claim", "her repeated warning"), or nil.
func (d *doc) nounOwner(r *reader, si int, s sentence, i int) []*mention {
	k := i - 1
	for n := 0; n < 2 && k > s.a && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].is(determinersClass) && !d.toks[k].is(prepositionsClass); n++ {
		k--
	}
	if k < s.a {
		return nil
	}
	switch t := d.toks[k]; {
	case t.kind == tPoss:
		return d.groupEndingAt(r, si, k)
	case t.low == "his" || t.low == "her" || t.low == "their" || t.low == "its":
		if m := d.mentionAtTok(r, si, k); m != nil {
			return []*mention{m}
		}
	}
	return nil
}

// relativeAfter reports whether the word after a noun's "that" makes it
// a relative word ("the claim that was made", "the warning that
// followed"): a verb right after it.
func relativeAfter(t token) bool {
	return t.kind == tWord && !t.cap && (t.is(auxiliariesClass) || t.is(lexVerbWordsClass) || t.is(shortPastClass) || strings.HasSuffix(t.low, "ed"))
}
