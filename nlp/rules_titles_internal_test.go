package nlp

import "testing"

func TestTitleBeforeSubjectNameDescribesIt(t *testing.T) {
	runRuleCases(t, titleBeforeSubjectNameDescribesIt, []ruleCase{
		{
			name: "a bare title describes the name",
			in:   "Agency/PROPN/Agency/2/compound/NNP spokeswoman/NOUN/spokeswoman/5/nsubj/NN Ana/PROPN/Ana/5/nsubj/NNP Lind/PROPN/Lind/3/flat/NNP said/VERB/say/0/root/VBD",
			want: "Agency→2:compound spokeswoman→3:nmod:desc Ana→5:nsubj Lind→3:flat said→0:root",
		},
		{
			name: "a determined title heads the name as its apposition",
			in:   "the/DET/the/3/det former/ADJ/former/3/amod leader/NOUN/leader/6/nsubj/NN Ivo/PROPN/Ivo/6/nsubj/NNP Kos/PROPN/Kos/4/flat/NNP refused/VERB/refuse/0/root/VBD",
			want: "the→3:det former→3:amod leader→6:nsubj Ivo→3:appos Kos→4:flat refused→0:root",
		},
		{
			name: "a capitalised title headed on the word before it",
			in:   "Trade/PROPN/Trade/5/nsubj/NNP Minister/PROPN/Minister/1/flat/NNP Ivo/PROPN/Ivo/5/nsubj/NNP Kos/PROPN/Kos/3/flat/NNP met/VERB/meet/0/root/VBD",
			want: "Trade→2:compound Minister→3:nmod:desc Ivo→5:nsubj Kos→3:flat met→0:root",
		},
		{
			name: "a comma between them: two phrases",
			in:   "the/DET/the/2/det spokesman/NOUN/spokesman/5/nsubj/NN ,/PUNCT/,/4/punct Ivo/PROPN/Ivo/5/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "the→2:det spokesman→5:nsubj ,→4:punct Ivo→5:nsubj said→0:root",
		},
		{
			name: "a possessor is no title",
			in:   "Korea/PROPN/Korea/4/nsubj/NNP 's/PART/'s/1/case/POS Kim/PROPN/Kim/4/nsubj/NNP has/VERB/have/0/root/VBZ",
			want: "Korea→4:nsubj 's→1:case Kim→4:nsubj has→0:root",
		},
		{
			name: "a capitalised word that is no title",
			in:   "Korean/PROPN/Korean/3/nsubj/NNP Air/PROPN/Air/3/nsubj/NNP flies/VERB/fly/0/root/VBZ",
			want: "Korean→3:nsubj Air→3:nsubj flies→0:root",
		},
		{
			name: "a phrase with a preposition is not reheaded",
			in:   "investigator/NOUN/investigator/5/nsubj/NN of/ADP/of/3/case/IN crash/NOUN/crash/1/nmod/NN Ivo/PROPN/Ivo/5/nsubj/NNP told/VERB/tell/0/root/VBD",
			want: "investigator→5:nsubj of→3:case crash→1:nmod Ivo→5:nsubj told→0:root",
		},
		{
			name: "a plural name is no person named",
			in:   "the/DET/the/2/det group/NOUN/group/4/nsubj/NN Arabists/PROPN/Arabist/4/nsubj/NNPS left/VERB/leave/0/root/VBD",
			want: "the→2:det group→4:nsubj Arabists→4:nsubj left→0:root",
		},
	})
}

func TestTitleSplitFromSubjectName(t *testing.T) {
	runRuleCases(t, titleSplitFromSubjectName, []ruleCase{
		{
			name: "the title's modifier read as a second subject",
			in:   "Chinese/ADJ/Chinese/2/amod/JJ Commerce/NOUN/commerce/6/nsubj/NN Minister/PROPN/Minister/4/nmod:desc/NNP Wang/PROPN/Wang/6/nsubj/NNP Wentao/PROPN/Wentao/4/flat/NNP met/VERB/meet/0/root/VBD",
			want: "Chinese→2:amod Commerce→3:compound Minister→4:nmod:desc Wang→6:nsubj Wentao→4:flat met→0:root",
		},
		{
			name: "a title the parser hung on the verb",
			in:   "Kremlin/PROPN/Kremlin/5/nsubj/NNP aide/NOUN/aide/5/obl/NN Yury/PROPN/Yury/5/nsubj/NNP Ushakov/PROPN/Ushakov/3/flat/NNP said/VERB/say/0/root/VBD",
			want: "Kremlin→2:compound aide→3:nmod:desc Yury→5:nsubj Ushakov→3:flat said→0:root",
		},
		{
			name: "a title of the list tagged an adjective",
			in:   "RMT/PROPN/RMT/6/nsubj/NNP general/ADJ/general/1/amod/JJ secretary/ADJ/secretary/6/advmod/JJ Mick/PROPN/Mick/6/nsubj/NNP Lynch/PROPN/Lynch/4/flat/NNP said/VERB/say/0/root/VBD",
			want: "RMT→3:compound general→1:amod secretary→4:nmod:desc Mick→6:nsubj Lynch→4:flat said→0:root",
		},
		{
			name: "no title before the name: two subjects stay",
			in:   "Lawmakers/NOUN/lawmaker/3/nsubj/NNS Brussels/PROPN/Brussels/3/nsubj/NNP voted/VERB/vote/0/root/VBD",
			want: "Lawmakers→3:nsubj Brussels→3:nsubj voted→0:root",
		},
		{
			name: "a preposition in the run: not a title's phrase",
			in:   "University/NOUN/university/5/nsubj/NN of/ADP/of/3/case/IN Texas/PROPN/Texas/1/nmod/NNP president/NOUN/president/4/nmod:desc/NN Ana/PROPN/Ana/5/nsubj/NNP said/VERB/say/0/root/VBD",
			want: "University→5:nsubj of→3:case Texas→1:nmod president→4:nmod:desc Ana→5:nsubj said→0:root",
		},
	})
}

func TestTitleRulesMixedSubjectRelations(t *testing.T) {
	runRuleCases(t, titleBeforeSubjectNameDescribesIt, []ruleCase{
		{
			name: "a determined title read as a passive subject of an active verb",
			in:   "The/DET/the/3/det militant/ADJ/militant/3/amod organisation/NOUN/organisation/6/nsubj:pass/NN Hamas/PROPN/Hamas/6/nsubj/NNP has/AUX/have/6/aux announced/VERB/announce/0/root/VBN",
			want: "The→3:det militant→3:amod organisation→6:nsubj Hamas→3:appos has→6:aux announced→0:root",
		},
		{
			name: "a title of the list tagged a common noun",
			in:   "PM/NOUN/pm/4/nsubj/NN Allawi/PROPN/Allawi/4/nsubj/NNP is/AUX/be/4/cop responsible/ADJ/responsible/0/root/JJ",
			want: "PM→2:nmod:desc Allawi→4:nsubj is→4:cop responsible→0:root",
		},
	})
}
