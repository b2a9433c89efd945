package extract

import (
	_ "embed"
	"strings"
)

//go:embed lexicon/institution_openers.txt
var institutionOpenersTxt string

// institutionOpeners are other languages' words that open an
// institution's name (lexicon/institution_openers.txt).
var institutionOpeners = wordList(institutionOpenersTxt)

// foreignInstitutionName (rule mention.organisation,
// foreignInstitutionName) reports whether the capitalised run [a, b) is
// an institution named in another language, its head noun first:
// "Banco Meridional", "Grupo Bimbo", "Partido Socialista", "Compagnie
// Maritime". Two words at least, the first of institutionOpeners, and
// no title word among them ("Grupo Bimbo Chief Executive X" is left to
// the other rules).
func (d *doc) foreignInstitutionName(a, b int) bool {
	if b-a < 2 || !d.toks[a].cap || !institutionOpeners[d.toks[a].low] {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := d.toks[k]; t.kind == tWord && t.is(titleWordsClass) {
			return false
		}
	}
	return true
}

// openerShortForm (rule mention.single-name, openerShortForm) returns
// the short form of an organisation named in another language with its
// head noun first, the name without that word ("Banco Sabadell" is also
// "Sabadell", "Grupo Bimbo" "Bimbo"), or "": one or two capitalised
// words after the opener, no particle among them ("Banco Central del
// Paraguay" keeps its name whole).
func openerShortForm(canon string) string {
	f := strings.Fields(canon)
	if len(f) < 2 || len(f) > 3 || !institutionOpeners[strings.ToLower(f[0])] {
		return ""
	}
	for _, w := range f[1:] {
		if romanceOf[strings.ToLower(w)] || strings.ToLower(w) == w {
			return ""
		}
	}
	return strings.Join(f[1:], " ")
}
