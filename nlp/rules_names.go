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
		if t.UPOS != "PROPN" || t.Deprel != "compound" || !isGivenName(t.Text()) {
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

//go:embed data/time_nouns.txt
var timeNounsFile string

// timeNouns is the set of lemmas of data/time_nouns.txt.
var timeNouns = lexiconSet(timeNounsFile)

// titleNounBeforeNameHeadsIt rehangs "their candidate Sarah Olney",
// "the Macedonian king Amyntas", "his brother Prince Henry" the way UD
// has them: the determined common noun heads the phrase and the name
// after it is its apposition. The parser, after EWT's many "President
// Obama" (a bare title, a compound of the name), often hangs the noun
// on the name as a compound, its determiner with it. It applies when a
// lower-case singular noun with a determiner or possessor of its own or
// of the name, not a noun of time ("the year Sinatra died"), is a
// compound of the run of singular names right after it, and that run
// ends the phrase (no conjunction, noun or number follows: "the port
// Aransas and Roma post offices"). The noun takes the name's place in
// the tree and the words before it; the name becomes its appos.
func titleNounBeforeNameHeadsIt(s *Sentence) {
	for n := 0; n+1 < len(s.Tokens); n++ {
		t := &s.Tokens[n]
		if t.UPOS != "NOUN" || t.XPOS != "NN" || t.Deprel != "compound" || t.Form != strings.ToLower(t.Form) || timeNouns[t.Lemma] {
			continue
		}
		last := singularNameRun(s, n+1)
		if last < 0 || t.Head-1 <= n || t.Head-1 > last {
			continue
		}
		h := t.Head - 1
		for s.Tokens[h].Head-1 > n && s.Tokens[h].Head-1 <= last {
			h = s.Tokens[h].Head - 1 // the run's head
		}
		if !determinedBefore(s, n, h) {
			continue
		}
		name := &s.Tokens[h]
		t.Head, t.Deprel = name.Head, name.Deprel
		name.Head, name.Deprel = n+1, "appos"
		for k := range s.Tokens {
			c := &s.Tokens[k]
			switch {
			case c.Head == h+1 && k < n:
				c.Head = n + 1 // the determiner and modifiers of the noun
			case c.Head == n+1 && k > n && k <= last && k != h:
				c.Head = h + 1 // the name's own words
			}
		}
	}
}

// singularNameRun returns the last token of the run of singular proper
// nouns (NNP) that starts at i and ends the phrase (no conjunction,
// common noun or number after it), or -1.
func singularNameRun(s *Sentence, i int) int {
	last := i - 1
	for last+1 < len(s.Tokens) && s.Tokens[last+1].UPOS == "PROPN" {
		if s.Tokens[last+1].XPOS != "NNP" {
			return -1
		}
		last++
	}
	if last < i {
		return -1
	}
	if last+1 < len(s.Tokens) {
		switch s.Tokens[last+1].UPOS {
		case "CCONJ", "NOUN", "NUM":
			return -1
		}
	}
	return last
}

// determinedBefore reports whether a determiner or possessor before
// noun n hangs on n or on the name h.
func determinedBefore(s *Sentence, n, h int) bool {
	for k := 0; k < n; k++ {
		c := &s.Tokens[k]
		if (c.Head == n+1 || c.Head == h+1) && (c.Deprel == "det" || c.Deprel == "nmod:poss") {
			return true
		}
	}
	return false
}

// givenNameSplitFromSurname joins a person's name that the parser split
// between two heads: "the governor of Texas, Greg Abbott," with "Greg"
// an appos of "Texas" and "Abbott" a conjunct of it. A name after a
// known given name, right after it and hung on the same word as a
// conjunct or apposition, with no dependent before it, is the given
// name's flat. (EWT dev greedy 1 arc mended, PUD greedy 1, none broken; the
// beam's parses unchanged.)
func givenNameSplitFromSurname(s *Sentence) {
	for y := 1; y < len(s.Tokens); y++ {
		t, x := &s.Tokens[y], &s.Tokens[y-1]
		if t.XPOS != "NNP" || x.XPOS != "NNP" || (t.Deprel != "conj" && t.Deprel != "appos") || t.Head != x.Head || t.Head == y || t.Head == y+1 {
			continue
		}
		if !isGivenName(x.Text()) || dependentBefore(s, y) {
			continue
		}
		t.Head, t.Deprel = y, "flat"
	}
}

// dependentBefore reports whether a token before y hangs on y.
func dependentBefore(s *Sentence, y int) bool {
	for k := 0; k < y; k++ {
		if s.Tokens[k].Head == y+1 {
			return true
		}
	}
	return false
}
