package nlp

// nounAfterToBeforeObjectIsVerb runs between tagging and parsing. After
// "to" the tagger may read a word that is a noun as often as a verb as
// the noun of a prepositional phrase ("to distance the character",
// "to record what would be", "to guide a landing airplane"), and the
// parser then has no infinitive to hang the object on. A singular noun
// (NN) after "to" tagged ADP, that training saw as a verb too (its tag
// set has VERB), and that is followed by a determiner or a pronoun
// (DT, PDT, PRP, PRP$, WP, WDT) is a base verb (VB) and the "to" its
// infinitive marker (PART, TO). Words in the tag dictionary (one tag
// in training) and words seen too rarely to have a tag set are left.
func (t *tagger) nounAfterToBeforeObjectIsVerb(ws []wordInfo, us, xs []uint8) {
	adp, noun, verb, part := classIndex(t.upos, "ADP"), classIndex(t.upos, "NOUN"), classIndex(t.upos, "VERB"), classIndex(t.upos, "PART")
	nn, vb, to := classIndex(t.xpos, "NN"), classIndex(t.xpos, "VB"), classIndex(t.xpos, "TO")
	if adp < 0 || noun < 0 || verb < 0 || part < 0 || nn < 0 || vb < 0 || to < 0 {
		return
	}
	for i := 1; i+1 < len(us); i++ {
		if int(us[i]) != noun || int(xs[i]) != nn || int(us[i-1]) != adp || !isFormOf(toForm, &ws[i-1]) || isFormOf(toNouns, &ws[i]) {
			continue
		}
		switch t.xpos[xs[i+1]] {
		case "DT", "PDT", "PRP", "PRP$", "WP", "WDT":
		default:
			continue
		}
		us[i], xs[i] = uint8(verb), uint8(vb)
		us[i-1], xs[i-1] = uint8(part), uint8(to)
	}
}

var toForm = formSet("to")

// toNouns are nouns that open no infinitive after "to" before a
// determiner or pronoun in EWT train ("To date they have …", "back to
// work the day after").
var toNouns = formSet("date", "work", "finish")
