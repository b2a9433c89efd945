package extract

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

// Below minLanguageWords words a text is too short to judge, and is
// read as English.
const (
	minLanguageWords = 25
	minEnglishShare  = 0.08
)

// looksEnglish reports whether the words of toks read as English. The
// extractor's rules (titles, speech verbs, capitalisation) are English;
// run on another language they mistake capitalised nouns for actors, so
// other languages are stored without extraction.
func looksEnglish(toks []token) bool {
	words, english := 0, 0
	for _, t := range toks {
		if t.kind != tWord {
			continue
		}
		words++
		if t.is(englishWordsClass) {
			english++
		}
	}
	if words < minLanguageWords {
		return true
	}
	return float64(english) >= minEnglishShare*float64(words)
}
