package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// This file reads two uses of "it" that stand for a body acting: the
// subject of a clause a body reports about itself ("The ministry said it
// would cooperate with X") and the object of an accusation or a demand
// with its complement ("accused it of …", "urged it to …"). Other uses of
// "it" are mostly a thing's or no one's ("it is raining", "criticised
// it"), and make no mention.

// itReported (rule pronoun:it-reported) reports whether token i of
// sentence s is an "it" right after a verb of saying, or after its
// "that" ("said it would", "said on Monday that it had"), that opens a
// clause of the interaction lexicon: a trigger verb after at most
// auxiliaries and adverbs ("it would cooperate with", "it had placed
// X on its list"), or a form of "be" or "stand" before "in" ("it was in
// contact with", "it stood in solidarity with"). "said it was unclear",
// "said it would take effect" make no mention.
func (d *doc) itReported(i int, s sentence) bool {
	if d.toks[i].low != "it" || i == s.a {
		return false
	}
	if !d.speechBefore(i, s) {
		return false
	}
	k := i + 1
	for k < s.b && k-i <= 3 && d.toks[k].is(itActsAdverbsClass) {
		k++
	}
	if k >= s.b || d.toks[k].kind != tWord || d.toks[k].cap {
		return false
	}
	w := d.toks[k].low
	if (d.toks[k].is(beFormsClass) || w == "stood" || w == "stands") && k+1 < s.b {
		if d.toks[k+1].low == "in" {
			return true // "it was in contact with", "it stood in solidarity with"
		}
		if d.toks[k].is(beFormsClass) {
			return triggerVerbForm(d.toks[k+1].low) // "it was cooperating with"
		}
		return false
	}
	return triggerVerbForm(w)
}

// speechBefore reports whether a verb of saying comes right before
// token i, or before the "that" right before it with at most four
// words of time between ("said on Monday night that it …").
func (d *doc) speechBefore(i int, s sentence) bool { return d.sayingVerbBefore(i, s) >= 0 }

// sayingVerbBefore returns the verb of saying speechBefore finds, -1
// when there is none.
func (d *doc) sayingVerbBefore(i int, s sentence) int {
	j := i - 1
	if d.toks[j].low == "that" {
		for k := j - 1; k >= s.a && k >= j-5; k-- {
			t := d.toks[k]
			if t.kind != tWord {
				return -1
			}
			if t.is(speechVerbsClass) {
				return k
			}
			if k < j-1 && !(t.is(prepositionsClass) || timeWordsAfterSaid[t.low]) {
				return -1
			}
		}
		return -1
	}
	if d.toks[j].kind == tWord && d.toks[j].is(speechVerbsClass) {
		return j
	}
	return -1
}

// timeWordsAfterSaid may stand between a verb of saying and its "that"
// ("said on Monday night that").
var timeWordsAfterSaid = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "night", "evening", "morning", "afternoon", "earlier", "later", "today",
	"yesterday", "week", "last", "this", "the", "late", "early", "also", "separately")

// triggerVerbForm reports whether w is a form of a verb the parse reads
// as a trigger (lexicon/interactions.tsv, cameo.tsv): "cooperate",
// "placed", "cooperating".
func triggerVerbForm(w string) bool {
	for _, tag := range [...]string{"VB", "VBD", "VBG", "VBZ"} {
		if t, ok := triggerVerbs[strings.ToLower(nlp.Lemma(w, "VERB", tag))]; ok && !t.noun {
			return true
		}
	}
	return false
}

// resolveItReported (rule pronoun:it-reported): an "it" itReported
// finds is the single organisation, country or group that is the
// subject of its sentence before it, past an owner ("Mozambique's
// health ministry said it would …" is the ministry); a person's "it"
// ("X said it would …") is a thing's, and stays unresolved.
func (d *doc) resolveItReported(r *reader, m *mention) []*actor {
	s := d.sents[m.sent]
	if !d.itReported(m.a, s) {
		return nil
	}
	subj := d.speakerRightBefore(r, m.sent, d.sayingVerbBefore(m.a, s))
	if subj == nil {
		subj = d.apposedSpeakerBefore(r, m.sent, d.sayingVerbBefore(m.a, s)) // after_talks.go
	}
	if subj == nil {
		subj = d.ownedSubjectBefore(r, m.sent, m.a)
	}
	if len(subj) == 1 && subj[0].typ != graph.Person {
		return subj
	}
	return nil
}

// speakerRightBefore returns the actors of the mention that ends right
// before the verb of saying at token v, not an owner nor after a
// preposition: in "Mozambique said …, and Mozambique's health ministry
// said it would …" the ministry, not the sentence's first subject.
func (d *doc) speakerRightBefore(r *reader, si, v int) []*actor {
	for _, m := range r.mentsBy[si] {
		if m.b != v || m.mod || m.poss || m.quote {
			continue
		}
		if m.a > d.sents[si].a && d.toks[m.a-1].is(prepositionsClass) {
			return nil
		}
		return d.actorsOf(r, []*mention{m})
	}
	return nil
}

// ownedSubjectBefore is ownedSubject limited to the mentions before
// token lim.
func (d *doc) ownedSubjectBefore(r *reader, si, lim int) []*actor {
	s := d.sents[si]
	for _, m := range d.heads(r, si, false) {
		if m.a >= lim {
			break
		}
		if m.a > s.a && d.toks[m.a-1].is(prepositionsClass) {
			continue
		}
		if m.poss || m.kind == sPron && (m.pron == "his" || m.pron == "her") {
			continue
		}
		if a := d.actorsOf(r, d.groupStartingAt(r, si, m.a)); len(a) > 0 {
			return a
		}
	}
	return nil
}

// itObject (rule pronoun:it-object) reports whether token i of sentence
// s is an "it" that is the object of a trigger verb before a complement
// that only a body takes: "accused it of", "blamed it for", "urged it
// to", "asked it to", "called on it to". A bare "criticised it" is
// mostly a thing's (a plan, a decision) and makes no mention.
func (d *doc) itObject(i int, s sentence) bool {
	if d.toks[i].low != "it" || i == s.a || i+1 >= s.b {
		return false
	}
	next := d.toks[i+1].low
	if next != "of" && next != "for" && next != "to" {
		return false
	}
	j := i - 1
	if d.toks[j].low == "on" && j > s.a {
		j-- // "called on it to"
	}
	v := d.toks[j]
	return v.kind == tWord && !v.cap && triggerVerbForm(v.low) && objectComplement[strings.ToLower(nlp.Lemma(v.low, "VERB", verbTagOf(v.low)))+" "+next]
}

// verbTagOf is the Penn tag a verb form of a trigger most likely has,
// for nlp.Lemma: a participle in -ing ("accusing it of", "urging it
// to") is VBG, which the past tag would leave unlemmatised; any other
// form VBD.
func verbTagOf(low string) string {
	if strings.HasSuffix(low, "ing") {
		return "VBG"
	}
	return "VBD"
}

// objectComplement lists the trigger verbs and the word opening the
// complement that makes their "it" a body's.
var objectComplement = set("accuse of", "blame for", "criticise for", "criticize for",
	"condemn for", "praise for", "thank for", "fine for", "sanction for", "sue for",
	"urge to", "ask to", "call to", "press to", "warn to", "invite to", "charge with")

// resolveItObject (rule pronoun:it-object): the "it" itObject finds is
// the last organisation, country or group named before it in its
// sentence that is not the sentence's subject ("X said the unit had
// ignored the evidence and accused it of …" is the unit), else the
// single such body that was the subject of the sentence before, when
// it is not this sentence's subject.
func (d *doc) resolveItObject(r *reader, m *mention) []*actor {
	if !d.itObject(m.a, d.sents[m.sent]) {
		return nil
	}
	subj := append(d.ownedSubjectBefore(r, m.sent, m.a), d.verbSubjectBeforeObject(r, m)...)
	isSubj := func(a *actor) bool {
		for _, s := range subj {
			if s == a {
				return true
			}
		}
		return false
	}
	body := func(a *actor) bool { return a != nil && a.typ != graph.Person && !isSubj(a) }
	var near, venue *actor
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		if o.mod || o.poss {
			continue
		}
		as := []*actor{o.act}
		if o.kind == sPron || o.kind == sDesc {
			as = d.resolveRefs(r, o)
		}
		if len(as) == 1 && body(as[0]) {
			if d.venueMention(o) {
				venue = as[0] // "sued X in the Y Court, accusing it": X (nationalities.go)
			} else {
				near = as[0]
			}
		}
	}
	if near == nil {
		near = venue
	}
	if near != nil {
		return []*actor{near}
	}
	if m.sent > 0 && d.sentRegion[m.sent-1] == rBody {
		if prev := d.ownedSubject(r, m.sent-1); len(prev) == 1 && body(prev[0]) {
			return prev
		}
	}
	return nil
}
