package extract

import "github.com/newsgraph/newsgraph/graph"

// roleNounOpensName (rule mention.name, roleNounOpensName) reports
// whether the capitalised run [a, b) opens its sentence with a role noun
// of lexicon/roles.tsv that is no title word ("Curator Lena Holm said",
// "Photographer Anna Berg took …"), followed by two or three plain
// capitalised words, none an organisation's or a thing's head, even
// when the given name is none the lists know: the noun is capitalised only because it opens
// the sentence, and is no part of the person's name. Titles are read as
// titles already ("Minister Anna Berg").
func (d *doc) roleNounOpensName(a, b int, s sentence) bool {
	t := d.toks
	if a != d.firstWord(s) || b-a < 3 || b-a > 4 || !t[a].cap || t[a].is(titleWordsClass) || roleNouns[t[a].low] != graph.Role {
		return false
	}
	if !d.plainCapsAfter(a+1, b) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t[k].is(orgHeadsClass) || t[k].is(thingHeadsClass) {
			return false // "Researchers Guild Norway", "Curator Hall"
		}
	}
	return true
}
