package nlp

import "strings"

// Rules for clauses set side by side with a comma, where the parser
// took the later clause for the main one.

// commaSpliceFirstClauseIsRoot rewrites "I was unsure what to wear, it
// says business casual" parsed with the second clause the root and the
// first, unmarked, its advcl or ccomp: UD makes the first of two
// juxtaposed clauses the root and the second its parataxis. It applies
// when the clause before the root has a subject and a finite verb of
// its own, no marker, opens with no wh-word, and is set off from the
// root by a comma, and the root has a subject of its own and, when it
// is a reporting verb, a complement of its own besides (so "The talks
// failed, officials said." stays the reporting verb's ccomp).
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
		if strings.HasPrefix(s.Tokens[start].XPOS, "W") || end+1 >= r || s.Tokens[end+1].Form != "," {
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
