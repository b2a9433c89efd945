package nlp

// setOffSpeakerIsSubject gives a post-posed reporting verb the speaker
// named right before it: "…,” the company's general counsel, Brandon
// Mercer, said.", "…, Rustem Umerov, the head of the delegation, said
// on Sunday.", "…, the U.N. nuclear watchdog said." The parser, seeing
// a noun phrase after the reported clause, often hangs it on a word of
// that clause (an obl, an appos of its last noun, a conjunct) and
// leaves the verb with no subject, or splits the name between two heads.
// It applies when a finite reporting verb with no subject of its own
// ends the sentence and is preceded by one noun phrase, or by two set
// off by commas, that hold no verb and open after a comma or a closing
// quote, with the reported clause's root before them. The first phrase
// becomes the verb's subject, the second its apposition; the verb
// becomes the root and the reported clause its ccomp, as UD has it.
// Nothing happens when a word outside the phrases other than the verb
// or punctuation hangs inside them.
func setOffSpeakerIsSubject(s *Sentence) {
	for v := 1; v < len(s.Tokens); v++ {
		t := &s.Tokens[v]
		if t.UPOS != "VERB" || !finiteVerbTag(t.XPOS) || !reportingVerbs[t.Lemma] {
			continue
		}
		subj, apposLo, apposHi, lo := speakerPhrases(s, v) // the cheap test first
		if subj < 0 || hasSubject(s, v) || hasChild(s, v, "csubj") || hasChild(s, v, "mark") || hasChild(s, v, "cc") || !endsSentence(s, v) {
			continue
		}
		root := s.Root()
		if root < 0 || (root != v && root >= lo) || !quoteOrComma(s.Tokens[lo-1].Text()) {
			continue
		}
		h1 := phraseHead(s, lo, subj)
		h2 := -1
		if apposLo >= 0 {
			h2 = phraseHead(s, apposLo, apposHi)
		}
		if h1 < 0 || (apposLo >= 0 && h2 < 0) || hangsInside(s, lo, v-1, v) {
			continue
		}
		mendName(s, lo, subj, h1)
		if h2 >= 0 {
			mendName(s, apposLo, apposHi, h2)
			s.Tokens[h2].Head, s.Tokens[h2].Deprel = h1+1, "appos"
		}
		s.Tokens[h1].Head, s.Tokens[h1].Deprel = v+1, "nsubj"
		if root != v {
			reportingVerbBecomesRoot(s, root, v)
		}
		return
	}
}

// finiteVerbTag reports whether a Penn tag is a finite verb's (a switch:
// a map lookup for every verb of every sentence showed in a pass's
// instructions).
func finiteVerbTag(x string) bool { return x == "VBD" || x == "VBZ" || x == "VBP" }

// quoteOrComma reports whether a form closes a reported clause.
func quoteOrComma(form string) bool {
	switch form {
	case ",", "\"", "''", "”", "’":
		return true
	}
	return false
}

// speakerPhrases finds the noun phrases right before verb v: with a
// comma right before v, two phrases separated by a comma ("X, the head
// of Y, said"), else one ("the watchdog said"). It returns the last
// token of the first phrase, the span of the second (-1, -1 when there
// is one), and the first phrase's first token; subj is -1 when they are
// not there.
func speakerPhrases(s *Sentence, v int) (subj, apposLo, apposHi, lo int) {
	end := v - 1
	if s.Tokens[end].Text() != "," {
		lo = nounChunkStart(s, end)
		if lo < 1 {
			return -1, -1, -1, -1
		}
		return end, -1, -1, lo
	}
	apposHi = end - 1
	apposLo = nounChunkStart(s, apposHi)
	if apposLo < 2 || s.Tokens[apposLo-1].Text() != "," {
		return -1, -1, -1, -1
	}
	subj = apposLo - 2
	lo = nounChunkStart(s, subj)
	if lo < 1 {
		return -1, -1, -1, -1
	}
	return subj, apposLo, apposHi, lo
}

// nounChunkStart returns the first token of the verbless noun phrase
// that ends at token end (a noun or name), or -1: determiners,
// possessives, adjectives, numbers, nouns, names, hyphens and the
// prepositions of a noun's modifier ("the head of the delegation in
// Kyiv"), opening with no preposition.
func nounChunkStart(s *Sentence, end int) int {
	if end < 0 || (s.Tokens[end].UPOS != "NOUN" && s.Tokens[end].UPOS != "PROPN") {
		return -1
	}
	k := end
	for k > 0 && chunkWord(&s.Tokens[k-1]) {
		k--
	}
	if s.Tokens[k].UPOS == "ADP" {
		return -1
	}
	return k
}

// chunkWord reports whether t can stand inside a verbless noun phrase.
func chunkWord(t *Token) bool {
	switch t.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN", "NUM":
		return true
	case "ADP":
		return t.XPOS == "IN" && t.Lemma != "that"
	case "PART":
		return t.XPOS == "POS"
	case "PRON":
		return t.XPOS == "PRP$"
	case "PUNCT":
		return t.XPOS == "HYPH"
	}
	return false
}

// phraseHead returns the one word of tokens lo..hi whose head lies
// outside them, names' words after it aside (mendName joins them), or
// -1.
func phraseHead(s *Sentence, lo, hi int) int {
	h := -1
	for k := lo; k <= hi; k++ {
		if hd := s.Tokens[k].Head - 1; hd >= lo && hd <= hi {
			continue
		}
		if h >= 0 && nameRunFrom(s, h, k) {
			continue
		}
		if h >= 0 {
			return -1
		}
		h = k
	}
	return h
}

// nameRunFrom reports whether tokens h..k are all names.
func nameRunFrom(s *Sentence, h, k int) bool {
	for j := h; j <= k; j++ {
		if s.Tokens[j].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// mendName hangs flat on h the words of h's name that the parser hung
// outside tokens lo..hi.
func mendName(s *Sentence, lo, hi, h int) {
	for k := h + 1; k <= hi && s.Tokens[k].UPOS == "PROPN"; k++ {
		if hd := s.Tokens[k].Head - 1; hd < lo || hd > hi {
			s.Tokens[k].Head, s.Tokens[k].Deprel = h+1, "flat"
		}
	}
}

// hangsInside reports whether a word before lo or after hi, other than
// v or punctuation, hangs on a token of lo..hi.
func hangsInside(s *Sentence, lo, hi, v int) bool {
	for k := range s.Tokens {
		if (k >= lo && k <= hi) || k == v || s.Tokens[k].UPOS == "PUNCT" {
			continue
		}
		if hd := s.Tokens[k].Head - 1; hd >= lo && hd <= hi {
			return true
		}
	}
	return false
}
