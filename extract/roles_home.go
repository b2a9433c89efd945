package extract

import "github.com/newsgraph/newsgraph/graph"

// officeHome returns the country a national office written without its
// country belongs to ("Foreign Minister X", read in nationalOfficeRoles):
// first the country of the article's dateline (`datelineCountry`:
// "BRASILIA, July 8 (Wire) -"; rule datelineOffice): a story filed from
// a capital calls that government's ministers by their bare titles,
// even when it names the country they deal with more often; then the
// country the text around it names most (homeCountry); last the country
// the whole article names most. None of them when the person's own
// sentence names that country after the person, as what the person
// acts on ("Foreign Minister X summoned Russia's ambassador",
// `actedOnCountry`): a minister is seldom the office holder of the
// country she summons, thanks or accuses.
func (d *doc) officeHome(m *mention) *actor {
	for _, c := range []*actor{d.datelineCountry(), d.homeCountry(m.sent), d.byKey[d.fold(d.articleCountry())]} {
		if c != nil && !d.actedOnCountry(m, c) {
			return c
		}
	}
	return nil
}

// actedOnCountry reports whether country c is named in the sentence of
// person mention p after p, in the person's clause (before a comma)
// and before any word that opens what the person says (`sayWords`):
// the person's verb acts on it ("X thanked India", "X summoned Russia's
// ambassador"; not "X said India was ready", "rejected by X over fears
// …, which would strain the UK's welfare system").
func (d *doc) actedOnCountry(p *mention, c *actor) bool {
	first := -1
	for _, m := range d.ments {
		if m.sent == p.sent && m.a >= p.b && m.act == c && (first < 0 || m.a < first) {
			first = m.a
		}
	}
	if first < 0 {
		return false
	}
	for k := p.b; k < first; k++ {
		if t := d.toks[k]; sayWords[t.low] || t.kind == tPunct && (isQuoteMark(t.text) || t.text == "," || t.text == ";") {
			return false
		}
	}
	return true
}

// sayWords open reported content after a person's name: what follows
// them is what the person said, not what the person acted on.
var sayWords = set("said", "says", "say", "told", "tells", "added", "adds", "stressed", "announced",
	"insisted", "noted", "that", "according", "saying", "telling")

// datelineCountry returns the country whose name, capital or seat of
// government opens the article's dateline ("THE HAGUE, Oct 14 (Wire) -",
// "BISHKEK -", lexicon/metonyms.tsv) when the article has it as an
// actor; else nil.
func (d *doc) datelineCountry() *actor {
	if d.datelineDone {
		return d.dateline
	}
	d.datelineDone = true
	for si, s := range d.sents {
		if d.sentRegion[si] != rBody {
			continue
		}
		end := d.skipDateline(s)
		for k := s.a; k < end; k++ {
			if f, _, ok := d.gazAt(k, end); ok && f.typ == graph.Country {
				d.dateline = d.byKey[d.fold(f.canon)]
				break
			}
		}
		break
	}
	return d.dateline
}
