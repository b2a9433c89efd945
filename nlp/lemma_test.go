package nlp_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

func TestLemma(t *testing.T) {
	for _, c := range []struct{ form, upos, xpos, want string }{
		// Irregular forms, from the table.
		{"was", "AUX", "VBD", "be"},
		{"were", "AUX", "VBD", "be"},
		{"been", "AUX", "VBN", "be"},
		{"'s", "AUX", "VBZ", "be"},
		{"said", "VERB", "VBD", "say"},
		{"went", "VERB", "VBD", "go"},
		{"gone", "VERB", "VBN", "go"},
		{"children", "NOUN", "NNS", "child"},
		{"men", "NOUN", "NNS", "man"},
		{"lives", "NOUN", "NNS", "life"},
		{"better", "ADJ", "JJR", "good"},
		{"better", "ADV", "RBR", "well"},
		{"further", "ADV", "RB", "further"},
		{"n't", "PART", "RB", "not"},
		{"ca", "AUX", "MD", "can"},
		{"wo", "AUX", "MD", "will"},
		{"'d", "AUX", "MD", "would"},
		{"'d", "AUX", "VBD", "have"},
		{"me", "PRON", "PRP", "I"},
		{"them", "PRON", "PRP", "they"},
		{"her", "PRON", "PRP", "she"},
		{"her", "PRON", "PRP$", "her"},
		{"an", "DET", "DT", "a"},
		{"those", "DET", "DT", "that"},
		// Plural nouns.
		{"cities", "NOUN", "NNS", "city"},
		{"days", "NOUN", "NNS", "day"},
		{"boxes", "NOUN", "NNS", "box"},
		{"churches", "NOUN", "NNS", "church"},
		{"classes", "NOUN", "NNS", "class"},
		{"viruses", "NOUN", "NNS", "virus"},
		{"businessmen", "NOUN", "NNS", "businessman"},
		{"movies", "NOUN", "NNS", "movie"},
		{"news", "NOUN", "NN", "news"},
		{"States", "PROPN", "NNPS", "State"},
		// Verbs: -s, -ed, -ing with undoubling and e-restoration.
		{"tries", "VERB", "VBZ", "try"},
		{"watches", "VERB", "VBZ", "watch"},
		{"makes", "VERB", "VBZ", "make"},
		{"tried", "VERB", "VBD", "try"},
		{"played", "VERB", "VBD", "play"},
		{"stopped", "VERB", "VBD", "stop"},
		{"called", "VERB", "VBD", "call"},
		{"hoped", "VERB", "VBD", "hope"},
		{"opened", "VERB", "VBD", "open"},
		{"visited", "VERB", "VBD", "visit"},
		{"created", "VERB", "VBN", "create"},
		{"related", "VERB", "VBN", "relate"},
		{"realized", "VERB", "VBD", "realize"},
		{"changed", "VERB", "VBD", "change"},
		{"charged", "VERB", "VBN", "charge"},
		{"handled", "VERB", "VBD", "handle"},
		{"continued", "VERB", "VBD", "continue"},
		{"believed", "VERB", "VBD", "believe"},
		{"produced", "VERB", "VBD", "produce"},
		{"decided", "VERB", "VBD", "decide"},
		{"required", "VERB", "VBN", "require"},
		{"released", "VERB", "VBN", "release"},
		{"ignored", "VERB", "VBD", "ignore"},
		{"monitored", "VERB", "VBD", "monitor"},
		{"explored", "VERB", "VBD", "explore"},
		{"restoring", "VERB", "VBG", "restore"},
		{"co-authored", "VERB", "VBD", "co-author"},
		{"sponsored", "VERB", "VBN", "sponsor"},
		{"mentored", "VERB", "VBD", "mentor"},
		{"anchored", "VERB", "VBD", "anchor"},
		{"completed", "VERB", "VBD", "complete"},
		{"targeted", "VERB", "VBD", "target"},
		{"occurred", "VERB", "VBD", "occur"},
		{"needed", "VERB", "VBD", "need"},
		{"making", "VERB", "VBG", "make"},
		{"running", "VERB", "VBG", "run"},
		{"seeing", "VERB", "VBG", "see"},
		{"dying", "VERB", "VBG", "die"},
		{"using", "VERB", "VBG", "use"},
		{"adding", "VERB", "VBG", "add"},
		{"falling", "VERB", "VBG", "fall"},
		{"negotiating", "VERB", "VBG", "negotiate"},
		// Comparatives and superlatives.
		{"easier", "ADJ", "JJR", "easy"},
		{"bigger", "ADJ", "JJR", "big"},
		{"larger", "ADJ", "JJR", "large"},
		{"safer", "ADJ", "JJR", "safe"},
		{"older", "ADJ", "JJR", "old"},
		{"smallest", "ADJ", "JJS", "small"},
		{"latest", "ADJ", "JJS", "late"},
		{"simpler", "ADJ", "JJR", "simple"},
		// Case: names keep theirs, other words are lowercased.
		{"The", "DET", "DT", "the"},
		{"I", "PRON", "PRP", "I"},
		{"Russia", "PROPN", "NNP", "Russia"},
		{"kerala", "PROPN", "NNP", "Kerala"},
		{"American", "ADJ", "JJ", "American"},
		{"Good", "ADJ", "JJ", "good"},
		{"TV", "NOUN", "NN", "TV"},
		// Numbers and punctuation.
		{"1,200", "NUM", "CD", "1200"},
		{"3.5", "NUM", "CD", "3.5"},
		{"“", "PUNCT", "``", `"`},
		{"’", "PUNCT", "''", "'"},
		{"’s", "PART", "POS", "'s"},
	} {
		if got := nlp.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

func TestLemmaNeverEmpty(t *testing.T) {
	for _, form := range []string{"a", "s", "ed", "ing", "ies", "es", "X", "é", "\xff"} {
		for _, tags := range [][2]string{{"NOUN", "NNS"}, {"VERB", "VBD"}, {"VERB", "VBG"}, {"VERB", "VBZ"}, {"ADJ", "JJR"}, {"PROPN", "NNPS"}} {
			if got := nlp.Lemma(form, tags[0], tags[1]); got == "" {
				t.Errorf("Lemma(%q, %s, %s) is empty", form, tags[0], tags[1])
			}
		}
	}
	if got := nlp.Lemma("", "NOUN", "NN"); got != "" {
		t.Errorf(`Lemma("") = %q, want ""`, got)
	}
}
