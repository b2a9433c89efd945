package nlp

import "testing"

func TestSemicolonClauseIsParataxis(t *testing.T) {
	runRuleCases(t, semicolonClauseIsParataxis, []ruleCase{
		{
			name: "a clause after a semicolon hung inside the first clause joins its head",
			in:   "Talks/NOUN/talk/2/nsubj failed/VERB/fail/0/root/VBD ;/PUNCT/;/7/punct the/DET/the/5/det army/NOUN/army/7/nsubj then/ADV/then/7/advmod moved/VERB/move/1/acl/VBD ./PUNCT/./2/punct",
			want: "Talks→2:nsubj failed→0:root ;→7:punct the→5:det army→7:nsubj then→7:advmod moved→2:parataxis .→2:punct",
		},
		{
			name: "a conjunct after a semicolon without a conjunction is parataxis",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root/VBD ;/PUNCT/;/5/punct wages/NOUN/wage/5/nsubj fell/VERB/fall/2/conj/VBD",
			want: "Prices→2:nsubj rose→0:root ;→5:punct wages→5:nsubj fell→2:parataxis",
		},
		{
			name: "a clause opened by a conjunction stays a conjunct",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root/VBD ;/PUNCT/;/6/punct and/CCONJ/and/6/cc wages/NOUN/wage/6/nsubj fell/VERB/fall/2/conj/VBD",
			want: "Prices→2:nsubj rose→0:root ;→6:punct and→6:cc wages→6:nsubj fell→2:conj",
		},
		{
			name: "a phrase without a subject is left",
			in:   "He/PRON/he/2/nsubj visited/VERB/visit/0/root/VBD Rome/PROPN/Rome/2/obj ;/PUNCT/;/5/punct Paris/PROPN/Paris/3/conj",
			want: "He→2:nsubj visited→0:root Rome→2:obj ;→5:punct Paris→3:conj",
		},
		{
			name: "a first clause hung on the second is left",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/5/ccomp/VBD ;/PUNCT/;/5/punct wages/NOUN/wage/5/nsubj fell/VERB/fall/0/root/VBD",
			want: "Prices→2:nsubj rose→5:ccomp ;→5:punct wages→5:nsubj fell→0:root",
		},
		{
			name: "words after the semicolon hung on two heads are left",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root/VBD ;/PUNCT/;/6/punct in/ADP/in/5/case May/PROPN/May/2/obl wages/NOUN/wage/2/nsubj fell/VERB/fall/2/conj/VBD",
			want: "Prices→2:nsubj rose→0:root ;→6:punct in→5:case May→2:obl wages→2:nsubj fell→2:conj",
		},
	})
}
