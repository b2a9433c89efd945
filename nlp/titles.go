package nlp

// unseenTitleBeforeNameIsNoun runs between tagging and parsing, after
// unseenCapitalsAreNames. News puts a person's title before the name
// ("Kremlin aide Yury Ushakov said", "Palace aide Anna Berg denied"), and
// a title the tagger never saw is read by its letters: "aide" ends as
// "decide" and "provide" do, so it becomes a verb, the name its
// subject's object, and the sentence's real verb a clause of it. An
// unseen lower-case word tagged a present verb (VB, VBP, VBZ), written
// after a name, noun or adjective and right before a name whose run of
// names is followed by a finite verb or auxiliary, is a noun: a verb
// there would leave that finite verb without a subject of its own. A
// word the tagger knows ("Voters fear Anna Berg will lose") keeps its tag.
func (t *tagger) unseenTitleBeforeNameIsNoun(ws []wordInfo, us, xs []uint8, sc *tagScratch) {
	noun, nn, nns := classIndex(t.upos, "NOUN"), classIndex(t.xpos, "NN"), classIndex(t.xpos, "NNS")
	propn := classIndex(t.upos, "PROPN")
	if noun < 0 || nn < 0 || nns < 0 || propn < 0 {
		return
	}
	for i := 1; i+2 < len(ws); i++ {
		if t.upos[us[i]] != "VERB" || ws[i].flags&(flagLetter|flagUpperFirst) != flagLetter {
			continue
		}
		x := t.xpos[xs[i]]
		if x != "VB" && x != "VBP" && x != "VBZ" {
			continue
		}
		switch t.upos[us[i-1]] {
		case "PROPN", "NOUN", "ADJ":
		default:
			continue
		}
		j := i + 1
		for j < len(ws) && int(us[j]) == propn && ws[j].flags&flagUpperFirst != 0 {
			j++
		}
		if j == i+1 || j >= len(ws) || !finiteOrAux(t, us[j], xs[j]) || !t.unseen(&ws[i], sc) {
			continue
		}
		us[i], xs[i] = uint8(noun), uint8(nn)
		if x == "VBZ" {
			xs[i] = uint8(nns)
		}
	}
}
