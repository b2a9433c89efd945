package extract

import "strings"

// Attributions found among the in-scope PolNeAR misses, each a class
// with invented sentences in
// attribution_clauses_test.go:
//   - a document or speech whose author is named in a contact clause
//     after "according to" ("according to a speech Ms. X delivered at
//     …", "according to a report the ministry published last week");
//   - "A; B, according to X": the source closes both clauses;
//   - a title-case headline's verb after a title is no name ("Retired
//     General Reveals …" names no person "General Reveals");
//   - a report heard or seen: "X can be heard saying that A" is X's A;
//   - a reporting participle after a comma with a clause and no "that"
//     ("…," X recalled, suggesting the vote had changed nothing);
//   - a participle right after a "despite"/"with" phrase is said by that
//     phrase's noun, not by the sentence's subject.

// deliveredNouns are what a speaker delivers or gives in person, besides
// the written documents of lexicon/documents.tsv: "according to a speech
// X delivered", "according to an interview she gave".
var deliveredNouns = set("speech", "speeches", "address", "remarks", "testimony", "interview", "interviews", "lecture", "sermon", "briefing")

// authoredVerbs are past forms that make the subject of a contact clause
// after a document its author ("a report the ministry published", "a
// speech X gave"); "a memo X obtained", "a letter X received" name a
// reader, not an author, and are not here.
var authoredVerbs = set("delivered", "gave", "made", "wrote", "published", "issued", "released", "posted", "sent",
	"filed", "signed", "presented", "prepared", "drafted", "circulated", "tweeted")

// documentAuthorClauseEnd (rule documentAuthorClause) returns where the
// source phrase of "according to" ends when its source g, found at token
// src, is the subject of a contact clause after a document: "according
// to a speech Ms. Okafor delivered at a Lagos university in March" runs
// to the next comma or the sentence's end, the clause being part of the
// source, not of what was said. It returns pe unchanged otherwise.
func (d *doc) documentAuthorClauseEnd(src int, g []*mention, pe int, s sentence) int {
	if len(g) != 1 || pe >= s.b || !authoredVerbs[d.toks[pe].low] || !d.documentBefore(src, g[0].a) {
		return pe
	}
	k := pe + 1
	for k < s.b && d.toks[k].text != "," && d.toks[k].kind != tOpenQ {
		k++
	}
	return k
}

// documentBefore reports whether tokens [a, b) are a document's noun
// phrase alone: an article, at most one modifier and a document or a
// delivered noun ("a speech", "the annual report", "an interview"),
// with the author's article after it ("a report the ministry …").
func (d *doc) documentBefore(a, b int) bool {
	k := a
	if k < b && (d.toks[k].low == "a" || d.toks[k].low == "an" || d.toks[k].low == "the") {
		k++
	}
	if b-1 > k && d.toks[b-1].low == "the" {
		b-- // "a report the ministry published": the author's own article
	}
	if b-k == 2 && !d.toks[k].cap {
		k++ // "the annual report", "a televised address"
	}
	if b-k != 1 {
		return false
	}
	w := d.toks[k].low
	return speakingDocuments[w] || deliveredNouns[w]
}

// acrossSemicolons (rule sourceAcrossSemicolons) extends the content of
// a closing "according to X", cut at ce by trimClauseEnd, over clauses
// joined by semicolons up to whole: in "A; B, according to X" the
// source closes the sentence, so both A and B are X's, not A alone. A
// clause with a speaker of its own ("A; Y said B, according to X")
// stops it.
func (d *doc) acrossSemicolons(ce, whole int) int {
	for ce < whole && d.toks[ce].text == ";" {
		next := trimClauseEnd(d, ce+1, whole)
		if next-ce < 3 || d.reportsItself(ce+1, next) {
			break
		}
		ce = next
	}
	return ce
}

// headlineVerbAfterTitle (rule headlineVerbAfterTitle) reports whether
// the capitalised word at token i, right after a title, is the verb of
// a headline written in title case and no surname: "Retired General
// Reveals 'Bitter' Years Of Serving Under …", "Former Senator Warns Of
// …". Such a line can end with a full stop and be read as running text;
// the verb then made a person ("General Reveals") whom every "he" of the
// story resolved to. The word is a verb's third-person form (a reporting
// cue or an interaction's verb) that the article writes capitalised
// nowhere else; a surname that is also a verb ("Senator Burns") is
// capitalised in the story's running text.
func (d *doc) headlineVerbAfterTitle(i int, s sentence) bool {
	t := d.toks[i]
	if t.kind != tWord || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || !d.titleCase(s) {
		return false
	}
	if !reportingForms[t.low] && !isLexVerb(t.low) {
		return false
	}
	return !d.capitalisedElsewhere(i, s)
}

// perceptionVerbs are verbs of perceiving or recording whose passive
// subject is heard or seen doing what an -ing clause says ("X can be
// heard saying that A", "X was caught telling donors that A").
var perceptionVerbs = set("hear", "see", "overhear", "record", "film", "catch", "videotape", "tape")

// abilityModals say that something can be perceived, not that it is
// hypothetical: "can be heard" is what a recording shows.
var abilityModals = set("can", "could")

// perceivedReport (rule perceivedReport) reports whether reporting verb
// v is the -ing clause of a passive verb of perceiving that is asserted
// or only able to be perceived: "In the video, X can be heard saying
// that A", "X could be heard telling aides that A", "X was caught
// telling donors that A" report A as "X said A" does. A negated,
// conditional or otherwise modal perception ("X cannot be heard …",
// "if X could be heard …", "X might be seen …") reports nothing.
func perceivedReport(ds *depSent, v int) bool {
	h := ds.head(v)
	if h < 0 || ds.words[v].XPOS != "VBG" || ds.words[v].Deprel != "advcl" && ds.words[v].Deprel != "xcomp" {
		return false
	}
	if !perceptionVerbs[ds.lemma(h)] || !ds.hasChild(h, "aux:pass", "nsubj:pass") || !onlyAbility(ds, v) || !onlyAbility(ds, h) {
		return false
	}
	g := ds.head(h)
	return g < 0 || ds.words[h].Deprel == "conj" && factual(ds, g)
}

// onlyAbility reports whether verb i carries no negation, condition or
// modal other than "can" and "could".
func onlyAbility(ds *depSent, i int) bool {
	for _, c := range ds.children(i, "advmod", "aux", "mark") {
		l := ds.lemma(c)
		switch rel := ds.words[c].Deprel; {
		case negationWords[l]:
			return false
		case rel == "aux" && modalAux[l] && !abilityModals[l]:
			return false
		case rel == "mark":
			return false
		}
	}
	return true
}

// clauseSubjectStarts open a clause's subject: a determiner or a subject
// pronoun ("suggesting the vote had …", "conceding they had …"); not an
// object pronoun, nor a bare noun ("suggesting changes …" is an object).
var clauseSubjectStarts = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
	"he", "she", "they", "we", "i", "it", "there", "no", "some", "many", "most", "both")

// finiteTags are the tagger's tags of a finite verb.
var finiteTags = set("VBD", "VBZ", "VBP", "MD")

// participleClauseNoThat (rule participleClauseNoThat) reports whether
// the reporting participle at token i, after a comma, takes a clause
// without "that" opening at token k: a subject (a determiner, a subject
// pronoun or a capitalised name) and a finite verb within eight words,
// before any relative word or punctuation. "…," X recalled, suggesting
// the second round had erased the first' and 'X admitted, conceding the
// party had misread the mood' report a clause, as "saying" does without
// "that"; "suggesting changes to the plan", "conceding defeat" and
// "suggesting a plan that would …" name an object.
func (d *doc) participleClauseNoThat(si, i, k int, s sentence) bool {
	if i-1 < s.a || d.toks[i-1].text != "," || reportingCues[participleLemma(d.toks[i].low)] == "" {
		return false
	}
	if k >= s.b || d.toks[k].kind != tWord || !(d.toks[k].is(clauseSubjectStartsClass) || d.toks[k].cap) {
		return false
	}
	tags := d.tagsFrom(si, s, k, k+8)
	for j := k + 1; j < s.b && j < k+8; j++ {
		t := d.toks[j]
		if t.kind != tWord || relativeWords[t.low] {
			return false
		}
		if finiteTags[tags[j]] {
			return true
		}
	}
	return false
}

var clauseSubjectStartsClass = classOf(clauseSubjectStarts)

// participleLemma returns the lemma of an -ing form of a reporting cue
// ("suggesting" → "suggest", "conceding" → "concede"), "" if none is
// listed.
func participleLemma(w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok {
		return ""
	}
	for _, l := range []string{stem, stem + "e", stem[:max(len(stem)-1, 0)]} {
		if reportingCues[l] != "" {
			return l
		}
	}
	return ""
}

// tagsFrom returns the tagger's fine tag (XPOS) of each token of
// sentence si from a to b that the tagger read as a word.
func (d *doc) tagsFrom(si int, s sentence, a, b int) map[int]string {
	out := map[int]string{}
	k := a
	for _, ps := range d.taggedSentence(si) {
		for _, w := range ps.Tokens {
			var tok int
			if k, tok = d.tokenFrom(s, k, s.s+w.Start); tok >= 0 && tok < b && tok >= a {
				out[tok] = w.XPOS
			}
		}
	}
	return out
}

// absolutePreps open a phrase whose noun can be the subject of the
// participle right after it ("despite X now saying", "with X saying").
var absolutePreps = set("despite", "with", "without", "amid", "notwithstanding")

// absoluteSubject (rule absoluteSubject) returns the speaker of a
// reporting participle v that comes right after (at most a comma and an
// adverb between) a phrase opened by "despite", "with", "without" or
// "amid": "X and Y remain confident despite a few early backers of the
// bill, such as A and B, now saying they think …" is said by A and B,
// not by X and Y, whose verb the parse hangs the participle on. The
// speaker is the phrase's noun, or the names it lists with "such as";
// a noun of no actor gives -1 (no statement rather than a wrong
// speaker). ok is false when v follows no such phrase.
func absoluteSubject(ds *depSent, v int) (int, bool) {
	k := v - 1
	for k >= 0 && (ds.words[k].UPOS == "ADV" || ds.form(k) == ",") {
		k--
	}
	if k < 0 {
		return -1, false
	}
	for o := range ds.words {
		if o >= v || !absolutePreps[ds.caseOf(o)] || ds.words[o].UPOS != "NOUN" && ds.words[o].UPOS != "PROPN" && ds.words[o].UPOS != "PRON" {
			continue
		}
		if _, to := ds.span(o); to != k || ds.dominates(o, v) {
			continue
		}
		if ds.words[o].UPOS == "PROPN" || ds.words[o].UPOS == "PRON" {
			return o, true
		}
		for _, c := range ds.children(o, "nmod") {
			if ds.caseOf(c) == "such" && ds.words[c].UPOS == "PROPN" {
				return c, true // "backers of the bill, such as A and B"
			}
		}
		return o, true
	}
	return -1, false
}
