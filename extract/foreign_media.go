package extract

import _ "embed"

//go:embed lexicon/media_openers.txt
var mediaOpenersTxt string

//go:embed lexicon/name_articles.txt
var nameArticlesTxt string

// mediaOpeners open the names of media, head first ("Radio Sur",
// "Diario Norte"; lexicon/media_openers.txt).
var mediaOpeners = wordList(mediaOpenersTxt)

// nameArticles are other languages' articles opening bodies' names
// ("El Tiempo", "Die Welt"; lexicon/name_articles.txt).
var nameArticles = wordList(nameArticlesTxt)

// mediaOpenedName (rule mention.organisation, mediaOpenedName) reports
// whether the capitalised run [a, b) names a medium head first: two or
// three words, the first of mediaOpeners ("Radio Sur said", "Diario
// Norte reported"), no title word after it ("Radio Chief Resigns").
// Such names were read as a person's with an unknown given name.
func (d *doc) mediaOpenedName(a, b int) bool {
	if b-a < 2 || b-a > 3 || !d.toks[a].cap || !mediaOpeners[d.toks[a].low] {
		return false
	}
	return d.plainCapsAfter(a+1, b)
}

// articleOpenedName (rule mention.organisation, articleOpenedName)
// reports whether the capitalised run [a, b) is a body named with an
// article of another language first ("El Tiempo reported", "La Nación
// said", "Le Figaro", "Die Welt"): two or three words ("le" only two),
// the article of nameArticles and no given name itself ("Les Murray"),
// no known given name or title word after it, not a name the gazetteer knows ("El Salvador", "Los Angeles"),
// and the words never written after another capitalised word in the
// text, as a surname is after its given name ("Marine Le Pen … Le Pen
// said"), nor after a preposition of place, as a town's name is ("in El
// Fasher", writtenAfterName).
func (d *doc) articleOpenedName(a, b int, s sentence) bool {
	t := d.toks
	if b-a < 2 || b-a > 3 || !t[a].cap || !nameArticles[t[a].low] || firstNames[t[a].low] || t[a].low == "le" && b-a > 2 {
		return false
	}
	if t[a+1].kind != tWord || firstNames[t[a+1].low] || !d.plainCapsAfter(a+1, b) {
		return false
	}
	if _, e, ok := d.gazAt(a, b); ok && e >= a+2 {
		return false
	}
	return !d.writtenAfterName(a, b)
}

// placeArticles are the words before a name that make it a place
// wherever the text writes them so ("in El Fasher", "to Los Angeles",
// "the city of La Paz").
var placeArticles = union(placePreps, set("at", "from", "to", "of", "via"))

// plainCapsAfter reports whether tokens [a, b) are all capitalised words
// that are no title words.
func (d *doc) plainCapsAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap || t.is(titleWordsClass) {
			return false
		}
	}
	return true
}

// writtenAfterName reports whether the words of [a, b) occur anywhere in
// the text, here included, right after a capitalised word, as a surname
// does after a given name ("Marine Le Pen"), or after a lower-case
// preposition of place or "of", as a place's name does ("in El Fasher",
// "the city of La Paz").
func (d *doc) writtenAfterName(a, b int) bool {
	return d.writtenAfter(a, b, func(p token) bool {
		return p.kind == tWord && (p.cap && !p.is(functionCapsClass) || !p.cap && placeArticles[p.low])
	})
}

// writtenAfter reports whether the words of [a, b) occur anywhere in the
// text, here included, right after a token that before accepts.
func (d *doc) writtenAfter(a, b int, before func(p token) bool) bool {
	n := b - a
	for i := 1; i+n <= len(d.toks); i++ {
		same := true
		for k := 0; k < n; k++ {
			if d.toks[i+k].low != d.toks[a+k].low {
				same = false
				break
			}
		}
		if same && before(d.toks[i-1]) {
			return true
		}
	}
	return false
}
