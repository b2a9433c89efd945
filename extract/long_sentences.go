package extract

import "github.com/newsgraph/newsgraph/nlp"

// maxSentenceTokens is the most tokens splitSentences puts in one
// sentence. Many readers of a sentence look at all of it from each of
// its mentions, and a statement's evidence quotes all of it: a line of
// 24,000 words with its full stops lost took minutes and wrote its
// whole text once per statement. The longest sentence of the scored
// sets (heldout, test articles, seeds, Wikinews, PolNeAR dev: 7,714
// sentences) has 95 tokens, one in a thousand over 78; the parser cuts
// its own sentences at nlp.MaxSentenceTokens (250) as well.
const maxSentenceTokens = 250

// appendSentence appends sentence s to out, cut into runs of at most
// maxSentenceTokens tokens at the best breaks (sentenceBreak).
func appendSentence(toks []token, out []sentence, s sentence) []sentence {
	for s.b-s.a > maxSentenceTokens {
		c := sentenceBreak(toks, s.a+maxSentenceTokens/2, s.a+maxSentenceTokens)
		out = append(out, sentence{a: s.a, b: c, s: toks[s.a].s, e: toks[c-1].e, line: s.line})
		s.a, s.s = c, toks[c].s
	}
	return append(out, s)
}

// sentenceBreak returns where, in (lo, hi], a new sentence of an
// over-long run best begins: after the last semicolon; else after the
// last comma, colon or dash, or before the last coordinating
// conjunction, whichever is later; else at the last space between
// tokens; else at hi.
func sentenceBreak(toks []token, lo, hi int) int {
	return nlp.BestBreak(lo, hi, func(c int) nlp.Break {
		prev, next := &toks[c-1], &toks[c]
		switch {
		case prev.kind == tPunct && prev.text == ";":
			return nlp.BreakSemicolon
		case prev.kind == tPunct && (prev.text == "," || prev.text == ":") || prev.text == "-" || prev.text == emDash || prev.text == "\u2013",
			next.kind == tWord && longRunCoordinators[next.low]:
			return nlp.BreakComma
		case !next.tight:
			return nlp.BreakSpace
		}
		return nlp.BreakNone
	})
}

// longRunCoordinators are the coordinating conjunctions a clause may open with.
var longRunCoordinators = set("and", "but", "or", "nor")
