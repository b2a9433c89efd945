package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// skind is the sort of a segment: a piece of a sentence that may name or
// qualify an actor.
type skind uint8

const (
	sGaz    skind = iota + 1 // gazetteer form
	sOrg                     // organisation named by its head noun
	sName                    // capitalised name, not yet typed
	sTitle                   // title phrase ("Kremlin spokesman" has "spokesman")
	sFamily                  // family tie word
	sPoss                    // possessive 's
	sPron                    // personal pronoun
	sGroup                   // nationality + group noun ("Japanese protesters")
	sDesc                    // description ("the Ukrainian president", "a protester")
)

// segment is a typed token range [a, b) of one sentence.
type segment struct {
	kind  skind
	a, b  int
	form  gform  // for sGaz
	canon string // for sOrg, sGroup: the name; for sTitle: the head title word
	// ofAdj is set on name segments next to "of"/"for"/"the" inside a
	// capitalised run ("Transfer of Defense Equipment"): not a person.
	ofAdj bool
	// afterTitle is set on name segments that follow a title in the
	// same run ("President Putin").
	afterTitle bool
	// countries for sGroup/sDesc: the nationalities named.
	countries []string
	class     string // group class ("protest", "states", ...) or description noun
	plural    bool
	num       int // "the two envoys": 2
	typ       graph.ActorType
	// same is, for a group segment, the surface of the earlier group it
	// refers to ("the Afghan team" after "a group of Afghan
	// teenagers"; groupIntroduced): one actor.
	same string
	// halfOf is set on the first word of "North and South Korea": it
	// names the gazetteer form of the word with the head it shares, and
	// gives no alias of its own (sharedHeadHalves).
	halfOf bool
}

// proxyPeople are the nouns groupSegments takes into an organisation's
// mention ("Kremlin officials", "the State Department spokesperson"):
// they are the people speaking for it, not part of its name.
var proxyPeople = set("officials", "sources", "spokesperson", "spokesman", "spokeswoman", "representatives", "staff", "officers")
var proxyPeopleClass = classOf(proxyPeople)

// nameEnd is the end of the name in the mention span [a, b): b, or the
// token before a trailing proxyPeople noun.
func (d *doc) nameEnd(a, b int) int {
	if b-1 > a && d.toks[b-1].kind == tWord && !d.toks[b-1].cap && d.toks[b-1].is(proxyPeopleClass) {
		return b - 1
	}
	return b
}

var connectors = set("of", "and", "the", "for", "de", "von", "van", "bin", "bint", "al", "la", "le", "du", "der", "da", "dos", "del", "el", "ibn", "abu", "ben", "di", "den", "ter", "zu", "do", "das", "della")
var connectorsClass = classOf(connectors)

// nameConnectors may sit inside a person's name.
var nameConnectors = set("de", "von", "van", "bin", "bint", "al", "la", "le", "du", "der", "da", "dos", "del", "el", "ibn", "abu", "ben", "di", "den", "ter", "zu", "do", "das", "della")
var nameConnectorsClass = classOf(nameConnectors)

// leadingDescriptors open a sentence before a name without being part
// of it ("Rival Helix Systems said").
var leadingDescriptors = set("rival", "fellow", "embattled", "troubled", "struggling",
	"beleaguered", "indebted", "loss-making", "cash-strapped")
var leadingDescriptorsClass = classOf(leadingDescriptors)

// stateHeads end the first part of state names ("Republic of the
// Congo", "United Kingdom of …").
var stateHeads = set("republic", "kingdom", "states", "emirates", "islands", "federation", "commonwealth")
var stateHeadsClass = classOf(stateHeads)

// corpSuffixes end the names of companies and clubs ("Sporting CP",
// "Nordvik Energy ASA", "Calder Power plc", "Newcastle United").
var corpSuffixes = set("cp", "fc", "cf", "sc", "afc", "asa", "ag", "sa", "se", "nv", "ab", "plc",
	"spa", "gmbh", "bv", "oyj", "kk", "united", "rovers", "athletic", "wanderers", "hotspur", "albion")
var corpSuffixesClass = classOf(corpSuffixes)

// legalSuffixes are the corpSuffixes that are a legal form, not part of
// the name people use.
var legalSuffixes = set("asa", "ag", "sa", "se", "nv", "ab", "plc", "spa", "gmbh", "bv", "oyj", "kk", "inc", "inc.", "ltd", "llc", "corp", "corp.")
var legalSuffixesClass = classOf(legalSuffixes)

// skipDateline returns the first token after a dateline such as
// "OTTAWA, March 4, 2026 (Wire) -" or "KYIV –" at the start of a line.
func (d *doc) skipDateline(s sentence) int {
	toks := d.toks
	i := s.a
	if i > 0 && d.sentOfLineStart(s) != s.a {
		return i
	}
	// "Frankfurt, Germany - …", "Evansville, Indiana, United States -
	// …": a place and a spaced dash open the line.
	for k := i; k < s.b && k < i+8; k++ {
		t := toks[k]
		if t.kind == tPunct && (t.text == "-" || t.text == "\u2014" || t.text == "\u2013") && !t.tight && k > i {
			if d.dashAside(i, k, s) {
				return i // "Officials — including X — said": the subject and an aside
			}
			return k + 1
		}
		if !(t.kind == tWord && t.cap || t.text == "," || t.text == "*" || t.text == "_") {
			break
		}
	}
	j := i
	for j < s.b && (toks[j].kind == tWord && toks[j].upper || toks[j].text == "/" && j > i) {
		j++
	}
	if j == i || j >= s.b {
		return i
	}
	if toks[j].text == ":" {
		return j + 1 // "BEIJING/MANILA: …"
	}
	// Up to a dash within a few tokens.
	for k := j; k < s.b && k < j+14; k++ {
		t := toks[k]
		if t.kind == tPunct && (t.text == "-" || t.text == "\u2014" || t.text == "\u2013") && !t.tight {
			if d.dashAside(i, k, s) {
				return i // "NATO — which … — said"
			}
			return k + 1
		}
		if t.kind == tWord && !t.cap && !monthLike(t.low) && t.low != "and" {
			break
		}
	}
	return i
}

// dashAside reports whether the spaced dash at token k, after the words
// that open line-initial sentence s at i, opens an aside rather than
// ending a dateline (rule dashAside): the words before it hold no comma
// (a dateline's place and country, "KINSHASA, Congo —", or its date)
// and a lower-case word follows the dash ("Officials — including the
// minister — said", "Rwanda — which denies it — said"); a dateline is
// followed by its sentence's capitalised first word.
func (d *doc) dashAside(i, k int, s sentence) bool {
	for j := i; j < k; j++ {
		if d.toks[j].text == "," || d.toks[j].kind == tNum {
			return false
		}
	}
	n := k + 1
	return n < s.b && d.toks[n].kind == tWord && !d.toks[n].cap
}

func monthLike(w string) bool { _, ok := monthNum[w[:min(3, len(w))]]; return ok && len(w) <= 9 }

// sentOfLineStart returns the first token of the line of sentence s.
func (d *doc) sentOfLineStart(s sentence) int {
	if a, ok := d.lineStartOf(s.line); ok {
		return a
	}
	return s.a
}

// lowerThingHeads, following a capitalised run, show it names a place or
// facility ("Donetsk region", "Zaporizhzhia plant").
var lowerThingHeads = set("building", "plant", "region", "oblast", "province", "highway",
	"headquarters", "airport", "station", "area", "district", "border", "city", "river",
	"port", "base", "peninsula", "square", "street", "county", "village", "town", "valley",
	"facility", "reactor", "dam", "bridge", "mine", "field", "prison", "palace", "airbase")
var lowerThingHeadsClass = classOf(lowerThingHeads)

// groupNouns map a plural noun after a nationality to a group class; the
// classes in countryNouns make the phrase name the country itself.
var groupNouns = map[string]string{
	"protesters": "protest", "protestors": "protest", "demonstrators": "protest",
	"marchers": "protest", "citizens": "citizens", "lawmakers": "lawmakers",
	"legislators": "lawmakers", "mps": "lawmakers", "leaders": "leaders",
	"negotiators": "negotiators", "states": "states", "nations": "states",
	"powers": "states", "countries": "states", "governments": "states",
	"activists": "activists", "students": "students", "workers": "workers",
	"farmers": "farmers", "voters": "voters", "residents": "residents",
	"opponents": "opponents", "critics": "critics", "allies": "allies",
	"officials": "country", "authorities": "country", "government": "country",
	"side": "country", "partners": "country", "representatives": "country",
	"delegation": "country", "delegations": "country", "envoys": "envoys",
	"diplomats": "country", "military": "country", "army": "country",
	"forces": "country", "troops": "country", "soldiers": "country",
	"spokesperson": "country", "spokesman": "country", "spokeswoman": "country",
	"official": "country", "leadership": "country", "administration": "country",
	"navy": "country", "counterparts": "country", "team": "team",
	"negotiating": "country", "intelligence": "country", "regime": "country",
	"guards": "country", "police": "country", "peacekeepers": "country", "warplanes": "country",
	"jets": "country", "warships": "country",
	// "cooperating with Angolan investigators" (session 21): the
	// country's investigators, inspectors and auditors act for it.
	"investigators": "country", "inspectors": "country", "auditors": "country",
}
var groupNounsKeys = keysClass(groupNouns)

// agentNouns after a nationality make the country an actor even without
// a group ("Russian war", "Russian drones").
var agentNouns = set("war", "invasion", "attack", "attacks", "strikes", "strike", "drones",
	"missiles", "offensive", "aggression", "shelling", "bombing", "occupation", "sanctions",
	"president", "leader", "proposal", "plan", "demands", "position", "stance", "response",
	"economy", "ministry", "embassy", "parliament", "court", "media", "side", "officials",
	"ambassador", "envoy", "minister", "consul", "diplomat")
var agentNounsClass = classOf(agentNouns)

// isTitleTok reports whether a token may belong to a title; sector
// words count as modifiers ("Shipping Minister").
func isTitleTok(t *token) bool {
	return t.is(titleWordsClass) || t.is(titleModsClass) || t.is(orgHeadsClass) && !t.is(institutionHeadsClass)
}

// titleEnd returns the end of the title phrase that starts at i, or i
// when there is none. The phrase must end on a title word.
func (d *doc) titleEnd(i, b int, capOnly bool) int {
	end := i
	if i < b && d.toks[i].is(connectorsClass) {
		return i
	}
	for j := i; j < b; j++ {
		t := d.toks[j]
		// "Secretary-General": a hyphen inside a title.
		if t.kind == tPunct && (t.text == "-" || t.text == "\u2011") && t.tight && j > i && j+1 < b && d.toks[j+1].tight && isTitleTok(&d.toks[j+1]) && isTitleTok(&d.toks[j-1]) {
			continue
		}
		if t.kind != tWord || !isTitleTok(&t) {
			break
		}
		if d.chargeAfterOf(j, b) {
			break // "accused the minister of acting without …" (negotiation_sides.go)
		}
		if capOnly && !t.cap && !t.is(connectorsClass) {
			break
		}
		if !capOnly && t.cap && j > i {
			break
		}
		if t.is(titleWordsClass) || t.low == "staff" || t.low == "affairs" || t.low == "state" && j > i+1 && d.toks[j-1].low == "of" || d.portfolioAfterOf(i, j) {
			end = j + 1
		}
	}
	return end
}

// portfolioAfterOf reports whether token j is a portfolio's word right
// after a title word's "of" ("Minister of Education", "Secretary of
// Health"): the title ends there, and a name after it is its holder's.
func (d *doc) portfolioAfterOf(i, j int) bool {
	return j-2 >= i && d.toks[j].is(titleModsClass) && !d.toks[j].is(connectorsClass) && d.toks[j-1].low == "of" && d.toks[j-2].is(titleWordsClass)
}

// gazAt returns the longest gazetteer form starting at token i (within
// b), honouring case rules. The forms starting at each token are found
// once per article (gazHitsAt): the chunker and the name rules ask
// again at the same tokens with different bounds.
func (d *doc) gazAt(i, b int) (gform, int, bool) {
	if i >= b {
		return gform{}, i, false
	}
	hits := d.gazHitsAt(i)
	for k := len(hits) - 1; k >= 0; k-- {
		if hits[k].end <= b {
			return hits[k].form, hits[k].end, true
		}
	}
	return gform{}, i, false
}

// gazHit is a gazetteer form that case rules allow at a token and the
// token it ends before.
type gazHit struct {
	form gform
	end  int
}

// gazHitsAt returns, for each end in increasing order, the form that
// ends there when read from token i: of the forms written with those
// words that the case rules allow, the first of the lowest kind.
func (d *doc) gazHitsAt(i int) []gazHit {
	if d.gazHits == nil {
		d.gazHits = make([][]gazHit, len(d.toks))
		d.gazDone = make([]bool, len(d.toks))
	}
	if d.gazDone[i] {
		return d.gazHits[i]
	}
	d.gazDone[i] = true
	g := d.x.gaz
	if !g.startsForm(&d.toks[i]) {
		return nil
	}
	var key strings.Builder // words i to j once there are two; k alone holds the first
	var hits []gazHit
	for j := i; j < len(d.toks) && j-i < g.maxLen; j++ {
		t := d.toks[j]
		if t.kind != tWord && t.kind != tPoss && !(t.kind == tPunct && (t.text == "-" || t.text == "\u2011")) {
			break
		}
		k := t.low
		if j > i {
			if j == i+1 {
				key.WriteString(d.toks[i].low)
			}
			key.WriteByte(' ')
			key.WriteString(t.low)
			k = key.String()
		}
		found := false
		var best gform
		for _, f := range g.forms[k] {
			if !d.caseOK(f, i, j+1, k) {
				continue
			}
			if !found || f.kind < best.kind {
				best, found = f, true
			}
		}
		if found {
			hits = append(hits, gazHit{form: best, end: j + 1})
		}
		if !g.prefixes[k] {
			break // no longer form starts with these words
		}
	}
	d.gazHits[i] = hits
	return hits
}

func (d *doc) caseOK(f gform, a, b int, key string) bool {
	first := d.toks[a]
	if f.exact {
		// Acronyms and short forms: as the form writes them ("US",
		// "Fed"), or all in upper case.
		if d.span(a, b) == f.text {
			return true
		}
		for j := a; j < b; j++ {
			t := d.toks[j]
			if t.kind == tWord && strings.ToUpper(t.text) != t.text {
				return false
			}
		}
		return true
	}
	if first.cap {
		return true
	}
	if f.typ == graph.Group && (first.low == "al" || first.low == "el") && strings.HasPrefix(f.text, first.text) {
		return true // "al-Shabaab" as the gazetteer writes it
	}
	if d.particleName(f, a, b) {
		return true
	}
	return lowerOK(f, key)
}

// nameParticles are the articles of other languages that open the names
// of newspapers and bodies ("la Repubblica", "le Monde", "el País",
// "die Zeit"); English text often writes them in lower case.
var nameParticles = set("la", "le", "les", "el", "il", "lo", "der", "die", "das", "de", "het")
var nameParticlesClass = classOf(nameParticles)

// particleName reports whether the gazetteer's organisation f, written
// [a, b) in the text, opens with a particle of nameParticles in lower
// case and a capitalised word after it ("Italy's la Repubblica"): the
// organisation, as the gazetteer writes it with a capital.
func (d *doc) particleName(f gform, a, b int) bool {
	return f.typ == graph.Organization && b-a >= 2 && d.toks[a].is(nameParticlesClass) && d.toks[a+1].kind == tWord && d.toks[a+1].cap
}

// chunk finds the segments of sentence s.
func (d *doc) chunk(s sentence) []segment {
	var segs []segment
	toks := d.toks
	i := d.skipDateline(s)
	for i < s.b {
		t := toks[i]
		if t.kind != tWord {
			if t.kind == tPoss {
				segs = append(segs, segment{kind: sPoss, a: i, b: i + 1})
			}
			i++
			continue
		}
		if pronounContraction(t) {
			i++ // "I'm": no name
			continue
		}
		if t.is(pronounsClass) || d.itReports(i, s) || d.itActs(i, s) || d.itReported(i, s) || d.itObject(i, s) || d.itOpensClause(i, s) {
			segs = append(segs, segment{kind: sPron, a: i, b: i + 1, canon: t.low})
			i++
			continue
		}
		if !t.cap {
			if f, e, ok := d.gazAt(i, s.b); ok {
				segs = append(segs, segment{kind: sGaz, a: i, b: e, form: f})
				i = e
				continue
			}
			if e := d.titleEnd(i, s.b, false); e > i {
				segs = append(segs, segment{kind: sTitle, a: i, b: e, canon: toks[e-1].low})
				i = e
				continue
			}
			switch {
			case t.is(familyWordsClass):
				segs = append(segs, segment{kind: sFamily, a: i, b: i + 1, canon: t.low})
			}
			i++
			continue
		}
		if d.currencyPrefix(i) {
			i++ // "C$40 million": a currency, no name
			continue
		}
		// A capitalised run.
		j := i + 1
		for j < s.b {
			u := toks[j]
			if u.kind == tWord && u.cap && u.tight && toks[j-1].kind == tWord {
				break // "U.S.Envoys": a missing space, not one name
			}
			if u.kind == tWord && u.cap {
				j++
				continue
			}
			if u.kind == tPunct && u.text == "." && u.tight && (len(toks[j-1].text) == 1 || toks[j-1].is(abbreviationsClass)) && toks[j-1].cap && j+1 < s.b && toks[j+1].cap {
				j++
				continue
			}
			if u.kind == tPunct && (u.text == "-" || u.text == "\u2011") && u.tight && j+1 < s.b && toks[j+1].cap && toks[j+1].tight {
				j += 2
				continue
			}
			if (u.low == "of" || u.low == "for" && toks[j-1].is(orgHeadsClass)) && j+2 < s.b && toks[j+1].low == "the" && !toks[j+1].cap && toks[j+2].kind == tWord && toks[j+2].cap && (toks[j-1].is(orgHeadsClass) || toks[j-1].is(stateHeadsClass) || d.orgOfOrg(i, j, s) || d.holderTitledOffice(j-1)) {
				j += 2 // "Democratic Republic of the Congo", "Office of the President of the Philippines"
				continue
			}
			if e := d.orgLinkRunsOn(i, j, s); e > j {
				j = e // "Council for a Democratic Future" (org_name_links.go)
				continue
			}
			if d.pluralPossInName(i, j, s) || d.possessiveInName(i, j, s) {
				j++ // "Finnish Technical Workers' Union", "People's Liberation Army"
				continue
			}
			if d.campusAt(i, j, s) {
				j++ // "University of Texas at Austin"
				continue
			}
			if d.orgOnPhrase(j, s) || d.spacedCompound(j, s) {
				j++ // "Council on American - Islamic Relations"
				continue
			}
			if e := d.inRegionEnd(i, j, s); e > j {
				j = e // "Organization for Security and Co-operation in Europe"
				continue
			}
			if (u.kind == tWord && u.is(connectorsClass) || u.text == "&") && j+1 < s.b && toks[j+1].kind == tWord && toks[j+1].cap {
				j++ // "Bank of England", "Rothschild & Co"
				continue
			}
			// Name particles: "von der Leyen", "el-Sisi", "bin Salman".
			if u.kind == tWord && u.is(nameConnectorsClass) {
				k := j
				for k < s.b && toks[k].kind == tWord && toks[k].is(nameConnectorsClass) {
					k++
				}
				if k < s.b && toks[k].kind == tPunct && (toks[k].text == "-" || toks[k].text == "\u2011") && toks[k].tight && k+1 < s.b && toks[k+1].cap {
					j = k + 2
					continue
				}
				if k < s.b && toks[k].kind == tWord && toks[k].cap && k > j {
					j = k + 1
					continue
				}
			}
			break
		}
		// A gazetteer form that runs on in lower case: "United states".
		if f, e, ok := d.gazAt(i, s.b); ok && e > j {
			segs = append(segs, segment{kind: sGaz, a: i, b: e, form: f})
			i = e
			continue
		}
		// "Ghana and Cote d'Ivoire": the run's last name is a gazetteer
		// form that runs on in lower case after its "and".
		if k, f, e, ok := d.gazetteerRunsOnAfterAnd(i, j, s); ok {
			segs = d.analyzeRun(i, k-1, s, segs)
			segs = append(segs, segment{kind: sGaz, a: k, b: e, form: f})
			i = e
			continue
		}
		if e := d.domainEnd(i, s); j == i+1 && e > j {
			segs = append(segs, segment{kind: sOrg, a: i, b: e}) // "Gawker.com"
			i = e
			continue
		}
		if e := d.titleOffice(i, j, s); e > j {
			segs = append(segs, segment{kind: sOrg, a: i, b: e}) // "the LA Sheriff's office"
			i = e
			continue
		}
		segs = d.analyzeRun(i, j, s, segs)
		i = j
		if n := len(segs); n > 0 && segs[n-1].b > i {
			i = segs[n-1].b // "(LDP)" after an organisation
		}
	}
	return d.itsMinistry(d.groupSegments(d.sharedHeadHalves(segs, s), s), s) // "Its foreign ministry said" (nationalities.go)
}

// gazAlias is the alias a gazetteer segment gives its actor: its words,
// none for the first half of "North and South Korea".
func (d *doc) gazAlias(sg *segment) string {
	if sg.halfOf {
		return ""
	}
	name := d.span(sg.a, d.nameEnd(sg.a, sg.b))
	if p := strings.Index(name, " ("); p > 0 {
		// "International Monetary Fund (IMF)": the acronym is the form
		// the text adds, as for other organisations (parenAcronymAlias).
		return strings.Trim(name[p+1:], "()")
	}
	return name
}

// sharedHeadHalves splits "North and South Korea", "East and West
// Germany": a compass word, "and", and a gazetteer name that opens with
// the opposite compass word name two actors when the gazetteer knows
// the first word with the shared rest ("North Korea"); the first word
// alone gets a segment of that form.
func (d *doc) sharedHeadHalves(segs []segment, s sentence) []segment {
	g := d.x.gaz
	for _, sg := range segs {
		a := sg.a
		if sg.kind != sGaz || a-2 < s.a || d.toks[a-1].low != "and" || sg.form.kind != gName {
			continue
		}
		w := d.toks[a-2]
		if w.kind != tWord || !w.cap || compassOpposite[w.low] == "" || compassOpposite[w.low] != d.toks[a].low || d.covered(segs, a-2) {
			continue
		}
		key := w.low + " " + strings.ToLower(d.span(a+1, sg.b))
		for _, f := range g.forms[key] {
			if f.typ == sg.form.typ && f.kind == gName {
				segs = append(segs, segment{kind: sGaz, a: a - 2, b: a - 1, form: f, halfOf: true})
				break
			}
		}
	}
	sortSegs(segs)
	return segs
}

var pronouns = set("he", "she", "him", "his", "her", "its", "they", "their", "them")
var pronounsClass = classOf(pronouns)

// beForms make a passive of a verb of saying.
var beForms = set("is", "was", "were", "are", "be", "been", "being")
var beFormsClass = classOf(beForms)

// itReports reports whether token i is an "it" that speaks: a verb of
// saying follows, at most after an auxiliary ("it added", "it has
// said"). Other uses of "it" are mostly no actor ("it is raining").
func (d *doc) itReports(i int, s sentence) bool {
	if d.toks[i].low != "it" || i+1 >= s.b {
		return false
	}
	k := i + 1
	if d.toks[k].is(beFormsClass) {
		return false // "it is said that …", "it was announced": no one speaks
	}
	if d.toks[k].is(auxiliariesClass) && k+1 < s.b {
		k++
	}
	return d.toks[k].kind == tWord && (d.toks[k].is(speechVerbsClass) || d.toks[k].is(reportingFormsClass))
}

// gazetteerRunsOnAfterAnd finds, in the capitalised run [i, j) of
// sentence s, a word after a lower-case "and" or "or" where a gazetteer
// form starts that runs on past the run's end ("Ghana and Cote
// d'Ivoire"): its token, form and end.
func (d *doc) gazetteerRunsOnAfterAnd(i, j int, s sentence) (int, gform, int, bool) {
	for k := i + 2; k < j; k++ {
		if c := d.toks[k-1]; c.kind != tWord || c.cap || (c.low != "and" && c.low != "or") {
			continue
		}
		if f, e, ok := d.gazAt(k, s.b); ok && e > j {
			return k, f, e, true
		}
	}
	return 0, gform{}, 0, false
}

// gazetteerClosesList reports whether the run [a, b) ends with a
// gazetteer name joined to what comes before it by "and" or "or"
// ("Ghana and Ivory Coast", "Australia and Solomon Islands"): the
// run's last word, a thing noun ("Coast", "Islands"), then belongs to
// that name, not to a place or facility the whole run names.
func (d *doc) gazetteerClosesList(a, b int) bool {
	for j := a + 1; j+1 < b; j++ {
		if c := d.toks[j]; c.kind != tWord || c.cap || (c.low != "and" && c.low != "or") {
			continue
		}
		if _, e, ok := d.gazAt(j+1, b); ok && e == b {
			return true
		}
	}
	return false
}

// analyzeRun splits the capitalised run [a, b) into segments.
func (d *doc) analyzeRun(a, b int, s sentence, segs []segment) []segment {
	toks := d.toks
	if b == a+1 && d.wordSurnameAt(a, s) {
		return append(segs, segment{kind: sName, a: a, b: b}) // "Jordan said", after "Jim Jordan"
	}
	if d.countryGivenName(a, b, s) {
		return append(segs, segment{kind: sName, a: a, b: b}) // "commander Israel Ramirez"
	}
	// Leading function words ("The", "In") and descriptions ("Rival")
	// are not part of any name.
	for a < b && toks[a].kind == tWord && (toks[a].is(functionCapsClass) && !d.capsAcronym(a, s) && !d.articleInPlaceName(a, b) || toks[a].is(leadingDescriptorsClass) && a+1 < b || d.adherentBefore(a, b) || d.countBeforeCountry(a, b)) && !(a+1 < b && toks[a+1].kind == tPoss) && !d.stopWordOpensName(a, b, s) {
		a++
	}
	if a >= b {
		return segs
	}
	if d.describerBeforeName(a, b, s) || d.roleNounOpensName(a, b, s) || d.originWordOpensName(a, b) {
		a++ // "Nonpartisan Paul Tse", "Curator Lena Holm", "Mumbai-based X": no part of the name
	}
	if a >= b {
		return segs
	}
	// "pro-Beijing New People Party": a side's adjective, no name.
	if a = d.afterSidePrefix(a, b, s); a >= b {
		return segs
	}
	// "Environment Canada", "Facebook co-founder X", "Harlow & Finch":
	// organisations whose words alone read as a field and a country, or
	// as a product, or that "&" joins, or programmes that act.
	if d.agencyName(a, b) || d.platformCompany(a, b, s) || d.ampersandName(a, b) || d.actingProgramme(a, b, s) || d.foreignInstitutionName(a, b) || d.mediaOpenedName(a, b) || d.articleOpenedName(a, b, s) {
		return append(segs, segment{kind: sOrg, a: a, b: b})
	}
	if d.possessedOrgRun(a, b, s) {
		return append(segs, segment{kind: sOrg, a: a, b: b}) // "his party, Justice for Peru,"
	}
	if d.speakingFacility(a, b, s) {
		return append(segs, segment{kind: sOrg, a: a, b: b}) // "Heathrow Airport said"
	}
	if d.particlePlaceName(a, b) {
		return append(segs, segment{kind: sOrg, a: a, b: b}) // "Banco Central del Paraguay"
	}
	// "Africa CDC": a region's agency named by the region and an acronym.
	if e := d.regionAcronym(a, b); e > a {
		segs = append(segs, segment{kind: sOrg, a: a, b: e})
		if e < b {
			return d.analyzeRun(e, b, s, segs)
		}
		return segs
	}
	// An organisation named before: "Port Employers Netherlands".
	if b-a >= 2 && len(d.orgNames) > 0 && d.orgNames[d.fold(d.span(a, b))] {
		return append(segs, segment{kind: sOrg, a: a, b: b})
	}
	if d.cooperationBody(a, b, s) {
		return append(segs, segment{kind: sOrg, a: a, b: b}) // "the Asia-Pacific Economic Cooperation forum"
	}
	// "National Diet building", "Donetsk region": a place or facility.
	if b < s.b && toks[b].kind == tWord && toks[b].is(lowerThingHeadsClass) {
		if _, e, ok := d.gazAt(a, b); !(ok && e == b) && !d.gazetteerList(a, b) {
			return segs
		}
	}
	// "the UK Maritime Trade Operations agency", "their Al-Masirah
	// television channel": a capitalised name before an organisation noun.
	if e := d.orgCueAfter(b, s); e > b && a > s.a && d.determinedName(a, s) {
		if _, ge, ok := d.gazAt(a, b); !(ok && ge == b) && (!toks[b-1].is(titleWordsClass) || d.joinedName(a, b)) {
			return append(segs, segment{kind: sOrg, a: a, b: b})
		}
	}
	if d.facilityRun(a, b) {
		return segs // "Harbour University Hospital Station": a place
	}
	// Organisation: up to the last head noun.
	if segs2, ok := d.orgRun(a, b, s, segs); ok {
		return segs2
	}
	// "United Steelworkers", "National Farmworkers": a union, named
	// with its leading adjective.
	if d.workersUnion(a, b) {
		return append(segs, segment{kind: sOrg, a: a, b: b})
	}
	// "Social Democrats", "Christian Democratic lawmakers": a party of
	// its own, not the U.S. one (creedParty).
	if name := d.creedParty(a, b); name != "" {
		segs = append(segs, segment{kind: sOrg, a: a, b: a + 2, canon: name})
		if a+2 < b {
			return d.analyzeRun(a+2, b, s, segs) // "Social Democrat MP Anna Berg"
		}
		return segs
	}
	// Leading stop words ("Western") are not part of any name.
	a0 := a
	for a < b && toks[a].kind == tWord && toks[a].is(stopCapsClass) {
		if _, _, ok := d.gazAt(a, b); ok {
			break
		}
		if d.stopWordOpensName(a, b, s) {
			break // "her counterpart, Than Zaw Oo" (stopword_names.go)
		}
		if toks[a].is(titleWordsClass) || toks[a].is(titleModsClass) {
			break
		}
		a++
	}
	if a >= b {
		return segs
	}
	// A whole run that is a gazetteer form.
	if f, e, ok := d.gazAt(a, b); ok && e == b {
		return append(segs, segment{kind: sGaz, a: a, b: b, form: f})
	}
	// Things: documents, facilities, places ("Zaporizhzhia Nuclear Power
	// Plant", "Treaty of Peace and Friendship", "Sino-Japanese Joint
	// Statement"): a thing noun heads the run or its "of" phrase.
	if last := b - 1; last > a && toks[last].kind == tWord && toks[last].is(thingHeadsClass) && !d.givenNameFirst(a, b, s) && !d.speakingSurnameHead(a, b, s) && !d.gazetteerClosesList(a, b) {
		return segs
	}
	for j := a; j+1 < b; j++ {
		if toks[j].kind == tWord && toks[j].is(thingHeadsClass) && toks[j+1].low == "of" && !toks[a].is(titleWordsClass) {
			return segs
		}
	}
	if d.innerPossessive(a0, b) {
		return append(segs, segment{kind: sOrg, a: a0, b: b}) // "with People's Voice, whose leader …"
	}
	// Segments from left to right.
	i := a
	prevConn := ""
	afterTitle := false
	for i < b {
		t := toks[i]
		if t.kind == tWord && t.is(connectorsClass) && !t.cap {
			prevConn = t.low
			i++
			continue
		}
		if prevConn == "" && d.placeGivenName(i, b, s) {
			segs = append(segs, segment{kind: sName, a: i, b: b, afterTitle: afterTitle}) // "Sofia Marin, a spokeswoman"
			i, afterTitle = b, false
			continue
		}
		if afterTitle && d.countryThenSurname(i, b) {
			// "Foreign Minister Jordan Ellis": a given name, no country.
			segs = append(segs, segment{kind: sName, a: i, b: b, afterTitle: true})
			i, prevConn, afterTitle = b, "", false
			continue
		}
		if f, e, ok := d.gazAt(i, b); ok && !(f.kind == gDemonym && f.typ == graph.Organization && e < b && toks[e].is(ministerialClass)) {
			segs = append(segs, segment{kind: sGaz, a: i, b: e, form: f})
			i = e
			prevConn = ""
			continue
		}
		if e := d.titleEnd(i, b, true); e > i && !d.honorificSurname(segs, i, e, b) {
			if e < b && toks[e].text == "." && toks[e].tight && toks[e-1].is(abbreviationsClass) {
				e++ // "Sen. Chuck Schumer"
			}
			segs = append(segs, segment{kind: sTitle, a: i, b: e, canon: toks[e-1].low})
			if toks[e-1].text == "." {
				segs[len(segs)-1].canon = toks[e-2].low
			}
			i = e
			prevConn = ""
			afterTitle = true
			continue
		}
		if prevConn == "of" {
			if g := d.titleOfPlaceHolder(segs, i, b); g > i {
				// "Governor of Ontario Mark Tessier": the place, then the holder.
				segs = append(segs, segment{kind: sOrg, a: i, b: g}, segment{kind: sName, a: g, b: b, afterTitle: true})
				i, prevConn, afterTitle = b, "", false
				continue
			}
			if e := d.orgOfPerson(segs, i, b, s); e > i {
				segs = append(segs, segment{kind: sOrg, a: i, b: e}) // "Raymond Chan of People Power"
				i, prevConn, afterTitle = e, "", false
				continue
			}
		}
		if t.kind == tWord && t.is(stopCapsClass) && !(i == a && d.stopWordOpensName(i, b, s)) {
			i++
			prevConn = ""
			continue
		}
		if i > a && d.agencyName(i, b) {
			if n := len(segs); n > 0 && prevConn == "for" && segs[n-1].kind == sName && segs[n-1].b == i-1 {
				segs[n-1].ofAdj = false // a person speaking for the agency, no "X for Y" name
			}
			segs = append(segs, segment{kind: sOrg, a: i, b: b}) // "Lydia Lund for Food Standards Australia"
			i, prevConn, afterTitle = b, "", false
			continue
		}
		// A name: up to the next connector, gazetteer form or title.
		j := i
		for j < b {
			u := toks[j]
			if u.kind == tWord && u.is(connectorsClass) && !u.is(nameConnectorsClass) {
				break
			}
			if j > i {
				if d.placeSurname(i, j, b) || d.monthSurname(i, j, b) || d.placeLastSurname(i, j, b) {
					d.noteWordSurname(j) // "Rep. Jim Jordan", "Theresa May"
					j++
					continue
				}
				if _, _, ok := d.gazAt(j, b); ok && !(u.kind == tWord && u.is(nameConnectorsClass)) {
					break
				}
				if d.titleEnd(j, b, true) > j && !d.titleAsSurname(i, j, b) {
					break
				}
			}
			if u.kind == tWord && u.is(stopCapsClass) && j > i && !(u.is(nameConnectorsClass) && !u.cap) && !d.wordSurname(i, j, b) {
				if u.is(corpSuffixesClass) && j+1 == b {
					j++ // "Newcastle United"
				}
				break
			}
			j++
		}
		if j == i {
			j = i + 1
		}
		if afterTitle && d.headlineVerbAfterTitle(i, s) {
			i, prevConn, afterTitle = i+1, "", false // attribution_clauses.go: "Retired General Reveals …"
			continue
		}
		seg := segment{kind: sName, a: i, b: j, afterTitle: afterTitle}
		if !afterTitle {
			seg.b = d.headlineNameEnd(i, j, s) // "Hillary Clinton Goes After …": the verb is no part of the name
		}
		if d.placeAbbreviation(segs, i, j) {
			prevConn, afterTitle, i = "", false, j // "Washington D.C.": the district of the place
			continue
		}
		if j > i+1 && toks[j-1].kind == tWord && toks[j-1].is(corpSuffixesClass) && !afterTitle {
			seg.kind = sOrg
		} else if j == b && j > i && j < s.b && toks[j].kind == tWord && !toks[j].cap && toks[j].is(legalSuffixesClass) && !afterTitle {
			seg.kind = sOrg // "Calder Power plc"
			seg.b = j + 1
		}
		if j == i+1 && t.upper && len(t.text) >= 2 && len(t.text) <= 6 && !t.is(acronymStopClass) && !afterTitle {
			seg.kind = sOrg
		}
		if i == a && a > s.a && toks[a-1].is(placePrepsClass) && !afterTitle {
			seg.ofAdj = true // "near El Fasher", "in Addis Ababa": a place
		}
		if i == a && a > s.a && toks[a-1].low == "at" && j-i >= 2 && !afterTitle && seg.kind == sName {
			if toks[j-1].is(thingHeadsClass) || toks[j-1].low == "house" {
				seg.ofAdj = true // "at Parliament House": a place
			} else {
				seg.kind = sOrg // "analysts at Goldman Sachs"
			}
		}
		if prevConn == "of" || prevConn == "for" || prevConn == "the" {
			seg.ofAdj = true
		}
		if j < b && toks[j].kind == tWord && (toks[j].low == "of" || toks[j].low == "for") && !afterTitle && !firstNames[toks[i].low] && !(i > s.a && toks[i-1].is(titleWordsClass)) && !personShape(d.span(i, j)) {
			seg.ofAdj = true
		}
		if toks[i].kind == tWord && len(toks[i].text) == 1 && j > i+1 && toks[i+1].text == "-" {
			seg.ofAdj = true // "D-N.Y.", "R-Texas": a party and state tag
		}
		// "Jared Kushner Steve Witkoff": two names run together.
		if n := d.nameWords(i, j); n == 4 && firstNames[toks[d.nthWord(i, j, 2)].low] {
			m := d.nthWord(i, j, 2)
			segs = append(segs, segment{kind: sName, a: i, b: m, afterTitle: afterTitle})
			seg.a = m
		}
		segs = append(segs, seg)
		prevConn = ""
		afterTitle = false
		i = j
	}
	return segs
}

// adherentBefore reports whether token a is a word for a follower
// ("Scientologist", "Pan-democrat", "Marxist") written before a
// person's name that fills the rest of the run [a+1, b): two or three
// words, a known given name first or a person's shape ("Lam
// Cheuk-ting"). It is no part of the name.
func (d *doc) adherentBefore(a, b int) bool {
	low := d.toks[a].low
	if len(low) < 6 || !(strings.HasSuffix(low, "ist") || strings.HasSuffix(low, "crat")) || b-(a+1) < 2 || b-(a+1) > 4 {
		return false
	}
	if a+1 < b && d.toks[a+1].kind == tPunct {
		return false
	}
	return firstNames[d.toks[a+1].low] || personShape(d.span(a+1, b))
}

// capsAcronym reports whether token i is a gazetteer acronym written
// in capitals whose lower-case form is a function word ("the WHO said",
// not "who said"), in a sentence not written in capitals throughout
// (a headline's "WHO" is the pronoun).
func (d *doc) capsAcronym(i int, s sentence) bool {
	t := d.toks[i]
	if len(t.text) < 2 || strings.ToUpper(t.text) != t.text {
		return false
	}
	if f, e, ok := d.gazAt(i, i+1); !ok || e != i+1 || !f.exact {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= s.a && k < s.b && d.toks[k].kind == tWord && len(d.toks[k].text) >= 2 && strings.ToUpper(d.toks[k].text) == d.toks[k].text {
			return false // "WHO PAYS": a line in capitals
		}
	}
	return true
}

// describerBeforeName reports whether the run [a, b) opens its sentence
// with a word of description before a person's full name that fills
// the run up to its end or its "and"/"of" ("Nonpartisan Paul Tse and
// …", "Veteran Anna Berg was elected"): the first word is no known
// given name, title or gazetteer form, and a known given name and one
// or two capitalised words follow.
func (d *doc) describerBeforeName(a, b int, s sentence) bool {
	t := d.toks[a]
	if a != d.firstWord(s) || t.kind != tWord || firstNames[t.low] || t.is(titleWordsClass) || a+1 >= b || !firstNames[d.toks[a+1].low] {
		return false
	}
	e := a + 2
	for e < b && (d.toks[e].kind == tWord && d.toks[e].cap || d.toks[e].tight && d.toks[e].text == "-") {
		e++
	}
	if e < b && d.toks[e].low != "and" && d.toks[e].low != "of" {
		return false
	}
	if n := d.nameWords(a+1, e); n < 2 || n > 3 || !d.personLike(a+1, e) {
		return false
	}
	_, _, ok := d.gazAt(a, b)
	return !ok
}

// givenNameFirst reports whether the run [a, b) is a person's name
// whose surname is also a head of things' names ("Kathryn Waters",
// "Jack Hill"): two words, the first a known given name, not after a
// determiner or a preposition of place ("in Victoria Park", "the Jordan
// River").
func (d *doc) givenNameFirst(a, b int, s sentence) bool {
	if b-a != 2 || !firstNames[d.toks[a].low] || d.toks[b-1].kind != tWord {
		return false
	}
	if a > s.a {
		p := d.toks[a-1].low
		if determiners[p] || placePreps[p] || p == "at" || p == "on" || p == "from" || p == "to" {
			return false
		}
	}
	return true
}

// titleAsSurname reports whether the title word at token j is the
// surname of the known given name at i, right before it, that it ends
// the run [i, b) of ("Peter King said", "Anna Bishop, a lawyer"): a
// title comes before the name it goes with, not after it.
func (d *doc) titleAsSurname(i, j, b int) bool {
	if j != i+1 || !firstNames[d.toks[i].low] || d.toks[j].kind != tWord || !d.toks[j].cap {
		return false
	}
	return j+1 == b || d.toks[j+1].kind != tWord || !d.toks[j+1].cap
}

// honorificSurname reports whether the title run [i, e) of the run
// [i, b) is one title word written right after an honorific ("Mr.",
// "Ms.", "Dr.") and ending the run: the surname of the person the
// honorific names ("Mr. King said", "Ms. Bishop told"), since an
// honorific comes before a name, not before an office. Offices that
// are addressed with an honorific ("Mr. President", "Madam Speaker")
// stay titles.
func (d *doc) honorificSurname(segs []segment, i, e, b int) bool {
	n := len(segs)
	if e != i+1 || n == 0 || segs[n-1].kind != sTitle || segs[n-1].b != i || !courtesyTitles[segs[n-1].canon] {
		return false
	}
	t := d.toks[i]
	if !t.cap || addressedOffices[t.low] {
		return false
	}
	return e == b || d.toks[e].kind != tWord || !d.toks[e].cap
}

// headlineNameEnd returns where the person's name that opens the run
// [i, j) ends in a headline written in title case, where the name runs
// into the headline's verb and words after it ("Hillary Clinton Goes
// After …", "Ann Lee Slams Harbour Plan"): a known given name opens the
// run, and the name ends after the last word (from the second on) that
// the article writes capitalised elsewhere, when none of the words after
// it is. Elsewhere, or with no such word, the run stays whole (j).
func (d *doc) headlineNameEnd(i, j int, s sentence) int {
	if j-i < 3 || !firstNames[d.toks[i].low] || !d.titleCase(s) {
		return j
	}
	for k := i; k < j; k++ {
		if d.toks[k].kind != tWord {
			return j
		}
	}
	for e := j - 1; e > i; e-- {
		if d.capitalisedElsewhere(e, s) {
			return e + 1
		}
	}
	return j
}

// capitalisedElsewhere reports whether the word at token k is written
// capitalised in a sentence of the article other than s.
func (d *doc) capitalisedElsewhere(k int, s sentence) bool {
	w := d.toks[k].low
	for n, t := range d.toks {
		if (n < s.a || n >= s.b) && t.kind == tWord && t.cap && t.low == w {
			return true
		}
	}
	return false
}

// courtesyTitles say nothing but that a name follows.
var courtesyTitles = set("mr", "mrs", "ms", "miss", "mister", "dr")

// addressedOffices are offices spoken to with an honorific before them
// ("Mr. President", "Madam Chairwoman"): no surname.
var addressedOffices = set("president", "vice-president", "speaker", "chairman", "chairwoman", "chair",
	"secretary", "ambassador", "minister", "mayor", "justice", "premier", "chancellor", "governor",
	"senator", "commissioner", "prosecutor", "director", "deputy", "leader", "chief", "counsel")

// speakingSurnameHead reports whether the run [a, b) of three words is
// a person whose surname is also a word for a place ("Marc Lamont Hill
// said", "Anna Marie Park told"): a known given name first, a surname
// from surnamePlaceWords last (after any title words), and a reporting
// verb right after it, which no hill or park does.
func (d *doc) speakingSurnameHead(a, b int, s sentence) bool {
	for a < b && (d.toks[a].is(titleWordsClass) || d.toks[a].text == ".") {
		a++ // "Professor", "Dr."
	}
	if b-a != 3 || !firstNames[d.toks[a].low] || !d.toks[b-1].is(surnamePlaceWordsClass) || b >= s.b {
		return false
	}
	n := d.toks[b]
	return n.kind == tWord && !n.cap && isReportForm(n.low)
}

// surnamePlaceWords are words for places (thingHeads) that are also
// common surnames.
var surnamePlaceWords = set("hill", "hall", "park", "field", "lake", "bay")
var surnamePlaceWordsClass = classOf(surnamePlaceWords)

// orgRun reads an organisation name ending in a head noun ("Liberal
// Democratic Party", "Russian Foreign Ministry") at the start of the run.
func (d *doc) orgRun(a, b int, s sentence, segs []segment) ([]segment, bool) {
	toks := d.toks
	k := -1
	for j := b - 1; j > a; j-- {
		if toks[j].kind == tWord && (toks[j].is(orgHeadsClass) || d.airlineHead(a, j, b) || d.compoundCompanyHead(a, j, b)) {
			if j+1 < b && toks[j].is(titleWordsClass) {
				continue // "Trade Commissioner Maros Sefcovic": a title
			}
			if j+1 < b && toks[j+1].kind == tWord && toks[j+1].is(titleWordsClass) && !toks[j].is(institutionHeadsClass) && d.titlePhrase(a, j+1) {
				continue // "Norwegian Energy Minister": a title
			}
			k = j
			break
		}
	}
	if k > a && (d.memberNounTail(a, k, b) || d.innerHeadPluralTail(a, k, b)) {
		k = b - 1 // "Canadian Association of University Teachers", "… of Health Insurance Funds" (of_phrase_plural_tail.go)
	}
	// "Court of Appeal", "Ministry of Defence", "Bank of England",
	// "Law Society of Kenya": the "of" phrase up to a title word
	// ("Bank of England Governor Andrew Bailey").
	ofAt := -1
	if k <= a && toks[a].is(orgHeadsClass) && a+2 < b && (toks[a+1].low == "of" || toks[a+1].low == "for" && (toks[a+2].cap || toks[a+2].low == "the") || d.orgOnPhrase(a+1, s)) {
		ofAt = a + 1 // "Court of Appeal", "Centre for Control of …", "Council for the Protection of …"
	} else if k > a && k+2 < b && (toks[k+1].low == "of" || toks[k+1].low == "for" || d.orgOnPhrase(k+1, s) && !toks[k+2].upper) && (toks[k+2].cap || toks[k+2].low == "the" && k+3 < b && toks[k+3].cap && !d.placeAt(k+3, b)) {
		ofAt = k + 1 // "Law Society of Kenya", "Administration for Market Regulation", "Council for the Welfare of …", "Intergovernmental Authority on Development"
	}
	if h := max(k, a); ofAt < 0 && toks[h].is(orgHeadsClass) {
		if p := d.orgLinkAfterHead(h, b, s); p > 0 {
			ofAt = p - 1 // "Council for a Democratic Future", "Alliance to End Hunger" (org_name_links.go)
		}
	}
	if ofAt > 0 && d.holderAfterOf(ofAt+1) {
		ofAt = -1 // "the Liberal Union of Prime Minister X" (party_roles.go)
	}
	if ofAt > 0 {
		k = ofAt + 1
		if toks[k].low == "the" {
			k++
		}
		for k+1 < b {
			if e := d.ofPhraseWordEnd(k, b); e > k {
				k = e // "Council on Arab-American Relations"
			} else if d.spacedCompound(k+1, s) {
				k++
			} else {
				break
			}
		}
		for k > ofAt+1 && toks[k].kind != tWord {
			k--
		}
		k = d.civilCountryTail(ofAt-1, d.campusTail(d.ofPhraseTail(d.ofOrgTail(d.gerundTheEnd(k, b), b), b), b), b)
		if p := d.personAfterOrg(ofAt+1, k); p > 0 {
			k = p - 1 // "League of Women Voters Karen Black said"
		} else if p := d.speakerAfterOfPhrase(ofAt+1, k, s); p > 0 {
			k = p - 1 // "Council on Civic Rights Mira Olsen said"
		}
	}
	// "the employers' group Port Employers Netherlands": a cue noun.
	if k <= a && a > s.a && !toks[a-1].cap && toks[a-1].is(orgCuesClass) && b-a >= 2 {
		if p := d.andInside(a, b); p > 0 {
			return append(segs, segment{kind: sOrg, a: a, b: p}, segment{kind: sOrg, a: p + 1, b: b}), true // "team Nightowl7 and Quorra"
		}
		if _, e, ok := d.gazAt(a, b); !(ok && e == b) {
			k = b - 1
		}
	}
	if k <= a {
		return segs, false
	}
	if k+1 < b && toks[k+1].kind == tWord && toks[k+1].is(corpSuffixesClass) && (k+2 == b || toks[k+2].is(connectorsClass)) {
		k++ // "Nordvik Energy ASA"
	}
	if k+1 < b && toks[k+1].low == "district" && toks[k].is(orgHeadsClass) {
		k++ // "Springfield Unified School District"
	}
	if k+1 < b && toks[k+1].low == "and" && d.acronymAfter(a, b, s) {
		k = b - 1 // "Union of Rationalist Atheists and Agnostics (UAAR)"
	} else if ofAt > 0 || k > a+1 && (toks[k-1].low == "for" || toks[k-1].low == "of") && isNameField(toks[k].low) {
		k = d.andFieldTail(k, b) // "Ministry of Labour and Social Affairs", "Authority for Energy and Water Regulation"
	}
	if e := d.inRegionEnd(a, k+1, s); e > k+1 && e <= b {
		k = e - 1 // "… Co-operation in Europe", "Verification Mission in Colombia"
	}
	oa := a
	// A title or a person before the organisation is not part of it,
	// unless it is all the name has before its head ("Premier League").
	for oa < k && toks[oa].kind == tWord && (toks[oa].is(functionCapsClass) || toks[oa].is(titleWordsClass)) && toks[oa+1].kind != tPoss {
		if !toks[oa].is(functionCapsClass) && oa+1 == k && !toks[k].is(titleWordsClass) && !(oa > a && toks[oa-1].is(titleWordsClass)) {
			break
		}
		if d.adjectiveTitleOpens(oa, a) {
			break // "General Union of Iraqi Farmers", "Executive Council of …"
		}
		oa++
	}
	if oa > a {
		segs = d.analyzeRun(a, oa, s, segs)
	}
	// "Jann Wenner of Rolling Stone Magazine": a person of the
	// organisation, not part of its name.
	if p := d.personOfAt(oa, k); p > 0 {
		segs = d.analyzeRun(oa, p, s, segs)
		oa = p + 1
		if toks[oa].low == "the" {
			oa++
		}
	}
	// "Massachusetts Institute of Technology and Colorado State
	// University": two organisations, not one.
	if p := d.orgListAnd(oa, k); p > 0 {
		if q := d.plainPersonOf(p+1, k); q > 0 && d.parallelPersonOf(oa, p, k) {
			segs = d.analyzeRun(oa, p, s, segs)
			segs = d.analyzeRun(p+1, q, s, segs)
			p = q // "… of DAB and Eunice Yung of New People's Party"
		} else {
			segs = d.analyzeRun(oa, p, s, segs)
		}
		oa = p + 1
	}
	// "National Air and Space Museum Steven F. Udvar-Hazy Center": an
	// organisation, then a place named after a person.
	if h, n := d.headBeforePerson(oa, k); h > 0 {
		segs = append(segs, segment{kind: sOrg, a: oa, b: h + 1})
		d.noteNamedUnit(d.span(oa, h+1), d.span(h+1, k+1), n)
		if k+1 < b {
			return d.analyzeRun(k+1, b, s, segs), true
		}
		return segs, true
	}
	if f, e, ok := d.gazAt(oa, k+1); ok && e == k+1 {
		segs = append(segs, segment{kind: sGaz, a: oa, b: e, form: f})
	} else if k > oa {
		segs = append(segs, segment{kind: sOrg, a: oa, b: k + 1})
	} else {
		return segs, false
	}
	// Parenthesised acronym: "Liberal Democratic Party (LDP)".
	if k+1 == b && k+3 < s.b && toks[k+1].text == "(" && toks[k+2].upper && toks[k+3].text == ")" {
		segs[len(segs)-1].b = k + 4
	}
	if k+1 < b {
		return d.analyzeRun(k+1, b, s, segs), true
	}
	return segs, true
}

// orgOfOrg reports whether the capitalised run [i, j) has an
// organisation's head noun and the words after "of the" at j name an
// organisation the gazetteer knows ("Court of Justice of the European
// Union").
func (d *doc) orgOfOrg(i, j int, s sentence) bool {
	if f, _, ok := d.gazAt(j+2, s.b); !ok || f.typ != graph.Organization || f.kind != gName {
		return false
	}
	if j-2 >= i && personShape(d.span(j-2, j)) {
		return false // "Wong Pik-wan of the Democratic Party"
	}
	head := false
	for k := i; k < j; k++ {
		if d.toks[k].low == "and" || d.toks[k].text == "&" {
			return false // "the Civic Party and X of the …": a list
		}
		head = head || d.toks[k].is(orgHeadsClass)
	}
	return head
}

// workersUnion reports whether the capitalised run [a, b) is a union
// named by its members' trade ("United Steelworkers", "United Auto
// Workers", "Teamsters"): two to four capitalised words, the last a
// plural of workers.
func (d *doc) workersUnion(a, b int) bool {
	if b-a < 2 || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != tWord || !d.toks[k].cap {
			return false
		}
	}
	last := d.toks[b-1].low
	return strings.HasSuffix(last, "workers") || last == "teamsters"
}

// pluralPossInName reports whether token j, in the capitalised run
// opened at i, is the apostrophe of a plural possessive inside an
// organisation's name: after a capitalised plural and before the
// capitalised head noun of an organisation ("Finnish Technical Workers'
// Union", "the Nurses' Association"). A place's possessive is no part of
// a name ("the Philippines' Department of Health").
func (d *doc) pluralPossInName(i, j int, s sentence) bool {
	t := d.toks
	if t[j].kind != tPoss || t[j].low == "'s" || j+1 >= s.b || j == i {
		return false
	}
	if t[j-1].kind != tWord || !t[j-1].cap || t[j+1].kind != tWord || !t[j+1].cap || !orgHeads[t[j+1].low] {
		return false
	}
	for k := i; k < j; k++ {
		if _, e, ok := d.gazAt(k, j); ok && e == j {
			return false
		}
	}
	return true
}

// possessiveNameWords are the nouns whose "'s" is written inside the
// names of bodies ("People's Liberation Army", "Polish People's Party",
// "Prosecutor's Office of Georgia", "Children's Hospital"), not the
// owner of what follows as a country's or a person's "'s" is.
var possessiveNameWords = set("people", "women", "children", "men", "prosecutor", "attorney", "ombudsman",
	// Irregular plurals of trades, whose possessive is "'s" where a
	// regular plural's is a bare apostrophe ("Farmers' Union"): "Danish
	// Seamen's Union", "Fishermen's Association".
	"seamen", "fishermen", "firemen", "policemen", "servicemen", "craftsmen", "tradesmen", "longshoremen")
var possessiveNameWordsClass = classOf(possessiveNameWords)

// possessiveInName (rule mention.organisation) reports whether token j,
// in the capitalised run opened at i, is the "'s" of a word of
// possessiveNameWords before a capitalised word: the run goes on as one
// name ("the People's Liberation Army's Eastern Theatre Command" names
// the People's Liberation Army, no "Liberation Army").
func (d *doc) possessiveInName(i, j int, s sentence) bool {
	t := d.toks
	if t[j].kind != tPoss || j == i || j+1 >= s.b {
		return false
	}
	return t[j-1].kind == tWord && t[j-1].cap && t[j-1].is(possessiveNameWordsClass) && t[j+1].kind == tWord && t[j+1].cap && !t[j+1].tight
}

// innerPossessive reports whether the run [a, b) holds a possessive
// read by possessiveInName after "People" ("People's Voice"): a party's
// or a paper's name, never a person's.
func (d *doc) innerPossessive(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if d.toks[k].kind == tPoss && d.toks[k-1].low == "people" {
			return true
		}
	}
	return false
}

// ofOrgTail extends an organisation's "of" phrase ending at token k by
// a second one that names an organisation ("Court of Justice of the
// European Union"), not a country ("Ministry of Defence of Ukraine"
// keeps Ukraine apart); it returns the new last token, or k.
func (d *doc) ofOrgTail(k, b int) int {
	toks := d.toks
	j := k + 1
	if j+1 >= b || toks[j].low != "of" {
		return k
	}
	j++
	if toks[j].low == "the" && j+1 < b {
		j++
	}
	if f, e, ok := d.gazAt(j, b); ok && f.typ == graph.Organization && f.kind == gName {
		return e - 1
	}
	return k
}

// ofPhraseTail extends an organisation's name ending at token k by the
// further "of"/"for" phrases of its capitalised run ending at b
// ("Australian Centre for Control of Iodine Deficiency Disorders",
// "Joint Council for the Welfare of Immigrants"), up to a title word,
// and not over a country or a place ("Ministry of Defence of Ukraine"
// keeps Ukraine apart); it returns the new last token, or k.
func (d *doc) ofPhraseTail(k, b int) int {
	toks := d.toks
	for k+2 < b && (toks[k+1].low == "of" || toks[k+1].low == "for") && !toks[k+1].cap {
		j := k + 2
		if toks[j].low == "the" && j+1 < b {
			j++
		}
		if t := toks[j]; t.kind != tWord || !t.cap || t.is(titleWordsClass) && d.titlesEndName(j, b) < 0 {
			return k
		}
		if d.holderAfterOf(j) {
			return k // "the Liberal Union of Prime Minister X" (party_roles.go)
		}
		if e := d.officeOfHolderCountry(k, b); e > k {
			return e // "Office of the Attorney General of Switzerland"
		}
		if d.placeAt(j, b) {
			return k
		}
		for e := d.ofPhraseWordEnd(j, b); e > j; e = d.ofPhraseWordEnd(j, b) {
			j = e
		}
		k = j
	}
	return k
}

// headBeforePerson returns an organisation's head noun inside the name
// [a, k] that a person's name follows ("… Space Museum Steven F.
// Udvar-Hazy Center": the museum, and a centre named after someone),
// and the person's number of words, or -1: two or three words of a
// person's shape or with a known given name first, and more words after
// them.
func (d *doc) headBeforePerson(a, k int) (int, int) {
	for h := a + 1; h+3 <= k; h++ {
		if t := d.toks[h]; t.kind != tWord || !t.is(orgHeadsClass) || !t.cap {
			continue
		}
		for n := 3; n >= 2; n-- {
			e := d.nthWord(h+1, k+1, n)
			if e <= k && d.plainWords(h+1, e) && (firstNames[d.toks[h+1].low] || personShape(d.span(h+1, e))) {
				return h, n
			}
		}
	}
	return -1, 0
}

// noteNamedUnit records that the place or unit called unit, whose first
// n words are the person it is named after, belongs to organisation org
// ("Steven F. Udvar-Hazy Center" of the "National Air and Space
// Museum"); so does its name by the person's last word ("Udvar-Hazy
// Center"). mergeNamedUnits folds them into org.
func (d *doc) noteNamedUnit(org, unit string, n int) {
	if d.unitNames == nil {
		d.unitNames = map[string]string{}
	}
	d.unitNames[d.fold(unit)] = org
	if w := strings.Fields(unit); len(w) > n {
		d.unitNames[d.fold(strings.Join(w[n-1:], " "))] = org
	}
}

// acronymAfter reports whether the capitalised run [a, b) is followed
// by a parenthesised acronym made of the initials of its capitalised
// words, in any order ("Union of Rationalist Atheists and Agnostics
// (UAAR)", a name translated from another language): the run is one
// name, its "and" included.
func (d *doc) acronymAfter(a, b int, s sentence) bool {
	toks := d.toks
	if b+2 >= s.b || toks[b].text != "(" || toks[b+2].text != ")" || !toks[b+1].upper {
		return false
	}
	var initials []byte
	for j := a; j < b; j++ {
		if t := toks[j]; t.kind == tWord && t.cap {
			initials = append(initials, t.text[0])
		}
	}
	acr := []byte(toks[b+1].text)
	if len(acr) != len(initials) || len(acr) < 3 {
		return false
	}
	slices.Sort(acr)
	slices.Sort(initials)
	return string(acr) == string(initials)
}

// personAfterOrg returns where a person's name starts at the end of an
// organisation's "of" phrase [from, k] that a capitalised run has
// carried on into it ("League of Women Voters Karen Black", "University
// of Vermont Burlington Maria Santos"): two or three capitalised words
// that end the phrase, a known given name first or a person's shape,
// after at least one other capitalised word ("Church of Jesus Christ"
// keeps its name); or -1.
func (d *doc) personAfterOrg(from, k int) int {
	for n := 3; n >= 2; n-- {
		p := k - n + 1
		if p <= from || !d.toks[p-1].cap || d.toks[p-1].kind != tWord {
			continue
		}
		whole := true
		for j := p; j <= k; j++ {
			if t := d.toks[j]; t.kind != tWord || !t.cap {
				whole = false
			}
		}
		if whole && firstNames[d.toks[p].low] && d.personLike(p, k+1) {
			return p
		}
	}
	// "University of Texas Arlington Amneh Jafari … Jafari said": an
	// unknown given name, but the surname stands alone elsewhere.
	if p := k - 1; p > from && d.toks[p-1].kind == tWord && d.toks[p-1].cap && d.plainWords(p, k+1) && d.surnameAlone(k) {
		return p
	}
	return -1
}

// campusTail extends a university's name ending at token k by "at" and
// the capitalised place of its campus ("University of North Carolina at
// Chapel Hill", "University of Texas at Austin"): one institution. It
// returns the new last token, or k.
func (d *doc) campusTail(k, b int) int {
	toks := d.toks
	if k+2 >= b || toks[k+1].low != "at" || !toks[k+2].cap || !d.universityRun(k) {
		return k
	}
	j := k + 2
	for j+1 < b && toks[j+1].kind == tWord && toks[j+1].cap {
		j++
	}
	return j
}

// universityRun reports whether the name ending at token k is a
// university's "University of …" (looked for a few words back).
func (d *doc) universityRun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if t := d.toks[j]; t.kind == tWord && t.low == "university" && t.cap && d.toks[j+1].low == "of" {
			return true
		}
		if d.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// campusAt reports whether the lower-case "at" at token j carries the
// capitalised run [i, j) on to a campus's place ("University of Texas
// at Austin"): a capitalised word follows that is no month or weekday.
func (d *doc) campusAt(i, j int, s sentence) bool {
	if j+1 >= s.b || d.toks[j].low != "at" || d.toks[j].cap || d.toks[j+1].kind != tWord || !d.toks[j+1].cap || j-1 < i {
		return false
	}
	if _, ok := weekdays[d.toks[j+1].low]; ok || monthLike(d.toks[j+1].low) {
		return false
	}
	return d.universityRun(j - 1)
}

// placeAt reports whether a gazetteer form that is no organisation (a
// country, a capital, a nationality) starts at token j and is no
// modifier of a capitalised name after it.
func (d *doc) placeAt(j, b int) bool {
	f, e, ok := d.gazAt(j, b)
	if ok && e < b && d.toks[e].kind == tWord && d.toks[e].cap {
		return false // "of the U.S. Air Force": the country qualifies a name
	}
	return ok && f.typ != graph.Organization
}

// orgListAnd returns the "and" (or "&") inside the organisation name
// [a, k] that joins two organisations, each with its own head noun
// ("Massachusetts Institute of Technology and Colorado State
// University"), or -1; "Securities and Exchange Commission" and
// "Department of Health and Social Care" have one head and stay whole.
func (d *doc) orgListAnd(a, k int) int {
	for p := k - 2; p > a; p-- {
		if d.toks[p].low != "and" && d.toks[p].text != "&" {
			continue
		}
		if d.oneInstitutionAnd(p, k) {
			return -1 // "Tang Teaching Museum and Art Gallery": one institution
		}
		if d.andFieldTail(p-1, k+1) > p {
			return -1 // "Ministry of Labour and Social Affairs": one ministry of two fields
		}
		for q := a; q < p; q++ {
			if d.toks[q].is(orgHeadsClass) {
				return p
			}
		}
		if d.personLike(a, p) || d.parallelPersonOf(a, p, k) {
			return p // "Ana Lind and Meridian Labs"
		}
		if d.knownOrgBefore(a, p) || d.namedAloneBefore(a, p) || d.acronymBeforeAnd(a, p) {
			return p // "Toyota and Suzuki Motor"; "Farmacorp and Varanasi Lifecare" after "Farmacorp" alone; "USW and Calder Ridge Steel"
		}
		return -1
	}
	return -1
}

// parallelPersonOf (rule mention.organisation, orgListAnd) reports
// whether the "and" at p, in a run whose part [a, p) follows a person's
// "of", opens a second person's "of": two plain capitalised words and
// "of" ("Gary Chan of DAB and Eunice Yung of New People's Party" are two
// persons of two organisations).
func (d *doc) parallelPersonOf(a, p, k int) bool {
	if a > 1 && d.toks[a-1].low == "the" {
		a-- // "Pia Holm of the Greens and …"
	}
	return a > 0 && d.toks[a-1].low == "of" && d.plainPersonOf(p+1, k) > 0
}

// plainPersonOf returns the "of" after two plain capitalised words at q
// in [q, k) (parallelPersonOf), or -1.
func (d *doc) plainPersonOf(q, k int) int {
	if q+2 < k && d.toks[q+2].low == "of" && !d.toks[q+2].cap && d.plainWords(q, q+2) {
		return q + 2
	}
	return -1
}

// institutionWords are the common words of the part after "and" of one
// cultural institution's name ("Museum and Art Gallery", "Library and
// Archives", "Museum and Gardens").
var institutionWords = set("art", "arts", "gallery", "galleries", "museum", "library", "archives",
	"archive", "garden", "gardens", "park", "zoo", "aquarium", "sculpture", "heritage", "centre", "center")
var institutionWordsClass = classOf(institutionWords)

// oneInstitutionAnd reports whether every word from the "and" at p to k
// is a word of institutionWords: the "and" joins two parts of one
// institution's name, no two organisations.
func (d *doc) oneInstitutionAnd(p, k int) bool {
	if k <= p {
		return false
	}
	for q := p + 1; q <= k; q++ {
		if t := d.toks[q]; t.kind != tWord || !t.is(institutionWordsClass) {
			return false
		}
	}
	return true
}

// institutionNouns after a nationality name one body of that country
// ("the Indonesian military", "Kenyan police", "Greek court"), an
// organisation of its own; troops, forces and officials stand for the
// country.
var institutionNouns = set("military", "navy", "police", "court", "coastguard")
var institutionNounsClass = classOf(institutionNouns)

// nationalInstitution reports whether the nationality segment sg is
// followed by an institution noun that names a definite body: the
// noun heads its phrase ("Russian military logistics" has none), not
// after "a"/"an" ("a South Korean court" is one court of many) and not
// owning another organisation ("the British military's UK Maritime
// Trade Operations agency").
func (d *doc) nationalInstitution(sg segment, s sentence) bool {
	n := sg.b
	if sg.form.kind != gDemonym && !countryNameInstitution(sg) || sg.form.typ != graph.Country || n >= s.b || !d.toks[n].is(institutionNounsClass) || d.toks[n].cap {
		return false
	}
	if k := sg.a - 1; k >= s.a && (d.toks[k].low == "a" || d.toks[k].low == "an" || d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k].is(directionsClass)) {
		return false
	}
	if n+1 < s.b && goesOnAsModifier(d.toks[n+1]) {
		return false // "Russian military logistics": a modifier
	}
	return !(n+2 < s.b && d.toks[n+1].kind == tPoss && d.toks[n+2].cap)
}

// wordSurname reports whether the capitalised common word at token j
// is the surname of the known given name right before it ("John Key",
// "Alice Good"): it ends the run, and it is no function word, day,
// month, title or nationality.
func (d *doc) wordSurname(i, j, b int) bool {
	u := d.toks[j]
	if j != i+1 || !firstNames[d.toks[i].low] || !u.cap || u.is(functionCapsClass) && len(u.low) > 2 || u.is(titleWordsClass) || u.is(titleModsClass) {
		return false
	}
	if _, ok := weekdays[u.low]; ok || monthLike(u.low) {
		return false
	}
	if _, _, ok := d.gazAt(j, b); ok {
		return false
	}
	return j+1 >= b || d.toks[j+1].kind != tWord || !d.toks[j+1].cap
}

// titleOffice returns the end of "<Place> <Title>'s office" when the
// capitalised run [i, j) is a place or office's words ending in a title
// and the possessive and "office" or "department" follow ("Los Angeles
// Sheriff's office", "Manhattan District Attorney's Office"): one
// organisation; else i.
func (d *doc) titleOffice(i, j int, s sentence) int {
	toks := d.toks
	if j+1 >= s.b || j-i < 2 || toks[j].kind != tPoss || !toks[j-1].is(titleWordsClass) {
		return i
	}
	if o := toks[j+1].low; o != "office" && o != "department" {
		return i
	}
	return j + 2
}

// gazetteerList reports whether the run [a, b) is gazetteer forms
// joined by "and", "or" or commas ("Indian and Pakistani" before
// "border troops"): each is read as it would be alone.
func (d *doc) gazetteerList(a, b int) bool {
	n := 0
	for k := a; k < b; {
		if n > 0 {
			if t := d.toks[k]; t.low != "and" && t.low != "or" && t.text != "," {
				return false
			}
			k++
		}
		_, e, ok := d.gazAt(k, b)
		if !ok || e <= k {
			return false
		}
		k, n = e, n+1
	}
	return n >= 2
}

// sidePrefixes make an adjective of the name after them ("pro-Beijing",
// "anti-Kremlin").
var sidePrefixes = set("pro", "anti")
var sidePrefixesClass = classOf(sidePrefixes)

// afterSidePrefix returns where the run [a, b) starts once a side's
// adjective ("pro-Beijing", "Anti-Kremlin") is skipped: the place it
// names is no actor and no part of the name after it ("pro-Beijing New
// People Party's Regina Ip").
func (d *doc) afterSidePrefix(a, b int, s sentence) int {
	toks := d.toks
	switch {
	case a+2 < b && toks[a].is(sidePrefixesClass) && toks[a+1].text == "-" && toks[a+1].tight:
		if _, _, ok := d.gazAt(a+2, b); !ok && d.headedAfter(a+2, b) {
			return a // "Anti-Doping Agency of Kenya": a field, no side
		}
		a += 2 // "Pro-Beijing camp"
	case a-2 >= s.a && toks[a-1].text == "-" && toks[a-1].tight && toks[a].tight && toks[a-2].is(sidePrefixesClass):
		// "pro-Beijing": the run starts after the hyphen.
	default:
		return a
	}
	if _, e, ok := d.gazAt(a, b); ok {
		return e
	}
	return a + 1
}

// headedAfter (rule mention.organisation, fieldPrefix) reports whether a
// word of an organisation's heads comes after token k in the run [k, b):
// a capitalised "Anti-" or "Pro-" before a word the gazetteer does not
// know opens the body's name ("Anti-Doping Agency", "Anti-Corruption
// Bureau"), no side's adjective ("Anti-Kremlin protesters").
func (d *doc) headedAfter(k, b int) bool {
	for j := k + 1; j < b; j++ {
		if d.toks[j].kind == tWord && d.toks[j].is(orgHeadsClass) {
			return true
		}
	}
	return false
}

// agencyName reports whether the run [a, b) is a public agency named by
// one or two field words and a country, or two countries that share it
// ("Environment Canada", "Tourism Malaysia", "Public Safety Canada",
// "Food Standards Australia New Zealand"; lexicon/agency_fields.txt).
func (d *doc) agencyName(a, b int) bool {
	c := a
	for c < b && c < a+2 && d.toks[c].kind == tWord && agencyFields[d.toks[c].low] {
		c++
	}
	if c == a || c == b {
		return false
	}
	f, e, ok := d.gazAt(c, b)
	if ok && e < b && f.kind == gName && f.typ == graph.Country {
		f, e, ok = d.gazAt(e, b) // "Food Standards Australia New Zealand": two countries' agency
	}
	return ok && e == b && f.kind == gName && f.typ == graph.Country
}

// platformNames are companies known by their product; alone they name
// the product ("posted on Facebook"), so they are organisations only
// where the text treats them as one.
var platformNames = set("facebook", "twitter", "instagram", "youtube", "tiktok", "whatsapp", "telegram", "snapchat", "reddit", "wikipedia")
var platformNamesClass = classOf(platformNames)

// platformCompany reports whether the run [a, b) is one platform's name
// written as its company: before a possessive or a role or title noun
// ("Facebook's founder", "YouTube spokesperson X", "Twitter co-founder"),
// or as the subject of an auxiliary, a verb of speech or, as the parser
// reads it, any verb ("YouTube is complying", "Twitter said", "Twitter
// gave him an internship"; platformActs).
func (d *doc) platformCompany(a, b int, s sentence) bool {
	if b-a != 1 || !d.toks[a].is(platformNamesClass) || b >= s.b {
		return false
	}
	t := d.toks[b]
	return t.kind == tPoss || t.kind == tWord && !t.cap && (roleNoun(t.low) || t.is(titleModsClass) && b+1 < s.b && roleNoun(d.toks[b+1].low) || t.is(auxiliariesClass) || t.is(personSpeechClass) || d.platformActs(a, s))
}

// orgOfPerson reads the capitalised words from token i (up to b) written
// after "of" that follows a person's name of the same run ("Raymond
// Chan of People Power", "Nick Rhodes of Duran Duran", "Steve Rubell of
// Studio 54"): they name what the person belongs to, an organisation,
// unless a place's ", State" follows. It returns the end of the name,
// or i.
func (d *doc) orgOfPerson(segs []segment, i, b int, s sentence) int {
	toks := d.toks
	if len(segs) == 0 || i < 1 || toks[i-1].low != "of" || toks[i].kind != tWord || !toks[i].cap {
		return i
	}
	p := segs[len(segs)-1]
	if p.kind != sName || p.b != i-1 || !d.personLike(p.a, p.b) && !p.afterTitle {
		return i
	}
	j := i
	for j < b && j < i+4 && toks[j].kind == tWord && toks[j].cap && !toks[j].is(connectorsClass) && !toks[j].is(titleWordsClass) && !toks[j].is(functionCapsClass) {
		j++
	}
	if j == i+1 && j == b && j < s.b && toks[j].kind == tNum {
		j++ // "Studio 54"
	}
	if j == i || j < b && toks[j].kind == tWord && toks[j].cap && !toks[j].is(functionCapsClass) {
		return i
	}
	if j+1 < s.b && toks[j].text == "," && toks[j+1].cap && toks[j+1].kind == tWord && !d.personLike(j+1, min(j+3, s.b)) {
		return i // "Jo Reyes of Springfield, Illinois"
	}
	if _, e, ok := d.gazAt(i, j); ok && e == j {
		return i
	}
	return j
}

// personOfAt returns the "of" in [a, k) that follows a person's name
// starting at a ("Jann Wenner of …"), or -1.
func (d *doc) personOfAt(a, k int) int {
	for p := a + 2; p < k && p <= a+3; p++ {
		if d.toks[p].low == "of" && !d.toks[p].cap && (d.personLike(a, p) || d.personNounBefore(a) && d.plainWords(a, p)) {
			return p
		}
	}
	return -1
}

// personNounBefore reports whether a lower-case noun for people comes
// right before token a ("publishers Jann Wenner of …", "musician X"):
// the name after it is a person's even when its given name is not
// known.
func (d *doc) personNounBefore(a int) bool {
	if a == 0 {
		return false
	}
	t := d.toks[a-1]
	if t.kind != tWord || t.cap {
		return false
	}
	return roleNoun(t.low) || roleNoun(strings.TrimSuffix(t.low, "s")) || peopleNoun(t.low)
}

// plainWords reports whether [a, b) is two or three capitalised words
// and none of them heads an organisation's or a thing's name.
func (d *doc) plainWords(a, b int) bool {
	if n := d.nameWords(a, b); n < 2 || n > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind == tWord && (!t.cap || t.is(orgHeadsClass) || t.is(thingHeadsClass)) {
			return false
		}
	}
	return true
}

// personLike reports whether the capitalised words [a, b) are, by their
// shape alone, a person's name: two or three words with a known given
// name first or a person's shape ("Lam Cheuk-ting"), and no word that
// heads an organisation's name.
func (d *doc) personLike(a, b int) bool {
	if n := d.nameWords(a, b); n < 2 || n > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.kind == tWord && (t.is(orgHeadsClass) || t.is(thingHeadsClass) || t.is(connectorsClass) && !t.is(nameConnectorsClass)) {
			return false
		}
	}
	return firstNames[d.toks[a].low] || personShape(d.span(a, b))
}

// determiners before a name show it is no person ("the", "its").
var determiners = set("the", "a", "an", "its", "their", "his", "her", "our")
var determinersClass = classOf(determiners)

// ministerial titles follow a portfolio, not a party ("Labour Minister").
var ministerial = set("minister", "secretary", "ministry", "department", "commissioner")
var ministerialClass = classOf(ministerial)

// postOrgCues after a capitalised name show that it names an
// organisation ("the Al-Masirah television channel").
var postOrgCues = set("agency", "channel", "newspaper", "broadcaster", "network", "conglomerate",
	"airline", "carrier", "militia", "lender", "watchdog", "regulator",
	"party", "movement", "alliance", "bloc", "coalition")
var postOrgCuesClass = classOf(postOrgCues)

// namedBodyCues after a determined name make it an organisation too,
// when the name is no person's (personNamedBody): "the Consumer Voice
// group said", "the Unite union", "the Oxfam charity"; not "the Trump
// foundation", "the Adani group".
var namedBodyCues = set("group", "charity", "union", "organisation", "organization", "company", "firm",
	"foundation", "association", "federation", "institute", "think-tank", "consortium")
var namedBodyCuesClass = classOf(namedBodyCues)

// determinedName (rule mention.organisation) reports whether the
// capitalised name at token a has a determiner or possessive before it,
// past at most two lower-case modifiers ("the Al-Masirah channel", "the
// populist Homeland Renewal party", "Lithuania's centre-right X party").
func (d *doc) determinedName(a int, s sentence) bool {
	for k, n := a-1, 0; k >= s.a && n <= 3; k, n = k-1, n+1 {
		t := d.toks[k]
		if t.kind == tPoss || t.is(determinersClass) {
			return true
		}
		if t.cap || t.kind == tWord && (t.is(auxiliariesClass) || t.is(lexVerbWordsClass)) || t.kind == tPunct && t.text != "-" {
			return false
		}
	}
	return false
}

// orgCueAfter returns the end of an organisation noun phrase after token
// b ("agency", "television channel"), or b.
func (d *doc) orgCueAfter(b int, s sentence) int {
	for k := b; k < s.b && k < b+2; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap {
			return b
		}
		if t.is(postOrgCuesClass) || t.is(namedBodyCuesClass) && !d.personNamedBody(b) {
			if k+1 < s.b && d.toks[k+1].kind == tWord && d.toks[k+1].cap {
				return b // "the Tehran-based firm Qods Aviation": the cue names what follows
			}
			return k + 1
		}
		if t.low != "television" && t.low != "tv" && t.low != "news" && t.low != "radio" && t.low != "state" && t.low != "oil" {
			return b
		}
	}
	return b
}

// joinedName (rule mention.organisation, determinedName) reports whether
// the run [a, b) is two capitalised words joined by "and" ("the
// opposition Law and Justice party"): a name of its own, though its
// last word is also a title ("Justice").
func (d *doc) joinedName(a, b int) bool {
	return b-a == 3 && d.toks[a+1].low == "and" && !d.toks[a+1].cap
}

// institutionHeads name an institution even before a title ("Security
// Council Secretary").
var institutionHeads = set("council", "ministry", "committee", "bank", "union", "party",
	"commission", "police", "government", "office", "department", "agency", "court",
	"forces", "army", "navy", "guard", "reserve", "authority", "service", "bureau")
var institutionHeadsClass = classOf(institutionHeads)

// titlePhrase reports whether tokens [a, b) are only title modifiers and
// nationalities ("Norwegian Energy", "Interior Cabinet"), so that with
// the title word after them they make a title, not an organisation.
func (d *doc) titlePhrase(a, b int) bool {
	for j := a; j < b; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.is(functionCapsClass) || t.is(titleModsClass) || t.is(orgHeadsClass) && !t.is(institutionHeadsClass) {
			continue // "Energy", "Shipping": the sector of a minister
		}
		if f, e, ok := d.gazAt(j, b); ok && f.typ != graph.Organization {
			j = e - 1
			continue
		}
		return false
	}
	return true
}

// functionCaps are capitalised function words that start sentences.
var functionCaps = set("the", "a", "an", "in", "on", "at", "to", "for", "of", "and", "or", "but",
	"by", "with", "from", "as", "if", "so", "this", "that", "these", "those", "meanwhile",
	"however", "also", "after", "before", "despite", "while", "when", "where", "what", "who",
	"why", "how", "which", "since", "earlier", "later", "both", "some", "many", "most", "all",
	"each", "every", "no", "not", "there", "here", "then", "now", "today", "yesterday",
	"under", "over", "during", "amid", "among", "against", "between", "according", "speaking",
	"summary", "context", "update", "breaking", "analysis", "opinion", "exclusive", "ongoing",
	"though", "although", "because", "unless", "until", "whether", "once", "whereas")
var functionCapsClass = classOf(functionCaps)

// hasDemonym reports whether the gazetteer segment can be read as a
// nationality adjective ("U.S." is both a name and an adjective).
func (d *doc) hasDemonym(sg segment) bool {
	if sg.form.kind == gDemonym {
		return true
	}
	var parts []string
	for j := sg.a; j < sg.b; j++ {
		parts = append(parts, d.toks[j].low)
	}
	for _, f := range d.x.gaz.forms[strings.Join(parts, " ")] {
		if f.kind == gDemonym && f.canon == sg.form.canon {
			return true
		}
	}
	return false
}

// placePreps before a name make it a place.
var placePreps = set("in", "near", "outside", "inside", "across", "into", "around", "towards", "toward", "throughout")
var placePrepsClass = classOf(placePreps)

// acronymStop are upper-case words that are not organisations.
var acronymStop = set("ceo", "cfo", "coo", "gdp", "ai", "tv", "pm", "am", "mp", "mps", "ok", "usd", "eur",
	"utc", "gmt", "est", "pst", "fy", "lng", "lgbt", "lgbtq", "dna", "id", "pr", "hq", "cctv", "ipo",
	"vat", "ngo", "ngos", "covid", "sars", "hiv", "aids", "faq", "faqs", "nasams", "himars", "atacms",
	"icbm", "icbms", "vip", "diy", "rsvp", "asap", "fyi", "ps", "tbd", "usa", "uk", "us", "eu",
	"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xl", "un", "gps", "sms", "pdf",
	"url", "http", "api", "btc", "eth", "nft", "esg", "r&d", "ev", "evs", "suv", "kg", "km",
	"mph", "bbc", "cnn", "ap", "afp", "nbc", "cbs", "abc", "fox", "npr", "wsj", "nyt", "upi",
	"opinion", "update", "watch", "live", "breaking", "exclusive", "video", "photos", "news")
var acronymStopClass = classOf(acronymStop)

func isDemonym(d *doc, i int) bool {
	f, _, ok := d.gazAt(i, i+1)
	return ok && f.kind == gDemonym
}

func (d *doc) nameWords(a, b int) int {
	n := 0
	for j := a; j < b; j++ {
		// "Al-Ansari", "Jae-myung": hyphenated parts are one word.
		if d.toks[j].kind == tWord && !(j > a && d.toks[j].tight && d.toks[j-1].tight && (d.toks[j-1].text == "-" || d.toks[j-1].text == "\u2011")) {
			n++
		}
	}
	return n
}

func (d *doc) nthWord(a, b, n int) int {
	for j := a; j < b; j++ {
		if d.toks[j].kind == tWord {
			if n == 0 {
				return j
			}
			n--
		}
	}
	return b
}

// descNouns are nouns that, after "the" (and a nationality), refer back
// to a person by office ("the Ukrainian president").
var descNouns = set("president", "leader", "minister", "premier", "chancellor", "spokesman",
	"spokeswoman", "spokesperson", "envoy", "envoys", "aide", "adviser", "negotiator",
	"negotiators", "secretary", "ambassador", "official", "diplomat", "king", "queen",
	"governor", "mayor", "senator", "general", "commander", "chief", "head", "director",
	"judge", "prosecutor", "commissioner", "chancellor", "counterpart", "president-elect")

// protestPeople are indefinite references to a participant of a protest.
var protestPeople = set("protester", "protestor", "demonstrator", "participant", "marcher",
	"protesters", "demonstrators", "protestors")
var protestPeopleClass = classOf(protestPeople)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}

// groupSegments turns nationality + noun into groups, recognises
// descriptions ("the Ukrainian president", "a protester", "the two
// envoys") and drops single lower-case title phrases that qualify nothing.
func (d *doc) groupSegments(segs []segment, s sentence) []segment {
	toks := d.toks
	// A new list, made once about as long as the run's: appending to
	// an empty one grew it three or four times a sentence.
	out := make([]segment, 0, len(segs)+1)
	for i := 0; i < len(segs); i++ {
		sg := segs[i]
		if m, used := d.nationalMinistry(segs, i, s); used > 0 {
			out = append(out, m) // "the Kyrgyz foreign ministry"
			i += used - 1
			continue
		}
		// Coordinated nationalities: "U.S. and Ukrainian negotiators".
		if sg.kind == sGaz && (sg.form.kind == gDemonym || sg.form.kind == gName && sg.form.typ != graph.Organization) {
			var nats []segment
			nats = append(nats, sg)
			k := i
			pos := sg.b
			for k+1 < len(segs) && segs[k+1].kind == sGaz && segs[k+1].form.typ != graph.Organization {
				gap := d.between(pos, segs[k+1].a)
				if gap != "and" && gap != "," && gap != ", and" && gap != "as well as" && gap != "or" {
					break
				}
				k++
				nats = append(nats, segs[k])
				pos = segs[k].b
			}
			// Skip up to two lower-case modifiers: "special envoys".
			n := pos
			for m := 0; m < 3 && n < s.b && toks[n].kind == tWord && !toks[n].cap && !(toks[n].is(groupNounsKeys) && groupNouns[toks[n].low] != ""); m++ {
				if !isModifier(toks[n].low) && !(ideologyAdjective(toks[n].low) && n+1 < s.b && toks[n+1].is(collectiveNounsClass)) {
					break
				}
				n++
			}
			last := nats[len(nats)-1]
			if len(nats) == 1 && n == pos && d.nationalInstitution(sg, s) {
				out = append(out, segment{kind: sOrg, a: sg.a, b: n + 1}) // "the Indonesian military"
				i = k
				continue
			}
			if d.hasDemonym(last) && n < s.b && toks[n].kind == tWord && (toks[n].is(groupNounsKeys) && groupNouns[toks[n].low] != "" || peopleNoun(toks[n].low) || toks[n].is(collectiveNounsClass)) {
				cls := groupNouns[toks[n].low]
				if cls == "" {
					cls = toks[n].low
				}
				if toks[n].low == "citizens" && d.protestContext(s) {
					cls = "protest"
				}
				cls = stateTeam(cls, n > pos)
				var cs []string
				for _, x := range nats {
					cs = append(cs, x.form.canon)
				}
				g := segment{kind: sGroup, a: nats[0].a, b: n + 1, countries: cs, class: cls,
					canon: toks[n].low}
				if len(nats) > 1 && cls != "country" {
					// Two sides named together: the countries act.
					g.class = "country"
				}
				if g.class == "team" && len(nats) == 1 {
					g.same = d.groupIntroduced(nats[0].form.canon, s)
				}
				if g.class == "envoys" {
					// "U.S. envoys": people not named; no actor.
					i = k
					continue
				}
				// "Western European states": keep the direction word.
				if nats[0].a > s.a && toks[nats[0].a-1].cap && directions[toks[nats[0].a-1].low] {
					g.a = nats[0].a - 1
				}
				out = append(out, g)
				i = k
				continue
			}
		}
		if sg.kind == sTitle || (sg.kind == sGaz && sg.form.kind == gDemonym) {
			// Descriptions: "the Ukrainian president", "the two envoys".
		}
		out = append(out, sg)
	}
	// "Ukraine and its allies": a group named after the country.
	for i := range out {
		sg := &out[i]
		if sg.kind != sPron || sg.canon != "its" || sg.b >= s.b || (toks[sg.b].low != "allies" && toks[sg.b].low != "partners") {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if out[k].kind == sGaz && out[k].form.typ == graph.Country && out[k].form.kind != gDemonym {
				canon := out[k].form.canon + "'s " + toks[sg.b].low
				*sg = segment{kind: sGroup, a: sg.a, b: sg.b + 1, countries: []string{out[k].form.canon}, class: "allies", canon: canon}
				break
			}
		}
	}
	// "Kremlin officials", "White House officials": the organisation.
	for i := range out {
		sg := &out[i]
		if (sg.kind == sGaz && sg.form.typ == graph.Organization || sg.kind == sOrg) && sg.b < s.b {
			switch toks[sg.b].low {
			case "officials", "sources", "spokesperson", "spokesman", "spokeswoman", "representatives", "staff", "officers":
				// The mention covers the people; its name does not
				// (nameEnd).
				if sg.b+1 < s.b && toks[sg.b+1].cap {
					break // "Kremlin spokesman Dmitry Peskov": a title
				}
				sg.b++
			}
		}
	}
	// Descriptions and protest participants from lower-case nouns.
	for i := s.a; i < s.b; i++ {
		t := toks[i]
		if t.kind != tWord {
			continue
		}
		if sg, ok := d.strikersAt(i, s); ok && !d.covered(out, i+1) {
			out = append(out, sg) // "the strikers" (union_talks.go)
			continue
		}
		if t.is(protestPeopleClass) && !d.covered(out, i) {
			// "a protester", "another protester", "Demonstrators", "a
			// third rally participant"
			if t.low == "participant" && !(i > s.a && (toks[i-1].low == "rally" || toks[i-1].low == "protest")) {
				continue
			}
			a := i
			for a-1 >= s.a && toks[a-1].is(protestDetsClass) {
				a--
			}
			out = append(out, segment{kind: sDesc, a: a, b: i + 1, class: "protest"})
		}
	}
	out = d.regionGovernments(out, s)
	sortSegs(out)
	return d.descriptions(out, s)
}

var protestDets = set("a", "an", "another", "one", "the", "third", "second", "fourth", "fifth",
	"rally", "protest", "young", "elderly", "female", "male", "fellow", "other", "some", "many")
var protestDetsClass = classOf(protestDets)

var directions = set("western", "eastern", "northern", "southern", "central")
var directionsClass = classOf(directions)

// groupIntroduced returns the surface of the group of country's people
// an earlier sentence introduced as a collective ("a group of Afghan
// teenagers"), which a later "the Afghan team" refers to; "" when there
// is none or more than one.
func (d *doc) groupIntroduced(country string, s sentence) string {
	found := ""
	for si := 0; si < len(d.segs) && si < len(d.sents) && d.sents[si].b <= s.a; si++ {
		for _, g := range d.segs[si] {
			if g.kind != sGroup || len(g.countries) != 1 || g.countries[0] != country || g.class == "country" || g.class == "team" || g.a < 2 {
				continue
			}
			if d.toks[g.a-1].low != "of" || !d.toks[g.a-2].is(collectiveHeadsClass) {
				continue
			}
			if sf := d.span(g.a, g.b); found != "" && found != sf {
				return ""
			} else {
				found = sf
			}
		}
	}
	return found
}

// collectiveHeads introduce a group by its members ("a group of
// teenagers", "a team of engineers").
var collectiveHeads = set("group", "team", "delegation", "squad", "party", "band", "crew")
var collectiveHeadsClass = classOf(collectiveHeads)

// stateTeam keeps a nationality's team a group of its own ("the
// Kenyan team" of a contest acts and is acted upon as itself, as the
// annotation conventions say), but a team with a modifier of state
// business is the state's delegation ("the Ukrainian negotiating team",
// "the U.S. security team"): the country.
func stateTeam(cls string, modified bool) string {
	if cls == "team" && modified {
		return "country"
	}
	return cls
}

func isModifier(w string) bool {
	switch w {
	case "special", "senior", "top", "chief", "state-run", "ruling", "opposition", "local",
		"federal", "national", "regional", "military", "government", "foreign", "many",
		"some", "other", "several", "former", "young", "angry", "peace", "defense",
		"defence", "security", "trade", "rally", "civil", "civilian", "elected", "border", "riot",
		"fighter", "coast":
		return true
	}
	return false
}

func (d *doc) covered(segs []segment, i int) bool {
	for _, s := range segs {
		if i >= s.a && i < s.b {
			return true
		}
	}
	return false
}

func sortSegs(s []segment) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].a < s[j-1].a; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// between returns the lower-case words and commas between tokens a and b.
func (d *doc) between(a, b int) string {
	if b-a > 4 {
		return "?"
	}
	var parts []string
	for j := a; j < b; j++ {
		parts = append(parts, d.toks[j].low)
	}
	return strings.Join(parts, " ")
}

func (d *doc) protestContext(s sentence) bool {
	for j := s.a; j < s.b; j++ {
		l := d.toks[j].low
		if strings.HasPrefix(l, "rall") || strings.HasPrefix(l, "protest") || strings.HasPrefix(l, "demonstrat") || l == "marched" || l == "chanted" {
			return true
		}
	}
	return false
}

// descriptions marks title phrases preceded by "the" (optionally with a
// nationality) as descriptions, and "the two envoys", "the four".
func (d *doc) descriptions(segs []segment, s sentence) []segment {
	toks := d.toks
	out := segs[:0]
	for i := 0; i < len(segs); i++ {
		sg := segs[i]
		if sg.kind == sTitle && descNouns[sg.canon] {
			next := sg.b
			followedByName := i+1 < len(segs) && (segs[i+1].kind == sName || segs[i+1].kind == sGaz) && segs[i+1].a == next
			start := sg.a
			var nat []string
			if len(out) > 0 && out[len(out)-1].kind == sGaz && out[len(out)-1].form.kind == gDemonym && out[len(out)-1].b == start {
				nat = []string{out[len(out)-1].form.canon}
				start = out[len(out)-1].a
			}
			if !followedByName && start > s.a {
				det := toks[start-1].low
				if det == "the" {
					if nat != nil {
						out = out[:len(out)-1]
					}
					out = append(out, segment{kind: sDesc, a: start - 1, b: sg.b, class: sg.canon, countries: nat})
					continue
				}
				if the := d.officeModifierBefore(start, s); the >= 0 && nat == nil {
					// "the deposed president" (party_roles.go)
					out = append(out, segment{kind: sDesc, a: the, b: sg.b, class: sg.canon})
					continue
				}
				if (det == "a" || det == "an") && nat != nil && (sg.canon == "spokesperson" || sg.canon == "spokesman" || sg.canon == "spokeswoman" || sg.canon == "official") {
					out = out[:len(out)-1]
					out = append(out, segment{kind: sGroup, a: start - 1, b: sg.b, class: "country", countries: nat, canon: sg.canon})
					continue
				}
			}
		}
		out = append(out, sg)
	}
	// "the two envoys", "the four"; "the two sides", "both sides" are
	// the last two actors that dealt with each other.
	for i := s.a; i+1 < s.b; i++ {
		if sg, ok := d.bothPersons(i, s); ok && !d.covered(out, i) && !d.covered(out, i+1) {
			out = append(out, sg) // "urged both men" (both_pairs.go)
			continue
		}
		if toks[i].low == "both" && toks[i+1].is(sidesNounClass) {
			if !d.covered(out, i) && !d.covered(out, i+1) {
				out = append(out, segment{kind: sDesc, a: i, b: i + 2, class: "sides:" + toks[i+1].low, num: 2, plural: true})
			}
			continue
		}
		if toks[i].low != "the" {
			continue
		}
		n, ok := numberWords[toks[i+1].low]
		if !ok {
			continue
		}
		b := i + 2
		noun := ""
		if b < s.b && toks[b].kind == tWord && toks[b].cap {
			continue
		}
		if b < s.b && toks[b].kind == tWord && !toks[b].cap {
			noun = toks[b].low
			if sidesNoun[noun] {
				if n == 2 && !d.covered(out, i) && !d.covered(out, b) {
					out = append(out, segment{kind: sDesc, a: i, b: b + 1, class: "sides:" + noun, num: 2, plural: true})
				} else if n > 2 && countryGroupNouns[noun] && !d.covered(out, i) && !d.covered(out, b) {
					out = append(out, segment{kind: sDesc, a: i, b: b + 1, class: countryGroupClass, num: n, plural: true}) // "the three governments" (name_fields.go)
				}
				continue
			}
			if !descNouns[noun] && noun != "men" && noun != "women" && noun != "officials" && noun != "leaders" && noun != "ministers" {
				noun = ""
			} else {
				b++
			}
		}
		if d.covered(out, i) || d.covered(out, i+1) {
			continue
		}
		out = append(out, segment{kind: sDesc, a: i, b: b, class: noun, num: n, plural: true})
	}
	out = d.pluralNouns(out, s)
	out = d.theGovernment(out, s)
	out = d.theAuthorities(out, s) // "the authorities", "the administration" (authorities.go)
	out = d.theCountry(out, s)
	out = d.compassHalves(out, s)
	out = d.bodyDescriptions(out, s)
	out = d.kindDescriptions(out, s) // "the electoral body" (kind_descriptions.go)
	out = d.echoDescriptions(out, s) // "the electoral commission"
	// "a bank spokeswoman" (spokes_descriptions.go)
	out = d.spokesDescriptions(out, s)
	// "the union", "the authority's": an organisation named before;
	// "the team": a group named before.
	for i := s.a + 1; i < s.b; i++ {
		t := toks[i]
		if t.kind != tWord || t.cap || !t.is(orgDescNounsClass) && !t.is(groupDescNounsClass) && !t.is(armedDescNounsClass) && !t.is(ofOwnedNounsClass) {
			continue
		}
		if i+1 < s.b && toks[i+1].kind == tWord && toks[i+1].cap {
			continue
		}
		if a := d.placedDescription(i, s); a >= 0 && t.is(orgDescNounsClass) && !d.covered(out, i) {
			out = append(dropSegments(out, a, i), segment{kind: sDesc, a: a, b: i + 1, class: "org:" + t.low})
			continue // "the Hamilton university" (negotiation_sides.go)
		}
		if a := d.originDescription(i, s); a >= 0 && t.is(orgDescNounsClass) && !d.ownedDescription(i, s) {
			out = append(dropSegments(out, a, i), segment{kind: sDesc, a: a, b: i + 1, class: "org:" + t.low})
			continue // "the Basel-based company" (origin_description.go)
		}
		if a := d.membersDescription(i, s); a >= 0 && t.is(orgDescNounsClass) && !d.ownedDescription(i, s) && !d.covered(out, i) {
			out = append(dropSegments(out, a, i), segment{kind: sDesc, a: a, b: i + 1, class: "org:" + t.low})
			continue // "the insurers' association" (members_description.go)
		}
		if toks[i-1].low != "the" {
			// "the U.N. nuclear watchdog said"
			if a := d.fieldDescription(out, i, s); a >= 0 && t.is(orgDescNounsClass) && !d.covered(out, i) && !d.ownedDescription(i, s) {
				// The organisation before the fields stays a mention of
				// its own inside the description ("the EU border agency").
				out = append(out, segment{kind: sDesc, a: a, b: i + 1, class: "org:" + t.low})
			}
			continue
		}
		if d.covered(out, i) || d.covered(out, i-1) || d.ownedDescription(i, s) {
			continue
		}
		cls := "org:" + t.low
		if t.is(groupDescNounsClass) || t.is(armedDescNounsClass) {
			cls = "group:" + t.low
		}
		out = append(out, segment{kind: sDesc, a: i - 1, b: i + 1, class: cls})
	}
	sortSegs(out)
	return out
}

// collectiveNumbers are nouns that count the persons they refer to.
var collectiveNumbers = map[string]int{"pair": 2, "duo": 2, "couple": 2, "trio": 3}
var collectiveNumbersKeys = keysClass(collectiveNumbers)

// pluralNouns marks "the pair", "the duo", "the trio": the persons last
// named together in that number.
func (d *doc) pluralNouns(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		if !d.tokIs(i+1, collectiveNumbersKeys) {
			continue
		}
		n, ok := collectiveNumbers[d.toks[i+1].low]
		if !ok || d.toks[i].low != "the" || d.toks[i+1].cap || d.covered(segs, i+1) {
			continue
		}
		if i+2 < s.b && d.toks[i+2].low == "of" {
			continue // "the pair of shoes", "a couple of days"
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: i + 2, class: "", num: n, plural: true})
	}
	// "the parents", "the spouses": a married couple (resolveSpouses).
	for i := s.a; i+1 < s.b; i++ {
		w := d.toks[i+1].low
		if d.toks[i].low != "the" || !d.tokIs(i+1, coupleNounsClass) || d.toks[i+1].cap || d.covered(segs, i+1) {
			continue
		}
		if i+2 < s.b && d.toks[i+2].low == "of" {
			continue // "the parents of the victims"
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: i + 2, class: "spouses:" + w, plural: true})
	}
	return segs
}

// coupleNouns after "the" refer to a married couple named before.
var coupleNouns = set("parents", "spouses")
var coupleNounsClass = classOf(coupleNouns)

// theGovernment marks "the government" and "the cabinet" (not "the
// government of X" nor "the Government Accountability Office", "the
// Cabinet Office"): its country.
func (d *doc) theGovernment(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		g := d.governmentLevelAt(i+1, s) // "the federal government" (nationalities.go)
		if d.toks[i].low != "the" || d.toks[g].low != "government" && !(d.toks[g].low == "cabinet" && !d.toks[g].cap) || d.covered(segs, g) {
			continue
		}
		if g+1 < s.b && (d.toks[g+1].kind == tWord && d.toks[g+1].cap || d.toks[g+1].low == "of" && !d.ofGerund(g+1, s)) {
			continue
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: g + 1, class: "gov"})
	}
	return segs
}

// ofGerund reports whether the "of" at k opens an -ing clause
// ("accused the cabinet of hiding the report"): the charge, no owner
// of the noun before it.
func (d *doc) ofGerund(k int, s sentence) bool {
	if k+1 >= s.b {
		return false
	}
	t := d.toks[k+1]
	if t.low == "not" && k+2 < s.b {
		t = d.toks[k+2]
	}
	return t.kind == tWord && !t.cap && strings.HasSuffix(t.low, "ing")
}

// theCountry marks "the country" ("the country's foreign minister",
// not "the country of X" nor "the Country Party"): a country named
// before (resolveCountryNoun).
func (d *doc) theCountry(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		if d.toks[i].low != "the" || d.toks[i+1].low != "country" || d.toks[i+1].cap || d.covered(segs, i+1) {
			continue
		}
		if i+2 < s.b && (d.toks[i+2].kind == tWord && d.toks[i+2].cap || d.toks[i+2].low == "of") {
			continue
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: i + 2, class: "country:"})
	}
	return segs
}

// sidesNoun after "the two" or "both" names the two parties of a
// dispute or negotiation, not people of some office.
var sidesNoun = union(set("sides", "parties", "countries", "nations", "governments"), orgPairNouns)
var sidesNounClass = classOf(sidesNoun)

// genericOrgNoun refer to the organisation named last, whatever its name.
var genericOrgNoun = set("company", "firm", "drugmaker", "carmaker", "automaker", "lender",
	"insurer", "retailer", "airline", "broadcaster", "corporation")

// orgDescNouns refer back to an organisation: "the union", "the company".
var orgDescNouns = set("union", "authority", "association", "commission", "company", "firm",
	"drugmaker", "carmaker", "automaker", "group", "party", "bloc", "alliance", "agency",
	"ministry", "court", "tribunal", "council", "committee", "bank", "lender", "organisation",
	"organization", "coalition", "regulator", "watchdog", "broadcaster", "airline", "insurer",
	"retailer", "federation", "league", "corporation", "institute", "foundation", "network",
	"police", "charity", "embassy", "directorate", "bureau", "museum", "gallery", "university")
var orgDescNounsClass = classOf(orgDescNouns)

// groupDescNouns refer back to a group named with that noun ("the
// team" after "the Kenyan team").
var groupDescNouns = set("team", "squad")
var groupDescNounsClass = classOf(groupDescNouns)

// armedDescNouns refer back to the armed group named with that noun
// (resolveGroupNoun, rule description:group): "the rebels" after
// "Houthi rebels", "the dissidents" after "FARC dissidents"; with no
// such group named before, none. Unlike a team, no body a person holds
// a role in by that word alone (isBody).
var armedDescNouns = set("rebels", "militants", "insurgents", "guerrillas", "dissidents", "separatists")

// armedDescNounsClass is armedDescNouns as a word class (descriptions).
var armedDescNounsClass = classOf(armedDescNouns)

// peopleNoun reports whether a plural noun names people ("dockworkers",
// "nurses"), so that a nationality before it makes a group.
func peopleNoun(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "s") {
		return false
	}
	switch w {
	case "nurses", "doctors", "teachers", "pilots", "miners", "medics", "monks", "veterans", "pensioners", "refugees", "migrants", "villagers", "fishermen":
		return true
	case "others", "members", "numbers", "orders", "borders", "waters", "letters", "matters", "powers", "centers", "reports", "papers", "factors", "sectors", "markets", "assets", "investments", "components", "governments", "documents", "elements", "payments", "agreements", "movements", "amendments", "statements", "settlements", "instruments", "arguments", "developments", "departments", "comments", "interests", "containers", "computers", "chambers", "headquarters", "quarters", "barriers", "carriers", "tankers", "fighters", "bombers", "launchers", "sensors", "monitors", "reactors", "remarks", "engineers?":
		return false
	}
	for _, suf := range []string{"workers", "ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
