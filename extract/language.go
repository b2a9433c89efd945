package extract

import "unicode"

// englishWords are function words that make up a fifth or more of any
// English news text and are rare in other languages written in Latin
// script; their share tells English from German, French, Spanish, ...
// text without a language model.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true,
	"is": true, "was": true, "that": true, "for": true, "on": true,
	"with": true, "said": true, "he": true, "she": true, "it": true,
	"by": true, "as": true, "at": true, "from": true, "has": true,
	"have": true, "are": true, "were": true, "be": true, "this": true,
	"will": true, "would": true, "not": true, "but": true, "they": true,
	"his": true, "her": true, "their": true, "an": true, "which": true,
}
var englishWordsClass = classOf(englishWords)

// foreignWords are function words of other languages written in Latin
// script (German, French, Spanish, Italian, Portuguese, Dutch) that are
// not English words and do not open or join names: "de", "la", "el",
// "le", "von", "der", "van", "da", "dos", "del", "al" are left out, for
// English news writes them in names (Juan de la Cruz, von der Leyen).
// They tell a text too short for the share rule.
var foreignWords = map[string]bool{
	// German
	"und": true, "ist": true, "nicht": true, "mit": true, "sich": true,
	"auf": true, "für": true, "dem": true, "das": true, "ein": true,
	"eine": true, "einen": true, "einem": true, "einer": true,
	"wurde": true, "wurden": true, "haben": true, "sind": true,
	"wird": true, "werden": true, "über": true, "auch": true,
	"nach": true, "bei": true, "aus": true, "zum": true, "zur": true,
	"vom": true, "dass": true, "oder": true, "aber": true,
	"sagte": true, "sei": true, "noch": true, "wie": true, "wenn": true,
	"den": true, "im": true, "gegen": true, "zwischen": true,
	"sowie": true, "heute": true, "bereits": true,
	// French
	"et": true, "est": true, "les": true, "des": true, "une": true,
	"dans": true, "pour": true, "pas": true, "qui": true, "sur": true,
	"avec": true, "sont": true, "été": true, "aux": true, "cette": true,
	"ces": true, "il": true, "elle": true, "ils": true, "ont": true,
	"que": true, "mais": true, "selon": true, "deux": true, "leur": true,
	"à": true, "au": true, "était": true, "avait": true, "lors": true,
	// Spanish
	"los": true, "las": true, "una": true, "por": true, "para": true,
	"con": true, "es": true, "fue": true, "se": true, "su": true,
	"sus": true, "como": true, "pero": true, "muy": true, "dijo": true,
	"y": true, "está": true, "según": true,
	// Italian
	"che": true, "della": true, "delle": true, "degli": true,
	"sono": true, "gli": true, "nel": true, "nella": true,
	"anche": true, "ha": true, "è": true,
	// Portuguese and Dutch
	"não": true, "foi": true, "são": true, "em": true, "pelo": true,
	"pela": true, "het": true, "een": true, "niet": true, "zijn": true,
	"voor": true, "werd": true, "ook": true, "en": true,
}
var foreignWordsClass = classOf(foreignWords)

// Below minLanguageWords words a text is too short to judge by the
// share of English words; it is read as English unless it holds more
// foreign words than English ones (looksForeignShort).
const (
	minLanguageWords = 25
	minEnglishShare  = 0.08
)

// looksEnglish reports whether the words of toks read as English. The
// extractor's rules (titles, speech verbs, capitalisation) are English;
// run on another language they mistake capitalised nouns for actors, so
// other languages are stored without extraction.
func looksEnglish(toks []token) bool {
	words, english, foreign, function := 0, 0, 0, 0
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		words++
		switch {
		case t.is(englishWordsClass):
			english++
		case t.cap || t.upper:
			// names: Müller, Élysée, El País
		case t.is(foreignWordsClass):
			foreign++
			function++
		case !isASCII(t.low):
			foreign++ // erklärt, déclaré, estudiará
			if !hasLatinLetter(t.low) {
				function++ // заявил, δήλωσε: another script altogether
			}
		}
	}
	if words < minLanguageWords {
		return !looksForeignShort(english, foreign, function)
	}
	return float64(english) >= minEnglishShare*float64(words)
}

// hasLatinLetter reports whether s holds a letter of the Latin script.
func hasLatinLetter(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// looksForeignShort judges a text too short for the share rule (one
// sentence, a headline) by its lower-case words: other languages'
// function words and lower-case words in another script (function),
// and those words plus accented ones
// (foreign). It takes a function word and two foreign words in all,
// outnumbering the English words, so that a name particle ("de los
// Ríos"), a loanword ("café") or a quoted slogan in an English
// sentence leaves it English.
func looksForeignShort(english, foreign, function int) bool {
	return function >= 1 && foreign >= 2 && foreign > english
}
