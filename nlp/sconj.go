package nlp

// conjunctionBeforeClauseIsMarker runs between tagging and parsing.
// "after", "before", "since", "until", "as" and "because" are
// prepositions before a noun phrase ("after the war") and subordinating
// conjunctions before a clause ("after the war ended"). One tagged ADP
// whose next finite verb (VBD, VBZ, VBP, MD), with a noun or pronoun
// before it and no punctuation, preposition or other verb between,
// follows within six words opens a clause: it becomes SCONJ.
func (t *tagger) conjunctionBeforeClauseIsMarker(ws []wordInfo, us, xs []uint8) {
	adp, sconj := classIndex(t.upos, "ADP"), classIndex(t.upos, "SCONJ")
	if adp < 0 || sconj < 0 {
		return
	}
	for i := range us {
		if int(us[i]) != adp || !isFormOf(clauseOrPhrase, &ws[i]) {
			continue
		}
		subject := false
		for j := i + 1; j < len(us) && j <= i+6; j++ {
			x := t.xpos[xs[j]]
			if x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				if subject {
					us[i] = uint8(sconj)
				}
				break
			}
			switch t.upos[us[j]] {
			case "NOUN", "PROPN", "PRON":
				subject = true
				continue
			case "DET", "ADJ", "NUM", "PART", "ADV":
				continue
			}
			break
		}
	}
}

var clauseOrPhrase = formSet("after", "before", "since", "until", "as", "because")
