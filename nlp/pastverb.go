package nlp

// participleOpeningNoFiniteClauseIsPast runs between tagging and
// parsing. A sentence needs a finite verb, but the tagger reads a
// regular past form after a noun by its neighbours and may call it a
// past participle (VBN) where it is the sentence's only verb: "The
// Commission imposed tariffs on …", "Germany supplied air defence systems
// to …"; the parser then hangs it on the noun as a reduced relative
// ("the tariffs imposed by …") and the sentence has no subject and
// object. When a sentence has no finite verb (VBD, VBZ, VBP, MD) and no
// auxiliary, its first verb, a VBN written right after a noun, a name
// or a personal pronoun and right before what can open an object (a
// determiner, noun, name, adjective, number or pronoun), is the past
// tense (VBD). A participle followed by "by", "in", "to" or a comma
// ("Weapons supplied by Germany.") is left alone.
func (t *tagger) participleOpeningNoFiniteClauseIsPast(ws []wordInfo, us, xs []uint8) {
	vbn, vbd := classIndex(t.xpos, "VBN"), classIndex(t.xpos, "VBD")
	if vbn < 0 || vbd < 0 {
		return
	}
	first := -1
	for i := range xs {
		if first < 0 && (t.upos[us[i]] == "VERB" || t.xpos[xs[i]] == "VBN") {
			first = i
		}
		if first >= 0 && i > first && clauseOpener(t, us[i], xs[i]) {
			break // a finite verb after it may be a subordinate clause's
		}
		if finiteOrAux(t, us[i], xs[i]) {
			return
		}
	}
	if first < 1 || first+1 >= len(xs) || int(xs[first]) != vbn {
		return
	}
	switch t.xpos[xs[first-1]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return
	}
	switch t.upos[us[first+1]] {
	case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
		xs[first] = uint8(vbd)
	}
}

func finiteOrAux(t *tagger, u, x uint8) bool {
	switch t.xpos[x] {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return t.upos[u] == "AUX"
}

// clauseOpener reports whether a word tagged u, x opens a clause of its
// own: a subordinating or coordinating conjunction or a wh-word.
func clauseOpener(t *tagger, u, x uint8) bool {
	switch t.xpos[x] {
	case "WDT", "WP", "WP$", "WRB":
		return true
	}
	return t.upos[u] == "SCONJ" || t.upos[u] == "CCONJ"
}
