package nlp

import (
	"strings"
	"testing"
)

// taggedWords builds word infos and tag classes from "word/UPOS/XPOS"
// items, as the tagger may have tagged them; star is the index of the
// item marked with "*".
func taggedWords(t *testing.T, tg *tagger, tagged string) (ws []wordInfo, us, xs []uint8, star int) {
	t.Helper()
	star = -1
	for i, it := range strings.Fields(tagged) {
		if strings.HasPrefix(it, "*") {
			star, it = i, it[1:]
		}
		parts := strings.Split(it, "/")
		tok := Token{Form: parts[0]}
		ws = append(ws, describe(&tok, i))
		u, x := classIndex(tg.upos, parts[1]), classIndex(tg.xpos, parts[2])
		if u < 0 || x < 0 {
			t.Fatalf("unknown tags %s/%s", parts[1], parts[2])
		}
		us, xs = append(us, uint8(u)), append(xs, uint8(x))
	}
	return ws, us, xs, star
}

// tagRuleCase is an invented sentence tagged as the tagger may tag it
// ("word/UPOS/XPOS", the word to check marked "*") and the UPOS a
// tagging rule must leave on the starred word.
type tagRuleCase struct{ name, tagged, want string }

// checkUPOSRule runs a tagging rule over each case, with the default
// model's tag sets, and checks the UPOS it leaves on the starred word.
func checkUPOSRule(t *testing.T, rule func(*tagger, []wordInfo, []uint8, []uint8), cases []tagRuleCase) {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := &m.tagger
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws, us, xs, star := taggedWords(t, tg, c.tagged)
			rule(tg, ws, us, xs)
			if got := tg.upos[us[star]]; got != c.want {
				t.Errorf("%s: %s, want %s", ws[star].text, got, c.want)
			}
		})
	}
}

// TestExistentialBeIsVerb gives the rule invented sentences tagged as
// the tagger may tag them and checks the UPOS it leaves on the starred
// word.
func TestExistentialBeIsVerb(t *testing.T) {
	checkUPOSRule(t, (*tagger).existentialBeIsVerb, []tagRuleCase{
		{"after a modal", "There/PRON/EX will/AUX/MD *be/AUX/VB a/DET/DT vote/NOUN/NN ./PUNCT/.", "VERB"},
		{"after has", "There/PRON/EX has/AUX/VBZ *been/AUX/VBN little/ADJ/JJ rain/NOUN/NN ./PUNCT/.", "VERB"},
		{"after a modal and not", "there/PRON/EX should/AUX/MD not/PART/RB *be/AUX/VB delays/NOUN/NNS", "VERB"},
		{"right after there", "There/PRON/EX *are/AUX/VBP two/NUM/CD ferries/NOUN/NNS ./PUNCT/.", "VERB"},
		{"an adverb there", "The/DET/DT keys/NOUN/NNS are/AUX/VBP there/ADV/RB and/CCONJ/CC will/AUX/MD *be/AUX/VB safe/ADJ/JJ ./PUNCT/.", "AUX"},
		{"a passive, no there", "The/DET/DT bridge/NOUN/NN will/AUX/MD *be/AUX/VB closed/VERB/VBN ./PUNCT/.", "AUX"},
		{"a noun between", "There/PRON/EX the/DET/DT price/NOUN/NN will/AUX/MD *be/AUX/VB high/ADJ/JJ ./PUNCT/.", "AUX"},
		{"a comma between", "There/PRON/EX has/AUX/VBZ ,/PUNCT/, however/ADV/RB ,/PUNCT/, *been/AUX/VBN talk/NOUN/NN ./PUNCT/.", "AUX"},
		{"not a form of be", "There/PRON/EX *will/AUX/MD be/AUX/VB rain/NOUN/NN ./PUNCT/.", "AUX"},
	})
}

// TestHaveBeforeParticipleIsAux gives the rule invented sentences tagged
// as the tagger may tag them and checks the UPOS it leaves on the
// starred word.
func TestHaveBeforeParticipleIsAux(t *testing.T) {
	checkUPOSRule(t, (*tagger).haveBeforeParticipleIsAux, []tagRuleCase{
		{"an adverb between", "The/DET/DT towns/NOUN/NNS *have/VERB/VBP quietly/ADV/RB merged/VERB/VBN ./PUNCT/.", "AUX"},
		{"two adverbs", "She/PRON/PRP *had/VERB/VBD not/PART/RB yet/ADV/RB signed/VERB/VBN ./PUNCT/.", "AUX"},
		{"both between", "The/DET/DT clubs/NOUN/NNS *had/VERB/VBD both/DET/DT refused/VERB/VBN ./PUNCT/.", "AUX"},
		{"right before it", "They/PRON/PRP *have/VERB/VBP voted/VERB/VBN ./PUNCT/.", "AUX"},
		{"an object between", "We/PRON/PRP *had/VERB/VBD the/DET/DT roof/NOUN/NN repaired/VERB/VBN ./PUNCT/.", "VERB"},
		{"a main verb", "They/PRON/PRP *have/VERB/VBP two/NUM/CD boats/NOUN/NNS ./PUNCT/.", "VERB"},
		{"have to", "You/PRON/PRP *have/VERB/VBP to/PART/TO go/VERB/VB ./PUNCT/.", "VERB"},
		{"not a form of have", "They/PRON/PRP *got/VERB/VBD quickly/ADV/RB married/VERB/VBN ./PUNCT/.", "VERB"},
	})
}

// TestHaveBeforeObjectIsVerb gives the rule invented sentences tagged as
// the tagger may tag them and checks the UPOS it leaves on the starred
// word.
func TestHaveBeforeObjectIsVerb(t *testing.T) {
	checkUPOSRule(t, (*tagger).haveBeforeObjectIsVerb, []tagRuleCase{
		{"a determiner after it", "Members/NOUN/NNS may/AUX/MD *have/AUX/VB some/DET/DT doubts/NOUN/NNS ./PUNCT/.", "VERB"},
		{"an adverb, then a determiner", "I/PRON/PRP *have/AUX/VBP n't/PART/RB the/DET/DT time/NOUN/NN ./PUNCT/.", "VERB"},
		{"an adjective after it", "The/DET/DT ferries/NOUN/NNS *have/AUX/VBP new/ADJ/JJ engines/NOUN/NNS", "VERB"},
		{"a participle later", "They/PRON/PRP *have/AUX/VBP all/DET/DT left/VERB/VBN ./PUNCT/.", "AUX"},
		{"a pronoun after it", "*Have/AUX/VBP you/PRON/PRP seen/VERB/VBN it/PRON/PRP ?/PUNCT/.", "AUX"},
		{"nothing after it", "Yes/INTJ/UH ,/PUNCT/, we/PRON/PRP *have/AUX/VBP ./PUNCT/.", "AUX"},
		{"a participle after a comma is another clause's", "We/PRON/PRP *have/AUX/VBP two/NUM/CD boats/NOUN/NNS ,/PUNCT/, both/DET/DT sold/VERB/VBN", "VERB"},
		{"not a form of have", "We/PRON/PRP *are/AUX/VBP the/DET/DT owners/NOUN/NNS ./PUNCT/.", "AUX"},
	})
}
