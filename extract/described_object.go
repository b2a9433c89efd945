package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A wire story names a company or a person after what it is and where it
// is from: "fined U.S. software maker Norvik", "sued German carmaker
// Haldorf Motors", "praised British lender Ashcombe Bank". The name is
// the object of the verb; the nationality only says where the named
// actor is from, and the description between the verb and the name is
// no gap that keeps the name from being the object.

// describedName (rule rel.described-object) reports whether the tokens
// from k up to mention m are a nationality and a short lower-case
// description of m ("U.S. software maker", "Dutch chipmaker"), and m
// names an organisation or a person.
func (d *doc) describedName(k int, m *mention) bool {
	if m.act == nil || m.kind == sPron || m.desc != nil || (m.act.typ != graph.Organization && m.act.typ != graph.Person) {
		return false
	}
	name := m.a
	if name < len(d.toks) && !d.toks[name].cap && m.ha > m.a && d.titledMention(m) {
		name = m.ha // "former Spanish football federation president Luis Rubiales": the title is the description
	}
	if name >= len(d.toks) || !d.toks[name].cap {
		return false
	}
	j := k
	for j < m.a && d.toks[j].is(objSkipClass) && d.toks[j].low != "to" && d.toks[j].low != "with" && d.toks[j].low != "on" {
		j++
	}
	for j < name && d.toks[j].kind == tWord && !d.toks[j].cap && (d.toks[j].low == "former" || d.toks[j].low == "ex" || d.toks[j].low == "then") {
		j++ // "former Spanish football federation president X"
	}
	e := d.nationalityEnd(j, name)
	if e < 0 {
		return false
	}
	n := 0
	for ; e < name; e++ {
		if !d.descriptorWord(e) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// titledMention (rule rel.described-object, titledMention) reports
// whether person mention m opens with lower-case title words before its
// capitalised name ("federation president Luis Rubiales"): a
// nationality before it describes the person, as it describes "German
// carmaker X".
func (d *doc) titledMention(m *mention) bool {
	if m.act == nil || m.act.typ != graph.Person {
		return false
	}
	for j := m.a; j < m.ha; j++ {
		if t := d.toks[j]; t.kind != tWord || t.cap {
			return false
		}
	}
	return true
}

// describesName reports whether one of the parse's target words ws
// opens, with its modifiers, a nationality and a description of a name
// after it ("fined U.S. software maker X": "maker"): what the measure
// falls on is that name, not goods of the nationality's country
// (goodsOrigin).
func (d *doc) describesName(r *reader, si int, ds *depSent, ws []int) bool {
	for _, w := range ws {
		first, _ := ds.span(w)
		if first < 0 || ds.tok[first] < 0 {
			continue
		}
		k := ds.tok[first]
		for _, n := range r.mentsBy[si] {
			if n.a > k && !n.mod && !n.quote && d.describedName(k, n) {
				return true
			}
		}
	}
	return false
}

// nationalityEnd returns the end of one or two capitalised words from
// j (before b) that a country's gazetteer forms spell ("U.S.",
// "Dutch", "South Korean"), or of one capitalised word that says where
// a body is based or who owns it ("Moscow-based", "Kremlin-backed"), or
// -1.
func (d *doc) nationalityEnd(j, b int) int {
	if j < b && d.toks[j].cap && d.toks[j].kind == tWord {
		if i := strings.LastIndexByte(d.toks[j].low, '-'); i > 0 && originSuffixes[d.toks[j].low[i+1:]] {
			return j + 1
		}
	}
	for w := 2; w >= 1; w-- {
		if j+w > b {
			continue
		}
		key := ""
		ok := true
		for t := j; t < j+w; t++ {
			if !d.toks[t].cap || d.toks[t].kind != tWord {
				ok = false
				break
			}
			if key != "" {
				key += " "
			}
			key += d.toks[t].low
		}
		if !ok {
			continue
		}
		for _, f := range d.x.gaz.forms[key] {
			if f.typ == graph.Country && (f.kind == gDemonym || f.kind == gName) {
				return j + w
			}
		}
	}
	return -1
}

// descriptorWord reports whether token j is a lower-case word that may
// describe a name after it ("software", "maker", "carmaker"): not a
// preposition, conjunction, auxiliary, verb of the lexicon or time word.
func (d *doc) descriptorWord(j int) bool {
	t := d.toks[j]
	if t.kind != tWord || t.cap || t.is(objSkipClass) || t.is(prepositionsClass) || t.is(auxiliariesClass) || t.is(lexVerbWordsClass) || d.clauseBreak(j) {
		return false
	}
	return !notDescriptor[t.low]
}

// notDescriptor are lower-case words that end a description rather than
// describe a name: conjunctions, pronouns and words of time.
var notDescriptor = set("and", "or", "nor", "but", "who", "that", "which", "whom", "he", "she", "it", "they",
	"we", "his", "her", "its", "their", "yesterday", "today", "tomorrow", "last", "next", "this", "week", "month", "year")

// originSuffixes end a capitalised word that says where a body is based
// or who owns or backs it ("Moscow-based", "Kremlin-backed",
// "London-listed").
var originSuffixes = set("based", "owned", "backed", "listed", "registered", "headquartered", "run", "controlled", "funded",
	"sponsored", "supported", "financed") // "Nauru-sponsored Meridian"
