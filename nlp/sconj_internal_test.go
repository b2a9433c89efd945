package nlp

import "testing"

// TestConjunctionBeforeClauseIsMarker gives the rule invented sentences
// tagged as the tagger may tag them and checks the UPOS it leaves on
// the starred word.
func TestConjunctionBeforeClauseIsMarker(t *testing.T) {
	checkUPOSRule(t, (*tagger).conjunctionBeforeClauseIsMarker, []tagRuleCase{
		{"a clause after it", "Shops/NOUN/NNS closed/VERB/VBD *after/ADP/IN the/DET/DT storm/NOUN/NN hit/VERB/VBD ./PUNCT/.", "SCONJ"},
		{"a pronoun subject", "We/PRON/PRP stayed/VERB/VBD *because/ADP/IN we/PRON/PRP could/AUX/MD ./PUNCT/.", "SCONJ"},
		{"a noun phrase only", "Shops/NOUN/NNS closed/VERB/VBD *after/ADP/IN the/DET/DT storm/NOUN/NN ./PUNCT/.", "ADP"},
		{"a verb after punctuation", "*After/ADP/IN the/DET/DT storm/NOUN/NN ,/PUNCT/, shops/NOUN/NNS closed/VERB/VBD ./PUNCT/.", "ADP"},
		{"a preposition between", "Shops/NOUN/NNS closed/VERB/VBD *before/ADP/IN noon/NOUN/NN on/ADP/IN days/NOUN/NNS rain/NOUN/NN fell/VERB/VBD", "ADP"},
		{"no subject", "Prices/NOUN/NNS rose/VERB/VBD *as/ADP/IN expected/VERB/VBD ./PUNCT/.", "ADP"},
		{"another preposition", "Shops/NOUN/NNS closed/VERB/VBD *during/ADP/IN the/DET/DT storm/NOUN/NN people/NOUN/NNS fled/VERB/VBD", "ADP"},
	})
}
