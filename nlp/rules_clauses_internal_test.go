package nlp

import "testing"

func TestCommaSpliceFirstClauseIsRoot(t *testing.T) {
	runRuleCases(t, commaSpliceFirstClauseIsRoot, []ruleCase{
		{
			name: "an unmarked clause before a comma is the root, the later clause its parataxis",
			in:   "Rates/NOUN/rate/2/nsubj rose/VERB/rise/6/advcl/VBD ,/PUNCT/,/6/punct so/ADV/so/6/advmod we/PRON/we/6/nsubj wait/VERB/wait/0/root/VBP ./PUNCT/./6/punct",
			want: "Rates→2:nsubj rose→0:root ,→6:punct so→6:advmod we→6:nsubj wait→2:parataxis .→2:punct",
		},
		{
			name: "a semicolon joins two clauses as a comma does",
			in:   "Russia/PROPN/Russia/2/nsubj denies/VERB/deny/5/ccomp/VBZ ;/PUNCT/;/5/punct Kyiv/PROPN/Kyiv/5/nsubj says/VERB/say/0/root/VBZ it/PRON/it/7/nsubj has/VERB/have/5/ccomp/VBZ",
			want: "Russia→2:nsubj denies→0:root ;→5:punct Kyiv→5:nsubj says→2:parataxis it→7:nsubj has→5:ccomp",
		},
		{
			name: "a reporting verb with a complement of its own reports something else",
			in:   "Rates/NOUN/rate/2/nsubj rose/VERB/rise/5/ccomp/VBD ,/PUNCT/,/5/punct they/PRON/they/5/nsubj said/VERB/say/0/root/VBD it/PRON/it/5/obj ./PUNCT/./5/punct",
			want: "Rates→2:nsubj rose→0:root ,→5:punct they→5:nsubj said→2:parataxis it→5:obj .→2:punct",
		},
		{
			name: "a reporting verb with nothing else reports the clause",
			in:   "Talks/NOUN/talk/2/nsubj failed/VERB/fail/5/ccomp/VBD ,/PUNCT/,/5/punct officials/NOUN/official/5/nsubj said/VERB/say/0/root/VBD ./PUNCT/./5/punct",
			want: "Talks→2:nsubj failed→5:ccomp ,→5:punct officials→5:nsubj said→0:root .→5:punct",
		},
		{
			name: "a quoted clause is reported even when the verb has more",
			in:   "\"/PUNCT/\"/3/punct/`` it/PRON/it/3/nsubj rose/VERB/rise/7/ccomp/VBD ,/PUNCT/,/3/punct \"/PUNCT/\"/3/punct/'' he/PRON/he/7/nsubj said/VERB/say/0/root/VBD it/PRON/it/7/obj",
			want: "\"→3:punct it→3:nsubj rose→7:ccomp ,→3:punct \"→3:punct he→7:nsubj said→0:root it→7:obj",
		},
		{
			name: "a clause with a marker is adverbial",
			in:   "If/SCONJ/if/3/mark rates/NOUN/rate/3/nsubj rise/VERB/rise/7/advcl/VBP ,/PUNCT/,/7/punct we/PRON/we/7/nsubj will/AUX/will/7/aux wait/VERB/wait/0/root/VB",
			want: "If→3:mark rates→3:nsubj rise→7:advcl ,→7:punct we→7:nsubj will→7:aux wait→0:root",
		},
		{
			name: "a participle has no clause of its own",
			in:   "Rates/NOUN/rate/2/nsubj rising/VERB/rise/5/advcl/VBG ,/PUNCT/,/5/punct we/PRON/we/5/nsubj wait/VERB/wait/0/root/VBP",
			want: "Rates→2:nsubj rising→5:advcl ,→5:punct we→5:nsubj wait→0:root",
		},
	})
}

func TestNounRootBeforeSetOffPhraseIsSubject(t *testing.T) {
	runRuleCases(t, nounRootBeforeSetOffPhraseIsSubject, []ruleCase{
		{
			name: "a verb hung on the set-off participle is the noun's predicate",
			in:   "The/DET/the/2/det truce/NOUN/truce/0/root ,/PUNCT/,/4/punct brokered/VERB/broker/2/acl/VBN ,/PUNCT/,/6/punct collapsed/VERB/collapse/4/advcl/VBD ./PUNCT/./2/punct",
			want: "The→2:det truce→6:nsubj ,→4:punct brokered→2:acl ,→6:punct collapsed→0:root .→6:punct",
		},
		{
			name: "a verb hung on the noun after an apposition",
			in:   "Hamas/PROPN/Hamas/0/root ,/PUNCT/,/4/punct a/DET/a/4/det group/NOUN/group/1/appos ,/PUNCT/,/6/punct claimed/VERB/claim/1/acl/VBD it/PRON/it/6/obj",
			want: "Hamas→6:nsubj ,→4:punct a→4:det group→1:appos ,→6:punct claimed→0:root it→6:obj",
		},
		{
			name: "a relative clause stays",
			in:   "The/DET/the/2/det plan/NOUN/plan/0/root ,/PUNCT/,/5/punct which/PRON/which/5/nsubj failed/VERB/fail/2/acl:relcl/VBD",
			want: "The→2:det plan→0:root ,→5:punct which→5:nsubj failed→2:acl:relcl",
		},
		{
			name: "a verb with a subject of its own is another clause",
			in:   "The/DET/the/2/det plan/NOUN/plan/0/root ,/PUNCT/,/5/punct Kyiv/PROPN/Kyiv/5/nsubj said/VERB/say/2/parataxis/VBD",
			want: "The→2:det plan→0:root ,→5:punct Kyiv→5:nsubj said→2:parataxis",
		},
		{
			name: "a participle is no predicate",
			in:   "The/DET/the/2/det plan/NOUN/plan/0/root ,/PUNCT/,/4/punct drafted/VERB/draft/2/acl/VBN in/ADP/in/6/case May/PROPN/May/4/obl",
			want: "The→2:det plan→0:root ,→4:punct drafted→2:acl in→6:case May→4:obl",
		},
		{
			name: "a noun with a copula is a clause already",
			in:   "It/PRON/it/3/nsubj was/AUX/be/3/cop truce/NOUN/truce/0/root ,/PUNCT/,/5/punct ended/VERB/end/3/acl/VBD",
			want: "It→3:nsubj was→3:cop truce→0:root ,→5:punct ended→3:acl",
		},
	})
}

func TestClausalSubjectBesideSubjectIsComplement(t *testing.T) {
	runRuleCases(t, clausalSubjectBesideSubjectIsComplement, []ruleCase{
		{
			name: "an infinitive after an adjective with a noun subject completes it",
			in:   "pets/NOUN/pet/3/nsubj are/AUX/be/3/cop easy/ADJ/easy/0/root to/PART/to/5/mark feed/VERB/feed/3/csubj",
			want: "pets→3:nsubj are→3:cop easy→0:root to→5:mark feed→3:ccomp",
		},
		{
			name: "an expletive it leaves the clause the subject",
			in:   "It/PRON/it/3/expl is/AUX/be/3/cop easy/ADJ/easy/0/root to/PART/to/5/mark feed/VERB/feed/3/csubj pets/NOUN/pet/5/obj",
			want: "It→3:expl is→3:cop easy→0:root to→5:mark feed→3:csubj pets→5:obj",
		},
		{
			name: "it read as a subject is an expletive too",
			in:   "it/PRON/it/3/nsubj is/AUX/be/3/cop hard/ADJ/hard/0/root to/PART/to/5/mark say/VERB/say/3/csubj",
			want: "it→3:nsubj is→3:cop hard→0:root to→5:mark say→3:csubj",
		},
		{
			name: "a clause before the subject stays",
			in:   "To/PART/to/2/mark win/VERB/win/4/csubj Kyiv/PROPN/Kyiv/4/nsubj hard/ADJ/hard/0/root",
			want: "To→2:mark win→4:csubj Kyiv→4:nsubj hard→0:root",
		},
		{
			name: "a verb's clausal subject stays",
			in:   "Finding/VERB/find/3/csubj it/PRON/it/1/obj took/VERB/take/0/root time/NOUN/time/3/obj",
			want: "Finding→3:csubj it→1:obj took→0:root time→3:obj",
		},
	})
}
