package nlp

import "testing"

func TestSetOffSpeakerIsSubject(t *testing.T) {
	runRuleCases(t, setOffSpeakerIsSubject, []ruleCase{
		{
			name: "a description and a name set off before the verb, hung in the reported clause",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/9/ccomp/VBD ,/PUNCT/,/2/punct/, an/DET/a/5/det/DT aide/NOUN/aide/2/obl/NN ,/PUNCT/,/7/punct/, Lind/PROPN/Lind/5/appos/NNP ,/PUNCT/,/2/punct/, said/VERB/say/0/root/VBD",
			want: "It→2:nsubj fell→9:ccomp ,→2:punct an→5:det aide→9:nsubj ,→7:punct Lind→5:appos ,→2:punct said→0:root",
		},
		{
			name: "a name split between two conjuncts, the verb a parataxis of it",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/0/root/VBD ,/PUNCT/,/4/punct/, Ana/PROPN/Ana/2/conj/NNP Lind/PROPN/Lind/2/conj/NNP said/VERB/say/5/parataxis/VBD ./PUNCT/./2/punct/.",
			want: "It→2:nsubj fell→6:ccomp ,→4:punct Ana→6:nsubj Lind→4:flat said→0:root .→6:punct",
		},
		{
			name: "a phrase opened by a conjunction is a conjunct",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/0/root/VBD and/CCONJ/and/5/cc/CC the/DET/the/5/det/DT firm/NOUN/firm/2/conj/NN said/VERB/say/5/acl/VBD",
			want: "It→2:nsubj fell→0:root and→5:cc the→5:det firm→2:conj said→5:acl",
		},
		{
			name: "a verb with a marker is an adverbial",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/0/root/VBD ,/PUNCT/,/6/punct/, as/SCONJ/as/6/mark/IN Lind/PROPN/Lind/2/obl/NNP said/VERB/say/2/advcl/VBD",
			want: "It→2:nsubj fell→0:root ,→6:punct as→6:mark Lind→2:obl said→2:advcl",
		},
		{
			name: "a verb with a subject keeps it",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/6/ccomp/VBD ,/PUNCT/,/2/punct/, the/DET/the/5/det/DT firm/NOUN/firm/2/obl/NN he/PRON/he/7/nsubj/PRP said/VERB/say/0/root/VBD",
			want: "It→2:nsubj fell→6:ccomp ,→2:punct the→5:det firm→2:obl he→7:nsubj said→0:root",
		},
		{
			name: "a word of the reported clause hangs inside the phrase",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/0/root/VBD ,/PUNCT/,/2/punct/, the/DET/the/5/det/DT firm/NOUN/firm/2/obl/NN said/VERB/say/2/parataxis/VBD again/ADV/again/5/advmod/RB",
			want: "It→2:nsubj fell→0:root ,→2:punct the→5:det firm→2:obl said→2:parataxis again→5:advmod",
		},
		{
			name: "the phrase is the sentence's root",
			in:   "It/PRON/it/2/nsubj/PRP fell/VERB/fall/5/ccomp/VBD ,/PUNCT/,/2/punct/, Lind/PROPN/Lind/0/root/NNP said/VERB/say/4/acl/VBD",
			want: "It→2:nsubj fell→5:ccomp ,→2:punct Lind→0:root said→4:acl",
		},
	})
}
