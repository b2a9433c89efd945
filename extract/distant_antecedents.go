package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Descriptions whose antecedent stands further back than their rules'
// windows reach.

// leadWinner (description:office, rule `leadWinner`): "the
// president-elect" that electedWinner found no winner for within its
// window is the winner of the election the story's lead reports: the
// single person subject of the article's first body sentence with a
// verb of winning ("LIMA - Lucia Arrieta won Peru's presidential
// runoff on Sunday, …" … fourteen sentences on, "Argentina and Colombia
// also congratulated the president-elect."). A lead that reports no
// win, or one with two subjects, gives no one.
func (d *doc) leadWinner(r *reader, m *mention) *actor {
	lead := d.firstBodySentence()
	if lead < 0 || lead >= m.sent-electedWindow {
		return nil
	}
	return d.winnerIn(r, lead, d.sents[lead].b)
}

// winnerIn is the single person subject of sentence si when a verb of
// winning (winVerbs) stands before token end outside quotation marks,
// after the person's name: "Lucia Arrieta won the runoff"; nil
// otherwise (electedWinner, leadWinner).
func (d *doc) winnerIn(r *reader, si, end int) *actor {
	if si >= len(r.subject) {
		return nil
	}
	subj := r.subject[si]
	if len(subj) != 1 || subj[0].typ != graph.Person {
		return nil
	}
	for k := d.sents[si].a; k < end; k++ {
		if winVerbs[d.toks[k].low] && !d.inQuote[k] {
			if d.namedBefore(subj[0], si, k) {
				return subj[0]
			}
			return nil // "The party won …, its leader X said": X won nothing
		}
	}
	return nil
}

// namedBefore reports whether sentence si names actor a, or refers to
// it ("She won …"), before token k.
func (d *doc) namedBefore(a *actor, si, k int) bool {
	for _, o := range d.ments {
		if o.sent == si && o.a < k && (o.act == a || refersTo(o, a)) {
			return true
		}
	}
	return false
}

// firstBodySentence is the index of the article's first body sentence
// (past a title and header lines), -1 when there is none.
func (d *doc) firstBodySentence() int {
	for si := range d.sents {
		if d.sentRegion[si] == rBody {
			return si
		}
	}
	return -1
}

// sidesOfKind (description:sides, rule `sidesOfKind`): "both companies",
// "the two banks" are the last two organisations that dealt with each
// other before them and that the text calls by that kind of noun
// (pairNoun), else the last two of that kind it named before them
// (lastTwoOfKind): "Drugmaker Nordvik sued generics company Ubuntu …
// Doctors Without Borders called on the drugmaker to withdraw … The
// judge ordered both companies to …" are the drugmaker and Ubuntu, not
// the charity that dealt with one of them last. Nil when the text names
// fewer than two of that kind; organisationSides then takes the last
// pair of any kind.
func (d *doc) sidesOfKind(r *reader, m *mention) []*actor {
	noun := m.desc.class[len("sides:"):]
	for i := len(r.lastSides) - 1; i >= 0; i-- {
		p := r.lastSides[i]
		if len(p.pair) == 2 && p.before(m) && pairNoun(p.pair[0], noun) && pairNoun(p.pair[1], noun) {
			return p.pair
		}
	}
	return d.lastTwoOfKind(m, noun)
}

// lastTwoOfKind returns the last two organisations named before m (by
// a name, outside quotation marks) that the text calls by plural noun's
// kind (pairNoun), the later one last; nil when there are fewer.
func (d *doc) lastTwoOfKind(m *mention, noun string) []*actor {
	at := d.toks[m.a].s
	var out []*actor
	for _, o := range d.ments {
		if d.toks[o.a].s >= at || o.act == nil || o.kind == sPron || o.kind == sDesc || o.quote || !pairNoun(o.act, noun) {
			continue
		}
		if i := slices.Index(out, o.act); i >= 0 {
			out = slices.Delete(out, i, i+1)
		}
		out = append(out, o.act)
	}
	if len(out) < 2 {
		return nil
	}
	return out[len(out)-2:]
}

// pairNoun reports whether the text calls organisation a by plural
// noun's kind: the noun's singular among the nouns it goes by or a word
// of its name ("banks": "the lender Kestrel Bank"), or, for "companies"
// and "firms", a noun of trade ("drugmaker Nordvik Pharma", "generics
// company Ubuntu Biomedical": genericOrgNoun).
func pairNoun(a *actor, plural string) bool {
	if a.typ != graph.Organization {
		return false
	}
	one := singularNoun(plural)
	if a.nouns[one] || strings.Contains(strings.ToLower(a.canon), one) {
		return true
	}
	if plural != "companies" && plural != "firms" {
		return false
	}
	for n := range a.nouns {
		if genericOrgNoun[n] {
			return true
		}
	}
	return false
}

// singularNoun is a plural noun's singular ("companies" → "company",
// "banks" → "bank").
func singularNoun(plural string) string {
	switch {
	case strings.HasSuffix(plural, "ies"):
		return strings.TrimSuffix(plural, "ies") + "y"
	case strings.HasSuffix(plural, "s"):
		return strings.TrimSuffix(plural, "s")
	}
	return plural
}

// envoyNouns post a person or a mission in another country's capital
// ("Denmark's ambassador in Pretoria", "the EU's envoy in Kabul", "the
// Canadian embassy in Accra").
var envoyNouns = set("ambassador", "envoy", "embassy", "consul", "charge", "chargé", "commissioner", "mission", "delegation")

// hostGovernment (description:government, rule `hostGovernment`): "the
// government" in a sentence that posts an envoy in a capital before it
// is the host country's, the government the envoy deals with:
// "Denmark's ambassador in Pretoria, Mette Rasmussen, met the health
// minister and urged the government to …" is South Africa's, not
// Denmark's (an envoy who says something of "the government" speaks
// of the own one, and is left to the other rules), and the host country is an actor from then on (as the
// country of "the Russian ambassador" is: resolveNationalOffice). Nil
// when no envoy is posted in a capital before it, and the other
// government rules decide.
func (d *doc) hostGovernment(m *mention) *actor {
	s := d.sents[m.sent]
	var host *actor
	for k := s.a; k+2 < m.a; k++ {
		if !envoyNouns[d.toks[k].low] || d.toks[k+1].low != "in" {
			continue
		}
		f, _, ok := d.gazAt(k+2, m.a)
		if !ok || f.kind != gCapital || f.typ != graph.Country || d.saysBefore(s, k, m.a) {
			continue // "Kenya's ambassador in London said the government …" is Kenya's
		}
		host = d.lookupKnown(f.canon)
		if host == nil {
			host = d.registry(candidate{canon: f.canon, typ: graph.Country}, true, d.toks[m.a].s)
		}
	}
	if host == nil || host.typ != graph.Country {
		return nil
	}
	return host
}

// saysBefore reports whether a verb or word of saying, or a quotation
// mark, stands in sentence s from token a up to token b (as sidesActor
// asks): what follows is what someone says, not what they act on.
func (d *doc) saysBefore(s sentence, a, b int) bool {
	for k := max(a, s.a); k < b; k++ {
		if t := d.toks[k]; t.is(coreSpeechClass) || sayWords[t.low] || t.kind == tPunct && isQuoteMark(t.text) {
			return true
		}
	}
	return false
}
