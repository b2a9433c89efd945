package nlp_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestTreebanksUnderSentenceCap: no sentence of the UD English
// treebanks, gold or as Tokenize splits their raw text, reaches
// nlp.MaxSentenceTokens, so the cap on over-long runs changes neither
// the gold-token evaluation nor the raw-text one.
func TestTreebanksUnderSentenceCap(t *testing.T) {
	for _, file := range []string{"en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_pud-ud-test.conllu"} {
		longestGold, longestRaw := 0, 0
		for _, d := range readDocuments(t, file) {
			for _, s := range d.Sentences {
				longestGold = max(longestGold, len(s.Tokens))
			}
			for _, s := range nlp.Tokenize(d.Text) {
				longestRaw = max(longestRaw, len(s.Tokens))
			}
		}
		t.Logf("%s: longest sentence %d tokens gold, %d as tokenised from the raw text", file, longestGold, longestRaw)
		if longestGold >= nlp.MaxSentenceTokens || longestRaw >= nlp.MaxSentenceTokens {
			t.Errorf("%s: a sentence of %d tokens (gold %d) reaches the cap %d", file, longestRaw, longestGold, nlp.MaxSentenceTokens)
		}
	}
}
