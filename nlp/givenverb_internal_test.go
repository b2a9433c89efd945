package nlp

import "testing"

// TestGivenNameReadAsVerbIsName tags invented news sentences whose
// given names the tagger reads as past tenses.
func TestGivenNameReadAsVerbIsName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, word, want string
	}{
		{"a given name before a particle", "Qatari spokesman Majed al - Ansari said the talks would resume .", "Majed", "PROPN"},
		{"a sentence's first word before a family name", "Khaled Al - Maeena , a Saudi columnist , said the plan had failed .", "Khaled", "PROPN"},
		{"a verb after the name stays a verb", "Spokesman Majed al - Ansari added that talks would resume .", "added", "VERB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkWordTag(t, m, c.text, c.word, c.want)
		})
	}
}

// TestGivenNameVerbNeedsAFamilyName: a given name tagged a verb stays
// one when no name or particle follows it.
func TestGivenNameVerbNeedsAFamilyName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := &m.tagger
	verb := uint8(classIndex(tg.upos, "VERB"))
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Majed the talks", []string{"VERB", "VERB", "VERB"}},
		{"Majed al Ansari", []string{"PROPN", "VERB", "VERB"}},
		{"Majed Ansari", []string{"PROPN", "VERB"}},
		{"MAJED Ansari", []string{"VERB", "VERB"}},
	} {
		s := fromWords(c.text)
		ws := make([]wordInfo, len(s.Tokens))
		us, xs := make([]uint8, len(s.Tokens)), make([]uint8, len(s.Tokens))
		for i := range s.Tokens {
			ws[i] = describe(&s.Tokens[i], i)
			us[i] = verb
		}
		tg.givenNameReadAsVerbIsName(ws, us, xs)
		for i, w := range c.want {
			if got := tg.upos[us[i]]; got != w {
				t.Errorf("%q: word %d tagged %s, want %s", c.text, i, got, w)
			}
		}
	}
}
