package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds the rules that keep a person's name whole when its
// surname is also a place or a month ("Jim Jordan", "Theresa May"), and
// that read the surname alone later as that person, not as the place.

// placeSurname reports whether the one-word country or capital at token
// j ends the person's name that a known given name opens at token i
// ("Rep. Jim Jordan", "Chief Chuck Jordan"), or that an appositive
// shows to be a person's ("Valeska Paris, an Australian woman"), or
// that was kept whole before: the place ends the capitalised run
// [.., b).
func (d *doc) placeSurname(i, j, b int) bool {
	if j != i+1 || !(d.givenNameOpens(i) || d.personAppositiveAfter(b) || d.wordSurnames[d.toks[i].low+" "+d.toks[j].low]) {
		return false
	}
	f, e, ok := d.gazAt(j, b)
	return ok && e == j+1 && e == b && f.typ == graph.Country && (f.kind == gName || f.kind == gCapital)
}

// monthSurname reports whether the month at token j ends the person's
// name that a known given name opens at token i ("Theresa May", "Clara
// May"): the month ends the capitalised run [.., b) and no day number
// follows it ("Clara May 5" is a date after a name).
func (d *doc) monthSurname(i, j, b int) bool {
	if j != i+1 || j+1 != b || !d.givenNameOpens(i) || !monthLike(d.toks[j].low) {
		return false
	}
	return b >= len(d.toks) || d.toks[b].kind != tNum
}

// placeGivenName reports whether the one-word country or capital at
// token i is the given name of a person whose surname follows it
// ("Sofia Marin, a spokeswoman for …", "Israel Navarro said"): the two
// words fill the capitalised run [i, b), the place's name is also a
// known given name, the second word names no body, thing or place
// ("Jordan Valley", "Georgia Power", "Paris Agreement"), and a person's
// cue follows the name: a reporting verb, or an appositive that says
// what kind of person or which role; or a post-posed reporting verb
// comes before it (speechVerbBefore).
func (d *doc) placeGivenName(i, b int, s sentence) bool {
	if b != i+2 || b > s.b || !(d.givenNameOpens(i) || placeGivenNames[d.toks[i].low] && d.toks[i].cap) {
		return false
	}
	if i > s.a && (d.toks[i-1].is(determinersClass) || d.toks[i-1].is(placePrepsClass)) {
		return false // "the Jordan Times", "in Paris Saturday"
	}
	f, e, ok := d.gazAt(i, b)
	if !ok || e != i+1 || f.typ != graph.Country || !(f.kind == gName || f.kind == gCapital) {
		return false
	}
	if !d.surnameShaped(i + 1) {
		return false
	}
	return d.personCueAfter(b, s) || d.speechVerbBefore(i, s) || d.roleAppositiveBefore(i, s)
}

// roleAppositiveBefore reports whether token i opens an appositive set
// off by a comma right after a lower-case title or noun of office ("his
// Uruguayan counterpart, Santiago Laborde,", "the new ambassador, Jordan
// Reyes,"): the name after it is the holder's.
func (d *doc) roleAppositiveBefore(i int, s sentence) bool {
	if i-2 < s.a || d.toks[i-1].text != "," {
		return false
	}
	t := d.toks[i-2]
	return t.kind == tWord && !t.cap && (t.is(titleWordsClass) || descNouns[t.low])
}

// speechVerbBefore reports whether a post-posed reporting verb stands
// right before token i, after a quotation or a comma ("'…,' said Chad
// Bown", "…, says Paris Lund"): the name after it is the speaker's.
func (d *doc) speechVerbBefore(i int, s sentence) bool {
	if i-2 < s.a {
		return false
	}
	v, p := d.toks[i-1], d.toks[i-2]
	return v.kind == tWord && !v.cap && isReportForm(v.low) && (p.kind == tCloseQ || p.kind == tCloseS || p.text == ",")
}

// placeGivenNames are names of countries and capitals that are also
// given names ("Israel Katz", "Georgia Ruiz"; lexicon/place_given_names.txt).
var placeGivenNames = wordList(placeGivenNamesTxt)

//go:embed lexicon/place_given_names.txt
var placeGivenNamesTxt string

// placeBrandWords end companies', papers' and teams' names after a
// place's name ("Georgia Power"; lexicon/place_brand_words.txt).
var placeBrandWords = wordList(placeBrandWordsTxt)

//go:embed lexicon/place_brand_words.txt
var placeBrandWordsTxt string

// surnameShaped reports whether the word at token j could be a surname:
// capitalised, no acronym, no head of a body's or a thing's name, no
// title, month or place.
func (d *doc) surnameShaped(j int) bool {
	t := d.toks[j]
	if t.kind != tWord || !t.cap || t.upper || t.is(orgHeadsClass) || t.is(thingHeadsClass) || t.is(companyHeadsClass) || placeBrandWords[t.low] ||
		t.is(titleWordsClass) || t.is(stopCapsClass) || t.is(corpSuffixesClass) || monthWords[t.low] > 0 {
		return false
	}
	_, _, ok := d.gazAt(j, j+1)
	return !ok
}

// personCueAfter reports whether what follows token b shows the name
// before it to be a person's: a reporting verb ("… said"), or an
// appositive of a kind of person or of a role (", a spokeswoman for").
func (d *doc) personCueAfter(b int, s sentence) bool {
	if b >= s.b {
		return false
	}
	if t := d.toks[b]; t.kind == tWord && !t.cap && isReportForm(t.low) {
		return true
	}
	if d.personAppositiveAfter(b) {
		return true
	}
	if d.toks[b].text != "," || b+1 >= s.b || !d.toks[b+1].is(determinersClass) {
		return false
	}
	for k := b + 2; k < s.b && k < b+7 && d.toks[k].kind == tWord; k++ {
		if d.toks[k].is(titleWordsClass) {
			return true
		}
	}
	return false
}

// givenNameOpens reports whether token i is a known given name that is
// no function word or auxiliary ("Will Jordan sign?", "May Britain …").
func (d *doc) givenNameOpens(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && t.cap && firstNames[t.low] && !t.is(stopCapsClass) && !t.is(auxiliaryCapsClass)
}

// personAppositiveAfter reports whether an appositive that says what
// kind of person someone is follows token b ("Valeska Paris, an
// Australian woman and …"): the name before it is a person's.
func (d *doc) personAppositiveAfter(b int) bool {
	if b+2 >= len(d.toks) || d.toks[b].text != "," || d.toks[b+1].low != "a" && d.toks[b+1].low != "an" {
		return false
	}
	for k := b + 2; k < len(d.toks) && k < b+6 && d.toks[k].kind == tWord; k++ {
		if d.toks[k].is(personKindsClass) {
			return true
		}
	}
	return false
}

// personKinds are nouns an appositive uses for a person.
var personKinds = set("woman", "man", "girl", "boy", "teenager", "mother", "father", "widow",
	"widower", "resident", "student", "pensioner", "veteran", "grandmother", "grandfather")
var personKindsClass = classOf(personKinds)

// auxiliaryCaps are given names that open questions as auxiliaries.
var auxiliaryCaps = set("will", "may", "can", "should", "would", "shall", "did", "does")
var auxiliaryCapsClass = classOf(auxiliaryCaps)

// noteWordSurname records the surname of a person's name kept whole by
// placeSurname or monthSurname, so that the surname alone later is
// that person (wordSurnameAt).
func (d *doc) noteWordSurname(j int) {
	if d.wordSurnames == nil {
		d.wordSurnames = map[string]bool{}
	}
	d.wordSurnames[d.toks[j].low] = true
	d.wordSurnames[d.toks[j-1].low+" "+d.toks[j].low] = true // the full name, kept whole again later
}

// wordSurnameAt reports whether the capitalised word at token j is alone
// (no capitalised word beside it) and is the surname of a person named
// in full before ("Jim Jordan … Jordan said"): it names the person, not
// the country or the month. A month before a day number stays a date.
func (d *doc) wordSurnameAt(j int, s sentence) bool {
	t := d.toks[j]
	if !d.wordSurnames[t.low] || !t.cap {
		return false
	}
	if j > s.a && d.toks[j-1].kind == tWord && d.toks[j-1].cap && j-1 != d.firstWord(s) {
		return false
	}
	if j+1 < s.b && (d.toks[j+1].kind == tWord && d.toks[j+1].cap || d.toks[j+1].kind == tNum) {
		return false
	}
	return j == s.a || !d.toks[j-1].is(dateOrPlaceBeforeClass)
}

// dateOrPlaceBefore come before a month or a place, never before a
// person's surname ("in May", "since May", "to Jordan").
var dateOrPlaceBefore = set("in", "on", "at", "since", "until", "till", "by", "from", "of", "to",
	"into", "last", "next", "this", "early", "late", "mid", "before", "after", "through",
	"during", "across", "near", "the", "a", "an", "visit", "visited", "visiting")
var dateOrPlaceBeforeClass = classOf(dateOrPlaceBefore)

// speakerAfterOfPhrase returns the first token of a person's two-word
// name that ends the capitalised run of an organisation's "of" or "on"
// phrase at token k, when a person's cue follows the run ("Council on
// Civic Rights Mira Olsen said", "Institute of Marine Studies Tove
// Lind, a biologist, …"); or -1. The phrase must end in a plural
// ("Rights", "Studies") or an organisation's head before the name, so
// that a place's name ("Bank of England") stays whole, and keep a word
// of its own after from.
func (d *doc) speakerAfterOfPhrase(from, k int, s sentence) int {
	p := k - 1
	if p <= from+1 || !d.plainWords(p, k+1) || !d.personCueAfter(k+1, s) {
		return -1
	}
	last := d.toks[p-1]
	if last.kind != tWord || !last.cap || !(orgHeads[last.low] || len(last.low) > 4 && strings.HasSuffix(last.low, "s") && !strings.HasSuffix(last.low, "ss")) {
		return -1
	}
	return p
}
