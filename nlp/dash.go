package nlp

// hyphenBySpacing runs between tagging and parsing. A "-" the tagger
// reads by its neighbours alone, but the spaces around it tell the
// hyphen from the dash: in EWT train a "-" written between spaces ("the
// plan - if it works - …") is a dash (Penn "," or ":") 492 times of
// 528 and a hyphen (HYPH) twice, and one glued to words on both sides
// ("long-term") a hyphen 575 times of 603. A spaced "-" tagged HYPH
// becomes ","; one glued between words tagged "," or ":" becomes HYPH.
// The parser reads commas and hyphens apart (commas between two words
// are among its features).
func (t *tagger) hyphenBySpacing(toks []Token, ws []wordInfo, xs []uint8) {
	hyph, comma := classIndex(t.xpos, "HYPH"), classIndex(t.xpos, ",")
	if hyph < 0 || comma < 0 {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if ws[i].text != "-" {
			continue
		}
		before, after := toks[i-1].End == toks[i].Start, toks[i].End == toks[i+1].Start
		switch x := t.xpos[xs[i]]; {
		case !before && !after && x == "HYPH":
			xs[i] = uint8(comma)
		case before && after && (x == "," || x == ":") && ws[i-1].flags&flagLetter != 0 && ws[i+1].flags&flagLetter != 0:
			xs[i] = uint8(hyph)
		}
	}
}

// quoteBySpacing runs between tagging and parsing. A straight double
// quote (or a typographic one, which the models read as one) opens a
// quotation when a space stands before it and none after ("he said
// "we will …"), and closes one the other way round: EWT train gives the
// first the opening tag 632 times of 637, the second the closing tag
// 506 times of 514. The tagger, which sees no spaces, confuses the
// two; the rule swaps the Penn tag where the spacing says otherwise (the
// start and end of the sentence count as spaces).
func (t *tagger) quoteBySpacing(toks []Token, ws []wordInfo, xs []uint8) {
	open, shut := classIndex(t.xpos, "``"), classIndex(t.xpos, "''")
	if open < 0 || shut < 0 {
		return
	}
	for i := range toks {
		if ws[i].text != `"` || (int(xs[i]) != open && int(xs[i]) != shut) {
			continue
		}
		spaceBefore := i == 0 || toks[i-1].End != toks[i].Start
		spaceAfter := i+1 == len(toks) || toks[i].End != toks[i+1].Start
		switch {
		case spaceBefore && !spaceAfter:
			xs[i] = uint8(open)
		case !spaceBefore && spaceAfter:
			xs[i] = uint8(shut)
		}
	}
}
