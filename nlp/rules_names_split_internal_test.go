package nlp

import "testing"

func TestGivenNameSplitFromSurname(t *testing.T) {
	runRuleCases(t, givenNameSplitFromSurname, []ruleCase{
		{
			name: "a given name and its surname on one head",
			in:   "governor/NOUN/governor/0/root/NN of/ADP/of/3/case/IN Texas/PROPN/Texas/1/nmod/NNP ,/PUNCT/,/5/punct/, Greg/PROPN/Greg/3/appos/NNP Abbott/PROPN/Abbott/3/conj/NNP",
			want: "governor→0:root of→3:case Texas→1:nmod ,→5:punct Greg→3:appos Abbott→5:flat",
		},
		{
			name: "no given name first: two names",
			in:   "near/ADP/near/2/case/IN Paris/PROPN/Paris/0/root/NNP Texas/PROPN/Texas/0/root/NNP Dallas/PROPN/Dallas/2/conj/NNP",
			want: "near→2:case Paris→0:root Texas→0:root Dallas→2:conj",
		},
		{
			name: "a word before the second name hangs on it",
			in:   "met/VERB/meet/0/root/VBD with/ADP/with/4/case/IN Ana/PROPN/Ana/1/obl/NNP Lind/PROPN/Lind/1/conj/NNP",
			want: "met→0:root with→4:case Ana→1:obl Lind→1:conj",
		},
		{
			name: "the second name is a subject, not a conjunct",
			in:   "met/VERB/meet/0/root/VBD Ana/PROPN/Ana/1/obj/NNP Lind/PROPN/Lind/1/nsubj/NNP",
			want: "met→0:root Ana→1:obj Lind→1:nsubj",
		},
	})
}
