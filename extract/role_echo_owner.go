package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// roleEchoOwner (rule "echoed organisation and title before name"): a
// title opening its sentence after words that repeat the name of an
// organisation named before, with the organisation's head last ("Coast
// guard spokesman X told reporters" after "the Philippine Coast Guard",
// "Assembly President Y said" after "the National Assembly"), holds the
// role in that organisation, as the lower-case echo of a name does
// (description:echo, echoesName). The words are lower case but for the
// sentence's first; none is a title word or a name of its own; the head
// is one of lexicon/echo_heads.txt. No role when no organisation named
// before has all the words, nor for a person who already holds one.
func roleEchoOwner(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	for _, p := range d.personsIn(r, si) {
		k := p.ha - 1
		if k <= s.a || !roleNoun(d.toks[k].low) || d.hasRoleLink(p.act) {
			continue
		}
		words := d.echoOwnerWords(si, k, s)
		if words == nil {
			continue
		}
		if o := d.echoedOrgBefore(p, words); o != nil {
			out = append(out, roleLink{person: p, target: &mention{act: o, sent: si}, class: graph.Role, sent: si, verb: d.span(k-len(words), p.hb)})
		}
	}
	return out
}

// echoOwnerWords returns, lower-cased, the words from the opening of
// sentence si (openingToken: past the dateline and a leading "the"), or
// from a comma ("…, Assembly President X told reporters"), up to the
// title at token k, when there are one to four of them, each a
// plain word (plainEchoWord) written in lower case but for the first,
// none a title word, and the last an organisation's head of
// echoHeads; nil otherwise.
func (d *doc) echoOwnerWords(si, k int, s sentence) []string {
	open := d.openingToken(si)
	if k-open < 1 || k-open > echoMaxModifiers+1 {
		open = d.afterCommaBefore(k, s)
	}
	if open < 0 || k-open < 1 || k-open > echoMaxModifiers+1 {
		return nil
	}
	var words []string
	for j := open; j < k; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap && j != open || t.is(titleWordsClass) || !plainEchoWord(t) {
			return nil
		}
		if _, _, ok := d.gazAt(j, j+1); ok {
			return nil // "Kenya police spokesman": a country's body, other rules'
		}
		words = append(words, strings.ToLower(t.text))
	}
	if !echoHeads[words[len(words)-1]] {
		return nil
	}
	return words
}

// echoedOrgBefore is the organisation named last before person mention
// p whose name (or alias) has all of words (echoesName); nil when none.
func (d *doc) echoedOrgBefore(p *mention, words []string) *actor {
	var best *actor
	for _, o := range d.ments {
		if o.a >= p.a {
			break
		}
		if a := o.act; a != nil && a.typ == graph.Organization && o.kind != sDesc && o.kind != sPron && d.echoesName(a, words, "") {
			best = a
		}
	}
	return best
}

// afterCommaBefore is the token after the last comma before token k in
// sentence s, at most echoMaxModifiers+1 words before it; -1 when none.
func (d *doc) afterCommaBefore(k int, s sentence) int {
	for j := k - 1; j >= s.a && j >= k-echoMaxModifiers-2; j-- {
		if d.toks[j].text == "," {
			return j + 1
		}
	}
	return -1
}
