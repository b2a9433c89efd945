package extract

import "github.com/newsgraph/newsgraph/graph"

// A wire story about several countries gives each of them a paragraph
// and opens it with the country or one of its bodies as the subject
// ("Japan, whose islands lie close by, called on both sides …", "The
// Maltese government rejected the accusation."); the officials quoted
// in that paragraph then go by their bare titles ("Chief Cabinet
// Secretary X said …", "Prime Minister Y said …"). Their office is that
// country's, not the dateline's nor the one the article names most.

// paragraphCountry (rule role.paragraph-country) returns the country
// the paragraph of titled person mention p is about, for a national
// office written without its country: p opens its sentence, and the
// sentences before it in its paragraph that open with a country, or a
// body named after one ("Taiwan's Defence Ministry", "the Maltese
// government", "the Armed Forces of Malta"), all open with the same
// one. Not when a sentence that opens with it names the dateline's
// country too ("Russia shelled Ukraine's east overnight." in a story
// filed from Kyiv is the other side's paragraph), nor when p's own
// sentence acts on it (actedOnCountry). nil when there is no such
// country, and in the lead paragraph, whose dateline sets its country
// ("AMSTERDAM, May 20 (Wire) - A tribunal convicted a Kenyan
// commander. Kenya had surrendered him. Justice Minister X said …" is
// the Dutch minister's, datelineOffice). The country becomes an actor
// of the article when it was only the owner of a body's name.
func (d *doc) paragraphCountry(p *mention) *actor {
	s := d.sents[p.sent]
	if p.a != d.openingToken(p.sent) {
		return nil
	}
	canon := ""
	dl := d.datelineCountry()
	si := p.sent - 1
	for ; si >= 0 && d.sents[si].line == s.line && d.sentRegion[si] == rBody; si-- {
		c := d.openingCountry(si)
		if c == "" {
			continue
		}
		if canon != "" && c != canon || dl != nil && d.fold(c) != d.fold(dl.canon) && d.namesActorPastAside(si, dl) {
			return nil
		}
		canon = c
	}
	if canon == "" || d.leadParagraph(si+1) {
		return nil
	}
	a := d.lookupKnown(canon)
	if a == nil {
		a = d.registry(candidate{canon: canon, typ: graph.Country}, true, d.toks[p.a].s)
	}
	if a == nil || a.typ != graph.Country || d.actedOnCountry(p, a) {
		return nil
	}
	return a
}

// leadParagraph reports whether sentence si opens the article's body.
func (d *doc) leadParagraph(si int) bool {
	for k := si - 1; k >= 0; k-- {
		if d.sentRegion[k] == rBody {
			return false
		}
	}
	return true
}

// openingToken is the first token of sentence si's own words: past the
// dateline of the article's first sentence ("BEIJING, July 16 (Wire)
// -") and a leading "the".
func (d *doc) openingToken(si int) int {
	s := d.sents[si]
	k := d.skipDateline(s)
	if k < s.b && d.toks[k].low == "the" {
		k++
	}
	return k
}

// openingCountry is the canonical name of the country sentence si
// opens with: a country's form at its opening token that is a mention
// of the country ("Russia, the group's second-largest producer, backed
// …", "The Maltese government rejected …"), a possessive ("Taiwan's
// Defence Ministry thanked …") or a word of an organisation's name
// ("Maltese Navy"); or an organisation mentioned there whose name ends
// with "of" and the country ("the Armed Forces of Malta"). "" otherwise.
func (d *doc) openingCountry(si int) string {
	s := d.sents[si]
	k := d.openingToken(si)
	if f, e, ok := d.gazAt(k, s.b); ok && f.typ == graph.Country {
		if e < s.b && d.toks[e].kind == tPoss {
			return f.canon
		}
		for _, m := range d.ments {
			if m.sent == si && m.a == k && m.act != nil && (m.act.typ == graph.Country || m.act.typ == graph.Organization && m.b > e) {
				return f.canon
			}
		}
	}
	if c := d.governmentInOpening(k, s); c != "" {
		return c
	}
	for _, m := range d.ments {
		if m.sent == si && m.a == k && m.act != nil && m.act.typ == graph.Organization && m.b-2 > m.a && d.toks[m.b-2].low == "of" {
			if f, e, ok := d.gazAt(m.b-1, m.b); ok && e == m.b && f.typ == graph.Country {
				return f.canon
			}
		}
	}
	return ""
}

// namesActor reports whether sentence si names a: a mention of it
// that is no pronoun nor description ("both sides" names neither).
func (d *doc) namesActor(si int, a *actor) bool {
	for _, m := range d.ments {
		if m.sent == si && m.act == a && m.kind != sPron && m.kind != sDesc {
			return true
		}
	}
	return false
}

// governmentInOpening (rule role.paragraph-country) is the canonical name
// of the country of "government in <capital>" or "government of
// <country>" written at token k ("The government in Bangui, which
// surrendered him, welcomed the ruling."): the paragraph is about that
// government's country. "" otherwise.
func (d *doc) governmentInOpening(k int, s sentence) string {
	if k+2 >= s.b || d.toks[k].low != "government" || d.toks[k+1].low != "in" && d.toks[k+1].low != "of" {
		return ""
	}
	if f, _, ok := d.gazAt(k+2, s.b); ok && f.typ == graph.Country {
		return f.canon
	}
	return ""
}
