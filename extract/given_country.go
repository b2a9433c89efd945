package extract

import "github.com/newsgraph/newsgraph/graph"

// A person whose given name is a country's ("commander Israel Ramirez",
// "Foreign Minister Jordan Ellis"). Read as a country and a word, the
// person would lose the given name, and the surname alone would become
// an organisation when it speaks ("Ramirez said").

// countryGivenName (rule mention.name) reports whether the capitalised
// run [a, b) is such a person after a title in lower case ("commander
// Israel Ramirez").
func (d *doc) countryGivenName(a, b int, s sentence) bool {
	return b == a+2 && d.titleBefore(a, s) && !d.toks[a-1].cap && d.countryThenSurname(a, b)
}

// countryThenSurname reports whether the two words [i, b) are a
// country's name and a capitalised word that is no gazetteer form nor
// organisation head: read after a title, a given name and a surname.
func (d *doc) countryThenSurname(i, b int) bool {
	if b != i+2 {
		return false
	}
	f, e, ok := d.gazAt(i, b)
	if !ok || e != i+1 || f.typ != graph.Country {
		return false
	}
	if _, _, ok := d.gazAt(i+1, b); ok {
		return false
	}
	last := d.toks[i+1]
	return last.kind == tWord && last.cap && !last.is(orgHeadsClass) && !last.is(institutionHeadsClass)
}
