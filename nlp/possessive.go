package nlp

// pluralPossessiveIsPart runs between tagging and parsing. An
// apostrophe written right after a word ending in "s" and followed by a
// word ("the United States' envoy", "the workers’ union") is the
// possessive marker of a plural (PART, POS), not a closing quotation
// mark, unless a single quotation opened before it in the sentence: the
// tagger, which saw the mark as a quote 199 times and as a possessive 31
// times in EWT train, often takes it for a quote, and the parser then
// hangs the owner on the wrong noun.
func (t *tagger) pluralPossessiveIsPart(toks []Token, ws []wordInfo, us, xs []uint8) {
	part, pos := classIndex(t.upos, "PART"), classIndex(t.xpos, "POS")
	if part < 0 || pos < 0 {
		return
	}
	open := false
	for i := range toks {
		if ws[i].text != "'" {
			continue
		}
		glued := i > 0 && toks[i-1].End == toks[i].Start
		if !glued {
			open = !open // an opening quote (or a lone one)
			continue
		}
		if open {
			open = false // the quote closes
			continue
		}
		prev := toks[i-1].Form
		if prev == "" || (prev[len(prev)-1] != 's' && prev[len(prev)-1] != 'S') || i+1 >= len(toks) || ws[i+1].flags&flagLetter == 0 || !toks[i].SpaceAfter {
			continue
		}
		us[i], xs[i] = uint8(part), uint8(pos)
	}
}
