package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds the rules for parties named by a creed and a word the
// gazetteer knows as a U.S. party's ("Social Democrats", "Christian
// Democratic"): the creed makes another party, of another country.

//go:embed lexicon/party_creeds.txt
var partyCreedsTxt string

// partyCreeds open the names of parties written as a creed and a party
// word of the gazetteer (lexicon/party_creeds.txt).
var partyCreeds = wordList(partyCreedsTxt)

// partyPlurals are the plural nouns a party adjective's members go by
// ("Democratic" → "Democrats"), lower case to the form written in a
// name.
var partyPlurals = map[string]string{"democratic": "Democrats", "democrat": "Democrats",
	"democrats": "Democrats", "republican": "Republicans", "republicans": "Republicans",
	"conservative": "Conservatives", "conservatives": "Conservatives"}

// creedParty returns the name of the party that the capitalised run
// opened at a names with a creed of partyCreeds and a party word the
// gazetteer knows ("Social Democrats", "Christian Democratic" before
// "lawmakers"), in its plural form ("Social Democrats"), and "" when
// the run opens with none. The word alone would be the U.S. party.
func (d *doc) creedParty(a, b int) string {
	if b-a < 2 || !d.toks[a].cap || !partyCreeds[d.toks[a].low] && !d.namedPartyModifier(a) {
		return ""
	}
	w := d.toks[a+1]
	plural := partyPlurals[w.low]
	if w.kind != tWord || !w.cap || plural == "" {
		return ""
	}
	f, e, ok := d.gazAt(a+1, a+2)
	if !ok || e != a+2 || f.typ != graph.Organization || !strings.HasSuffix(f.canon, " Party") {
		return ""
	}
	return d.toks[a].text + " " + plural
}

// partyPluralForm returns the plural name a party called name goes by
// ("Social Democratic Party" → "Social Democrats", "Christian
// Democratic Union" → "Christian Democrats"), or "": a party
// adjective of partyPlurals, after at least one word, before the
// party's head noun that ends the name.
func partyPluralForm(name string) string {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	n := len(w)
	if n < 3 || !lowerIn(orgHeads, w[n-1]) {
		return ""
	}
	plural := lowerIn(partyPlurals, w[n-2])
	if plural == "" || strings.HasSuffix(strings.ToLower(w[n-2]), "s") {
		return ""
	}
	return strings.Join(append(w[:n-2:n-2], plural), " ")
}
