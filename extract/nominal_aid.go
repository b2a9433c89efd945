package extract

// amountPossessor (rule parse: gift noun to a recipient, giftNounArgs)
// returns the possessor of gift noun n, also when the parser hung it on
// the amount before the noun ("Sweden's $40 million loan to Kenya",
// with "Sweden" on "$"): the amount is the noun's, and so is its owner.
func amountPossessor(ds *depSent, n int) []int {
	if p := ds.children(n, "nmod:poss"); len(p) > 0 {
		return p
	}
	for _, c := range ds.children(n, "compound", "nummod") {
		if ds.words[c].UPOS != "SYM" && ds.words[c].UPOS != "NUM" {
			continue
		}
		if p := ds.children(c, "nmod:poss"); len(p) > 0 {
			return p
		}
	}
	return nil
}

// relativeGiftCue (parse: gift noun to a recipient, mayInteract) tells
// whether sentence s gives a gift in a relative clause set off by a
// comma ("The IMF, which approved a $3 billion loan to Zambia in 2023,
// urged …"): a gift noun (a noun trigger with a recipient slot) and
// "to" after it between ", which" or ", who" and the next comma. The
// surface patterns read the main clause and not the relative one, so
// the sentence is parsed though they read something.
func (d *doc) relativeGiftCue(s sentence) bool {
	for i := s.a + 1; i+1 < s.b; i++ {
		if d.toks[i-1].text != "," || d.toks[i].low != "which" && d.toks[i].low != "who" {
			continue
		}
		gift := false
		for j := i + 1; j < s.b && d.toks[j].text != ","; j++ {
			if gift && d.toks[j].low == "to" {
				return true
			}
			gift = gift || giftNoun(d.toks[j].low)
		}
	}
	return false
}

// giftNoun reports whether w (or its singular) is a noun trigger that
// gives to a recipient (lexicon/material.tsv: loan, grant, donation, …).
func giftNoun(w string) bool {
	t, ok := triggerNouns[w]
	if !ok && len(w) > 3 && w[len(w)-1] == 's' {
		t, ok = triggerNouns[w[:len(w)-1]]
	}
	return ok && hasSlot(t, "recipient")
}
