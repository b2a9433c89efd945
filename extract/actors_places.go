package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds the rules that tell a country that acts, is acted
// upon or speaks (an actor) from a country that only places, compares
// or owns something (an attribute of the thing): docs/ONTOLOGY.md, "a
// country that merely locates something is not one".

//go:embed lexicon/place_attributes.txt
var placeAttributesTxt string

// placeAttributes are nouns of a country's attributes and things
// (lexicon/place_attributes.txt).
var placeAttributes = wordList(placeAttributesTxt)

// onlyPlaced reports whether the country's name [a, b) of sentence s
// only places, compares or owns something there: a possessive of a
// thing (placeAttribute), a comparison (comparedCountry) or a prize's
// receiver in a contest (prizeReceiver).
func (d *doc) onlyPlaced(a, b int, s sentence) bool {
	return d.placeAttribute(a, b, s) || d.comparedCountry(a, s) || d.prizeReceiver(a, s) ||
		d.describedCountry(b, s) || d.inQuotedTitle(a, s) || d.characterName(a, s)
}

// describedCountry reports whether the country's name ending at token b
// is the subject of "is" or "was" and a word of its religion, people or
// land that ends the clause ("Myanmar is mainly Buddhist and …",
// "Bolivia is landlocked."): a description of the place, no act.
func (d *doc) describedCountry(b int, s sentence) bool {
	j := b
	if j >= s.b || d.toks[j].low != "is" && d.toks[j].low != "was" {
		return false
	}
	j++
	for j < s.b && d.toks[j].is(degreeAdverbsClass) {
		j++
	}
	if j+1 >= s.b || d.toks[j].kind != tWord {
		return false
	}
	if w := d.toks[j]; !(w.cap && !w.upper) && !w.is(landAdjectivesClass) {
		return false
	}
	e := d.toks[j+1]
	return e.kind == tPunct && e.text != "-" || e.low == "and" || e.low == "but"
}

// degreeAdverbs come between "is" and a description ("is mainly
// Buddhist").
var degreeAdverbs = set("mainly", "mostly", "largely", "predominantly", "overwhelmingly", "chiefly",
	"officially", "still", "also", "very", "highly", "deeply", "historically", "traditionally")
var degreeAdverbsClass = classOf(degreeAdverbs)

// landAdjectives describe a country's land and people.
var landAdjectives = set("landlocked", "mountainous", "arid", "tropical", "multiethnic",
	"multi-ethnic", "multicultural", "secular", "populous", "rural", "urbanised", "urbanized",
	"small", "large", "vast", "poor", "rich", "wealthy", "sparsely", "densely")
var landAdjectivesClass = classOf(landAdjectives)

// titleCues open a quoted title of a work ("a print called "Cowboys and
// Indians"").
var titleCues = set("called", "titled", "entitled", "named", "dubbed")
var titleCuesClass = classOf(titleCues)

// inQuotedTitle reports whether token i lies inside a quotation that a
// title cue opens ("a screen print called "Cowboys and Indians"", "the
// song titled "Hello America""): a word of a work's title.
func (d *doc) inQuotedTitle(i int, s sentence) bool {
	if !d.inQuote[i] {
		return false
	}
	j := i - 1
	for j > s.a && d.toks[j].kind != tOpenQ && i-j < 8 {
		j--
	}
	return j > s.a && d.toks[j].kind == tOpenQ && d.toks[j-1].is(titleCuesClass)
}

// characterHonorifics before a country's name in one capitalised run
// make a character's or a title holder's name ("Captain America", "Miss
// Peru"), not the country.
var characterHonorifics = set("captain", "miss", "mister", "mr", "mr.")
var characterHonorificsClass = classOf(characterHonorifics)

// characterName reports whether the country's name at token i follows
// a capitalised honorific of characterHonorifics.
func (d *doc) characterName(i int, s sentence) bool {
	if i == s.a {
		return false
	}
	t := d.toks[i-1]
	return t.kind == tWord && t.cap && t.is(characterHonorificsClass)
}

// placeAttribute reports whether the country's name ending at token b
// owns or modifies a noun of its attributes (placeAttributes) or a
// superlative ("the UK's flag", "Japan's economy grew", "the New
// Zealand flag", "Brazil's largest bank"): the thing is the country's,
// the country does nothing.
func (d *doc) placeAttribute(a, b int, s sentence) bool {
	j := b
	if j < s.b && d.toks[j].kind == tPoss {
		j++
	} else if a == s.a || !d.toks[a-1].is(determinersClass) {
		return false // "Chile blocked the language": a verb after the name
	}
	// Up to two lower-case modifiers: "the UK's national flag", "the
	// Lima lantern festival".
	for k := 0; k < 3 && j < s.b; k++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap || agentHead(t.low) || t.is(stopCapsClass) || t.is(lexVerbWordsClass) {
			return false
		}
		if placeAttributes[t.low] {
			// The attribute heads the phrase: "Peru's coast guard" acts.
			return j+1 >= s.b || !agentHead(d.toks[j+1].low)
		}
		if superlative(t.low) {
			// "Brazil's largest bank" is a bank there; "Brazil's most
			// senior official" acts for Brazil.
			for k := j + 1; k < s.b && k < j+3 && d.toks[k].kind == tWord; k++ {
				if l := d.toks[k].low; titleWords[l] || proxyNouns[l] || agentWords[l] {
					return false
				}
			}
			return true
		}
		j++
	}
	return false
}

// agentHead reports whether w is a noun of people or bodies acting for
// a country ("officials", "minister", "guard", "police"): a country
// before it acts through them.
func agentHead(w string) bool {
	return titleWords[w] || proxyNouns[w] || groupNouns[w] != "" || orgHeads[w] || peopleNoun(w) || agentWords[w]
}

// agentWords act for a country beside titleWords, proxyNouns and orgHeads.
var agentWords = set("guard", "guards", "police", "army", "navy", "force", "forces", "troops",
	"military", "patrol", "patrols", "officer", "officers", "agents", "team", "delegation")

// superlative reports whether w is a superlative adjective ("largest",
// "second-biggest", "most"): a country before it only ranks something
// of its own ("Brazil's largest bank").
func superlative(w string) bool {
	if w == "most" || w == "best" || w == "worst" {
		return true
	}
	if _, after, ok := strings.Cut(w, "-"); ok {
		w = after // "second-largest"
	}
	if len(w) < 6 || !strings.HasSuffix(w, "est") {
		return false
	}
	return !notSuperlatives[w]
}

// notSuperlatives end in "-est" without being superlatives.
var notSuperlatives = set("interest", "request", "protest", "contest", "conquest", "harvest",
	"arrest", "suggest", "invest", "honest", "modest", "forest", "manifest", "digest",
	"inquest", "unrest", "behest", "bequest", "earnest", "attest", "detest", "divest")

// comparedCountry reports whether the country at token i (or the list
// it ends) is what something is compared with ("larger than France",
// "in line with the United States and Canada", "unlike Germany",
// "compared with Japan"): a yardstick, not an actor.
func (d *doc) comparedCountry(i int, s sentence) bool {
	j := d.listStart(i, s) - 1
	for j > s.a && d.toks[j].is(listQuantifiersClass) {
		j-- // "and most European countries"
	}
	if j > s.a && (d.toks[j].low == "and" || d.toks[j].low == ",") && d.toks[j-1].kind == tWord && d.toks[j-1].cap {
		k := j - 1
		for k > s.a && d.toks[k-1].kind == tWord && d.toks[k-1].cap && k > j-4 {
			k-- // the first word of "the United States"
		}
		return d.comparedCountry(k, s)
	}
	if j > s.a && d.toks[j].low == "the" {
		j--
	}
	if j < s.a {
		return false
	}
	switch d.toks[j].low {
	case "than", "unlike":
		return true
	case "with", "to":
		if j == s.a {
			return false
		}
		p := d.toks[j-1].low
		return p == "compared" || p == "comparison" || p == "line" || p == "similar" || p == "relative" || p == "equal"
	}
	return false
}

// listQuantifiers open the last item of a list of countries ("the
// United States and most European countries").
var listQuantifiers = set("most", "other", "many", "some", "several", "all")
var listQuantifiersClass = classOf(listQuantifiers)

// prizeReceiver reports whether the country at token i comes after the
// "to" of a prize ("the bronze to Armenia", "the gold medal went to
// Chile"): who placed in a contest, not an actor.
func (d *doc) prizeReceiver(i int, s sentence) bool {
	j := d.listStart(i, s) - 1
	if j > s.a && d.toks[j].low == "the" {
		j--
	}
	if j <= s.a || d.toks[j].low != "to" {
		return false
	}
	k := j - 1
	if k > s.a && (d.toks[k].low == "going" || d.toks[k].low == "went" || d.toks[k].low == "goes" || d.toks[k].low == "go") {
		k--
	}
	return d.toks[k].is(prizeNounsClass)
}

// prizeNouns are what a contest gives its winners.
var prizeNouns = set("medal", "medals", "gold", "silver", "bronze", "title", "trophy", "prize",
	"prizes", "award", "awards", "crown", "cup", "place", "spot")
var prizeNounsClass = classOf(prizeNouns)

// placeAdjectives come between a preposition of place and the place
// ("in mainland Australia", "near downtown Taipei", "in eastern
// Ukraine"): the name after them is still only a place.
var placeAdjectives = set("downtown", "central", "northern", "southern", "eastern", "western",
	"north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
	"northwestern", "southeastern", "southwestern", "mainland", "rural", "coastal", "greater",
	"suburban", "inner", "outer", "remote", "neighbouring", "neighboring", "nearby", "upstate")
var placeAdjectivesClass = classOf(placeAdjectives)

// skipPlaceAdjectives returns the token before the place adjectives
// that end right before token i (i-1 when there are none).
func (d *doc) skipPlaceAdjectives(i int, s sentence) int {
	j := i - 1
	for j > s.a && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].is(placeAdjectivesClass) {
		j--
	}
	return j
}

// notePrivateBody records the body that the group segment sg names
// ("US team Cloud9", namedPrivateBody), so that a later "the US team"
// is that body (privateBodyOf).
func (d *doc) notePrivateBody(sg segment) {
	e := sg.b
	for e < len(d.toks) && e < sg.b+4 && d.toks[e].kind == tWord && d.toks[e].cap {
		e++
	}
	if d.privateBodies == nil {
		d.privateBodies = map[string]string{}
	}
	d.privateBodies[d.privateKey(sg)] = d.span(sg.b, e)
}

// privateBodyOf returns the body an earlier "US team Cloud9" named,
// when the group segment sg is its nationality and noun without a name
// ("the US team"), or "".
func (d *doc) privateBodyOf(sg *segment) string {
	if len(d.privateBodies) == 0 || sg.b < len(d.toks) && d.toks[sg.b].kind == tWord && d.toks[sg.b].cap {
		return ""
	}
	return d.privateBodies[d.privateKey(*sg)]
}

func (d *doc) privateKey(sg segment) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(d.span(sg.a, sg.b), "the "), "The "))
}

// collectiveNouns are plural nouns of bodies that a nationality before
// makes a group ("Italian secularist associations", "Kenyan women's
// groups"), as groupNouns does for people.
var collectiveNouns = set("associations", "organisations", "organizations", "groups",
	"movements", "unions", "federations", "societies", "communities", "charities")
var collectiveNounsClass = classOf(collectiveNouns)

// ideologyAdjective reports whether w is an adjective of a creed or a
// cause that may stand between a nationality and a collective noun
// ("Italian secularist associations", "Greek nationalist groups").
func ideologyAdjective(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ist") && groupNouns[w] == ""
}

// countedPeople reports whether the group segment sg of people (not a
// country's officials or forces, not protesters, not a team) is counted
// by an exact number ("five Panamanian players were booked", "3,000
// Afghan refugees"): so many individuals, not a collective that acts.
func (d *doc) countedPeople(sg *segment, s sentence) bool {
	if sg.class == "country" || sg.class == "protest" || sg.class == "team" || sg.class == "states" || sg.a == s.a {
		return false
	}
	j := sg.a - 1
	if j > s.a && d.toks[j].low == "of" {
		j--
	}
	t := d.toks[j]
	_, word := numberWords[t.low]
	return t.kind == tNum || word || t.is(countWordsClass)
}

// countWords count people exactly beside numberWords.
var countWords = set("seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen", "hundred", "thousand")
var countWordsClass = classOf(countWords)

// gangNouns name collectives outside the law that are no institutions.
var gangNouns = set("gang", "gangs", "mob", "syndicate")
var gangNounsClass = classOf(gangNouns)

// gangAfter reports whether a noun of gangNouns, with at most one
// lower-case word before it, follows token b ("the Hells Angels biker
// gang", "the Kray gang"): the name before it is a group, as a
// militant's name is.
func (d *doc) gangAfter(b int, s sentence) bool {
	if b < s.b && d.toks[b].kind == tWord && d.toks[b].is(gangNounsClass) {
		return true
	}
	return b+1 < s.b && d.toks[b].kind == tWord && !d.toks[b].cap && d.toks[b+1].kind == tWord && d.toks[b+1].is(gangNounsClass)
}

// pluralOrgCueBefore reports whether the name at token i follows the
// plural of a noun of orgCues or of schools, right before it or as
// "such … as" ("the religious schools Santo Spirito and …", "such
// bands as The Velvet Underground"): an example of those bodies.
func (d *doc) pluralOrgCueBefore(i int, s sentence) bool {
	if firstNames[d.toks[i].low] {
		return false // "publishers Jann Wenner of …": people of that trade
	}
	j := i - 1
	if j > s.a && d.toks[j].low == "the" {
		j-- // "such bands as The Velvet Underground"
	}
	if j > s.a+1 && d.toks[j].low == "as" && d.toks[j-2].low == "such" {
		j--
	}
	if j < s.a || d.toks[j].kind != tWord || d.toks[j].cap {
		return false
	}
	return pluralOrgCue(d.toks[j].low)
}

// pluralOrgCue reports whether w is the plural of a noun of orgCues or
// of schools ("bands", "companies", "schools").
func pluralOrgCue(w string) bool {
	switch {
	case w == "schools" || w == "colleges":
		return true
	case strings.HasSuffix(w, "ies"):
		return orgCues[strings.TrimSuffix(w, "ies")+"y"]
	case strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ors"):
		return false // "publishers Jann Wenner": people of a trade as well
	case strings.HasSuffix(w, "s"):
		return orgCues[strings.TrimSuffix(w, "s")]
	}
	return false
}

// placeAbbreviation reports whether the name [i, j) is a dotted
// abbreviation of up to three letters ("D.C.", "N.Y.") right after a
// place of the gazetteer in the same run ("Washington D.C."): the
// district or state of that place, no organisation.
func (d *doc) placeAbbreviation(segs []segment, i, j int) bool {
	if len(segs) == 0 || segs[len(segs)-1].kind != sGaz || segs[len(segs)-1].b != i {
		return false
	}
	if f := segs[len(segs)-1].form; f.typ == graph.Organization || f.kind == gDemonym {
		return false
	}
	w := strings.ReplaceAll(d.span(i, j), " ", "")
	letters := strings.ReplaceAll(w, ".", "")
	return strings.HasSuffix(w, ".") && len(letters) >= 1 && len(letters) <= 3 && len(w) == 2*len(letters) && strings.ToUpper(letters) == letters
}

// companyOwnerCountries makes weak the countries the text only names as
// the possessor of an organisation that is no body of their state
// (ownsPrivateOrg): "Norway's Aftenposten reported", "Japan's Kestra
// Motors said" place the paper and the company, the country does not
// act. A country also named acting, or owning a ministry, an army or a
// government ("Norway's Foreign Ministry"), keeps its actor.
func (d *doc) companyOwnerCountries() {
	for _, a := range d.actors {
		if !a.strong || a.typ != graph.Country {
			continue
		}
		owns := false
		if d.namedOnlyWhere(a, func(m *mention) bool {
			if d.ownsPrivateOrg(m) {
				owns = true
				return true
			}
			return !m.strong
		}) && owns {
			a.weaken("companyOwnerCountries")
		}
	}
}

// ownsPrivateOrg reports whether mention m is a possessive ("Norway's")
// followed, after at most three lower-case words that describe an
// organisation (ownedOrgWords, superlatives: "Norway's biggest daily"),
// by an organisation's mention whose name has no word of a state body
// (stateBodyWords).
func (d *doc) ownsPrivateOrg(m *mention) bool {
	s := d.sents[m.sent]
	j := m.hb
	if j >= s.b || d.toks[j].kind != tPoss {
		return false
	}
	j++
	for k := 0; k < 3 && j < s.b && d.toks[j].kind == tWord && !d.toks[j].cap; k++ {
		if w := d.toks[j].low; !ownedOrgWords[w] && !superlative(w) {
			return false // "Sweden's bid to join NATO": no description of the organisation
		}
		j++
	}
	o := d.orgMentionAt(m.sent, j, true)
	if o == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(o.act.canon)) {
		if stateBodyWords[w] || agentHead(w) && !privateOrgHeads[w] {
			return false
		}
	}
	return true
}

// ownedOrgWords describe an organisation between its country's
// possessive and its name ("Norway's biggest daily Aftenposten",
// "Japan's carmaker Kestra").
var ownedOrgWords = set("daily", "newspaper", "paper", "weekly", "tabloid", "magazine", "broadcaster",
	"channel", "network", "company", "firm", "group", "giant", "carmaker", "automaker", "maker",
	"producer", "retailer", "airline", "carrier", "bank", "lender", "insurer", "conglomerate",
	"private", "leading", "top", "main", "oldest", "flagship")

// stateBodyWords are words of the names of a state's bodies, which act
// for their country ("Norway's Foreign Ministry", "Britain's Royal
// Navy", "Japan's Central Bank").
var stateBodyWords = set("state", "national", "federal", "central", "royal", "foreign", "public",
	"government", "ministry", "parliament", "senate", "congress", "assembly", "cabinet", "court",
	"tribunal", "embassy", "consulate", "army", "navy", "military", "police", "guard", "forces",
	"agency", "office", "department", "commission", "committee", "council", "authority",
	"administration", "directorate", "secretariat", "command", "bureau", "service", "services",
	"reserve", "regulator", "president", "presidency", "kremlin")

// privateOrgHeads head the names of organisations that are no state's
// body although agentHead counts them: a company, a newspaper, a club.
var privateOrgHeads = set("company", "corporation", "group", "bank", "network", "times", "post",
	"news", "press", "journal", "inc", "inc.", "corp", "corp.", "ltd", "llc", "airlines",
	"foundation", "association", "union", "league", "university", "institute")
