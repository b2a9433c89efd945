package extract

// nameOpeningStopWords are function words that are also given names or
// family names ("Than Zaw Oo", "An Chang-ho", "So Ji-sub",
// "Even Pedersen", "Will Hurd", "Long Dinh"): written capitalised inside
// a sentence of running text, before a capitalised name word, they open
// the name rather than being stripped as a leading stop word.
var nameOpeningStopWords = set("than", "an", "so", "even", "will", "long")

// stopWordOpensName reports whether the capitalised stop word at a opens
// the name of the run [a, b): it is one of nameOpeningStopWords, after a
// lower-case word or a comma (not first in the sentence, nor after an
// opening quote, colon, bracket or another capitalised word), the
// sentence is no title-case headline, and a capitalised word that is
// neither a stop word nor a title follows it.
func (d *doc) stopWordOpensName(a, b int, s sentence) bool {
	t := d.toks[a]
	if !nameOpeningStopWords[t.low] || !t.cap || t.upper || a+1 >= b || a <= d.firstWord(s) {
		return false
	}
	if p := d.toks[a-1]; !(p.kind == tWord && !p.cap || p.text == ",") {
		return false // '"So Far', ': Even', '(Will', 'Even So'
	}
	n := d.toks[a+1]
	if n.kind != tWord || !n.cap || n.is(stopCapsClass) || n.is(titleWordsClass) {
		return false
	}
	return !d.headlineWords(s)
}
