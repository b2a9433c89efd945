package extract

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// actor is an actor of one article while it is being read.
type actor struct {
	canon   string
	typ     graph.ActorType
	aliases []string
	strong  bool // named in running text, not only in headings or lists
	first   int  // byte offset of the first mention
	titles  map[string]bool
	// roleCountries are the countries the person holds an office for.
	roleCountries map[string]bool
	class         string // group class
	order         int
	// nouns are common nouns the text uses for an organisation ("FNV
	// union", "the employers' group Port Employers Netherlands").
	nouns map[string]bool
	// folded holds the folded aliases, for lookups.
	folded map[string]bool
	// onlyViaArticle: every mention that made or named the actor was an
	// organisation only by its "the" (see idleArticleNames).
	onlyViaArticle bool
	// weakBy is the rule that last made the actor weak (weaken).
	weakBy string
	// pronounGender is the gender ('f', 'm') of a pronoun that referred
	// to the person as its own sentence's subject ("X said she …"; see
	// resolvePersonal).
	pronounGender byte
}

func (a *actor) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == a.canon {
		return
	}
	for _, x := range a.aliases {
		if x == s {
			return
		}
	}
	a.aliases = append(a.aliases, s)
	if a.folded == nil {
		a.folded = map[string]bool{}
	}
	a.folded[graph.Fold(s)] = true
}

// mention is one reference to an actor in the text.
type mention struct {
	a, b   int // token span, modifiers included
	ha, hb int // token span of the head
	sent   int
	act    *actor
	// group holds the actors of a plural reference ("the two envoys",
	// "Ukrainian and European officials" expands into several mentions).
	group []*actor
	kind  skind
	mod   bool // a modifier inside another mention ("Kremlin" in "Kremlin spokesman X")
	appo  bool // inside an appositive ("…, head of the Fund,")
	poss  bool // followed by 's
	quote bool // inside quotation marks
	// pending resolution
	surname string // single capitalised word to resolve
	pron    string
	desc    *segment
	region  region
	strong  bool
	cand    candidate
	// metonym is set on a seat of power standing for its state
	// ("Moscow signalled"; lexicon/metonyms.tsv).
	metonym bool
	// ref is what resolve found the mention refers to (resolve.go);
	// resolving guards against a rule asking about m itself.
	ref       reference
	resolving bool
	// failedIn is the resolveEpoch in which resolving m found nothing,
	// without meeting a mention being resolved (doc.resolveEpoch).
	failedIn uint32
	// titled is set on a name after a title or honorific ("President
	// X", "Mr X"): a sign that it names a person.
	titled bool
}

// candidate is what a mention proposes to create.
type candidate struct {
	canon string
	typ   graph.ActorType
	class string
	alias string
	// viaArticle is set on a name typed an organisation only because
	// "the" comes before it ("told the Daily Nation").
	viaArticle bool
}

// roleLink is a ROLE or FAMILY fact read from a title construction.
type roleLink struct {
	person, target *mention
	class          graph.EdgeClass
	sent           int
	verb           string
	rule           string // the rule that read it (docs/EXPLAIN.md)
}

func (d *doc) registry(c candidate, strong bool, at int) *actor {
	key := d.fold(c.canon)
	if c.typ == graph.Group {
		key = "group:" + key
	}
	a := d.byKey[key]
	if a == nil {
		if !strong {
			return nil
		}
		a = &actor{canon: c.canon, typ: c.typ, first: at, titles: map[string]bool{}, roleCountries: map[string]bool{}, class: c.class, order: len(d.actors), nouns: map[string]bool{}, onlyViaArticle: c.viaArticle}
		d.byKey[key] = a
		d.actors = append(d.actors, a)
	} else if !c.viaArticle {
		a.onlyViaArticle = false
	}
	if strong {
		a.strong = true
	}
	if c.alias != "" && c.alias != a.canon {
		a.addAlias(c.alias)
	}
	return a
}

// lookupKnown finds an existing actor by any of its names.
func (d *doc) lookupKnown(name string) *actor {
	key := d.fold(name)
	if a := d.byKey[key]; a != nil {
		return a
	}
	if a := d.byKey["group:"+key]; a != nil {
		return a
	}
	for _, a := range d.actors {
		if a.folded[key] {
			return a
		}
	}
	return nil
}

func (d *doc) span(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].s:d.toks[b-1].e]
}

// nameText is the text of a name segment with initials and hyphens kept.
func (d *doc) nameText(a, b int) string { return d.span(a, b) }

// stripInitials drops middle initials: "Donald J. Trump" → "Donald Trump".
func stripInitials(name string) string {
	var buf, outBuf [8]string
	f := fieldsIn(buf[:0], name)
	if len(f) < 3 {
		return name
	}
	out := outBuf[:0]
	for i, w := range f {
		if i > 0 && i < len(f)-1 && (len(w) == 2 && w[1] == '.' || len(w) == 1) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// privateRoles are nouns of sport, business and private life: a
// demonym or a city before them ("Portuguese striker", "the Lisbon
// side", "a German startup") says where someone is from, not that the
// country acts.
var privateRoles = set("striker", "midfielder", "defender", "goalkeeper", "forward", "winger",
	"coach", "footballer", "player", "players", "club", "side", "team", "outfit", "company",
	"firm", "startup", "start-up", "tourist", "champion", "star", "singer", "actor", "actress",
	"artist", "rapper", "director", "author", "novelist", "businessman", "businesswoman",
	"billionaire", "entrepreneur", "brand", "carmaker", "retailer", "bank", "lender", "investor")
var privateRolesClass = classOf(privateRoles)

// dropPlaceModifiers removes demonyms and capitals that only modify a
// noun of privateRoles.
func (d *doc) dropPlaceModifiers(segs []segment) []segment {
	out := segs[:0]
	for _, sg := range segs {
		if sg.kind == sGaz && (sg.form.kind == gDemonym || sg.form.kind == gCapital) && sg.b < len(d.toks) {
			if t := d.toks[sg.b]; t.kind == tWord && !t.cap && t.is(privateRolesClass) {
				continue
			}
		}
		if d.namedPrivateBody(sg) {
			d.notePrivateBody(sg)
			continue
		}
		out = append(out, sg)
	}
	return out
}

// namedPrivateBody reports whether the group segment sg is a
// nationality and a noun of privateRoles with the body's own name
// right after it ("US team Cloud9", "Brazilian club Santos"): the
// name is the actor, and the nationality says where it is from.
func (d *doc) namedPrivateBody(sg segment) bool {
	if sg.kind != sGroup || sg.b >= len(d.toks) || sg.b-1 <= sg.a {
		return false
	}
	last, next := d.toks[sg.b-1], d.toks[sg.b]
	return last.kind == tWord && !last.cap && last.is(privateRolesClass) && next.kind == tWord && next.cap && !next.tight
}

// creditLabels open a picture's or recording's credit at the end of a
// caption ("… at the booth. Image: Jane Roe.").
var creditLabels = set("image", "images", "photo", "photos", "picture", "video", "audio", "credit", "photograph")
var creditLabelsClass = classOf(creditLabels)

// dropCredits removes the segments after a credit label and its colon:
// the photographer or the agency that supplied a picture is no actor
// of the story.
func (d *doc) dropCredits(segs []segment, s sentence, si int) []segment {
	at := -1
	for j := s.a; j+1 < s.b; j++ {
		if t := d.toks[j]; t.kind == tWord && t.cap && t.is(creditLabelsClass) && d.toks[j+1].text == ":" {
			at = j
			break
		}
	}
	if at < 0 {
		return segs
	}
	out := segs[:0]
	for _, sg := range segs {
		if sg.a > at {
			d.reject(si, sg.a, "mention.credit", "a picture's credit after \"Image:\", not an actor")
			continue
		}
		out = append(out, sg)
	}
	return out
}

// collect runs the chunker over every sentence and records mentions and
// title constructions. Actors named in running text are created here.
func (d *doc) collect() {
	for si, s := range d.sents {
		segs := d.dropCredits(d.dropPlaceModifiers(d.sharedPluralHead(d.chunk(s), s)), s, si)
		d.segs[si] = segs
		reg := d.sentRegion[si]
		strongRegion := reg == rBody
		// Person names first, so that titles and possessives attach.
		made := map[int]*mention{} // seg index → mention
		for k := range segs {
			sg := &segs[k]
			var m *mention
			switch sg.kind {
			case sGaz:
				f := sg.form
				strong := strongRegion && (f.kind == gName || f.kind == gPlural || f.typ == graph.Organization)
				if f.typ == graph.Country && f.kind == gName && d.insideLongerName(segs, k, s) {
					d.reject(si, sg.a, "mention.gazetteer", "a country's name inside a longer proper name (\"New South Wales\", \"Fan Expo Canada\"), not the country")
					continue
				}
				if f.kind == gCapital && (d.locative(sg.a, s) || d.locativeConjunct(sg.a, s)) {
					d.reject(si, sg.a, "mention.gazetteer", "a capital after \"in\": a place, not an actor")
					continue // "in Moscow": a place
				}
				if f.kind == gCapital && d.seatAsPlace(sg.a, sg.b, s) {
					d.reject(si, sg.a, "mention.gazetteer", "a capital governed or qualified as a place (\"Governor of Washington\", \"Washington state\"), not its country")
					continue
				}
				if f.kind == gCapital {
					strong = strongRegion
				}
				if f.kind == gDemonym {
					strong = strongRegion && (d.agentive(sg.b, s) || f.typ == graph.Organization && d.partisanAside(sg.a, s))
				}
				if f.kind == gPlural && d.quantified(sg.a, s) {
					strong = false // "about 100,000 Greeks": people, not the state
				}
				if f.kind == gName && f.typ != graph.Organization && d.countryLocative(sg.a, s) {
					strong = false // "in Belgium": a place
				}
				if f.typ != graph.Organization && d.onlyPlaced(sg.a, sg.b, s) {
					strong = false // "the UK's flag", "larger than France", "the bronze to Chile"
				}
				if f.typ == graph.Country && d.countryOfOrg(segs, k) {
					strong = false // "the University of Sheffield of the UK": where it is
				}
				if f.typ != graph.Organization && k+2 < len(segs) && segs[k+1].kind == sPoss && (segs[k+2].kind == sOrg || segs[k+2].kind == sGaz && segs[k+2].form.typ == graph.Organization) && segs[k+2].a == segs[k+1].b && !(f.typ == graph.Country && d.speakingStateBody(segs[k+2], s)) {
					strong = false // "Britain's Competition Appeal Tribunal"
				}
				if d.makersProduct(segs, k, s) {
					strong = false // "Google Chrome": a product
				}
				if f.typ == graph.Group && sg.b < s.b && d.toks[sg.b].kind == tPoss {
					strong = false // "Europe's largest harbour"
				}
				if reg == rTitle && (f.kind == gName || f.typ == graph.Organization) {
					strong = true
				}
				if f.media && sg.b == s.b && sg.a > s.a && d.toks[sg.a-1].kind == tPunct && (d.toks[sg.a-1].text == "-" || d.toks[sg.a-1].text == "\u2014" || d.toks[sg.a-1].text == "\u2013" || d.toks[sg.a-1].text == "(") {
					d.reject(si, sg.a, "mention.gazetteer", "a news medium's credit at the end of a line, not an actor")
					continue // "… — Euronews": a credit, not an actor
				}
				m = &mention{kind: sGaz, cand: candidate{canon: f.canon, typ: f.typ, alias: d.gazAlias(sg)}, strong: strong, metonym: f.kind == gCapital}
				if f.kind == gDemonym && f.typ == graph.Group && k+1 < len(segs) && segs[k+1].kind == sTitle && segs[k+1].a == sg.b {
					// "European Trade Commissioner X": the Union's office.
					if u, ok := d.x.gaz.unionOf[f.canon]; ok {
						m.cand = candidate{canon: u, typ: graph.Organization}
						m.strong = strongRegion
					}
				}
			case sOrg:
				name := d.span(sg.a, d.nameEnd(sg.a, sg.b))
				alias := ""
				if sg.canon != "" {
					name = sg.canon // "the State and Homeland Security Departments"
				}
				d.orgNames[graph.Fold(name)] = true
				if p := strings.Index(name, " ("); p > 0 {
					alias = strings.Trim(name[p+1:], "()")
					name = name[:p]
				}
				canon := strings.TrimPrefix(name, "The ")
				if w := strings.Fields(canon); len(w) >= 3 && legalSuffixes[strings.ToLower(w[len(w)-1])] {
					// "Calder Power plc" is "Calder Power".
					alias = canon
					canon = strings.Join(w[:len(w)-1], " ")
					d.orgNames[d.fold(canon)] = true
				}
				m = &mention{kind: sOrg, cand: candidate{canon: canon, typ: graph.Organization, alias: alias}, strong: strongRegion}
				if k >= 2 && segs[k-1].kind == sPoss && segs[k-2].kind == sGaz && segs[k-2].form.typ == graph.Country && segs[k-1].b == sg.a && genericOrg(canon) {
					// "Qatar's Foreign Ministry" is not any foreign ministry.
					if dem := d.x.gaz.demonymOf[segs[k-2].form.canon]; dem != "" && !strings.Contains(dem, ".") {
						if alias == "" {
							// An acronym in brackets stays the alias (keptAcronym):
							// "Chile's Public Health Institute (ISP)" … "the ISP".
							m.cand.alias = d.span(segs[k-2].a, sg.b)
						}
						m.cand.canon = dem + " " + canon
					}
				}
			case sName:
				n := d.nameWords(sg.a, sg.b)
				if sg.ofAdj {
					continue
				}
				if d.compoundDescriber(sg.a, sg.b) && !sg.afterTitle {
					d.reject(si, sg.a, "mention.name", "a name ending in a describing compound (\"a Booker Prize-winner\", \"a NASA T-shirt\"), no person")
					continue
				}
				if d.operationName(sg.a, sg.b, s) {
					d.reject(si, sg.a, "mention.operation", "an operation's name (\"Operation Midnight Hammer\"), not an actor")
					continue
				}
				if d.stormName(sg.a, sg.b, s) {
					d.reject(si, sg.a, "mention.storm", "a storm's name (\"Hurricane Katrina\", \"the storm Gloria\"), not an actor")
					continue
				}
				if d.workTitle(sg.a, sg.b) && !sg.afterTitle {
					d.reject(si, sg.a, "mention.work", "a title ending in a noun of works (\"The Animated Series\"), not an actor")
					continue
				}
				if d.workCueBefore(sg.a, s) && !sg.afterTitle && !d.appNamedElsewhere(sg.a, sg.b, s) {
					d.reject(si, sg.a, "mention.work", "the title of a work or the name of a vessel after its noun (\"the film X\"), not an actor")
					continue
				}
				name := d.nameText(sg.a, sg.b)
				if sg.b < s.b && d.toks[sg.b].kind == tWord && (d.toks[sg.b].low == "administration" || d.toks[sg.b].low == "government") && n <= 2 {
					// "the Trump administration", "the Albanese government"
					last := d.toks[sg.b-1].text
					org := last + " " + d.toks[sg.b].low
					m = &mention{kind: sOrg, cand: candidate{canon: org, typ: graph.Organization, alias: "the " + org}, strong: strongRegion || reg == rTitle}
					m.a, m.b, m.ha, m.hb, m.sent, m.region = sg.a, sg.b+1, sg.a, sg.b+1, si, reg
					m.quote = d.inQuote[sg.a]
					m.poss = sg.b+1 < s.b && d.toks[sg.b+1].kind == tPoss
					made[k] = m
					d.ments = append(d.ments, m)
					continue
				}
				if sg.b < s.b && (d.toks[sg.b].is(militantNounsClass) || d.gangAfter(sg.b, s)) && n <= 4 && !sg.afterTitle {
					// "Jaish al-Adl militants attacked …": a named armed group.
					m = &mention{kind: sOrg, cand: candidate{canon: name, typ: graph.Group, alias: d.span(sg.a, sg.b+1)}, strong: strongRegion}
					d.orgNames[d.fold(name)] = true
				} else if n >= 2 && n <= 4 && d.orgCueBefore(sg.a, s) && !sg.afterTitle && d.andInside(sg.a, sg.b) > 0 {
					// "team Nightowl7 and Quorra": two bodies after the cue
					p := d.andInside(sg.a, sg.b)
					for _, r := range [][2]int{{sg.a, p}, {p + 1, sg.b}} {
						om := &mention{kind: sName, cand: candidate{canon: d.span(r[0], r[1]), typ: graph.Organization}, strong: strongRegion}
						om.a, om.b, om.ha, om.hb, om.sent, om.region = r[0], r[1], r[0], r[1], si, reg
						om.quote = d.inQuote[r[0]]
						om.poss = r[1] < s.b && d.toks[r[1]].kind == tPoss
						d.orgNames[d.fold(om.cand.canon)] = true
						d.ments = append(d.ments, om)
					}
					continue
				} else if n >= 2 && n <= 4 && (d.orgCueBefore(sg.a, s) || d.operationSite(sg.a, s) && d.toks[sg.a].low == "operation") && !sg.afterTitle {
					// "the journal Nature Climate Change"
					m = &mention{kind: sName, cand: candidate{canon: name, typ: graph.Organization, alias: name}, strong: strongRegion}
					d.orgNames[d.fold(name)] = true
				} else if n >= 2 && n-d.lowerParticles(sg.a, sg.b) <= 4 && !d.allUpper(sg.a, sg.b) {
					canon := stripInitials(name)
					if full, ok := d.x.gaz.leaders[d.fold(lastWord(canon))]; ok && d.sameFirst(full, canon) {
						canon = full
					} else if full, ok := d.x.gaz.leaders[d.fold(strings.Fields(canon)[0])]; ok && d.fold(strings.Fields(full)[0]) == d.fold(lastWord(canon)) {
						canon = full // "Orbán Viktor", written surname first
					}
					m = &mention{kind: sName, cand: candidate{canon: canon, typ: graph.Person, alias: name}, strong: strongRegion}
					if (d.orgNames[d.fold(name)] || strings.Contains(name, " & ")) && !sg.afterTitle {
						// "Calder Power", named before as "Calder Power plc"
						m.cand = candidate{canon: name, typ: graph.Organization}
					} else if sg.a > s.a && d.toks[sg.a-1].low == "the" && !d.toks[sg.a-1].cap && !sg.afterTitle && !firstNames[d.toks[sg.a].low] {
						// "told the Daily Nation": people take no article.
						m.cand = candidate{canon: name, typ: graph.Organization, alias: "the " + name, viaArticle: true}
						d.orgNames[d.fold(name)] = true
					}
				} else if n == 1 {
					// Resolved later against full names.
					m = &mention{kind: sName, surname: name}
					if d.orgNames[d.fold(name)] {
						m.surname = ""
						m.cand = candidate{canon: name, typ: graph.Organization, alias: name}
						m.strong = strongRegion
					} else if sg.a > s.a && d.toks[sg.a-1].low == "the" && sg.b < s.b && d.toks[sg.b].is(lexVerbWordsClass) && !d.toks[sg.a].upper {
						// "The Coalition condemned the agreement"
						m.surname = ""
						m.cand = candidate{canon: name, typ: graph.Organization, alias: "the " + name}
						m.strong = strongRegion
						d.orgNames[d.fold(name)] = true
					}
					if sg.afterTitle || d.titleBefore(sg.a, s) {
						m.strong = strongRegion
						m.cand = candidate{canon: name, typ: graph.Person, alias: name}
					}
					if d.orgCueBefore(sg.a, s) || d.acronymAfterBodyNoun(sg.a, sg.b, s) {
						m.surname = ""
						m.cand = candidate{canon: name, typ: graph.Organization, alias: name}
						m.strong = strongRegion
					}
				}
			case sGroup:
				d.groupMentions(sg, s, si, strongRegion)
				continue
			case sDesc:
				sgc := *sg
				m = &mention{kind: sDesc, desc: &sgc}
				if strings.HasPrefix(sg.class, "org:") {
					m.cand.typ = graph.Organization
				}
			case sPron:
				m = &mention{kind: sPron, pron: sg.canon}
			default:
				continue
			}
			if m == nil {
				continue
			}
			if prev := d.slashedName(segs, made, k); prev != nil {
				m = &mention{kind: sOrg, cand: candidate{canon: prev.cand.canon, typ: graph.Organization, alias: d.span(sg.a, sg.b)}, strong: prev.strong}
			}
			m.a, m.b, m.ha, m.hb, m.sent, m.region = sg.a, sg.b, sg.a, sg.b, si, reg
			m.quote = d.inQuote[sg.a]
			m.titled = sg.kind == sName && (sg.afterTitle || d.titleBefore(sg.a, s))
			if sg.b < s.b && d.toks[sg.b].kind == tPoss {
				m.poss = true
			}
			made[k] = m
			d.ments = append(d.ments, m)
		}
		d.titleConstructions(segs, made, s, si)
		d.ofRoles(s, si)
		d.appositives(s, si)
		d.ownerRoles(s, si)
		d.leadTitleRole(s, si) // "The chief executive of X apologised … . Y told …" (negotiation_sides.go)
		d.campMentions(s, si)
	}
}

// countryOfOrg reports whether gazetteer segment k is a country written
// after "of" or "of the" right after the name of an institution of
// placedHeads, or after "and" following such a country: it says where
// the institution is ("Colorado State University of the US", "the
// University of Sheffield of the UK"), not that the country acts.
func (d *doc) countryOfOrg(segs []segment, k int) bool {
	for k > 0 {
		sg, prev := segs[k], segs[k-1]
		j := sg.a - 1
		if j >= 0 && d.toks[j].low == "the" {
			j--
		}
		if j < 0 {
			return false
		}
		switch {
		case d.toks[j].low == "of" && prev.b == j && prev.kind == sOrg && prev.b > prev.a:
			return d.placedInstitution(prev) // not "Ministry of Defence of Ukraine"
		case d.toks[j].low == "and" && prev.b == j && prev.kind == sGaz && prev.form.typ == graph.Country:
			k-- // "… of Australia and New Zealand": as the country before it
		default:
			return false
		}
	}
	return false
}

// placedInstitution reports whether a word of the organisation segment
// sg is one of placedHeads.
func (d *doc) placedInstitution(sg segment) bool {
	for j := sg.a; j < sg.b; j++ {
		if d.toks[j].is(placedHeadsClass) {
			return true
		}
	}
	return false
}

// placedHeads head the names of institutions that a country after them
// only places ("University of Sheffield of the UK"); a ministry's or a
// court's country is the state it belongs to.
var placedHeads = set("university", "college", "institute", "school", "academy", "museum",
	"gallery", "foundation", "society", "association", "company", "corporation", "hospital", "club",
	"journal", "magazine", "review")
var placedHeadsClass = classOf(placedHeads)

// insideLongerName reports whether gazetteer segment k is flanked,
// with no space of punctuation, by a capitalised name segment of the
// same run: a country's name as a word of a longer name ("New South
// Wales", "Fan Expo Canada", "Team Estonia", "China Daily").
func (d *doc) insideLongerName(segs []segment, k int, s sentence) bool {
	sg := segs[k]
	if d.titleCase(s) {
		return false // "End Russia's War in Ukraine": every word capitalised
	}
	if sg.a > s.a && d.toks[sg.a-1].cap && (d.toks[sg.a-1].low == "team" || d.toks[sg.a-1].low == "club") {
		return true // "Team Chile rebuilt its robot", also opening the sentence
	}
	if k > 0 && segs[k-1].b == sg.a && (segs[k-1].kind == sName && !segs[k-1].afterTitle && !(segs[k-1].a == d.firstWord(s) && segs[k-1].b == segs[k-1].a+1 && !d.companyCountryUnit(segs[k-1].a, s)) || segs[k-1].kind == sGaz && segs[k-1].form.typ == graph.Country) {
		return true // "Fan Expo Canada", "Australia New Zealand"
	}
	if k+1 < len(segs) && segs[k+1].a == sg.b && (segs[k+1].kind == sName || segs[k+1].kind == sGaz && segs[k+1].form.typ == graph.Country) {
		return !d.officeOfCountryBeforeName(segs, k, s) // "China Daily"
	}
	return sg.a-1 > s.a && d.toks[sg.a-1].is(compassWordsClass) && d.toks[sg.a-1].cap // "New South Wales"
}

// officeOfCountryBeforeName reports whether the country of segment k
// closes an office held before a name ("President of Brazil Joao
// Mendes", "Foreign Minister of Kenya Amina Otieno"): the country ends
// the title and the name that follows, opening with a given name, is its
// holder, not the rest of one longer proper name.
func (d *doc) officeOfCountryBeforeName(segs []segment, k int, s sentence) bool {
	sg := segs[k]
	if k+1 >= len(segs) || segs[k+1].kind != sName || sg.a-1 <= s.a || d.toks[sg.a-1].low != "of" {
		return false
	}
	if !firstNames[d.toks[segs[k+1].a].low] {
		return false // "Editor of China Daily Zhou Li": the paper's name goes on
	}
	return d.roleNounBefore(sg.a-1, s, 3)
}

// firstWord returns the first word token of sentence s, after any
// opening quote mark.
func (d *doc) firstWord(s sentence) int {
	j := s.a
	for j < s.b && d.toks[j].kind != tWord {
		j++
	}
	return j
}

// titleCase reports whether sentence s writes most of its longer
// words capitalised, as headlines do.
func (d *doc) titleCase(s sentence) bool {
	n, caps := 0, 0
	for j := s.a; j < s.b; j++ {
		if t := d.toks[j]; t.kind == tWord && len(t.text) > 3 {
			n++
			if t.cap {
				caps++
			}
		}
	}
	return n >= 6 && caps*3 >= n*2
}

// compassWords open place names that run on into a country's name
// ("Western Australia", "New South Wales").
var compassWords = set("new", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "central", "upper", "lower")
var compassWordsClass = classOf(compassWords)

// slashedName returns the organisation's mention that segment k's name
// follows across a spaced slash ("the Harbour Arts Centre / Quay
// Galleries"): two names of one body, the second an alias of the first.
func (d *doc) slashedName(segs []segment, made map[int]*mention, k int) *mention {
	if k == 0 || (segs[k].kind != sName && segs[k].kind != sOrg) {
		return nil
	}
	prev := made[k-1]
	if prev == nil || prev.cand.typ != graph.Organization || prev.cand.canon == "" || segs[k-1].b+1 != segs[k].a {
		return nil
	}
	if t := d.toks[segs[k-1].b]; t.text != "/" || t.tight {
		return nil
	}
	return prev
}

// lastWord is the last of strings.Fields(s), or "", found from the end
// without splitting s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[i+w:]
}

func (d *doc) sameFirst(full, name string) bool {
	fa, fb := strings.Fields(full), strings.Fields(name)
	return d.fold(fa[0]) == d.fold(fb[0]) || len(fb) == 1
}

func (d *doc) allUpper(a, b int) bool {
	for j := a; j < b; j++ {
		if d.toks[j].kind == tWord && !d.toks[j].upper {
			return false
		}
	}
	return true
}

// locative reports whether the token before i is a preposition of place.
func (d *doc) locative(i int, s sentence) bool {
	j := d.skipPlaceAdjectives(i, s)
	if j >= s.a && d.toks[j].low == "the" {
		j--
	}
	if j < s.a {
		return false
	}
	switch d.toks[j].low {
	case "in", "at", "near", "outside", "to", "from", "into", "across", "around", "toward", "towards", "via", "through", "visit", "visited", "visiting", "left", "arrived", "reached":
		return true
	}
	return false
}

// partisanAside reports whether a party's adjective at token a opens an
// aside after a name ("John Doe, Republican from Ohio,", "Jane Roe, a
// Democrat, said"): the person's party, an actor.
func (d *doc) partisanAside(a int, s sentence) bool {
	j := a - 1
	if j > s.a && (d.toks[j].low == "a" || d.toks[j].low == "an") {
		j--
	}
	return j > s.a && d.toks[j].text == ","
}

// agentive reports whether the demonym ending at token b names an acting
// country: "Russian forces", "Ukrainian President …".
func (d *doc) agentive(b int, s sentence) bool {
	for j := b; j < s.b && j < b+3; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.is(agentNounsClass) || t.is(groupNounsKeys) && groupNouns[t.low] != "" || t.is(titleWordsClass) {
			return true
		}
		if !isModifier(t.low) && !t.is(titleModsClass) && !(t.cap && t.is(titleWordsClass)) {
			return false
		}
	}
	return false
}

// genericOrg reports whether an organisation name names an office every
// country has ("Foreign Ministry", "National Security Council").
func genericOrg(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if !titleMods[w] && !orgHeads[w] && !connectors[w] && w != "national" && w != "defense" && w != "defence" && w != "presidential" && w != "supreme" && w != "general" && w != "staff" {
			return false
		}
	}
	return true
}

// countryLocative reports whether a country at token i is only a place:
// "in Belgium", "across Europe".
func (d *doc) countryLocative(i int, s sentence) bool {
	j := d.skipPlaceAdjectives(d.listStart(i, s), s)
	if j >= s.a && d.toks[j].low == "the" {
		j--
	}
	if j < s.a {
		return false
	}
	switch d.toks[j].low {
	case "in", "at", "near", "inside", "across", "throughout", "within", "through", "via":
		return true
	case "from":
		// "hopefuls from Eritrea", "came from India": where someone
		// comes from; "officials from Egypt" stand for Egypt, and "aid
		// from Japan", "came under attack from Russia" name who acts.
		return j == s.a || !proxyNouns[d.toks[j-1].low] && !actNounBefore(d.toks[j-1].low)
	case "to":
		return d.motionBefore(j, s) // "moved her to Britain", "a trip to India"
	case "of":
		return j > s.a && d.toks[j-1].is(divisionNounsClass) // "the provinces of Peru"
	case "like":
		return j > s.a && d.toks[j-1].is(kindNounsClass) // "a developed country like Peru"
	}
	return i+1 < s.b && d.toks[i+1].text == "$" && d.toks[i+1].tight // "US$ 20,000"
}

// motionWords are verbs and nouns of going somewhere: the country after
// their "to" is where someone went, a place.
var motionWords = set("move", "moves", "moved", "moving", "trip", "trips", "travel", "travels",
	"traveled", "travelled", "traveling", "travelling", "journey", "flew", "flight", "flights",
	"return", "returned", "returning", "went", "go", "goes", "going", "came", "come", "relocated",
	"relocate", "emigrated", "immigrated", "fled", "flee", "migrated", "pilgrimage", "holiday",
	"vacation", "tour", "deported", "extradited", "smuggled", "sailed", "drove", "walked", "back")
var motionWordsClass = classOf(motionWords)

// motionBefore reports whether the "to" at token j follows a word of
// motion, or a motion word and its object pronoun ("moved her to").
func (d *doc) motionBefore(j int, s sentence) bool {
	k := j - 1
	if k > s.a && d.toks[k].is(objectPronounsClass) {
		k--
	}
	return k >= s.a && d.toks[k].is(motionWordsClass)
}

var objectPronouns = set("her", "him", "them", "us", "me", "it", "themselves", "himself", "herself")
var objectPronounsClass = classOf(objectPronouns)

// listStart returns the first token of the list of capitalised names
// that token i ends or continues ("Afghanistan, Eritrea and Libya").
func (d *doc) listStart(i int, s sentence) int {
	for {
		j := i - 1
		if j <= s.a || !(d.toks[j].text == "," || d.toks[j].low == "and" || d.toks[j].low == "or") {
			return i
		}
		k := j - 1
		for k > s.a && d.toks[k-1].kind == tWord && d.toks[k-1].cap && k > j-3 {
			k--
		}
		if d.toks[k].kind != tWord || !d.toks[k].cap || calendarWord(d.toks[k].low) {
			return i // "in October, and Japan said": a date is no place listed (calendar_words.go)
		}
		i = k
	}
}

func (d *doc) titleBefore(i int, s sentence) bool {
	if i-1 < s.a {
		return false
	}
	l := d.toks[i-1].low
	return titleWords[l] && l != "head"
}

var orgCues = withTrades(set("company", "corporation", "firm", "group", "agency", "party", "giant",
	"operator", "conglomerate", "bank", "broadcaster", "network", "militia", "organization",
	"organisation", "movement", "carrier", "manufacturer", "maker", "insurer", "lender",
	"producer", "utility", "outlet", "newspaper", "daily", "union", "alliance", "bloc",
	"journal", "magazine", "website", "tabloid", "weekly", "publisher", "label", "studio",
	"gang", "cartel", "band", "team", "club"))

//go:embed lexicon/company_trades.txt
var companyTradesTxt string

// withTrades adds the trades of lexicon/company_trades.txt to the cues.
func withTrades(cues map[string]bool) map[string]bool {
	for w := range wordList(companyTradesTxt) {
		cues[w] = true
	}
	return cues
}

var orgCuesClass = classOf(orgCues)

// workCues are nouns of works and vessels: a capitalised name right
// after one in lower case is a title or a ship's name ("the 1969 film
// X", "her graphic novel X", "the patrol vessel X"), not an actor.
var workCues = set("film", "movie", "novel", "book", "album", "song", "series",
	"sitcom", "documentary", "musical", "opera", "painting", "sculpture", "installation",
	"poem", "game", "videogame", "ship", "vessel", "boat", "yacht", "frigate", "submarine",
	"tanker", "ferry", "spacecraft", "satellite", "rocket", "browser", "app", "costume", "character")
var workCuesClass = classOf(workCues)

func (d *doc) workCueBefore(i int, s sentence) bool {
	return i-1 >= s.a && d.toks[i-1].is(workCuesClass) && !d.toks[i-1].cap
}

func (d *doc) orgCueBefore(i int, s sentence) bool {
	return i-1 >= s.a && (d.toks[i-1].is(orgCuesClass) || d.toks[i-1].is(pluralOrgCuesClass)) && !d.toks[i-1].cap || d.pluralOrgCueBefore(i, s) || d.pluralCueAppositive(i, s)
}

// groupMentions adds the mentions of a nationality + noun phrase: either
// the countries themselves or one group actor.
func (d *doc) groupMentions(sg *segment, s sentence, si int, strong bool) {
	reg := d.sentRegion[si]
	add := func(c candidate, st bool) {
		m := &mention{kind: sGroup, a: sg.a, b: sg.b, ha: sg.a, hb: sg.b, sent: si, cand: c, strong: st, region: reg}
		m.quote = d.inQuote[sg.a]
		if sg.b < s.b && d.toks[sg.b].kind == tPoss {
			m.poss = true
		}
		d.ments = append(d.ments, m)
	}
	if body := d.privateBodyOf(sg); body != "" {
		// "the US team" after "US team Cloud9": that body again.
		add(candidate{canon: body, typ: graph.Organization, alias: body}, strong)
		return
	}
	if strong && d.countedPeople(sg, s) {
		strong = false // "five Panamanian players were booked"
	}
	if strong && d.comparedCountry(sg.a, s) {
		strong = false // "in line with the US and most European countries"
	}
	if (sg.class == "country" || sg.class == "team") && d.regionalSide(sg) {
		d.reject(si, sg.a, "mention.group", "a region's sports side or team (\"the African side\", \"the European team\"), not the region")
		return
	}
	if sg.class == "country" {
		for _, c := range sg.countries {
			typ := graph.Country
			if c == "Europe" {
				typ = graph.Group
			}
			alias := d.span(sg.a, sg.b)
			if len(sg.countries) > 1 || strings.HasPrefix(alias, "a ") || strings.HasPrefix(alias, "A ") {
				alias = ""
			}
			if d.partyAdjective(c) {
				// "Labour officials" are the party; "the Conservative
				// government" is a government, which
				// governmentsAsCountries makes its country.
				typ, alias = graph.Organization, ""
				if sg.canon == "government" {
					c = d.span(sg.a, sg.b)
				}
			}
			add(candidate{canon: c, typ: typ, alias: alias}, strong)
		}
		return
	}
	surface := d.span(sg.a, sg.b)
	canon := surface
	if sg.class == "allies" {
		canon = sg.canon
	}
	if sg.same != "" {
		canon = sg.same // "the Afghan team" after "a group of Afghan teenagers"
	}
	if sg.class == "protest" {
		nat := d.x.gaz.demonymOf[sg.countries[0]]
		if nat == "" {
			nat = sg.countries[0]
		}
		canon = nat + " protesters"
	}
	alias := surface
	if w, _, _ := strings.Cut(strings.ToLower(surface), " "); possessivePronouns[w] {
		// "its allies" is no name: as an alias it would merge every
		// article's "its allies" into one group.
		alias = ""
	}
	add(candidate{canon: canon, typ: graph.Group, class: groupKey(sg), alias: alias}, strong)
}

// possessivePronouns begin phrases that refer back ("its allies", "their
// supporters"): no name of an actor.
var possessivePronouns = set("its", "their", "his", "her", "our", "my", "your")
var possessivePronounsClass = classOf(possessivePronouns)

func groupKey(sg *segment) string {
	return sg.class + ":" + strings.Join(sg.countries, "+")
}

// titleConstructions links person names to the titles, countries,
// organisations and possessors written before them.
func (d *doc) titleConstructions(segs []segment, made map[int]*mention, s sentence, si int) {
	d.titleConstructions1(segs, made, s, si)
	// "Ukraine's senior negotiator A, Foreign Minister B, and Chief of
	// the General Staff C": the country holds for the whole list.
	var titled []*mention
	for _, pt := range d.pendingTitles {
		if pt.m.sent == si {
			titled = append(titled, pt.m)
		}
	}
	countryOf := func(pm *mention) *mention {
		for _, rl := range d.roles {
			if rl.person != pm || rl.class != graph.Role {
				continue
			}
			if rl.target.cand.typ == graph.Country {
				return rl.target
			}
			// The country that owns the organisation.
			for _, om := range d.ments {
				if om.sent == si && om.mod && om.cand.typ == graph.Country && om.b < rl.target.a && om.a >= pm.a {
					return om
				}
			}
		}
		return nil
	}
	for i := 0; i+1 < len(titled); i++ {
		c := countryOf(titled[i])
		if c == nil {
			continue
		}
		for j := i + 1; j < len(titled); j++ {
			if !d.coordGap(titled[j-1].hb, titled[j].a) || titled[j].a == titled[j-1].a {
				break
			}
			if countryOf(titled[j]) != nil || d.hasRole(titled[j]) || titled[j].mod {
				break
			}
			d.roles = append(d.roles, roleLink{person: titled[j], target: c, class: graph.Role, sent: si, verb: d.span(c.a, titled[j].hb), rule: "role.title-list"})
		}
	}
}

func (d *doc) hasRole(pm *mention) bool {
	for _, rl := range d.roles {
		if rl.person == pm && rl.class == graph.Role {
			return true
		}
	}
	return false
}

func (d *doc) titleConstructions1(segs []segment, made map[int]*mention, s sentence, si int) {
	for k := range segs {
		pm := made[k]
		if pm == nil || segs[k].kind != sName {
			continue
		}
		isPerson := pm.cand.typ == graph.Person || pm.surname != ""
		if !isPerson {
			continue
		}
		start := segs[k].a
		j := k - 1
		adjacent := func(j int) bool {
			if j < 0 {
				return false
			}
			gap := segs[j].b
			return gap == start || (gap+1 == start && d.toks[gap].text == ",")
		}
		var title *segment
		if adjacent(j) && (segs[j].kind == sTitle || segs[j].kind == sFamily) {
			title = &segs[j]
			start = segs[j].a
			j--
			// "Sudan's army chief, General X": titles in a row.
			// "co-founder and CEO X" too.
			for j >= 0 && segs[j].kind == sTitle && (segs[j].b == start || segs[j].b+1 == start && (d.toks[segs[j].b].text == "," || d.toks[segs[j].b].low == "and")) {
				start = segs[j].a
				j--
			}
		} else if jt := d.titleBeforeTail(segs, k, s); jt >= 0 {
			// "Chile's envoy in Geneva, X": the place after the title
			// says where the office is held, not whose it is.
			for x := jt + 1; x < k; x++ {
				if made[x] != nil {
					made[x].mod = true
				}
			}
			title = &segs[jt]
			start = segs[jt].a
			j = jt - 1
		} else {
			continue
		}
		// The person is named with an office: create it even if only
		// its surname is written ("President Putin").
		if pm.surname != "" && pm.cand.canon == "" {
			pm.cand = candidate{canon: pm.surname, typ: graph.Person, alias: pm.surname}
			pm.strong = d.sentRegion[si] == rBody
		}
		pm.cand.typ = graph.Person
		pm.a = start
		if d.pastTitleAt(start, s) {
			// "Former minister X" opening a sentence holds no national
			// office, as "the former minister X" does not (nationalOffice).
			d.reject(si, start, "role.past-title", "a past office (\"Former minister X\") is no national office now")
		} else {
			d.pendingTitles = append(d.pendingTitles, pendingTitle{m: pm, title: title.canon, text: d.span(title.a, title.b)})
		}
		// Skip "former", "then" etc. are inside the title already.
		if !(j >= 0 && segs[j].b == start) {
			continue
		}
		prev := &segs[j]
		capOK := !d.toks[title.a].cap || !firstNames[d.toks[prev.a].low] && (prev.a == s.a || !d.toks[prev.a-1].cap)
		capOK = capOK && !d.toks[prev.a].is(titleModsClass) && !d.participleTitle(prev.a, s) // "Opposition leader X", "Presiding Judge X"
		if d.titleOwnerName(prev, title, made[j], capOK) {
			// "Greens leader Adam Bandt", "Hamas spokesman X": an
			// organisation known by one word; "Tamil Nadu Chief
			// Minister X": a place's; "Arequipa mayor X": a town, no
			// actor (title_owner.go).
			d.ownTitleOwner(made[j], pm, prev, title, si)
			continue
		}
		switch prev.kind {
		case sPron:
			// "Its director, Marieke Bos": the organisation named before.
			if tm := made[j]; tm != nil && (prev.canon == "its" || prev.canon == "their") && title.kind == sTitle {
				d.roles = append(d.roles, roleLink{person: pm, target: tm, class: graph.Role, sent: si, verb: d.span(prev.a, title.b), rule: "role.title"})
			}
		case sName:
			// "Calder Power Chairman Alistair Munro": an organisation
			// named before by its full name.
			if tm := made[j]; tm != nil && title.kind == sTitle && tm.cand.typ == graph.Organization {
				tm.mod = true
				d.roles = append(d.roles, roleLink{person: pm, target: tm, class: graph.Role, sent: si, verb: d.span(prev.a, title.b), rule: "role.title"})
				pm.a = prev.a
			}
		case sDesc:
			// "the authority's chief executive X"
			if tm := made[j]; tm != nil && title.kind == sTitle && strings.HasPrefix(prev.class, "org:") {
				d.roles = append(d.roles, roleLink{person: pm, target: tm, class: graph.Role, sent: si, verb: d.span(prev.a, title.b), rule: "role.title"})
			}
		case sGaz, sOrg, sGroup:
			if tm := made[j]; tm != nil && title.kind == sTitle {
				tm.mod = true
				tm.strong = tm.strong || d.sentRegion[si] == rBody
				d.roles = append(d.roles, roleLink{person: pm, target: tm, class: graph.Role, sent: si, verb: d.span(prev.a, title.b), rule: "role.title"})
				// A country possessive before an organisation
				// ("Ukraine's National Security … Council") is the
				// organisation's, not the person's.
				pm.a = prev.a
				if j-2 >= 0 && segs[j-1].kind == sPoss && segs[j-2].kind == sGaz && segs[j-1].a == segs[j-2].b && segs[j-1].b == prev.a {
					if om := made[j-2]; om != nil {
						om.mod = true
						pm.a = segs[j-2].a
					}
				}
			}
		case sPoss:
			if j-1 < 0 || segs[j-1].b != prev.a {
				continue
			}
			owner := made[j-1]
			if owner == nil {
				continue
			}
			owner.mod = true
			pm.a = owner.a
			if segs[j-1].kind == sGaz || segs[j-1].kind == sOrg || segs[j-1].kind == sDesc && strings.HasPrefix(segs[j-1].class, "org:") {
				if title.kind == sTitle {
					owner.strong = owner.strong || d.sentRegion[si] == rBody
					d.roles = append(d.roles, roleLink{person: pm, target: owner, class: graph.Role, sent: si, verb: d.span(segs[j-1].a, title.b), rule: "role.possessive-title"})
				}
				continue
			}
			if title.kind == sFamily {
				d.roles = append(d.roles, roleLink{person: pm, target: owner, class: graph.Family, sent: si, verb: d.span(segs[j-1].a, title.b), rule: "family.possessive-title"})
			} else if envoyTitles[title.canon] {
				d.envoys = append(d.envoys, roleLink{person: pm, target: owner, class: graph.Role, sent: si, verb: d.span(segs[j-1].a, title.b), rule: "role.envoy"})
			}
			// The owner's own head extends the span: "US President
			// Donald Trump's special envoy Steve Witkoff".
			for _, om := range d.ments {
				if om != owner && om.sent == si && om.a < owner.a && om.b >= owner.a {
					pm.a = om.a
				}
			}
			for _, rl := range d.roles {
				if rl.person == owner && rl.target.a < pm.a {
					pm.a = rl.target.a
				}
			}
		}
	}
}

// militantNouns after a name make it an armed group.
var militantNouns = set("militants", "militant", "rebels", "fighters", "insurgents", "jihadists",
	"militia", "militiamen", "guerrillas")
var militantNounsClass = classOf(militantNouns)

// envoyTitles act for the country of the person who sent them.
var envoyTitles = set("envoy", "ambassador", "representative", "emissary")
var envoyTitlesClass = classOf(envoyTitles)

type pendingTitle struct {
	m     *mention
	title string
	text  string
}

// ofRoles reads "Judge X of the Seoul Central District Court": a titled
// person followed by "of (the)" and an organisation holds a role in it,
// and the whole phrase is one mention of the person (the speaker of
// "…Court said").
func (d *doc) ofRoles(s sentence, si int) {
	toks := d.toks
	for _, pm := range d.ments {
		if pm.sent != si || pm.kind != sName || pm.cand.typ != graph.Person || pm.a == pm.ha {
			continue // only titled persons ("Judge X"): pm.a is the title
		}
		j := pm.hb
		if j+1 >= s.b || toks[j].low != "of" {
			continue
		}
		j++
		if toks[j].low == "the" {
			j++
		}
		for _, om := range d.ments {
			if om.sent == si && om.a == j && om.cand.typ == graph.Organization && !om.mod {
				om.mod = true
				om.strong = om.strong || d.sentRegion[si] == rBody
				d.roles = append(d.roles, roleLink{person: pm, target: om, class: graph.Role, sent: si, verb: d.span(pm.a, om.b), rule: "role.title-of"})
				pm.b = om.b
				break
			}
		}
	}
}

// titleOfNext reports whether the words [j, end) after a comma start
// with a title written before another person's name ("Umerov, Foreign
// Minister Andrii Sybiha"): the title is that person's, not the name's
// before the comma. A name with a possessive ("X, President Trump's
// envoy,") is the possessor of the appositive's title, not its holder.
func (d *doc) titleOfNext(j, end int) bool {
	te := d.titleEnd(j, end, true)
	if te <= j || te >= end || d.toks[te].kind != tWord || !d.toks[te].cap {
		return false
	}
	k := te
	for k < end && d.toks[k].kind == tWord && d.toks[k].cap {
		k++
	}
	return k == end || d.toks[k].kind != tPoss
}

// appositives reads "X, head of the Y," and "X, who serves as … of Y".
func (d *doc) appositives(s sentence, si int) {
	toks := d.toks
	for _, pm := range d.ments {
		if pm.sent != si || pm.kind != sName || pm.cand.typ != graph.Person {
			continue
		}
		i := pm.hb
		if i >= s.b || toks[i].text != "," {
			continue
		}
		j := i + 1
		if j < s.b && toks[j].low == "whose" {
			// "Prime Minister X, whose Socialist Party backed Y"
			for _, om := range d.ments {
				if om.sent == si && om.a == j+1 && om.cand.typ == graph.Organization {
					d.roles = append(d.roles, roleLink{person: pm, target: om, class: graph.Role, sent: si, verb: "whose", rule: "role.whose"})
				}
			}
			continue
		}
		leads := false
		if j < s.b && (toks[j].low == "who") {
			j++
			for j < s.b && (toks[j].low == "also" || toks[j].low == "now" || toks[j].low == "currently") {
				j++
			}
			if j < s.b && (toks[j].low == "serves" || toks[j].low == "served" || toks[j].low == "is" || toks[j].low == "was" || d.appositiveLeads(j, s.b)) {
				leads = d.appositiveLeads(j, s.b)
				j++
				if j < s.b && toks[j].low == "as" {
					j++
				}
			} else {
				continue
			}
		}
		for j < s.b && (toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an") {
			j++
		}
		// Must start with a title, or with an organisation and a title
		// ("X, the Gazprom chief executive,"), unless "who chairs/heads/
		// leads" said what it is.
		if j >= s.b {
			continue
		}
		if leads {
			// "X, who chairs the bloc,": the organisation is X's.
		} else if !(d.titleEnd(j, s.b, false) > j || d.titleEnd(j, s.b, true) > j || toks[j].low == "heads" || toks[j].low == "leads") {
			k := j
			for k < s.b && k < j+6 && (toks[k].kind == tWord && toks[k].cap || toks[k].kind == tPoss) {
				k++
			}
			if !(k > j && k < s.b && d.titleEnd(k, s.b, false) > k) {
				continue
			}
		}
		// The appositive runs to the next comma or sentence end.
		end := j
		for end < s.b && toks[end].text != "," && toks[end].text != ";" && toks[end].kind != tOpenQ {
			end++
		}
		if d.titleOfNext(j, end) {
			continue // "X, Foreign Minister Y and Z": a list of people
		}
		// Split into parts at "and" + title.
		parts := [][2]int{}
		ps := j
		for k := j; k < end; k++ {
			if toks[k].low == "and" && k+1 < end && !toks[k+1].cap && d.titleEnd(k+1, end, false) > k+1 {
				parts = append(parts, [2]int{ps, k})
				ps = k + 1
			}
		}
		parts = append(parts, [2]int{ps, end})
		for _, p := range parts {
			// Title head of the part.
			te := d.titleEnd(p[0], p[1], false)
			if te == p[0] {
				te = d.titleEnd(p[0], p[1], true)
			}
			if te > p[0] && !(te < p[1] && toks[te].kind == tWord && toks[te].cap) {
				// Not "President" of "X, President Trump's envoy".
				d.pendingTitles = append(d.pendingTitles, pendingTitle{m: pm, title: toks[te-1].low, text: d.span(p[0], te)})
			}
			var orgs, countries []*mention
			var owner *mention
			for _, om := range d.ments {
				if om.sent != si || om.a < p[0] || om.b > p[1] || om == pm {
					continue
				}
				om.appo = true
				switch {
				case om.cand.typ == graph.Organization && !om.mod:
					orgs = append(orgs, om)
				case om.cand.typ == graph.Country && (om.kind == sGaz || om.kind == sGroup) && !om.mod && !d.notRoleCountry(om):
					countries = append(countries, om)
				case om.cand.typ == graph.Person && om.poss:
					owner = om
				}
			}
			targets := orgs
			if len(targets) == 0 {
				targets = countries
			}
			if d.pastAside(p) {
				targets = nil // "X, Ghana's former finance minister," (past_aside.go)
			}
			for _, t := range targets {
				t.strong = t.strong || d.sentRegion[si] == rBody
				d.roles = append(d.roles, roleLink{person: pm, target: t, class: graph.Role, sent: si, verb: d.span(p[0], p[1]), rule: "role.appositive"})
			}
			if len(targets) == 0 && owner != nil && te > p[0] {
				if toks[te-1].is(envoyTitlesClass) {
					d.envoys = append(d.envoys, roleLink{person: pm, target: owner, class: graph.Role, sent: si, rule: "role.envoy"})
				} else if toks[te-1].is(familyWordsClass) {
					d.roles = append(d.roles, roleLink{person: pm, target: owner, class: graph.Family, sent: si, verb: d.span(p[0], p[1]), rule: "family.appositive"})
				}
			}
		}
		// Orgs inside appositives are organisations the text names in
		// running text: make them strong.
	}
}

// resolveNames creates the actors of strong mentions, then links weak
// mentions and single names to them.
func (d *doc) resolveNames() {
	d.joinParticleNames()
	d.joinPortfolioLists() // ministry_portfolios.go
	// Pass 1: strong full names and gazetteer forms.
	for _, m := range d.ments {
		if m.cand.canon == "" || !m.strong {
			continue
		}
		if m.kind == sName && m.cand.typ == graph.Person && m.surname != "" {
			continue // single names after full names
		}
		m.act = d.registry(m.cand, true, d.toks[m.ha].s)
	}
	d.mergeTypos()
	d.mergeNameTails()
	d.companyHeadPersons() // civil_body_country.go
	// "Meridian Pharma" is also "Meridian".
	for _, a := range d.actors {
		if a.typ != graph.Organization {
			continue
		}
		f := d.fieldsOf(a.canon)
		if len(f) >= 2 && (companyHeads[strings.ToLower(f[len(f)-1])] || corpSuffixes[strings.ToLower(f[len(f)-1])]) && !stopCaps[strings.ToLower(f[0])] {
			short := strings.Join(f[:len(f)-1], " ")
			if _, isGaz := d.x.gaz.forms[strings.ToLower(short)]; !isGaz {
				a.addAlias(short)
			}
		}
		d.addCompanyCore(a) // "Daeyang Heavy Industries" is also "Daeyang"
		if short := openerShortForm(a.canon); short != "" {
			if _, isGaz := d.x.gaz.forms[strings.ToLower(short)]; !isGaz {
				a.addAlias(short) // "Banco Sabadell" is also "Sabadell"
			}
		}
	}
	// Pass 2: single names against persons' surnames and first names.
	// Surname-first names ("Wang Wentao … Wang said") are known by
	// their first word; a last word match is preferred.
	persons := map[string][]*actor{}
	firsts := map[string][]*actor{}
	for _, a := range d.actors {
		if a.typ != graph.Person {
			continue
		}
		f := d.fieldsOf(d.fold(a.canon))
		if len(f) > 1 {
			persons[f[len(f)-1]] = append(persons[f[len(f)-1]], a)
			firsts[f[0]] = append(firsts[f[0]], a)
		}
		// "Majed al-Ansari" is also "Al-Ansari".
		if w := d.fieldsOf(a.canon); len(w) > 1 {
			if k := d.fold(w[len(w)-1]); k != f[len(f)-1] {
				persons[k] = append(persons[k], a)
			}
			if k := d.fold(w[0]); k != f[0] {
				firsts[k] = append(firsts[k], a)
			}
		}
	}
	shortOrgs := d.oneWordForms()
	for _, m := range d.ments {
		if m.act != nil || m.surname == "" {
			continue
		}
		key := d.fold(m.surname)
		if ps := persons[key]; len(ps) == 1 {
			m.act = ps[0]
			m.act.addAlias(m.surname)
			continue
		}
		if a := d.surnameOwner(m, persons[key]); a != nil {
			m.act = a // "Mohamed" after "Ahmed Mohamed", before his father is named
			a.addAlias(m.surname)
			continue
		}
		if ps := firsts[key]; len(ps) == 1 && len(persons[key]) == 0 {
			m.act = ps[0]
			m.act.addAlias(m.surname)
			continue
		}
		if a := d.paternalSurname(m, key, persons, firsts); a != nil {
			m.act = a // "Vargas" after "Rogelio Vargas Quintero" (civil_body_country.go)
			a.addAlias(m.surname)
			continue
		}
		if a := d.lookupKnown(m.surname); a != nil {
			m.act = a
			continue
		}
		if full, ok := d.x.gaz.leaders[key]; ok && (m.strong || m.region == rBody) {
			m.act = d.registry(candidate{canon: full, typ: graph.Person, alias: m.surname}, true, d.toks[m.ha].s)
			continue
		}
		if a := shortOrgs.one(key); a != nil && m.region == rBody && d.toks[m.ha].s > a.first {
			// A short form after the full name ("the Church", after
			// "the Church of Scientology").
			m.act = a
			a.addAlias(m.surname)
			continue
		}
		if a := typoSurname(persons, key); a != nil && (m.cand.canon == "" || m.cand.typ == graph.Person && !strings.Contains(m.cand.canon, " ")) {
			// "Water said", "Ms Bauchtman said": a misspelt surname
			m.act = a
			a.addAlias(m.surname)
			continue
		}
		if m.cand.canon != "" && m.strong {
			m.act = d.registry(m.cand, true, d.toks[m.ha].s)
		}
	}
	d.unevidencedPersons()
	d.itSpeakers()
	d.captionPersons()
	d.sloganPersons()
	d.transcriptLabelPersons()
	// Pass 2b: one-word proper nouns that act ("Apple said", "fined
	// Spotify") and never appear in lower case are organisations.
	d.singleWordOrgs()
	d.spokespersonOrgs()
	d.moreOneWordOrgs()
	d.appositiveOrgNames()
	d.orgModifierPersons()
	// Pass 3: weak mentions attach to existing actors.
	for _, m := range d.ments {
		if m.act != nil || m.cand.canon == "" {
			continue
		}
		if a := d.lookupKnown(m.cand.canon); a != nil {
			m.act = a
			if m.cand.alias != "" {
				a.addAlias(m.cand.alias)
			}
			continue
		}
		if m.kind == sName && m.cand.typ == graph.Person {
			// A full name in a heading or list: known by surname?
			f := d.fieldsOf(d.fold(m.cand.canon))
			if ps := persons[f[len(f)-1]]; len(ps) == 1 {
				m.act = ps[0]
				ps[0].addAlias(m.cand.alias)
			}
		}
	}
	// Common nouns used with organisations: "the FNV union"; the
	// nouns of their appositives and of their names' foreign heads.
	d.orgNouns()
	for _, m := range d.ments {
		if m.act == nil || m.act.typ != graph.Organization {
			continue
		}
		if m.b < len(d.toks) && d.toks[m.b].kind == tWord && d.toks[m.b].is(orgDescNounsClass) {
			m.act.nouns[d.toks[m.b].low] = true
		}
		if m.a > 0 && d.toks[m.a-1].kind == tWord && d.toks[m.a-1].is(orgDescNounsClass) {
			m.act.nouns[d.toks[m.a-1].low] = true
		}
	}
	// Aliases: the surface forms of strong mentions.
	for _, m := range d.ments {
		if m.act != nil && m.cand.alias != "" {
			m.act.addAlias(m.cand.alias)
		}
	}
	// Titles recorded on persons.
	for _, pt := range d.pendingTitles {
		if pt.m.act == nil {
			continue
		}
		pt.m.act.titles[pt.title] = true
		if pt.m.act.typ == graph.Person && pt.text != "" && !strings.Contains(pt.text, ",") && len(pt.text) < 40 && pt.m.region == rBody {
			// "President Donald Trump" is a common alias form.
			// Only as the text writes it, the title just before the
			// name: a title read from elsewhere in the sentence may be
			// another's ("Umerov, Foreign Minister Andrii Sybiha").
			if at := d.toks[pt.m.ha].s - len(pt.text) - 1; strings.ToUpper(pt.text[:1]) == pt.text[:1] && at >= 0 && d.text[at:d.toks[pt.m.ha].s] == pt.text+" " {
				pt.m.act.addAlias(pt.text + " " + d.span(pt.m.ha, pt.m.hb))
			}
		}
	}
	for _, rl := range d.roles {
		if rl.class == graph.Role && rl.person.act != nil && rl.target.act != nil && rl.target.act.typ == graph.Country {
			rl.person.act.roleCountries[rl.target.act.canon] = true
		}
	}
	d.mergeAcronyms()
	d.mergeCountryAcronyms()
	d.bareBodyNouns()
	d.familyPlurals()
	d.mergeInitialsPrefix()
	d.mergePrefixForms()
	d.mergeCompanyShortForms()
	d.mergeUnits()
	d.mergeNamedUnits()
	d.mergePossessedUnits()
	d.governmentsAsCountries()
	d.mergeCountryShortForms()
	d.idleAcronyms()
	d.idleArticleNames()
	d.versionedProducts()
	d.namedAfterPerson()
	d.modifierOnlyNames()
	d.placeOnlyFacilities()
	d.companyOwnerCountries()
	// Canonical names: the fullest form seen.
	for _, a := range d.actors {
		if a.typ != graph.Person {
			continue
		}
		best := a.canon
		for _, al := range a.aliases {
			if d.isPlainName(al) && len(strings.Fields(stripInitials(al))) > len(strings.Fields(best)) {
				best = stripInitials(al)
			}
		}
		if best != a.canon {
			a.addAlias(a.canon)
			a.canon = best
		}
	}
	d.middleNameAliases()
	d.givenNameVariants()
	sort.SliceStable(d.actors, func(i, j int) bool { return d.actors[i].first < d.actors[j].first })
}

// mergeAcronyms folds an organisation written as an acronym ("ODM") into
// the one organisation of the article whose initials it spells ("Orange
// Democratic Movement").
func (d *doc) mergeAcronyms() {
	byInitials := map[string][]*actor{}
	for _, a := range d.actors {
		if a.typ != graph.Organization && a.typ != graph.Group {
			continue
		}
		w := d.fieldsOf(a.canon)
		if len(w) < 2 {
			continue
		}
		var ini strings.Builder
		for _, x := range w {
			if connectors[strings.ToLower(x)] || x == "&" {
				continue
			}
			r := []rune(x)
			if len(r) == 0 || !unicode.IsUpper(r[0]) {
				ini.Reset()
				break
			}
			ini.WriteRune(r[0])
		}
		if ini.Len() >= 2 {
			byInitials[ini.String()] = append(byInitials[ini.String()], a)
		}
	}
	for _, a := range append([]*actor(nil), d.actors...) {
		if a.typ != graph.Organization || strings.Contains(a.canon, " ") {
			continue
		}
		if full := byInitials[a.canon]; len(full) == 1 && full[0] != a && len(a.canon) <= 6 && strings.ToUpper(a.canon) == a.canon {
			d.traceMerge(a, full[0], "actor.acronym")
			d.mergeInto(a, full[0])
			continue
		}
		// "Newcastle", the short form of "Newcastle United";
		// "Commission", the head of "European Commission".
		key := d.fold(a.canon)
		var full *actor
		n := 0
		for _, b := range d.actors {
			if b != a && b.typ == graph.Organization && b.folded[key] && strings.Contains(b.canon, " ") {
				full = b
				n++
			}
		}
		if n == 0 && orgHeads[key] {
			for _, b := range d.actors {
				if b != a && b.typ == graph.Organization && strings.HasSuffix(d.fold(b.canon), " "+key) {
					full = b
					n++
				}
			}
		}
		if n == 1 {
			d.traceMerge(a, full, "actor.short-form")
			d.mergeInto(a, full)
		}
	}
}

// mergeInto makes every mention of actor from a mention of actor to.
func (d *doc) mergeInto(from, to *actor) {
	for _, m := range d.ments {
		if m.act == from {
			m.act = to
		}
		for i, g := range m.group {
			if g == from {
				m.group[i] = to
			}
		}
	}
	to.addAlias(from.canon)
	for _, al := range from.aliases {
		to.addAlias(al)
	}
	to.strong = to.strong || from.strong
	if from.first < to.first {
		to.first = from.first
	}
	d.byKey[d.fold(from.canon)] = to
	out := d.actors[:0]
	for _, a := range d.actors {
		if a != from {
			out = append(out, a)
		}
	}
	d.actors = out
}

// singleWordOrgs turns unresolved one-word names into organisations when
// they speak or act, or recur, and the word is never written in lower
// case in the article (so it is no common word). A known given name
// that opens a verb or owns something is a person, not an organisation,
// when a personal pronoun follows it in its sentence (givenNameAlone).
func (d *doc) singleWordOrgs() {
	lower := d.lowerWords()
	count := map[string]int{}
	acts, actsNotOwns := map[string]bool{}, map[string]bool{}
	leads := map[string]bool{} // written before a verb or its possessive
	for _, m := range d.ments {
		if m.act != nil || m.surname == "" || m.ha+1 != m.hb || m.region != rBody {
			continue
		}
		t := d.toks[m.ha]
		if lower[t.low] || t.upper && len(t.text) <= 2 || hyphenedWord(t) {
			continue
		}
		s := d.sents[m.sent]
		if m.ha > d.skipDateline(s) || d.possessorOfPerson(m, s) {
			count[t.low]++ // sentence-initial capitals prove nothing
		} else if after := d.pastTimeAdverbs(d.afterWhichAside(m.hb, s), s); after < s.b && d.toks[after].is(coreSpeechClass) && !strings.HasSuffix(t.low, "s") {
			count[t.low]++ // "Lufthansa said", "Lufthansa, which flies there, said"
		}
		next := d.pastCountryUnit(m.sent, d.afterWhichAside(m.hb, s), s) // "Nestle India said"
		for next < s.b && adverbs[d.toks[next].low] && (d.toks[next].low == "also" || d.toks[next].low == "has" || d.toks[next].low == "had") {
			next++
		}
		next = d.pastTimeAdverbs(next, s) // "Factwise then pointed out" (report_frames.go)
		if next < s.b && (d.toks[next].is(lexVerbWordsClass) || d.toks[next].kind == tPoss || d.toks[next].is(orgDescNounsClass)) && !d.placeBeforeBodyNoun(m, next) {
			acts[t.low] = true
			if d.toks[next].kind != tPoss {
				actsNotOwns[t.low] = true
			}
			if !d.toks[next].is(orgDescNounsClass) {
				leads[t.low] = true
			}
		}
		if m.ha > s.a && d.toks[m.ha-1].is(lexVerbWordsClass) && !d.toks[m.ha-1].is(coreSpeechClass) {
			acts[t.low] = true
			actsNotOwns[t.low] = true
		}
	}
	// A word of a person's name ("Kim" with two Kims named) is no
	// organisation, even when it cannot be resolved.
	personWord := map[string]bool{}
	for _, a := range d.actors {
		if a.typ == graph.Person {
			for _, w := range d.fieldsOf(d.fold(a.canon)) {
				personWord[w] = true
			}
		}
	}
	for _, m := range d.ments {
		if m.act != nil || m.surname == "" || m.ha+1 != m.hb {
			continue
		}
		low := d.toks[m.ha].low
		if personWord[d.fold(m.surname)] || d.storms[d.fold(m.surname)] {
			continue
		}
		if thingHeads[low] {
			continue // "Fishing communities in Sri Lanka's Northern Province say": the end of a place's or a thing's name (session 22)
		}
		if acts[low] && !actsNotOwns[low] && d.writtenAsPlace(m.surname) {
			continue // "Mecca's Grand Mosque … pilgrims arrive in Mecca": a place (ownerOnlyPlace)
		}
		if firstNames[low] && acts[low] && count[low] >= 1 && leads[low] && d.givenNameAlone(low) {
			// "Gloria developed eczema … her skin": a person
			m.act = d.registry(candidate{canon: m.surname, typ: graph.Person, alias: m.surname}, m.region == rBody || m.strong, d.toks[m.ha].s)
			continue
		}
		if acts[low] && count[low] >= 1 {
			m.act = d.registry(candidate{canon: m.surname, typ: graph.Organization, alias: m.surname}, m.region == rBody || m.strong, d.toks[m.ha].s)
		}
	}
}

// isPlainName reports whether s is a bare name (no title words).
func (d *doc) isPlainName(s string) bool {
	for w := range strings.FieldsSeq(s) {
		lw := strings.ToLower(w)
		if titleWords[lw] || titleMods[lw] || stopCaps[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			return false
		}
		if _, ok := d.x.gaz.forms[lw]; ok {
			return false
		}
	}
	return true
}

// unevidencedPersons retypes the capitalised names taken for persons
// that look like names of things (thingLike) and that the text never
// treats as persons (personEvidence): one ending in
// an organisation's head noun is that organisation ("Border Force"),
// any other is no actor ("Space Shuttle Atlantis", "Launch Pad").
func (d *doc) unevidencedPersons() {
	lower := d.lowerWords()
	for _, a := range d.actors {
		if a.typ == graph.Person && d.writtenAsPlace(a.canon) && !d.personEvidence(a) {
			a.weaken("unevidencedPersons:place") // "Los Angeles", written "in Los Angeles" elsewhere
			continue
		}
		if a.typ == graph.Person && pluralHead(a.canon) && !d.personEvidence(a) {
			a.typ = graph.Organization // "Pace Galleries", "Art Collections"
			continue
		}
		if a.typ != graph.Person || !thingLike(a.canon, lower) || d.personEvidence(a) {
			continue
		}
		last := strings.ToLower(lastWord(a.canon))
		switch {
		case orgHeads[last] && !thingHeads[last] || companyHeads[last] || d.bodyNounAppositive(a):
			a.typ = graph.Organization
		default:
			a.weaken("unevidencedPersons")
		}
	}
}

// captionPersons makes weak the names taken for persons that only a
// picture's caption names ("Brampton Spider-Gwen and Symbiote Spidey
// pose at the booth. Image: Jane Roe.") and that nothing shows to be
// persons (personEvidence): costumes, characters and things in the
// picture, not people of the story. A caption's "cosplayer Ana Cruz"
// or "minister X" keeps its person.
func (d *doc) captionPersons() {
	only := map[*actor]bool{}
	for _, m := range d.ments {
		if m.act == nil || m.act.typ != graph.Person {
			continue
		}
		c, seen := only[m.act]
		only[m.act] = (c || !seen) && d.captionSent(m.sent)
	}
	for a, c := range only {
		if c && a.strong && !d.personEvidence(a) {
			a.weaken("captionPersons")
		}
	}
}

// captionSent reports whether sentence si lies on a picture's caption:
// a line with a credit label and its colon after some words ("… at the
// booth. Image: Jane Roe.").
func (d *doc) captionSent(si int) bool {
	line := d.sents[si].line
	a, ok := d.lineStartOf(line)
	if !ok {
		return false
	}
	// Once a line: each mention on it asks, and a line of many
	// sentences scanned for each cost the square of its length.
	if c, ok := d.captionLines[line]; ok {
		return c
	}
	if d.captionLines == nil {
		d.captionLines = map[int]bool{}
	}
	c := d.lineHasCredit(a, line)
	d.captionLines[line] = c
	return c
}

// lineHasCredit reports whether line, whose first token is a, has a
// credit label and its colon after its first word (captionSent).
func (d *doc) lineHasCredit(a, line int) bool {
	for j := a + 1; j+1 < len(d.toks) && d.toks[j].s < d.pg.lines[line].e; j++ {
		if t := d.toks[j]; t.kind == tWord && t.cap && t.is(creditLabelsClass) && d.toks[j+1].text == ":" {
			return true
		}
	}
	return false
}

// writtenAsPlace reports whether the text writes name after "in" or
// "near" somewhere, not as a possessor ("in Hong Kong", not "in Harry
// Kane's absence"): a place's name.
func (d *doc) writtenAsPlace(name string) bool {
	if !d.placeFound {
		d.placeAfter, d.placeFound = [2][]int{occurrences(d.text, " in "), occurrences(d.text, " near ")}, true
	}
	for pi, p := range []string{" in ", " near "} {
		// Each occurrence of p followed by name, leftmost first, none
		// starting inside the one before: what strings.Index of p+name
		// finds, again and again after each.
		next := 0
		for _, i := range d.placeAfter[pi] {
			if i < next || !strings.HasPrefix(d.text[i+len(p):], name) {
				continue
			}
			next = i + len(p) + len(name)
			rest := d.text[next:]
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || r != '\'' && r != '\u2019' && !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// occurrences returns where sub occurs in text, overlapping ones too.
func occurrences(text, sub string) []int {
	var out []int
	for k := 0; ; {
		i := strings.Index(text[k:], sub)
		if i < 0 {
			return out
		}
		out = append(out, k+i)
		k += i + 1
	}
}

// pluralHead reports whether a name of two words or more ends in a
// long plural noun of things or bodies ("Pace Galleries", "Art
// Collections"), which no surname is.
func pluralHead(name string) bool {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	if len(w) < 2 {
		return false
	}
	last := strings.ToLower(w[len(w)-1])
	return len(last) >= 8 && (strings.HasSuffix(last, "ies") || strings.HasSuffix(last, "ions"))
}

// personEvidence reports whether the text treats actor a as a person:
// a known given name first (nlp/data/given_names.txt), a name's shape
// (initials, a name particle, a hyphenated given name: "A. S. Heagle",
// "Carlo De Benedetti", "Lam Cheuk-ting"), a gazetteer office holder,
// or, at one of its mentions, a title or honorific before it, a verb of
// speech beside it, or a role read from its appositive.
func (d *doc) personEvidence(a *actor) bool {
	if d.personNameEvidence(a) {
		return true
	}
	for _, m := range d.ments {
		if m.act == a && d.speechBeside(m) {
			return true
		}
	}
	return false
}

// personNameEvidence reports what of personEvidence does not rest on
// speech: the name's shape, a known given name or leader, a role or a
// title. An organisation speaks too ("Zentrix said"), so a description
// before the name that calls it a body outweighs speech beside it
// (appositiveOrgNames), but not these.
func (d *doc) personNameEvidence(a *actor) bool {
	return d.x.gaz.leaders[d.fold(lastWord(a.canon))] == a.canon || knownGivenName(a) ||
		d.hasRoleLink(a) || d.titledPerson(a)
}

// personShape reports whether a name has a shape only persons' names
// have: an initial, a particle, or a hyphenated given name in lower
// case after the hyphen.
func personShape(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 {
		return false
	}
	for i, x := range w {
		lx := strings.ToLower(x)
		if i < len(w)-1 && (len(x) == 2 && x[1] == '.' || len(x) == 1 && unicode.IsUpper(rune(x[0]))) {
			return true // "A. S. Heagle", "Donald J Trump"
		}
		if i > 0 && i < len(w)-1 && nameConnectors[lx] {
			return true // "Carlo De Benedetti"
		}
		if h := strings.Index(x, "-"); i > 0 && h > 0 && h+1 < len(x) && unicode.IsLower(rune(x[h+1])) {
			return true // "Lam Cheuk-ting"
		}
	}
	return false
}

// lowerParticles counts the lower-case particles of a name ("da",
// "bin", "van") in tokens [a, b). A person's name is at most four
// words besides them: "Luiz Inacio Lula da Silva" and "Tamim bin Hamad
// Al Thani" are persons as "Maria da Silva" is, while a run of five
// capitalised words is more often a title or an organisation.
func (d *doc) lowerParticles(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind == tWord && !t.cap && t.is(nameConnectorsClass) {
			n++
		}
	}
	return n
}

// speechBeside reports whether a verb of speech follows mention m
// ("Waters said", "X, 45, said") or comes just before it ("…, said
// Bolden").
func (d *doc) speechBeside(m *mention) bool {
	s := d.sents[m.sent]
	j := m.hb
	for j < s.b && (d.toks[j].low == "also" || d.toks[j].low == "has" || d.toks[j].low == "had") {
		j++
	}
	if j < s.b && d.toks[j].is(personSpeechClass) {
		return true
	}
	return m.ha > s.a && d.toks[m.ha-1].is(personSpeechClass) && (m.hb == s.b || !d.toks[m.hb].cap)
}

// afterWhichAside returns the token after a "which" clause set off by
// commas that opens at j (", which runs the port,"), or j when none
// opens there or it does not close within the sentence: what a thing
// or organisation named before the clause does comes after it.
func (d *doc) afterWhichAside(j int, s sentence) int {
	if j+2 >= s.b || d.toks[j].text != "," || d.toks[j+1].low != "which" {
		return j
	}
	for k := j + 2; k < s.b && k-j <= 30; k++ {
		switch t := d.toks[k]; {
		case t.text == ",":
			return k + 1
		case t.kind == tOpenQ || t.kind == tCloseQ || t.text == ";":
			return j
		}
	}
	return j
}

// personSpeech are verbs of speech and thought that, next to a
// capitalised name, show it names someone.
var personSpeech = set("said", "says", "told", "tells", "added", "adds", "wrote", "writes",
	"explained", "recalled", "asked", "replied", "noted", "stated", "argued", "insisted",
	"believes", "thinks", "thought", "remarked", "commented", "admitted", "acknowledged")
var personSpeechClass = classOf(personSpeech)

// thingLike reports whether a capitalised name taken for a person's
// looks like the name of a thing: its first word is a common word the
// article also writes in lower case ("Launch Pad", "Space Shuttle
// Atlantis", "Border Force"), a word is a head of things' names
// ("Grand Mosque"), or a word is an acronym, a letter or a number
// ("PlayStation VR", "Protection B", "IE9").
func thingLike(name string, lower map[string]bool) bool {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	if len(w) < 2 {
		return false
	}
	if lowerIn(lower, w[0]) {
		return true
	}
	for i, x := range w {
		if lowerIn(thingHeads, x) || lowerIn(lowerThingHeads, x) {
			return true
		}
		if strings.ContainsAny(x, "0123456789") {
			return true
		}
		if len(x) >= 2 && strings.ToUpper(x) == x && !strings.HasSuffix(x, ".") && i > 0 {
			return true
		}
		if len(x) == 1 && i == len(w)-1 {
			return true
		}
	}
	return false
}

// idleAcronyms drops organisations known only by an acronym the
// gazetteer does not know, that spells no named organisation and never
// acts: "IQ", "HTML", "IE9" are words, not actors; "NCLAN said",
// "CAIR's director", "a NASA spokesman", "X of NWSC" act or hold
// someone, and "(M5S)" defines one.
func (d *doc) idleAcronyms() {
	for _, a := range d.actors {
		if a.typ != graph.Organization || !a.strong || !isAcronym(a.canon) || len(a.aliases) > 0 {
			continue
		}
		if _, known := d.x.gaz.forms[strings.ToLower(a.canon)]; known {
			continue
		}
		if !d.acronymActs(a) {
			a.weaken("idleAcronyms")
		}
	}
}

// idleArticleNames makes weak an organisation that only "the" before
// its name made one and that never acts: "the Bat Cave", "the Silver
// Clouds installation", "the Pacific Northwest" are places and things,
// while "the Daily Nation reported" and "told the Daily Nation" act.
func (d *doc) idleArticleNames() {
	for _, a := range d.actors {
		if a.typ == graph.Organization && a.strong && a.onlyViaArticle && !holdingInstitutions[strings.ToLower(lastWord(a.canon))] && !d.articleNameActs(a) {
			a.weaken("idleArticleNames")
		}
	}
}

// holdingInstitutions end the names of institutions that hold, show and
// receive things even when the text only places something there ("to
// the Adler Planetarium", "at the Tang Teaching Museum").
var holdingInstitutions = set("museum", "planetarium", "gallery", "galleries", "zoo", "theatre", "theater",
	"orchestra", "library", "archive", "archives", "foundation", "society", "trust", "institution")

// articleNameActs reports whether a mention of a, written after "the",
// is followed by a verb, a possessive or a noun of office, or is the
// object of a verb or of "by".
func (d *doc) articleNameActs(a *actor) bool {
	for _, m := range d.ments {
		if m.act != a {
			continue
		}
		s := d.sents[m.sent]
		if d.ownsOrActsNext(m, s) {
			return true
		}
		if m.hb < s.b {
			n := d.toks[m.hb]
			if k := m.hb + 1; n.kind == tWord && !n.cap && k < s.b && d.toks[k].is(orgCuesClass) {
				return true // "the Hells Angels biker gang"
			}
		}
		p := m.ha - 1
		if p > s.a && d.toks[p].low == "the" {
			p--
		}
		if p >= s.a && !d.toks[p].cap && (d.toks[p].low == "by" || d.toks[p].is(lexVerbWordsClass) || d.toks[p].is(speechVerbsClass)) && !d.nounModifier(m, s) {
			return true // "told the Daily Nation", "condemned by the Coalition"; not "seen the Silver Clouds installation"
		}
	}
	return false
}

// ownsOrActsNext reports whether mention m of sentence s is a possessor
// or is followed by a verb or a noun of office or organisation ("X
// said", "X's director", "X spokesman"), the evidence articleNameActs
// and acronymActs share that a name names an actor.
func (d *doc) ownsOrActsNext(m *mention, s sentence) bool {
	if m.poss {
		return true
	}
	if m.hb >= s.b {
		return false
	}
	n := d.toks[m.hb]
	return n.kind == tWord && !n.cap && (n.is(personSpeechClass) || n.is(lexVerbWordsClass) || n.is(auxiliariesClass) || n.is(titleWordsClass) || n.is(orgDescNounsClass))
}

// isAcronym reports whether name is one upper-case word ("NASA", "IE9").
func isAcronym(name string) bool {
	return len(name) >= 2 && !strings.ContainsAny(name, " .") && strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// acronymActs reports whether a mention of a is followed by a verb, a
// possessive or a noun of office or organisation ("NCLAN said", "CAIR's
// director", "NASA spokesman"), or comes after "by" or a verb.
func (d *doc) acronymActs(a *actor) bool {
	for _, m := range d.ments {
		if m.act != a {
			continue
		}
		s := d.sents[m.sent]
		if d.ownsOrActsNext(m, s) || d.orgAppositive(m) || d.orgDescriptionBefore(m) || d.possessedOrgBefore(m) {
			return true // "MONUSCO, the UN mission in Congo,": described as a body
		}
		if m.ha > s.a {
			p := d.toks[m.ha-1].low
			if p == "by" || p == "(" || isLexVerb(p) && !d.toks[m.ha-1].cap {
				return true // "by NCLAN", "Movimento 5 Stelle (M5S)"
			}
			if p == "the" && (m.hb == s.b || d.toks[m.hb].kind == tPunct || d.toks[m.hb].low == "which" || d.toks[m.hb].low == "and") {
				return true // "sided with the NAACP, which had sued"
			}
			if (p == "of" || p == "from") && m.ha-2 >= s.a && (d.toks[m.ha-2].cap || d.toks[m.ha-2].is(titleWordsClass)) {
				return true // "Leung Yiu-chung of NWSC", "deputies of M5S"
			}
		}
	}
	return false
}

// orgOnPhrase reports whether the lower-case "on" at token j carries a
// capitalised run on from an organisation's head noun to the field it
// deals with ("Council on Foreign Relations", "Committee on Human
// Rights"): a capitalised word follows that is no weekday, month or
// country ("the Council on Monday").
func (d *doc) orgOnPhrase(j int, s sentence) bool {
	if j <= s.a || j+1 >= s.b {
		return false
	}
	u, prev, next := d.toks[j], d.toks[j-1], d.toks[j+1]
	if u.low != "on" || u.cap || prev.kind != tWord || !prev.cap || !prev.is(orgHeadsClass) || next.kind != tWord || !next.cap {
		return false
	}
	if _, ok := weekdays[next.low]; ok || monthLike(next.low) {
		return false
	}
	f, _, ok := d.gazAt(j+1, s.b)
	return !ok || f.typ != graph.Country || f.kind == gDemonym
}

// spacedCompound reports whether the spaced hyphen at token j joins a
// nationality to the capitalised words after it inside one name
// ("Council on American - Islamic Relations", written for
// "American-Islamic"): a demonym before it and two capitalised words
// after it.
func (d *doc) spacedCompound(j int, s sentence) bool {
	if j <= s.a || j+2 >= s.b {
		return false
	}
	if u := d.toks[j]; u.kind != tPunct || u.text != "-" || u.tight {
		return false
	}
	if f, e, ok := d.gazAt(j-1, j); !ok || e != j || f.kind != gDemonym {
		return false
	}
	a, b := d.toks[j+1], d.toks[j+2]
	return a.kind == tWord && a.cap && b.kind == tWord && b.cap
}

// surnameAlone reports whether the capitalised word at token k stands
// alone somewhere else in the text, with no capitalised word before or
// after it ("Jafari said"): the way a person's surname is used after
// the full name.
func (d *doc) surnameAlone(k int) bool {
	w := d.toks[k]
	if w.kind != tWord || !w.cap || len(w.low) < 3 {
		return false
	}
	for i, t := range d.toks {
		if i == k || t.low != w.low || !t.cap {
			continue
		}
		before := i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].cap && d.toks[i-1].e+1 >= t.s
		after := i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.toks[i+1].cap
		if !before && !after {
			return true
		}
	}
	return false
}

// campNouns name a political camp or faction by its side ("the
// pro-Beijing camp", "the localist camp", "the anti-war faction").
var campNouns = set("camp", "faction")
var campNounsClass = classOf(campNouns)

// sidePrefixWords open a side's adjective before a hyphen.
var sidePrefixWords = set("pro", "anti", "pan")
var sidePrefixWordsClass = classOf(sidePrefixWords)

// campMentions adds the group mentions of sentence si's political camps:
// a camp noun after a side's adjective ("the anti-establishment camp",
// "pan-democracy camp's X", "the localist camp"). A camp without a side
// ("either camp", "a refugee camp") is none.
func (d *doc) campMentions(s sentence, si int) {
	for j := s.a + 1; j < s.b; j++ {
		if t := d.toks[j]; t.kind != tWord || t.cap || !t.is(campNounsClass) {
			continue
		}
		a := d.campSide(j, s)
		if a < 0 {
			continue
		}
		side := d.span(a, j)
		canon := strings.ToLower(side[:1]) + side[1:] + " " + d.toks[j].low
		m := &mention{kind: sGroup, a: a, b: j + 1, ha: a, hb: j + 1, sent: si, region: d.sentRegion[si],
			cand:   candidate{canon: canon, typ: graph.Group, class: "camp:" + d.fold(side), alias: d.span(a, j+1)},
			strong: d.sentRegion[si] == rBody}
		m.quote = d.inQuote[a]
		m.poss = j+1 < s.b && d.toks[j+1].kind == tPoss
		d.ments = append(d.ments, m)
	}
}

// campSide returns the first token of the side's adjective before the
// camp noun at token j, or -1: a prefix, a hyphen and a word
// ("pro-Beijing", "anti-establishment", "pan-democracy"), or a
// political -ist ("localist", "nationalist"; not "a terrorist camp",
// "the tourist camp", which are places).
func (d *doc) campSide(j int, s sentence) int {
	if j-3 >= s.a && d.toks[j-1].kind == tWord && d.toks[j-2].text == "-" && d.toks[j-2].tight && d.toks[j-1].tight && d.toks[j-3].is(sidePrefixWordsClass) {
		return j - 3 // "pro-Beijing": three tokens
	}
	t := d.toks[j-1]
	if t.kind != tWord {
		return -1
	}
	if p, rest, ok := strings.Cut(t.low, "-"); ok && sidePrefixWords[p] && len(rest) >= 3 {
		return j - 1 // "anti-establishment": one token
	}
	if len(t.low) >= 7 && strings.HasSuffix(t.low, "ist") && !roleNoun(t.low) && !t.is(campPlaceWordsClass) {
		return j - 1
	}
	return -1
}

// campPlaceWords are -ist words whose camp is a place, not a side.
var campPlaceWords = set("terrorist", "tourist", "jihadist", "artist", "scientist", "journalist")
var campPlaceWordsClass = classOf(campPlaceWords)

// versionedProducts makes weak the actors named by a product line: a
// name the text writes both with a version number after it and without
// ("Internet Explorer 6" … "Internet Explorer"; "IE6", "IE9" … "IE")
// names a product and its versions, not an actor. A name that speaks
// keeps its actor ("the Orion 3 … Orion said": a company).
func (d *doc) versionedProducts() {
	numbered, bare := map[string]bool{}, map[string]bool{}
	var plain []string // the names written with no version
	for _, m := range d.ments {
		if m.act == nil || m.kind == sPron || m.kind == sDesc {
			continue
		}
		name := d.span(m.ha, m.hb)
		if base := versionBase(name); base != "" {
			numbered[d.fold(base)] = true
		} else if m.hb < len(d.toks) && d.versionNumber(m.hb) {
			numbered[d.fold(name)] = true
		} else {
			plain = append(plain, name)
		}
	}
	if len(numbered) == 0 {
		return // no name written with a version: no product line
	}
	for _, name := range plain {
		bare[d.fold(name)] = true
	}
	for _, a := range d.actors {
		if !a.strong || a.typ == graph.Country || a.typ == graph.Group {
			continue
		}
		base := d.fold(a.canon)
		if b := versionBase(a.canon); b != "" {
			base = d.fold(b)
		}
		if !numbered[base] || !bare[base] || d.speaks(a) {
			continue
		}
		if _, known := d.x.gaz.forms[strings.ToLower(a.canon)]; known {
			continue
		}
		a.weaken("versionedProducts")
	}
}

// versionBase returns the letters of a one-word name that ends in a
// version number ("IE9" → "IE", "Galaxy3" → "Galaxy"), or "".
func versionBase(name string) string {
	if strings.ContainsAny(name, " -") {
		return ""
	}
	i := strings.IndexFunc(name, unicode.IsDigit)
	if i < 2 || strings.TrimLeftFunc(name[i:], unicode.IsDigit) != "" || len(name)-i > 2 {
		return ""
	}
	return name[:i]
}

// versionNumber reports whether token j is a version number after a
// name: one or two digits, not a year or a count ("Explorer 6", not
// "Explorer 2011").
func (d *doc) versionNumber(j int) bool {
	t := d.toks[j]
	return t.kind == tNum && len(t.text) <= 2 && !t.tight
}

// speaks reports whether a mention of actor a has a verb of speech
// beside it ("Orion said").
func (d *doc) speaks(a *actor) bool {
	for _, m := range d.ments {
		if m.act == a && m.kind != sPron && d.speechBeside(m) {
			return true
		}
	}
	return false
}

// facilityHeads end the names of places that an organisation runs or
// that host events: named only where something happens ("at the Metro
// Convention Centre", "from Harbour Airport"), they are places.
var facilityHeads = set("centre", "center", "complex", "airport", "station", "stadium", "arena",
	"hospital", "terminal", "hall", "campus", "park", "square", "memorial", "convention")

// placeOnlyFacilities makes weak the organisations and names taken for
// persons whose name ends in a facility's head and that the text only
// writes where something is or goes (placeSlot): "took place at the
// Metro Convention Centre", "lifted off from the Space Center", "on
// display at the Space Center Visitor Complex". One that acts, speaks,
// owns or is a verb's object ("the hospital said", "the Centre's
// director") keeps its actor.
func (d *doc) placeOnlyFacilities() {
	for _, a := range d.actors {
		if !a.strong || a.typ != graph.Organization && a.typ != graph.Person || !facilityHeads[strings.ToLower(lastWord(a.canon))] {
			continue
		}
		if d.namedOnlyWhere(a, func(m *mention) bool {
			return (d.placeSlot(m) || d.staffOfPlace(m)) && !d.ownsOrActsNext(m, d.sents[m.sent])
		}) {
			a.weaken("placeOnlyFacilities")
		}
	}
}

// staffOfPlace reports whether mention m, a facility's name, only
// says where the people after it work ("many KSC employees", "the
// Harbour Station staff"): as after "at", a place.
func (d *doc) staffOfPlace(m *mention) bool {
	s := d.sents[m.sent]
	return m.hb < s.b && placeStaff[d.toks[m.hb].low]
}

// placeStaff are the people who work at a place.
var placeStaff = set("employees", "workers", "staff", "staffers", "personnel")

// namedOnlyWhere reports whether the text names actor a at least once
// and every mention of it by name (not by pronoun or description)
// passes ok: the test of the passes that drop an actor the text only
// writes in one kind of place.
func (d *doc) namedOnlyWhere(a *actor, ok func(m *mention) bool) bool {
	seen := false
	for _, m := range d.ments {
		if m.act != a || m.kind == sPron || m.kind == sDesc {
			continue
		}
		if !ok(m) {
			return false
		}
		seen = true
	}
	return seen
}

// placeSlot reports whether mention m stands where a place does: after
// a preposition of place ("at", "from", "in", "near", a motion's "to";
// not "sent to the Science Center", which receives), with "the" and a
// capitalised name it is part of between ("at the Space Center Visitor
// Complex").
func (d *doc) placeSlot(m *mention) bool {
	s := d.sents[m.sent]
	j := m.ha - 1
	for j > s.a && d.toks[j].kind == tWord && d.toks[j].cap && !d.toks[j].is(functionCapsClass) {
		j--
	}
	if j > s.a && d.toks[j].low == "the" {
		j--
	}
	if j < s.a {
		return false
	}
	w := d.toks[j].low
	return placePreps[w] || w == "at" || w == "from" || w == "via" || w == "to" && d.motionBefore(j, s)
}

// transitHeads end the names of buildings and stops that an
// organisation's name may open ("Harbour University Hospital Station",
// "Northfield International Airport").
var transitHeads = set("airport", "station", "stadium", "arena", "terminal")
var transitHeadsClass = classOf(transitHeads)

// facilityRun reports whether the capitalised run [a, b) is the name of
// a facility: two words or more ending in one of transitHeads. Its
// words name no organisation ("from Harbour University Hospital
// Station" names no hospital).
func (d *doc) facilityRun(a, b int) bool {
	if b-a < 2 {
		return false
	}
	t := d.toks[b-1]
	return t.kind == tWord && t.cap && t.is(transitHeadsClass)
}

// divisionNouns name parts of a country: the country after their "of"
// only places them ("the counties of Taiwan", "the north of Chile").
var divisionNouns = set("counties", "county", "provinces", "province", "regions", "region",
	"states", "cities", "city", "towns", "villages", "parts", "part", "areas", "area",
	"north", "south", "east", "west", "coast", "capital", "mainland", "interior", "islands")
var divisionNounsClass = classOf(divisionNouns)

// kindNouns name a kind of country: the country after their "like" is
// an example of the kind, not an actor ("a developed country like Peru",
// "nations like Chile and Peru").
var kindNouns = set("country", "countries", "nation", "nations", "state", "places", "place", "economies", "economy")
var kindNounsClass = classOf(kindNouns)

// quantified reports whether the plural demonym at token i is counted
// ("about 100,000 Greeks", "thousands of Chileans", "many Peruvians"):
// people of the country, not the country acting.
func (d *doc) quantified(i int, s sentence) bool {
	j := i - 1
	if j > s.a && d.toks[j].low == "of" {
		j--
	}
	if j < s.a {
		return false
	}
	t := d.toks[j]
	return t.kind == tNum || t.is(quantityWordsClass)
}

var quantityWords = set("thousands", "hundreds", "millions", "dozens", "many", "most", "some", "few", "several", "numerous")
var quantityWordsClass = classOf(quantityWords)

// regionalSide reports whether the nationality group segment sg names a
// region's sports side or team ("the African side", "the European
// team"): the gazetteer types the region a group, not a country, and a
// noun of private life ends the segment. The side is some country's
// team, never the region.
func (d *doc) regionalSide(sg *segment) bool {
	if len(sg.countries) != 1 || sg.b <= sg.a {
		return false
	}
	if t := d.toks[sg.b-1]; t.kind != tWord || t.cap || !t.is(privateRolesClass) {
		return false
	}
	for _, f := range d.x.gaz.forms[strings.ToLower(sg.countries[0])] {
		if f.typ == graph.Group && f.kind == gName {
			return true
		}
	}
	return false
}

// possessorOfPerson reports whether the one-word mention m owns a
// person's full name right after it ("Civic Dawn's Ada Lam", "Quorra's
// Ben Tal won"): a body its member is named by, a proper noun even at
// the start of a sentence.
func (d *doc) possessorOfPerson(m *mention, s sentence) bool {
	j := m.hb
	if j+2 >= s.b || d.toks[j].kind != tPoss {
		return false
	}
	e := j + 1
	for e < s.b && d.toks[e].kind == tWord && d.toks[e].cap {
		e++
	}
	return e-(j+1) >= 2 && e-(j+1) <= 3 && (firstNames[d.toks[j+1].low] || personShape(d.span(j+1, e)))
}

// andInside returns the "and" inside the name [a, b) that joins two
// one-word names ("Nightowl7 and Quorra"), or -1.
func (d *doc) andInside(a, b int) int {
	if b-a == 3 && d.toks[a+1].low == "and" && !d.toks[a+1].cap {
		return a + 1
	}
	return -1
}

// nounModifier reports whether mention m is a modifier of the common
// noun right after it ("the Silver Clouds installation", "Treasury Board
// letters", "NCLAN studies"): a lower-case word follows that is no
// function word, verb, auxiliary, adverb or verb of speech, and the
// parser does not read the name as a verb's subject (verbSubject).
func (d *doc) nounModifier(m *mention, s sentence) bool {
	if m.poss || m.hb >= s.b || d.cooperationBody(m.ha, m.hb, s) {
		return false // "the Asia-Pacific Economic Cooperation forum" acts
	}
	t := d.toks[m.hb]
	if t.kind != tWord || t.cap || len(t.low) < 3 || t.is(functionCapsClass) || t.is(lexVerbWordsClass) || t.is(auxiliariesClass) || adverbs[t.low] || t.is(personSpeechClass) || t.is(speechVerbsClass) {
		return false
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly") {
		return false
	}
	// The parse, the costly test, is asked last: only when the words
	// say the name modifies a noun.
	return nounFollowed(d.toks, m.hb+1, s) && !d.verbSubject(m.sent, m.hb-1)
}

// nounFollowed reports whether what follows a common noun at token j-1
// shows it is one: the sentence's end, a mark, a preposition, a verb; a
// determiner or another content word would make it a verb ("MicroMega
// describe the ruling", "Delta collects donations").
func nounFollowed(toks []token, j int, s sentence) bool {
	if j >= s.b {
		return true
	}
	u := toks[j]
	if u.is(verbComplementsClass) {
		return false // "the Authority recommends that …": a verb
	}
	return u.kind != tWord || u.cap || u.is(functionCapsClass) && !u.is(determinersClass) || u.is(auxiliariesClass) || u.is(lexVerbWordsClass)
}

// verbComplements open a clause that a verb takes ("recommends that",
// "estimates whether", "plans to").
var verbComplements = set("that", "which", "who", "whether", "to", "if", "how", "what")
var verbComplementsClass = classOf(verbComplements)

// ownedNouns after an organisation's name are its own people, parts
// and belongings ("Apex headquarters", "Apex shares", "Apex staff"): the
// name names the organisation.
var ownedNouns = set("headquarters", "shares", "stock", "employees", "staff", "workers",
	"members", "products", "stores", "offices", "office", "factory", "factories", "executives",
	"board", "chief", "boss", "founder", "owner", "owners", "users", "customers", "subsidiary",
	"website", "site", "account", "accounts", "report", "reports", "researchers", "scientists")

// modifierOnlyNames makes weak the organisations the gazetteer does not
// know whose every mention modifies a common noun that is no person,
// part or belonging of theirs ("the Silver Clouds installation",
// "Treasury Board letters", "results of NCLAN studies"): the name of a
// thing's kind, not an actor the story has act or be acted upon.
func (d *doc) modifierOnlyNames() {
	for _, a := range d.actors {
		if !a.strong || a.typ != graph.Organization {
			continue
		}
		if _, known := d.x.gaz.forms[strings.ToLower(a.canon)]; known {
			continue
		}
		if d.namedOnlyWhere(a, func(m *mention) bool {
			// The noun's lists before nounModifier, which may parse.
			s := d.sents[m.sent]
			if m.hb >= s.b {
				return false
			}
			n := d.toks[m.hb].low
			return !(ownedNouns[n] || titleWords[n] || orgDescNouns[n] || proxyNouns[n] || agentNouns[n] || roleNoun(n)) && d.nounModifier(m, s)
		}) {
			a.weaken("modifierOnlyNames")
		}
	}
}

// lowerWords returns the set of words the article writes in lower case
// (a word token without a capital), made once per article: the one-word
// organisation and person rules each ask whether a name is also written
// as a common word. Callers only read it.
func (d *doc) lowerWords() map[string]bool {
	if d.lower == nil {
		n := 0 // the lower-case words, at most as many distinct ones: no growing
		for _, t := range d.toks {
			if t.kind == tWord && !t.cap {
				n++
			}
		}
		d.lower = make(map[string]bool, n)
		for _, t := range d.toks {
			if t.kind == tWord && !t.cap {
				d.lower[t.low] = true
			}
		}
	}
	return d.lower
}
