package nlp

import (
	"strings"
	"testing"
)

// parsed builds a sentence from "form/UPOS/lemma/head/deprel" items (a
// sixth field, when present, is the XPOS).
func parsed(t *testing.T, items string) *Sentence {
	t.Helper()
	var s Sentence
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		if len(f) != 5 && len(f) != 6 {
			t.Fatalf("bad item %q", it)
		}
		head := 0
		for _, c := range f[3] {
			head = head*10 + int(c-'0')
		}
		tok := Token{Form: f[0], UPOS: f[1], Lemma: f[2], Head: head, Deprel: f[4]}
		if len(f) == 6 {
			tok.XPOS = f[5]
		}
		s.Tokens = append(s.Tokens, tok)
	}
	return &s
}

func arcsOf(s *Sentence) string {
	var b []string
	for _, t := range s.Tokens {
		b = append(b, t.Form+"→"+string(rune('0'+t.Head))+":"+t.Deprel)
	}
	return strings.Join(b, " ")
}

func TestInvertReportingClause(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{
			name: "post-posed reporting clause becomes the root",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/2/punct says/VERB/say/2/parataxis Tarlo/PROPN/Tarlo/4/nsubj ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→4:ccomp ,→2:punct says→0:root Tarlo→4:nsubj .→4:punct",
		},
		{
			name: "not a reporting verb",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/2/punct wages/NOUN/wage/5/nsubj fell/VERB/fall/2/parataxis ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→0:root ,→2:punct wages→5:nsubj fell→2:parataxis .→2:punct",
		},
		{
			name: "no subject of its own",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/2/punct says/VERB/say/2/parataxis ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→0:root ,→2:punct says→2:parataxis .→2:punct",
		},
		{
			name: "more of the main clause follows",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/2/punct he/PRON/he/5/nsubj said/VERB/say/2/parataxis again/ADV/again/2/advmod",
			want: "Prices→2:nsubj rose→0:root ,→2:punct he→5:nsubj said→2:parataxis again→2:advmod",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := parsed(t, c.in)
			invertReportingClause(s)
			if got := arcsOf(s); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// ruleCase is a parsed sentence before and after a rule.
type ruleCase struct{ name, in, want string }

func runRuleCases(t *testing.T, rule func(*Sentence), cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := parsed(t, c.in)
			rule(s)
			if got := arcsOf(s); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestParataxisWithConjunctionIsConj(t *testing.T) {
	runRuleCases(t, parataxisWithConjunctionIsConj, []ruleCase{
		{
			name: "a juxtaposed clause with its own conjunction is a conjunct",
			in:   "I/PRON/I/2/nsubj called/VERB/call/0/root ,/PUNCT/,/6/punct but/CCONJ/but/6/cc nobody/PRON/nobody/6/nsubj answered/VERB/answer/2/parataxis",
			want: "I→2:nsubj called→0:root ,→6:punct but→6:cc nobody→6:nsubj answered→2:conj",
		},
		{
			name: "without a conjunction it stays parataxis",
			in:   "I/PRON/I/2/nsubj called/VERB/call/0/root ;/PUNCT/;/5/punct nobody/PRON/nobody/5/nsubj answered/VERB/answer/2/parataxis",
			want: "I→2:nsubj called→0:root ;→5:punct nobody→5:nsubj answered→2:parataxis",
		},
		{
			name: "a parataxis before its head stays",
			in:   "and/CCONJ/and/2/cc see/VERB/see/4/parataxis ,/PUNCT/,/2/punct go/VERB/go/0/root",
			want: "and→2:cc see→4:parataxis ,→2:punct go→0:root",
		},
	})
}

func TestClausalApposIsParataxis(t *testing.T) {
	runRuleCases(t, clausalApposIsParataxis, []ruleCase{
		{
			name: "a verb is no apposition",
			in:   "the/DET/the/2/det plan/NOUN/plan/0/root ,/PUNCT/,/4/punct stalled/VERB/stall/2/appos",
			want: "the→2:det plan→0:root ,→4:punct stalled→2:parataxis",
		},
		{
			name: "a predicate with its own subject is no apposition",
			in:   "the/DET/the/2/det plan/NOUN/plan/0/root -/PUNCT/-/6/punct it/PRON/it/6/nsubj was/AUX/be/6/cop secret/ADJ/secret/2/appos",
			want: "the→2:det plan→0:root -→6:punct it→6:nsubj was→6:cop secret→2:parataxis",
		},
		{
			name: "a noun phrase renaming another stays",
			in:   "Umerov/PROPN/Umerov/0/root ,/PUNCT/,/3/punct head/NOUN/head/1/appos of/ADP/of/5/case talks/NOUN/talk/3/nmod",
			want: "Umerov→0:root ,→3:punct head→1:appos of→5:case talks→3:nmod",
		},
	})
}

func TestRelativeParataxisIsRelcl(t *testing.T) {
	runRuleCases(t, relativeParataxisIsRelcl, []ruleCase{
		{
			name: "a clause opened by who in brackets is a relative clause",
			in:   "males/NOUN/male/0/root (/PUNCT/(/4/punct who/PRON/who/4/nsubj fight/VERB/fight/1/parataxis )/PUNCT/)/4/punct",
			want: "males→0:root (→4:punct who→4:nsubj fight→1:acl:relcl )→4:punct",
		},
		{
			name: "the antecedent is the noun just before the comma",
			in:   "units/NOUN/unit/0/root ,/PUNCT/,/4/punct which/PRON/which/4/nsubj faced/VERB/face/1/parataxis",
			want: "units→0:root ,→4:punct which→4:nsubj faced→1:acl:relcl",
		},
		{
			name: "a comma hung elsewhere still opens it; a flat name gives its head",
			in:   "by/ADP/by/2/case Marco/PROPN/Marco/0/root Antonio/PROPN/Antonio/2/flat ,/PUNCT/,/3/punct who/PRON/who/6/nsubj held/VERB/hold/2/parataxis",
			want: "by→2:case Marco→0:root Antonio→2:flat ,→3:punct who→6:nsubj held→2:acl:relcl",
		},
		{
			name: "after a verb only the relation changes",
			in:   "he/PRON/he/2/nsubj left/VERB/leave/0/root ,/PUNCT/,/5/punct which/PRON/which/5/nsubj hurt/VERB/hurt/2/parataxis",
			want: "he→2:nsubj left→0:root ,→5:punct which→5:nsubj hurt→2:acl:relcl",
		},
		{
			name: "no relative pronoun, no change",
			in:   "units/NOUN/unit/0/root ,/PUNCT/,/4/punct they/PRON/they/4/nsubj faced/VERB/face/1/parataxis",
			want: "units→0:root ,→4:punct they→4:nsubj faced→1:parataxis",
		},
		{
			name: "no punctuation before the pronoun, no change",
			in:   "units/NOUN/unit/0/root which/PRON/which/3/nsubj faced/VERB/face/1/parataxis",
			want: "units→0:root which→3:nsubj faced→1:parataxis",
		},
	})
}

func TestPostposedReportingClauseIsRoot(t *testing.T) {
	runRuleCases(t, postposedReportingClauseIsRoot, []ruleCase{
		{
			name: "read as an adverbial clause",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/5/punct Tarlo/PROPN/Tarlo/5/nsubj explains/VERB/explain/2/advcl ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→5:ccomp ,→5:punct Tarlo→5:nsubj explains→0:root .→5:punct",
		},
		{
			name: "subject after the verb read as its object",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/4/punct says/VERB/say/2/conj Tarlo/PROPN/Tarlo/4/obj ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→4:ccomp ,→4:punct says→0:root Tarlo→4:nsubj .→4:punct",
		},
		{
			name: "tell keeps its object",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/5/punct he/PRON/he/5/nsubj told/VERB/tell/2/conj reporters/NOUN/reporter/5/obj ./PUNCT/./2/punct",
			want: "Prices→2:nsubj rose→5:ccomp ,→5:punct he→5:nsubj told→0:root reporters→5:obj .→5:punct",
		},
		{
			name: "a marker makes a true adverbial clause",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/6/punct as/SCONJ/as/6/mark Tarlo/PROPN/Tarlo/6/nsubj explains/VERB/explain/2/advcl",
			want: "Prices→2:nsubj rose→0:root ,→6:punct as→6:mark Tarlo→6:nsubj explains→2:advcl",
		},
		{
			name: "not set off by a comma",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root and/CCONJ/and/5/cc Tarlo/PROPN/Tarlo/5/nsubj explains/VERB/explain/2/conj",
			want: "Prices→2:nsubj rose→0:root and→5:cc Tarlo→5:nsubj explains→2:conj",
		},
		{
			name: "an object that is no subject",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/5/punct he/PRON/he/5/nsubj said/VERB/say/2/conj nothing/PRON/nothing/5/obj",
			want: "Prices→2:nsubj rose→0:root ,→5:punct he→5:nsubj said→2:conj nothing→5:obj",
		},
		{
			name: "more of the main clause follows",
			in:   "Prices/NOUN/price/2/nsubj rose/VERB/rise/0/root ,/PUNCT/,/5/punct Tarlo/PROPN/Tarlo/5/nsubj says/VERB/say/2/advcl again/ADV/again/2/advmod",
			want: "Prices→2:nsubj rose→0:root ,→5:punct Tarlo→5:nsubj says→2:advcl again→2:advmod",
		},
	})
}

func TestListOfNamesIsConjuncts(t *testing.T) {
	runRuleCases(t, listOfNamesIsConjuncts, []ruleCase{
		{
			name: "middle name read as an apposition of the first",
			in:   "from/ADP/from/2/case Oslo/PROPN/Oslo/0/root ,/PUNCT/,/4/punct Bergen/PROPN/Bergen/2/appos and/CCONJ/and/6/cc Molde/PROPN/Molde/4/conj",
			want: "from→2:case Oslo→0:root ,→4:punct Bergen→2:conj and→6:cc Molde→2:conj",
		},
		{
			name: "middle name read as a bare modifier beside the first",
			in:   "team/NOUN/team/0/root from/ADP/from/3/case Oslo/PROPN/Oslo/1/nmod ,/PUNCT/,/5/punct Bergen/PROPN/Bergen/1/nmod and/CCONJ/and/7/cc Molde/PROPN/Molde/5/conj",
			want: "team→0:root from→3:case Oslo→1:nmod ,→5:punct Bergen→3:conj and→7:cc Molde→3:conj",
		},
		{
			name: "an apposition with no conjunct of its own stays",
			in:   "Oslo/PROPN/Oslo/0/root ,/PUNCT/,/3/punct Norway/PROPN/Norway/1/appos",
			want: "Oslo→0:root ,→3:punct Norway→1:appos",
		},
		{
			name: "a noun renamed by names stays",
			in:   "winners/NOUN/winner/0/root ,/PUNCT/,/3/punct Ann/PROPN/Ann/1/appos and/CCONJ/and/5/cc Bo/PROPN/Bo/3/conj",
			want: "winners→0:root ,→3:punct Ann→1:appos and→5:cc Bo→3:conj",
		},
		{
			name: "a modifier with a preposition of its own stays",
			in:   "team/NOUN/team/0/root from/ADP/from/3/case Oslo/PROPN/Oslo/1/nmod ,/PUNCT/,/6/punct in/ADP/in/6/case Bergen/PROPN/Bergen/1/nmod and/CCONJ/and/8/cc Molde/PROPN/Molde/6/conj",
			want: "team→0:root from→3:case Oslo→1:nmod ,→6:punct in→6:case Bergen→1:nmod and→8:cc Molde→6:conj",
		},
	})
}

func TestPostposedParticipleStays(t *testing.T) {
	s := parsed(t, "Trust/PROPN/Trust/2/nsubj launched/VERB/launch/0/root ,/PUNCT/,/4/punct asking/VERB/ask/2/advcl Norway/PROPN/Norway/4/obj")
	s.Tokens[3].XPOS = "VBG"
	postposedReportingClauseIsRoot(s)
	if got, want := arcsOf(s), "Trust→2:nsubj launched→0:root ,→4:punct asking→2:advcl Norway→4:obj"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestPersonNameIsFlat(t *testing.T) {
	runRuleCases(t, personNameIsFlat, []ruleCase{
		{
			name: "an apposition built on the last name",
			in:   "wife/NOUN/wife/0/root ,/PUNCT/,/4/punct Anne/PROPN/Anne/4/compound Holm/PROPN/Holm/1/appos ,/PUNCT/,/4/punct",
			want: "wife→0:root ,→3:punct Anne→1:appos Holm→3:flat ,→3:punct",
		},
		{
			name: "three words, the middle one a compound too",
			in:   "Peter/PROPN/Peter/3/compound Lund/PROPN/Lund/3/compound Berg/PROPN/Berg/4/nsubj spoke/VERB/speak/0/root",
			want: "Peter→4:nsubj Lund→1:flat Berg→1:flat spoke→0:root",
		},
		{
			name: "not a given name",
			in:   "North/PROPN/North/2/compound Korea/PROPN/Korea/3/nsubj spoke/VERB/speak/0/root",
			want: "North→2:compound Korea→3:nsubj spoke→0:root",
		},
		{
			name: "already flat",
			in:   "Anne/PROPN/Anne/3/nsubj Holm/PROPN/Holm/1/flat spoke/VERB/speak/0/root",
			want: "Anne→3:nsubj Holm→1:flat spoke→0:root",
		},
		{
			name: "a given name as a modifier of a common noun",
			in:   "the/DET/the/3/det Peter/PROPN/Peter/3/compound principle/NOUN/principle/0/root",
			want: "the→3:det Peter→3:compound principle→0:root",
		},
	})
}

func TestTitleNounBeforeNameHeadsIt(t *testing.T) {
	runRuleCases(t, titleNounBeforeNameHeadsIt, []ruleCase{
		{
			name: "a possessor's noun before a name built on the name's last word",
			in:   "Voters/NOUN/voter/2/nsubj backed/VERB/back/0/root their/PRON/their/6/nmod:poss candidate/NOUN/candidate/6/compound/NN Ola/PROPN/Ola/6/compound/NNP Berg/PROPN/Berg/2/obj/NNP ./PUNCT/./2/punct",
			want: "Voters→2:nsubj backed→0:root their→4:nmod:poss candidate→2:obj Ola→6:compound Berg→4:appos .→2:punct",
		},
		{
			name: "a determined title before a flat name, the subject",
			in:   "the/DET/the/3/det old/ADJ/old/3/amod king/NOUN/king/4/compound/NN Amund/PROPN/Amund/6/nsubj/NNP Berg/PROPN/Berg/4/flat/NNP ruled/VERB/rule/0/root",
			want: "the→3:det old→3:amod king→6:nsubj Amund→3:appos Berg→4:flat ruled→0:root",
		},
		{
			name: "a noun of time opens a clause",
			in:   "the/DET/the/3/det year/NOUN/year/3/compound/NN Sinatra/PROPN/Sinatra/4/nsubj/NNP died/VERB/die/0/root",
			want: "the→3:det year→3:compound Sinatra→4:nsubj died→0:root",
		},
		{
			name: "a bare title stays a compound",
			in:   "priest/NOUN/priest/3/compound/NN Ola/PROPN/Ola/3/compound/NNP Berg/PROPN/Berg/4/nsubj/NNP spoke/VERB/speak/0/root",
			want: "priest→3:compound Ola→3:compound Berg→4:nsubj spoke→0:root",
		},
		{
			name: "a name that does not end the phrase",
			in:   "the/DET/the/3/det port/NOUN/port/3/compound/NN Aransas/PROPN/Aransas/0/root/NNP and/CCONJ/and/5/cc Roma/PROPN/Roma/3/conj/NNP",
			want: "the→3:det port→3:compound Aransas→0:root and→5:cc Roma→3:conj",
		},
		{
			name: "a capitalised noun is part of the name",
			in:   "a/DET/a/3/det Master/NOUN/master/3/compound/NN Spot/PROPN/Spot/0/root/NNP",
			want: "a→3:det Master→3:compound Spot→0:root",
		},
	})
}

func TestParataxisOpenedByConjunctionIsConj(t *testing.T) {
	runRuleCases(t, parataxisOpenedByConjunctionIsConj, []ruleCase{
		{
			name: "the conjunction hangs on the clause's subject",
			in:   "We/PRON/we/2/nsubj left/VERB/leave/0/root ,/PUNCT/,/6/punct and/CCONJ/and/5/cc they/PRON/they/6/nsubj stayed/VERB/stay/2/parataxis",
			want: "We→2:nsubj left→0:root ,→6:punct and→6:cc they→6:nsubj stayed→2:conj",
		},
		{
			name: "no conjunction: parataxis stays",
			in:   "We/PRON/we/2/nsubj left/VERB/leave/0/root ,/PUNCT/,/5/punct they/PRON/they/5/nsubj stayed/VERB/stay/2/parataxis",
			want: "We→2:nsubj left→0:root ,→5:punct they→5:nsubj stayed→2:parataxis",
		},
		{
			name: "a conjunction outside the clause",
			in:   "We/PRON/we/2/nsubj left/VERB/leave/0/root and/CCONJ/and/2/cc they/PRON/they/5/nsubj stayed/VERB/stay/2/parataxis",
			want: "We→2:nsubj left→0:root and→2:cc they→5:nsubj stayed→2:parataxis",
		},
	})
}

func TestVerbReadAsModifierIsRoot(t *testing.T) {
	runRuleCases(t, verbReadAsModifierIsRoot, []ruleCase{
		{
			name: "a past verb between a noun root's subject and the noun is the predicate",
			in:   "Norway/PROPN/Norway/3/nsubj sent/VERB/send/3/amod/VBD tents/NOUN/tent/0/root to/ADP/to/5/case Chile/PROPN/Chile/3/obl ./PUNCT/./3/punct",
			want: "Norway→2:nsubj sent→0:root tents→2:obj to→5:case Chile→2:obl .→2:punct",
		},
		{
			name: "a noun root with a copula is a clause already",
			in:   "Norway/PROPN/Norway/4/nsubj is/AUX/be/4/cop a/DET/a/4/det donor/NOUN/donor/0/root",
			want: "Norway→4:nsubj is→4:cop a→4:det donor→0:root",
		},
		{
			name: "a participle before the subject stays a modifier",
			in:   "used/VERB/use/2/amod/VBN tents/NOUN/tent/0/root Norway/PROPN/Norway/2/nsubj",
			want: "used→2:amod tents→0:root Norway→2:nsubj",
		},
	})
}

func TestReportedSubjectReadAsObject(t *testing.T) {
	runRuleCases(t, reportedSubjectReadAsObject, []ruleCase{
		{
			name: "the object of said and a subjectless conjunct make a reported clause",
			in:   "Police/NOUN/police/2/nsubj said/VERB/say/0/root Vik/PROPN/Vik/2/obj ,/PUNCT/,/5/punct contacted/VERB/contact/2/conj Oslo/PROPN/Oslo/5/obj",
			want: "Police→2:nsubj said→0:root Vik→5:nsubj ,→5:punct contacted→2:ccomp Oslo→5:obj",
		},
		{
			name: "a second subject after the verb is read the same way",
			in:   "Police/NOUN/police/2/nsubj said/VERB/say/0/root Vik/PROPN/Vik/2/nsubj ,/PUNCT/,/5/punct contacted/VERB/contact/2/conj Oslo/PROPN/Oslo/5/obj",
			want: "Police→2:nsubj said→0:root Vik→5:nsubj ,→5:punct contacted→2:ccomp Oslo→5:obj",
		},
		{
			name: "a conjunct with its own conjunction stays",
			in:   "Police/NOUN/police/2/nsubj told/VERB/tell/0/root Vik/PROPN/Vik/2/obj and/CCONJ/and/5/cc contacted/VERB/contact/2/conj Oslo/PROPN/Oslo/5/obj",
			want: "Police→2:nsubj told→0:root Vik→2:obj and→5:cc contacted→2:conj Oslo→5:obj",
		},
	})
}

func TestRelativeClauseSwallowsPredicate(t *testing.T) {
	runRuleCases(t, relativeClauseSwallowsPredicate, []ruleCase{
		{
			name: "the verb after the relative clause is the noun's predicate",
			in:   "Vik/PROPN/Vik/0/root ,/PUNCT/,/4/punct who/PRON/who/4/nsubj ran/VERB/run/1/acl:relcl it/PRON/it/4/obj ,/PUNCT/,/7/punct left/VERB/leave/4/conj ./PUNCT/./1/punct",
			want: "Vik→7:nsubj ,→4:punct who→4:nsubj ran→1:acl:relcl it→4:obj ,→7:punct left→0:root .→7:punct",
		},
		{
			name: "a conjunct with its own conjunction belongs to the relative clause",
			in:   "Vik/PROPN/Vik/0/root ,/PUNCT/,/4/punct who/PRON/who/4/nsubj ran/VERB/run/1/acl:relcl it/PRON/it/4/obj and/CCONJ/and/7/cc left/VERB/leave/4/conj",
			want: "Vik→0:root ,→4:punct who→4:nsubj ran→1:acl:relcl it→4:obj and→7:cc left→4:conj",
		},
	})
}

func TestToldWhomClauseIsComplement(t *testing.T) {
	runRuleCases(t, toldWhomClauseIsComplement, []ruleCase{
		{
			name: "a clause with a subject after the person told is what was told",
			in:   "Vik/PROPN/Vik/2/nsubj told/VERB/tell/0/root reporters/NOUN/reporter/2/iobj ships/NOUN/ship/6/nsubj would/AUX/would/6/aux come/VERB/come/3/acl:relcl",
			want: "Vik→2:nsubj told→0:root reporters→2:iobj ships→6:nsubj would→6:aux come→2:ccomp",
		},
		{
			name: "a clause opened by a relative word stays",
			in:   "Vik/PROPN/Vik/2/nsubj told/VERB/tell/0/root reporters/NOUN/reporter/2/iobj who/PRON/who/5/nsubj came/VERB/come/3/acl:relcl",
			want: "Vik→2:nsubj told→0:root reporters→2:iobj who→5:nsubj came→3:acl:relcl",
		},
		{
			name: "a verb with an object of its own keeps the relative clause",
			in:   "Vik/PROPN/Vik/2/nsubj told/VERB/tell/0/root reporters/NOUN/reporter/2/iobj lies/NOUN/lie/2/obj he/PRON/he/6/nsubj knew/VERB/know/4/acl:relcl",
			want: "Vik→2:nsubj told→0:root reporters→2:iobj lies→2:obj he→6:nsubj knew→4:acl:relcl",
		},
	})
}

func TestNearestOfTwoSubjects(t *testing.T) {
	runRuleCases(t, nearestOfTwoSubjects, []ruleCase{
		{
			name: "the farther subject, set off by a comma, goes to the passive clause the verb hangs on",
			in:   "Vik/PROPN/Vik/4/nsubj ,/PUNCT/,/4/punct police/NOUN/police/4/nsubj said/VERB/say/6/parataxis was/AUX/be/6/aux:pass fined/VERB/fine/0/root",
			want: "Vik→6:nsubj:pass ,→4:punct police→4:nsubj said→6:parataxis was→6:aux:pass fined→0:root",
		},
		{
			name: "without a comma both stay",
			in:   "Vik/PROPN/Vik/3/nsubj police/NOUN/police/3/nsubj said/VERB/say/4/parataxis left/VERB/leave/0/root",
			want: "Vik→3:nsubj police→3:nsubj said→4:parataxis left→0:root",
		},
	})
}

func TestConjunctSubjectReadAsConjunct(t *testing.T) {
	runRuleCases(t, conjunctSubjectReadAsConjunct, []ruleCase{
		{
			name: "the noun before a subjectless conjoined verb is its subject",
			in:   "Vik/PROPN/Vik/2/nsubj sold/VERB/sell/0/root boats/NOUN/boat/2/obj ,/PUNCT/,/7/punct and/CCONJ/and/7/cc a/DET/a/7/det buyer/NOUN/buyer/3/conj paid/VERB/pay/2/conj",
			want: "Vik→2:nsubj sold→0:root boats→2:obj ,→8:punct and→8:cc a→7:det buyer→8:nsubj paid→2:conj",
		},
		{
			name: "a verb with a subject of its own keeps the conjoined nouns",
			in:   "Vik/PROPN/Vik/2/nsubj sold/VERB/sell/0/root boats/NOUN/boat/2/obj ,/PUNCT/,/6/punct and/CCONJ/and/6/cc cars/NOUN/car/3/conj he/PRON/he/8/nsubj paid/VERB/pay/2/conj",
			want: "Vik→2:nsubj sold→0:root boats→2:obj ,→6:punct and→6:cc cars→3:conj he→8:nsubj paid→2:conj",
		},
	})
}

func TestPreposedReportedClauseIsComplement(t *testing.T) {
	runRuleCases(t, preposedReportedClauseIsComplement, []ruleCase{
		{
			name: "a reported clause before its reporting verb is its complement",
			in:   "The/DET/the/2/det talks/NOUN/talk/3/nsubj failed/VERB/fail/6/advcl/VBD ,/PUNCT/,/3/punct officials/NOUN/official/6/nsubj told/VERB/tell/0/root/VBD reporters/NOUN/reporter/6/obj ./PUNCT/./6/punct",
			want: "The→2:det talks→3:nsubj failed→6:ccomp ,→3:punct officials→6:nsubj told→0:root reporters→6:obj .→6:punct",
		},
		{
			name: "a clause with a marker stays an adverbial",
			in:   "When/SCONJ/when/3/mark talks/NOUN/talk/3/nsubj failed/VERB/fail/6/advcl/VBD ,/PUNCT/,/3/punct officials/NOUN/official/6/nsubj said/VERB/say/0/root/VBD so/ADV/so/6/advmod ./PUNCT/./6/punct",
			want: "When→3:mark talks→3:nsubj failed→6:advcl ,→3:punct officials→6:nsubj said→0:root so→6:advmod .→6:punct",
		},
		{
			name: "a participle without a subject stays an adverbial",
			in:   "Citing/VERB/cite/6/advcl/VBG the/DET/the/3/det talks/NOUN/talk/1/obj ,/PUNCT/,/1/punct officials/NOUN/official/6/nsubj said/VERB/say/0/root/VBD so/ADV/so/6/advmod ./PUNCT/./6/punct",
			want: "Citing→6:advcl the→3:det talks→1:obj ,→1:punct officials→6:nsubj said→0:root so→6:advmod .→6:punct",
		},
		{
			name: "before a verb that reports nothing it stays",
			in:   "The/DET/the/2/det talks/NOUN/talk/3/nsubj failed/VERB/fail/6/advcl/VBD ,/PUNCT/,/3/punct officials/NOUN/official/6/nsubj left/VERB/leave/0/root/VBD ./PUNCT/./6/punct",
			want: "The→2:det talks→3:nsubj failed→6:advcl ,→3:punct officials→6:nsubj left→0:root .→6:punct",
		},
	})
}

func TestBareConjunctJoinsOfObject(t *testing.T) {
	runRuleCases(t, bareConjunctJoinsOfObject, []ruleCase{
		{
			name: "a bare conjunct of the noun before an of phrase joins its bare object",
			in:   "Mines/NOUN/mine/2/nsubj hold/VERB/hold/0/root large/ADJ/large/4/amod deposits/NOUN/deposit/2/obj of/ADP/of/6/case gold/NOUN/gold/4/nmod and/CCONJ/and/8/cc silver/NOUN/silver/4/conj",
			want: "Mines→2:nsubj hold→0:root large→4:amod deposits→2:obj of→6:case gold→4:nmod and→8:cc silver→6:conj",
		},
		{
			name: "a determined conjunct stays on its head",
			in:   "the/DET/the/2/det number/NOUN/number/0/root of/ADP/of/4/case cars/NOUN/car/2/nmod and/CCONJ/and/7/cc the/DET/the/7/det number/NOUN/number/2/conj",
			want: "the→2:det number→0:root of→4:case cars→2:nmod and→7:cc the→7:det number→2:conj",
		},
		{
			name: "a determined of object stays",
			in:   "sales/NOUN/sale/0/root of/ADP/of/4/case the/DET/the/4/det oil/NOUN/oil/1/nmod and/CCONJ/and/6/cc gas/NOUN/gas/1/conj",
			want: "sales→0:root of→4:case the→4:det oil→1:nmod and→6:cc gas→1:conj",
		},
		{
			name: "another preposition than of stays",
			in:   "flights/NOUN/flight/0/root to/ADP/to/3/case Oslo/PROPN/Oslo/1/nmod and/CCONJ/and/5/cc Bergen/PROPN/Bergen/1/conj",
			want: "flights→0:root to→3:case Oslo→1:nmod and→5:cc Bergen→1:conj",
		},
		{
			name: "a name's of phrase keeps the list of names",
			in:   "the/DET/the/2/det Institute/PROPN/Institute/0/root of/ADP/of/4/case Technology/PROPN/Technology/2/nmod and/CCONJ/and/8/cc Colorado/PROPN/Colorado/8/compound State/PROPN/State/8/compound University/PROPN/University/2/conj",
			want: "the→2:det Institute→0:root of→4:case Technology→2:nmod and→8:cc Colorado→8:compound State→8:compound University→2:conj",
		},
		{
			name: "a name after a common noun stays",
			in:   "imports/NOUN/import/0/root of/ADP/of/3/case oil/NOUN/oil/1/nmod and/CCONJ/and/5/cc Iran/PROPN/Iran/1/conj",
			want: "imports→0:root of→3:case oil→1:nmod and→5:cc Iran→1:conj",
		},
	})
}

func TestNounConjunctOfVerbJoinsObject(t *testing.T) {
	runRuleCases(t, nounConjunctOfVerbJoinsObject, []ruleCase{
		{
			name: "a noun after and, hung on the verb, joins the verb's object",
			in:   "Police/NOUN/police/2/nsubj seized/VERB/seize/0/root weapons/NOUN/weapon/2/obj and/CCONJ/and/5/cc ammunition/NOUN/ammunition/2/conj",
			want: "Police→2:nsubj seized→0:root weapons→2:obj and→5:cc ammunition→3:conj",
		},
		{
			name: "a conjunct with a subject of its own is a clause's",
			in:   "Kyiv/PROPN/Kyiv/2/nsubj sent/VERB/send/0/root troops/NOUN/troop/2/obj and/CCONJ/and/6/cc Moscow/PROPN/Moscow/6/nsubj tanks/NOUN/tank/2/conj",
			want: "Kyiv→2:nsubj sent→0:root troops→2:obj and→6:cc Moscow→6:nsubj tanks→2:conj",
		},
		{
			name: "a conjunct with a preposition stays",
			in:   "Vik/PROPN/Vik/2/nsubj met/VERB/meet/0/root Ola/PROPN/Ola/2/obj and/CCONJ/and/6/cc in/ADP/in/6/case Oslo/PROPN/Oslo/2/conj",
			want: "Vik→2:nsubj met→0:root Ola→2:obj and→6:cc in→6:case Oslo→2:conj",
		},
		{
			name: "a verb without an object keeps its conjunct",
			in:   "Vik/PROPN/Vik/2/nsubj slept/VERB/sleep/0/root and/CCONJ/and/4/cc Ola/PROPN/Ola/2/conj",
			want: "Vik→2:nsubj slept→0:root and→4:cc Ola→2:conj",
		},
	})
}
