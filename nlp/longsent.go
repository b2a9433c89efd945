package nlp

// MaxSentenceTokens is the most tokens Tokenize puts in one sentence.
// The parser's repair rules and the extractor's readers of a parse
// walk a sentence's tree from each of its words, a cost that grows with
// the square of its length: a 24,000-word line with no full stop took
// minutes. No sentence is that long: the longest of UD English EWT
// train has 159 tokens (dev 75, test 81, PUD 59), the longest Tokenize
// makes of their raw text 225 (TestTreebanksUnderSentenceCap), and of the 7,632
// sentences of our scored sets (heldout, test articles, seeds,
// Wikinews, PolNeAR dev) the longest has 150 and one in a thousand has
// over 83. A run longer than this is a text with its full stops lost,
// and is split (splitLongRun) so that the cost of a text stays linear
// in its length.
const MaxSentenceTokens = 250

// splitLongRun cuts the tokens toks[from:to] of one sentence into runs
// of at most MaxSentenceTokens, returning the indexes where a new run
// begins (from excluded). Each cut falls at the best break in the last
// half of the run's allowed length (longRunBreak).
func splitLongRun(toks []Token, from, to int) []int {
	var cuts []int
	for to-from > MaxSentenceTokens {
		c := longRunBreak(toks, from+MaxSentenceTokens/2, from+MaxSentenceTokens)
		cuts = append(cuts, c)
		from = c
	}
	return cuts
}

// longRunBreak returns where, in (lo, hi], a new sentence best begins:
// after the last semicolon; else after the last comma, colon or dash,
// or before the last coordinating conjunction, whichever is later; else
// at the last space between tokens; else at hi.
func longRunBreak(toks []Token, lo, hi int) int {
	return BestBreak(lo, hi, func(c int) Break {
		prev, next := toks[c-1].Form, toks[c].Form
		switch {
		case prev == ";":
			return BreakSemicolon
		case prev == "," || prev == ":" || prev == "-" || prev == "--" || prev == "\u2013" || prev == "\u2014" || isCoordinator(next):
			return BreakComma
		case toks[c-1].SpaceAfter:
			return BreakSpace
		}
		return BreakNone
	})
}

// Break is how good a place between two tokens is to cut an over-long
// run of tokens into sentences.
type Break int

// The places to cut, from the worst to the best.
const (
	BreakNone      Break = iota // inside a word ("do|n't"): only when nothing else is in reach
	BreakSpace                  // between two words
	BreakComma                  // after a comma, colon or dash, or before a coordinating conjunction
	BreakSemicolon              // after a semicolon
)

// BestBreak returns where, in (lo, hi], a new sentence best begins, by
// kind(c) of the place before token c: the last of the best kind, hi
// when there is no break. splitLongRun and the extractor's sentence
// splitter share it.
func BestBreak(lo, hi int, kind func(c int) Break) int {
	best, at := BreakNone, hi
	for c := hi; c > lo && best < BreakSemicolon; c-- {
		if k := kind(c); k > best {
			best, at = k, c
		}
	}
	return at
}

// isCoordinator reports whether form is a coordinating conjunction a
// clause may open with.
func isCoordinator(form string) bool {
	switch form {
	case "and", "but", "or", "nor", "And", "But", "Or", "Nor":
		return true
	}
	return false
}
