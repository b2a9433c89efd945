package nlp

import "testing"

func TestPrepositionalNameReadAsSubject(t *testing.T) {
	runRuleCases(t, prepositionalNameReadAsSubject, []ruleCase{
		{
			name: "a passive's agent hung as the subject of a later noun",
			in:   "Vik/PROPN/Vik/3/nsubj:pass was/AUX/be/3/aux:pass met/VERB/meet/0/root by/ADP/by/8/case Ola/PROPN/Ola/8/nsubj after/ADP/after/8/case the/DET/the/8/det vote/NOUN/vote/3/obl:agent",
			want: "Vik→3:nsubj:pass was→3:aux:pass met→0:root by→5:case Ola→3:obl:agent after→8:case the→8:det vote→3:obl",
		},
		{
			name: "a source after the object's noun is that noun's",
			in:   "Vik/PROPN/Vik/2/nsubj got/VERB/get/0/root aid/NOUN/aid/2/obj from/ADP/from/8/case Ola/PROPN/Ola/8/nsubj after/ADP/after/8/case the/DET/the/8/det vote/NOUN/vote/2/obl",
			want: "Vik→2:nsubj got→0:root aid→2:obj from→5:case Ola→3:nmod after→8:case the→8:det vote→2:obl",
		},
		{
			name: "a predicate noun with a copula keeps its subject",
			in:   "Vik/PROPN/Vik/2/nsubj said/VERB/say/0/root that/SCONJ/that/8/mark under/ADP/under/8/case law/NOUN/law/8/nsubj it/PRON/it/8/nsubj was/AUX/be/8/cop crime/NOUN/crime/2/ccomp",
			want: "Vik→2:nsubj said→0:root that→8:mark under→8:case law→8:nsubj it→8:nsubj was→8:cop crime→2:ccomp",
		},
	})
}

func TestPersonToldReadAsSubject(t *testing.T) {
	runRuleCases(t, personToldReadAsSubject, []ruleCase{
		{
			name: "the noun right after the verb, before the clause's subject, is the person told",
			in:   "Vik/PROPN/Vik/2/nsubj told/VERB/tell/0/root reporters/NOUN/reporter/6/nsubj ships/NOUN/ship/6/nsubj would/AUX/would/6/aux come/VERB/come/2/ccomp",
			want: "Vik→2:nsubj told→0:root reporters→2:iobj ships→6:nsubj would→6:aux come→2:ccomp",
		},
		{
			name: "a clause with one subject stays",
			in:   "Vik/PROPN/Vik/2/nsubj said/VERB/say/0/root ships/NOUN/ship/5/nsubj would/AUX/would/5/aux come/VERB/come/2/ccomp",
			want: "Vik→2:nsubj said→0:root ships→5:nsubj would→5:aux come→2:ccomp",
		},
	})
}

func TestUnmarkedPossessorIsCompound(t *testing.T) {
	runRuleCases(t, unmarkedPossessorIsCompound, []ruleCase{
		{
			name: "a noun inside a name, with the name's preposition and determiner",
			in:   "Vik/PROPN/Vik/2/nsubj hit/VERB/hit/0/root by/ADP/by/6/case the/DET/the/6/det Dock/NOUN/dock/6/compound Workers/NOUN/worker/7/nmod:poss Union/PROPN/Union/2/obl",
			want: "Vik→2:nsubj hit→0:root by→7:case the→7:det Dock→6:compound Workers→7:compound Union→2:obl",
		},
		{
			name: "a possessor with its 's stays",
			in:   "the/DET/the/2/det union/NOUN/union/4/nmod:poss 's/PART/'s/2/case chief/NOUN/chief/0/root",
			want: "the→2:det union→4:nmod:poss 's→2:case chief→0:root",
		},
	})
}

func TestSubjectOnFloatingQuantifier(t *testing.T) {
	runRuleCases(t, subjectOnFloatingQuantifier, []ruleCase{
		{
			name: "the subject hung on a floating all is the verb's",
			in:   "Moe/PROPN/Moe/4/nsubj and/CCONJ/and/3/cc Dahl/PROPN/Dahl/1/conj all/DET/all/5/advmod agreed/VERB/agree/0/root",
			want: "Moe→5:nsubj and→3:cc Dahl→1:conj all→5:advmod agreed→0:root",
		},
		{
			name: "a verb with a subject of its own leaves it",
			in:   "Moe/PROPN/Moe/2/nsubj all/DET/all/4/advmod they/PRON/they/4/nsubj agreed/VERB/agree/0/root",
			want: "Moe→2:nsubj all→4:advmod they→4:nsubj agreed→0:root",
		},
	})
}

func TestPossessorReadAsSubject(t *testing.T) {
	runRuleCases(t, possessorReadAsSubject, []ruleCase{
		{
			name: "a country's ministry",
			in:   "Taiwan/PROPN/Taiwan/5/nsubj/NNP 's/PART/'s/1/case/POS Defence/PROPN/Defence/4/compound/NNP Ministry/PROPN/Ministry/5/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "Taiwan→4:nmod:poss 's→1:case Defence→4:compound Ministry→5:nsubj said→0:root",
		},
		{
			name: "a country's minister named: the title heads, the name its appos",
			in:   "Hungary/PROPN/Hungary/6/nsubj/NNP 's/PART/'s/1/case/POS Prime/PROPN/Prime/4/amod/NNP Minister/PROPN/Minister/5/nmod:desc/NNP Viktor/PROPN/Viktor/6/nsubj/NNP criticised/VERB/criticise/0/root/VBD",
			want: "Hungary→4:nmod:poss 's→1:case Prime→4:amod Minister→6:nsubj Viktor→4:appos criticised→0:root",
		},
		{
			name: "the possessor's phrase not ended by its marker",
			in:   "Taiwan/PROPN/Taiwan/4/nsubj/NNP 's/PART/'s/1/case/POS ,/PUNCT/,/1/punct Ministry/PROPN/Ministry/5/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "Taiwan→4:nsubj 's→1:case ,→1:punct Ministry→5:nsubj said→0:root",
		},
		{
			name: "one subject: nothing to do",
			in:   "Taiwan/PROPN/Taiwan/3/nmod:poss/NNP 's/PART/'s/1/case/POS Ministry/PROPN/Ministry/4/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "Taiwan→3:nmod:poss 's→1:case Ministry→4:nsubj said→0:root",
		},
	})
}

func TestSetOffAppositionReadAsSubject(t *testing.T) {
	runRuleCases(t, setOffAppositionReadAsSubject, []ruleCase{
		{
			name: "a name between commas after a noun",
			in:   "His/PRON/his/2/nmod:poss lawyer/NOUN/lawyer/7/nsubj/NN ,/PUNCT/,/2/punct Ivo/PROPN/Ivo/7/nsubj/NNP Kos/PROPN/Kos/4/flat/NNP ,/PUNCT/,/4/punct said/VERB/say/0/root/VBD",
			want: "His→2:nmod:poss lawyer→7:nsubj ,→4:punct Ivo→2:appos Kos→4:flat ,→4:punct said→0:root",
		},
		{
			name: "no closing comma: a list or a splice, not an apposition",
			in:   "Its/PRON/its/2/nmod:poss spokesman/NOUN/spokesman/5/nsubj/NN ,/PUNCT/,/2/punct Ivo/PROPN/Ivo/5/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "Its→2:nmod:poss spokesman→5:nsubj ,→2:punct Ivo→5:nsubj said→0:root",
		},
		{
			name: "a pronoun is no apposition",
			in:   "Lawyers/NOUN/lawyer/5/nsubj/NNS ,/PUNCT/,/1/punct they/PRON/they/5/nsubj/PRP ,/PUNCT/,/3/punct said/VERB/say/0/root/VBD",
			want: "Lawyers→5:nsubj ,→1:punct they→5:nsubj ,→3:punct said→0:root",
		},
	})
}
