package nlp

import "testing"

// TestNounAfterToBeforeObjectIsVerb gives the rule invented sentences
// tagged as the tagger may tag them and checks the UPOS it leaves on
// the starred word.
func TestNounAfterToBeforeObjectIsVerb(t *testing.T) {
	checkUPOSRule(t, (*tagger).nounAfterToBeforeObjectIsVerb, []tagRuleCase{
		{"a determiner after it", "They/PRON/PRP tried/VERB/VBD to/ADP/IN *shield/NOUN/NN the/DET/DT port/NOUN/NN ./PUNCT/.", "VERB"},
		{"a possessive after it", "She/PRON/PRP wants/VERB/VBZ to/ADP/IN *mirror/NOUN/NN her/PRON/PRP$ rival/NOUN/NN", "VERB"},
		{"the to becomes a marker", "They/PRON/PRP tried/VERB/VBD *to/ADP/IN shield/NOUN/NN the/DET/DT port/NOUN/NN ./PUNCT/.", "PART"},
		{"a noun phrase only", "They/PRON/PRP went/VERB/VBD to/ADP/IN *court/NOUN/NN in/ADP/IN May/PROPN/NNP ./PUNCT/.", "NOUN"},
		{"a plural noun after it", "It/PRON/PRP led/VERB/VBD to/ADP/IN *price/NOUN/NN increases/NOUN/NNS ./PUNCT/.", "NOUN"},
		{"to date", "*To/ADP/IN date/NOUN/NN they/PRON/PRP have/VERB/VBP won/VERB/VBN ./PUNCT/.", "ADP"},
		{"another preposition", "They/PRON/PRP came/VERB/VBD from/ADP/IN *court/NOUN/NN the/DET/DT day/NOUN/NN after/ADV/RB", "NOUN"},
	})
}
