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
	var a nlp.Accuracy
	a.Add(gold, sys)
	a.Add(gold, sys2)
	for rel, want := range map[string][]nlp.Outcome{
		"appos":  {{What: "label conj", N: 1}, {What: "right", N: 1}},
		"conj":   {{What: "head conj (sibling)", N: 1}, {What: "head obj (grandparent)", N: 1}},
		"nsubj":  {{What: "head nsubj", N: 1}, {What: "right", N: 1}},
		"nummod": nil,
	} {
		if got := a.Confusion(rel); !reflect.DeepEqual(got, want) {
			t.Errorf("Confusion(%q) = %v, want %v", rel, got, want)
		}
	}
}
