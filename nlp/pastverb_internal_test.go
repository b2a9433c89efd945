package nlp

import (
	"testing"
)

// TestParticipleOpeningNoFiniteClauseIsPast gives the rule invented
// sentences tagged as the tagger may tag them ("word/UPOS/XPOS") and
// checks the Penn tag it leaves on the word marked with a star.
func TestParticipleOpeningNoFiniteClauseIsPast(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := &m.tagger
	for _, c := range []struct {
		name, tagged, want string
	}{
		{"a name's only verb", "Norway/PROPN/NNP *closed/VERB/VBN the/DET/DT border/NOUN/NN ./PUNCT/.", "VBD"},
		{"a noun's only verb before an adjective", "The/DET/DT council/NOUN/NN *approved/VERB/VBN new/ADJ/JJ rules/NOUN/NNS ./PUNCT/.", "VBD"},
		{"a pronoun's only verb", "They/PRON/PRP *signed/VERB/VBN two/NUM/CD deals/NOUN/NNS ./PUNCT/.", "VBD"},
		{"a finite verb in a clause after it", "The/DET/DT council/NOUN/NN *approved/VERB/VBN rules/NOUN/NNS ,/PUNCT/, arguing/VERB/VBG that/SCONJ/IN banks/NOUN/NNS need/VERB/VBP them/PRON/PRP ./PUNCT/.", "VBD"},
		{"a finite verb after it, no clause opener", "Rules/NOUN/NNS *approved/VERB/VBN last/ADJ/JJ year/NOUN/NN hurt/VERB/VBD banks/NOUN/NNS ./PUNCT/.", "VBN"},
		{"a finite verb elsewhere", "Rules/NOUN/NNS *approved/VERB/VBN yesterday/NOUN/NN take/VERB/VBP effect/NOUN/NN ./PUNCT/.", "VBN"},
		{"an auxiliary", "The/DET/DT deal/NOUN/NN has/AUX/VBZ *signed/VERB/VBN nothing/PRON/NN ./PUNCT/.", "VBN"},
		{"an agent follows", "Arms/NOUN/NNS *supplied/VERB/VBN by/ADP/IN Spain/PROPN/NNP ./PUNCT/.", "VBN"},
		{"not the first verb", "Students/NOUN/NNS leaving/VERB/VBG school/NOUN/NN *trained/VERB/VBN teachers/NOUN/NNS ./PUNCT/.", "VBN"},
		{"a determiner before it", "The/DET/DT *closed/VERB/VBN door/NOUN/NN ./PUNCT/.", "VBN"},
		{"the sentence's first word", "*Signed/VERB/VBN copies/NOUN/NNS ./PUNCT/.", "VBN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws, us, xs, star := taggedWords(t, tg, c.tagged)
			tg.participleOpeningNoFiniteClauseIsPast(ws, us, xs)
			if got := tg.xpos[xs[star]]; got != c.want {
				t.Errorf("%s: %s, want %s", ws[star].text, got, c.want)
			}
		})
	}
}
