package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// officeHome returns the country a national office written without its
// country belongs to ("Foreign Minister X", read in nationalOfficeRoles):
// first the country the person's paragraph opens with (paragraphCountry),
// then the country of the article's dateline (`datelineCountry`:
// "BRASILIA, July 8 (Wire) -"; rule datelineOffice): a story filed from
// a capital calls that government's ministers by their bare titles,
// even when it names the country they deal with more often; then the
// country the text around it names most (homeCountry); last the country
// the whole article names most. None of them when the person's own
// sentence names that country after the person, as what the person
// acts on ("Foreign Minister X summoned Russia's ambassador",
// `actedOnCountry`): a minister is seldom the office holder of the
// country she summons, thanks or accuses. A dateline at a seat of
// international courts and organisations ("THE HAGUE", "GENEVA":
// internationalSeatDateline) is skipped when the article names the
// host country once or never, and only the country the whole article
// names most is taken.
func (d *doc) officeHome(m *mention) *actor {
	if c := d.paragraphCountry(m); c != nil {
		return c
	}
	order := []*actor{d.datelineCountry(), d.homeCountry(m.sent), d.byKey[d.fold(d.articleCountry())]}
	if order[0] != nil && d.internationalSeatDateline() && d.namedTimes(order[0]) < 2 {
		// rule role.international-seat: the host country, named once
		// or never, is not what the story is about; only the country
		// the whole article names most, none when two tie (the text
		// around a minister at an international court names the
		// other parties to the case as often as the minister's own).
		order = order[2:]
	}
	for _, c := range order {
		if c != nil && !d.actedOnCountry(m, c) && !d.counterpartCountry(m, c) {
			return c
		}
	}
	return d.placeOnlyHome(m) // opposition_office.go
}

// headOfficeHome (rule role.head-office) is officeHome without the
// dateline (after the paragraph's country, paragraphCountry): a president or an attorney general in a wire story is as
// often another country's as the one it is filed from ("ABUJA - … the
// detained President X" of Guinea-Bissau), so the country the text
// around names most decides, else the dateline's, else the one the
// whole article names most.
func (d *doc) headOfficeHome(m *mention) *actor {
	if c := d.paragraphCountry(m); c != nil {
		return c
	}
	for _, c := range []*actor{d.homeCountry(m.sent), d.datelineCountry(), d.byKey[d.fold(d.articleCountry())]} {
		if c != nil && !d.actedOnCountry(m, c) && !d.counterpartCountry(m, c) {
			return c
		}
	}
	return d.placeOnlyHome(m) // opposition_office.go
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
		if t := d.toks[k]; sayWords[t.low] || t.kind == tPunct && (isQuoteMark(t.text) || t.text == "," || t.text == ";") || d.nestedClauseAt(k) {
			return false
		}
	}
	return true
}

// counterpartCountry (rule role.national-office) reports whether
// the sentence of person mention p, after p, names country c as the
// home of p's counterpart ("Foreign Minister X said he had spoken with
// his Azerbaijani counterpart", "… met her Chinese counterparts"): p
// holds the same office for another country, so the office is none of
// c's.
func (d *doc) counterpartCountry(p *mention, c *actor) bool {
	s := d.sents[p.sent]
	for _, m := range d.ments {
		if m.sent != p.sent || m.a < p.b || m.act != c {
			continue
		}
		k := m.b
		if k < s.b && d.toks[k].kind == tPoss {
			k++
		}
		if k < s.b && (d.toks[k].low == "counterpart" || d.toks[k].low == "counterparts") {
			return true
		}
	}
	return false
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
	d.readDateline()
	return d.dateline
}

// datelineCountryName is the canonical name of the dateline's country,
// whether or not the article has it as an actor; "" when the article
// has no dateline that names a country.
func (d *doc) datelineCountryName() string {
	d.readDateline()
	return d.datelineName
}

// readDateline finds the dateline's country once.
func (d *doc) readDateline() {
	if d.datelineDone {
		return
	}
	d.datelineDone = true
	d.datelineName = d.datelineCountryText()
	if d.datelineName != "" {
		d.dateline = d.byKey[d.fold(d.datelineName)]
	}
}

// datelineCountryText is the canonical name of the country the
// dateline of the first sentence of the body names, read from the words
// alone (the mentions may not be made yet); "" when none.
func (d *doc) datelineCountryText() string {
	for si, s := range d.sents {
		if d.sentRegion[si] != rBody {
			continue
		}
		end := d.skipDateline(s)
		for k := s.a; k < end; k++ {
			if f, _, ok := d.gazAt(k, end); ok && f.typ == graph.Country {
				return f.canon
			}
		}
		return ""
	}
	return ""
}

//go:embed lexicon/international_seats.txt
var internationalSeatsTxt string

// internationalSeats are the cities of lexicon/international_seats.txt,
// folded to lower case.
var internationalSeats = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(internationalSeatsTxt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[strings.ToLower(line)] = true
		}
	}
	return out
}()

// internationalSeatDateline (rule role.international-seat) reports
// whether the article's dateline opens with a city that is a seat of
// international courts and organisations ("THE HAGUE, May 20 (Wire)
// -"): a story filed there that names the host country once or never
// is about another country, and a bare national office is an office
// of the country the whole article names most (none on a tie), not of
// the host country.
func (d *doc) internationalSeatDateline() bool {
	for si, s := range d.sents {
		if d.sentRegion[si] != rBody {
			continue
		}
		end := d.skipDateline(s)
		var words []string
		for k := s.a; k < end && d.toks[k].kind == tWord; k++ {
			words = append(words, d.toks[k].low)
		}
		return end > s.a && internationalSeats[strings.Join(words, " ")]
	}
	return false
}

// namedTimes counts the mentions of a in the article's body.
func (d *doc) namedTimes(a *actor) int {
	n := 0
	for _, m := range d.ments {
		if m.act == a && m.region == rBody {
			n++
		}
	}
	return n
}

// gerundOpeners are prepositions that open a clause of its own before
// an -ing verb ("accused Damascus of filling …", "without informing …").
var gerundOpeners = set("of", "without", "by", "after", "before", "while", "for", "despite", "instead")

// nestedClauseAt reports whether token k opens a clause of its own: one
// of gerundOpeners and a lower-case word in -ing. What that clause acts
// on is not what the person's own verb acts on (actedOnCountry: "Water
// Minister X accused Damascus of filling a reservoir without informing
// Amman" acts on Syria, not on Jordan).
func (d *doc) nestedClauseAt(k int) bool {
	if k+1 >= len(d.toks) || !gerundOpeners[d.toks[k].low] {
		return false
	}
	n := d.toks[k+1]
	return n.kind == tWord && !n.cap && len(n.low) > 4 && strings.HasSuffix(n.low, "ing")
}
