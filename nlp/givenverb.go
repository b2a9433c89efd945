package nlp

// givenNameReadAsVerbIsName runs between tagging and parsing, after
// unseenCapitalsAreNames. Arabic given names end as English past tenses
// do ("Majed", "Khaled", "Hamed", "Saeed"), and the tagger, reading
// their letters, may make them verbs: "spokesman Majed al-Ansari said"
// became "spokesman" the subject of a verb "Majed" whose object was
// "al-Ansari", and "said" lost its subject. A capitalised word of
// data/given_names.txt tagged a verb, followed by a capitalised word or
// a particle that opens a family name ("al", "bin", "de", "van"), is a
// proper noun. (It fires on no sentence of EWT dev, EWT test or PUD.)
func (t *tagger) givenNameReadAsVerbIsName(ws []wordInfo, us, xs []uint8) {
	verb, propn, nnp := classIndex(t.upos, "VERB"), classIndex(t.upos, "PROPN"), classIndex(t.xpos, "NNP")
	if verb < 0 || propn < 0 || nnp < 0 {
		return
	}
	for i := 0; i+1 < len(ws); i++ {
		if int(us[i]) != verb || ws[i].flags&flagUpperFirst == 0 || ws[i].flags&flagAllUpper != 0 {
			continue
		}
		if !opensFamilyName(&ws[i+1]) || !isGivenName(ws[i].text) {
			continue
		}
		us[i], xs[i] = uint8(propn), uint8(nnp)
	}
}

// opensFamilyName reports whether w can open a family name after a
// given name: a capitalised word or a particle of names.
func opensFamilyName(w *wordInfo) bool {
	if w.flags&flagUpperFirst != 0 && w.flags&flagLetter != 0 {
		return true
	}
	switch w.text {
	case "al", "el", "bin", "ibn", "abu", "de", "da", "del", "di", "van", "von", "le", "la":
		return true
	}
	return false
}
