package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A seat in the national opposition (rule role.opposition-office):
// "Opposition senator X", "opposition leader Y", written without a
// country or party, is an office in the country's legislature or
// politics, as "Senator X" is (role.head-office). The country is the
// one role.national-office chooses for a minister (officeHome: the
// paragraph's country, the dateline's, the one the text around names
// most): the opposition of the story's country is the one a wire story
// names without saying whose. The annotations have these as the
// country's roles ("Opposition senator Felipe Araya" in a story from
// Santiago, Chile; "Opposition leader Samuel Tokam" from Port Moresby).

// oppositionTitles are the titles that, after "opposition", name such
// a seat; a party's or a body's name before "opposition" ("Labour
// opposition leader") makes it that organisation's, read elsewhere.
var oppositionTitles = set("senator", "lawmaker", "legislator", "deputy", "mp", "politician", "congressman", "congresswoman")

// oppositionOffice reports whether pending title pt is one of
// oppositionTitles right after "opposition" (any case), with nothing
// before "opposition" but the sentence's start, a dateline, "the" or
// a comma: not "Sri Lanka's opposition leader" (the country's own role,
// read by the title rules) nor "the party's opposition leader".
func (d *doc) oppositionOffice(pt pendingTitle) bool {
	a := pt.m.a // where the title opens
	switch w := strings.Fields(strings.ToLower(pt.text)); {
	case len(w) == 2 && w[0] == "opposition" && oppositionTitles[w[1]]:
		// "and opposition lawmaker X": the title has the word
	case len(w) == 1 && oppositionTitles[w[0]] && a >= 1 && d.toks[a-1].low == "opposition":
		a-- // "Opposition senator X": the capitalised word stands before it
	default:
		return false
	}
	s := d.sents[pt.m.sent]
	k := a - 1
	if k < s.a || k < d.skipDateline(s) {
		return true
	}
	switch t := d.toks[k]; {
	case t.low == "the", t.low == "an", t.low == "a", t.kind == tPunct && (t.text == "," || t.text == "-" || t.text == "(" || isQuoteMark(t.text)):
		return true
	case !t.cap && t.kind == tWord && t.low != "'s":
		return true // "said opposition leader X"
	}
	return false
}

// placeOnlyHome (rule role.place-only-country) is the last choice of
// officeHome and headOfficeHome: when no country the article has as an
// actor can hold a bare national office, the one country the running
// text names by its name as a place only ("rail workers across
// Britain went on strike" … "Transport Secretary X"), made an actor
// for the office. Not a dateline's city, a nationality, a country's
// possessive before a body ("Britain's Competition Appeal Tribunal": a
// story that names only its bodies says nothing of whose minister a
// bare title is, and the annotations give such ministers no country),
// nor a country the article has as an actor (officeHome turned it down:
// the person acts on it); none when two countries are so named.
func (d *doc) placeOnlyHome(m *mention) *actor {
	name := ""
	for _, o := range d.ments {
		if o.region != rBody || o.kind != sGaz || o.mod || o.act != nil || o.cand.typ != graph.Country {
			continue
		}
		if o.a < d.skipDateline(d.sents[o.sent]) || o.b < len(d.toks) && d.toks[o.b].kind == tPoss {
			continue
		}
		if f, _, ok := d.gazAt(o.a, o.b); !ok || f.kind == gDemonym || f.kind == gCapital {
			continue
		}
		switch {
		case name == "":
			name = o.cand.canon
		case name != o.cand.canon:
			return nil
		}
	}
	if name == "" || d.byKey[d.fold(name)] != nil {
		return nil
	}
	return d.registry(candidate{canon: name, typ: graph.Country}, true, m.a)
}

// officeHeldByAnother (rule role.office-held) reports whether a person
// other than pt's holder holds, by a title that names the country
// ("Guatemalan President Julio Ajpop"), the very office pt writes bare
// ("President X") for country home: a country has one president, one
// foreign minister, so the bare title is another country's. A holder
// of the past ("Former South Korean President Y") leaves it free.
func (d *doc) officeHeldByAnother(pt pendingTitle, home *actor) bool {
	title := strings.ToLower(pt.text)
	for _, rl := range d.roles {
		if rl.class != graph.Role || rl.rule != "role.title" || rl.target == nil || rl.target.act != home || rl.person == nil || rl.person.act == pt.m.act {
			continue
		}
		if d.pastTitleAt(rl.person.a, d.sents[rl.person.sent]) {
			continue // "Former South Korean President Y": the office is free
		}
		v := strings.ToLower(rl.verb)
		if strings.HasSuffix(v, " "+title) && !strings.HasSuffix(v, "vice "+title) && !strings.HasSuffix(v, "deputy "+title) && !strings.HasSuffix(v, "former "+title) {
			return true
		}
	}
	return false
}

// otherOfficeCountry is the country a bare office held for home by
// another (officeHeldByAnother) belongs to: the one country besides
// home that the holder's sentence has as an actor ("Guatemala … accused
// Nicaragua of shielding X, after the government of President Y
// granted him asylum" is Nicaragua's president); nil when there is no
// such country or more than one.
func (d *doc) otherOfficeCountry(m *mention, home *actor) *actor {
	var other *actor
	for _, o := range d.ments {
		if o.sent != m.sent || o.act == nil || o.act.typ != graph.Country || o.act == home || o.mod {
			continue
		}
		if other != nil && other != o.act {
			return nil
		}
		other = o.act
	}
	if other != nil && d.officeHeldElsewhere(m, other) {
		return nil
	}
	return other
}

// officeHeldElsewhere reports whether the holder of mention m holds a
// country role for another country than c already.
func (d *doc) officeHeldElsewhere(m *mention, c *actor) bool {
	for _, rl := range d.roles {
		if rl.person != nil && rl.person.act == m.act && rl.target != nil && rl.target.act != nil && rl.target.act.typ == graph.Country && rl.target.act != c {
			return true
		}
	}
	return false
}

// rulePlaceOnly names the roles whose country placeOnlyHome made.
const rulePlaceOnly = "role.place-only-country"

// madeForOffice reports whether country a is one placeOnlyHome made:
// no mention of the article names it as an actor.
func (d *doc) madeForOffice(a *actor) bool {
	for _, m := range d.ments {
		if m.act == a {
			return false
		}
	}
	return true
}
