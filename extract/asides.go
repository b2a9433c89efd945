package extract

import "strings"

// Attributions set inside the clause they report, and the idiom "as X
// put it": rules found on real news (the PolNeAR and Wikinews misses of
// session 19), each with invented sentences in asides_test.go.

// asideOpeners open an adverbial after an attribution's verb besides
// the prepositions ("…, X added later in the day, …").
var asideOpeners = set("later", "earlier", "again", "also", "then", "today", "yesterday", "last",
	"this", "recently", "previously", "separately", "once", "late", "early", "publicly",
	"privately", "repeatedly", "briefly")

// asideAdverbialMax is the most tokens asideAdverbialEnd reads.
const asideAdverbialMax = 10

// asideAdverbialEnd returns the comma closing an adverbial of time or
// place that opens at token k, right after an attribution's verb ("…, X
// added later in the day, …", "…, X explained earlier at the hearing,
// …", "…, X said during Tuesday's meeting in Malmo, …"): a phrase
// opened by a preposition or an adverb of time, with no verb, "that" or
// quotation in it. -1 when the words at k are no such phrase.
func (d *doc) asideAdverbialEnd(k int, s sentence) int {
	toks := d.toks
	if k >= s.b || !(toks[k].is(prepositionsClass) || asideOpeners[toks[k].low]) {
		return -1
	}
	for j := k; j < s.b && j < k+asideAdverbialMax; j++ {
		t := toks[j]
		switch {
		case t.text == ",":
			if j == k {
				return -1
			}
			return j
		case t.kind != tWord && t.kind != tNum && t.kind != tPoss,
			d.inQuote[j], t.low == "that", t.is(auxiliariesClass), t.is(reportingFormsClass),
			strings.HasSuffix(t.low, "ed") && j > k:
			return -1
		}
	}
	return -1
}

// asideBeforeAdverbial reports whether the attribution in tokens
// [attrStart, verbEnd) stands inside its clause, after a subject set
// off by a comma, and its verb is followed by an adverbial and a comma
// ("Dock workers, X added later in the day, have …"): the words after
// the adverbial are the rest of the clause, not a clause the verb
// reports, and midClauseAside reads the two parts as one.
func (d *doc) asideBeforeAdverbial(attrStart, verbEnd int, s sentence) bool {
	cs := d.skipDateline(s)
	if attrStart-1 <= cs || d.toks[attrStart-1].text != "," || !d.subjectOnly(cs, attrStart-1) {
		return false
	}
	return d.asideAdverbialEnd(verbEnd, s) >= 0
}

// subjectOnly reports whether tokens [a, b) may be the subject of a
// clause cut by an aside: words only, no verb, not opened by a
// preposition or adverb ("In May, …" is an adverbial) nor a quotation.
func (d *doc) subjectOnly(a, b int) bool {
	if b <= a || d.toks[a].is(prepositionsClass) || asideOpeners[d.toks[a].low] {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != tWord && t.kind != tNum && t.kind != tPoss || d.inQuote[k] || t.is(auxiliariesClass) || t.is(reportingFormsClass) {
			return false
		}
	}
	return true
}

// accordingInsideClause reads "A, according to X, B" where A is the
// clause's subject and B its verb phrase ("The harbour authority,
// according to X, had ignored three warnings"): one statement, A and B
// with the attribution cut out. Token i is "according", the source
// ends before token pe (after its closing comma).
func (d *doc) accordingInsideClause(si int, s sentence, start, i, pe int) (stmt, bool) {
	toks := d.toks
	if i-1 <= start || toks[i-1].text != "," || pe >= s.b || toks[pe-1].text != "," ||
		!d.subjectOnly(start, i-1) || !d.verbAt(si, pe) {
		return stmt{}, false
	}
	ce := trimClauseEnd(d, pe, s.b)
	if ce-pe < 2 {
		return stmt{}, false
	}
	return stmt{s: toks[start].s, e: toks[ce-1].e, gs: toks[i-1].s, ge: toks[pe].s, sa: si, sb: si, rule: "stmt.according-inside"}, true
}

// putItCue reports whether verb v of ds is the "put" of "as X put it",
// which reports as "as X said" does ("As Lee put it in May, A"; "A, as
// the union's lawyer put it"): object "it", and the clause opened by
// "as".
func putItCue(ds *depSent, v int) bool {
	if ds.lemma(v) != "put" {
		return false
	}
	it := false
	for _, o := range ds.children(v, "obj") {
		it = it || strings.EqualFold(ds.form(o), "it")
	}
	if !it {
		return false
	}
	from, _ := ds.span(v)
	for from < v && ds.words[from].UPOS == "PUNCT" {
		from++
	}
	return strings.EqualFold(ds.form(from), "as")
}

// putItAt reports whether tokens i, i+1 are "put it", the surface test
// before a sentence is parsed for putItCue.
func (d *doc) putItAt(i int, s sentence) bool {
	return d.toks[i].low == "put" && i+1 < s.b && d.toks[i+1].low == "it"
}

// asAfterReport: "A, as X put it" and "A, as X told reporters": a
// reporting verb in an "as" clause after the clause it attributes,
// which is the content (asReport reads the clause after it).
func asAfterReport(ds *depSent, v int) (reported, bool) {
	h := ds.head(v)
	if h < 0 || h > v || clauseOf(ds, v) >= 0 || len(ds.children(v, "nsubj")) == 0 {
		return reported{}, false
	}
	vf, _ := ds.span(v)
	for vf < v && ds.words[vf].UPOS == "PUNCT" {
		vf++
	}
	if ds.form(vf) != "as" || vf == 0 || ds.words[vf-1].Form != "," {
		return reported{}, false
	}
	subj := reportSubject(ds, v)
	if subj < 0 || subj < vf {
		return reported{}, false
	}
	from, _ := ds.span(h)
	return reported{from: from, to: vf - 2, subj: subj}, true
}

// clauseAfterAdverbial returns where the clause a reporting verb
// reports opens when an adverbial and a comma stand between them ("X
// said at the hearing, the drivers were …"): after the comma, unless
// what follows it opens no clause of its own (a relative, a
// conjunction, a participle or another phrase: "X said in Lisbon, where
// …"). Otherwise cs, as found.
func (d *doc) clauseAfterAdverbial(cs, verbEnd int, s sentence) int {
	e := d.asideAdverbialEnd(verbEnd, s)
	if e < 0 || e+1 >= s.b {
		return cs
	}
	n := d.toks[e+1]
	if n.kind != tWord || n.is(asideBreaksClass) || n.is(prepositionsClass) || n.is(relativeWordsClass) ||
		questionWords[n.low] || strings.HasSuffix(n.low, "ing") {
		return cs
	}
	return e + 1
}

// coreSpeechIn reports whether tokens [a, b) hold a verb of speech
// proper ("said", "added", "explained"): only those make an aside whose
// adverbial asideAdverbialEnd skips; "X observed from the long line, …"
// is a sight, not a report.
func (d *doc) coreSpeechIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].is(coreSpeechClass) {
			return true
		}
	}
	return false
}
