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
