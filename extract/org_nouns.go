package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/foreign_org_heads.tsv
var foreignOrgHeadsTxt string

// foreignOrgHeads maps the head word of an organisation's name in
// another language to the English noun a description uses for it
// (lexicon/foreign_org_heads.tsv: "banco" → "bank").
var foreignOrgHeads = mustForeignOrgHeads(foreignOrgHeadsTxt)

func mustForeignOrgHeads(src string) map[string]string {
	m, err := parseForeignOrgHeads(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestForeignOrgHeadsParse
	}
	return m
}

// parseForeignOrgHeads reads lexicon/foreign_org_heads.tsv's format
// (see its header): a word and an organisation noun (orgDescNouns or
// orgHeads).
func parseForeignOrgHeads(src string) (map[string]string, error) {
	rows, err := tsvRows("lexicon/foreign_org_heads.tsv", src, 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range rows {
		w, n := r.fields[0], r.fields[1]
		if !orgDescNouns[n] && !orgHeads[n] {
			return nil, r.errorf("%q is no organisation noun (orgDescNouns, orgHeads)", n)
		}
		if _, dup := out[w]; dup {
			return nil, r.errorf("%q listed twice", w)
		}
		out[w] = n
	}
	return out, nil
}

// orgNouns (rule description:organisation) records the common nouns an
// organisation goes by beyond the words of its name, for "the bank", "the
// federation" to refer to it: the English noun of a head word of its name
// in another language (foreignOrgHeads: "Banco Serrano" is a bank), and
// the noun of a description set off right after its name
// (appositiveOrgNoun: "Athletics Kenya, the national federation, said").
func (d *doc) orgNouns() {
	for _, m := range d.ments {
		a := m.act
		if a == nil || a.typ != graph.Organization || m.kind == sDesc || m.kind == sPron {
			continue
		}
		for w := range strings.FieldsSeq(strings.ToLower(d.span(m.a, m.b))) {
			if n := foreignOrgHeads[w]; n != "" {
				a.nouns[n] = true
			}
		}
		if n := d.appositiveOrgNoun(m); n != "" {
			a.nouns[n] = true
		}
	}
}

// appositiveOrgNoun is the organisation noun of a description set off
// by commas right after mention m ("X, the national federation, said",
// "X, a state-owned lender,"): a determiner, at most three lower-case
// words, the noun (orgDescNouns), then a comma or the sentence's end; ""
// otherwise.
func (d *doc) appositiveOrgNoun(m *mention) string {
	s := d.sents[m.sent]
	k := m.b
	if k+2 >= s.b || d.toks[k].text != "," || !d.toks[k+1].is(determinersClass) {
		return ""
	}
	for j := k + 2; j < s.b && j <= k+5; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			return ""
		}
		if t.is(orgDescNounsClass) && (j+1 == s.b || d.toks[j+1].text == "," || d.toks[j+1].text == "." || d.appositiveNounGoesOn(j, s)) {
			return t.low
		}
	}
	return ""
}

// acronymAfterBodyNoun (rule mention.organisation) reports whether the
// one word [a, b) is an acronym set off by commas right after a
// lower-case noun of an organisation ("South American football's
// governing body, CONMEBOL, said", "the regulator, ANVISA, ordered"): the
// organisation that noun describes, named.
func (d *doc) acronymAfterBodyNoun(a, b int, s sentence) bool {
	if b != a+1 || a-2 < s.a || b >= s.b || !d.toks[a].upper || d.toks[a-1].text != "," || d.toks[b].text != "," {
		return false
	}
	t := d.toks[a-2]
	return t.kind == tWord && !t.cap && (t.low == "body" || t.is(orgDescNounsClass))
}
