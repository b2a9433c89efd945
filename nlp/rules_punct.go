package nlp

// Punctuation after parsing. UD's guideline attaches paired
// punctuation (brackets, quotation marks) to one word, usually the head
// of the phrase they enclose, unless that would make the tree
// non-projective. The parser attaches each mark on its own, and so
// often hangs an opening quotation mark on the quoted clause and its
// closing one on the verb before it, or a closing bracket on the last
// word inside. (The guideline's other rule, "the highest node that
// keeps the tree projective", is not applied: EWT's commas and dashes
// follow the lower of the neighbouring phrases, and that rule would
// cost EWT dev 3.8 UAS; BENCHMARKS.md, "Punctuation after parsing".)

// pairedPunctuationOnEnclosedHead attaches both marks of a pair of
// brackets or quotation marks to the head of the phrase they enclose:
// the one word inside whose head lies outside them, when attaching the
// marks there keeps the tree projective ("He said ( in May ) that …":
// both brackets on "May"). Marks pair as brackets nest, innermost
// first; a mark left unmatched pairs with nothing. Only marks labelled
// punct are read, and only their heads change, so the pairs can be
// settled one by one as they close.
func pairedPunctuationOnEnclosedHead(s *Sentence) {
	var stack [16]int // open marks, 0-based; deeper nesting is left alone
	open := stack[:0]
	for i := range s.Tokens {
		if s.Tokens[i].Deprel != "punct" {
			continue
		}
		w := s.Tokens[i].Text()
		if n := len(open); n > 0 && closingMark[s.Tokens[open[n-1]].Text()] == w {
			attachPairToEnclosedHead(s, open[n-1], i)
			open = open[:n-1]
			continue
		}
		if _, ok := closingMark[w]; ok && len(open) < cap(open) {
			open = append(open, i)
		}
	}
}

// attachPairToEnclosedHead hangs the marks a and b (0-based) on the
// head of the phrase between them, when there is one and the tree stays
// projective.
func attachPairToEnclosedHead(s *Sentence, a, b int) {
	h := enclosedHead(s, a, b)
	if h < 0 || !projectiveAttachment(s, h, a) || !projectiveAttachment(s, h, b) {
		return
	}
	s.Tokens[a].Head = h + 1
	s.Tokens[b].Head = h + 1
}

// closingMark maps an opening bracket or quotation mark (Token.Text:
// the tokeniser reads typographic quotation marks as ASCII ones, tokens
// from CoNLL-U keep them) to its closing one. ASCII quotation marks
// close themselves.
var closingMark = map[string]string{
	"(": ")", "[": "]", "{": "}", "\"": "\"", "'": "'", "``": "''",
	"“": "”", "‘": "’", "«": "»", "„": "“",
}

// enclosedHead returns the one word strictly between tokens a and b
// (0-based) whose head lies outside them, or -1 when there is none or
// more than one (the marks then enclose no single phrase).
// Punctuation inside is not counted.
func enclosedHead(s *Sentence, a, b int) int {
	h := -1
	for k := a + 1; k < b; k++ {
		t := &s.Tokens[k]
		if t.Deprel == "punct" || (t.Head-1 > a && t.Head-1 < b) {
			continue
		}
		if h >= 0 {
			return -1
		}
		h = k
	}
	return h
}

// projectiveAttachment reports whether punctuation token p can hang on
// word h (0-based) without an arc crossing another: every word between
// them is below h, and every arc passing over p comes from h or from
// above it. Other punctuation is not considered.
func projectiveAttachment(s *Sentence, h, p int) bool {
	lo, hi := min(h, p), max(h, p)
	for k := lo + 1; k < hi; k++ {
		if s.Tokens[k].Deprel != "punct" && !dominates(s, h, k) {
			return false
		}
	}
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if k == p || t.Deprel == "punct" || t.Head <= 0 {
			continue
		}
		head := t.Head - 1
		if min(k, head) < p && p < max(k, head) && head != h && !dominates(s, head, h) {
			return false
		}
	}
	return true
}
