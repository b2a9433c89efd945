package nlp

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed data/given_names.txt
var givenNamesFile string

// GivenNames returns the words of data/given_names.txt, lower-cased: the
// one list of given names that the parser's name rule and extract's
// person evidence both read.
func GivenNames() []string {
	words := make([]string, 0, len(givenNames))
	for w := range givenNames {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

// givenNames is the set of words of data/given_names.txt.
var givenNames = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(givenNamesFile, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[w] = true
		}
	}
	return out
}()

// personNameIsFlat rehangs a person's name that the parser built as
// compounds on its last word ("Melania ← Trump", "Jeffrey, Dean ←
// Morgan") the way UD annotates names: flat, headed by the first word,
// which takes the name's relation and its dependents ("his wife,
// Melania Trump": Melania is the apposition, Trump flat on it). It
// applies when the first word is a known given name and every word of
// the name before its head hangs on that head as a compound.
func personNameIsFlat(s *Sentence) {
	for a := 0; a < len(s.Tokens); a++ {
		t := &s.Tokens[a]
		if t.UPOS != "PROPN" || t.Deprel != "compound" || !givenNames[strings.ToLower(t.Text())] {
			continue
		}
		h := t.Head - 1
		if h <= a || !propnRunHangsOn(s, a, h) {
			continue
		}
		head := &s.Tokens[h]
		t.Head, t.Deprel = head.Head, head.Deprel
		for k := range s.Tokens {
			if c := &s.Tokens[k]; c.Head == h+1 && k != a {
				c.Head = a + 1
			}
		}
		for k := a + 1; k <= h; k++ {
			s.Tokens[k].Head, s.Tokens[k].Deprel = a+1, "flat"
		}
		a = h
	}
}

// propnRunHangsOn reports whether tokens a..h are names and those
// before h hang on h.
func propnRunHangsOn(s *Sentence, a, h int) bool {
	for k := a; k <= h; k++ {
		if s.Tokens[k].UPOS != "PROPN" || (k < h && s.Tokens[k].Head != h+1) {
			return false
		}
	}
	return true
}
