package nlp

// existentialBeIsVerb runs between tagging and parsing. In "there is",
// "there will be", "there have never been", "be" is the clause's own
// verb (VERB, the root of "there" as expl and of what exists as nsubj),
// not an auxiliary: UD English EWT tags it so 99 times in 100. The
// tagger, which reads "be" as an auxiliary nearly everywhere else, makes
// it one after a modal or "have" ("there will be a meeting", "there has
// been speculation"), and the parser then hangs it on the noun. A form
// of "be" tagged AUX whose words back to an existential "there" (EX)
// are only modals, adverbs ("never", "not", "n't") and forms of "have"
// becomes a VERB.
func (t *tagger) existentialBeIsVerb(ws []wordInfo, us, xs []uint8) {
	aux, verb, ex := classIndex(t.upos, "AUX"), classIndex(t.upos, "VERB"), classIndex(t.xpos, "EX")
	if aux < 0 || verb < 0 || ex < 0 {
		return
	}
	for i := range us {
		if int(us[i]) != aux || !isFormOf(beForms, &ws[i]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if int(xs[j]) == ex {
				us[i] = uint8(verb)
				break
			}
			if x := t.xpos[xs[j]]; x != "MD" && x != "RB" && !isFormOf(haveForms, &ws[j]) {
				break
			}
		}
	}
}

// haveBeforeParticipleIsAux runs between tagging and parsing. A form of
// "have" with a past participle after it, with only adverbs or "both"
// and "all" between ("they have now decided", "we had both approved"),
// is the perfect's auxiliary: EWT train tags it AUX all 247 times an
// adverb stands between, and 946 of 954 times with none. The tagger,
// meeting an adverb where the participle should be, reads "have" as the
// main verb, and the parser then hangs the participle on it.
func (t *tagger) haveBeforeParticipleIsAux(ws []wordInfo, us, xs []uint8) {
	aux, verb, vbn := classIndex(t.upos, "AUX"), classIndex(t.upos, "VERB"), classIndex(t.xpos, "VBN")
	if aux < 0 || verb < 0 || vbn < 0 {
		return
	}
	for i := range us {
		if int(us[i]) != verb || !isFormOf(haveForms, &ws[i]) {
			continue
		}
		for j := i + 1; j < len(us); j++ {
			if int(xs[j]) == vbn {
				us[i] = uint8(aux)
				break
			}
			if t.xpos[xs[j]] != "RB" && !isFormOf(quantifiersBeforeVerbs, &ws[j]) {
				break
			}
		}
	}
}

// haveBeforeObjectIsVerb runs between tagging and parsing: the other
// side of haveBeforeParticipleIsAux. A form of "have" tagged AUX whose
// next word after any adverbs opens a noun phrase (a determiner, noun,
// name, adjective, number or possessive pronoun: "you may have some
// questions", "I haven't the faintest idea") and with no participle
// before the next punctuation is the main verb: EWT train tags it VERB
// 866 times of 870. The parser hangs an auxiliary on the next verb, and
// with none there it makes the object the head.
func (t *tagger) haveBeforeObjectIsVerb(ws []wordInfo, us, xs []uint8) {
	aux, verb, punct, vbn := classIndex(t.upos, "AUX"), classIndex(t.upos, "VERB"), classIndex(t.upos, "PUNCT"), classIndex(t.xpos, "VBN")
	if aux < 0 || verb < 0 || punct < 0 || vbn < 0 {
		return
	}
	for i := range us {
		if int(us[i]) != aux || !isFormOf(haveForms, &ws[i]) {
			continue
		}
		j := i + 1
		for j < len(xs) && t.xpos[xs[j]] == "RB" {
			j++
		}
		if j == len(xs) || !opensNounPhrase(t.xpos[xs[j]]) {
			continue
		}
		participle := false
		for k := j; k < len(xs) && int(us[k]) != punct; k++ {
			participle = participle || int(xs[k]) == vbn
		}
		if !participle {
			us[i] = uint8(verb)
		}
	}
}

// opensNounPhrase reports whether a word of Penn tag x can open a noun
// phrase that is not a personal pronoun.
func opensNounPhrase(x string) bool {
	switch x {
	case "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "PRP$":
		return true
	}
	return false
}

var (
	quantifiersBeforeVerbs = formSet("both", "all")
	beForms                = formSet("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m")
	haveForms              = formSet("have", "has", "had", "'ve", "having")
)

// formSet returns the hashes of the lowercased forms (wordInfo.lower),
// which the rules compare for the words themselves: the typographic
// apostrophe is read as "'" (modelText).
func formSet(forms ...string) []uint64 {
	out := make([]uint64, len(forms))
	for i, f := range forms {
		out[i] = hashLower(f)
	}
	return out
}

// isFormOf reports whether w's word, in any case, is one of forms.
func isFormOf(forms []uint64, w *wordInfo) bool {
	for _, f := range forms {
		if w.lower == f {
			return true
		}
	}
	return false
}
