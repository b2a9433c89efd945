package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/intention_nouns.txt
var intentionNounsTXT string

// intentionNouns are the nouns of intention, decision or refusal whose
// owner does what the infinitive after them names
// (lexicon/intention_nouns.txt).
var intentionNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(intentionNounsTXT, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
}()

// intentionNounAgent returns who does what the infinitive v names when
// it hangs on a noun of intention ("Poland's move to sanction Belarus",
// "the ministry's decision to reject X", "a decision by the court to
// fine X"): the noun's possessor, else its "by" phrase; -1 when v is no
// such infinitive or the noun has no owner ("a plan to sue Peru"). The
// action's modality is the noun's as a control cue (modality.tsv).
func intentionNounAgent(ds *depSent, v int) int {
	h := ds.head(v)
	if h < 0 || ds.words[v].Deprel != "acl" || !ds.hasMark(v, "to") || ds.words[h].UPOS != "NOUN" || !intentionNouns[ds.lemma(h)] {
		return -1
	}
	for _, p := range ds.children(h, "nmod:poss") {
		return p
	}
	for _, c := range ds.children(h, "nmod") {
		if ds.caseOf(c) == "by" {
			return c
		}
	}
	return -1
}

// intentionNounModality is the modality of infinitive v on a noun of
// intention, the noun's as a control cue in modality.tsv ("refusal to
// support X" negated, "decision to reject X" planned, "move to
// sanction X" asserted); false when v's head is no such noun. The parse
// reads it as the surface reads "refused to", "decided to".
func intentionNounModality(ds *depSent, v int) (graph.Modality, bool) {
	h := ds.head(v)
	if h < 0 || ds.words[v].Deprel != "acl" || ds.words[h].UPOS != "NOUN" || !intentionNouns[ds.lemma(h)] {
		return "", false
	}
	md, ok := modalLex["control"][ds.form(h)]
	return md, ok
}
