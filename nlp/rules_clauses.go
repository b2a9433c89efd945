package nlp

import "strings"

// Rules for clauses set side by side with a comma, where the parser
// took the later clause for the main one, and for a subject set off
// from its verb by a phrase between commas.

// commaSpliceFirstClauseIsRoot rewrites "I was unsure what to wear, it
// says business casual" parsed with the second clause the root and the
// first, unmarked, its advcl or ccomp: UD makes the first of two
// juxtaposed clauses the root and the second its parataxis. It applies
// when the clause before the root has a subject and a finite verb of
// its own, no marker, opens with no wh-word, and is set off from the
// root by a comma or a semicolon ("Russia denies it; Ukraine says …"),
// and the root has a subject of its own and, when it is a reporting
// verb, a complement of its own besides (so "The talks failed,
// officials said." stays the reporting verb's ccomp).
func commaSpliceFirstClauseIsRoot(s *Sentence) {
	r := s.Root()
	if r < 0 || !hasSubject(s, r) {
		return
	}
	for c := 0; c < r; c++ {
		t := &s.Tokens[c]
		if t.Head != r+1 || (t.Deprel != "advcl" && t.Deprel != "ccomp") {
			continue
		}
		if !hasSubject(s, c) || hasChild(s, c, "mark") || !finiteClause(s, c) {
			continue
		}
		start, end := subtreeStart(s, c), subtreeEnd(s, c)
		if strings.HasPrefix(s.Tokens[start].XPOS, "W") || end+1 >= r || !spliceMark(s.Tokens[end+1].Form) {
			continue
		}
		if reportingVerbs[s.Tokens[r].Lemma] && (!hasComplementAfter(s, r, c) || quoteBetween(s, c, r)) {
			continue
		}
		s.Tokens[c].Head, s.Tokens[c].Deprel = 0, "root"
		s.Tokens[r].Head, s.Tokens[r].Deprel = c+1, "parataxis"
		if last := len(s.Tokens) - 1; last > r && s.Tokens[last].UPOS == "PUNCT" && s.Tokens[last].Head == r+1 {
			s.Tokens[last].Head = c + 1
		}
		return
	}
}

// spliceMark reports whether a mark may join two clauses side by side.
// (Not a colon: EWT makes the clause after a colon the root about as
// often as the one before.)
func spliceMark(form string) bool { return form == "," || form == ";" }

// hasSubject reports whether token i has a subject or an expletive.
func hasSubject(s *Sentence, i int) bool {
	return hasChild(s, i, "nsubj") || hasChild(s, i, "nsubj:pass") || hasChild(s, i, "expl")
}

// hasComplementAfter reports whether verb v has an object or a clausal
// complement after token c.
func hasComplementAfter(s *Sentence, v, c int) bool {
	for j := c + 1; j < len(s.Tokens); j++ {
		if s.Tokens[j].Head != v+1 {
			continue
		}
		switch s.Tokens[j].Deprel {
		case "obj", "ccomp", "xcomp":
			return true
		}
	}
	return false
}

// subtreeEnd returns the rightmost token (0-based) below i, i included.
func subtreeEnd(s *Sentence, i int) int {
	for k := len(s.Tokens) - 1; k > i; k-- {
		if dominates(s, i, k) {
			return k
		}
	}
	return i
}

// quoteBetween reports whether a quotation mark stands between tokens a
// and b.
func quoteBetween(s *Sentence, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x := s.Tokens[k].XPOS; x == "``" || x == "''" {
			return true
		}
	}
	return false
}

// nounRootBeforeSetOffPhraseIsSubject rewrites "The ceasefire, brokered
// by Qatar, collapsed on Sunday" parsed as a noun phrase: the noun the
// root, "collapsed" hung on it or on the phrase between the commas as
// an acl or advcl. A noun root with no copula, subject or preposition
// is no clause, and a finite verb with no subject, marker or
// conjunction of its own that opens after a comma, on the noun or on
// its modifier, is its predicate: the verb becomes the root and the
// noun its subject; what the noun held after the verb moves to it.
func nounRootBeforeSetOffPhraseIsSubject(s *Sentence) {
	r := s.Root()
	if r < 0 {
		return
	}
	rt := &s.Tokens[r]
	if rt.UPOS != "NOUN" && rt.UPOS != "PROPN" || hasChild(s, r, "cop") || hasSubject(s, r) || hasChild(s, r, "case") {
		return
	}
	for v := r + 1; v < len(s.Tokens); v++ {
		t := &s.Tokens[v]
		if t.UPOS != "VERB" || t.XPOS == "MD" || !finiteTag[t.XPOS] {
			continue
		}
		if h := t.Head - 1; h != r && (h < 0 || s.Tokens[h].Head != r+1) {
			continue
		}
		if hasSubject(s, v) || hasChild(s, v, "mark") || hasChild(s, v, "cc") {
			continue
		}
		st := subtreeStart(s, v)
		if relativeWord(s.Tokens[st].Form) || s.Tokens[st].Form != "," && (st == 0 || s.Tokens[st-1].Form != ",") {
			continue
		}
		rel := "nsubj"
		if hasChild(s, v, "aux:pass") {
			rel = "nsubj:pass"
		}
		t.Head, t.Deprel = 0, "root"
		rt.Head, rt.Deprel = v+1, rel
		for k := v + 1; k < len(s.Tokens); k++ {
			if c := &s.Tokens[k]; c.Head == r+1 {
				c.Head = v + 1
			}
		}
		return
	}
}

// clausalSubjectBesideSubjectIsComplement relabels ccomp a clause the
// parser made the clausal subject (csubj) of an adjective that already
// has a nominal subject before it: a predicate has one subject, and an
// infinitive after an adjective whose subject is a noun completes the
// adjective ("No pet is easy to take care of", "I'm ready for us to
// come back", "morcillas are impossible to find"), as EWT and PUD
// annotate it. An expletive "it" ("It is easy to get discounts") makes
// the clause the real subject, so a predicate with "it" (as expletive
// or subject), "this", "that" or "what" keeps its csubj.
func clausalSubjectBesideSubjectIsComplement(s *Sentence) {
	for c := range s.Tokens {
		if s.Tokens[c].Deprel != "csubj" {
			continue
		}
		if h := s.Tokens[c].Head - 1; h >= 0 && s.Tokens[h].UPOS == "ADJ" && nominalSubjectBefore(s, h, c) && !hasExpletiveSubject(s, h) {
			s.Tokens[c].Deprel = "ccomp"
		}
	}
}

// nominalSubjectBefore reports whether head h has a nominal subject
// before token c that is not a pronoun standing for a clause ("this",
// "that", "what").
func nominalSubjectBefore(s *Sentence, h, c int) bool {
	for k := 0; k < c; k++ {
		if t := &s.Tokens[k]; t.Head == h+1 && isSubject(t) && !clausePronoun(t.Form) {
			return true
		}
	}
	return false
}

// hasExpletiveSubject reports whether head h has an expletive or an
// "it" among its dependents.
func hasExpletiveSubject(s *Sentence, h int) bool {
	for k := range s.Tokens {
		if t := &s.Tokens[k]; t.Head == h+1 && (t.Deprel == "expl" || strings.EqualFold(t.Form, "it")) {
			return true
		}
	}
	return false
}

// clausePronoun reports whether w is a pronoun that may stand for a
// clause as a predicate's subject.
func clausePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "it", "this", "that", "what":
		return true
	}
	return false
}
