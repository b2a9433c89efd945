package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Lower-case echoes of a named organisation: "the electoral commission
// said" after "the Central Electoral Commission", "the Kyrgyz border
// service said" after "Kyrgyzstan's State Border Service", "the
// emergency situations ministry" after "the Ministry of Emergency
// Situations". The description repeats words of the name in lower case
// (with a nationality at most before them) and refers back to the
// organisation named last whose name has all of them (rule
// description:echo). A description that echoes no name refers to no
// one: "the public prosecution service" of a story that never named it
// is left unresolved.

//go:embed lexicon/echo_heads.txt
var echoHeadsTxt string

// echoHeads are the head nouns an echo may end with
// (lexicon/echo_heads.txt).
var echoHeads = wordList(echoHeadsTxt)

// echoMaxModifiers is how many lower-case words may stand before the
// head ("the emergency situations ministry").
const echoMaxModifiers = 3

// echoDescriptions marks "the [nationality] <modifiers> <head>" written
// in lower case, with at least a modifier or a nationality, as a
// description of class "echo:<modifiers> <head>" whose countries hold
// the nationality's country. Not when a noun goes on with the phrase as
// its modifier ("the foreign ministry spokesman X"), a capitalised word
// follows ("the border service Chief"), or an "of" names its owner.
func (d *doc) echoDescriptions(segs []segment, s sentence) []segment {
	for i := s.a; i+2 < s.b; i++ {
		if d.toks[i].low != "the" || d.covered(segs, i) {
			continue
		}
		j, country, nat := i+1, "", -1
		if k := segmentAt(segs, j); k >= 0 && segs[k].kind == sGaz && segs[k].form.kind == gDemonym && segs[k].form.typ == graph.Country {
			j, country, nat = segs[k].b, segs[k].form.canon, k
		}
		words, end := d.echoPhrase(segs, j, s)
		if end < 0 || len(words) < 2 && country == "" {
			continue
		}
		if country == "" {
			country = d.seatAfter(segs, end)
		}
		if nat >= 0 {
			segs = append(segs[:nat:nat], segs[nat+1:]...)
		}
		sg := segment{kind: sDesc, a: i, b: end, class: "echo:" + strings.Join(words, " ")}
		if country != "" {
			sg.countries = []string{country}
		}
		if canon := d.impliedMinistry(i, words, country); canon != "" {
			sg = segment{kind: sOrg, a: i, b: end, canon: canon}
		}
		segs = append(segs, sg)
		i = end - 1
	}
	return segs
}

// segmentAt returns the index of the segment starting at token i, -1
// when none does.
func segmentAt(segs []segment, i int) int {
	for k, sg := range segs {
		if sg.a == i {
			return k
		}
	}
	return -1
}

// echoPhrase returns the lower-case words from token j up to the
// longest head of lexicon/echo_heads.txt after at most
// echoMaxModifiers words, and the token after the head; -1 when none
// ends a noun phrase there. The words are plain ones: no word another
// segment took, no preposition, conjunction, auxiliary or verb.
func (d *doc) echoPhrase(segs []segment, j int, s sentence) ([]string, int) {
	var words, best []string
	end := -1
	for k := j; k < s.b && k-j <= echoMaxModifiers; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap || d.covered(segs, k) || !plainEchoWord(t) {
			break
		}
		words = append(words, t.low)
		if echoHeads[t.low] && d.phraseEndsAt(k+1, s) && !d.ownedByOf(k+1, s) {
			best, end = append([]string(nil), words...), k+1
		}
	}
	return best, end
}

// plainEchoWord reports whether t may be a word of an echoed name: no
// preposition, conjunction, auxiliary, verb of speech or lexicon verb.
func plainEchoWord(t token) bool {
	return !t.is(prepositionsClass) && !t.is(auxiliariesClass) && !t.is(speechVerbsClass) && !t.is(lexVerbWordsClass) &&
		t.low != "and" && t.low != "or" && t.low != "but"
}

// resolveEcho (rule description:echo) returns the organisation named
// last before m whose name (or alias) echoes m's words; nil when none.
func (d *doc) resolveEcho(r *reader, m *mention) []*actor {
	words := strings.Fields(strings.TrimPrefix(m.desc.class, "echo:"))
	country := ""
	if len(m.desc.countries) == 1 {
		country = m.desc.countries[0]
	}
	var best *actor
	if country != "" {
		best = d.nationalEcho(m, words, country) // "the Danish company"
	}
	for _, o := range d.ments {
		if best != nil || o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron || a.typ != graph.Organization {
			continue
		}
		if d.echoesName(a, words, country) && (country == "" || !d.otherNationality(a, country, m.a)) {
			best = a
		}
	}
	if best == nil && country == "" {
		best = d.fieldKindBefore(m, words) // "the maritime watchdog"
	}
	if best == nil {
		return nil
	}
	m.act = best
	return []*actor{best}
}

// echoesName reports whether organisation a is the one words (the
// modifiers and the head) echo: its name or an alias has every
// modifier, and the head or a noun the text used with it ("the charity
// Sea Lifeline"); a generic head ("company") fits any organisation of
// no other kind. With a country, no other country may be named in it.
func (d *doc) echoesName(a *actor, words []string, country string) bool {
	head, mods := words[len(words)-1], words[:len(words)-1]
	for _, name := range append([]string{a.canon}, a.aliases...) {
		nw := strings.Fields(formKey(name))
		if !hasAllWords(nw, mods) {
			continue
		}
		if !contains(nw, head) && !a.nouns[head] && !(genericOrgNoun[head] && !otherKind(a, head)) {
			continue
		}
		if country != "" && d.namesOtherCountry(nw, country) {
			continue
		}
		return true
	}
	return false
}

// hasAllWords reports whether every word of want is among words.
func hasAllWords(words, want []string) bool {
	for _, w := range want {
		if !contains(words, w) {
			return false
		}
	}
	return true
}

// namesOtherCountry reports whether the words of a name hold a country's
// name or nationality other than country ("Tajik Foreign Ministry" is
// no echo of "the Kyrgyz foreign ministry").
func (d *doc) namesOtherCountry(words []string, country string) bool {
	for i := range words {
		for n := 1; n <= 3 && i+n <= len(words); n++ {
			if c := d.countryForm(words[i : i+n]); c != "" && c != country {
				return true
			}
		}
	}
	return false
}

// seatAfter returns the country whose capital follows "in" at token
// end ("the foreign ministry in Kyiv" is Ukraine's); "" when none does.
// A bare "the ministry in Kyiv" is no echo: often only a place
// ("protested outside the ministry in The Hague").
func (d *doc) seatAfter(segs []segment, end int) string {
	if end < 0 || end+1 >= len(d.toks) || d.toks[end].low != "in" {
		return ""
	}
	if k := segmentAt(segs, end+1); k >= 0 && segs[k].kind == sGaz && segs[k].form.kind == gCapital && segs[k].form.typ == graph.Country {
		return segs[k].form.canon
	}
	return ""
}

// impliedMinistry (rule mention.organisation, impliedMinistry) returns
// the name of the ministry a lower-case "the [nationality] [portfolio]
// ministry" stands for when the text named no ministry it echoes: the
// ministry of the last minister before it whose title gives a
// nationality and portfolios that fit ("Ruritanian Trade Minister X
// … , the trade ministry said", "…, the Ruritanian ministry said" are
// the Ruritanian Trade Ministry), else, for a portfolio with no
// nationality, the ministry of the dateline's country ("VADUZ -" …
// "the transport ministry" is the Liechtenstein Transport Ministry;
// not a dateline of a seat of international bodies). Named as
// nationalMinistry names "the Ruritanian trade ministry"; "" when
// nothing fits.
func (d *doc) impliedMinistry(i int, words []string, country string) string {
	head, portfolio := words[len(words)-1], words[:len(words)-1]
	if head != "ministry" || !allPortfolios(portfolio) || d.ministryNamedBefore(i, portfolio, country) {
		return ""
	}
	if c, p := d.ministerBefore(i, portfolio, country); c != "" {
		return d.ministryName(c, p)
	}
	if country != "" || len(portfolio) == 0 || d.internationalSeatDateline() {
		return ""
	}
	if home := d.datelineCountryText(); home != "" {
		return d.ministryName(home, portfolio)
	}
	return ""
}

// allPortfolios reports whether every word is a ministry's portfolio
// word (lexicon/ministry_portfolios.txt).
func allPortfolios(words []string) bool {
	for _, w := range words {
		if !ministryPortfolios[w] {
			return false
		}
	}
	return true
}

// ministryName is "<Demonym> <Portfolio …> Ministry" of country; "" when
// the country has no demonym fit for a name.
func (d *doc) ministryName(country string, portfolio []string) string {
	dem := d.x.gaz.demonymOf[country]
	if dem == "" || strings.Contains(dem, ".") {
		return ""
	}
	out := []string{dem}
	for _, w := range portfolio {
		out = append(out, capitalise(w))
	}
	return strings.Join(append(out, "Ministry"), " ")
}

// ministryNamedBefore reports whether a capitalised "Ministry" before
// token i has every portfolio word near it, capitalised, and country's
// name or nationality when one is given: the echo has a name to refer
// to.
func (d *doc) ministryNamedBefore(i int, portfolio []string, country string) bool {
	for k := 0; k < i; k++ {
		if d.toks[k].text != "Ministry" {
			continue
		}
		var near []string
		for j := max(0, k-4); j < min(i, k+5); j++ {
			if d.toks[j].kind == tWord && d.toks[j].cap {
				near = append(near, d.toks[j].low)
			}
		}
		if hasAllWords(near, portfolio) && (country == "" || d.namesCountry(strings.Join(near, " "), country)) {
			return true
		}
	}
	return false
}

// ministerBefore returns the country and portfolio of the last minister
// titled before token i with a nationality or a country's possessive
// and portfolio words that fit ("Ruritanian Foreign Minister X",
// "Ruritania's Trade Minister Y"): his country is country when that is
// given, and his portfolio has every word of portfolio.
func (d *doc) ministerBefore(i int, portfolio []string, country string) (string, []string) {
	var bestC string
	var bestP []string
	for k := 1; k < i; k++ {
		if d.toks[k].text != "Minister" {
			continue
		}
		a := k
		for a > 0 && k-a < 3 && d.toks[a-1].kind == tWord && d.toks[a-1].cap && ministryPortfolios[d.toks[a-1].low] {
			a--
		}
		if a == k {
			continue
		}
		var p []string
		for j := a; j < k; j++ {
			p = append(p, d.toks[j].low)
		}
		c := d.countryBefore(a)
		if c == "" || country != "" && c != country || !hasAllWords(p, portfolio) {
			continue
		}
		bestC, bestP = c, p
	}
	return bestC, bestP
}

// countryBefore returns the country whose nationality or possessive
// ends right before token a ("Ruritanian", "Ruritania's", "South
// Korean"); "".
func (d *doc) countryBefore(a int) string {
	end := a
	if end > 0 && d.toks[end-1].kind == tPoss {
		end--
	}
	for n := 1; n <= 3 && end-n >= 0; n++ {
		var w []string
		for j := end - n; j < end; j++ {
			w = append(w, d.toks[j].low)
		}
		if c := d.countryForm(w); c != "" {
			return c
		}
	}
	return ""
}
