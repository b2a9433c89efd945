package extract

// Rules for classes of error that blind held-out articles
// showed (testdata/heldout/README.md), each with invented sentences in
// name_fields_test.go.

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

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

// clausePronounAfterVerb (stmt.clause-pronoun) reports whether the
// mention m right after a verb of saying that follows a comma closing
// the subject's relative clause or apposition is a subject pronoun with
// a lower-case word after it: the reported clause's subject ("The three
// countries, which have funded the aid, said they were ready …"), which
// speaks as its referent does, not an inverted speaker ("…," said he).
// The clause then is the statement, not the words before the verb.
// Without the comma ("Rival carrier Norwegian said it would …") the
// reading is left as it was.
func (d *doc) clausePronounAfterVerb(m *mention, s sentence) bool {
	if m.a-2 < s.a || d.toks[m.a-2].text != "," || m.b-m.a != 1 || !d.toks[m.a].is(subjectPronounsClass) || m.b >= s.b {
		return false
	}
	n := d.toks[m.b]
	return n.kind == tWord && !n.cap
}

// subjectRelativeThat (stmt.relative-that) reports whether the "that"
// at token at, after the words from token v after a verb of saying and
// a lower-case noun among them ("said on Wednesday in a report that
// puts the operator under pressure"), opens a relative clause on that
// noun: the parse reads the "that" as the subject of the verb after
// it, where a reported clause has a subject of its own ("said in a
// statement that talks had failed"). The words after it are then no
// statement. An auxiliary later in the clause makes the word after
// "that" a noun the parse misread ("that talks with the miners had
// failed"). Only a sentence with such a lower-case word after "that"
// is parsed for it.
func (d *doc) subjectRelativeThat(si, v, at int, s sentence) bool {
	if at <= v || at-1 <= s.a || at+1 >= s.b {
		return false
	}
	prev, next := d.toks[at-1], d.toks[at+1]
	if prev.kind != tWord || prev.cap || next.kind != tWord || next.cap ||
		next.is(determinersClass) || next.is(pronounsClass) || next.is(subjectPronounsClass) {
		return false
	}
	for k := at + 2; k < s.b && d.toks[k].text != ","; k++ {
		if d.toks[k].is(auxiliariesClass) {
			return false // "that talks with the miners had failed": a noun, then the clause's verb
		}
	}
	for _, ds := range d.parsed(si) {
		for i, w := range ds.words {
			if ds.tok[i] == at {
				return strings.HasPrefix(w.Deprel, "nsubj") && w.Head > 0 && ds.words[w.Head-1].Deprel == "acl:relcl"
			}
		}
	}
	return false
}

// descriptorName (parse: descriptor before a name) returns the mention
// of the name right after word w, a lower-case common noun that
// describes it ("the rebel Shining Dawn Front", "the militant Arvo
// Brigade"): the parser may make the noun a conjunct and hang the name
// elsewhere ("Peru's government and the rebel X signed": "rebel" the
// conjunct of "government", X its apposition). It returns nil when w is
// no such noun or no mention starts right after it.
func (d *doc) descriptorName(r *reader, si int, ds *depSent, w int) *mention {
	if w+1 >= len(ds.words) || ds.words[w].UPOS != "NOUN" || ds.words[w+1].UPOS != "PROPN" || ds.tok[w] < 0 || ds.tok[w+1] != ds.tok[w]+1 {
		return nil
	}
	if d.toks[ds.tok[w]].cap {
		return nil
	}
	if m := d.mentionAtTok(r, si, ds.tok[w+1]); m != nil && m.a == ds.tok[w+1] {
		return m
	}
	return nil
}

// describedConjunctName returns the mention a conjunct of word w names
// through descriptorName, or nil: then an apposition the parser hung on
// w is that conjunct's name, not w's.
func (d *doc) describedConjunctName(r *reader, si int, ds *depSent, w int) *mention {
	for _, c := range ds.children(w, "conj") {
		if m := d.descriptorName(r, si, ds, c); m != nil {
			return m
		}
	}
	return nil
}

// countryGroupNouns after "the" and a number name countries named
// together before ("the three governments", "the two countries").
var countryGroupNouns = set("governments", "countries", "nations", "states", "capitals")

// countryGroupClass is the description class of such a phrase.
const countryGroupClass = "countries"

// noteCountryGroup records as (speakers of one verb, or one side of an
// interaction) when they are two or more countries.
func (r *reader) noteCountryGroup(as []*actor) {
	if len(as) < 2 {
		return
	}
	for _, a := range as {
		if a.typ != graph.Country {
			return
		}
	}
	r.countryGroups = append(r.countryGroups, as)
}

// countryGroup (description:number, `countryGroup`) returns the last
// group of n countries named together as speakers or a side ("France,
// Germany and Britain said … The three governments urged Tehran" is
// each of the three), or nil.
func (r *reader) countryGroup(n int) []*actor {
	for i := len(r.countryGroups) - 1; i >= 0; i-- {
		if len(r.countryGroups[i]) == n {
			return r.countryGroups[i]
		}
	}
	return nil
}

// urgedToNominal (rel.noun-possessor, `urgedToNominal`) returns the
// token of the cue that asked another to act (modality.tsv's objctl
// cues: "urged", "called on", "pressed") when the event noun at token
// i is the object of an infinitive that cue governs ("urged Tehran to
// restore full cooperation with the agency"): the one asked, not the
// clause's subject, would cooperate, and only if it heeds the demand.
// It returns -1 when there is no such cue.
func (d *doc) urgedToNominal(i int, s sentence) int {
	toks := d.toks
	to := -1
	for k := i - 2; k >= s.a && k >= i-4; k-- {
		if toks[k].low == "to" {
			to = k
			break
		}
		if t := toks[k]; t.kind != tWord || t.cap {
			return -1
		}
	}
	if to < 0 || toks[to+1].kind != tWord || toks[to+1].cap {
		return -1
	}
	for k := to - 2; k >= s.a && k >= to-6; k-- {
		t := toks[k]
		if t.kind != tWord || t.is(clauseWordsClass) {
			return -1
		}
		if _, ok := modalLex["objctl"][t.low]; ok {
			return k
		}
		if k > s.a {
			if _, ok := modalLex["objctl"][toks[k-1].low+" "+t.low]; ok {
				return k
			}
		}
	}
	return -1
}
