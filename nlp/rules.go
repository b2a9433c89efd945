package nlp

import (
	_ "embed"
	"strings"
)

// Rules applied after parsing, where UD's conventions for news differ
// from what the parser learned from web text. Each is a small function
// that rewrites a parsed sentence in place.

//go:embed data/reporting_verbs.txt
var reportingVerbsFile string

// reportingVerbs is the set of lemmas of data/reporting_verbs.txt.
var reportingVerbs = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(reportingVerbsFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}()

// applyRules runs every post-parse rule on a parsed, lemmatised sentence.
func applyRules(s *Sentence) {
	postposedReportingClauseIsRoot(s)     // rules_reporting.go
	listOfNamesIsConjuncts(s)             // rules_lists.go
	personNameIsFlat(s)                   // rules_names.go
	parataxisOpenedByConjunctionIsConj(s) // rules_lists.go
	parataxisWithConjunctionIsConj(s)
	clausalApposIsParataxis(s)
	relativeParataxisIsRelcl(s)
	invertReportingClause(s)
}

// relativePronouns open a relative clause when they start a clause set
// off by punctuation after a noun ("Golden Gate Park, which is …").
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "where": true}

// relativeParataxisIsRelcl relabels acl:relcl a parataxis whose first
// word is a relative pronoun right after punctuation (", which …",
// "(who …", "— who …"), and hangs it on the noun before that
// punctuation (the head of a flat name): UD's non-restrictive relative
// clauses are acl:relcl of their antecedent, which the parser, seeing a
// clause after a comma, often takes for parataxis of the verb.
func relativeParataxisIsRelcl(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel != "parataxis" {
			continue
		}
		// p is the punctuation before the pronoun, inside the clause
		// or just before it.
		p := subtreeStart(s, d)
		k := p
		for k < d && s.Tokens[k].UPOS == "PUNCT" {
			k++
		}
		if k == p {
			p--
		}
		if p < 0 || s.Tokens[p].UPOS != "PUNCT" || !relativePronouns[strings.ToLower(s.Tokens[k].Form)] {
			continue
		}
		t.Deprel = "acl:relcl"
		a := p - 1
		if a < 0 || !isNominal(s.Tokens[a].UPOS) {
			continue
		}
		for s.Tokens[a].Deprel == "flat" && s.Tokens[a].Head-1 < a && s.Tokens[a].Head > 0 {
			a = s.Tokens[a].Head - 1
		}
		if !dominates(s, d, a) {
			t.Head = a + 1
		}
	}
}

// isNominal reports whether a UPOS heads a noun phrase.
func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// subtreeStart returns the leftmost token (0-based) below i, i included.
func subtreeStart(s *Sentence, i int) int {
	start := i
	for k := 0; k < i; k++ {
		if dominates(s, i, k) {
			return k
		}
	}
	return start
}

// parataxisWithConjunctionIsConj relabels conj a parataxis that has a
// coordinating conjunction of its own and follows its head: in UD the
// conjunction hangs on the conjunct it introduces ("I called, but
// nobody answered"), so a clause with one is coordinated, not merely
// juxtaposed. (EWT dev: parataxis F1 +0.4, conj +0.1.)
func parataxisWithConjunctionIsConj(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel == "parataxis" && t.Head-1 < d && hasChild(s, d, "cc") {
			t.Deprel = "conj"
		}
	}
}

// clausalApposIsParataxis relabels parataxis an appos that is a verb or
// has a subject: UD's appos is a noun phrase renaming another, and a
// clause set beside a word with a comma or a dash ("the plan – it was
// never written down –") is parataxis. (EWT dev: appos F1 +1.1,
// parataxis +0.8.)
func clausalApposIsParataxis(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel == "appos" && (t.UPOS == "VERB" || hasChild(s, d, "nsubj") || hasChild(s, d, "nsubj:pass")) {
			t.Deprel = "parataxis"
		}
	}
}

// invertReportingClause makes a post-posed reporting clause the root:
// in "The market has a political dimension, says Tarlo." UD takes
// "says" for the root and the reported clause for its ccomp, where the
// parser (after EWT, which mixes both analyses) often hangs "says" off
// the reported clause as parataxis. It applies when a reporting verb
// with its own subject is a parataxis of the root, comes after it and
// ends the sentence (only its own dependents and punctuation follow).
// Punctuation after the verb moves to it; punctuation before stays with
// the reported clause.
func invertReportingClause(s *Sentence) {
	root := s.Root()
	if root < 0 {
		return
	}
	for v := root + 1; v < len(s.Tokens); v++ {
		t := &s.Tokens[v]
		if t.Head != root+1 || t.Deprel != "parataxis" || t.UPOS != "VERB" || !reportingVerbs[t.Lemma] {
			continue
		}
		if !hasChild(s, v, "nsubj") || !endsSentence(s, v) {
			continue
		}
		r := &s.Tokens[root]
		t.Head, t.Deprel = 0, "root"
		r.Head, r.Deprel = v+1, "ccomp"
		for k := v + 1; k < len(s.Tokens); k++ {
			if p := &s.Tokens[k]; p.Head == root+1 && p.UPOS == "PUNCT" {
				p.Head = v + 1
			}
		}
		return
	}
}

// hasChild reports whether token i (0-based) has a dependent labelled rel.
func hasChild(s *Sentence, i int, rel string) bool {
	for j := range s.Tokens {
		if s.Tokens[j].Head == i+1 && s.Tokens[j].Deprel == rel {
			return true
		}
	}
	return false
}

// endsSentence reports whether every token after i is punctuation or
// below i.
func endsSentence(s *Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].UPOS != "PUNCT" && !dominates(s, i, k) {
			return false
		}
	}
	return true
}

// dominates reports whether token a is an ancestor of token k (0-based).
func dominates(s *Sentence, a, k int) bool {
	for steps := 0; steps <= len(s.Tokens); steps++ {
		h := s.Tokens[k].Head
		if h <= 0 {
			return false
		}
		if h-1 == a {
			return true
		}
		k = h - 1
	}
	return false
}
