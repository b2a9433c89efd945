package nlp

import "strings"

// prepositionalNameReadAsSubject rewrites "contacted by Erik Dahl
// shortly after the election" parsed with "Erik" the subject of
// "election" and "by" a second case marker of "election": a noun that
// is no predicate (no copula) takes no subject, and a preposition
// right before the "subject" is that word's own. The word becomes what
// the preposition makes it where it stands: a modifier (nmod) of the
// noun before the preposition when that noun hangs on the same verb
// ("received support from Rafael Ortiz after the vote"), else an
// oblique of the verb (obl:agent after "by" in a passive clause); the
// noun it was hung on keeps its own preposition and loses the agent
// relation the stolen "by" gave it.
func prepositionalNameReadAsSubject(s *Sentence) {
	for x := range s.Tokens {
		t := &s.Tokens[x]
		if t.Deprel != "nsubj" && t.Deprel != "nsubj:pass" || t.Head == 0 || !isNominal(t.UPOS) {
			continue
		}
		h := t.Head - 1
		if h < x || s.Tokens[h].UPOS != "NOUN" && s.Tokens[h].UPOS != "PROPN" || hasChild(s, h, "cop") {
			continue
		}
		c := subtreeStart(s, x) - 1
		if c < 1 || s.Tokens[c].Head != h+1 || s.Tokens[c].Deprel != "case" || s.Tokens[h].Head == 0 {
			continue
		}
		v := s.Tokens[h].Head - 1
		s.Tokens[c].Head = x + 1
		if s.Tokens[h].Deprel == "obl:agent" {
			s.Tokens[h].Deprel = "obl"
		}
		switch n := c - 1; {
		case s.Tokens[n].Head == v+1 && isNominal(s.Tokens[n].UPOS):
			t.Head, t.Deprel = n+1, "nmod"
		case s.Tokens[c].Lemma == "by" && hasChild(s, v, "aux:pass"):
			t.Head, t.Deprel = v+1, "obl:agent"
		default:
			t.Head, t.Deprel = v+1, "obl"
		}
	}
}

// personToldReadAsSubject rewrites "told reporters the ferry would stop"
// parsed with "reporters" a second subject of "stop": a clause has one
// subject, and a noun right after the verb the clause completes, before
// the clause's own subject, is the person told (iobj), when that verb
// has no object of its own.
func personToldReadAsSubject(s *Sentence) {
	for c := range s.Tokens {
		if s.Tokens[c].Deprel != "ccomp" || s.Tokens[c].Head == 0 {
			continue
		}
		v := s.Tokens[c].Head - 1
		var subj []int
		for j := v + 1; j < c; j++ {
			if s.Tokens[j].Head == c+1 && (s.Tokens[j].Deprel == "nsubj" || s.Tokens[j].Deprel == "nsubj:pass") {
				subj = append(subj, j)
			}
		}
		if len(subj) != 2 || subtreeStart(s, subj[0]) != v+1 || hasChild(s, v, "obj") || hasChild(s, v, "iobj") {
			continue
		}
		s.Tokens[subj[0]].Head, s.Tokens[subj[0]].Deprel = v+1, "iobj"
	}
}

// unmarkedPossessorIsCompound relabels compound a noun labelled a
// possessor (nmod:poss) before its head that has no possessive marker
// ("'s", "'") of its own: "the strike by the Dock Workers Union" parsed
// with "Workers" the possessor of "Union" and "by" and "the" hung on
// "Workers" is a name of nouns, whose preposition and determiner are
// the whole name's.
func unmarkedPossessorIsCompound(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel != "nmod:poss" || t.UPOS != "NOUN" && t.UPOS != "PROPN" || t.Head-1 <= d || hasPossessiveMarker(s, d) {
			continue
		}
		t.Deprel = "compound"
		for k := 0; k < d; k++ {
			if c := &s.Tokens[k]; c.Head == d+1 && (c.Deprel == "case" || c.Deprel == "det") {
				c.Head = t.Head
			}
		}
	}
}

// hasPossessiveMarker reports whether token d has a possessive "'s" or
// "'" among its dependents.
func hasPossessiveMarker(s *Sentence, d int) bool {
	for k := d + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].Head == d+1 && s.Tokens[k].Deprel == "case" {
			switch s.Tokens[k].Form {
			case "'s", "'", "’s", "’", "s":
				return true
			}
		}
	}
	return false
}

// subjectOnFloatingQuantifier rewrites "Moe, Berg and Dahl all
// suggested that …" parsed with the names the subject of "all": a
// floating quantifier (all, both, each) between a subject and its verb
// takes no subject of its own; the subject is the verb's, when the verb
// has none.
func subjectOnFloatingQuantifier(s *Sentence) {
	for x := range s.Tokens {
		t := &s.Tokens[x]
		if t.Deprel != "nsubj" && t.Deprel != "nsubj:pass" || t.Head == 0 {
			continue
		}
		q := t.Head - 1
		switch strings.ToLower(s.Tokens[q].Form) {
		case "all", "both", "each":
		default:
			continue
		}
		v := s.Tokens[q].Head - 1
		if q < x || v <= q || s.Tokens[v].UPOS != "VERB" && s.Tokens[v].UPOS != "AUX" || hasChild(s, v, "nsubj") || hasChild(s, v, "nsubj:pass") {
			continue
		}
		rel := "nsubj"
		if hasChild(s, v, "aux:pass") {
			rel = "nsubj:pass"
		}
		t.Head, t.Deprel = v+1, rel
	}
}

// possessorReadAsSubject rewrites "Taiwan's Defence Ministry said …",
// "Hungary's Prime Minister Viktor Orban criticised …", "Ray's Pizza is
// too good" parsed with the possessor, its "'s" hung on it, one subject
// of the verb and the possessed phrase another (the greedy parse does
// this; a verb has one subject). When the verb's two subjects are
// a noun or name whose phrase ends in its possessive
// marker and a phrase that starts right after the marker, the
// possessor is the second phrase's nmod:poss. A name after a title of
// its phrase ("Prime Minister Viktor Orban") gives way to the title, as
// UD makes a determined title the head and the name its appos ("his
// brother Prince Henry"): the title takes the name's place, the name is
// its appos and the possessor its nmod:poss.
func possessorReadAsSubject(s *Sentence) {
	for b := 1; b < len(s.Tokens); b++ {
		if !isSubject(&s.Tokens[b]) {
			continue
		}
		a := otherSubjectBefore(s, b)
		if a < 0 {
			continue
		}
		pos := subtreeEnd(s, a)
		if pos == a || s.Tokens[pos].XPOS != "POS" || s.Tokens[pos].Head != a+1 || subtreeStart(s, b) != pos+1 {
			continue
		}
		mixed, owned := s.Tokens[a].Deprel != s.Tokens[b].Deprel, b
		if t := b - 1; s.Tokens[b].XPOS == "NNP" && t > pos && s.Tokens[t].Head == b+1 && titleWordAnyTag(&s.Tokens[t]) {
			owned = reheadOn(s, b, t, pos+1, "appos") // the title heads, the name its appos
		}
		s.Tokens[a].Head, s.Tokens[a].Deprel = owned+1, "nmod:poss"
		settleSubject(s, owned, mixed)
	}
}

// setOffAppositionReadAsSubject rewrites "His lawyer, Patrick
// Desroches, said …", "Its spokesman, Patrick Rugamba, called …",
// "Marchetti's husband, the photographer Yannick Bertin, said …" parsed
// with both the noun and the phrase set off after it subjects of the
// verb (the greedy parse does this): a verb has one subject, and a noun
// phrase between commas right after a noun is its apposition. It
// applies when the verb's two subjects (active or passive) are nouns or
// names, the second's words (punctuation aside) start right after a
// comma that follows the first's, and end before another comma that
// comes before the verb. The second becomes the first's appos, the two
// commas its punctuation.
func setOffAppositionReadAsSubject(s *Sentence) {
	for b := 1; b < len(s.Tokens); b++ {
		if !isSubject(&s.Tokens[b]) || !isNoun(s.Tokens[b].UPOS) {
			continue
		}
		a := otherSubjectBefore(s, b)
		if a < 0 {
			continue
		}
		open := wordsEnd(s, subtreeStart(s, a), subtreeEnd(s, a)) + 1
		lo, hi := subtreeStart(s, b), subtreeEnd(s, b)
		close := wordsEnd(s, lo, hi) + 1
		if open >= b || s.Tokens[open].Form != "," || wordsStart(s, lo, hi) != open+1 || close >= s.Tokens[b].Head-1 || s.Tokens[close].Form != "," {
			continue
		}
		settleSubject(s, a, s.Tokens[a].Deprel != s.Tokens[b].Deprel)
		s.Tokens[b].Head, s.Tokens[b].Deprel = a+1, "appos"
		s.Tokens[open].Head, s.Tokens[close].Head = b+1, b+1
	}
}

// isNoun reports whether upos is a noun's or a name's.
func isNoun(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// wordsStart returns the first token of lo..hi that is no punctuation
// (hi when all are).
func wordsStart(s *Sentence, lo, hi int) int {
	for lo < hi && s.Tokens[lo].UPOS == "PUNCT" {
		lo++
	}
	return lo
}

// wordsEnd returns the last token of lo..hi that is no punctuation
// (lo when all are).
func wordsEnd(s *Sentence, lo, hi int) int {
	for hi > lo && s.Tokens[hi].UPOS == "PUNCT" {
		hi--
	}
	return hi
}
