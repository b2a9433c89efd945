package nlp

import "strings"

// listOfNamesIsConjuncts repairs a list of three or more names ("from
// Harvard University, Stanford University and the University of
// Tokyo") whose middle name the parser hung, bare (with no preposition
// of its own), on the first name as an apposition or beside it as a
// modifier, with the last name as its own conjunct: in UD every
// conjunct hangs on the first. It applies when the middle name follows
// the first after a comma and has a conjunct with a coordinating
// conjunction; the middle name and its conjuncts move to the first.
func listOfNamesIsConjuncts(s *Sentence) {
	for y := range s.Tokens {
		t := &s.Tokens[y]
		if t.Head <= 0 || t.UPOS != "PROPN" || (t.Deprel != "appos" && t.Deprel != "nmod") || hasChild(s, y, "case") {
			continue
		}
		z := conjunctWithCC(s, y)
		x := itemBeforeComma(s, y)
		if z < 0 || x < 0 || s.Tokens[x].UPOS != "PROPN" {
			continue
		}
		t.Head, t.Deprel = x+1, "conj"
		for k := range s.Tokens {
			if c := &s.Tokens[k]; c.Head == y+1 && c.Deprel == "conj" {
				c.Head = x + 1
			}
		}
	}
}

// conjunctWithCC returns a conjunct of y, after it, that has a
// coordinating conjunction, or -1.
func conjunctWithCC(s *Sentence, y int) int {
	for k := y + 1; k < len(s.Tokens); k++ {
		if c := &s.Tokens[k]; c.Head == y+1 && c.Deprel == "conj" && hasChild(s, k, "cc") {
			return k
		}
	}
	return -1
}

// itemBeforeComma returns the head of the phrase that ends right
// before the comma opening y's phrase, when that head is y's head or
// hangs on it; else -1.
func itemBeforeComma(s *Sentence, y int) int {
	c := subtreeStart(s, y)
	if s.Tokens[c].Text() != "," { // the comma may hang on y, as UD has it
		c--
	}
	if c < 1 || s.Tokens[c].Text() != "," {
		return -1
	}
	yh := s.Tokens[y].Head - 1
	x := c - 1
	for steps := 0; x != yh && s.Tokens[x].Head-1 != yh; steps++ {
		h := s.Tokens[x].Head - 1
		if h < 0 || h >= c || steps > len(s.Tokens) {
			return -1
		}
		x = h
	}
	return x
}

// parataxisOpenedByConjunctionIsConj relabels conj a parataxis that
// follows its head and whose phrase opens with a coordinating
// conjunction the parser hung on a word inside it (", and people
// without children express …" with "and" on "people"): the clause is
// coordinated, and its conjunction hangs on it, as
// parataxisWithConjunctionIsConj has it when the parser did so.
func parataxisOpenedByConjunctionIsConj(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel != "parataxis" || t.Head-1 > d {
			continue
		}
		k := subtreeStart(s, d)
		for k < d && s.Tokens[k].UPOS == "PUNCT" {
			k++
		}
		if k >= d || s.Tokens[k].UPOS != "CCONJ" || !dominates(s, d, k) {
			continue
		}
		t.Deprel = "conj"
		s.Tokens[k].Head, s.Tokens[k].Deprel = d+1, "cc"
	}
}

// bareConjunctJoinsOfObject rehangs a list the parser read one level too
// high: "large deposits of gold, diamonds and silver" with "diamonds"
// and "silver" conjuncts of "deposits". A conjunct that is a bare
// common noun (no determiner, possessor, adjective, number or
// preposition of its own) after a bare common noun that its head, a
// common noun too, governs through "of" joins that noun: the list is
// what the "of" phrase names ("the number of cigarettes and the number
// of mutations", a determined conjunct, stays on its head). Names keep
// theirs: in "the Institute of Technology and Colorado State
// University" the second name joins the first, not "Technology".
func bareConjunctJoinsOfObject(s *Sentence) {
	for n := range s.Tokens {
		t := &s.Tokens[n]
		if t.Deprel != "conj" || t.Head-1 >= n || t.UPOS != "NOUN" || hasChild(s, n, "case") || !bareNoun(s, n) {
			continue
		}
		h := t.Head - 1
		if s.Tokens[h].UPOS != "NOUN" {
			continue
		}
		if m := ofObjectBetween(s, h, n); m >= 0 && s.Tokens[m].UPOS == "NOUN" && bareNoun(s, m) {
			t.Head = m + 1
		}
	}
}

// ofObjectBetween returns the last nominal between h and n that hangs
// on h as an nmod through "of", or -1.
func ofObjectBetween(s *Sentence, h, n int) int {
	m := -1
	for k := h + 1; k < n; k++ {
		if c := &s.Tokens[k]; c.Head == h+1 && c.Deprel == "nmod" && isNominal(c.UPOS) && hasCaseWord(s, k, "of") {
			m = k
		}
	}
	return m
}

// hasCaseWord reports whether token i has a case marker spelt word.
func hasCaseWord(s *Sentence, i int, word string) bool {
	for k := range s.Tokens {
		if c := &s.Tokens[k]; c.Head == i+1 && c.Deprel == "case" && strings.EqualFold(c.Form, word) {
			return true
		}
	}
	return false
}

// bareNoun reports whether token i has no determiner, possessor,
// adjective or number of its own.
func bareNoun(s *Sentence, i int) bool {
	for k := range s.Tokens {
		if c := &s.Tokens[k]; c.Head == i+1 {
			switch c.Deprel {
			case "det", "nmod:poss", "amod", "nummod":
				return false
			}
		}
	}
	return true
}

// nounConjunctOfVerbJoinsObject rehangs on the verb's object a noun
// conjunct the parser hung on the verb ("Police seized weapons and
// ammunition" with "ammunition" a conj of "seized"): UD conjoins like
// with like, and a noun after "and" with no subject or preposition of
// its own continues the object before it, not the verb's clause. It
// applies when the conjunct has its own coordinating conjunction and
// the verb an object between the two; the conjunct moves to the last
// such object. (EWT dev: 5 arcs mended, none broken.)
func nounConjunctOfVerbJoinsObject(s *Sentence) {
	for c := range s.Tokens {
		t := &s.Tokens[c]
		if t.Deprel != "conj" || t.UPOS != "NOUN" && t.UPOS != "PROPN" || t.Head <= 0 || t.Head-1 > c {
			continue
		}
		v := t.Head - 1
		if s.Tokens[v].UPOS != "VERB" || !hasChild(s, c, "cc") || hasChild(s, c, "case") || hasSubject(s, c) {
			continue
		}
		obj := -1
		for k := v + 1; k < c; k++ {
			if s.Tokens[k].Head == v+1 && s.Tokens[k].Deprel == "obj" && isNominal(s.Tokens[k].UPOS) {
				obj = k
			}
		}
		if obj >= 0 {
			t.Head = obj + 1
		}
	}
}
