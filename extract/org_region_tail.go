package extract

import "github.com/newsgraph/newsgraph/graph"

// Long official names of international bodies carry the region or the
// country they work in after a lower-case "in": the "Organization for
// Security and Co-operation in Europe", the "Commission for Human Rights
// in Africa", the "United Nations Verification Mission in Colombia". The
// capitalised run stops at "in", so without this the name is cut there
// and the rest becomes a place of its own. Read from capitalisation and
// lexicons alone (no gazetteer of organisations): a name built on an
// "of"/"for" phrase takes a world region (lexicon/region_words.txt), and
// a mission takes a country too; a plain name does not ("the Ministry of
// Health in Kenya said" keeps Kenya apart, and so does "the Bank for
// International Settlements in Basel").

// inRegionEnd (rule mention.organisation, orgInRegion) returns the end
// of "in [the] <Region>" at token j after the organisation's name whose
// words run from a to j, or -1: a region's last word
// (lexicon/region_words.txt, "Europe", "Central Africa", "the
// Americas") when the name has an organisation's head before an
// "of"/"for" phrase, or a country when the name ends in "Mission".
func (d *doc) inRegionEnd(a, j int, s sentence) int {
	toks := d.toks
	if j <= a || j+1 >= s.b || toks[j].low != "in" || toks[j].cap {
		return -1
	}
	k := j + 1
	if toks[k].low == "the" && !toks[k].cap {
		k++
	}
	e := k
	for e < s.b && e-k < 3 && toks[e].kind == tWord && toks[e].cap {
		e++
	}
	if e == k || e < s.b && toks[e].kind == tPoss {
		return -1
	}
	if missionHeads[toks[j-1].low] {
		if f, fe, ok := d.gazAt(k, e); ok && fe == e && f.typ == graph.Country && f.kind != gDemonym {
			return e
		}
	}
	if !regionWords[toks[e-1].low] || !d.headWithPhrase(a, j) {
		return -1
	}
	if f, fe, ok := d.gazAt(k, e); ok && fe == e && f.typ == graph.Country {
		return -1 // a country's name that ends in a region's word is a country ("South Africa")
	}
	return e
}

// missionHeads take the country they work in as part of their name.
var missionHeads = set("mission", "missions")

// headWithPhrase reports whether the words [a, j) hold an organisation's
// capitalised head right before a lower-case "of" or "for" ("Organization
// for Security …", "Council of Europe …").
func (d *doc) headWithPhrase(a, j int) bool {
	for h := a; h+1 < j; h++ {
		if t, n := d.toks[h], d.toks[h+1]; t.kind == tWord && t.cap && t.is(orgHeadsClass) && !n.cap && (n.low == "of" || n.low == "for") {
			return true
		}
	}
	return false
}

// adjectiveTitles are title words that also qualify an organisation's
// head as adjectives ("General Union", "General Assembly", "Executive
// Council").
var adjectiveTitles = set("general", "executive")

// adjectiveTitleOpens (rule mention.organisation) reports whether the
// title word at token oa, the first of the run that opens at a, is an
// adjective of the organisation's capitalised head right after it, so
// part of its name ("The General Union of Iraqi Farmers called …"), not
// a person's title before it.
func (d *doc) adjectiveTitleOpens(oa, a int) bool {
	if oa != a || oa+1 >= len(d.toks) || !adjectiveTitles[d.toks[oa].low] {
		return false
	}
	h := d.toks[oa+1]
	return h.kind == tWord && h.cap && h.is(orgHeadsClass) && !h.is(titleWordsClass)
}
