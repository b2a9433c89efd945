package nlp_test

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// arcs builds a sentence from (head, relation) pairs.
func arcs(pairs ...any) *nlp.Sentence {
	var s nlp.Sentence
	for i := 0; i < len(pairs); i += 2 {
		s.Tokens = append(s.Tokens, nlp.Token{Form: "w", Head: pairs[i].(int), Deprel: pairs[i+1].(string)})
	}
	return &s
}

func TestConfusionNamesWhatBecameOfEachGoldArc(t *testing.T) {
	// "Umerov , head of the delegation , and Witkoff met": gold and a
	// system parse that gets one conjunct's head and one label wrong.
	gold := arcs(10, "nsubj", 3, "punct", 1, "appos", 6, "case", 6, "det", 3, "nmod", 1, "punct", 9, "cc", 1, "conj", 0, "root")
	sys := arcs(10, "nsubj", 3, "punct", 1, "conj", 6, "case", 6, "det", 3, "nmod", 1, "punct", 9, "cc", 3, "conj", 0, "root")
	// Another where the subject hangs on the conjunct and the conjunct
	// on the verb, the head of its gold head.
	sys2 := arcs(9, "nsubj", 3, "punct", 1, "appos", 6, "case", 6, "det", 3, "nmod", 1, "punct", 9, "cc", 10, "obj", 0, "root")
	// A third where the nmod "delegation" hangs on "Witkoff", a sibling
	// of its head "head" (both dependents of Umerov), and the
	// apposition on "delegation", one of its own dependents.
	sys3 := arcs(10, "nsubj", 3, "punct", 6, "appos", 6, "case", 6, "det", 9, "nmod", 1, "punct", 9, "cc", 1, "conj", 0, "root")
	var a nlp.Accuracy
	a.Add(gold, sys)
	a.Add(gold, sys2)
	a.Add(gold, sys3)
	for rel, want := range map[string][]nlp.Outcome{
		"appos":  {{What: "head appos (own dependent)", N: 1}, {What: "label conj", N: 1}, {What: "right", N: 1}},
		"conj":   {{What: "head conj (sibling)", N: 1}, {What: "head obj (grandparent)", N: 1}, {What: "right", N: 1}},
		"nmod":   {{What: "right", N: 2}, {What: "head nmod (head's sibling)", N: 1}},
		"nsubj":  {{What: "right", N: 2}, {What: "head nsubj (own dependent)", N: 1}},
		"nummod": nil,
	} {
		if got := a.Confusion(rel); !reflect.DeepEqual(got, want) {
			t.Errorf("Confusion(%q) = %v, want %v", rel, got, want)
		}
	}
}

// TestScoresWithoutPunctuation checks that UASNoPunct and LASNoPunct
// leave out the gold punct tokens, right or wrong.
func TestScoresWithoutPunctuation(t *testing.T) {
	// "Berg , the mayor , resigned ." with the commas and the period on
	// other heads, and one relation wrong.
	gold := arcs(6, "nsubj", 4, "punct", 4, "det", 1, "appos", 4, "punct", 0, "root", 6, "punct")
	sys := arcs(6, "nsubj", 1, "punct", 4, "det", 1, "conj", 1, "punct", 0, "root", 6, "punct")
	var a nlp.Accuracy
	a.Add(gold, sys)
	if a.Punct != 3 || a.PunctHeads != 1 || a.PunctLabelled != 1 {
		t.Errorf("punct %d, right heads %d, right relations %d; want 3, 1, 1", a.Punct, a.PunctHeads, a.PunctLabelled)
	}
	if got, want := a.UASNoPunct(), 100.0; got != want {
		t.Errorf("UASNoPunct = %.2f, want %.2f", got, want)
	}
	if got, want := a.LASNoPunct(), 75.0; got != want {
		t.Errorf("LASNoPunct = %.2f, want %.2f", got, want)
	}
	if got, want := a.UAS(), 500.0/7; got != want {
		t.Errorf("UAS = %.2f, want %.2f", got, want)
	}
}

// TestUniversalLASLeavesOutSubtypes checks that LASUniversal compares
// relations without their subtypes, as the CoNLL 2018 evaluation does,
// and still needs the right head.
func TestUniversalLASLeavesOutSubtypes(t *testing.T) {
	// "The plan was backed by Kyiv ." as PUD annotates it (the agent
	// obl) and a parse with obl:agent, nsubj for nsubj:pass, and the
	// period on the wrong head.
	gold := arcs(2, "det", 4, "nsubj:pass", 4, "aux:pass", 0, "root", 6, "case", 4, "obl", 4, "punct")
	sys := arcs(2, "det", 4, "nsubj", 4, "aux:pass", 0, "root", 6, "case", 4, "obl:agent", 5, "punct")
	var a nlp.Accuracy
	a.Add(gold, sys)
	if a.Labelled != 4 || a.UniversalLabelled != 6 {
		t.Errorf("labelled %d, universal %d; want 4, 6", a.Labelled, a.UniversalLabelled)
	}
	if got, want := a.LASUniversal(), 600.0/7; got != want {
		t.Errorf("LASUniversal = %.2f, want %.2f", got, want)
	}
}
