package nlp

import "testing"

// TestCommonGivenNamesAreListed: the commonest given names of the news
// open flat names (they were missing from the parser's list, which had
// rarer ones), and the family names and words that often open other
// names ("Sun Microsystems", "Park Avenue", "He said") are left out.
func TestCommonGivenNamesAreListed(t *testing.T) {
	for _, w := range []string{"john", "mary", "james", "donald", "pedro", "xi", "wang"} {
		if !givenNames[w] {
			t.Errorf("%q is not in data/given_names.txt", w)
		}
	}
	for _, w := range []string{"he", "sun", "park", "ma", "min", "lin", "christian"} {
		if givenNames[w] {
			t.Errorf("%q, a common word or a name of other things too, is in data/given_names.txt", w)
		}
	}
	runRuleCases(t, personNameIsFlat, []ruleCase{
		{
			name: "a common given name before an unseen family name",
			in:   "James/PROPN/James/2/compound Varga/PROPN/Varga/3/nsubj spoke/VERB/speak/0/root",
			want: "James→3:nsubj Varga→1:flat spoke→0:root",
		},
		{
			name: "a family name that is a common word stays out",
			in:   "Sun/PROPN/Sun/2/compound Valley/PROPN/Valley/3/nsubj grew/VERB/grow/0/root",
			want: "Sun→2:compound Valley→3:nsubj grew→0:root",
		},
	})
}
