package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp"
)

// This file gives the readers the dependency parse of a sentence
// (package nlp). Parsing is most of extraction's cost, so a sentence is
// parsed at most once per article (doc.parses), only when a reader's
// cheap test says it may find something there (mayReport,
// statementParseUseless and noSpeakerPossible, mayInteract, orgVerbAfter; a rule whose word
// tests can still fail asks the parse last; reportingVerbTagged reads
// the sentence's tags, a quarter of a parse's cost, which the parse then
// reuses), and the sentences that are sure
// to be asked for are parsed before reading, all in one nlp.AnnotateAll
// batch: the parser
// tags every sentence of a batch before parsing any, which spares the
// caches (BENCHMARKS.md, "Speed of the tagger and parser"). A parse does
// not depend on the batch it was made in, so what is read stays the
// same whichever way a sentence was parsed.

// depSent is one parsed sentence with each word's extraction token.
type depSent struct {
	words []nlp.Token
	tok   []int // index into doc.toks of each word, -1 when none
	// kids lists each word's dependents in text order (kidsOf), so
	// that children need not scan the sentence at every word.
	kids [][]int
	// forms and lemmas are the words' forms and lemmas in lower case,
	// lowered once (the rules ask at every word).
	forms, lemmas []string
	// formIDs and lemmaIDs are their word numbers among the word
	// classes' words (wordclass.go; formIs, lemmaIs).
	formIDs, lemmaIDs []uint32
}

// lowered returns the lower-case forms and lemmas of words. A lemma
// that is its word's form (a proper noun's, most often) is lowered once.
// known, when not nil, gives word i's form in lower case when it is
// known already ("" when not).
func lowered(words []nlp.Token, known func(i int) string) (forms, lemmas []string) {
	n := len(words)
	both := make([]string, 2*n)
	forms, lemmas = both[:n:n], both[n:]
	for i := range words {
		if known != nil {
			forms[i] = known(i)
		}
		if forms[i] == "" {
			forms[i] = strings.ToLower(words[i].Form)
		}
		if words[i].Lemma == words[i].Form {
			lemmas[i] = forms[i]
		} else {
			lemmas[i] = strings.ToLower(words[i].Lemma)
		}
	}
	return forms, lemmas
}

// tokenLow returns strings.ToLower(form) when token k is the word form
// in ASCII, whose lower-case form tokenize made already (lower, which
// differs from strings.ToLower only outside ASCII); "" otherwise.
func (d *doc) tokenLow(k int, form string) string {
	if k < 0 || d.toks[k].text != form || !isASCII(form) {
		return ""
	}
	return d.toks[k].low
}

// kidsOf returns the dependents of each word of words, in text order.
func kidsOf(words []nlp.Token) [][]int {
	n := len(words)
	// One allocation for the counts, the cursors and the dependents (a
	// word has at most one head, so at most n of them).
	buf := make([]int, 3*n+1)
	start := buf[: n+1 : n+1] // word h's dependents are flat[start[h]:start[h+1]]
	for j := range words {
		if h := words[j].Head - 1; h >= 0 && h < n {
			start[h+1]++
		}
	}
	for h := 0; h < n; h++ {
		start[h+1] += start[h]
	}
	next := buf[n+1 : 2*n+1 : 2*n+1]
	copy(next, start[:n])
	flat := buf[2*n+1 : 2*n+1+start[n] : 2*n+1+start[n]]
	for j := range words {
		if h := words[j].Head - 1; h >= 0 && h < n {
			flat[next[h]] = j
			next[h]++
		}
	}
	kids := make([][]int, n)
	for h := range kids {
		kids[h] = flat[start[h]:start[h+1]:start[h+1]]
	}
	return kids
}

// parsed returns the parse of sentence si, parsing it once per
// extraction (parseAhead may have done it already).
func (d *doc) parsed(si int) []depSent {
	if ds, ok := d.parses[si]; ok {
		return ds
	}
	if d.parses == nil {
		d.parses = map[int][]depSent{}
	}
	var ds []depSent
	if tg := d.tagged[si]; tg != nil {
		ds = d.depSents(d.parseSpan(d.sents[si]), tg.Parse(0, len(tg.Sentences())))
		delete(d.tagged, si)
	} else {
		ds = d.parseSentence(d.sents[si])
	}
	d.parses[si] = ds
	return ds
}

// taggedSentence returns the words of sentence si tagged and
// lemmatised, not parsed unless a reader parsed them already; nil when
// the parser is unavailable. Tagging is about a quarter of a parse's
// cost, and parsed parses these tags later without tagging again. The
// parse changes no tag or lemma (nlp.Tagged), and the only tag depSents
// changes is an adverb's (nameAsAdverb), so a reader that reads only
// words of some tags and lemmas may ask for the tags first.
func (d *doc) taggedSentence(si int) []nlp.Sentence {
	if tg := d.tagged[si]; tg != nil {
		return tg.Sentences()
	}
	s := d.parseSpan(d.sents[si])
	m, err := nlp.Greedy()
	if err != nil || s.e <= s.s {
		return nil
	}
	tg := m.TagAll(nlp.Tokenize(d.text[s.s:s.e]))
	if d.tagged == nil {
		d.tagged = map[int]*nlp.Tagged{}
	}
	d.tagged[si] = tg
	return tg.Sentences()
}

// tokenFrom returns the extraction token of sentence s holding the
// word that starts at byte start of d.text, looking from token k on,
// -1 when none, and the token to look from for a later word.
func (d *doc) tokenFrom(s sentence, k, start int) (next, tok int) {
	for k < s.b && d.toks[k].e <= start {
		k++
	}
	if k < s.b && d.toks[k].s <= start {
		return k, k
	}
	return k, -1
}

// parseSentence parses extraction sentence s alone; nil when the parser
// is unavailable. Words are numbered as in nlp (Head 1-based).
func (d *doc) parseSentence(s sentence) []depSent {
	s = d.parseSpan(s)
	m, err := nlp.Greedy()
	if err != nil || s.e <= s.s {
		return nil
	}
	return d.depSents(s, m.Parse(d.text[s.s:s.e]))
}

// parseAhead parses in one batch the sentences read will surely ask
// the parse of (parsedForSure), before it reads any. Sentences whose
// need depends on what the surface rules read are left to parsed.
func (d *doc) parseAhead(r *reader) {
	if d.parseOneByOne {
		return
	}
	m, err := nlp.Greedy()
	if err != nil {
		return // parsed finds no parser either
	}
	var want []int
	for si, s := range d.sents {
		if _, done := d.parses[si]; done {
			continue // parsed already, by a rule of names (verbSubject …)
		}
		if s.e > s.s && d.parsedForSure(r, si, s) {
			want = append(want, si)
		}
	}
	if len(want) == 0 {
		return
	}
	var batch []nlp.Sentence
	ends := make([]int, len(want)) // end of each sentence's part of batch
	for k, si := range want {
		s := d.parseSpan(d.sents[si])
		batch = append(batch, nlp.Tokenize(d.text[s.s:s.e])...)
		ends[k] = len(batch)
	}
	m.AnnotateAll(batch)
	if d.parses == nil {
		d.parses = make(map[int][]depSent, len(want))
	}
	from := 0
	for k, si := range want {
		d.parses[si] = d.depSents(d.parseSpan(d.sents[si]), batch[from:ends[k]])
		from = ends[k]
	}
}

// parsedForSure tells whether read will ask for sentence si's parse
// whatever the surface rules find there: the region and the cheap tests
// by which depRelationsIn parses (mayInteract and the three tests beside
// it) that do not depend on the relations the surface patterns read
// (hasSurfaceRelation), and, as a guess, a sentence with no word that
// opens a relation pattern (maySurfaceRelate), where they read none.
// Whether depStatementsIn parses depends on the statements the surface
// rules read (statementParseUseless), so those sentences are parsed
// when asked.
func (d *doc) parsedForSure(r *reader, si int, s sentence) bool {
	if d.sentRegion[si] == rDrop {
		return false
	}
	if cued, and := d.interactionCues(r, si, s); cued && (and || !d.maySurfaceRelate(s) || d.threatCue(s) || d.summedActCue(s) || d.relativeGiftCue(s) || d.participleBlameCue(s)) {
		return true
	}
	return d.mayInteractQuoted(r, si, s) || d.answersClaims(r, si, s) || d.sanctionsGoods(r, si, s)
}

// maySurfaceRelate tells whether sentence s has, outside quotations, a
// word that opens a pattern of the relation lexicon (lex.byFirst,
// lex.nomFirst): where none does, the surface patterns read no relation
// (hasSurfaceRelation is false in every such sentence of the seeds and
// the test articles, 27 of them), so mayInteract asks for the parse. A
// guess: a sentence parsed ahead that read would not have parsed costs
// a parse, and changes nothing read, as a parse does not depend on its
// batch.
func (d *doc) maySurfaceRelate(s sentence) bool {
	for i := s.a; i < s.b; i++ {
		if !d.inQuote[i] && (d.toks[i].is(lexVerbFirst) || d.toks[i].is(lexNominalFirst)) {
			return true
		}
	}
	return false
}

// minFreeWords is the fewest free words (statementParseUseless) a
// sentence holding a statement must keep for its parse to be read for
// more statements. On the seeds, the test articles, testdata/heldout, the
// Wikinews set, PolNeAR's development texts and 300 generated articles,
// sentences with fewer gave the parse's reader no statement but four
// fragments ("We have been here", "after the meeting broke up") with 6,
// and lost right ones from 11 on (BENCHMARKS.md, issue 12 speed).
const minFreeWords = 6

// statementParseUseless tells whether the parse of sentence si can be
// left unread for statements: a statement read before overlaps the
// sentence and fewer than minFreeWords words are free, that is outside
// every statement, quotation and mention and not a reporting verb's form.
// The parse's reader only adds statements whose words no statement
// covers yet, and its speaker and verb lie outside them, so where the
// surface rules read the sentence's statement, what is left is mostly
// the speaker and the verb ("Smith said on Tuesday"). Parsing is most of
// extraction's cost and about a quarter of the sentences parsed for
// statements are such sentences.
func (d *doc) statementParseUseless(r *reader, si int, s sentence) bool {
	var covering []stmt
	for _, st := range d.stmts {
		if st.s < s.e && s.s < st.e {
			covering = append(covering, st)
		}
	}
	if len(covering) == 0 {
		return false
	}
	free := 0
	ms := r.mentsBy[si] // sorted by start
	for i, k := s.a, 0; i < s.b; i++ {
		for k < len(ms) && ms[k].b <= i {
			k++
		}
		t := &d.toks[i]
		if t.kind != tWord && t.kind != tNum || d.inQuote[i] || t.is(reportingFormsClass) || inMention(ms[k:], i) || inStatement(covering, t.s, t.e) {
			continue
		}
		if free++; free >= minFreeWords {
			return false
		}
	}
	return true
}

// reportingFormAt returns the first token of sentence s outside
// quotations that is a reporting verb's form (the one mayReport found).
func (d *doc) reportingFormAt(s sentence) int {
	for i := s.a; i < s.b; i++ {
		if d.toks[i].is(reportingFormsClass) && !d.inQuote[i] {
			return i
		}
	}
	return s.a
}

// inMention reports whether token i lies in one of ms, mentions sorted
// by start.
func inMention(ms []*mention, i int) bool {
	for _, m := range ms {
		if m.a > i {
			return false
		}
		if i < m.b {
			return true
		}
	}
	return false
}

// parseWordIDs numbers the lower-case forms and lemmas of ds's words
// (formIDs, lemmaIDs): a form that is its token's lower-case form takes
// the token's number, a lemma that is its form the form's, and only the
// others are looked up.
func (d *doc) parseWordIDs(ds *depSent) (forms, lemmas []uint32) {
	classOnce.Do(buildWordClasses)
	n := len(ds.words)
	both := make([]uint32, 2*n)
	forms, lemmas = both[:n:n], both[n:]
	for i := range ds.words {
		if k := ds.tok[i]; k >= 0 && d.toks[k].low == ds.forms[i] {
			forms[i] = d.toks[k].wid
		} else {
			forms[i] = wordIDs[ds.forms[i]]
		}
		if ds.lemmas[i] == ds.forms[i] {
			lemmas[i] = forms[i]
		} else {
			lemmas[i] = wordIDs[ds.lemmas[i]]
		}
	}
	return forms, lemmas
}

// inStatement reports whether bytes [s, e) lie inside one of sts.
func inStatement(sts []stmt, s, e int) bool {
	for _, st := range sts {
		if st.s <= s && e <= st.e {
			return true
		}
	}
	return false
}

// depSents turns the parse of sentence s's text into depSents: word
// offsets into d.text and each word's extraction token.
func (d *doc) depSents(s sentence, parse []nlp.Sentence) []depSent {
	var out []depSent
	k := s.a // the parse's sentences follow one another: each looks on from the last's end
	for _, ps := range parse {
		ds := depSent{words: ps.Tokens, tok: make([]int, len(ps.Tokens)), kids: kidsOf(ps.Tokens)}
		for i := range ds.words {
			w := &ds.words[i]
			w.Start += s.s
			w.End += s.s
			k, ds.tok[i] = d.tokenFrom(s, k, w.Start)
		}
		ds.forms, ds.lemmas = lowered(ps.Tokens, func(i int) string { return d.tokenLow(ds.tok[i], ps.Tokens[i].Form) })
		ds.formIDs, ds.lemmaIDs = d.parseWordIDs(&ds)
		d.nameAsAdverb(&ds)
		out = append(out, ds)
	}
	return out
}

// nameAsAdverb mends a tagging error of the parser: a country's name
// that ends like an adverb ("Norway", "Italy") opening its clause is
// tagged ADV and hung on its verb as advmod, which leaves the verb with
// no subject ("Norway recalled its ambassador from X"). A capitalised
// word the gazetteer knows as a name, read so before a verb that has no
// subject, is that verb's subject.
func (d *doc) nameAsAdverb(ds *depSent) {
	for i := range ds.words {
		w := &ds.words[i]
		if w.UPOS != "ADV" || w.Deprel != "advmod" || ds.tok[i] < 0 || !d.toks[ds.tok[i]].cap {
			continue
		}
		h := ds.head(i)
		gaz := func() bool { k := ds.tok[i]; _, e, ok := d.gazAt(k, k+1); return ok && e == k+1 }
		if h > i && ds.words[h].UPOS == "VERB" && gaz() && d.nameAsAdverbBeforeAnd(ds, i, h) {
			continue // "Italy and Malta accused each other" (talks_host.go)
		}
		if h <= i || ds.words[h].UPOS != "VERB" || ds.hasChild(h, "nsubj", "nsubj:pass", "csubj") {
			continue
		}
		if gaz() {
			w.UPOS, w.Deprel = "PROPN", "nsubj"
		}
	}
}
