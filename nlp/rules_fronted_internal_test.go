package nlp

import "testing"

func TestFrontedParticipleIsAdverbial(t *testing.T) {
	runRuleCases(t, frontedParticipleIsAdverbial, []ruleCase{
		{
			name: "a fronted participle made the root gives it to the clause after the comma",
			in:   "Built/VERB/build/0/root/VBN in/ADP/in/3/case 1900/NUM/1900/1/obl ,/PUNCT/,/7/punct the/DET/the/6/det house/NOUN/house/7/nsubj stands/VERB/stand/1/parataxis/VBZ ./PUNCT/./1/punct",
			want: "Built→7:advcl in→3:case 1900→1:obl ,→7:punct the→6:det house→7:nsubj stands→0:root .→7:punct",
		},
		{
			name: "a first word read as a past form is a participle too",
			in:   "Buried/VERB/bury/0/root/VBD deep/ADV/deep/1/advmod ,/PUNCT/,/6/punct the/DET/the/5/det line/NOUN/line/6/nsubj runs/VERB/run/1/parataxis/VBZ ./PUNCT/./1/punct",
			want: "Buried→6:advcl deep→1:advmod ,→6:punct the→5:det line→6:nsubj runs→0:root .→6:punct",
		},
		{
			name: "an irregular past form is not a participle",
			in:   "Took/VERB/take/0/root/VBD an/DET/a/3/det hour/NOUN/hour/1/obj ,/PUNCT/,/7/punct the/DET/the/6/det driver/NOUN/driver/7/nsubj left/VERB/leave/1/parataxis/VBD ./PUNCT/./1/punct",
			want: "Took→0:root an→3:det hour→1:obj ,→7:punct the→6:det driver→7:nsubj left→1:parataxis .→1:punct",
		},
		{
			name: "a participle with a clausal complement is left",
			in:   "Asked/VERB/ask/0/root/VBN whether/SCONJ/whether/4/mark he/PRON/he/4/nsubj stays/VERB/stay/1/ccomp/VBZ ,/PUNCT/,/7/punct he/PRON/he/7/nsubj smiled/VERB/smile/1/parataxis/VBD ./PUNCT/./1/punct",
			want: "Asked→0:root whether→4:mark he→4:nsubj stays→1:ccomp ,→7:punct he→7:nsubj smiled→1:parataxis .→1:punct",
		},
		{
			name: "an imperative is left",
			in:   "Try/VERB/try/0/root/VB it/PRON/it/1/obj ,/PUNCT/,/5/punct it/PRON/it/5/nsubj works/VERB/work/1/parataxis/VBZ ./PUNCT/./1/punct",
			want: "Try→0:root it→1:obj ,→5:punct it→5:nsubj works→1:parataxis .→1:punct",
		},
		{
			name: "a root with its own subject is left",
			in:   "Closed/VERB/close/0/root/VBN it/PRON/it/1/nsubj:pass ,/PUNCT/,/5/punct we/PRON/we/5/nsubj left/VERB/leave/1/parataxis/VBD ./PUNCT/./1/punct",
			want: "Closed→0:root it→1:nsubj:pass ,→5:punct we→5:nsubj left→1:parataxis .→1:punct",
		},
		{
			name: "a clause without a subject is left",
			in:   "Built/VERB/build/0/root/VBN in/ADP/in/3/case 1900/NUM/1900/1/obl ,/PUNCT/,/5/punct stands/VERB/stand/1/parataxis/VBZ still/ADV/still/5/advmod ./PUNCT/./1/punct",
			want: "Built→0:root in→3:case 1900→1:obl ,→5:punct stands→1:parataxis still→5:advmod .→1:punct",
		},
		{
			name: "a clause not opened by a comma is left",
			in:   "Built/VERB/build/0/root/VBN in/ADP/in/3/case 1900/NUM/1900/1/obl the/DET/the/5/det house/NOUN/house/6/nsubj stands/VERB/stand/1/parataxis/VBZ ./PUNCT/./1/punct",
			want: "Built→0:root in→3:case 1900→1:obl the→5:det house→6:nsubj stands→1:parataxis .→1:punct",
		},
	})
}
