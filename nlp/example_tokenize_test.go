package nlp_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/nlp"
)

func ExampleTokenize() {
	text := "“We don’t agree,” Mr. Umerov said. Russia’s envoy left at 10am."
	for _, s := range nlp.Tokenize(text) {
		for i, t := range s.Tokens {
			if i > 0 && s.Tokens[i-1].SpaceAfter {
				fmt.Print(" ")
			}
			fmt.Printf("%s[%d:%d]", t.Text(), t.Start, t.End)
		}
		fmt.Println()
	}
	// Output:
	// "[0:3]We[3:5] do[6:8]n't[8:13] agree[14:19],[19:20]"[20:23] Mr.[24:27] Umerov[28:34] said[35:39].[39:40]
	// Russia[41:47]'s[47:51] envoy[52:57] left[58:62] at[63:65] 10[66:68]am[68:70].[70:71]
}

func ExampleLemma() {
	for _, w := range [][3]string{
		{"said", "VERB", "VBD"}, {"children", "NOUN", "NNS"}, {"making", "VERB", "VBG"},
		{"stopped", "VERB", "VBD"}, {"better", "ADJ", "JJR"}, {"n't", "PART", "RB"},
	} {
		fmt.Print(nlp.Lemma(w[0], w[1], w[2]), " ")
	}
	fmt.Println()
	// Output: say child make stop good not
}
