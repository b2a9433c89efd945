package extract

import (
	_ "embed"
	"strings"
)

//go:embed lexicon/describe_verbs.txt
var describeVerbsTxt string

// describeLexForms are the forms of lexicon/describe_verbs.txt's verbs
// (verbForms).
var describeLexForms = verbForms(wordList(describeVerbsTxt))

// verbForms returns the past and -ing forms of lemmas ("attacked",
// "attacking", "likened", "ridiculing"), the forms that are verbs
// wherever they stand; the base and -s forms ("attack", "attacks") are
// nouns as often and stay out.
func verbForms(lemmas map[string]bool) map[string]bool {
	forms := map[string]bool{}
	for l := range lemmas {
		for _, f := range inflections(l) {
			if strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing") {
				forms[f] = true
			}
		}
	}
	return forms
}
