package extract

import "github.com/newsgraph/newsgraph/graph"

// This file holds the rules that tell products and works from actors:
// a title ending in a work's noun ("The Animated Series"), a product
// written after its maker's name ("Google Chrome"), things named after
// a person of the story ("the Warhol Polaroids").

// workTitleHeads end the titles of works, capitalised as part of the
// title ("Batman: The Animated Series", "The Tonight Show").
var workTitleHeads = set("series", "show", "saga", "trilogy", "chronicles", "edition",
	"movie", "film", "album", "musical", "podcast", "episode", "novel", "sitcom", "videogame")
var workTitleHeadsClass = classOf(workTitleHeads)

// workTitle reports whether the name [a, b) of two or more words ends
// in a capitalised noun of works (workTitleHeads): a title, no person.
func (d *doc) workTitle(a, b int) bool {
	t := d.toks[b-1]
	return b-a >= 2 && t.kind == tWord && t.cap && !t.upper && t.is(workTitleHeadsClass)
}

// makersProduct reports whether gazetteer segment k, an organisation
// named by one word, is written right before one more capitalised word of the same run
// that names no organisation ("Google Chrome", "Microsoft Windows"):
// the maker's name is part of the product's, and names the maker no
// more than "Chrome" would. A possessive, a verb of speech or of the
// interactions, or a role after the word makes it no product ("Google
// DeepMind's chief", "Google DeepMind said").
func (d *doc) makersProduct(segs []segment, k int, s sentence) bool {
	sg := segs[k]
	if sg.form.typ != graph.Organization || sg.b != sg.a+1 || k+1 >= len(segs) {
		return false
	}
	n := segs[k+1]
	if n.kind != sName || n.a != sg.b || n.b != n.a+1 || n.afterTitle {
		return false
	}
	t := d.toks[n.a]
	if t.upper || t.is(orgHeadsClass) || t.is(companyHeadsClass) || t.is(corpSuffixesClass) || t.is(orgDescNounsClass) {
		return false
	}
	if n.b < s.b {
		u := d.toks[n.b]
		if u.kind == tPoss || u.kind == tWord && (u.is(lexVerbWordsClass) || u.is(personSpeechClass) || roleNoun(u.low)) {
			return false
		}
	}
	return true
}

// namedAfterPerson makes weak the names that open with the surname of
// another person of the article, taken for persons that nothing shows
// to be persons (personEvidence) or for organisations only by their
// "the" and with no organisation's head: things named after that person
// ("the Warhol Polaroids", "Warhol Polaroid exhibits" after "Andy
// Warhol"; "the Warhol Foundation" stays).
// A surname written first by both ("Kim Jong-un", "Kim Yo-jong") is a
// family name, no such thing.
func (d *doc) namedAfterPerson() {
	surnames := map[string]bool{}
	firsts := map[string]bool{}
	for _, a := range d.actors {
		if w := d.fieldsOf(d.fold(a.canon)); a.typ == graph.Person && len(w) >= 2 {
			surnames[w[len(w)-1]] = true
			firsts[w[0]] = true
		}
	}
	for _, a := range d.actors {
		w := d.fieldsOf(d.fold(a.canon))
		if !a.strong || len(w) < 2 || !surnames[w[0]] || firsts[w[0]] && d.firstWordOfOther(a, w[0]) {
			continue
		}
		switch {
		case a.typ == graph.Person && !d.personEvidence(a):
			a.weaken("namedAfterPerson")
		case a.typ == graph.Organization && a.onlyViaArticle && !orgHeads[w[len(w)-1]] && !companyHeads[w[len(w)-1]] && !holdingInstitutions[w[len(w)-1]]:
			a.weaken("namedAfterPerson") // "the Warhol Polaroids"; not "the Warhol Foundation"
		}
	}
}

// firstWordOfOther reports whether a person other than a, shown to be
// one (personEvidence), opens the name with word w.
func (d *doc) firstWordOfOther(a *actor, w string) bool {
	for _, b := range d.actors {
		if f := d.fieldsOf(d.fold(b.canon)); b != a && b.typ == graph.Person && len(f) >= 2 && f[0] == w && d.personEvidence(b) {
			return true
		}
	}
	return false
}
