package nlp

import (
	"unicode"
	"unicode/utf8"
)

// unseenCapitalsAreNames runs between tagging and parsing. A capitalised
// word the tagger never saw in training is most often a name, but the
// tagger reads such a word by its letters and neighbours and may call it
// a noun, an adjective or an adverb ("asking Norway to", "Anthony
// Albanese flew", "lawyer Mats Olsen"). It becomes a proper noun where
// the sentence gives evidence (nameEvidence); in a sentence written in
// title case capitals tell nothing. (On EWT dev, EWT test and PUD it
// puts 1, 3 and 4 tokens right and 0, 1 and 2 wrong: BENCHMARKS.md.)
func (t *tagger) unseenCapitalsAreNames(ws []wordInfo, us, xs []uint8, sc *tagScratch) {
	propn, nnp, nnps := classIndex(t.upos, "PROPN"), classIndex(t.xpos, "NNP"), classIndex(t.xpos, "NNPS")
	if propn < 0 || nnp < 0 || t.titleCasedSentence(ws, us) {
		return
	}
	nns := classIndex(t.xpos, "NNS")
	sc.orig = append(sc.orig[:0], us...)
	for i := range ws {
		if int(us[i]) == propn || !nameShaped(ws[i].text) || !t.unseen(&ws[i], sc) || !t.nameEvidence(ws, sc.orig, i, propn) {
			continue
		}
		x := nnp
		if int(xs[i]) == nns && nnps >= 0 {
			x = nnps
		}
		us[i], xs[i] = uint8(propn), uint8(x)
	}
}

// nameEvidence reports whether unseen capitalised word i, tagged
// orig[i], reads as a name where it stands:
//   - at the start of a sentence, where every word is capitalised, when
//     a reporting verb follows ("Zelensky added"), or a name follows a
//     word tagged noun or adjective ("Oskar Lindqvist");
//   - inside a sentence, an adverb (adverbs are not capitalised there),
//     a noun next to a name ("lawyer Mats Olsen"), an adjective or a
//     participle after a name with nothing after it to modify ("Anthony
//     Albanese flew"; not "the Chicago Botanical Gardens").
func (t *tagger) nameEvidence(ws []wordInfo, orig []uint8, i, propn int) bool {
	isName := func(k int) bool {
		return k >= 0 && k < len(ws) && int(orig[k]) == propn && ws[k].flags&flagUpperFirst != 0
	}
	prev, next := isName(i-1), isName(i+1)
	switch u := t.upos[orig[i]]; {
	case sentenceStart(ws, i):
		return reportsNext(ws, i) || next && (u == "NOUN" || u == "ADJ" || u == "X")
	case u == "ADV":
		return true
	case u == "NOUN" || u == "X":
		return prev || next
	case u == "ADJ" || u == "VERB":
		return prev && !(i+1 < len(ws) && modifiable[t.upos[orig[i+1]]])
	}
	return false
}

// modifiable are the classes an adjective or participle before them
// may modify.
var modifiable = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "NUM": true}

// titleCasedSentence reports whether a sentence is written in title
// case, as headlines and headings are, where capitals tell nothing: no
// word of four letters or more that is not a function word (closed
// class: "with", "from", "that") starts in lower case.
func (t *tagger) titleCasedSentence(ws []wordInfo, us []uint8) bool {
	for i := range ws {
		if ws[i].flags&(flagLetter|flagUpperFirst) == flagLetter && ws[i].length >= 4 && !closedClasses[t.upos[us[i]]] {
			return false
		}
	}
	return true
}

// reportsNext reports whether a reporting verb follows token i.
func reportsNext(ws []wordInfo, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	switch ws[i+1].text {
	case "said", "says", "told", "added":
		return true
	}
	return false
}

// unseen reports whether the tagger never saw w in training: not in the
// tag dictionary, and no weight for its lowercased form.
func (t *tagger) unseen(w *wordInfo, sc *tagScratch) bool {
	if _, ok := t.dict[w.text]; ok {
		return false
	}
	return !knowsFeature(t.umodel, feat1(2, w.lower), sc)
}

// nameShaped reports whether s is shaped like a name: letters (and
// hyphens, or an apostrophe before a capital: "O'Neill"), the first
// upper case, some lower case, and not an acronym's plural ("MPs").
func nameShaped(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	lower, prev := 0, r
	for _, c := range s[size:] {
		switch {
		case unicode.IsLower(c):
			lower++
		case unicode.IsUpper(c) || c == '-' || c == '\'':
		default:
			return false
		}
		if prev == '\'' && !unicode.IsUpper(c) {
			return false
		}
		prev = c
	}
	return lower > 1 || lower == 1 && prev != 's'
}

// sentenceStart reports whether no word with a letter comes before
// token i (an opening quote or a dash may).
func sentenceStart(ws []wordInfo, i int) bool {
	for j := 0; j < i; j++ {
		if ws[j].flags&flagLetter != 0 {
			return false
		}
	}
	return true
}

// classIndex returns the index of name in classes, or -1.
func classIndex(classes []string, name string) int {
	for i, c := range classes {
		if c == name {
			return i
		}
	}
	return -1
}
