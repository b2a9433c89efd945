package extract

import (
	"strings"
	"sync"
)

// Word classes: lexicon membership read once per token.
//
// Rules ask again and again whether a token's lower-case form is in a
// lexicon set (t.is(titleWordsClass), t.is(connectorsClass)): each time a string
// hash and a map probe. A set that rules ask about often is also
// registered as a word class:
//
//	var titleWords = set("president", …)
//	var cTitle = classOf(titleWords)
//
// tokenize interns each token's lower-case form once, into the number of
// that form among the words of all registered sets (token.wid; 0 for a
// word in none), and each such word carries one bit per class it is in.
// A rule then asks t.is(cTitle) or d.tokIs(i, cTitle), which answers
// exactly what t.is(titleWordsClass) answers, with no hashing. The sets stay
// maps: lookups of anything other than a token's lower-case form
// (lemmas, folded names, joined keys) still use them.
//
// The table is built on first use, after every package variable and
// init function: the registered sets must not change after that
// (TestWordClassesMatchTheirSets checks the bits against the maps). At
// most maxClasses sets can be registered; widen classBits for more.

// wordClass is a registered lexicon set (classOf).
type wordClass uint8

// maxClasses is the number of classes classBits holds.
const maxClasses = 256

// classBits holds one bit per word class.
type classBits [maxClasses / 64]uint64

func (b *classBits) has(c wordClass) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// keysAfter returns the keys of m that start with prefix, without it:
// keysAfter(m, "v:")[w] is whether m has the key "v:"+w.
func keysAfter[V any](m map[string]V, prefix string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		if w, ok := strings.CutPrefix(k, prefix); ok {
			out[w] = true
		}
	}
	return out
}

// valuesAfter returns the entries of m whose keys start with prefix,
// keyed without it: valuesAfter(m, "v:")[w] is m["v:"+w].
func valuesAfter[V any](m map[string]V, prefix string) map[string]V {
	out := map[string]V{}
	for k, v := range m {
		if w, ok := strings.CutPrefix(k, prefix); ok {
			out[w] = v
		}
	}
	return out
}

// classSet is a registered set: its words, and its own answer for a word.
type classSet struct {
	words  func(add func(w string)) // calls add with every word in the set
	member func(w string) bool      // the set's own lookup
}

var (
	classSets []classSet // the registered sets, by class
	classOnce sync.Once
	wordIDs   map[string]uint32 // every registered set's words → their number (from 1)
	wordLex   []classBits       // a word number → the classes of its word (0: none)
)

// classOf registers set as a word class: t.is(c) is set[t.low]. Call it
// in a package-level variable declaration, after the set's own.
func classOf(set map[string]bool) wordClass {
	return register(classSet{
		words: func(add func(string)) {
			for w, in := range set {
				if in {
					add(w)
				}
			}
		},
		member: func(w string) bool { return set[w] },
	})
}

// keysClass registers the keys of a map as a word class: t.is(c)
// reports whether t.low is a key of m, a cheap test before reading the
// value ("t.is(eventNounsKeys) && eventNouns[t.low] != """).
func keysClass[V any](m map[string]V) wordClass {
	return register(classSet{
		words: func(add func(string)) {
			for w := range m {
				add(w)
			}
		},
		member: func(w string) bool { _, ok := m[w]; return ok },
	})
}

func register(cs classSet) wordClass {
	if wordIDs != nil {
		panic("extract: a word class registered after the classes were built")
	}
	if len(classSets) >= maxClasses {
		panic("extract: more than maxClasses word classes; widen classBits")
	}
	classSets = append(classSets, cs)
	return wordClass(len(classSets) - 1)
}

// buildWordClasses numbers the words of the registered sets and sets
// their class bits.
func buildWordClasses() {
	wordIDs = map[string]uint32{}
	wordLex = []classBits{{}}
	for c, set := range classSets {
		set.words(func(w string) {
			id, ok := wordIDs[w]
			if !ok {
				id = uint32(len(wordLex))
				wordIDs[w] = id
				wordLex = append(wordLex, classBits{})
			}
			wordLex[id][c>>6] |= 1 << (c & 63)
		})
	}
}

// internWords sets the word number of each token.
func internWords(toks []token) {
	classOnce.Do(buildWordClasses)
	for i := range toks {
		toks[i].wid = wordIDs[toks[i].low]
	}
}

// wordIDsOf returns the word numbers of words, lower-case forms.
func wordIDsOf(words []string) []uint32 {
	classOnce.Do(buildWordClasses)
	ids := make([]uint32, len(words))
	for i, w := range words {
		ids[i] = wordIDs[w]
	}
	return ids
}

// is reports whether the token's lower-case form is in class c's set.
func (t *token) is(c wordClass) bool { return wordLex[t.wid].has(c) }

// tokIs reports whether token i's lower-case form is in class c's set.
func (d *doc) tokIs(i int, c wordClass) bool { return wordLex[d.toks[i].wid].has(c) }
