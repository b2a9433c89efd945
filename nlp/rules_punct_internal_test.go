package nlp

import "testing"

func TestPairedPunctuationOnEnclosedHead(t *testing.T) {
	runRuleCases(t, pairedPunctuationOnEnclosedHead, []ruleCase{
		{
			name: "a quotation: the opening mark hung on the verb before it moves to the quoted clause",
			in:   "Vik/PROPN/Vik/2/nsubj said/VERB/say/0/root \"/PUNCT/\"/2/punct we/PRON/we/5/nsubj won/VERB/win/2/ccomp \"/PUNCT/\"/5/punct",
			want: "Vik→2:nsubj said→0:root \"→5:punct we→5:nsubj won→2:ccomp \"→5:punct",
		},
		{
			name: "brackets: the closing one hung on the last word inside moves to the enclosed phrase's head",
			in:   "Ola/PROPN/Ola/6/nsubj (/PUNCT/(/4/punct a/DET/a/4/det judge/NOUN/judge/1/appos )/PUNCT/)/4/punct left/VERB/leave/0/root",
			want: "Ola→6:nsubj (→4:punct a→4:det judge→1:appos )→4:punct left→0:root",
		},
		{
			name: "typographic quotation marks pair as ASCII ones",
			in:   "Vik/PROPN/Vik/2/nsubj called/VERB/call/0/root it/PRON/it/2/obj “/PUNCT/“/2/punct unfair/ADJ/unfair/2/xcomp ”/PUNCT/”/2/punct",
			want: "Vik→2:nsubj called→0:root it→2:obj “→5:punct unfair→2:xcomp ”→5:punct",
		},
		{
			name: "two phrases inside: no single head, nothing moves",
			in:   "Vik/PROPN/Vik/2/nsubj said/VERB/say/0/root \"/PUNCT/\"/2/punct yes/INTJ/yes/2/discourse now/ADV/now/2/advmod \"/PUNCT/\"/2/punct",
			want: "Vik→2:nsubj said→0:root \"→2:punct yes→2:discourse now→2:advmod \"→2:punct",
		},
		{
			name: "a phrase after the closing mark on the enclosed head keeps the tree projective: both move",
			in:   "the/DET/the/2/det plan/NOUN/plan/0/root (/PUNCT/(/4/punct draft/NOUN/draft/2/appos )/PUNCT/)/2/punct of/ADP/of/7/case May/PROPN/May/4/nmod",
			want: "the→2:det plan→0:root (→4:punct draft→2:appos )→4:punct of→7:case May→4:nmod",
		},
		{
			name: "an arc over the opening mark from a word not above the enclosed head: moving it would cross, nothing moves",
			in:   "Talks/NOUN/talk/5/nsubj (/PUNCT/(/6/punct again/ADV/again/6/advmod )/PUNCT/)/6/punct stalled/VERB/stall/6/csubj today/NOUN/today/0/root",
			want: "Talks→5:nsubj (→6:punct again→6:advmod )→6:punct stalled→6:csubj today→0:root",
		},
		{
			name: "nested pairs each go to their own phrase's head",
			in:   "Ola/PROPN/Ola/0/root (/PUNCT/(/1/punct a/DET/a/7/det \"/PUNCT/\"/3/punct new/ADJ/new/7/amod \"/PUNCT/\"/7/punct mayor/NOUN/mayor/1/appos )/PUNCT/)/1/punct",
			want: "Ola→0:root (→7:punct a→7:det \"→5:punct new→7:amod \"→5:punct mayor→1:appos )→7:punct",
		},
		{
			name: "an unmatched mark pairs with nothing",
			in:   "Vik/PROPN/Vik/2/nsubj won/VERB/win/0/root (/PUNCT/(/2/punct again/ADV/again/2/advmod",
			want: "Vik→2:nsubj won→0:root (→2:punct again→2:advmod",
		},
	})
}
