package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Modality: whether a sentence presents the action read at a trigger as
// done, planned, demanded, possible or denied (graph.Modality). The
// rules below read a sentence as its words' surface forms and a trigger
// position, not the extractor's tokens, so that a reader of the
// dependency parse can call them with the parse's words and the head
// verb of the action. Their cues are data: lexicon/modality.tsv.

//go:embed lexicon/modality.tsv
var modalityTSV string

// modalLexicon maps each kind of cue to its cues (lower-case words joined
// by single spaces) and their modality.
type modalLexicon map[string]map[string]graph.Modality

// modalKinds are the kinds of cue lexicon/modality.tsv may use.
var modalKinds = set("neg", "aux", "control", "objctl", "clause", "noun", "gerund", "cond", "report", "undone",
	"hedge", "litotes", "hearsay", "dismiss", "condphrase")

// parseModalLexicon reads the cue file: kind, modality and cue separated
// by tabs, one a line; # starts a comment line. It reports the first bad
// line by number.
func parseModalLexicon(name, text string) (modalLexicon, error) {
	rows, err := tsvRows(name, text, 3, 3)
	if err != nil {
		return nil, fmt.Errorf("%w (kind, modality and cue)", err)
	}
	lex := modalLexicon{}
	for _, r := range rows {
		f := r.fields
		kind, cue := f[0], strings.Join(strings.Fields(strings.ToLower(f[2])), " ")
		if !modalKinds[kind] {
			return nil, r.errorf("unknown kind %q", kind)
		}
		m, err := graph.ParseModality(f[1])
		if err != nil {
			return nil, r.errorf("%w", err)
		}
		if cue == "" {
			return nil, r.errorf("empty cue")
		}
		if lex[kind] == nil {
			lex[kind] = map[string]graph.Modality{}
		}
		if _, dup := lex[kind][cue]; dup {
			return nil, r.errorf("%s cue %q given twice", kind, cue)
		}
		lex[kind][cue] = m
	}
	return lex, nil
}

var modalLex = func() modalLexicon {
	l, err := parseModalLexicon("lexicon/modality.tsv", modalityTSV)
	if err != nil {
		panic(err) // the embedded file is checked by TestModalLexiconParses
	}
	return l
}()

// modalPairEnds holds the last word of every cue of several words, of
// any kind: cueEnding joins a word to the one before it only when the
// pair may be a cue.
var modalPairEnds = func() map[string]bool {
	ends := map[string]bool{}
	for _, cues := range modalLex {
		for cue := range cues {
			if i := strings.LastIndexByte(cue, ' '); i >= 0 {
				ends[cue[i+1:]] = true
			}
		}
	}
	return ends
}()

// modalCue is what the rules decided for one action: its modality, the
// cue that decided it ("" for asserted) and, for an action someone was
// asked to do ("urged Kyiv to hold talks"), the word position of the
// asking verb, whose object would do it (-1 otherwise).
type modalCue struct {
	mod   graph.Modality
	cue   string
	objAt int
	// rule names the modality rule that decided (verbRules' names, "noun
	// cue"), "" for asserted; explain reports it.
	rule string
}

// modalCueWords are the cues of one word, of any kind: cueEnding and
// anyOf ask the lexicon about a word only when its class says it is one.
var modalCueWords = func() map[string]bool {
	words := map[string]bool{}
	for _, cues := range modalLex {
		for cue := range cues {
			if !strings.Contains(cue, " ") {
				words[cue] = true
			}
		}
	}
	return words
}()

var (
	modalCueWordsClass = classOf(modalCueWords)
	modalPairEndsClass = classOf(modalPairEnds)
	modalAuxClass      = keysClass(modalLex["aux"])
)

// sentenceWords are the surface forms of a sentence's words, with the
// lower-case forms the rules compare and their word numbers among the
// word classes' words (wordclass.go).
type sentenceWords struct {
	words []string
	low   []string
	ids   []uint32
}

func newSentenceWords(words []string) sentenceWords {
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	}
	return sentenceWords{words: words, low: low, ids: wordIDsOf(low)}
}

// tokenSentenceWords is newSentenceWords of sentence si's tokens, taking
// a word's lower-case form and number from its token where they are the
// same: a word token without the byte that opens U+2019 and the
// typographic hyphens (lower makes those hyphens plain, newSentenceWords
// only the apostrophe); other tokens keep their text as their low.
func (d *doc) tokenSentenceWords(si int) sentenceWords {
	words := d.tokenTexts(si)
	low, ids := make([]string, len(words)), make([]uint32, len(words))
	for i := range words {
		t := &d.toks[d.sents[si].a+i]
		if t.kind == tWord && strings.IndexByte(t.text, 0xE2) < 0 {
			low[i], ids[i] = t.low, t.wid
			continue
		}
		low[i] = strings.ToLower(strings.ReplaceAll(t.text, "\u2019", "'"))
		ids[i] = wordIDs[low[i]]
	}
	return sentenceWords{words: words, low: low, ids: ids}
}

// is reports whether word i's lower-case form is in class c's set.
func (s sentenceWords) is(i int, c wordClass) bool { return wordLex[s.ids[i]].has(c) }

// cueEnding returns the cue of kind that ends at word i (one or two
// words), preferring the longer.
func (s sentenceWords) cueEnding(kind string, i int) (string, graph.Modality, bool) {
	if i < 0 || i >= len(s.low) {
		return "", "", false
	}
	if i > 0 && s.is(i, modalPairEndsClass) {
		two := s.low[i-1] + " " + s.low[i]
		if m, ok := modalLex[kind][two]; ok {
			return two, m, true
		}
	}
	if !s.is(i, modalCueWordsClass) {
		return s.low[i], "", false
	}
	m, ok := modalLex[kind][s.low[i]]
	return s.low[i], m, ok
}

// clauseWords end a clause when walking back from an action.
var clauseWords = set("that", "which", "who", "whom", "whose", "if", "unless", "whether", "but",
	"while", "whereas", "because", "although", "though", "when", "after", "before", "where", "since")
var clauseWordsClass = classOf(clauseWords)

// boundary reports whether word i ends the clause before it (a mark of
// punctuation other than a hyphen or apostrophe, or a clause word).
func (s sentenceWords) boundary(i int) bool {
	w := s.low[i]
	if s.is(i, clauseWordsClass) {
		return true
	}
	if w == "" {
		return false
	}
	switch w {
	case "-", "'s", "'":
		return false
	}
	r := w[0]
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 && w != "\u2014" && w != "\u2013" && w != "\u201c" && w != "\u201d")
}

// clauseStart returns the position of the word that opens the clause of
// word i (a boundary before it), or -1 when the clause starts the
// sentence.
func (s sentenceWords) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if s.boundary(k) {
			return k
		}
	}
	return -1
}

// groupWords may stand in a verb group between its auxiliaries and its
// verb: "would not have met", "will also meet", "is due to hold".
var groupWords = set("have", "has", "had", "be", "been", "being", "is", "are", "was", "were",
	"do", "does", "did", "to", "also", "still", "yet", "even", "again", "then", "now", "soon",
	"already", "ever", "just", "reportedly", "jointly", "separately", "personally", "formally",
	"finally", "only", "first", "later", "once", "longer", "probably", "possibly", "likely")
var groupWordsClass = classOf(groupWords)

// verbGroup returns the positions of the words of the verb group before
// word h, nearest first: auxiliaries, negators, adverbs and "to", up to
// five words, within the clause.
func (s sentenceWords) verbGroup(h int) []int {
	var out []int
	for k := h - 1; k >= 0 && k >= h-5; k-- {
		w := s.low[k]
		_, _, neg := s.cueEnding("neg", k)
		isAux := s.is(k, modalAuxClass)
		if !(neg || isAux || s.is(k, groupWordsClass) || strings.HasSuffix(w, "ly") && len(w) > 4) {
			break
		}
		out = append(out, k)
	}
	return out
}

// modalityOf decides the modality of the action read at word at of
// words. nominal is true when the trigger is a noun ("talks with",
// "the strike"): the verb that governs it, or a word before it ("called
// for", "planned", "no"), then decides. isVerb says which words are
// verbs (the extractor's lexicons; a parse gives them directly).
func modalityOf(words []string, at int, nominal bool, isVerb func(string) bool) modalCue {
	return modalityOfWords(newSentenceWords(words), at, nominal, isVerb)
}

// modalityOfWords is modalityOf on words already lowered
// (newSentenceWords), which a caller may keep for the sentence's other
// actions.
func modalityOfWords(s sentenceWords, at int, nominal bool, isVerb func(string) bool) modalCue {
	words := s.words
	if at < 0 || at >= len(words) {
		return modalCue{objAt: -1}
	}
	if !nominal && at > 0 && strings.HasSuffix(s.low[at], "ing") {
		// "cut funding to X", "called for arming X": a gerund after a
		// cue of the noun kind is a noun; so is one right after a verb
		// ("did not provide funding to X"), unless that verb stops or
		// denies it (gerundRule: "did not stop funding X" is asserted).
		_, _, nominal = s.cueEnding("noun", at-1)
		if _, _, g := s.cueEnding("gerund", at-1); !g {
			nominal = nominal || isVerb != nil && isVerb(s.low[at-1]) || s.unknownVerb(at-1)
		}
	}
	if nominal {
		return s.nominalModality(at, isVerb)
	}
	// A trigger that starts with its auxiliary ("will meet") is read
	// from its verb.
	h := at
	for h+1 < len(words) && h < at+3 {
		if !s.is(h, modalAuxClass) && !s.is(h, groupWordsClass) {
			if _, _, neg := s.cueEnding("neg", h); !neg {
				break
			}
		}
		h++
	}
	return s.verbModality(h)
}

// verbRules decide the modality of the verb at h, in order; the first
// that fires wins.
var verbRules = []struct {
	name string
	rule func(s sentenceWords, h int) (modalCue, bool)
}{
	{"condition", conditionRule},
	{"condition phrase", condPhraseRule},
	{"question", questionRule},
	{"neither nor", neitherNorRule},
	{"negation", negationRule},
	{"no object", noObjectRule},
	{"aside negation", asideNegationRule},
	{"hedge", hedgeRule},
	{"gerund", gerundRule},
	{"perfect gerund", perfectGerundRule},
	{"litotes", litotesRule},
	{"control", controlRule},
	{"participle", participleRule},
	{"hearsay", hearsayRule},
	{"clause", clauseRule},
	{"auxiliary", auxiliaryRule},
}

func (s sentenceWords) verbModality(h int) modalCue {
	for _, r := range verbRules {
		if c, ok := r.rule(s, h); ok {
			c.rule = r.name
			return c
		}
	}
	return modalCue{objAt: -1}
}

// conditionRule: an action in a clause opened by "if", "unless" or
// "whether" is hypothetical ("if Kyiv meets Moscow").
func conditionRule(s sentenceWords, h int) (modalCue, bool) {
	if onceCondition(s, h) {
		return modalCue{mod: graph.Hypothetical, cue: "once", objAt: -1}, true // hyphen_backers.go
	}
	cs := s.clauseStart(h)
	if cs < 0 {
		return modalCue{}, false
	}
	if m, ok := modalLex["cond"][s.low[cs]]; ok {
		return modalCue{mod: m, cue: s.low[cs], objAt: -1}, true
	}
	return modalCue{}, false
}

// negationRule: a negator in the verb group denies the action ("did not
// meet", "would never sign", "no longer backs").
func negationRule(s sentenceWords, h int) (modalCue, bool) {
	for _, k := range s.verbGroup(h) {
		if cue, m, ok := s.cueEnding("neg", k); ok {
			if cue == "not" && k+1 < len(s.low) && s.low[k+1] == "only" {
				continue // "not only met"
			}
			return modalCue{mod: m, cue: cue, objAt: -1}, true
		}
	}
	return modalCue{}, false
}

// gerundRule: an action in the -ing form right after a verb that
// denies, stops or avoids it did not happen ("denied sending weapons to
// X", "stopped funding X", "refrained from criticising X"); after one
// that weighs it, not yet ("is considering sending troops to X"). A
// negated governor ("did not stop sending aid") decides nothing here.
func gerundRule(s sentenceWords, h int) (modalCue, bool) {
	if h < 1 || !strings.HasSuffix(s.low[h], "ing") || len(s.verbGroup(h)) > 0 {
		return modalCue{}, false
	}
	cue, m, ok := s.cueEnding("gerund", h-1)
	if !ok {
		return modalCue{}, false
	}
	if _, neg := negationRule(s, h-1-strings.Count(cue, " ")); neg {
		return modalCue{}, false
	}
	return modalCue{mod: m, cue: cue, objAt: -1}, true
}

// controlRule: an action after "to" takes its modality from the word
// governing "to" ("plans to meet" planned, "refused to meet" negated,
// "urged Kyiv to meet" demanded, "threatened to strike" hypothetical,
// "went to meet" asserted), itself denied when negated ("did not agree
// to meet"); with no such word it is a purpose, hypothetical ("flew to
// Oslo to meet").
func controlRule(s sentenceWords, h int) (modalCue, bool) {
	to := -1
	for _, k := range s.verbGroup(h) {
		if s.low[k] == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return modalCue{}, false
	}
	for k := to - 1; k >= 0 && k >= to-5; k-- {
		if s.boundary(k) {
			break
		}
		for _, kind := range []string{"objctl", "control"} {
			cue, m, ok := s.cueEnding(kind, k)
			if !ok {
				continue
			}
			if kind == "control" && k != to-1 {
				// Subject control cues govern "to" directly: "plans to
				// meet", not "plans a visit to meet".
				if !(k == to-2 && s.low[to-1] == "not") {
					continue
				}
			}
			if neg, ok := negationRule(s, k-strings.Count(cue, " ")); ok {
				return neg, true
			}
			if neg, ok := noPlanRule(s, k-strings.Count(cue, " "), cue); ok && kind == "control" {
				return neg, true
			}
			if c, ok := controlOwnModality(s, k-strings.Count(cue, " "), to, cue, m); ok {
				return c, true // modality_cues.go: "could be forced to meet", "was to have met"
			}
			c := modalCue{mod: m, cue: cue + " to", objAt: -1}
			if kind == "objctl" && k < to-1 {
				c.objAt = k
			}
			return c, true
		}
	}
	if c, ok := firstToRule(s, to); ok {
		return c, true // modality_cues.go: "became the first minister to meet Y"
	}
	if c, ok := plannedPurpose(s, to); ok {
		return c, true // modality_cues.go: "will travel to Oslo to meet Y"
	}
	return modalCue{mod: graph.Hypothetical, cue: "to", objAt: -1}, true
}

// noPlanRule: a control cue right after "no" is a noun whose plan is
// denied ("had no plans to meet X", "there is no plan to visit X"): the
// action is negated, as after "did not plan to". k is the cue's first
// word.
func noPlanRule(s sentenceWords, k int, cue string) (modalCue, bool) {
	if k < 1 || s.low[k-1] != "no" {
		return modalCue{}, false
	}
	return modalCue{mod: graph.Negated, cue: "no " + cue + " to", objAt: -1}, true
}

// participleRule: a participle on a noun ("a letter urging X", "a
// statement condemning X") is as factual as the verb the noun hangs on,
// a few words before it: "plans to send a letter urging X" planned,
// "did not issue a statement condemning X" negated. It only speaks
// when that verb is not asserted.
func participleRule(s sentenceWords, h int) (modalCue, bool) {
	if h < 2 || !strings.HasSuffix(s.low[h], "ing") || len(s.verbGroup(h)) > 0 {
		return modalCue{}, false
	}
	for v := h - 2; v >= 0 && v >= h-5; v-- {
		if s.boundary(v) || s.boundary(v+1) {
			break
		}
		for _, rule := range governingRules {
			if c, ok := rule(s, v); ok && c.mod != graph.Asserted {
				return c, true
			}
		}
	}
	return modalCue{}, false
}

// governingRules are verbRules without participleRule (the verb a
// participle's noun hangs on is no participle on a noun).
var governingRules = []func(s sentenceWords, h int) (modalCue, bool){
	conditionRule, negationRule, controlRule, clauseRule, auxiliaryRule,
}

// clauseRule: an action in a clause governed by a verb of denial or
// demand takes its modality ("denied that X met Y" negated, "demanded
// that X withdraw" demanded).
func clauseRule(s sentenceWords, h int) (modalCue, bool) {
	cs := s.clauseStart(h)
	if cs < 0 {
		return modalCue{}, false
	}
	gov := cs
	if s.low[cs] == "that" {
		gov = cs - 1
	}
	if cue, m, ok := s.cueEnding("clause", gov); ok {
		if neg, ok := negationRule(s, gov-strings.Count(cue, " ")); ok && m != graph.Negated {
			return neg, true
		}
		return modalCue{mod: m, cue: cue, objAt: -1}, true
	}
	return modalCue{}, false
}

// auxiliaryRule: a modal auxiliary in the verb group: "will meet"
// planned; "would meet" planned in reported speech ("said it would meet
// Y on Monday") and hypothetical otherwise ("would meet Y if …", "would
// have met"); "could", "may", "might" hypothetical; "should", "must"
// demanded. A condition anywhere in the sentence makes a planned action
// hypothetical.
func auxiliaryRule(s sentenceWords, h int) (modalCue, bool) {
	for _, k := range s.verbGroup(h) {
		if !s.is(k, modalAuxClass) {
			continue
		}
		m, ok := modalLex["aux"][s.low[k]]
		if !ok {
			continue
		}
		c := modalCue{mod: m, cue: s.low[k], objAt: -1}
		conditional := s.anyOf("cond", 0, len(s.low)) || s.condPhraseAt(len(s.low)) >= 0
		switch {
		case s.low[k] == "would" && k+1 < len(s.low) && s.low[k+1] == "have":
			c.mod = graph.Hypothetical
		case s.low[k] == "would" && !conditional && s.anyOf("report", 0, k):
			c.mod = graph.Planned
		case c.mod == graph.Planned && conditional:
			c.mod = graph.Hypothetical
		}
		return c, true
	}
	return modalCue{}, false
}

// anyOf reports whether a one-word cue of kind is among words [a, b).
func (s sentenceWords) anyOf(kind string, a, b int) bool {
	for k := a; k < b && k < len(s.low); k++ {
		if !s.is(k, modalCueWordsClass) {
			continue
		}
		if _, ok := modalLex[kind][s.low[k]]; ok {
			return true
		}
	}
	return false
}

// nounWords open or fill a noun phrase; they are never the verb an
// event noun hangs on.
var nounWords = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
	"that", "these", "those", "some", "any", "more", "further", "new", "fresh", "all", "both")
var nounWordsClass = classOf(nounWords)

// unknownVerb tells whether word k, which no lexicon knows as a verb,
// acts as one: a negator or a modal before it ("did not send aid to
// X", "will send aid to X"), or "to" after a control cue ("failed to
// deliver weapons to X"); and it opens no noun phrase ("went to the
// talks") and names no one ("the end to Russia's war").
func (s sentenceWords) unknownVerb(k int) bool {
	if s.is(k, nounWordsClass) || strings.HasSuffix(s.low[k], "'s") || s.words[k] != s.low[k] {
		return false
	}
	for _, g := range s.verbGroup(k) {
		isAux := s.is(g, modalAuxClass)
		_, _, neg := s.cueEnding("neg", g)
		if neg || isAux {
			return true
		}
		if s.low[g] == "to" && g == k-1 {
			_, _, ctl := s.cueEnding("control", g-1)
			_, _, obj := s.cueEnding("objctl", g-1)
			return ctl || obj
		}
	}
	return false
}

// nominalModality decides for an event noun at: a cue before it within
// four words ("called for talks", "planned talks", "no talks"), checked
// for negation itself ("did not call for talks"), else the verb that
// governs it ("would not join the strike", "agreed to hold talks").
func (s sentenceWords) nominalModality(at int, isVerb func(string) bool) modalCue {
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		if s.boundary(k) {
			break
		}
		if cue, m, ok := s.cueEnding("noun", k); ok {
			if neg, ok := negationRule(s, k-strings.Count(cue, " ")); ok {
				neg.rule = "negation"
				return neg
			}
			if m == graph.Planned {
				if c, ok := undoneRule(s, at); ok {
					return c // "a planned meeting with X was postponed"
				}
			}
			return modalCue{mod: m, cue: cue, objAt: -1, rule: "noun cue"}
		}
		if c, ok := gerundRule(s, k); ok {
			return c // "denied sending weapons to X"
		}
		if isVerb != nil && isVerb(s.low[k]) || s.unknownVerb(k) {
			return s.verbModality(k)
		}
	}
	for _, r := range verbRules {
		switch r.name {
		case "condition", "condition phrase", "question", "neither nor", "hearsay", "clause":
		default:
			continue
		}
		if c, ok := r.rule(s, at); ok {
			c.rule = r.name
			return c
		}
	}
	if c, ok := undoneRule(s, at); ok {
		return c
	}
	return modalCue{objAt: -1}
}

// undoneRule (modality rule "undone"): an event noun whose own clause
// goes on to say it was called off did not happen ("a meeting between A
// and B was cancelled", "talks with X were postponed"): the cues of
// kind undone within fourteen words after the noun, before the clause
// ends (two titled names take six: "a meeting between Minister A B and
// Senator C D was called off").
func undoneRule(s sentenceWords, at int) (modalCue, bool) {
	for k := at + 1; k < len(s.low) && k <= at+14; k++ {
		if s.boundary(k) {
			break
		}
		if cue, m, ok := s.cueEnding("undone", k); ok {
			return modalCue{mod: m, cue: cue, objAt: -1, rule: "undone"}, true
		}
	}
	return modalCue{}, false
}
