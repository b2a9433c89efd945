package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Sources named by the body they speak for, and sources named after a
// description of them. By the gold conventions (testdata/heldout/README.md,
// the seeds' "A Russian spokesperson said"), an unnamed spokesperson's
// words are the body's: "a Commission spokesperson said" is the European
// Commission's statement, "a spokeswoman for the Maritime Authority said"
// the Maritime Authority's.

// spokesNouns are the people whose words are their body's.
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons", "spokesmen", "spokeswomen")
var spokesNounsClass = classOf(spokesNouns)

// speaksFor reports whether noun w of ds is a spokesperson and c, a
// dependent of it, the body it speaks for after "for": "a spokeswoman
// for the ministry" (rule spokespersonFor). Other proxies take their
// body after "from" or "of" only ("officials from Egypt"): "officials
// for the talks" name no body.
func speaksFor(ds *depSent, w, c int) bool {
	return ds.caseOf(c) == "for" && (spokesNouns[ds.lemma(w)] || spokesNouns[ds.form(w)])
}

// spokespersonOrgs resolves a single capitalised word before a
// spokesperson noun to the one organisation the article names whose
// last word it is (rule spokespersonShortForm): "a Commission
// spokesperson said", after "the European Commission", is the
// Commission's spokesperson, as "the Commission said" is. A word no
// organisation of the article ends with, and that names no person,
// becomes an organisation of its own ("a Lufthansa spokesman said"),
// as singleWordOrgs makes one of "Lufthansa said".
func (d *doc) spokespersonOrgs() {
	lower := d.lowerWords()
	for _, m := range d.ments {
		if m.act != nil || m.surname == "" || m.ha+1 != m.hb || m.region != rBody {
			continue
		}
		s := d.sents[m.sent]
		if m.hb >= s.b || !d.toks[m.hb].is(spokesNounsClass) || d.toks[m.hb].cap {
			continue // "Kremlin Spokesman Peskov" is a title
		}
		t := d.toks[m.ha]
		if a := d.orgEndingWith(t.low); a != nil {
			m.act = a
			a.addAlias(m.surname)
			continue
		}
		if lower[t.low] || firstNames[t.low] || orgHeads[t.low] || m.ha == d.skipDateline(s) {
			continue // "a Ministry spokesman" with no ministry named; a capital only by position
		}
		m.act = d.registry(candidate{canon: m.surname, typ: graph.Organization, alias: m.surname}, true, t.s)
	}
}

// orgEndingWith returns the one organisation of the article whose
// canonical name has more than one word and ends with the folded word
// w, or nil.
func (d *doc) orgEndingWith(w string) *actor {
	var found *actor
	for _, a := range d.actors {
		if a.typ != graph.Organization || !strings.Contains(a.canon, " ") || !strings.HasSuffix(d.fold(a.canon), " "+d.fold(w)) {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}

// descriptionBeforeName returns where a description set before a
// speaker's name starts, when one stands between the comma that ends a
// reported clause and the name at token at ("…, the state news agency
// Xinhua reported", "…, the opposition daily Kurir said": rule
// describedSource); else at. The description is a determiner ("the",
// "its") and up to three lower-case words, with no verb among them.
func (d *doc) descriptionBeforeName(at int, s sentence) int {
	k := at - 1
	for k > s.a && at-k <= 4 && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].is(determinersClass) && !d.toks[k].is(lexVerbWordsClass) && !d.toks[k].is(speechVerbsClass) {
		k--
	}
	if k == at-1 || k <= s.a || !d.toks[k].is(determinersClass) || d.toks[k-1].text != "," {
		return at
	}
	return k
}
