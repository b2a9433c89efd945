package extract

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
)

// This file reads reported speech from the dependency parse of a
// sentence, after the surface rules of statements.go: the subject of a
// reporting verb (lexicon/reporting.tsv, matched by lemma) is the
// speaker, its clausal complement ("X said (that) A", "X is stressing
// that A", "X, who …, said A") or the clause it is an aside to ("A, X
// said") the content. A statement is only added where the surface rules
// found none for that clause; speakers resolve through the reader's
// mentions (pronouns, descriptions) as everywhere else.

//go:embed lexicon/reporting.tsv
var reportingTSV string

// reportingCues maps a reporting verb's lemma to its kind ("speech" or
// "cognition").
var reportingCues = mustReportingCues(reportingTSV)

//go:embed lexicon/reporting_nouns.tsv
var reportingNounsTSV string

// reportingNouns maps a noun whose "that" clause is reported content
// ("X's claim that A") to its kind; plurals are listed too.
var reportingNouns = func() map[string]string {
	c, err := parseCueFile("lexicon/reporting_nouns.tsv", reportingNounsTSV)
	if err != nil {
		panic(err) // the embedded file is checked by TestReportingCuesParse
	}
	for n, k := range maps.Clone(c) {
		c[n+"s"] = k
	}
	return c
}()
var reportingNounsKeys = keysClass(reportingNouns)

//go:embed lexicon/documents.tsv
var documentsTSV string

// speakingDocuments are nouns of documents that speak for their owner
// (lexicon/documents.tsv), singular and plural.
var speakingDocuments = func() map[string]bool {
	rows, err := tsvRows("lexicon/documents.tsv", documentsTSV, 1, 2)
	if err != nil {
		panic(err) // the embedded file is checked by TestReportingCuesParse
	}
	m := map[string]bool{}
	for _, r := range rows {
		m[r.fields[0]], m[r.fields[0]+"s"] = true, true
	}
	return m
}()
var speakingDocumentsClass = classOf(speakingDocuments)

func mustReportingCues(src string) map[string]string {
	c, err := parseReportingCues(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestReportingCuesParse
	}
	return c
}

// parseReportingCues reads lexicon/reporting.tsv's format (see its
// header).
func parseReportingCues(src string) (map[string]string, error) {
	return parseCueFile("lexicon/reporting.tsv", src)
}

// parseCueFile reads a cue lexicon of reporting.tsv's format, named
// file in errors.
func parseCueFile(file, src string) (map[string]string, error) {
	rows, err := tsvRows(file, src, 2, 3)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range rows {
		f := r.fields
		if f[1] != "speech" && f[1] != "cognition" {
			return nil, r.errorf("kind %q is neither speech nor cognition", f[1])
		}
		if _, dup := out[f[0]]; dup {
			return nil, r.errorf("%q listed twice", f[0])
		}
		out[f[0]] = f[1]
	}
	return out, nil
}

// reportingForms are the surface forms of the cues, for a cheap test of
// whether a sentence is worth parsing.
var reportingForms = func() map[string]bool {
	m := map[string]bool{}
	for l := range reportingCues {
		for _, f := range inflections(l) {
			m[f] = true
		}
	}
	for _, f := range []string{"said", "told", "wrote", "written", "thought", "felt", "found"} {
		m[f] = true
	}
	return m
}()
var reportingFormsClass = classOf(reportingForms)

// reported is one statement read from the parse: the content words
// [from, to] (0-based, inclusive) and the speaker's head word.
type reported struct {
	from, to int
	subj     int
}

// reportRule is one way of reading a reporting verb's content.
type reportRule struct {
	name string
	read func(ds *depSent, v int) (reported, bool)
}

// reportRules are tried in order; the first that reads a content wins.
var reportRules = []reportRule{
	{"report frame", frameReport}, // report_frames.go
	{"clausal complement", complementReport},
	{"post-posed aside", asideReport},
	{"as-clause", asReport},
	{"as-clause after", asAfterReport},
}

// asReport: "As X told reporters, A": a reporting verb in a clause
// opened by "as" before the clause it modifies, which is the content.
func asReport(ds *depSent, v int) (reported, bool) {
	h := ds.head(v)
	if h < v || ds.words[v].Deprel != "advcl" || clauseOf(ds, v) >= 0 {
		return reported{}, false
	}
	as := false
	for _, m := range ds.children(v, "mark") {
		as = as || ds.lemma(m) == "as"
	}
	subj := -1
	if ds.hasChild(v, "nsubj") {
		subj = reportSubject(ds, v)
	} else {
		subj = asPassiveSource(ds, v)
	}
	if !as || subj < 0 {
		return reported{}, false
	}
	_, vt := ds.span(v)
	_, to := ds.span(h)
	return reported{from: vt + 1, to: to, subj: subj}, true
}

// factualAside reports whether reporting verb v opens an "as" clause
// that is itself asserted ("As reported by the Tidende, the pier will
// close": the modal is the content's, not the report's): no negation or
// modal of its own.
func factualAside(ds *depSent, v int) bool {
	if ds.words[v].Deprel != "advcl" || !ds.hasMark(v, "as") {
		return false
	}
	for _, c := range ds.children(v, "advmod", "aux") {
		if l := ds.lemma(c); negationWords[l] || ds.words[c].Deprel == "aux" && modalAux[l] {
			return false
		}
	}
	return true
}

// asPassiveSource returns the source of a passive reporting verb with
// no subject in an "as" clause: its "by" agent ("As reported by the
// Bergen Tidende, A") or a document it was stated in ("As stated in
// Holm's report, A", whose owner documentOwners finds); -1 when there
// is neither.
func asPassiveSource(ds *depSent, v int) int {
	for _, c := range ds.children(v, "obl", "obl:agent") {
		switch ds.caseOf(c) {
		case "by":
			return c
		case "in":
			if isDocumentWord(ds, c) {
				return c
			}
		}
	}
	return -1
}

// complementReport: "X said (that) A", "X told reporters A", "X is
// stressing that A": the content is the verb's ccomp.
func complementReport(ds *depSent, v int) (reported, bool) {
	c := clauseOf(ds, v)
	if c < 0 {
		return reported{}, false
	}
	subj := reportSubject(ds, v)
	if subj < 0 || c < v && !ds.setOff(subj) {
		// A clause before its verb is an aside's ("A, X said"), set off
		// by punctuation.
		return reported{}, false
	}
	if mandativeClause(ds, v, c) {
		return reported{}, false // "demanded that the minister resign": a directive (diplomatic_offices.go)
	}
	from, to := ds.span(c)
	if c < v && quotationWithTail(ds, from, to) {
		return reported{}, false
	}
	for _, m := range ds.children(c, "mark") {
		if m == from && (ds.lemma(m) == "that" || ds.lemma(m) == "whether" || ds.lemma(m) == "if") {
			from++
		}
	}
	if proformComplement(ds, from, to) {
		return reported{}, false // "said much the same about X": words said elsewhere
	}
	return reported{from: from, to: to, subj: subj}, true
}

// quotationWithTail reports whether words from..to (inclusive) open
// with a quotation that closes before a word of the sentence's own ("“I
// admire the engineering” of the new ferries, X said"): the quotation
// rules read such a report (skipQuoteTail), the quotation alone being
// what the speaker said.
func quotationWithTail(ds *depSent, from, to int) bool {
	if ds.words[from].XPOS != "``" {
		return false
	}
	for k := from + 1; k < to; k++ {
		if ds.words[k].XPOS == "''" {
			for j := k + 1; j <= to; j++ {
				if ds.words[j].UPOS != "PUNCT" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// clauseOf returns the clausal complement of verb v, or -1. Of several
// ("told reporters the ferry would stop", where the tagger took
// "reporters" for a verb), the one with a subject of its own.
func clauseOf(ds *depSent, v int) int {
	cs := ds.children(v, "ccomp")
	for _, c := range cs {
		if ds.hasChild(c, "nsubj", "expl") {
			return c
		}
		for _, cc := range ds.children(c, "ccomp") {
			// The addressee taken for a verb whose clause is the content.
			if ds.hasChild(cc, "nsubj", "expl") {
				return cc
			}
		}
	}
	if len(cs) > 0 {
		return cs[len(cs)-1]
	}
	return -1
}

// asideReport: "A, X said": the verb hangs on the clause before it (as
// parataxis, or as the parser often has it, ccomp), which is the
// content.
func asideReport(ds *depSent, v int) (reported, bool) {
	h := ds.head(v)
	rel := ds.words[v].Deprel
	if h < 0 || h > v || rel != "parataxis" && rel != "ccomp" || clauseOf(ds, v) >= 0 || !ds.hasChild(v, "nsubj") {
		return reported{}, false
	}
	subj := reportSubject(ds, v)
	if subj < 0 || !ds.setOff(subj) {
		return reported{}, false
	}
	vf, _ := ds.span(v)
	from, _ := ds.span(h)
	return reported{from: from, to: vf - 1, subj: subj}, true
}

// setOff reports whether the subtree of word i follows punctuation (a
// comma, dash or closing quotation mark): an aside's speaker is set off
// from the clause it reports ("A, X said"), while "images X saw" is a
// relative clause with no "that". The parser may hang that comma on the
// subject itself, which then opens its subtree (punctOpensSubject).
func (ds *depSent) setOff(i int) bool {
	from, _ := ds.span(i)
	return from > 0 && (ds.words[from-1].UPOS == "PUNCT" || ds.words[from].UPOS == "PUNCT" && from < i)
}

// reportSubject finds the speaker word of reporting verb v: its subject,
// the subject of the verb it is coordinated with, or the noun a relative
// clause hangs on, or of the clause a participle ("saying") modifies;
// -1 when there is none. Passives ("it was reported")
// have no speaker.
func reportSubject(ds *depSent, v int) int {
	if ds.hasChild(v, "nsubj:pass") {
		return -1
	}
	if ds.words[v].Deprel == "advcl" && ds.words[v].XPOS == "VBG" && !ds.hasChild(v, "nsubj") {
		for _, m := range ds.children(v, "mark") {
			if ds.lemma(m) == "for" {
				// "criticised X for saying that A": X said it.
				if o := ds.children(ds.head(v), "obj"); len(o) > 0 {
					return o[0]
				}
				return -1
			}
		}
		if o, ok := absoluteSubject(ds, v); ok {
			return o // attribution_clauses.go: "despite X now saying A": X, or no one
		}
		// "…, saying that A": the participle's subject is its head's.
		h := ds.head(v)
		if g := participleHost(ds, v, h); g >= 0 {
			h = g
		}
		return verbSubject(ds, h)
	}
	return verbSubject(ds, v)
}

// span returns the first and last word of the subtree of word i.
func (ds *depSent) span(i int) (int, int) {
	from, to := i, i
	for j := range ds.words {
		if j < from || j > to {
			if ds.dominates(i, j) {
				from, to = min(from, j), max(to, j)
			}
		}
	}
	return from, to
}

// dominates reports whether word j is in the subtree of word i.
func (ds *depSent) dominates(i, j int) bool {
	for hops := 0; j >= 0 && hops <= len(ds.words); hops++ {
		if j == i {
			return true
		}
		j = ds.head(j)
	}
	return false
}

// beforeReportingParticiple ends content [from, to] before a comma and a
// reporting participle inside it ("said he did not believe it, arguing
// that …"): what follows is a statement of its own.
func (ds *depSent) beforeReportingParticiple(from, to int) int {
	for k := from + 2; k <= to; k++ {
		if ds.words[k-1].Form == "," && ds.words[k].XPOS == "VBG" && reportingCues[ds.lemma(k)] != "" {
			_, t := ds.trimPunct(from, k-1)
			return t
		}
	}
	return to
}

// trimPunct narrows [from, to] past punctuation at either end.
func (ds *depSent) trimPunct(from, to int) (int, int) {
	for from <= to && ds.words[from].UPOS == "PUNCT" && !isQuoteMark(ds.words[from].Form) {
		from++
	}
	for to >= from && ds.words[to].UPOS == "PUNCT" && !isQuoteMark(ds.words[to].Form) {
		to--
	}
	return from, to
}

// unquote narrows [from, to] past a pair of quotation marks enclosing
// it (and a comma or period inside the closing mark): the content of a
// quotation is its words.
//
// A single mark at either end with none inside is a quotation left open
// (it runs on to the next paragraph) or closed after the content: it is
// dropped too.
func (ds *depSent) unquote(from, to int) (int, int) {
	if to-from < 2 {
		return from, to
	}
	for k := from + 1; k < to; k++ {
		if isQuoteMark(ds.words[k].Form) {
			return from, to
		}
	}
	openQ, closeQ := isQuoteMark(ds.words[from].Form), isQuoteMark(ds.words[to].Form)
	if openQ {
		from++
	}
	if closeQ {
		to--
	}
	if openQ || closeQ {
		return ds.trimPunct(from, to)
	}
	return from, to
}

func isQuoteMark(s string) bool {
	return s == "\"" || s == "\u201c" || s == "\u201d" || s == "''" || s == "``"
}

// mayReport tells whether a sentence is worth parsing for statements: a
// mention and a reporting verb's form outside quotations.
func (d *doc) mayReport(r *reader, si int, s sentence) bool {
	if len(r.mentsBy[si]) == 0 {
		return false
	}
	for i := s.a; i < s.b; i++ {
		if (d.toks[i].is(reportingFormsClass) || d.putItAt(i, s) || d.frameAt(i, s)) && !d.inQuote[i] {
			return true
		}
	}
	return false
}

// depStatementsIn reads the reported speech of sentence si from its
// parse and adds the statements the surface rules did not find.
func (d *doc) depStatementsIn(r *reader, si int, s sentence) {
	if d.x.opts.NoReportedSpeech || !d.mayReport(r, si, s) {
		return
	}
	if d.statementParseUseless(r, si, s) {
		d.reject(si, d.reportingFormAt(s), "parse: reporting verb", "not parsed: the statements read leave too few words for another")
		return
	}
	if d.maySkipParse() && d.noSpeakerPossible(r, si) {
		return // the parse's reader would find no speaker (speakerless.go)
	}
	if !d.reportingVerbTagged(si, s) {
		return // the parse's reader would read no word
	}
	for _, ds := range d.parsed(si) {
		for v := range ds.words {
			if st, ok := d.depReport(r, si, &ds, v); ok {
				d.stmts = append(d.stmts, st)
				if r.subject[si] == nil {
					r.subject[si] = st.speakers
				}
				reportedSpeaker(r, st, s.line)
			}
		}
	}
}

// reportingVerbTagged tells whether sentence si holds a word depReport
// reads: tagged VERB, with a reporting cue's lemma, outside quotations.
// Only the tags are needed to tell (taggedSentence), so a sentence
// without one is not parsed for statements: a third of those mayReport
// lets through in generated news ("the unit found in the report", a
// form of "say" or "tell" read as a noun or an adjective, a
// cue's form that is another verb's).
func (d *doc) reportingVerbTagged(si int, s sentence) bool {
	if _, done := d.parses[si]; done {
		return true // parsed already: reading it costs little
	}
	sp := d.parseSpan(s) // the tags are of the words after a dateline (negotiation_sides.go)
	for _, ps := range d.taggedSentence(si) {
		for _, w := range ps.Tokens {
			if l := strings.ToLower(w.Lemma); (w.UPOS != "VERB" || reportingCues[l] == "" && l != "put") && !frameTagged(w.UPOS, l, strings.ToLower(w.Form)) {
				continue
			}
			if _, k := d.tokenFrom(sp, sp.a, sp.s+w.Start); k >= 0 && !d.inQuote[k] {
				return true
			}
		}
	}
	return false
}

// depReport reads word v of ds if it is a reporting verb with a speaker
// and a content no statement covers yet.
func (d *doc) depReport(r *reader, si int, ds *depSent, v int) (stmt, bool) {
	w := &ds.words[v]
	if !isReportCue(ds, v) || ds.tok[v] < 0 || d.inQuote[ds.tok[v]] {
		return stmt{}, false
	}
	if !factual(ds, v) && !factualAside(ds, v) && !carriedReport(ds, v) && !perceivedReport(ds, v) {
		d.reject(si, ds.tok[v], "parse: reporting verb", "not factual in the parse (negated, modal, conditional or wanted)")
		return stmt{}, false
	}
	var rep reported
	found := false
	name := ""
	for _, rule := range reportRules {
		if rep, found = rule.read(ds, v); found {
			name = rule.name
			break
		}
	}
	if !found {
		d.reject(si, ds.tok[v], "parse: reporting verb", "no clause it reports and no speaker in the parse")
		return stmt{}, false
	}
	name = parseRule(name)
	from, to := ds.unquote(ds.trimPunct(rep.from, rep.to))
	to = ds.beforeReportingParticiple(from, to)
	if k := d.skipDateline(d.sents[si]); k < len(d.toks) {
		// "NAIROBI, Wednesday — A happened, the police said": the
		// dateline is no part of what was said.
		for from <= to && ds.words[from].Start < d.toks[k].s {
			from++
		}
	}
	if embeddedQuestion(strings.ToLower(w.Form), ds.form(from)) {
		d.reject(si, ds.tok[v], name, "an embedded question (\"explained how …\"), not what was said")
		return stmt{}, false
	}
	if to-from < 2 || rep.subj >= from && rep.subj <= to || v >= from && v <= to {
		d.reject(si, ds.tok[v], name, "content under three words, or holding its speaker or verb")
		return stmt{}, false
	}
	speakers := d.wordActors(r, si, ds, ds.withConjuncts(rep.subj))
	if m := d.mentionAtTok(r, si, ds.tok[rep.subj]); len(speakers) == 0 && m != nil {
		speakers = d.groupSpeakers(r, []*mention{m})
	}
	if len(speakers) == 0 {
		speakers = d.documentOwners(r, si, ds, rep.subj)
	}
	if len(speakers) == 0 {
		d.reject(si, ds.tok[v], name, "speaker not an actor")
		return stmt{}, false
	}
	st := stmt{s: ds.words[from].Start, e: ds.words[to].End, sa: si, sb: si, speakers: speakers, verb: w.Form, rule: name}
	if d.fragment(st) {
		d.reject(si, ds.tok[v], name, "a fragment of five words or fewer with no clause")
		return stmt{}, false
	}
	inner, ok := d.innerStatements(st)
	if !ok {
		d.reject(si, ds.tok[v], name, "a statement read before covers these words")
		return stmt{}, false
	}
	d.dropStatements(inner)
	return st, true
}

// documentOwners returns the owners of subject word w when it is a
// document (lexicon/documents.tsv) that names them: "the Home Office
// letter reads", "Davis' commentary stated", "a statement from the
// ministry said". Owners after "by" ("a letter seen by Sky News") only
// saw it.
func (d *doc) documentOwners(r *reader, si int, ds *depSent, w int) []*actor {
	if !isDocumentWord(ds, w) {
		if ofDocument(ds, w) {
			return d.wordActors(r, si, ds, sentDocumentSubject(ds, w)) // "a series of tweets saying"
		}
		return nil
	}
	var words []int
	for _, c := range ds.children(w, "compound", "nmod:poss", "nmod") {
		if ds.words[c].Deprel == "nmod" && ds.caseOf(c) != "from" && ds.caseOf(c) != "of" {
			continue
		}
		words = append(words, ds.withConjuncts(c)...)
	}
	if len(words) == 0 {
		words = sentDocumentSubject(ds, w)
	}
	var out []*actor
	for _, c := range words {
		if m := d.mentionAtTok(r, si, ds.tok[c]); m != nil && !d.isDemonymTok(m.b-1) {
			out = append(out, d.refs(r, m)...)
		}
	}
	return out
}

// isDocumentWord reports whether word w is a document's noun
// (lexicon/documents.tsv).
func isDocumentWord(ds *depSent, w int) bool {
	return speakingDocuments[ds.lemma(w)] || speakingDocuments[ds.form(w)]
}

// ofDocument reports whether noun w counts documents: "a series of
// tweets", "a pair of letters".
func ofDocument(ds *depSent, w int) bool {
	for _, c := range ds.children(w, "nmod") {
		if ds.caseOf(c) == "of" && isDocumentWord(ds, c) {
			return true
		}
	}
	return false
}

// sentDocumentSubject returns the subject (with its conjuncts) of the
// verb whose object is document w, for a document that names no owner:
// "X issued a statement saying A", "X posted a series of tweets saying
// A": who sent it said it. Nil when w is no object of a verb.
func sentDocumentSubject(ds *depSent, w int) []int {
	h := ds.head(w)
	if h < 0 || ds.words[w].Deprel != "obj" || ds.words[h].UPOS != "VERB" {
		return nil
	}
	subj := verbSubject(ds, h)
	if subj < 0 || subj == w {
		return nil
	}
	return ds.withConjuncts(subj)
}

// innerStatements returns the statements already read that overlap st,
// and whether st may take their place: each is a quoted phrase inside
// st's words with st's speakers ("X said it would be "improper" to
// speak" is the whole clause, not "improper"). A clause the surface
// rules read stays: they end it where the parse may not ("said A and
// urged B").
func (d *doc) innerStatements(st stmt) ([]int, bool) {
	var in []int
	for k, o := range d.stmts {
		if o.s >= st.e || st.s >= o.e {
			continue
		}
		if o.rule != "stmt.quoted-phrase" || o.s < st.s || o.e > st.e || !sameActors(o.speakers, st.speakers) {
			return nil, false
		}
		in = append(in, k)
	}
	return in, true
}

// dropStatements removes the statements at indices ks (ascending).
func (d *doc) dropStatements(ks []int) {
	for i := len(ks) - 1; i >= 0; i-- {
		d.stmts = append(d.stmts[:ks[i]], d.stmts[ks[i]+1:]...)
	}
}

// sameActors reports whether a and b hold the same actors.
func sameActors(a, b []*actor) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// statementCovers reports whether a statement already read overlaps st's words.
func (d *doc) statementCovers(st stmt) bool {
	for _, o := range d.stmts {
		if o.s < st.e && st.s < o.e {
			return true
		}
	}
	return false
}
