package extract

import (
	_ "embed"
	"strings"
)

// Attributions whose cue is no reporting verb: a view held with an
// adjective ("X is confident that A"), a verb of saying made with
// "make" ("X made the case that A", "X made it clear that A"). Found
// among the PolNeAR misses; each rule has invented
// sentences in report_frames_test.go.

//go:embed lexicon/report_frames.tsv
var reportFramesTSV string

// reportFrames holds lexicon/report_frames.tsv: for each frame
// ("adjective", "light") its words and their kinds.
var reportFrames = mustReportFrames(reportFramesTSV)

func mustReportFrames(src string) map[string]map[string]string {
	f, err := parseReportFrames(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestReportFramesParse
	}
	return f
}

// parseReportFrames reads lexicon/report_frames.tsv's format (see its
// header).
func parseReportFrames(src string) (map[string]map[string]string, error) {
	rows, err := tsvRows("lexicon/report_frames.tsv", src, 3, 4)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]string{"adjective": {}, "light": {}, "carrier": {}}
	for _, r := range rows {
		f := r.fields
		words, ok := out[f[0]]
		if !ok {
			return nil, r.errorf("frame %q is not adjective, light or carrier", f[0])
		}
		if f[2] != "speech" && f[2] != "cognition" {
			return nil, r.errorf("kind %q is neither speech nor cognition", f[2])
		}
		if _, dup := words[f[1]]; dup {
			return nil, r.errorf("%q listed twice", f[1])
		}
		words[f[1]] = f[2]
	}
	return out, nil
}

// frameAdjectives, lightWords and carriers are the frames' words.
var (
	frameAdjectives = reportFrames["adjective"]
	lightWords      = reportFrames["light"]
	carriers        = reportFrames["carrier"]
)

// frameForms are the surface forms that may open a frame, for the
// cheap test of whether a sentence is worth parsing (frameAt).
var frameForms = func() map[string]bool {
	m := map[string]bool{}
	for w := range frameAdjectives {
		m[w] = true
	}
	return m
}()

// makeForms are the forms of "make", the verb of the light frame.
var makeForms = set("make", "makes", "made", "making")

// frameFormsClass and makeFormsClass are frameForms and makeForms as
// word classes (frameAt asks at every word of a sentence with a mention).
var (
	frameFormsClass = classOf(frameForms)
	makeFormsClass  = classOf(makeForms)
)

// frameAt reports whether token i may open a report frame: a frame
// adjective before a word that may open a clause, or a form of "make" with a light word among the next
// three tokens. The parse decides (frameCue).
func (d *doc) frameAt(i int, s sentence) bool {
	t := &d.toks[i]
	if t.is(frameFormsClass) {
		return i+1 < s.b && clauseOpener(d.toks[i+1])
	}
	if !t.is(makeFormsClass) {
		return false
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		if lightWords[d.toks[k].low] != "" {
			return true
		}
	}
	return false
}

// clauseOpener reports whether token t may open the clause after a
// frame adjective: "that", a determiner or pronoun, or a capitalised
// word ("confident that …", "adamant the brigade …", "sure he …",
// "certain Oslo …"); "certain countries" opens none.
func clauseOpener(t token) bool {
	return t.low == "that" || t.cap || t.is(determinersClass) || clausePronouns[t.low]
}

// clausePronouns may be the subject of a clause after a frame
// adjective.
var clausePronouns = set("he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "there")

// frameTagged reports whether a tagged word may be a frame's cue: an
// adjective or participle of frameAdjectives, or a verb "make".
func frameTagged(upos, lemma, form string) bool {
	switch upos {
	case "ADJ":
		return frameAdjectives[form] != ""
	case "VERB":
		return frameAdjectives[form] != "" || lemma == "make"
	}
	return false
}

// frameCue reports whether word v of ds is the cue of a report frame
// (rule reportFrame) with a clause to report: an adjective of
// frameAdjectives (or its participle) with no object ("X is confident
// that A", "X came away convinced that A"), or a "make" whose object or
// adjective is a light word ("X made the case that A", "X made it
// clear that A"). Either has a clausal complement.
func frameCue(ds *depSent, v int) bool {
	w := ds.words[v]
	form := strings.ToLower(w.Form)
	switch {
	case (w.UPOS == "ADJ" || w.UPOS == "VERB") && frameAdjectives[form] != "":
		return clauseOf(ds, v) >= 0 && !ds.hasChild(v, "obj", "iobj")
	case w.UPOS == "VERB" && ds.lemma(v) == "make":
		n := lightWord(ds, v)
		return n >= 0 && (clauseOf(ds, v) >= 0 || lightClause(ds, n) >= 0)
	}
	return false
}

// lightWord returns the object or adjective of "make" v that is a light
// word ("the case", "clear"), or -1.
func lightWord(ds *depSent, v int) int {
	for _, c := range ds.children(v, "obj", "xcomp") {
		if lightWords[ds.lemma(c)] != "" || lightWords[strings.ToLower(ds.form(c))] != "" {
			return c
		}
	}
	return -1
}

// lightClause returns the clause the parse hangs on light noun n rather
// than on "make" ("made the point that A" read as a relative clause of
// "point"): one right after the noun, opened by "that", with a subject
// of its own besides that "that". -1 when there is none.
func lightClause(ds *depSent, n int) int {
	for _, c := range ds.children(n, "acl", "acl:relcl") {
		from, _ := ds.span(c)
		if from != n+1 || !strings.EqualFold(ds.form(from), "that") {
			continue
		}
		for _, sj := range ds.children(c, "nsubj", "nsubj:pass") {
			if sj != from {
				return c
			}
		}
	}
	return -1
}

// frameReport (rule reportFrame): a report frame's clausal complement is
// the content and the frame's subject the speaker, as for a reporting
// verb (complementReport); for a light noun whose clause the parse
// hangs on the noun, that clause after its "that".
func frameReport(ds *depSent, v int) (reported, bool) {
	if !frameCue(ds, v) {
		return reported{}, false
	}
	if clauseOf(ds, v) >= 0 {
		return complementReport(ds, v)
	}
	c := lightClause(ds, lightWord(ds, v))
	subj := reportSubject(ds, v)
	if subj < 0 {
		return reported{}, false
	}
	from, to := ds.span(c)
	return reported{from: from + 1, to: to, subj: subj}, true
}

// isReportCue reports whether word v of ds is read by depReport: a
// reporting verb, the "put" of "as X put it", or a report frame's cue.
func isReportCue(ds *depSent, v int) bool {
	if ds.words[v].UPOS == "VERB" && (reportingCues[ds.lemma(v)] != "" || putItCue(ds, v)) {
		return true
	}
	return frameCue(ds, v)
}

// Reporting nouns (lexicon/reporting_nouns.tsv) whose owner is no
// possessive, and whose clause follows a copula.

// ownerArticles open a noun phrase whose modifier names the owner of a
// reporting noun ("a Daily Ledger report that A").
var ownerArticles = set("a", "an", "the")

// attributiveOwner (rule contentNounAttributive) returns the actor
// named right before reporting noun i as its modifier, after "a", "an"
// or "the": "a Daily Ledger report that A", "an IMF warning that A",
// "the Kremlin statement that A". One lower-case word may stand between
// ("a Ledger internal report"). Nil when no mention of an actor ends
// there.
func (d *doc) attributiveOwner(r *reader, si int, s sentence, i int) []*mention {
	e := i
	if e-1 <= s.a {
		return nil
	}
	if t := d.toks[e-1]; t.kind == tWord && !t.cap && !t.is(determinersClass) && !t.is(prepositionsClass) {
		e--
	}
	for _, m := range d.heads(r, si, false) {
		if m.b != e || m.kind == sPron || m.poss || m.a <= s.a {
			continue
		}
		if ownerArticles[d.toks[m.a].low] || ownerArticles[d.toks[m.a-1].low] {
			return []*mention{m}
		}
	}
	return nil
}

// copulaThat (rule contentNounCopula) reports whether tokens k, k+1 are
// "is that" or "was that" after reporting noun k-1 written right after
// its owner: "Lind's bet is that A", "the ministry's view was that A"
// state the owner's view as "Lind's view that A" does. A modifier
// between makes it someone else's judgement of what the owner could
// say ("Mexico's best argument is that A").
func (d *doc) copulaThat(k int, s sentence) bool {
	if k+1 >= s.b || k-2 < s.a {
		return false
	}
	if p := d.toks[k-2]; p.kind != tPoss && !possessivePronouns[p.low] {
		return false
	}
	switch d.toks[k].low {
	case "is", "was", "remains", "remained":
		return d.toks[k+1].low == "that"
	}
	return false
}

// nounClauseEnd (rule contentNounClauseEnd) returns where the "that"
// clause of reporting noun i ends, when the parse closes it before
// token ce: "Moretti's conclusion that the files should stay sealed is
// not shared by other judges" reports "the files should stay sealed",
// not the verb of the sentence the noun is the subject of. Only for a
// noun that is a subject, and a clause with a subject of its own (a
// clause the parse cut short, "her acknowledgment that to pay for A,
// she needs B", has none). Else ce.
func (d *doc) nounClauseEnd(si, i, ce int) int {
	for _, ds := range d.parsed(si) {
		for v := range ds.words {
			if ds.tok[v] != i {
				continue
			}
			if rel := ds.words[v].Deprel; rel != "nsubj" && rel != "nsubj:pass" && rel != "nsubj:outer" {
				return ce
			}
			for _, c := range ds.children(v, "acl", "ccomp") {
				if c < v || !ds.hasMark(c, "that") || !ds.hasChild(c, "nsubj", "nsubj:pass", "expl") {
					continue
				}
				_, to := ds.span(c)
				if k := ds.tok[to]; k >= 0 && k+1 < ce {
					return k + 1
				}
			}
			return ce
		}
	}
	return ce
}

// timeAdverbs may stand between a one-word name and the verb that shows
// it acts or speaks ("Factwise then pointed out that A", "Veltra later
// said"; rule singleNameThenVerb, read by singleWordOrgs).
var timeAdverbs = set("then", "later", "earlier", "again", "repeatedly", "previously", "recently", "publicly", "quickly", "swiftly", "immediately", "subsequently")

// pastTimeAdverbs returns the first token from k on that is not a time
// adverb (timeAdverbs), at most two of them skipped.
func (d *doc) pastTimeAdverbs(k int, s sentence) int {
	for n := 0; n < 2 && k < s.b && timeAdverbs[d.toks[k].low]; n++ {
		k++
	}
	return k
}

// carriedReport (rule carriedReport) reports whether reporting verb v
// is the "to" complement of a carrier (lexicon/report_frames.tsv) that
// is itself asserted: "X went on to say that A", "X seemed to think A",
// "Y forced X to admit that A" report A as "X said A" does, where "X
// wants to say A" or "X tried to argue A" report nothing. Only with a
// clausal complement that has a subject of its own.
func carriedReport(ds *depSent, v int) bool {
	h := ds.head(v)
	if h < 0 || ds.words[v].Deprel != "xcomp" || !ds.hasMark(v, "to") || ds.words[h].UPOS != "VERB" {
		return false
	}
	l := ds.lemma(h)
	if carriers[l] == "" || !factual(ds, h) {
		return false
	}
	if l == "go" && !hasOn(ds, h) {
		return false // "went to say goodbye": a purpose
	}
	c := clauseOf(ds, v) // a clause with a subject: the parse read it whole
	return c >= 0 && ds.hasChild(c, "nsubj", "nsubj:pass", "expl")
}

// hasOn reports whether verb h has the particle or adverb "on" ("went
// on to say").
func hasOn(ds *depSent, h int) bool {
	for _, c := range ds.children(h, "compound:prt", "advmod", "obl") {
		if strings.EqualFold(ds.form(c), "on") {
			return true
		}
	}
	return false
}
