package extract

// Rules for the classes of error that session 19's four blind articles
// showed (testdata/heldout/README.md), each with invented sentences in
// blind9_test.go.

import _ "embed"

//go:embed lexicon/name_fields.txt
var nameFieldsTxt string

//go:embed lexicon/name_field_modifiers.txt
var nameFieldModifiersTxt string

// nameFieldModifiers may stand before a field joined with "and" inside
// an organisation's name (lexicon/name_field_modifiers.txt).
var nameFieldModifiers = wordList(nameFieldModifiersTxt)

// nameFields are the words that end a field joined with "and" inside an
// organisation's name (lexicon/name_fields.txt).
var nameFields = wordList(nameFieldsTxt)

// isNameField reports whether the lower-case word w names a field of a
// public body: a word of name_fields.txt, a ministry's portfolio or an
// agency's field.
func isNameField(w string) bool {
	return nameFields[w] || ministryPortfolios[w] || agencyFields[w]
}

// andFieldTail (mention.and-field) extends an organisation's name whose
// "of"/"for"/"on" phrase ends at token k over an "and" and the second
// field it joins ("Ministry of Labour and Social Affairs", "Office for
// Democratic Institutions and Human Rights", "Authority for Energy and
// Water Regulation"), then over the further "of"/"for" phrases of the
// run ending at b ("Bureau of Enquiry and Analysis for Civil Aviation
// Safety"). The words after "and" are one to four capitalised words,
// the last a field (isNameField) and each other one a field or a
// modifier of one (nameFieldModifiers), not a known actor and not a
// person's name ("the Ministry of Finance and Ivan Petrov", "the Bank
// of Finland and Nordvik Energy" stay two). It returns the new last
// token, or k.
func (d *doc) andFieldTail(k, b int) int {
	toks := d.toks
	if k+2 >= b || toks[k+1].low != "and" || toks[k+1].cap {
		return k
	}
	j := k + 2
	if t := toks[j]; t.kind != tWord || !t.cap || firstNames[t.low] {
		return k
	}
	if _, _, ok := d.gazAt(j, b); ok {
		return k
	}
	e := j
	for e+1 < b && e+1-j < 4 && toks[e+1].kind == tWord && toks[e+1].cap {
		e++
	}
	for e >= j && !isNameField(toks[e].low) {
		e-- // "… and Social Affairs Minister Ana Ruiz": the field ends before the title
	}
	if e < j {
		return k
	}
	for q := j; q <= e; q++ {
		t := toks[q]
		if t.is(titleWordsClass) || !isNameField(t.low) && (q == e || !nameFieldModifiers[t.low]) {
			return k // "… and Nordvik Energy", "… and Energy Minister X"
		}
	}
	return d.ofPhraseTail(e, b)
}

// airlineHead (mention.organisation) reports whether token j is the
// word "Air" or "Aviation" ending the capitalised run [a, b) of plain
// capitalised words: an airline's or an aircraft company's name
// ("Nusantara Air", "Lion Air", "Varo Aviation"), an organisation, not a
// person. Inside a run the word is no head ("U.S. Air Force", "National
// Air and Space Museum", "Bureau for Civil Aviation Safety"), so it is
// not one of orgHeads, and a run joined by "and" is left to the rules of lists
// ("Sorel and Nusantara Air" are two).
func (d *doc) airlineHead(a, j, b int) bool {
	if w := d.toks[j].low; j != b-1 || w != "air" && w != "aviation" || !d.toks[j].cap {
		return false
	}
	for k := a; k < j; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap {
			return false
		}
	}
	return true
}
