package nlp

import (
	_ "embed"
	"strings"
)

//go:embed data/person_titles.txt
var personTitlesFile string

// personTitles is the set of data/person_titles.txt.
var personTitles = lexiconSet(personTitlesFile)

// titleBeforeSubjectNameDescribesIt rewrites "Commission spokeswoman
// Paula Pinho said …", "North Korean leader Kim Jong Un inspected …",
// "the former Iraqi leader Saddam Hussein is refusing …" parsed with
// both the title's phrase and the name subjects of the verb: a verb has
// one subject, and a title right before a name describes it. UD (EWT,
// PUD) makes a bare title the name's nmod:desc ("spokeswoman ←
// Paula") and a determined one the head, with the name its appos ("the
// … leader → Saddam"). It applies when the verb's two subjects (the
// parser may give one nsubj, the other nsubj:pass; the one left takes
// the verb's voice) are adjacent, the first phrase ending in a lower-case common
// noun or a title of data/person_titles.txt (whatever its tag) and the second
// a singular name, with no punctuation or possessive between them. A
// first phrase that the parser headed on an earlier word ("Commerce ←
// Minister") is headed on its title first, when it holds no
// preposition, conjunction or verb.
func titleBeforeSubjectNameDescribesIt(s *Sentence) {
	for b := range s.Tokens {
		if s.Tokens[b].XPOS != "NNP" || !isSubject(&s.Tokens[b]) {
			continue
		}
		a := otherSubjectBefore(s, b)
		if a < 0 {
			continue
		}
		lo, hi := subtreeStart(s, a), subtreeEnd(s, a)
		if hi+1 != subtreeStart(s, b) || !titleWordAnyTag(&s.Tokens[hi]) || markBetween(s, lo, subtreeEnd(s, b)) {
			continue
		}
		if hi != a {
			if s.Tokens[hi].Head != a+1 || !plainNounPhrase(s, lo, hi) {
				continue
			}
			a = reheadPhrase(s, a, hi)
		}
		mixed := s.Tokens[a].Deprel != s.Tokens[b].Deprel
		if hasChild(s, a, "det") || hasChild(s, a, "nmod:poss") {
			s.Tokens[b].Head, s.Tokens[b].Deprel = a+1, "appos"
			settleSubject(s, a, mixed)
		} else {
			s.Tokens[a].Head, s.Tokens[a].Deprel = b+1, "nmod:desc"
			settleSubject(s, b, mixed)
		}
	}
}

// settleSubject gives subject k, left the only subject of its verb
// after the verb's other one was hung elsewhere, the relation of the
// verb's voice when the two had different ones (mixed): nsubj:pass
// beside a passive auxiliary, nsubj otherwise ("The militant
// organisation Hamas has announced" read with organisation nsubj:pass
// and Hamas nsubj).
func settleSubject(s *Sentence, k int, mixed bool) {
	if !mixed {
		return
	}
	s.Tokens[k].Deprel = "nsubj"
	if hasChild(s, s.Tokens[k].Head-1, "aux:pass") {
		s.Tokens[k].Deprel = "nsubj:pass"
	}
}

// isSubject reports whether t is a nominal subject, active or passive.
func isSubject(t *Token) bool { return t.Deprel == "nsubj" || t.Deprel == "nsubj:pass" }

// otherSubjectBefore returns the other subject of subject b's head when
// that head has exactly two nominal subjects (nsubj or nsubj:pass,
// which the parser mixes) and the other, a noun or a name, comes first;
// else -1.
func otherSubjectBefore(s *Sentence, b int) int {
	a, n := -1, 0
	for k := range s.Tokens {
		if t := &s.Tokens[k]; t.Head == s.Tokens[b].Head && isSubject(t) {
			n++
			if k < b {
				a = k
			}
		}
	}
	if n != 2 || a < 0 || (s.Tokens[a].UPOS != "NOUN" && s.Tokens[a].UPOS != "PROPN") {
		return -1
	}
	return a
}

// markBetween reports whether punctuation or a possessive marker stands
// among tokens a..b.
func markBetween(s *Sentence, a, b int) bool {
	for k := a; k <= b; k++ {
		if s.Tokens[k].UPOS == "PUNCT" || s.Tokens[k].XPOS == "POS" {
			return true
		}
	}
	return false
}

// plainNounPhrase reports whether tokens a..b hold no preposition,
// conjunction or verb.
func plainNounPhrase(s *Sentence, a, b int) bool {
	for k := a; k <= b; k++ {
		switch s.Tokens[k].UPOS {
		case "ADP", "CCONJ", "VERB":
			return false
		}
	}
	return true
}

// reheadPhrase makes token l, a dependent of a after it, the head of
// a's phrase: l takes a's place, a and a's dependents before l hang on
// l. It returns l.
func reheadPhrase(s *Sentence, a, l int) int { return reheadOn(s, a, l, 0, "compound") }

// reheadOn makes token l, a dependent of a, take a's place: a's
// dependents from token from to l hang on l, and a hangs on l with
// relation rel. It returns l.
func reheadOn(s *Sentence, a, l, from int, rel string) int {
	for k := from; k < l; k++ {
		if s.Tokens[k].Head == a+1 {
			s.Tokens[k].Head = l + 1
		}
	}
	s.Tokens[l].Head, s.Tokens[l].Deprel = s.Tokens[a].Head, s.Tokens[a].Deprel
	s.Tokens[a].Head, s.Tokens[a].Deprel = l+1, rel
	return l
}

// titleSplitFromSubjectName rewrites "Chinese Commerce Minister Wang
// Wentao met …", "Kremlin aide Yury Ushakov described …", "RMT general
// secretary Mick Lynch said …" parsed with the title's modifier
// ("Commerce", "Kremlin", "RMT") one subject of the verb and the name
// another, the title itself hung on the name, on the verb or on the
// modifier: a verb has one subject, and the words before a title are
// its own ("Commerce Minister"). It applies when the verb's two
// subjects are a noun or name and a singular name
// after it, the word right before the name is a title (a word of
// data/person_titles.txt, whatever its tag, or a lower-case singular
// common noun), and every word from the first subject's phrase to the
// title is a noun, name or adjective (a hyphen may join them:
// "Secretary-General") hung inside that run, on the name or on the
// verb. The words hung outside the run then hang on the title (amod
// for an adjective, compound for the others) and the title is the
// name's nmod:desc, as titleBeforeSubjectNameDescribesIt makes a bare
// title.
func titleSplitFromSubjectName(s *Sentence) {
	for b := 1; b < len(s.Tokens); b++ {
		if s.Tokens[b].XPOS != "NNP" || !isSubject(&s.Tokens[b]) {
			continue
		}
		a := otherSubjectBefore(s, b)
		if a < 0 {
			continue
		}
		lo, title := subtreeStart(s, a), b-1
		if title <= subtreeEnd(s, a) || !titleWordAnyTag(&s.Tokens[title]) || !titleRun(s, lo, title, b) {
			continue
		}
		settleSubject(s, b, s.Tokens[a].Deprel != s.Tokens[b].Deprel)
		for k := lo; k < title; k++ {
			if h := s.Tokens[k].Head; h < lo+1 || h > title+1 {
				s.Tokens[k].Head, s.Tokens[k].Deprel = title+1, "compound"
				if s.Tokens[k].UPOS == "ADJ" {
					s.Tokens[k].Deprel = "amod"
				}
			}
		}
		s.Tokens[title].Head, s.Tokens[title].Deprel = b+1, "nmod:desc"
	}
}

// titleWordAnyTag reports whether t can be a title before a name
// whatever the tagger made of it: a word of data/person_titles.txt
// ("secretary" tagged an adjective, "aide" a verb) or a lower-case
// singular common noun.
func titleWordAnyTag(t *Token) bool {
	if t.XPOS == "NN" && t.Form == strings.ToLower(t.Form) {
		return true
	}
	return personTitles[strings.ToLower(t.Text())]
}

// titleRun reports whether tokens lo..title are nouns, names,
// adjectives or hyphens, each hung inside lo..title, on name b or on
// b's head.
func titleRun(s *Sentence, lo, title, b int) bool {
	for k := lo; k <= title; k++ {
		t := &s.Tokens[k]
		switch t.UPOS {
		case "NOUN", "PROPN", "ADJ":
			if t.XPOS == "POS" {
				return false
			}
		case "PUNCT":
			if t.Form != "-" {
				return false
			}
		default:
			return false
		}
		if h := t.Head; (h < lo+1 || h > title+1) && h != b+1 && h != s.Tokens[b].Head {
			return false
		}
	}
	return true
}
