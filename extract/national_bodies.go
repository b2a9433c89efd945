package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A ministry, an embassy or a coast guard named without its country
// ("the Foreign Ministry", "Ministry of Defence") is one of every
// country's: across articles such a name says nothing of which one it
// is. The rules here give it the country the article makes clear and
// keep the bare name out of the names the store resolves by, so that
// "Foreign Ministry" in a story filed from Beijing and "the Chinese
// Foreign Ministry" in another are one node, and the Chinese and the
// Russian Foreign Ministries never are.

// genericBodyHeads end the name of a body every country has.
var genericBodyHeads = set("ministry", "embassy", "consulate", "guard")

// genericNationalBody (rule actor.national-body) reports whether name
// names a body every country has and says nothing of whose it is: its
// words before the head ("Foreign Ministry", "Emergency Situations
// Ministry", "Coast Guard") or after "Ministry of" ("Ministry of
// Foreign Affairs", "Ministry of Defence") are all portfolio words
// (lexicon/ministry_portfolios.txt), "coast" or "border", or "and".
func genericNationalBody(name string) bool {
	var buf [8]string
	w := fieldsIn(buf[:0], strings.ToLower(name))
	if len(w) == 0 {
		return false
	}
	var rest []string
	switch {
	case len(w) >= 3 && w[0] == "ministry" && w[1] == "of":
		rest = w[2:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
	case genericBodyHeads[w[len(w)-1]]:
		rest = w[:len(w)-1]
		if w[len(w)-1] == "guard" && len(rest) != 1 {
			return false // "Coast Guard", "Border Guard"; "Republican Guard" is no such body
		}
	default:
		return false
	}
	for _, x := range rest {
		if !ministryPortfolios[x] && x != "and" && x != "coast" && x != "border" {
			return false
		}
	}
	return true
}

// qualifyNationalBodies (rule actor.national-body) names a generic
// national body of the article after the country it belongs to, as a
// bare office is (officeHome: the dateline's country, else the country
// the text around its first mention names most, else the one the whole
// article names most): "Foreign Ministry" in a story filed from Beijing
// is the Chinese Foreign Ministry. With no such country, or when the
// article already has an actor of that name, the name stays bare. Bare
// aliases are qualified alike, or dropped from a body whose own name
// has its country ("Foreign Ministry" of "Russian Foreign Ministry"):
// the store merges articles' actors by their names and aliases, and a
// bare one would join every country's ministry into one.
func (d *doc) qualifyNationalBodies() {
	for _, a := range d.actors {
		if a.typ != graph.Organization || !a.strong {
			continue
		}
		if genericNationalBody(a.canon) {
			d.qualifyBody(a)
		}
		a.aliases = dropGenericAliases(a.canon, a.aliases)
	}
}

// qualifyBody renames generic body a after its country's demonym, when
// the article makes the country clear.
func (d *doc) qualifyBody(a *actor) {
	var first *mention
	for _, m := range d.ments {
		if m.act == a && m.region == rBody {
			first = m
			break
		}
	}
	if first == nil {
		return
	}
	home := d.openingPlace(first.sent)
	if home == "" {
		if c := d.officeHome(first); c != nil {
			home = c.canon
		}
	}
	if home == "" {
		return
	}
	demonym := d.x.gaz.demonymOf[home]
	if demonym == "" || strings.Contains(demonym, ".") {
		return
	}
	name := demonym + " " + a.canon
	if o := d.byKey[d.fold(name)]; o != nil && o != a {
		return
	}
	for _, o := range d.actors {
		if o != a && d.fold(o.canon) == d.fold(name) {
			return
		}
	}
	var aliases []string
	for _, al := range a.aliases {
		if genericNationalBody(al) {
			al = demonym + " " + al
		}
		aliases = append(aliases, al)
	}
	a.canon, a.aliases = name, aliases
}

// dropGenericAliases returns aliases without the generic national body
// names, when canon itself is no such name.
func dropGenericAliases(canon string, aliases []string) []string {
	if genericNationalBody(canon) {
		return aliases
	}
	out := aliases[:0]
	for _, al := range aliases {
		if !genericNationalBody(al) {
			out = append(out, al)
		}
	}
	return out
}

// openingPlace (rule actor.national-body, openingPlace) returns the
// country whose name or seat of government opens sentence si after "In"
// and before a comma ("In Moscow, Foreign Ministry spokeswoman X said",
// "In Russia, the Foreign Ministry …"), or "": a body every country has
// that the sentence places there is that country's; ministries do not
// travel as ministers do.
func (d *doc) openingPlace(si int) string {
	s := d.sents[si]
	a := d.skipDateline(s)
	if a+2 >= s.b || d.toks[a].low != "in" {
		return ""
	}
	f, e, ok := d.gazAt(a+1, s.b)
	if !ok || f.typ != graph.Country || f.kind == gDemonym || e >= s.b || d.toks[e].text != "," {
		return ""
	}
	return f.canon
}
