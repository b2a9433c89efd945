package extract

// Rules for organisation names that a
// lower-case word cuts: "Council for a Democratic Future", "Alliance to
// End Hunger", "International Fund for Saving the Aral Sea". Each has
// invented sentences in org_name_links_test.go.

import (
	_ "embed"
	"strings"
)

//go:embed lexicon/name_purpose_verbs.txt
var namePurposeVerbsTxt string

// namePurposeVerbs open an organisation's purpose after "to" inside its
// name (lexicon/name_purpose_verbs.txt).
var namePurposeVerbs = wordList(namePurposeVerbsTxt)

// orgLinkRunsOn (rule mention.organisation) returns where the capitalised
// run opened at i goes on when its lower-case token j joins the two
// halves of one organisation's name, or j when it does not:
//   - "for a"/"for an" after the organisation's head noun, before a
//     capitalised word ("Council for a Democratic Future", "Movement
//     for a Better Europe");
//   - "to" after the head noun, before a capitalised verb of
//     namePurposeVerbs and a capitalised word ("Alliance to End
//     Hunger"), outside title-case headlines, where every verb is
//     capitalised ("Obama Urges Congress to End Shutdown");
//   - "the" after a capitalised gerund of the head noun's "for"/"of"
//     phrase, before a capitalised word ("International Fund for Saving
//     the Aral Sea").
func (d *doc) orgLinkRunsOn(i, j int, s sentence) int {
	t := d.toks
	if j+2 >= s.b || j == i || t[j].kind != tWord || t[j].cap || t[j-1].kind != tWord || !t[j-1].cap {
		return j
	}
	capWord := func(k int) bool { return t[k].kind == tWord && t[k].cap && !t[k].upper }
	switch t[j].low {
	case "for":
		if t[j-1].is(orgHeadsClass) && (t[j+1].low == "a" || t[j+1].low == "an") && !t[j+1].cap && capWord(j+2) {
			return j + 2
		}
	case "to":
		if t[j-1].is(orgHeadsClass) && capWord(j+1) && namePurposeVerbs[t[j+1].low] && capWord(j+2) && !d.headlineWords(s) {
			return j + 1
		}
	case "the":
		if j-2 > i && t[j-2].kind == tWord && !t[j-2].cap && (t[j-2].low == "for" || t[j-2].low == "of") &&
			strings.HasSuffix(t[j-1].low, "ing") && d.orgHeadIn(i, j-2) && capWord(j+1) {
			return j + 1
		}
	}
	return j
}

// headlineWords reports whether sentence s capitalises every word of
// more than four letters, as a title-case headline does ("Obama Urges
// Congress to End Shutdown"); d.titleCase, which counts, also takes a
// sentence crowded with names ("The Council for a Democratic Future
// and the Alliance to End Hunger welcomed the deal").
func (d *doc) headlineWords(s sentence) bool {
	for j := s.a; j < s.b; j++ {
		if t := d.toks[j]; t.kind == tWord && !t.cap && len(t.text) > 4 {
			return false
		}
	}
	return true
}

// orgHeadIn reports whether the capitalised run [a, b) holds an
// organisation's head noun.
func (d *doc) orgHeadIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k].is(orgHeadsClass) {
			return true
		}
	}
	return false
}

// orgLinkAfterHead (rule mention.organisation) returns the first word of an
// organisation's "for a"/"to" phrase when token h, the head noun, is
// followed by one that orgLinkRunsOn reads inside the run ending at b
// ("Council for a Democratic Future" gives "Democratic"), or -1.
func (d *doc) orgLinkAfterHead(h, b int, s sentence) int {
	t := d.toks
	if h+2 >= b || t[h+1].cap {
		return -1
	}
	switch t[h+1].low {
	case "for":
		if e := d.orgLinkRunsOn(h, h+1, s); e > h+1 && e < b {
			return e
		}
	case "to":
		if e := d.orgLinkRunsOn(h, h+1, s); e > h+1 && e < b {
			return e
		}
	}
	return -1
}

// gerundTheEnd (rule mention.organisation) extends an organisation's name
// whose "for"/"of" phrase ends on a capitalised gerund at token k over
// "the" and the capitalised words after it in the run ending at b
// ("International Fund for Saving the Aral Sea"); it returns the new
// last token, or k.
func (d *doc) gerundTheEnd(k, b int) int {
	t := d.toks
	if k+2 >= b || t[k+1].low != "the" || t[k+1].cap || !t[k].cap || !strings.HasSuffix(t[k].low, "ing") {
		return k
	}
	if t[k+2].kind != tWord || !t[k+2].cap {
		return k
	}
	k += 2
	for e := d.ofPhraseWordEnd(k, b); e > k; e = d.ofPhraseWordEnd(k, b) {
		k = e
	}
	return k
}

// pluralOpenedName (rule mention.organisation) reports whether name
// opens with a capitalised plural that is no known given name and a
// lower-case particle of nameConnectors follows it ("Padres de
// Antofagasta", "Inquilinos de Rosario", "Amigos da Terra"): the shape
// of a body's name in Spanish or Portuguese, where "Carlos de Souza"
// or "Dolores del Rio" open with a given name. personShape reads any
// inner particle as a person's; after a description that calls the name
// an organisation ("A parents' association, Padres de Antofagasta,
// said"), this shape is no evidence of a person.
func pluralOpenedName(name string) bool {
	w := strings.Fields(name)
	if len(w) < 3 || !nameConnectors[w[1]] {
		return false
	}
	first := strings.ToLower(w[0])
	return len(first) > 4 && strings.HasSuffix(first, "s") && !firstNames[first]
}

// orgShapedName reports whether actor a, taken for a person only by the
// shape of its name, has a name pluralOpenedName reads as a body's: no
// alias with a known given name first, no role, no title.
func (d *doc) orgShapedName(a *actor) bool {
	if !pluralOpenedName(a.canon) || d.hasRoleLink(a) || d.titledPerson(a) {
		return false
	}
	for _, n := range a.aliases {
		if w := strings.Fields(n); len(w) >= 2 && firstNames[strings.ToLower(w[0])] {
			return false
		}
	}
	return true
}
