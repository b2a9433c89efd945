package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// modal is how a sentence presents an action the extractor read: its
// modality and the day it happened or is to happen, and, for explain
// (trace.go), where the action was read and by which rule.
type modal struct {
	mod  graph.Modality
	when string
	// objAt is the token of the verb that asked another to act ("urged
	// Kyiv to hold talks"), whose object is the action's agent, or -1.
	objAt int
	// at is the token of the trigger and nominal tells an event noun
	// from a verb, so that explain can tell the cue and the time words
	// that decided mod and when (modalDetail).
	at      int
	nominal bool
	// rule names the rule that read the action (docs/EXPLAIN.md lists
	// them); the rule sets it on the modal it passes on.
	rule string
	// byParse: mod is the parse's (clauseModality), not the surface
	// cue's, which explain then does not show.
	byParse bool
	// assertedCue: the surface words say the action was done ("went to
	// meet", "did not hesitate to meet"), which the parse's reading of
	// "to" (hypothetical) does not overrule.
	assertedCue bool
}

// on returns ev with m's modality and day.
func (m modal) on(ev graph.Evidence) graph.Evidence {
	ev.Modality, ev.When = m.mod, m.when
	return ev
}

// modalAt reads the modality and day of the action whose trigger is
// token i of sentence si; nominal is true for an event noun.
func (d *doc) modalAt(si, i int, nominal bool) modal {
	m, _, _ := d.modalDetail(si, i, nominal)
	return m
}

// modalDetail is modalAt with the cue that decided the modality and
// the time expression that gave the day (words of the sentence, at < 0
// when none), which explain reports.
func (d *doc) modalDetail(si, i int, nominal bool) (modal, modalCue, timex) {
	s := d.sents[si]
	words := d.tokenTexts(si)
	c := modalityOfWords(d.sentenceWords(si), i-s.a, nominal, isVerbWord)
	m := modal{mod: c.mod, objAt: -1, at: i, nominal: nominal, assertedCue: c.mod == graph.Asserted && c.cue != ""}
	var tx timex
	switch c.mod {
	case graph.Demanded:
		// A date before what was asked for dates the asking ("called
		// on Sunday for a ceasefire"); one after it, the action ("for
		// talks next week").
		tx = actionTime(words[i-s.a:], 0, d.date, true)
		if tx.at >= 0 {
			tx.at, tx.end = tx.at+i-s.a, tx.end+i-s.a
		}
	default:
		ahead := c.mod == graph.Planned
		tx = actionTimeIn(words, d.timesOf(si, ahead), i-s.a, ahead)
	}
	m.when = tx.day
	if c.objAt >= 0 {
		m.objAt = s.a + c.objAt
	}
	return m, c, tx
}

// isVerbWord reports whether w is a verb the lexicons know: an
// interaction or speech verb, or one that makes its subject take part in
// an event ("held", "joined").
func isVerbWord(w string) bool { return isLexVerb(w) || agentEventVerbs[w] }

// timesOf returns the time expressions of sentence si counted ahead or
// back (findTimes), found once per sentence and direction: modalDetail
// asks for them at every trigger and reporting verb, several times in
// a sentence with several.
func (d *doc) timesOf(si int, ahead bool) []timex {
	if d.times == nil {
		d.times = make([][2][]timex, len(d.sents))
		d.timesFound = make([][2]bool, len(d.sents))
	}
	k := 0
	if ahead {
		k = 1
	}
	if !d.timesFound[si][k] {
		d.times[si][k] = findTimesLow(d.tokenTexts(si), d.timeLows(si), d.date, ahead)
		d.timesFound[si][k] = true
	}
	return d.times[si][k]
}

// timeLows returns the words of sentence si as the time rules read them
// (timeLow of strings.ToLower), made once for both directions. A word
// token without the byte that opens U+2019 and the typographic hyphens
// has strings.ToLower of its text for its low already (lower differs
// only in those marks); other tokens are lowered here.
func (d *doc) timeLows(si int) []string {
	if d.timeLowered == nil {
		d.timeLowered = make([][]string, len(d.sents))
	}
	if d.timeLowered[si] == nil {
		words := d.tokenTexts(si)
		lows := make([]string, len(words))
		for i, w := range words {
			t := &d.toks[d.sents[si].a+i]
			if t.kind == tWord && strings.IndexByte(t.text, 0xE2) < 0 {
				lows[i] = timeLow(t.low)
			} else {
				lows[i] = timeLow(strings.ToLower(w))
			}
		}
		d.timeLowered[si] = lows
	}
	return d.timeLowered[si]
}

// sentenceWords returns the words of sentence si with their lower-case
// forms (newSentenceWords), made once per sentence for the modality
// rules, which read them at every trigger; callers only read them.
func (d *doc) sentenceWords(si int) sentenceWords {
	if d.lowered == nil {
		d.lowered = make([]sentenceWords, len(d.sents))
	}
	if d.lowered[si].low == nil {
		d.lowered[si] = d.tokenSentenceWords(si)
	}
	return d.lowered[si]
}

// tokenTexts returns the words of sentence si, made once per sentence
// (an article's triggers ask for their sentence's words one by one);
// callers only read them.
func (d *doc) tokenTexts(si int) []string {
	if d.texts == nil {
		d.texts = make([][]string, len(d.sents))
	}
	if d.texts[si] == nil {
		s := d.sents[si]
		words := make([]string, 0, s.b-s.a)
		for _, t := range d.toks[s.a:s.b] {
			words = append(words, t.text)
		}
		d.texts[si] = words
	}
	return d.texts[si]
}
