package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Modality rules (issue 12: no negated or hypothetical
// action in the default graph). Each reads the surface words as the
// rules of modality.go do; their cues are rows of lexicon/modality.tsv
// (kinds hedge, litotes, hearsay, dismiss and condphrase).

// questionAux open a yes/no question ("Did X meet Y?", "Has X met Y
// yet?"): an action asked about is not told as done.
var questionAux = set("did", "do", "does", "has", "have", "had", "is", "are", "was", "were",
	"will", "would", "can", "could", "should", "may", "might", "must", "shall",
	"didn't", "don't", "doesn't", "hasn't", "haven't", "isn't", "wasn't", "weren't", "aren't",
	"won't", "wouldn't", "couldn't")

// questionRule (modality rule "question"): an action in a clause that
// opens with an auxiliary and ends with a question mark is asked about,
// hypothetical ("Did X meet Y?", "Has X met Y yet?"). A question opened
// by "who", "why" or "when" takes the action as done and is left alone.
func questionRule(s sentenceWords, h int) (modalCue, bool) {
	end := h + 1
	for end < len(s.low) && !s.boundary(end) {
		end++
	}
	if end >= len(s.low) || s.low[end] != "?" {
		return modalCue{}, false
	}
	open := s.clauseStart(h) + 1
	if open >= h || !questionAux[s.low[open]] {
		return modalCue{}, false
	}
	return modalCue{mod: graph.Hypothetical, cue: s.low[open] + " … ?", objAt: -1}, true
}

// hedgeRule (modality rule "hedge"): an adverb in the verb group that
// leaves the action a claim ("allegedly funded X", "purportedly met
// Y"; kind hedge) makes it hypothetical. "Reportedly" is how news tells
// what it has from others, and is no hedge.
func hedgeRule(s sentenceWords, h int) (modalCue, bool) {
	for _, k := range s.verbGroup(h) {
		if m, ok := modalLex["hedge"][s.low[k]]; ok {
			return modalCue{mod: m, cue: s.low[k], objAt: -1}, true
		}
	}
	return modalCue{}, false
}

// neitherNorRule (modality rule "neither nor"): an action whose subjects
// are joined by "neither … nor" did not happen ("Neither X nor Y
// attended the talks"): both words before the verb, in its clause.
func neitherNorRule(s sentenceWords, h int) (modalCue, bool) {
	nor := false
	cs := s.clauseStart(h) // once: the loop's bound was a scan per word, a cube of the clause per sentence
	for k := h - 1; k > cs; k-- {
		switch s.low[k] {
		case "nor":
			nor = true
		case "neither":
			if nor {
				return modalCue{mod: graph.Negated, cue: "neither … nor", objAt: -1}, true
			}
		}
	}
	return modalCue{}, false
}

// asideNegationRule (modality rule "aside negation"): a negator before
// an aside set off by commas right before the verb ("did not, however,
// meet X", "will not, for now, sanction Y") denies the action as if the
// aside were not there. The aside is one to three words.
func asideNegationRule(s sentenceWords, h int) (modalCue, bool) {
	if h < 3 || s.low[h-1] != "," {
		return modalCue{}, false
	}
	for k := h - 2; k >= 1 && k >= h-5; k-- {
		if s.low[k] != "," {
			if s.boundary(k) {
				return modalCue{}, false
			}
			continue
		}
		if k == h-2 {
			return modalCue{}, false
		}
		return negationRule(s, k)
	}
	return modalCue{}, false
}

// perfectGerundRule (modality rule "perfect gerund"): an action after
// "having" takes the modality of the gerund cue before it, as a gerund
// does ("denies having met X", "avoided having to meet Y" negated).
func perfectGerundRule(s sentenceWords, h int) (modalCue, bool) {
	if h < 2 || s.low[h-1] != "having" || len(s.verbGroup(h-1)) > 0 {
		return modalCue{}, false
	}
	cue, m, ok := s.cueEnding("gerund", h-2)
	if !ok {
		return modalCue{}, false
	}
	if _, neg := negationRule(s, h-2-strings.Count(cue, " ")); neg {
		return modalCue{}, false
	}
	return modalCue{mod: m, cue: cue + " having", objAt: -1}, true
}

// litotesRule (modality rule "litotes"): a negated verb of holding back
// before "to" says the action was done ("did not hesitate to meet X",
// "never failed to send aid to Y"; kind litotes): asserted, where the
// negation would have denied it.
func litotesRule(s sentenceWords, h int) (modalCue, bool) {
	g := s.verbGroup(h)
	if len(g) == 0 || s.low[g[0]] != "to" || g[0] < 2 {
		return modalCue{}, false
	}
	k := g[0] - 1
	if _, ok := modalLex["litotes"][s.low[k]]; !ok {
		return modalCue{}, false
	}
	neg, ok := negationRule(s, k)
	if !ok {
		return modalCue{}, false
	}
	return modalCue{mod: graph.Asserted, cue: neg.cue + " " + s.low[k] + " to", objAt: -1}, true
}

// hearsayRule (modality rule "hearsay"): an action in a clause after a
// noun of report ("reports that", "claims that", "rumours that"; kind
// hearsay) is as factual as that noun says (a rumour or an allegation
// is hypothetical, a report asserted), and denied when a verb of
// dismissal governs the noun ("dismissed reports that she had met X",
// "rejected claims that it funded Y"; kind dismiss).
func hearsayRule(s sentenceWords, h int) (modalCue, bool) {
	cs := s.clauseStart(h)
	if cs < 1 || s.low[cs] != "that" {
		return modalCue{}, false
	}
	n := cs - 1
	m, ok := modalLex["hearsay"][s.low[n]]
	if !ok {
		return modalCue{}, false
	}
	// The dismissing verb, across a determiner or a word of the
	// report's source ("dismissed the media reports that").
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if s.boundary(k) {
			break
		}
		if d, ok := modalLex["dismiss"][s.low[k]]; ok {
			if _, neg := negationRule(s, k); neg {
				break // "did not deny reports that": no denial
			}
			return modalCue{mod: d, cue: s.low[k] + " " + s.low[n] + " that", objAt: -1}, true
		}
	}
	if m == graph.Asserted {
		return modalCue{}, false
	}
	return modalCue{mod: m, cue: s.low[n] + " that", objAt: -1}, true
}

// condPhrases are the condition cues of several words (kind
// condphrase: "provided that", "as long as", "in the event that"), each
// as its words.
var condPhrases = func() [][]string {
	var out [][]string
	for cue := range modalLex["condphrase"] {
		out = append(out, strings.Fields(cue))
	}
	return out
}()

// condPhraseFirst are the first words of condPhrases: condPhraseAt,
// asked at every trigger, compares a phrase only where one may start.
var condPhraseFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range condPhrases {
		m[p[0]] = true
	}
	return m
}()

// condPhraseAt returns the position of the last word of a condition
// phrase that ends before word b, or -1.
func (s sentenceWords) condPhraseAt(b int) int {
	last := -1
	for i := 0; i < b && i < len(s.low); i++ {
		if !condPhraseFirst[s.low[i]] {
			continue
		}
		for _, p := range condPhrases {
			if i+len(p) > b || i+len(p) > len(s.low) {
				continue
			}
			match := true
			for j, w := range p {
				if s.low[i+j] != w {
					match = false
					break
				}
			}
			if match {
				last = i + len(p) - 1
			}
		}
	}
	return last
}

// condPhraseRule (modality rule "condition phrase"): an action in the
// clause a condition of several words opens is hypothetical ("provided
// that X meets Y", "as long as X funds Y"), as after "if"; a planned
// action beside one is hypothetical too (auxiliaryRule: "X will meet Y
// as long as the strike ends").
func condPhraseRule(s sentenceWords, h int) (modalCue, bool) {
	p := s.condPhraseAt(h)
	if p < 0 {
		return modalCue{}, false
	}
	for k := p + 1; k < h; k++ {
		if s.boundary(k) {
			return modalCue{}, false
		}
	}
	return modalCue{mod: graph.Hypothetical, cue: s.low[p], objAt: -1}, true
}

// plannedPurpose (part of modality rule "control"): an action after a
// bare "to" is the purpose of the verb before it, hypothetical when that
// verb is done ("flew to Oslo to meet Y") but planned with it when that
// verb is planned ("will travel to Oslo next week to meet Y", "plans to
// fly to Oslo to meet Y"). to is the position of "to".
func plannedPurpose(s sentenceWords, to int) (modalCue, bool) {
	for k := to - 1; k >= 1 && k >= to-8; k-- {
		if s.boundary(k) {
			break
		}
		if s.is(k, nounWordsClass) || s.low[k] == "to" || s.words[k] != s.low[k] {
			continue // the destination of the verb ("travel to Oslo")
		}
		if c, ok := auxiliaryRule(s, k); ok {
			if c.mod == graph.Planned {
				c.cue += " … to"
				return c, true
			}
			return modalCue{}, false
		}
		g := s.verbGroup(k)
		if len(g) > 0 && s.low[g[0]] == "to" && g[0] == k-1 {
			c, _ := controlRule(s, k)
			if c.mod == graph.Planned && c.cue != "to" {
				c.cue += " … to"
				return c, true
			}
			return modalCue{}, false
		}
	}
	return modalCue{}, false
}

// noObjectRule (modality rule "no object"): a verb whose object is
// opened by "no" denies the action it names ("has held no talks with
// X", "had no contact with Y", "gave no aid to Z").
func noObjectRule(s sentenceWords, h int) (modalCue, bool) {
	if h+1 < len(s.low) && s.low[h+1] == "no" {
		return modalCue{mod: graph.Negated, cue: "no", objAt: -1}, true
	}
	return modalCue{}, false
}

// controlOwnModality (part of modality rule "control"): a control cue
// that reports a done thing ("was forced to meet", "continued to
// fund") is as factual as its own verb group: "could be forced to meet"
// hypothetical, "will continue to fund" planned. And a plan put in the
// perfect ("was to have met X") did not come about: hypothetical. k is
// the cue's first word, to the position of "to".
func controlOwnModality(s sentenceWords, k, to int, cue string, m graph.Modality) (modalCue, bool) {
	if (cue == "was" || cue == "were") && to+1 < len(s.low) && s.low[to+1] == "have" {
		return modalCue{mod: graph.Hypothetical, cue: cue + " to have", objAt: -1}, true
	}
	if m != graph.Asserted {
		return modalCue{}, false
	}
	if c, ok := auxiliaryRule(s, k); ok {
		c.cue += " … " + cue + " to"
		return c, true
	}
	return modalCue{}, false
}

// rankWords make "the first X to meet Y" a description of a done thing.
var rankWords = set("first", "last", "only", "second", "third")

// firstToRule (part of modality rule "control"): "the first (minister)
// to meet Y" tells who did it: as factual as the verb the description
// hangs on ("became the first minister to meet Y" asserted, "will be
// the first to meet Y" planned, "was not the first to meet Y"
// negated), where a bare "to" would be a purpose.
func firstToRule(s sentenceWords, to int) (modalCue, bool) {
	for k := to - 1; k >= 1 && k >= to-3; k-- {
		if !rankWords[s.low[k]] || s.low[k-1] != "the" {
			continue
		}
		c := modalCue{mod: graph.Asserted, cue: "the " + s.low[k] + " … to", objAt: -1}
		if k >= 2 {
			for _, rule := range []func(sentenceWords, int) (modalCue, bool){negationRule, auxiliaryRule} {
				if g, ok := rule(s, k-2); ok {
					return g, true
				}
			}
		}
		return c, true
	}
	return modalCue{}, false
}

// backToPlanned (events): an event told as done with no day of its
// own and named with "the" ("The talks between A and B are expected to
// last a week") refers back to the planned one of an earlier sentence
// ("A will hold talks with B next month"): one happening, planned,
// though the modalities differ.
func (d *doc) backToPlanned(a, e event) bool {
	if a.modal.mod != graph.Planned || e.modal.mod != graph.Asserted || e.date != "" || e.at < 1 {
		return false
	}
	if prev := d.toks[e.at-1].low; prev != "the" && prev != "these" && prev != "this" {
		return false
	}
	e.modal.mod = graph.Planned
	return sameHappening(a, e)
}

// Time rules (extract/when.go's timeRules): the words
// news gives a day in that the rules there did not read.

// agoCounts are the counts "ago" takes in words ("two days ago").
var agoCounts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0}

// agoExpr reads "two days ago", "a week ago", "three months ago", "a
// year ago", counted back from the publication date: a day for days, the
// Monday-to-Sunday week's month (or year) for weeks, a month, a year.
// "A few days ago" is a time expression with no day.
func agoExpr(c *timeCtx, i int) (int, string) {
	n, ok := agoCounts[c.low(i)]
	if !ok {
		if d, err := atoiWord(c.low(i)); err == nil && d > 0 && d < 100 {
			n, ok = d, true
		}
	}
	if !ok {
		return i, ""
	}
	unit := strings.TrimSuffix(c.low(i+1), "s")
	switch unit {
	case "day", "week", "month", "year":
	default:
		return i, ""
	}
	if c.low(i+2) != "ago" {
		return i, ""
	}
	if n == 0 || !c.havePub {
		return i + 3, ""
	}
	switch unit {
	case "day":
		return i + 3, c.pub.AddDate(0, 0, -n).Format(time.DateOnly)
	case "week":
		day := c.pub.AddDate(0, 0, -7*n)
		mon := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		sun := mon.AddDate(0, 0, 6)
		if mon.Month() == sun.Month() && mon.Year() == sun.Year() {
			return i + 3, mon.Format("2006-01")
		}
		if mon.Year() == sun.Year() {
			return i + 3, mon.Format("2006")
		}
		return i + 3, ""
	case "month":
		first := time.Date(c.pub.Year(), c.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		return i + 3, first.AddDate(0, -n, 0).Format("2006-01")
	}
	return i + 3, strconv.Itoa(c.pub.Year() - n)
}

// partOfDay reads "this morning", "this afternoon", "this evening" (the
// publication day) and "last night" (the day before it).
func partOfDay(c *timeCtx, i int) (int, string) {
	shift := 0
	switch c.low(i) + " " + c.low(i+1) {
	case "this morning", "this afternoon", "this evening":
	case "last night", "last evening":
		shift = -1
	default:
		return i, ""
	}
	if !c.havePub {
		return i + 2, ""
	}
	return i + 2, c.pub.AddDate(0, 0, shift).Format(time.DateOnly)
}

// splitMonth reads a month that the tokeniser split from its mark:
// "Nov. 3" as "Nov" "." "3" (a day after the abbreviation's dot) and
// "mid-October" as "mid" "-" "October", handing the joined words to
// monthExpr.
func splitMonth(c *timeCtx, i int) (int, string) {
	switch {
	case c.low(i) == "mid" && c.words[min(i+1, len(c.words)-1)] == "-" && c.month(i+2) > 0:
		words := append(append([]string{}, c.words[:i+1]...), c.words[i+2:]...)
		lows := append(append([]string{}, c.lows[:i+1]...), c.lows[i+2:]...)
		sub := timeCtx{words: words, lows: lows, pub: c.pub, havePub: c.havePub, ahead: c.ahead}
		if end, day := monthExpr(&sub, i); end > i {
			return end + 1, day
		}
	case c.month(i) > 0 && len(c.lows[i]) <= 4 && i+2 < len(c.words) && c.words[i+1] == "." && c.dayNum(i+2) > 0:
		words := append(append([]string{}, c.words[:i+1]...), c.words[i+2:]...)
		lows := append(append([]string{}, c.lows[:i+1]...), c.lows[i+2:]...)
		sub := timeCtx{words: words, lows: lows, pub: c.pub, havePub: c.havePub, ahead: c.ahead}
		if end, day := monthExpr(&sub, i); end > i+1 {
			return end + 1, day
		}
	}
	return i, ""
}
