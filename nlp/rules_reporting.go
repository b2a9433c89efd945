package nlp

// Rules for post-posed reporting clauses that invertReportingClause
// leaves alone: the parser hangs "…, says Tarlo." off the reported
// clause under other relations than parataxis, and reads a subject
// after the verb as its object.

// postposedReportingRels are the relations under which the parser hangs
// a post-posed reporting verb off the reported clause (parataxis is
// invertReportingClause's, unless the subject follows the verb).
var postposedReportingRels = map[string]bool{"advcl": true, "conj": true, "csubj": true, "ccomp": true, "parataxis": true}

// postposedReportingClauseIsRoot makes the root a reporting verb that
// follows the root's clause, set off from it by a comma or a quote
// ("…, Tarlo explains.", "“…,” wrote Jesse LaBrocca, founder of …"),
// ends the sentence and has a subject of its own, before it or right
// after it (then read as its object: "says Canadian Blood Services").
// The reported clause becomes its ccomp, as UD has it. A verb with a
// marker or a conjunction ("…, as Tarlo explains", "and says") is a
// true adverbial or conjunct and stays, and so does a participle
// ("…, asking Norway to act").
func postposedReportingClauseIsRoot(s *Sentence) {
	root := s.Root()
	if root < 0 {
		return
	}
	for v := root + 1; v < len(s.Tokens); v++ {
		t := &s.Tokens[v]
		if t.Head != root+1 || !postposedReportingRels[t.Deprel] || t.UPOS != "VERB" || !reportingVerbs[t.Lemma] || nonFinite[t.XPOS] {
			continue
		}
		subj := postposedSubject(s, v)
		if subj < 0 || (t.Deprel == "parataxis" && s.Tokens[subj].Deprel == "nsubj") {
			continue // none, or invertReportingClause's
		}
		if hasChild(s, v, "mark") || hasChild(s, v, "cc") || !setOffBefore(s, v) || !endsSentence(s, v) {
			continue
		}
		s.Tokens[subj].Deprel = "nsubj"
		reportingVerbBecomesRoot(s, root, v)
		return
	}
}

// nonFinite are the Penn tags of verbs that head no reporting clause of
// their own ("…, asking Norway to act" is an adverbial participle).
var nonFinite = map[string]bool{"VB": true, "VBG": true, "VBN": true, "TO": true}

// postposedSubject returns the subject of reporting verb v: its nsubj,
// or, when it has none, a nominal object that starts right after it
// and is its only object ("says Tarlo" read as an object; "tells the
// crowd" keeps its object when a subject precedes). -1 when none.
func postposedSubject(s *Sentence, v int) int {
	subj, obj, objs := -1, -1, 0
	for j := range s.Tokens {
		c := &s.Tokens[j]
		if c.Head != v+1 {
			continue
		}
		switch c.Deprel {
		case "nsubj":
			subj = j
		case "obj", "iobj":
			objs++
			if j > v && subtreeStart(s, j) == v+1 && (c.UPOS == "PROPN" || c.UPOS == "NOUN") {
				obj = j
			}
		}
	}
	switch {
	case subj >= 0 && (objs == 0 || s.Tokens[v].Lemma == "tell"):
		return subj
	case subj < 0 && objs == 1 && obj >= 0:
		return obj
	}
	return -1
}

// setOffBefore reports whether the words of v's phrase (its subtree)
// open right after a comma or a closing quote, which may hang on v.
func setOffBefore(s *Sentence, v int) bool {
	k := subtreeStart(s, v)
	for k < v && s.Tokens[k].UPOS == "PUNCT" {
		k++
	}
	p := k - 1
	if p < 0 {
		return false
	}
	switch s.Tokens[p].Text() {
	case ",", "\"", "''", "”", "'", "’":
		return true
	}
	return false
}

// preposedReportedClauseIsComplement relabels ccomp a clause the parser
// hung as advcl on the root, a reporting verb that follows it: "Most of
// the soldiers showed signs of abuse, Lysak told a briefing." The
// clause is finite (finiteClause: a passive "is put" too), opens the
// sentence, has a subject of its own and no marker or
// conjunction ("Before the vote began, X said …" keeps its advcl), and
// ends right before a comma or closing quote; the reporting verb is
// finite and has its own subject after that.
func preposedReportedClauseIsComplement(s *Sentence) {
	root := s.Root()
	if root < 0 || s.Tokens[root].UPOS != "VERB" || !reportingVerbs[s.Tokens[root].Lemma] || nonFinite[s.Tokens[root].XPOS] {
		return
	}
	subj := -1
	for j := range s.Tokens {
		if s.Tokens[j].Head == root+1 && s.Tokens[j].Deprel == "nsubj" {
			subj = j
		}
	}
	if subj < 0 || subj > root {
		return
	}
	for c := 0; c < subj; c++ {
		t := &s.Tokens[c]
		if t.Head != root+1 || t.Deprel != "advcl" || !finiteClause(s, c) {
			continue
		}
		if !hasChild(s, c, "nsubj") && !hasChild(s, c, "nsubj:pass") || hasChild(s, c, "mark") || hasChild(s, c, "cc") {
			continue
		}
		if !opensSentence(s, c) || !setOffBefore(s, subj) {
			continue
		}
		t.Deprel = "ccomp"
	}
}

// opensSentence reports whether the phrase of token c (its subtree)
// opens the sentence, or follows only punctuation (an opening quote).
func opensSentence(s *Sentence, c int) bool {
	for k := subtreeStart(s, c) - 1; k >= 0; k-- {
		if s.Tokens[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}
